"""Whether "we" (or "our brigade") in a speaker's words did something to the people counted ("we recovered 14
bodies", "we killed 20 of them", "we arrested nine"), rather than lost or had them ("we
lost two men", "we have 600 officers"): what a side's forces did to others counts the
others' people, so the speaker's "we" gives them no side."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.figures.meanings import verb_meaning
from claimledger.extract.figures.words import FIRST_PERSON, HARMS

# verbs of finding or gathering the dead, which the lexicon gives no fate
_FINDING = frozenset({"recover", "retrieve", "find", "count", "collect", "exhume", "identify", "bury", "evacuate"})
# what a side's forces do to others ("we killed", "we destroyed"); not what they send ("we sent 1,200
# troops") or deliver, which are their own
_DONE_TO_OTHERS = HARMS | {"equipment"}
# what a side has or loses is its own
_OWNING = frozenset({"lose", "suffer", "have", "undergo"})


def done_by_us(doc: Doc, char: int) -> bool:
    """Whether the count at ``char`` is the object of a verb whose subject is "we" or "I",
    and the verb tells of acting on others (killing, taking, finding the dead), not of having
    or losing them."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _governing_verb(span[0])
    if verb is None or not any(c.dep_ == "nsubj" and _ours(c) for c in verb.children):
        return False
    meaning = (verb_meaning(verb) or "").split(":")[-1]
    if meaning in _OWNING or verb.lemma_.lower() in _OWNING:
        return False
    return meaning in _DONE_TO_OTHERS or verb.lemma_.lower() in _FINDING


def _ours(subject: Token) -> bool:
    """ "we", or a body the speaker calls ours: "our brigade", "my unit", "our forces"."""
    return subject.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children)


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose object the counted phrase is: up from the number through its noun."""
    for _ in range(4):
        if tok.head == tok:
            return None
        if tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "advmod", "pobj", "prep", "conj", "appos"):
            return None
        tok = tok.head
    return None
