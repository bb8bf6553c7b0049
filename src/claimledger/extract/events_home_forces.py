"""Whose a bare force is ("the army", "troops", "the enemy"): the theatre's state or the
report's own, the enemy a report names, a state's generic force name, a force named just
before. Split from :mod:`claimledger.extract.events_actors`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_names import GENERIC_STATE_WORDS
from claimledger.extract.events_view import FORCE_NOUNS, EventsView
from claimledger.model import Party
from claimledger.sides import FORCE_AFTER, PLAIN_FORCE, side_of, side_table


def the_enemys_by_default(party: Party, tok: Token) -> bool:
    """Whether a side was given to a bare force ("army units", "the troops") by default, not by
    its own words nor by a speaker of that side ("troops near Shebaa", said by the Israeli army)."""
    words = set(party.name.lower().split())
    if side_of(party.name) or "enemy" in words or not words & FORCE_NOUNS or words & {"they", "them", "it", "its",
                                                                                     "their", "these", "those"}:
        return False
    return not any(c.speaker.side == party.side for c in context_of(tok.doc).claims_holding(tok.idx))


@lru_cache(maxsize=64)
def the_named_enemy(text: str) -> str | None:
    """The side a report names as "the enemy" ("the Israeli enemy", "an Israeli enemy drone"),
    when it names one only: a bare "enemy" later in the same voice is that side."""
    sides = {side_of(m.group(1)) for m in re.finditer(r"\b([A-Z][\w-]+)\s+enemy\b", text)} - {None}
    return sides.pop() if len(sides) == 1 else None


# how far back a force named just before still tells whose an unmarked unit is (a sentence or two)
JUST_NAMED_CHARS = 400


def force_just_named(tok: Token, sent: Span, state: str, context: EventsView) -> bool:
    """Whether the state's force was named just before ("Burundian soldiers were deployed
    to South Kivu. The unit was withdrawn"): the unit is that force, abroad or not."""
    force = context.last_force(tok.idx, max(0, sent.start_char - JUST_NAMED_CHARS))
    return force is not None and force[1] == state


def named_before(tok: Token, sent: Span, state: str) -> bool:
    """Whether the state is named in the event's sentence before it ("hundreds of Eritrean
    soldiers are fighting", "the Russian ministry said its troops"): the words give the side."""
    return any(m.side == state for m in side_table().mentions(tok.doc[sent.start:tok.i].text))


def a_party_at_home(tok: Token, state: str) -> bool:
    """Whether the report's most named state is a party with ground of its own in it: it
    is named as a party (its people, forces or bodies: "Ukrainian officials", "the Israeli
    army") and some place of the report lies in it. A state named only as a place ("China
    is building a port", in a Myanmar report) or only by its forces abroad ("French forces
    withdrew in 2022", in a Mali report naming no French place) is not the side of an
    unmarked army there."""
    ctx = context_of(tok.doc)
    return named_as_a_party(text_of(tok.doc), state) and any(
        p.country == state for p in getattr(ctx, "places", None) or [])


@lru_cache(maxsize=64)
def named_as_a_party(text: str, state: str) -> bool:
    """Whether the report names the state as more than a country: its people, forces or
    bodies ("Chinese troops", "the Russian Defence Ministry", "China's army")."""
    for m in side_table().mentions(text):
        if m.side == state and (m.kind not in {"country", "capital"} or text[m.end:m.end + 2] in {"'s", "’s"}
                                or FORCE_AFTER.match(text, m.end, m.end + 30)):
            return True
    return False


def ctx_home(tok: Token) -> str | None:
    return context_of(tok.doc).home_state


def generic_state_name(name: str) -> bool:
    """Whether a force is named by a state force's generic name alone ("the Defence and
    Security Forces", "Defense and Security Forces (FDS)"), which only a state's forces bear."""
    words = re.sub(r"\([^)]*\)", " ", name).lower().split()
    return len(words) >= 3 and "security" in words and set(words) <= GENERIC_STATE_WORDS


def generic_state_initials(name: str, text: str) -> bool:
    """Whether a name is initials the report spelt out as a state force's generic name:
    "the Defence and Security Forces (FDS)" makes "the FDS" a state's forces."""
    initials = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if not re.fullmatch(r"[A-Z]{2,6}", initials):
        return False
    spelt = re.search(r"((?:[A-Z][a-z]+|and|of|the)(?:\s+(?:[A-Z][a-z]+|and|of|the)){1,6})\s*\(\s*" + initials
                      + r"\s*\)", text)
    return spelt is not None and set(spelt.group(1).lower().split()) <= GENERIC_STATE_WORDS


def plain_force_at_home(name: str, tok: Token, context: EventsView) -> bool:
    """Whether plain "troops" or "own troops" are the forces of the country the report's
    events are in: no force with a side was named before them, and that state is named as a
    party ("Security forces of Pakistan", "Pakistani aircraft"), as in a military's own
    release about an operation at home."""
    state = context.theatre_country
    # "Our valiant soldiers reacted", in a government's communique no claim attributes: its own
    own = name.lower().startswith("our ")
    return bool(state) and bool(PLAIN_FORCE.search(name)) and context.last_force(tok.idx) is None \
        and (own or named_as_a_party(text_of(tok.doc), state))
