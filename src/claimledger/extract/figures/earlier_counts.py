"""A count's side from the counts told before it: "19 of the dead" are the people of the
toll just told, "476 of the drones" the drones counted before, a bare force or weapon in a
list takes the side of a sided count before it in that list, and prisoners taken in a
sentence that tells of one side's soldiers killed are that side's."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.meanings import noun_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import HARMS, quantity_family


def side_of_the_dead(
    view: FiguresView, part: Mention, previous: list[Mention], things_only: bool = False
) -> str | None:
    """ "At least 31 Palestinians were killed ... 19 of the dead were women": "the dead"
    are the people of the toll told just before (in this or the two sentences before), and
    "476 of the drones" are the drones counted before."""
    group = part.group
    if group is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in group.children):
        return None
    if any(c.dep_ == "nummod" for c in group.children):
        return None
    told = noun_meaning(group) in HARMS  # "the dead", "the wounded": the toll told before
    if told and things_only:
        return None
    here = view.report.sent_index(part.sent.start)
    family = quantity_family(part.quantity)
    for p in reversed(previous):
        if p is part or p.start >= part.start:
            continue
        if here - view.report.sent_index(p.sent.start) > 2:
            return None
        if p.group is not None:
            continue
        if told and quantity_family(p.quantity) == family:
            return p.side
        if not told and p.noun is not None and p.noun.lemma_.lower() == group.lemma_.lower():
            return p.side  # "539 drones ... shot down 476 of the drones": the same drones
    return None



def conjunct_side(view: FiguresView, m: Mention, what: Token, kind: str | None) -> str | None:
    """ "Eleven soldiers and four volunteers lost their lives", "eliminated 420 Ukrainian
    servicemen, two tanks and 11 guns": a bare force or piece of equipment in a list
    with a sided count before it is on that count's side (people are not: "10 Israeli
    soldiers and 5 Hamas fighters")."""
    first = what
    for _ in range(6):
        if first.dep_ != "conj" or first.head == first:
            break
        first = first.head
    chain = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i < what.i)]
    for tok in chain:
        if tok.i >= what.i:
            continue
        other = view.mention_counting(tok)
        if other is None or other is m or not other.side:
            continue
        if kind == "force" and other.kind == "force" or kind == "equipment" and other.kind in ("force", "equipment"):
            return other.side
    return None


def side_of_the_harmed_before(view: FiguresView, m: Mention) -> str | None:
    """ "his fighters had killed at least 120 soldiers, seized nine trucks and taken some 40
    prisoners": prisoners taken in the sentence that tells of one side's soldiers killed or
    wounded by the same fighters are that side's, when the parse loses the verbs' chain."""
    harmed = {p.side for p in view.ordered
              if p.sent.start == m.sent.start and p.start < m.start and p.kind in ("force", "national")
              and p.quantity in ("killed", "wounded", "casualties") and p.root.dep_ in ("nummod", "dobj", "obj")
              and (p.noun is None or p.noun.dep_ in ("dobj", "obj"))}
    return harmed.pop() if len(harmed) == 1 and None not in harmed else None
