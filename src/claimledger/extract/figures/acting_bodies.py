"""Who did what the verb over a count says, and whether that body is a state's or an armed
group's: "the army killed nine troops" (the state harmed them, so they are not its own),
"Al-Shabaab killed five soldiers", "the group said it had seized 14 vehicles" (weapons a
group took are the state's it fights). "It", "they", "we" and "its forces" are whoever
reports them."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.meanings import noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.reporters import agent_of, is_state_body, reporter
from claimledger.extract.figures.syntax import phrase_text
from claimledger.extract.figures.words import HARMS
from claimledger.sides import names_a_group

GROUP_NOUNS = frozenset({"group", "militia", "movement", "insurgency", "faction"})


def taken_by_a_group(view: FiguresView, m: Mention) -> str | None:
    """ "the group said it had seized 14 vehicles" in JNIM's claim, "Al-Shabaab fighters
    destroyed three trucks": weapons an armed group took or destroyed, whose phrase names no
    owner, are the state's it fights: the one state the sentence names, or else the report's."""
    if m.verb is None or (verb_meaning(m.verb) or "").split(":")[-1] not in ("captured", "equipment"):
        return None
    agent = acting_body(m.verb)
    if agent is None:
        return None
    words = [t for t in agent.subtree if t.i <= agent.i][-6:]
    if not names_a_group(phrase_text(words)) and is_state_body(agent):
        return None  # "the army seized 12 trucks"; not "the Arakan Army seized"
    grouped = names_a_group(phrase_text(words)) or noun_meaning(agent) == "armed" or agent.lemma_.lower() in GROUP_NOUNS
    if not grouped and hasattr(view.report, "claims"):
        claims = view.report.claims_holding(m.num.start, m.num.end)
        grouped = bool(claims) and names_a_group(claims[0].speaker.name or "")
    if not grouped:
        return None
    named = view.report.states_named(m.sent)
    if len(named) == 1:
        return next(iter(named))
    return view.home if not named else None



def acting_body(verb: Token, possessive: bool = True) -> Token | None:
    """Who did what the verb says: its agent, or for "it", "they", "we" (and, with
    ``possessive``, "its forces") whoever reports it."""
    agent = agent_of(verb)
    if agent is None:
        return None
    if (agent.pos_ == "PRON" and agent.lower_ in ("it", "they", "we")) or possessive and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in agent.children
    ):
        return reporter(verb)
    return agent


def _harms_people(m: Mention) -> bool:
    """A count of people something was done to, not people a side says it lost."""
    return m.quantity in HARMS and m.verb is not None and (verb_meaning(m.verb) or "") not in ("lose", "suffer")


def harmed_by_the_state(m: Mention) -> bool:
    """ "Mali's army said it had killed 25 soldiers", "its forces killed 40 soldiers",
    "the army killed nine troops": soldiers the state (or its reporter) harmed are not
    the state's own; "the RSF said it had captured 45 soldiers" and "the army said it
    had lost five soldiers" are."""
    body = acting_body(m.verb) if _harms_people(m) else None
    return body is not None and is_state_body(body)


def used_by_a_state(m: Mention) -> bool:
    """ "the army destroyed 12 military vehicles", "it said it had seized 16 army trucks"
    (said by a state body): weapons a state's forces harmed or used are not its own."""
    body = acting_body(m.verb, possessive=False) if m.verb is not None else None
    return body is not None and is_state_body(body)



def harmed_by_a_group(m: Mention) -> bool:
    """Soldiers killed, wounded or taken by a party that is no state: the group itself
    ("Al-Shabaab killed"), or "it" or "its fighters" said of by one."""
    agent = acting_body(m.verb) if _harms_people(m) else None
    if agent is None:
        return False
    words = [t for t in agent.subtree if t.i <= agent.i][-6:]
    return not is_state_body(agent) and any(t.pos_ == "PROPN" for t in words)
