"""A poll's share written as "N in M" speaking: "One in five say the front will not
hold", "about three in 10 saying they had lost a relative", "one in four said the army
was hostile to them".

A share of the people asked says what its cue reports, as "a third" does
(claims_shares.py); but the small parser does not read "N in M" as a subject: it tags
the speech verb after it a noun ("in five say" as one noun phrase) or leaves the verb
with no subject, and no claim is read. Where a speech or belief verb follows "N in M"
straight, the share is the speaker and what follows the verb, up to the next share or
the end of the sentence, is what it says. A share of things ("one in five shells")
has a noun between the share and the verb and is read, if at all, by the parser.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_shares import SHARE_CUES
from claimledger.extract.context import text_of, tokens_of
from claimledger.model import Claim

NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
# "N in M" ending right before the verb, with a hedge before it ("about", "nearly")
SHARE_BEFORE = re.compile(rf"\b{NUMBER}\s+(?:in|out\s+of)\s+{NUMBER}\s+$", re.I)
# the next share in the sentence, which speaks for itself: "… and one in four said …"
NEXT_SHARE = re.compile(rf"(?:,\s*|\s)(?:and\s+|while\s+|but\s+)?(?:about\s+|nearly\s+|almost\s+)?{NUMBER}\s+"
                        rf"(?:in|out\s+of)\s+{NUMBER}\b", re.I)
FORMS = frozenset({"say", "says", "said", "saying", "believe", "believes", "believed", "believing", "think",
                   "thinks", "thought", "agree", "agrees", "agreed", "agreeing", "fear", "fears", "feared"})


def poll_cue(tok: Token) -> bool:
    """Whether the word may be a speech verb a "N in M" share speaks through."""
    return tok.lower_ in FORMS


def poll_share_claim(tok: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """The share's claim, when the verb follows "N in M" straight and no cue reader has
    read it. The share is the subject whatever the parser hung on the verb: in "… the
    line and one in four said …" it took "line" for it."""
    if any(c.cue_span == (tok.idx, tok.idx + len(tok)) for c in earlier):
        return None  # "One in five say …" parsed well: the cue readers have it
    text = text_of(tok.doc)
    share = SHARE_BEFORE.search(text, max(sent.start_char, tok.idx - 40), tok.idx)
    if share is None or any(qs <= tok.idx < qe for qs, qe in quotes):
        return None
    lemma = tok.lemma_.lower() if tok.pos_ == "VERB" else re.sub(r"(?:s|ed|ing|d)$", "", tok.lower_)
    lemma = {"sai": "say", "thought": "think", "believ": "believe", "agree": "agree", "fear": "fear"}.get(lemma, lemma)
    if lemma not in SHARE_CUES:
        return None
    after = tok.idx + len(tok)
    nxt = NEXT_SHARE.search(text, after, sent.end_char)
    stop = nxt.start() if nxt is not None else sent.end_char
    tokens = tokens_of(tok.doc)
    end = next((t.i for t in tokens[tok.i + 1:sent.end] if t.idx >= stop), sent.end)
    span = trim(tok.doc, tok.i + 1, end)
    if span is None or len(text[span[0]:span[1]].split()) < 2:
        return None
    first = next(t for t in tokens[sent.start:tok.i] if t.idx >= share.start())
    speaker = memory.speaker_at(first, places, span, sent.start_char)
    return make_claim(speaker, tok.text, lemma, span, sent, quotes, (tok.idx, after))
