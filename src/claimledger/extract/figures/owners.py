"""Whose people or things a count counts, told by who holds, loses, launches or sends them:
"Russia lost 9 tanks", "45 drones launched by Russia", "Pyongyang sent 12,000 troops",
"Kenya has moved 8,000 to 10,000 troops towards the border", "Chad called up 20,000
reservists", and a multinational body's member "from the Ugandan contingent". Split from
figures/sides.py, which asks these first for a count whose own phrase names no side."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.figures.meanings import of_phrase, verb_meaning
from claimledger.extract.figures.mentions import Mention
from claimledger.extract.figures.reporters import reporter_side
from claimledger.extract.figures.shared_sides import senders
from claimledger.extract.figures.syntax import phrase_text, subject_of
from claimledger.extract.figures.words import NOT_GOVERNMENT
from claimledger.sides import GOVERNMENT_WORDS, names_a_group, side_of

# verbs by which a state puts a force somewhere or raises one: its strength is the state's
SENDING_VERBS = {"move", "send", "deploy", "dispatch", "mass", "amass", "station", "position", "mobilise",
                 "mobilize", "muster", "rush", "redeploy", "transfer"}


def sends(verb: Token) -> bool:
    """Whether the verb sends or raises a force: "has moved", "mobilised", "called up"."""
    lemma = verb.lemma_.lower()
    return lemma in SENDING_VERBS or (lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                               for c in verb.children))


def owner_side(m: Mention, what: Token, view_home: str | None = None) -> str | None:
    """The side of whoever loses, launches or sends what is counted: "Russia lost 9
    tanks", "the US launched 59 missiles", "45 drones launched by Russia", "Pyongyang
    sent 12,000 troops"."""
    if m.quantity == "other":
        return None
    verbs = [v for v in (m.verb, m.agent_verb) if v is not None]
    verbs += [c for c in what.children if c.dep_ in ("acl", "relcl") and c.i > what.i]
    if what.dep_ in ("dobj", "obj"):
        verbs.append(what.head)  # "Russia has 470,000 troops deployed"
    elif what.dep_ == "appos" and what.head.dep_ in ("dobj", "obj"):
        verbs.append(what.head.head)  # "the army had sent reinforcements, around 200 men"
    elif what.dep_ == "pobj" and what.head.lower_ == "to" and what.head.head.pos_ == "VERB":
        verbs.append(what.head.head)  # "lost up to 1,325 servicemen" parsed with "to" as a preposition
    for verb in verbs:
        vm = verb_meaning(verb) or ""
        keeps = vm == "deployed" or verb.lemma_.lower() in ("have", "keep", "maintain", "leave") or sends(verb)
        # "Russia has 470,000 troops deployed"; "Germany will send 100 tanks"
        holds = (m.quantity == "deployed" and keeps) or (m.quantity == "equipment" and vm == "deployed")
        # "Ukraine brought home 146 servicemen", "Armenia repatriated 32 soldiers": its own, freed
        holds = holds or (m.quantity == "captured" and verb.lemma_.lower() in ("bring", "repatriate"))
        if not (vm in ("lose", "suffer", "launch") or holds):
            continue  # "Russia has around 470,000 troops": who holds them
        subj = subject_of(verb)
        if subj is None and verb.dep_ == "conj" and verb.head != verb:
            subj = subject_of(verb.head)  # "fired 150 shells and launched 57 drones"
        if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "Russia, which had deployed some 2,000 peacekeepers"
        if subj is None or subj.dep_ == "nsubjpass" or subj == what:
            # a passive or a participle: the agent of "launched by Russia"
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None and subj != what:
            if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "we") and (vm in ("lose", "suffer") or holds):
                # "the US military said it had lost seven drones", "authorities said they had
                # deployed 4,000 troops"
                side = reporter_side(verb, view_home) if holds else reporter_side(verb)
            else:
                words = [t for t in subj.subtree if t.i <= subj.i][-6:]
                side = side_of(phrase_text(words)) or home_forces(words, view_home)
            if side:
                return side
    return None


def sender_side(what: Token) -> str | None:
    """ "one AUSSOM peacekeeper from the Ugandan contingent": a multinational body's member
    is the state's whose contingent the "from" phrase names."""
    sent_from = of_phrase(what)
    if not sent_from or sent_from[0].lower_ != "from" or senders(sent_from) != 1:
        return None
    return side_of(phrase_text(sent_from))


# a state named by no country: "the state had deployed 2,000 soldiers", "authorities sent 500 police"
_STATE_WORDS = frozenset({"state", "authorities", "government"})


def home_forces(words: list[Token], home: str | None) -> str | None:
    """ "Government forces suffered more than 40 deaths", "the armed forces suffered 26
    casualties": a state's forces named by no country are the state's the report is about."""
    text = phrase_text(words).lower()
    if home is None or {t.lower_ for t in words} & NOT_GOVERNMENT or names_a_group(phrase_text(words)):
        return None
    said = re.findall(r"[a-z][a-z-]*", re.sub(r"['’]s\b", " ", text))  # "the army's 'Shadow Forces'": the army
    if "anti-" in text or not any(w in said or (" " in w and w in text) for w in GOVERNMENT_WORDS | _STATE_WORDS):
        return None
    return home
