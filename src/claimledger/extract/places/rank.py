"""Choosing among namesakes: what the report as a whole says about where it is (its
focus countries, its unambiguous places, the states it names) ranks the readings of
each name."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from claimledger.extract.gazetteer import (
    ALTERNATE,
    PRIMARY,
    Entry,
    Gazetteer,
    Hit,
    compact,
    distance_km,
)
from claimledger.extract.places.namesakes import area_over_alias, named_alike
from claimledger.extract.places.scan import Match, abbreviation_at
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import REGION_WORDS

State = tuple[str | None, str | None]  # (country, admin1)


@dataclass
class Setting:
    """What the report as a whole says about where it is, for choosing among namesakes."""

    focus: set[str]
    anchors: list[tuple[float, float]] = field(default_factory=list)
    # (country, admin1) areas the report names ("Ga.", "Kentucky", "Laurel County"):
    # local news names its own state's towns.
    states: set[State] = field(default_factory=set)
    # Areas that hold the report's unambiguous places: weaker evidence.
    near_states: set[State] = field(default_factory=set)
    # Country -> the names that show the report is about it ("Georgian", "Tbilisi").
    evidence: dict[str, set[str]] = field(default_factory=dict)


# How much a name's own reading of an entry adds to its rank (other readings add nothing).
_QUALITY_BONUS = {PRIMARY: 1.5, ALTERNATE: 0.75}


def rank_hit(hit: Hit, focus: set[str], anchors: list[tuple[float, float]] | None = None,
          states: set[State] | None = None, near_states: set[State] | None = None) -> float:
    e = hit.entry
    if e.kind == "country":
        return 100.0
    # An admin1 area has no population here; it counts as a big place ("Ontario" is
    # the province before the Californian city). A namesake city inside it is
    # preferred in choose ("Kursk", "Aleppo").
    r = math.log10(max(e.population, 1_000_000 if e.kind == "region" else 1000))
    if e.country in focus:
        r += 1.5
    r += _QUALITY_BONUS.get(hit.quality, 0.0)
    if e.kind in ("region", "other") and e.admin1 is None:
        r += 4  # curated news regions: "the Donbas", "Darfur"
    if anchors and e.lat is not None and e.lon is not None and any(
            abs(e.lat - a) < 3 and abs(e.lon - b) < 4 and distance_km(e.lat, e.lon, a, b) < 250
            for a, b in anchors):
        r += 1.0  # near the report's other, unambiguous places
    if states and e.admin1 is not None and (e.country, e.admin1) in states:
        # In a state the report names: "Gainesville" in a story that names Hall County
        # is the Georgian town, not the bigger Floridian one.
        r += 3
    elif near_states and e.admin1 is not None and (e.country, e.admin1) in near_states:
        r += 1
    return r


def choose(m: Match, setting: Setting, near: State | None = None) -> Hit:
    hits = m.hits
    if near and near[1]:
        same = [h for h in hits if (h.entry.country, h.entry.admin1) == near]
        hits = same or hits
    if near and near[0]:
        same = [h for h in hits if h.entry.country == near[0]]
        hits = same or hits
    focus, anchors, states = setting.focus, setting.anchors, setting.states

    def rank(h: Hit) -> float:
        return rank_hit(h, focus, anchors, states, setting.near_states)

    best = max(hits, key=rank)
    best = area_over_alias(hits, _among_anchors(hits, best, anchors))
    around = states | setting.near_states
    if best.entry.kind == "country" and around:
        # "Georgia" or "Lebanon" in a story set in a state with a place of that name
        # is that place, unless something else in the story points to the country.
        local = [h for h in hits if h.entry.kind != "country" and (h.entry.country, h.entry.admin1) in around]
        others = setting.evidence.get(best.entry.country or "", set()) - {compact(m.text)}
        if local and not others:
            best = max(local, key=rank)
    if best.entry.kind == "region" and best.entry.admin1 is not None:
        # A bare "Idlib" or "Kursk" is the city the area is named after.
        for h in hits:
            if (h.entry.kind == "city" and h.entry.country == best.entry.country
                    and h.entry.admin1 == best.entry.admin1 and h.quality <= ALTERNATE
                    and (h.quality == PRIMARY or named_alike(h.entry, best.entry))):
                return h
    return best


# A namesake town this close to two or more of the report's unambiguous places is among them.
NEAR_ANCHOR_KM = 50
NEAR_ANCHOR_DEGREES = 0.5  # of latitude: 55 km, beyond NEAR_ANCHOR_KM
MIN_NEAR_ANCHORS = 2


def _near_anchors(hit: Hit, anchors: list[tuple[float, float]]) -> int:
    e = hit.entry
    if e.lat is None or e.lon is None:
        return 0
    # a degree of latitude is 111 km: anchors further than that in latitude are not near, and a
    # long report has hundreds of anchors, so the great-circle distance is worked out only for the rest
    return sum(1 for a, b in anchors if abs(e.lat - a) <= NEAR_ANCHOR_DEGREES
               and distance_km(e.lat, e.lon, a, b) <= NEAR_ANCHOR_KM)


def _among_anchors(hits: list[Hit], best: Hit, anchors: list[tuple[float, float]]) -> Hit:
    """The town among the report's own towns, over a namesake ranked higher elsewhere: "Bali"
    beside Bamenda, Batibo and Widikum is the Cameroonian town, even when the report also names
    Nigeria's Taraba state, which holds another Bali (a named state outranks mere nearness)."""
    if best.entry.kind != "city" or not anchors:
        return best
    # the name's own readings are no evidence for one another: "Rafah" in Gaza, once an anchor,
    # must not put Egypt's Rafah beside the report's towns
    readings = {(h.entry.lat, h.entry.lon) for h in hits}
    anchors = [point for point in anchors if point not in readings]
    own = _near_anchors(best, anchors)
    rivals = [(n, h) for h in hits if h.entry.kind == "city" and h is not best
              and (n := _near_anchors(h, anchors)) >= MIN_NEAR_ANCHORS and n > own]
    return max(rivals, key=lambda r: r[0])[1] if rivals else best


