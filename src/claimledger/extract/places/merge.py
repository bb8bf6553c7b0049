"""One place per distinct entry, named as the record keeps it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimledger.extract.gazetteer import (
    PRIMARY,
    Entry,
    Gazetteer,
    compact,
    fold,
)
from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import FULL_NAME_ALIASES
from claimledger.model import Place


@dataclass
class _Found:
    entry: Entry
    name: str
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


# Apostrophes and ayn signs inside a gazetteer name ("Al Qa’im", "Tall ‘Afar") split it
# into pieces no reader writes; the report's own spelling is kept instead.
_MARKS_IN_NAME = re.compile(r"[’‘'`ʿʾ]")


def _display_name(m: Match, e: Entry) -> str:
    """Countries by their GeoNames name; other places as the report spells them,
    unless that is the gazetteer's own name (then its plain ASCII form)."""
    surface = re.sub(r"\s+", " ", m.text).strip()
    if m.abbreviation:
        return e.name  # "W.Va." is West Virginia
    if e.kind == "country":
        # A full name the report uses ("Britain", "Burma") is kept, being what a
        # reader searches for; abbreviations ("U.S.", "UAE") and scraped possessives
        # ("Syrias") give way to the GeoNames name.
        if (m.chosen is None or m.chosen.quality != PRIMARY or surface.isupper() or "." in surface
                or len(surface) <= 4 or compact(surface) == compact(e.name)
                or compact(surface) not in {compact(a) for a in FULL_NAME_ALIASES}):
            return e.name
        return fold(surface)
    if surface.isupper() and len(surface) > 3:
        return e.name
    if (m.chosen is not None and m.chosen.quality == PRIMARY and compact(surface) == compact(e.name)
            and not _MARKS_IN_NAME.search(e.name)):
        return e.name
    return fold(surface)


_TOWN_WORDS = frozenset({"city", "town", "village", "hamlet", "settlement", "cities", "towns", "villages", "hamlets",
                         "settlements"})


def merge_places(doc: PlacesView, accepted: list[Match], gaz: Gazetteer) -> list[Place]:
    """One place per distinct entry; bare "Kursk" joins "Kursk region" when the
    report names the region, since the bare name then usually means it."""
    found: dict[object, _Found] = {}
    order: list[object] = []
    regions_named: dict[tuple[str | None, str], Entry] = {}
    # areas named by a longer form of a town's name the town lies in: "Gaza" is the Gaza
    # Strip when the report names the Strip (Gaza City is written out as such)
    areas_named: dict[tuple[str | None, str | None], Entry] = {}
    # towns the report itself calls a city or town ("the Sumy city administration"): their
    # bare name is the town even when the report names the region too
    towns_named = {(m.chosen.entry.country, compact(m.text)) for m in accepted if m.chosen is not None
                   and m.chosen.entry.kind == "city" and (m.settlement_word or "").lower() in _TOWN_WORDS}
    for m in accepted:
        if m.region is not None and (m.region.country, compact(m.text)) not in towns_named:
            regions_named[(m.region.country, compact(m.text))] = m.region
        elif m.chosen is not None and m.chosen.entry.kind == "region" and m.chosen.entry.admin1 is not None:
            areas_named[(m.chosen.entry.country, m.chosen.entry.admin1)] = m.chosen.entry
    for m in sorted(accepted, key=lambda m: m.span):
        if m.chosen is None:  # unresolved settlement
            key: object = ("unresolved", compact(m.text))
            entry = Entry(fold(m.text), "city", None, None, None, None, 0, None, None)
            name, kind = entry.name, "city" if (m.settlement_word or "").lower() in _TOWN_WORDS else "other"
        elif m.region is not None:
            entry = m.region
            key = entry
            base = fold(re.sub(r"\s+", " ", m.text))
            name = f"{base} {m.region_word or ''}".strip()
            if entry.admin1 is None and compact(base) == compact(entry.name):
                name = entry.name  # "the Donbas region" is the Donbas
            kind = "region"
        else:
            entry = m.chosen.entry
            region = regions_named.get((entry.country, compact(m.text)))
            area = areas_named.get((entry.country, entry.admin1))
            if region is not None and not m.settlement_word and entry.kind == "city":
                entry = region
            elif (area is not None and not m.settlement_word and entry.kind == "city"
                  and compact(area.name).startswith(compact(m.text)) and compact(area.name) != compact(m.text)):
                entry = area
            key = entry
            name, kind = _display_name(m, entry), entry.kind
        if key not in found:
            found[key] = _Found(entry, name, kind)
            order.append(key)
        f = found[key]
        if m.region is not None and f.kind != "region":
            f.name, f.kind = name, kind  # the region's own name ("Sumy region"), whichever mention came first
        if m.span not in f.mentions:
            f.mentions.append(m.span)
    places: list[Place] = []
    for key in order:
        f = found[key]
        e = f.entry
        places.append(Place(name=f.name, kind=f.kind, country=e.country, lat=e.lat, lon=e.lon,
                            geonames_id=e.geonames_id, mentions=sorted(f.mentions),
                            admin1=e.admin1, country_name=e.country_name))
    return places


def places_in(places: list[Place], start: int, end: int) -> list[Place]:
    """The places with a mention inside the character range [start, end)."""
    return [p for p in places if any(start <= s and e <= end for s, e in p.mentions)]
