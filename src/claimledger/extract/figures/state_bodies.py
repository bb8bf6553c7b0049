"""Counts of a state's own people named by the bodies only a state keeps: "about 1,500
personnel of the National Guard and internal affairs bodies were sent", "300 members of
the National Police", "three of them servicemen of the border guard". A national guard,
a gendarmerie or a border police (data/event_words.tsv, list state_body) is a state's,
so its people are the state's side: the report's state when the sentence names no other,
else the state whose body tells the count (its own voice).

The parse often hangs such a phrase badly ("the National Guard and internal affairs
bodies" with "bodies" as the object of "of"), so the phrase is read whole, not through
``of_phrase``'s short proper-name test. Not a state's: a group named like one ("the
Guard of the Revolution Front"), and people some body of the speaker's own side harmed
("its forces killed 40 servicemen of the National Guard": the enemy's, which the
report's linking reads).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.events_bodies import GROUP_WORDS
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.reporters import agent_of, claim_side, is_state_body
from claimledger.extract.figures.syntax import phrase_text
from claimledger.extract.figures.told_sides import speaker_state
from claimledger.extract.figures.words import HARMS
from claimledger.sides import STATE_INSTITUTION, names_non_state, side_of

# the longest "of" phrase read whole: "of the National Guard and internal affairs bodies of the region"
_MAX_WORDS = 12
# a state's own forces by their common names, in its own voice ("members of the army", "of the
# police"): not "regime" or "loyalist", which are what others call them
_OWN_FORCE = re.compile(r"\b(?:army|military|police|armed forces|security forces|state forces)\b", re.I)
# the kinds of counted nouns that are people a state may field ("personnel", "members", "troops")
_FIELDED = ("person", "force")


def body_phrase(what: Token) -> list[Token]:
    """The "of" or "from" phrase after a counted noun, whole: "of the National Guard and
    internal affairs bodies"."""
    for child in what.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            words = list(child.subtree)
            while words and words[-1].is_punct:
                words.pop()  # "of the National Guard ," with the clause's comma hung on the name
            return words if len(words) <= _MAX_WORDS else []
    return []


def state_body_side(view: FiguresView, m: Mention, what: Token, kind: str | None) -> str | None:
    """The state whose named security body the counted people belong to, or None."""
    if kind not in _FIELDED:
        return None
    phrase = body_phrase(what)
    text = phrase_text(phrase)
    if not text or GROUP_WORDS.search(text) or names_non_state(text):
        return None
    institution = STATE_INSTITUTION.search(text) is not None
    if not institution and not _OWN_FORCE.search(text):
        return None
    told = side_of(text)
    if told:
        return told  # "of the Ukrainian National Guard": the phrase says whose
    agent = _harming_agent(m)
    if agent is not None and _unsided_or_own(agent):
        return None  # "its forces killed 40 servicemen of the National Guard": the enemy's, read with the claims
    harmer = side_of(phrase_text([t for t in agent.subtree if t.i <= agent.i][-6:])) if agent is not None else None
    named = view.parties_named(m.sent)
    if institution and view.home and named <= {view.home} and harmer != view.home:
        return view.home  # a bare "the army" with the report's state is _government_side's, read after
    speaker = speaker_state(view, m) or _speaker_after(view, m)
    if speaker and harmer != speaker:
        return speaker  # the state's own voice: "Colombia's defence ministry said 300 members of the National Police"
    return None


def harmed_by_its_own_state(view: FiguresView, m: Mention, what: Token, kind: str | None) -> bool:
    """ "Russian units had killed 40 servicemen of the National Guard", "the army killed 12
    members of the police": people of a state body harmed by that state's own forces, or by
    "it", "its forces", a bare "the army", are the other side's, whatever body they serve."""
    if kind not in _FIELDED:
        return False
    text = phrase_text(body_phrase(what))
    if not text or side_of(text) or not (STATE_INSTITUTION.search(text) or _OWN_FORCE.search(text)):
        return False
    agent = _harming_agent(m)
    if agent is None:
        return False
    if _unsided_or_own(agent):
        return True
    harmer = side_of(phrase_text([t for t in agent.subtree if t.i <= agent.i][-6:]))
    return harmer is not None and harmer in (view.home, speaker_state(view, m))


def _speaker_after(view: FiguresView, m: Mention) -> str | None:
    """ "Eleven people were wounded, three of them servicemen of the National Guard, the
    ministry said": the speaker whose cue closes the sentence says all of it, though the
    claim's content stops at the first clause."""
    if not hasattr(view.report, "claims"):
        return None
    for claim in view.report.claims:
        sent, cue = claim.sentence_span, claim.cue_span
        if cue is not None and sent[0] <= m.num.start < sent[1] and cue[0] > m.num.end:
            return claim_side(view, claim)
    return None


def apposed_people(m: Mention) -> Token | None:
    """ "Eleven people were wounded, three of them servicemen of the National Guard": the
    noun a part of "them" is apposed to, which says who the part are."""
    group = m.group
    if group is None or group.pos_ != "PRON" or group.lower_ not in ("them", "whom", "those"):
        return None
    head = m.root.head
    if head.pos_ != "NOUN" or head.i <= group.i or m.root.dep_ not in ("nsubj", "nmod", "appos", "nummod"):
        return None
    # the noun follows "them" at once, with only its own modifiers between ("three of them police officers")
    between = head.doc[group.i + 1:head.i]
    return head if all(t.head == head and t.dep_ in ("compound", "amod") for t in between) else None


def apposed_words(noun: Token) -> list[Token]:
    """The apposed noun with its own modifiers before it: "police officers"."""
    start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ in ("compound", "amod"))])
    return list(noun.doc[start:noun.i + 1])


def _harming_agent(m: Mention) -> Token | None:
    """Who harmed the counted people, when the count is of people harmed."""
    if m.quantity not in HARMS or m.verb is None:
        return None
    return agent_of(m.verb)


def _unsided_or_own(agent: Token) -> bool:
    """An agent whose side the words do not give: "it", "its forces", "the army" (the
    speaker's own, or the report's state: then the harmed are the other side's)."""
    if agent.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in agent.children):
        return True
    words = phrase_text([t for t in agent.subtree if t.i <= agent.i][-6:])
    return side_of(words) is None and is_state_body(agent)
