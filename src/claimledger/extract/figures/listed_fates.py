"""A list's later counts told with no fate of their own share the fate of its first count:
"received 47 wounded patients, including 13 children and nine women", "among them 20
children and 15 women" (the parse hangs "and nine women" on "children", and only the
first conjunct reaches the "including" or "among" that tells they are of the wounded)."""

from __future__ import annotations

from claimledger.extract.figures.meanings import fate_of, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import EVENT_MEANINGS, HARMS

# fates a list's first count can hand on to the counts joined to it
_SHARED = HARMS | {"displaced"}
# people a list joined to a harmed count names: they share its fate
_PEOPLE = frozenset({"person", "civilian"})


def share_listed_fates(view: FiguresView, counts: list[Mention]) -> None:
    """Give each count of people listed after a harmed count ("13 children and nine women"),
    with no fate of its own, the fate of the first count of the list."""
    for m in counts:
        noun = m.noun
        if m.quantity != "other" or m.group is not None or noun is None or m.kind not in _PEOPLE:
            continue
        if noun.dep_ != "conj" or (m.verb is not None and fate_of(verb_meaning(m.verb)) in EVENT_MEANINGS):
            continue  # "killed 12 soldiers and wounded 30 civilians" has its own
        first = view.mention_counting(noun.head)
        if first is None or first is m or first.quantity not in _SHARED or first.kind not in _PEOPLE:
            continue
        fate = "killed" if first.quantity == "civilians_killed" else first.quantity
        m.quantity = "civilians_killed" if fate == "killed" and m.kind == "civilian" else fate
        m.side = m.side or first.side