def unambiguous_points(accepted: list[Match], focus: set[str]) -> list[tuple[float, float]]:
    """Where the report's unambiguous places are: a town or area with no rival
    reading of its name close in rank."""
    points: list[tuple[float, float]] = []
    for m in accepted:
        e = m.chosen.entry if m.chosen else None
        if e is None or e.kind not in ("city", "region") or e.lat is None or e.lon is None:
            continue
        ranks = sorted((rank_hit(h, focus) for h in m.hits), reverse=True)
        if len(ranks) == 1 or ranks[0] - ranks[1] >= 1.5:
            points.append((e.lat, e.lon))
    return points


def named_states(accepted: list[Match]) -> set[State]:
    """The admin1 areas a report names itself: abbreviated states ("Ga."), state or
    county names that can be only one area ("Kentucky", "Laurel County"), and areas
    that two names can both be ("Hall County" and "Georgia": Georgia, not Nebraska)."""
    states: set[State] = set()
    support: dict[State, set[str]] = {}
    for m in accepted:
        e = m.chosen.entry if m.chosen else None
        if e is None:
            continue
        areas = {(h.entry.country, h.entry.admin1) for h in m.hits
                 if h.entry.kind == "region" and h.entry.admin1 is not None}
        if m.abbreviation:
            areas = {(e.country, e.admin1)}
        if m.abbreviation or (e.kind == "region" and e.admin1 is not None and len(areas) == 1
                              and not any(h.entry.kind == "country" for h in m.hits)):
            states.add((e.country, e.admin1))
        if m.region is not None and m.region.kind == "region" and m.region.admin1 is not None:
            # named with its kind of area: "Sinaloa State", "Oddar Meanchey province"
            states.add((m.region.country, m.region.admin1))
        for area in areas:
            support.setdefault(area, set()).add(compact(m.text))
    return states | {area for area, names in support.items() if len(names) >= 2}


def local_namesake(m: Match, states: set[State], country: str | None) -> bool:
    """Whether a name has a reading inside one of the states the report names, in
    another country ("London" in a story that names Laurel County, Kentucky)."""
    return any(h.entry.kind != "country" and h.entry.country != country
               and (h.entry.country, h.entry.admin1) in states for h in m.hits)


