"""One place per distinct entry, named as the record keeps it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimledger.extract.gazetteer import (
    PRIMARY,
    Entry,
    Gazetteer,
    compact,
    distance_km,
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
    in_capitals: bool = False  # every mention so far in capitals, as datelines print names


def _capitals(text: str) -> bool:
    return text.isupper() and len(text) > 3


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
            and not _MARKS_IN_NAME.search(e.name) and _words(surface) == _words(e.name)):
        return e.name  # not "Si Sa Ket" for the report's "Sisaket": a reader searches the words written
    return fold(surface)


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(name).lower())


_TOWN_WORDS = frozenset({"city", "town", "village", "hamlet", "settlement", "cities", "towns", "villages", "hamlets",
                         "settlements", "communities"})


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
    towns_named |= _towns_with_quarters(accepted)
    for m in accepted:
        if m.region is not None and (m.region.country, compact(m.text)) not in towns_named:
            regions_named[(m.region.country, compact(m.text))] = m.region
        elif m.chosen is not None and m.chosen.entry.kind == "region" and m.chosen.entry.admin1 is not None:
            areas_named[(m.chosen.entry.country, m.chosen.entry.admin1)] = m.chosen.entry
    cities_written = _cities_written_out(accepted)
    points_of: dict[object, str | None] = {}
    for m in sorted(accepted, key=lambda m: m.span):
        if m.chosen is None:  # unresolved settlement
            key: object = ("unresolved", compact(m.text))
            # the country (and area) its sentence puts it in; no point: a village is not at its district's middle
            # or the point of the town it lies in or by ("Gingal village in Uri"), said in point_of
            within, point = m.within, m.point
            admin1 = within.admin1 if within is not None and within.kind != "country" else None
            entry = Entry(fold(m.text), "city", within.country if within else None, point.lat if point else None,
                          point.lon if point else None, None, 0, admin1, within.country_name if within else None)
            if point is not None:
                points_of.setdefault(key, point.name)
            name = entry.name
            town = (m.settlement_word or "").lower() in _TOWN_WORDS
            kind = "region" if m.region_word else "city" if town else "other"
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
            elif (not m.settlement_word and entry.kind == "city" and (entry.country, compact(m.text)) in cities_written
                  and (wider := _area_named_like(gaz, entry.country, m.text)) is not None):
                entry = wider
            key = entry
            name, kind = _display_name(m, entry), entry.kind
        if key not in found:
            found[key] = _Found(entry, name, kind, in_capitals=_capitals(m.text))
            order.append(key)
        f = found[key]
        if m.region is not None and f.kind != "region":
            f.name, f.kind = name, kind  # the region's own name ("Sumy region"), whichever mention came first
        elif f.in_capitals and m.region is None and m.chosen is not None and not _capitals(m.text):
            f.name = name  # the report's own spelling ("Gaza City") over a capitals dateline's ("GAZA CITY")
        f.in_capitals = f.in_capitals and _capitals(m.text)
        if m.span not in f.mentions:
            f.mentions.append(m.span)
    places: list[Place] = []
    for key in order:
        f = found[key]
        e = f.entry
        places.append(Place(name=f.name, kind=f.kind, country=e.country, lat=e.lat, lon=e.lon,
                            geonames_id=e.geonames_id, mentions=sorted(f.mentions),
                            admin1=e.admin1, country_name=e.country_name, point_of=points_of.get(key)))
    return places


# A place of the report this close to a town, under another name, is one of its quarters.
QUARTER_KM = 15


def _towns_with_quarters(accepted: list[Match]) -> set[tuple[str | None, str]]:
    """(country, name) of the towns the report names a quarter of ("Complexo da Maré" beside "Rio de
    Janeiro", "Bahri" beside "Khartoum"): a story told street by street is the city's, and its bare
    name is the city even where the report also names the state called after it ("Rio de Janeiro
    state's security secretariat", "the Khartoum state government")."""
    if not any(m.region is not None for m in accepted):
        return set()  # no area named like a town: nothing to tell apart
    towns = {(m.chosen.entry.country, compact(m.text)): m.chosen.entry for m in accepted
             if m.chosen is not None and m.region is None and m.chosen.entry.kind == "city"
             and m.chosen.entry.lat is not None and m.chosen.entry.lon is not None}
    regioned = {(m.region.country, compact(m.text)) for m in accepted if m.region is not None}
    found = set()
    for key in regioned & set(towns):
        town = towns[key]
        if any(other != key and (e.lat, e.lon) != (town.lat, town.lon)
               and distance_km(town.lat, town.lon, e.lat, e.lon) <= QUARTER_KM for other, e in towns.items()):
            found.add(key)
    return found


def _cities_written_out(accepted: list[Match]) -> set[tuple[str | None, str]]:
    """(country, bare name) of the towns the report writes out as "X City" ("Gaza City"):
    its bare "X" is then another place than the city."""
    written = set()
    for m in accepted:
        key = compact(m.text)
        if m.chosen is not None and m.chosen.entry.kind == "city" and key.endswith("city") and len(key) > 4:
            written.add((m.chosen.entry.country, key[:-4]))
    return written


def _area_named_like(gaz: Gazetteer, country: str | None, name: str) -> Entry | None:
    """The one admin1 area of ``country`` whose name is ``name`` and more ("Gaza" -> the Gaza
    Strip), when the report's bare "Gaza" cannot be Gaza City, which it writes out."""
    key = compact(name)
    rows = [row for (cc, admin1), row in gaz.regions.items()
            if cc == country and compact(admin1).startswith(key) and compact(admin1) != key]
    return gaz.entry(rows[0]) if len(rows) == 1 else None


def places_in(places: list[Place], start: int, end: int) -> list[Place]:
    """The places with a mention inside the character range [start, end)."""
    return [p for p in places if any(start <= s and e <= end for s, e in p.mentions)]
