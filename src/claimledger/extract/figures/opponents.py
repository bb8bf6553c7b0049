"""The other side: soldiers or weapons a sided force harmed are its opponent's ("Ukrainian
defenders destroyed nine tanks", "Russian troops killed 20 soldiers"), when the report
names one other state far more than any third; and weapons a side's speaker reports
destroyed by no one named were destroyed by that side."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from claimledger.extract.figures.meanings import verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.reporters import agent_of, claim_side, reporter_side
from claimledger.extract.figures.syntax import phrase_text
from claimledger.extract.figures.words import HARMS, NOT_GOVERNMENT
from claimledger.extract.guest_side import answer_side
from claimledger.sides import names_a_group, side_of, side_table, veto_table

# verbs by which a phrase names who runs or owns what is counted ("vessels operated by a network")
OPERATING = {"operate", "own", "run", "crew", "belong", "use", "fly", "charter"}
# weapons named as what destroyed something, saying nothing of whose they were
WEAPON_AGENTS = {"missile", "rocket", "drone", "strike", "airstrike", "shell", "bomb", "mine", "artillery",
                 "fire", "torpedo", "shelling"}


def opponent_side(view: FiguresView, m: Mention) -> str | None:
    """ "Ukrainian defenders destroyed nine tanks", "Russian troops killed 20 soldiers": the
    soldiers or weapons a sided force harmed are its opponent's, when the report names one
    other state far more than any third."""
    what = m.noun if m.noun is not None else m.group
    verb = m.verb if m.verb is not None else _verb_past_a_named_agent(what)
    if verb is None or m.quantity not in HARMS | {"equipment"} or m.agent_verb is not None:
        return None
    if what is not None and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in OPERATING for c in what.children):
        return None  # "three vessels operated by a narco-terrorist network": whose they are is told
    meaning = (verb_meaning(verb) or "").split(":")[-1]
    if meaning not in HARMS | {"equipment"} or meaning in ("lose", "suffer"):
        return None
    agent = agent_of(verb)
    side = None
    if agent is not None and agent.pos_ != "PRON":
        words = [t for t in agent.subtree if t.i <= agent.i][-6:]
        if len({s.side for s in side_table().mentions(phrase_text(words))}) > 1:
            return None  # "Russian and Syrian aircraft destroyed 25 vehicles": a coalition's enemy is no one state
        side = side_of(phrase_text(words))
    elif agent is not None and agent.lower_ in ("it", "they", "we"):
        side = reporter_side(agent)  # "Russia's ministry said it had killed 60 servicemen"
        if side is None and agent.lower_ == "we" and hasattr(view.report, "memory"):
            side = answer_side(view.report, m.num.start)  # "— We destroyed 14 vehicles": the guest's
    told = side is not None  # the destroyer's side is in its own words, not read from who speaks
    if side is None and m.quantity == "equipment":
        side = _speaker_as_destroyer(view, m, agent, what)
    if side is None:
        return None
    if m.verb is None and what is not None:
        listed = [what.head.head.head.head]  # the participle's noun: "a HIMARS launcher supplied by ..."
    else:
        listed = [t for t in (what.head, *what.children) if t.dep_ == "conj" or what.dep_ == "conj"] if what else []
    if any(_names_a_party(t) for t in listed):
        return None  # "seven Houthi drones and two missiles": a non-state party in the list
    # the states the story names as parties: not the base of a monitor ("a UK-based group")
    # nor an agency's country ("Xinhua"), which are no one's opponent
    allies = _allies(view.text, side)
    others = [(s, n) for s, n in view.party_counts.most_common() if s != side and s not in allies]
    if not others or (len(others) > 1 and others[0][1] < 3 * others[1][1]):
        return None  # two parties, or one other named far more than any third
    if _groups_named(view) >= others[0][1]:
        # "troops shot down four drones" in a story of the army and the ELN, which names Venezuela
        # as where the rebels shelter: an armed group named as often is the likelier enemy, no state
        return None
    if not told and others[0][1] < 2 and not any(
            p.side == others[0][0] and p.quantity in HARMS for p in view.ordered if p is not m):
        # "the source said the army destroyed five vehicles": a side read from who speaks, against a
        # state named once (an ally's "Russian warplanes" in a story of Syria's army and the rebels),
        # unless the report counts that state's losses ("Ukraine had lost 300 troops")
        return None
    return others[0][0]


def _groups_named(view: FiguresView) -> int:
    """How often the story names armed groups, outside captions, footers and related headlines."""
    report = view.report
    return sum(1 for sent in report.sents if not report.told_elsewhere(sent.start_char, sent.end_char)
               for g in veto_table().mentions(sent.text) if g.kind == "group")


# what joins two states named as one party: "Russian and Syrian air strikes", "Russian-Syrian jets"
_JOINED = re.compile(r"\s*(?:and|&|-|–|/)\s*")


def _allies(text: str, side: str) -> set[str]:
    """States the report names only joined with ``side`` as one party ("Russian and Syrian air
    strikes" in a story of Syria's army and the rebels): an ally, no one's opponent. A state also
    named on its own ("Ukrainian and Russian troops clashed ... Russian forces shelled ...") is
    not one: the pair may be two sides fighting or meeting."""
    found = side_table().mentions(text)
    joined: Counter[str] = Counter()
    for a, b in zip(found, found[1:], strict=False):
        if a.side != b.side and side in (a.side, b.side) and _JOINED.fullmatch(text[a.end:b.start]):
            joined[b.side if a.side == side else a.side] += 1
    named = Counter(m.side for m in found)
    return {other for other, n in joined.items() if n == named[other]}


def _names_a_party(noun: Token) -> bool:
    """Whether the proper names before a noun name a party ("Houthi drones", "Arakan Army
    trucks"), not a weapon's make ("a HIMARS launcher", "a Leopard tank")."""
    names = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
    if not names:
        return False
    phrase = " ".join(c.text for c in names)
    if side_of(phrase) is not None or names_a_group(phrase):
        return True
    return any(c.ent_type_ in ("NORP", "GPE", "PERSON") for c in names)


def _verb_past_a_named_agent(what: Token | None) -> Token | None:
    """ "destroyed a launcher supplied by the United States and three armoured vehicles": the
    parse joins the count to the state named in the participle's phrase; a count of things
    is no state, so it is the object of the verb the participle's noun is the object of."""
    if what is None or what.dep_ != "conj" or what.head.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    prep = what.head.head if what.head.dep_ == "pobj" else None
    participle = prep.head if prep is not None and prep.dep_ in ("agent", "prep") else None
    if participle is None or participle.dep_ != "acl" or participle.head.dep_ not in ("dobj", "obj"):
        return None
    return participle.head.head



def _speaker_as_destroyer(view: FiguresView, m: Mention, agent: Token | None, what: Token | None) -> str | None:
    """ "661 aircraft have been destroyed, the ministry said", "air defences shot down 112
    drones, the ministry said": weapons a side's speaker reports destroyed by no one named,
    or by forces it does not name ("air defences", "its units"), were destroyed by that side."""
    if what is None or any(c.dep_ == "poss" for c in what.children):
        return None  # "three of our tanks were destroyed": whose they are is said
    if agent is not None:
        words = [t for t in agent.subtree if t.i <= agent.i][-6:]
        if agent.pos_ == "PRON" and agent.lower_ not in ("it", "they", "we"):
            return None
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in words):
            return None  # a named force did it: "Houthi forces shot down a drone"
        if agent.lemma_.lower() in WEAPON_AGENTS:
            return None  # "two boats were destroyed by missiles": whose missiles is not told
        if {t.lower_ for t in words} & NOT_GOVERNMENT:
            return None
    if not hasattr(view.report, "claims"):
        return None  # the stage run alone, without the claims that come before it
    claims = view.report.claims_holding(m.num.start, m.num.end)
    return claim_side(view, claims[0]) if claims else None
