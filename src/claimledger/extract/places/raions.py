"""Districts named by the adjective of their seat town: Russia's and Ukraine's raions ("Botlikhsky
district" is Botlikh's, "Tsumadinsky" Tsumada's, "Pokrovskyi" Pokrovsk's, "Glushkovsky" Glushkovo's),
Belarus's and Kazakhstan's too. The gazetteer holds the towns but not the districts; a district's
seat stands for it on a news map, as a district seat does anywhere (marked.py's seated areas).

Only names the report already reads as unresolved areas are asked, and only those ending in a
Slavic adjective: a handful of lookups per report at most.
"""

from __future__ import annotations

import re

from claimledger.extract.gazetteer import ALTERNATE, PRIMARY, Entry, Gazetteer, fold
from claimledger.extract.places.scan import Match

_ADJECTIVE = re.compile(r"s(?:kiy|kyi|kyy|kij|ky|ki|koye|koe|kaya|ka)$", re.I)
# Linking syllables before the adjective that the town's name lacks: "Tsumad-in-sky", "Khasavyurt-ov-sky"
_LINKS = ("in", "ov", "ev", "an", "yn", "iv")
_DISTRICT_WORDS = frozenset({"district", "districts", "raion", "raions", "rayon", "rayons", "region", "area"})


def seat_names(name: str) -> list[str]:
    """The names the seat of a district called ``name`` may have, likeliest first."""
    word = fold(name).strip()
    found = _ADJECTIVE.search(word)
    if found is None or found.start() < 3:
        return []
    stem = word[:found.start()]
    names = [stem, stem + "sk", stem + "o", stem + "a"]
    for link in _LINKS:
        if stem.lower().endswith(link) and len(stem) - len(link) >= 3:
            base = stem[:-len(link)]
            names += [base, base + "a", base + "o"]
    return list(dict.fromkeys(names))


def seat_points(unknown: list[Match], gaz: Gazetteer) -> None:
    """Give each unresolved district named after its seat ("Botlikhsky district") the seat's point,
    when the seat is a town of the country (and area, when known) its sentence puts it in."""
    for m in unknown:
        within = m.within
        if m.point is not None or within is None or not within.country:
            continue
        if (m.region_word or "").lower() not in _DISTRICT_WORDS:
            continue
        seat = _seat(m.text, within, gaz)
        if seat is not None:
            m.point = seat._replace(name=fold(seat.name))


def _seat(name: str, within: Entry, gaz: Gazetteer) -> Entry | None:
    area = within.admin1 if within.kind != "country" else None
    for candidate in seat_names(name):
        towns = [h.entry for h in gaz.lookup(candidate) if h.quality in (PRIMARY, ALTERNATE)
                 and h.entry.kind == "city" and h.entry.country == within.country and h.entry.lat is not None
                 and (area is None or h.entry.admin1 == area)]
        if len(towns) == 1:
            return towns[0]
    return None
