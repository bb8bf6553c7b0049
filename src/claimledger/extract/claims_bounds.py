"""Where a cue's content or speaker lies when the parse misplaces it: a phrase that only
frames the cue ("In her post, she reminded …", "Earlier this week, the commanders wrote to
…") is no content, and a speaker written after an inverted cue that the parser took for its
object ("…, wrote a local pastor, Ivan Petrenko, on Telegram") still speaks.
Read by the claim reader (claims.py) on one cue's own children: no pass over the document."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.claims_shapes import bare
from claimledger.extract.context import context_of, text_of, tokens_of
from claimledger.extract.cues import cues_with
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

# how a framing phrase hangs on the cue: "In her post", "Earlier this week", "Arriving at the scene"
FRAMING_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# what ends the sentence before a real one ("" at the start of the text)
SENTENCE_ENDS = frozenset({"", ".", "!", "?", '"', "”", "’", "'", ")", ":"})


def fronted_frame(cue: Token, sent: Span, span: tuple[int, int]) -> bool:
    """Whether the words before "…, X said" are only a phrase framing the cue itself: a
    place in a text, a time, a participle without a subject ("In her post", "Earlier this
    week", "Arriving upon the scene"). A clause that the parse lost keeps a finite verb
    ("Two drones were downed, the ministry said") and is still what was said."""
    doc = cue.doc
    if text_of(doc)[:sent.start_char].rstrip()[-1:] not in SENTENCE_ENDS:
        return False  # "… near the Ta Muen Thom temple on Tuesday, the army said": a sentence the parser split
    words = [t for t in doc[sent.start:] if t.idx >= span[0] and t.idx + len(t) <= span[1]]
    if not words or any(t.tag_ in FINITE_TAGS for t in words):
        return False
    tops = [t for t in words if not (words[0].i <= t.head.i <= words[-1].i) or t.head.i == t.i]
    return bool(tops) and all(t.head.i == cue.i and t.dep_ in FRAMING_DEPS and not any(
        c.dep_ == "nsubj" for c in t.children) for t in tops)


def inverted_speaker(cue: Token) -> Token | None:
    """The speaker of an inverted closing cue that the parser made its object: "Forty
    people were killed, wrote a local pastor, Ivan Petrenko, on Telegram" (the pastor
    wrote; "a local pastor" hangs on "wrote" as dobj). Only after the clause it reports
    and a comma, and only a noun that can speak: "…, killed a local pastor" is no cue, and
    "reported a pastor missing" has no clause before it."""
    if cue.lemma_.lower() not in cues_with("closing") or cue.i == 0 or cue.doc[cue.i - 1].text not in {",", "—"}:
        return None
    children = list(cue.children)
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < cue.i for c in children):
        return None
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ == "PRON" or not can_speak(obj):
        return None
    return obj


def inside_report(cue: Token, head: Token) -> bool:
    """Whether a cue is what the speech verb before it reports ("He said her family asked
    for privacy", "the spokesman said that Sharpton asked for the meeting"), so that the
    reporting clause ("He said") is no content of the inner cue. A closing cue set off
    after its clause ("Moscow warned of reprisals, the ministry said") starts further on."""
    return cue.dep_ == "ccomp" and head.i < cue.i and cue.left_edge.i <= head.i + 2 \
        and head.lemma_.lower() in cues_with("closing")


OPENING_MARKS = frozenset({'"', "“", "‘", "'", "«"})


def echoes_quotation(claim: Claim, claims: list[Claim], doc: Doc) -> bool:
    """Whether a claim is only a quotation that a longer claim of the same speaker already
    holds: 'Mr. Harris has called Beijing "reckless and expansionist," accusing it of …'
    gives "accusing" the quotation again, and 'wrote to investors, telling them the port was
    "worth far more than the market thinks"' gives "wrote" the quoted words of "telling".
    A quotation closed by its own speaker and cue ('…: "Change course," she said') and
    another speaker's quotation inside ("witnesses said soldiers shouted 'burn it'") stay."""
    start, end = claim.span
    text = text_of(doc)
    if text[:start].rstrip()[-1:] not in OPENING_MARKS or claim.cue_span is None:
        return False
    words = len(bare(claim.text))
    # a copy that differs by a closing comma is the repeat's to drop (said_within), not this one
    if not any(o is not claim and o.speaker.name == claim.speaker.name and o.span[0] <= start
               and end <= o.span[1] + 2 and len(bare(o.text)) > words + 2 for o in claims):
        return False
    cue = tokens_of(doc)[context_of(doc).token_at(claim.cue_span[0])]
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and end <= c.idx for c in cue.children)


# words that make another speaker's clause a part of what the first one says
SUBORDINATORS = frozenset({"because", "whether", "if", "why", "how", "since", "unless", "until", "after", "before",
                           "once", "when"})
ARTICLES = frozenset({"the", "a", "an"})


def subordinate_speaker(text: str, start: int, speaker_start: int) -> bool:
    """Whether a second speaker inside a content is introduced by a subordinator, so that
    their clause is part of what the first speaker says ("the talks stalled only because
    Khartoum refused to send a delegation", "did not know whether the council would
    endorse it"): that content is not cut where the second speaker begins, as it is for
    a clause of their own ("…, while the ministry announced …")."""
    words = text[start:speaker_start].split()
    while words and words[-1].lower() in ARTICLES:
        words.pop()
    return bool(words) and words[-1].lower() in SUBORDINATORS
