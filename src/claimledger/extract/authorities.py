"""The state a movement that rules it as its de facto authority acts and speaks for
("Taliban forces arrested nine NRF supporters", "the Islamic Emirate's fighters", "the
Taliban's provincial police spokesman"): from data/de_facto_authorities.tsv, the one reader
of that table for the events stage (an actor's side) and the speakers' (a speaker's side).
A name that holds another state's name or a longer group's name stays the group's ("the
Pakistani Taliban", "Tehreek-e-Taliban Pakistan").
"""

from __future__ import annotations

from functools import lru_cache

from claimledger.data import read_table
from claimledger.sides import SideTable, side_table, veto_table


@lru_cache(maxsize=1)
def _authorities() -> tuple[SideTable, frozenset[str]]:
    rows = [(phrase, side, "authority") for phrase, side in read_table("de_facto_authorities.tsv")]
    return SideTable(rows), frozenset(phrase.lower() for phrase, _, _ in rows)


@lru_cache(maxsize=1024)
def authority_side(name: str) -> str | None:
    """The state whose de facto authority the name calls the actor, or None."""
    table, phrases = _authorities()
    found = table.mentions(name)
    if not found:
        return None
    side = found[0].side
    if any(m.side != side for m in side_table().mentions(name)):
        return None  # "the Pakistani Taliban": another state's movement
    if any(m.kind == "group" and m.phrase.lower() not in phrases for m in veto_table().mentions(name)):
        return None  # "Tehreek-e-Taliban Pakistan", "TTP": a group of its own
    return side
