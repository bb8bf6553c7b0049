"""Counts that name the same people again, and so share their fate: households counted
with the people they hold ("43 families, totalling 215 people, who left their villages",
"1,500 families, or about 6,800 people, who had fled"),
and a count tacked on after the clause that tells what its people did ("Some families
moved to the camps out of fear, maybe 40 to 50 families")."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.meanings import fate_of, noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention

# verbs by which a phrase gives the size of the same people again ("families totalling 215 people")
_TOTALLING = frozenset({"total", "number", "comprise"})
# what households and people share: their fate, not a force's strength
_SHARED = frozenset({"displaced", "killed", "civilians_killed", "wounded", "casualties", "captured", "missing"})
_PEOPLE = ("person", "civilian")


def share_restated_fates(view: FiguresView, kept: list[Mention]) -> None:
    """Give a count of people with no fate of its own ("other") the fate of the count or
    clause it restates."""
    for m in kept:
        if m.quantity != "other" or m.group is not None or m.left_noun or m.noun is None:
            continue
        if noun_meaning(m.noun) not in _PEOPLE:
            continue
        told = _fate_of_the_same(view, m, m.noun)
        if told is not None:
            m.quantity = "civilians_killed" if told == "killed" and m.kind == "civilian" else told


def _fate_of_the_same(view: FiguresView, m: Mention, noun: Token) -> str | None:
    for other in _restating(noun):
        found = view.mention_counting(other)
        if found is not None and found is not m and found.quantity in _SHARED:
            return "killed" if found.quantity == "civilians_killed" else found.quantity
    head = noun.head
    for _ in range(4):  # "fled to the hills around Ouallam, maybe 200 families": the clause's verb
        if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("pobj", "prep", "appos", "conj") or head == head.head:
            break
        head = head.head
    if noun.dep_ in ("npadvmod", "appos") and head.pos_ in ("VERB", "AUX"):
        # "Some households moved to Kramatorsk, perhaps 70 to 90 families": the verb's own
        # subject is the same people, told without a number
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or noun_meaning(subject) not in _PEOPLE:
            return None
        fate = fate_of(verb_meaning(head))
        return fate if fate in _SHARED else None
    return None


def _restating(noun: Token) -> list[Token]:
    """The nouns that count the same people as ``noun``: the object of a "totalling" phrase
    on it, or the noun whose "totalling" phrase it is the object of."""
    found = []
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _TOTALLING:
            found += [o for o in c.children if o.dep_ in ("dobj", "obj")]
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.dep_ == "acl" and head.lemma_.lower() in _TOTALLING:
        found.append(head.head)
    # "212 families, or about 780 people": a comma and "or" give the same people's size again
    found += [c for c in noun.children if c.dep_ in ("conj", "appos") and _restated_with_or(noun, c)]
    if noun.dep_ in ("conj", "appos") and head != noun and _restated_with_or(head, noun):
        found.append(head)
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):  # the same, parsed as two subjects of one verb
        found += [c for c in head.children if c is not noun and c.dep_ == noun.dep_
                  and _restated_with_or(*sorted((noun, c), key=lambda t: t.i))]
    return found


def _restated_with_or(first: Token, second: Token) -> bool:
    """ "families, or about 780 people": ", or" (no bare "or") between two counted nouns."""
    doc = first.doc
    if second.i - first.i > 8:
        return False  # "families, or about 780 people" is short; a later clause's "or" is not this
    between = [t for t in doc[first.i + 1:second.i] if t.lower_ in (",", "or")]
    return any(t.lower_ == "or" and t.i > 0 and doc[t.i - 1].text == "," for t in between)