def following_area(doc: PlacesView, m: Match, gaz: Gazetteer) -> State | None:
    """ "Hodeidah, Yemen", "Alexandria, La.", "Dublin, Ohio": the country or state named
    right after a place, as in datelines; else the area named with its kind later in the
    same sentence, when it holds a reading of the name ("Petropavlivka, a village ... east
    of Kupiansk in Kharkiv region")."""
    return _adjacent_area(doc, m, gaz) or _area_in_sentence(doc, m, gaz)


MAX_AREA_DISTANCE = 25  # tokens between a name and the area its sentence places it in


def _area_in_sentence(doc: PlacesView, m: Match, gaz: Gazetteer) -> State | None:
    readings = {(h.entry.country, h.entry.admin1) for h in m.hits if h.entry.kind == "city"}
    if len(readings) < 2:
        return None  # nothing to choose between
    for k in range(m.end + 1, min(m.end + MAX_AREA_DISTANCE, len(doc))):
        if doc[k].is_sent_start:
            break
        if doc.lower[k] not in REGION_WORDS or not doc.cap[k - 1]:
            continue
        start = k - 1
        while start > m.end and doc.cap[start - 1] and k - start < 3:
            start -= 1
        areas = {(a.country, a.admin1) for a in gaz.lookup_region(doc.span(start, k).text)} & readings
        if len(areas) == 1:
            return areas.pop()
    return None


def _adjacent_area(doc: PlacesView, m: Match, gaz: Gazetteer) -> State | None:
    k = m.end
    if k + 1 < len(doc) and doc[k].text == ",":
        abbreviation = abbreviation_at(doc, k + 1, gaz) if doc.cap[k + 1] else None
        if abbreviation is not None:
            e = abbreviation.hits[0].entry
            return (e.country, e.admin1)
        for end in range(min(k + 5, len(doc)), k + 1, -1):
            text = doc.span(k + 1, end).text
            hits = gaz.lookup(text)
            countries = [h for h in hits if h.entry.kind == "country"]
            if countries:
                return (countries[0].entry.country, None)
            regions = [h.entry for h in hits if h.entry.kind == "region" and h.entry.admin1 is not None
                       and h.quality <= ALTERNATE]
            if len(regions) == 1:
                return (regions[0].country, regions[0].admin1)
    return None


# Words that may stand between a name and the area its sentence puts it in: "Puncak regency
# in Indonesia's Papua province", "Lapa village in Nagaland's Mon district".
_TO_AREA = frozenset({"the", "'s", "’s", "district", "regency", "village", "town", "hamlet", "county",
                      "municipality", "sub-district", "subdistrict", "area", "in"})
MAX_TO_AREA = 6
# kinds of area after which "of" leads to the wider area holding it ("Guma local government area of Benue")
_OF_AREA = frozenset({"district", "regency", "county", "municipality", "sub-district", "subdistrict", "area",
                      "tehsil", "taluka", "upazila", "commune", "department"})
MAX_AREA_WORDS = 3


def _areas_close_after(doc: PlacesView, m: Match) -> list[str]:
    """The names "in" leads to a few small words after the name, widest first as news writes
    them: "in Indonesia's Papua province" gives Indonesia, then Papua."""
    k, names, seen_in = m.end, [], False
    while k < len(doc) and k - m.end <= MAX_TO_AREA and not doc[k].is_sent_start:
        if doc.lower[k] == "in" or (doc.lower[k] == "of" and k > m.end and doc.lower[k - 1] in _OF_AREA):
            seen_in = True  # "Dara district of Panjshir province": "of" after the kind leads in too
        elif doc.cap[k] and seen_in:
            end = k
            while end < len(doc) and doc.cap[end] and end - k < MAX_AREA_WORDS:
                end += 1
            names.append(doc.span(k, end).text)
            k = end
            continue
        elif doc.lower[k] not in _TO_AREA:
            break
        k += 1
    return names


