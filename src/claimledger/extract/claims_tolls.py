"""A source that puts a count at a value: "local officials put the death toll at 43", "a
military source placed the figure at 'around ten'". Not a reporting verb (one puts bodies
in a truck too): a claim only with a count word as object and "at" a value."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.speaker_memory import SpeakerMemory
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

# "put the death toll at 43", "placed the number of displaced at 20,000", "set the figure at around ten"
# (lemmas: "losses" is read as "loss"); "put his fortune at", "put the cost of rebuilding at"
TOLL_WORDS = frozenset({"toll", "figure", "number", "count", "tally", "total", "losses", "loss", "casualties",
                        "casualty", "estimate", "cost", "worth", "fortune", "strength", "size"})
# "put the figure closer to 54,000", "put the toll near 300": a value given without "at"
NEAR_VALUE = frozenset({"closer", "close", "near", "nearer"})


def toll_claim(verb: Token, sent: Span, quotes, places, memory: SpeakerMemory) -> Claim | None:
    """"Local officials put the death toll at 43", "a military source placed the figure at
    'around ten'": a source that puts a count at a value states it."""
    at = _toll_put_at(verb)
    if at is None:
        return None  # asked of every verb: no subject is read for one that puts no count
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and can_speak(c)), None)
    if subject is None:
        return None
    span = trim(verb.doc, *at)
    if span is None:
        return None
    speaker = memory.speaker_at(subject, places, span, sent.start_char, 4)
    return make_claim(speaker, verb.text, "put", span, sent, quotes, (verb.idx, verb.idx + len(verb)))



def _toll_put_at(cue: Token) -> tuple[int, int] | None:
    """The tokens of "the figure at 'around ten'" when a source puts, places or sets a count at a value."""
    if cue.lemma_.lower() not in {"put", "place", "set"}:
        return None
    toll = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in TOLL_WORDS), None)
    # "at" may hang deep in the count's phrase: "the cost of rebuilding Gaza at $50 billion"
    at = next((p for p in [*cue.children, *(toll.subtree if toll is not None else ())]
               if p.dep_ == "prep" and p.lower_ == "at" and any(o.dep_ == "pobj" and _a_value(o) for o in p.children)
               or p.dep_ in {"advmod", "prep"} and p.lower_ in NEAR_VALUE and p.i > cue.i
               and any(c.dep_ == "prep" and c.lower_ == "to" for c in p.children)), None)
    if toll is None or at is None or at.i < toll.i:
        return None
    return toll.left_edge.i, max(at.right_edge.i, toll.right_edge.i) + 1


def _a_value(obj: Token) -> bool:
    """Whether "at" names a value ("at 43", "at 'around ten'", "at $50 billion"), not a place
    ("put the number of trucks at the depot under guard")."""
    return any(t.like_num or t.pos_ == "NUM" or t.lower_ in AMOUNT_WORDS or t.is_quote for t in obj.subtree)


# values in words: "at about a dozen", "at several hundred", a quoted "at 'a handful'"
AMOUNT_WORDS = frozenset({"dozen", "dozens", "hundreds", "thousands", "handful", "score", "scores"})
