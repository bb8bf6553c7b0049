"""Sides of forces told through what holds them or who announces their move: "an Indian
patrol of about 40 soldiers" are India's (the unit's side), the vehicles that back a force
are its side's, and "200 additional troops
would be sent to the area", said by a minister, or "about 1,500 soldiers had been moved
to the border", said by military sources of one state, are the speaker's state's when no
one else is named as sending them."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.reporters import claim_side
from claimledger.extract.figures.syntax import np_tokens, phrase_text
from claimledger.extract.figures.words import SERVING
from claimledger.sides import names_a_group, side_of

# bodies of troops whose size an "of" phrase gives ("a patrol of 40 soldiers")
_UNITS = frozenset({"patrol", "unit", "contingent", "column", "convoy", "detachment", "battalion", "company",
                    "platoon", "squad", "team", "group", "force", "brigade", "deployment", "reinforcement"})
# verbs of sending or moving troops, said in the passive ("would be sent", "had been moved")
_MOVING = frozenset({"send", "deploy", "move", "dispatch", "redeploy", "transfer", "station", "post", "rush",
                     "airlift", "assign", "mobilize", "mobilise", "fly", "ferry"})


# verbs by which troops move of their own accord ("1,200 personnel moved into the forests")
_ARRIVING = frozenset({"move", "advance", "enter", "arrive", "reach", "push", "march"})


def unit_side(what: Token) -> str | None:
    """ "an Indian patrol of about 40 soldiers", "a Chadian contingent of 1,000 troops": the
    side of the unit the count gives the size of."""
    prep = what.head
    if what.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _UNITS:
        return None
    unit = prep.head
    words = [t for t in np_tokens(unit) if t.i < unit.i or t == unit]
    text = phrase_text(words)
    return None if names_a_group(text) else side_of(text)


def sent_on_a_sides_word(view: FiguresView, m: Mention, what: Token) -> str | None:
    """Troops "would be sent" or "had been moved" by no one named, or that "moved into the
    forests", in a claim whose speaker speaks for a state: that state's ("a contingent of 300
    effectives was sent": the contingent's)."""
    if m.quantity != "deployed" or what.lemma_.lower() not in SERVING:
        return None
    mover = what
    if what.dep_ == "pobj" and what.head.lower_ == "of" and what.head.head.lemma_.lower() in _UNITS:
        mover = what.head.head  # "a contingent of 300 effectives of the special forces was sent"
    verb = mover.head
    if mover.dep_ == "nsubjpass":
        if verb.lemma_.lower() not in _MOVING or any(c.dep_ == "agent" for c in verb.children):
            return None
    elif mover.dep_ != "nsubj" or verb.lemma_.lower() not in _ARRIVING:
        return None
    if not hasattr(view.report, "claims"):
        return None  # the stage run alone, without the claims that come before it
    claims = view.report.claims_holding(m.num.start, m.num.end)
    return claim_side(view, claims[0]) if claims else None


# participles by which equipment goes with a force ("2,000 officers backed by 32 armoured vehicles")
_BACKING = frozenset({"back", "support", "escort", "accompany", "equip", "reinforce", "arm", "assist"})


def backing_side(view: FiguresView, what: Token) -> str | None:
    """ "around 2,000 officers backed by 32 armoured vehicles and four helicopters": equipment
    that backs a counted force is on that force's side."""
    first = what
    for _ in range(4):  # "... and four helicopters": the first of the list
        if first.dep_ != "conj" or first.head == first:
            break
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in ("by", "with"):
        return None
    participle = prep.head
    if participle.lemma_.lower() not in _BACKING or participle.dep_ != "acl":
        return None
    force = view.mention_counting(participle.head)
    return force.side if force is not None else None


_LEADERS = frozenset({"president", "minister", "ministry", "presidency", "premier", "governor", "prefect",
                      "government"})


def sent_on_a_leaders_word(m: Mention, what: Token) -> bool:
    """ "the president announced that 1,000 additional troops would be sent to the lake region",
    "the regional governor said 350 more troops had been deployed":
    troops sent by no one named, on a leader's word, are the leader's state's."""
    if m.quantity != "deployed" or what.dep_ != "nsubjpass":
        return False
    if any(c.dep_ == "agent" for c in what.head.children):
        return False
    return any(t.lower_ in _LEADERS for t in m.sent)