def contradicted(doc: PlacesView, m: Match, hit: Hit, gaz: Gazetteer) -> bool:
    """Whether the sentence puts the name in another area than every reading the gazetteer
    holds: "Puncak regency in Indonesia's Papua province" is not the West Javan Puncak, the
    only Puncak there is, nor "near Lapa in Nagaland's Mon district" a Brazilian Lapa. The
    report's own place is missing from the sources, and a point thousands of km off is worse
    than none (it is kept as a name the text marks, if it is)."""
    e = hit.entry
    if e.kind != "city" or e.country is None:
        return False
    if _town_apart(doc, m, e, gaz):
        return True
    if any(h.entry.kind == "region" and h.entry.admin1 is not None for h in m.hits):
        return False  # "Ayacucho, Cusco and Junin regions": a list of areas, the name one of them
    countries = {h.entry.country for h in m.hits}
    for text in _areas_close_after(doc, m):
        readings = [h.entry for h in gaz.lookup(text) if h.quality <= ALTERNATE]
        shared = [r for r in readings if r.country in countries]
        if not shared:
            # an area of one other country only ("Nagaland"): none of the name's readings is there;
            # a town abroad ("Kumbo in the Bui division", Bui elsewhere a town) proves nothing
            return (len({r.country for r in readings}) == 1
                    and all(r.kind in ("region", "country") for r in readings))
        areas = {(r.country, r.admin1) for r in shared if r.kind == "region" and r.admin1 is not None}
        if areas and all(r.kind == "region" for r in shared):
            # a reading whose area the sources do not give ("Seiyun in Hadramawt") may be there
            return not any((h.entry.country, h.entry.admin1) in areas or h.entry.admin1 is None for h in m.hits)
        # a country or a town of the name's own country ("Rafah in Gaza"): look on for a narrower area
    if _listed_after(doc, m.end) or e.admin1 is None:
        return False
    area = _adjacent_area(doc, m, gaz)  # "in Puncak, Papua": a dateline's shape, not a list
    if area is None or area[1] is None or area[0] != e.country or _town_named(doc, m.end + 1, gaz):
        return False  # "Near Vuhledar, Kyiv Says": a town that speaks, not the area Vuhledar is in
    return not any((h.entry.country, h.entry.admin1) == area for h in m.hits)


def _town_named(doc: PlacesView, k: int, gaz: Gazetteer) -> bool:
    """Whether the capitalised word at ``k`` is itself a town's own name ("Kyiv", not "Papua")."""
    return k < len(doc) and any(h.entry.kind == "city" and h.quality == PRIMARY and h.entry.population >= 100_000
                                for h in gaz.lookup(doc.texts[k]))


def _listed_after(doc: PlacesView, k: int) -> bool:
    """Whether a comma after a name opens a list ("Gori, Kareli and Kaspi"): "and", or another
    comma and a name, follows the next name ("in Puncak, Papua, on Friday" is no list)."""
    if k >= len(doc) or doc.lower[k] != ",":
        return False
    for j in range(k + 1, min(k + 6, len(doc))):
        if doc.lower[j] in ("and", "or"):
            return True
        if doc.lower[j] == ",":
            return j + 1 < len(doc) and doc.cap[j + 1]
        if not doc.cap[j]:
            return False
    return False


# How far a village's reading may lie from the town its apposition puts it by.
APART_KM = 300
_BY_TOWN = frozenset({"of", "in", "near", "outside"})
_VILLAGE_KINDS = frozenset({"village", "hamlet", "settlement", "town", "locality"})


def _town_apart(doc: PlacesView, m: Match, e: Entry, gaz: Gazetteer) -> bool:
    """Whether the name's apposition ties it to a town that lies far from the reading: "Puerto
    Narino, a village of Saravena" is Saravena's village in Arauca, not the Amazon town 1,100 km
    off that the sources hold by that name; "La Paz, a hamlet near Tumaco" is no Bolivian city."""
    k, n = m.end, len(doc)
    if e.lat is None or k + 3 >= n or doc.lower[k] != "," or doc.lower[k + 1] not in ("a", "an", "the"):
        return False
    k += 2
    while k < n and k - m.end < 6 and doc.lower[k] not in _VILLAGE_KINDS and doc.texts[k].islower():
        k += 1
    if k + 2 >= n or doc.lower[k] not in _VILLAGE_KINDS or doc.lower[k + 1] not in _BY_TOWN or not doc.cap[k + 2]:
        return False
    end = k + 2
    while end < n and doc.cap[end] and end - k < 5:
        end += 1
    towns = [h.entry for h in gaz.lookup(doc.span(k + 2, end).text)
             if h.quality <= ALTERNATE and h.entry.kind == "city" and h.entry.lat is not None]
    return bool(towns) and all(distance_km(t.lat, t.lon, e.lat, e.lon) > APART_KM for t in towns)

