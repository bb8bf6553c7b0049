"""A count set off after the clause whose people it sizes: "Dozens of soldiers were killed,
perhaps fifty or sixty of them", "there were many dead soldiers, maybe thirty or forty of
them", "we lost a lot of men that night, maybe thirty or forty of them". The part of
"them" has no verb of its own; the clause before it tells what befell the people "them"
stands for, and so what is counted (a hedge, "maybe", "perhaps", "about", only makes it
approximate, which the number reader already marks)."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.fates import lost_people
from claimledger.extract.figures.meanings import fate_of, noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.roles import role_meaning
from claimledger.extract.figures.words import PEOPLE_FATES, PEOPLE_KINDS, lexicon

# how a set-off part hangs on the clause before it in the small model's parse
_SET_OFF = frozenset({"appos", "npadvmod", "nmod", "dep", "advmod", "conj"})
# what may stand between the comma and the count: a hedge ("maybe", "perhaps", "some")
_HEDGE_WORDS = 3


def restated_part(view: FiguresView, m: Mention) -> bool:
    """Give a set-off part of "them" the fate of the people of the clause before it. True
    when it did."""
    group = m.group
    if group is None or group.pos_ != "PRON" or group.lower_ not in ("them", "those") or m.noun is not None:
        return False
    if not _after_a_comma(view, m):
        return False
    root, head = m.root, m.root.head
    if root.dep_ not in _SET_OFF or head.i >= root.i:
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        people, verb = head, None
    elif head.pos_ in ("VERB", "AUX"):
        people, verb = _people_of(head), head
    else:
        return False
    if people is None or noun_meaning(people) not in PEOPLE_KINDS:
        return False
    fate = _fate_of_people(view, m, people, verb)
    if fate not in PEOPLE_FATES:
        return False
    m.quantity, m.kind, m.arg = fate, noun_meaning(people), people
    return True


def _after_a_comma(view: FiguresView, m: Mention) -> bool:
    """Whether a comma or a dash sets the count off, with at most a hedge between."""
    words = view.doc[max(m.sent.start, m.span.start - _HEDGE_WORDS - 1):m.span.start]
    marks = [t for t in words if t.text in (",", "-", "–", "—", "--")]
    if not marks:
        return False
    between = view.doc[marks[-1].i + 1:m.span.start]
    return all(t.pos_ in ("ADV", "DET", "ADP") or t.lower_ in ("maybe", "perhaps", "possibly") for t in between)


def _people_of(verb: Token) -> Token | None:
    """The people a clause's verb tells of: its object or passive subject ("lost a lot of
    men": the men of "a lot of"), else its subject ("soldiers died")."""
    for dep in (("dobj", "obj"), ("nsubjpass",), ("nsubj",)):
        arg = next((c for c in verb.children if c.dep_ in dep), None)
        if arg is None:
            continue
        if noun_meaning(arg) in PEOPLE_KINDS:
            return arg
        of = next((c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None and noun_meaning(inner) in PEOPLE_KINDS:
            return inner  # "a lot of men", "dozens of soldiers"
    return None


def _fate_of_people(view: FiguresView, m: Mention, people: Token, verb: Token | None) -> str | None:
    """What befell the people: an adjective on them ("dead soldiers"), the verb of their
    clause ("were killed", "lost"), or the role their noun has."""
    adjs = lexicon().adjs
    for c in people.children:
        if c.dep_ == "amod" and c.lower_ in adjs:
            return adjs[c.lower_]
    meaning, _, agent = role_meaning(people)
    if agent:
        return None  # "the soldiers killed 30 of them": the agents are not the counted
    if meaning is None and verb is not None:
        meaning = verb_meaning(verb)
    if meaning == "lose":
        return lost_people(view, m)
    return fate_of(meaning) if meaning is not None else None
