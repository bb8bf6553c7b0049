"""The state a sub-national government body speaks for: "the Guerrero state government",
"Pará's public security secretariat", "the Autonomous Bougainville Government", "the Somali
regional administration" (Ethiopia's Somali Region, not Somalia).

The name before the body is looked up among the gazetteer's admin1 areas (and the exceptions
of ``data/regional_bodies.tsv``); the area's country is the side. A name that is also a
country or demonym ("the Somali government", "Sudan's police") is read as a region only when a
level word ("regional", "state", "provincial", "autonomous") says so, so that the state's own
government keeps its side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimledger.data import read_table

# a body of a region's government, the head the name is for
BODY = (r"government|administration|secretariat|police|assembly|department|bureau|council|cabinet"
        r"|authorit(?:y|ies)|press\s+cent(?:er|re)|office|executive|parliament|legislature|ministry")
NAME = r"(?P<area>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,2})"
# "the Guerrero state government", "the Somali regional state", "the Sindh provincial home department"
LEVELLED = re.compile(
    rf"\b{NAME}\s+(?i:(?:regional|provincial|state|autonomous|interim|region(?:al)?|province|territorial)\s+)+"
    rf"(?i:(?:[\w-]+\s+){{0,3}}?(?:{BODY})\b|state\b)")
# "the Autonomous Bougainville Government", "the Kurdistan Regional Government" (title case)
AUTONOMOUS = re.compile(rf"\bAutonomous\s+{NAME}\s+(?:{BODY.replace('government', 'Government')})\b", re.I)
# "Pará's public security secretariat", "Punjab's home department"
OWNED = re.compile(rf"\b{NAME}(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:{BODY})\b")
# "the regional government of Oromia", "the Kurdish region of Iraq's government"
OF_AREA = re.compile(rf"\b(?:regional|provincial|state)\s+(?:{BODY})\s+(?:of|in)\s+(?:the\s+)?{NAME}")


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    return {name.lower(): country for name, country in read_table("regional_bodies.tsv")}


def _is_state_word(name: str) -> bool:
    """A country, demonym or capital ("Somali", "Sudan's"): alone, the state's own body."""
    from claimledger.sides import side_table  # noqa: PLC0415 - sides imports the extract package

    return side_table().is_side_word(name)


def region_countries(name: str) -> frozenset[str]:
    """The states with a first-level area of this name: the exceptions table first, then the
    gazetteer's admin1 areas. One lookup for a region's government body (here) and a region's
    police or rangers (events_regional.py)."""
    key = name.lower().strip()
    if key in _exceptions():
        return frozenset({_exceptions()[key]})
    from claimledger.extract.gazetteer import gazetteer  # noqa: PLC0415 - heavy, built once on first use

    # "Kurdistan": only the areas with a state count
    return frozenset(e.country for e in gazetteer().lookup_region(name) if e.country)


def installed_by(phrase: str) -> str | None:
    """The state that installed a region's body ("Russian-installed"), or None."""
    m = re.search(r"\b([A-Z][\w'’.]*)\s*[-‐–]?\s*(?:installed|appointed|imposed)\b", phrase)
    if m is None:
        return None
    from claimledger.sides import side_of  # noqa: PLC0415 - sides imports the extract package

    return side_of(m.group(1))


def regional_side(phrase: str, home: Iterable[str] = ()) -> str | None:
    """The state whose region's government body ``phrase`` names, or None. ``home`` are the
    countries of the report's places: a name several states have an area of ("Punjab") is
    the one the report is in; otherwise it stays open."""
    if re.search(r"\b(?:installed|appointed|imposed)\b", phrase, re.I):
        # an occupier's administration of the region speaks for the occupier, not the region's state
        return installed_by(phrase)
    candidates: list[tuple[str, bool]] = []  # (name, level word said it is a region)
    for pattern, levelled in ((LEVELLED, True), (AUTONOMOUS, True), (OF_AREA, True), (OWNED, False)):
        for m in pattern.finditer(phrase):
            candidates.append((m.group("area"), levelled))
    homes = set(home)
    for name, levelled in candidates:
        words = name.split()
        # "the Sindh provincial government" but also "the Kurdistan Regional Government": try
        # the whole name, then its last words ("Pakistan's Sindh" -> "Sindh")
        for size in range(len(words), 0, -1):
            area = " ".join(words[-size:])
            if area.lower() in {"the", "a", "an"}:
                continue
            if not levelled and _is_state_word(area) and area.lower() not in _exceptions():
                break  # "Sudan's police": the state's own
            countries = sorted(region_countries(area))
            if len(countries) == 1:
                return countries[0]
            if len(countries) > 1:
                chosen = sorted(homes.intersection(countries))
                return chosen[0] if len(chosen) == 1 else None
    return None
