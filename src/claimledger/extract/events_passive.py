"""Arrests and deployments told in the passive with no agent: the state's.

"43 people had been arrested", "eleven suspects were detained in follow-up operations",
"about 1,500 additional soldiers had been moved to the border": the report does not say who
did it because, to its readers, only one party can. Arrest is what a state's police and
courts do (an armed group abducts, kidnaps or seizes: those verbs are not read here); plain
soldiers, troops or police sent somewhere without a word of whose are the forces of the state
the story is in. So the actor is the state of the event's place when it names a town or area
of a country, else the report's own state, else its theatre's. A sentence that names the
agent ("by the rebels"), or a force with its own side or of the other side ("militants were
moved"), keeps the actor it has.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import context_of
from claimledger.extract.events_targets import a_deadline
from claimledger.extract.events_view import FORCE_NOUNS, LIGHT_VERBS
from claimledger.model import Party, Place
from claimledger.sides import side_of

# Verbs of a state's arrest; not "abduct", "kidnap", "seize", "capture", "take": any armed party does those.
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "remand"})
# Verbs of sending forces somewhere.
SENDING_VERBS = frozenset({"deploy", "send", "move", "dispatch", "station", "redeploy", "airlift", "fly", "rush"})
# The moved forces' words that say they are not the state's.
NOT_THE_STATES = frozenset({"rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "fighters",
                            "gunmen", "jihadists", "guerrillas", "mercenaries", "militia", "militiamen", "enemy",
                            "attackers", "terrorists", "bandits", "smugglers", "separatists", "volunteers"})


def has_agent(tok: Token) -> bool:
    """Whether a passive names who did it: a "by" phrase that is no deadline ("would be
    deployed by the end of the week", "by Friday", "by dawn" tell when, not by whom)."""
    return any(not a_deadline(c) for c in tok.children if c.dep_ == "agent")


def passive_state_actor(tok: Token, kind: str, actor: Party | None, place: Place | None, context) -> Party | None:
    """The state that made an agentless passive arrest or deployment, or None."""
    if actor is not None and actor.side:
        return None
    lemma = tok.lemma_.lower()
    if not (kind == "capture" and lemma in ARREST_VERBS or kind == "deploy" and lemma in SENDING_VERBS):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or has_agent(tok):
        return None
    subject = subjects[0]
    words = {t.lower_ for t in subject.subtree}
    if words & NOT_THE_STATES or side_of(" ".join(t.text for t in subject.subtree)):
        return None  # "militants were moved", "two Russian soldiers were detained": whose is not ours to guess
    if kind == "capture" and words & FORCE_NOUNS:
        return None  # "two soldiers were detained": soldiers are held by the other side as often as by their own
    if kind == "deploy" and not words & FORCE_NOUNS:
        return None  # "aid was sent", "families were moved": no force
    ctx = context_of(tok.doc)
    side = place.country if place is not None and place.kind != "country" and place.country else None
    side = side or ctx.home_state or context.theatre_country
    if not side:
        return None
    return Party(name=actor.name if actor is not None else "", side=side)


# nouns of an operation a force runs, which its own spokesman tells in the passive: not
# "attack" or "strike", which a ministry tells as often of the enemy ("a drone attack was
# carried out on Belgorod")
OPERATION_NOUNS = frozenset({"operation", "operations", "raid", "raids", "sweep", "sweeps", "crackdown", "manhunt"})


def agentless_operation(tok: Token) -> bool:
    """ "An intelligence-based operation was conducted in Kech", "a raid was carried out at
    dawn": an operation told in the passive of its light verb, with no one named to run it."""
    if tok.lower_ not in OPERATION_NOUNS or tok.dep_ != "nsubjpass":
        return False
    verb = tok.head
    return verb.lemma_.lower() in LIGHT_VERBS and not has_agent(verb)
