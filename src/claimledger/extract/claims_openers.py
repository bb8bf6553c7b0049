"""The speaker of a speech verb that opens a quotation after another act: "The general
shook his head and said, "No."", "The commander leaned in and boomed: "We will take the
airport."", "The mayor was prompted to say, "…"", "She went so far as to say: "…"".

The quotation is the verb's own content, but the verb has no subject of its own: the
parser hangs it on the act before it (a conjunct, a complement, a clause of manner), and
that act is no reporting verb, so the walk up from the cue (claims_speaker.speaker_head)
stops there. A speech verb written right before the quotation it opens is the speaker's
next act whatever the verbs before it are: the subject of the first verb up the chain
that has one speaks, if it can speak and is not itself inside a quotation.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_build import DOUBLE_QUOTE_MARKS
from claimledger.extract.claims_quotes import in_quotation
from claimledger.extract.cues import cues_with
from claimledger.extract.speakers import can_speak

OPENING_MARKS = DOUBLE_QUOTE_MARKS | {"``", "''"}
# the links by which the parser hangs the speech verb on the act before it
CHAIN = frozenset({"conj", "xcomp", "advcl", "dep", "ccomp"})
MAX_HOPS = 3


def opens_quotation(cue: Token) -> bool:
    """Whether a quotation opens right after the cue, past a comma or a colon: 'said, "…'."""
    doc = cue.doc
    at = cue.i + 1
    if at < len(doc) and doc[at].text in {",", ":"}:
        at += 1
    return at < len(doc) and doc[at].text in OPENING_MARKS and not in_quotation(cue)


def speaker_before_quotation(cue: Token) -> Token | None:
    """The subject of the act the speech verb follows, when the verb opens a quotation and
    has no subject of its own; None otherwise."""
    lemma = cue.lemma_.lower()
    if lemma not in cues_with("closing") and lemma not in cues_with("quoting") or not opens_quotation(cue):
        return None
    token = cue
    for _ in range(MAX_HOPS):
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i]
        if subjects:
            speaker = subjects[0]
            return speaker if can_speak(speaker) and not in_quotation(speaker) else None
        head = token.head
        # "went so far as to say": up through the adverb the clause hangs on
        if head.i == token.i or head.i > cue.i or token.dep_ not in CHAIN and token.pos_ != "ADV":
            return None
        token = head
    return None
