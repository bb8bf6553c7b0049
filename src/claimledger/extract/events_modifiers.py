"""A noun event named by the state force that did it: "a police operation in Cite Soleil",
"an army offensive in Jilib", "a military raid near Bajaur". Only a state has an army, a
police or a government, so with no actor named the event is that state's: the country of the
event's place when it names a town or area, else the report's own state, else its theatre's
(as for the passives of events_passive.py). A force named with its country ("a Russian army
offensive") already has its side; an actor the sentence names keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import context_of
from claimledger.model import Party, Place

# a state's own forces and bodies, as the word before an event's noun
STATE_MODIFIERS = frozenset({"army", "military", "police", "government", "navy", "naval", "gendarmerie",
                             "security"})
# the kinds a force does; a denial or an agreement is a body's word, read elsewhere
FORCE_KINDS = frozenset({"attack", "battle", "capture", "territory_change", "deploy", "withdraw"})


def state_force_modifier(tok: Token, kind: str, actor: Party | None, place: Place | None,
                         context) -> Party | None:  # noqa: ANN001 (an EventsView)
    """The state whose force a noun event's modifier names, or None."""
    if actor is not None or kind not in FORCE_KINDS or tok.pos_ != "NOUN":
        return None
    named = [c for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.lower_ in STATE_MODIFIERS]
    if not named:
        return None
    ctx = context_of(tok.doc)
    side = place.country if place is not None and place.kind != "country" and place.country else None
    side = side or ctx.home_state or context.theatre_country
    return Party(name=named[0].text, side=side) if side else None
