"""Namesakes a report's own words settle: an area named as an area, and a choice the first
pass made on a tie, which must not vouch for itself in the second.

A state's name is often also an old or formal name of its capital: the gazetteer reaches
Belém by "Pará", Santa Fe de Antioquia by "Antioquia", Salvador by "Bahia". The text that
writes "the state of Pará" or "Pará has the most land killings" names the state; the city
is named by its own name. A city named after its area, or an area after its city ("Kursk",
"Idlib", "Kyiv"), shares its own name with the area, and a bare name is the city there.
"""

from __future__ import annotations

from claimledger.extract.gazetteer import ALTERNATE, PRIMARY, Entry, Gazetteer, Hit, compact, distance_km
from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView

# Letters two primary names must share at their start for one to be named after the other:
# "Kyiv" and "Kyivska", "Kursk" and "Kurskaya", "Oaxaca" and "Oaxaca de Juarez".
SHARED_START = 4


def named_alike(city: Entry, area: Entry) -> bool:
    """Whether a city and the area holding it bear one name by their own names, not by an alias."""
    a, b = compact(city.name), compact(area.name)
    n = min(SHARED_START, len(a), len(b))
    return a[:n] == b[:n]


def area_over_alias(hits: list[Hit], best: Hit) -> Hit:
    """The area, when the best reading is a city reached only by another of its names and the
    name is the own name of the area that holds the city (its state, named after nothing in the
    city's own name): "Pará" is the Brazilian state, not Belém; "Antioquia" the department."""
    e = best.entry
    if e.kind != "city" or best.quality == PRIMARY or e.admin1 is None:
        return best
    areas = [h for h in hits if h.entry.kind == "region" and h.quality <= ALTERNATE
             and (h.entry.country, h.entry.admin1) == (e.country, e.admin1) and not named_alike(e, h.entry)]
    return areas[0] if areas else best


# Rank within which two readings of a name in different countries are a tie: nothing in the
# report chose between them (the first pass, before the report's towns are known).
TIE = 0.5


def tied_abroad(m_hits: list[Hit], chosen: Hit, rank) -> bool:
    """Whether a reading in another country ranks as high as the chosen one: "Plateau State"
    is Benin's or Nigeria's until the report's other places say which. Such a choice is no
    evidence of the report's countries or states."""
    top = rank(chosen)
    # a rival of another kind is no tie: "Virginia" the state over a South African town is how
    # an area's name is read, and the state vouches for "Alexandria police ... in Virginia"
    return any(h.entry.country != chosen.entry.country and h.entry.kind == chosen.entry.kind
               and rank(h) >= top - TIE for h in m_hits if h is not chosen)


def sentence_country(doc: PlacesView, m: Match, gaz: Gazetteer) -> str | None:
    """The country the name's own sentence sets it in, when the name has readings in several:
    "In Venezuela, troops were moved to Ciudad Bolívar" is the Venezuelan city, though the report
    is about Colombia, which has a smaller namesake. Only a country written after "in" before
    the name counts: a sentence that merely names another country ("fled from Rafah into
    Egypt") does not move the town."""
    countries = {h.entry.country for h in m.hits if h.entry.kind == "city"}
    if len(countries) < 2:
        return None
    start = doc.sent_start(m.start)
    found: set[str | None] = set()
    for k in range(start + 1, m.start):
        if doc.lower[k - 1] != "in" or not doc.cap[k]:
            continue
        for end in range(min(k + MAX_COUNTRY_WORDS, m.start), k, -1):
            hits = [h for h in gaz.lookup(doc.span(k, end).text) if h.entry.kind == "country"]
            if hits:
                found.add(hits[0].entry.country)
                break
    return found.pop() if len(found) == 1 and found <= countries else None


MAX_COUNTRY_WORDS = 4  # "the Democratic Republic of Congo" without its article


# How far a town may lie from the middle of the island or land its sentence puts it in.
AREA_KM = 300
_BEFORE_IN = frozenset({"town", "village", "city", "municipality", "district", "province", "area", "the", ","})
MAX_AREA_WORDS = 3


def reading_in_area(doc: PlacesView, m: Match, gaz: Gazetteer) -> Hit | None:
    """The one reading of a name near the land its sentence puts it in, when the sources give
    that land only a point (an island, a curated region): "Quezon town in Palawan" is the
    Palawan town, not the bigger Quezon of Bukidnon, 700 km away."""
    if len({(h.entry.country, h.entry.admin1) for h in m.hits if h.entry.kind == "city"}) < 2:
        return None
    k = m.end
    while k < len(doc) and k - m.end < 3 and doc.lower[k] in _BEFORE_IN:
        k += 1
    if k + 1 >= len(doc) or doc.lower[k] != "in" or not doc.cap[k + 1]:
        return None
    end = k + 1
    while end < len(doc) and doc.cap[end] and end - k <= MAX_AREA_WORDS:
        end += 1
    lands = [h.entry for h in gaz.lookup(doc.span(k + 1, end).text)
             if h.entry.kind in ("region", "other") and h.entry.admin1 is None and h.entry.lat is not None
             and h.quality <= ALTERNATE]
    if len(lands) != 1:
        return None
    land = lands[0]
    near = [h for h in m.hits if h.entry.kind == "city" and h.entry.lat is not None
            and distance_km(h.entry.lat, h.entry.lon, land.lat, land.lon) <= AREA_KM]
    return near[0] if len({(h.entry.lat, h.entry.lon) for h in near}) == 1 else None


def settle_ties(accepted: list[Match], rank) -> None:
    """An area two countries share, still chosen on a tie after both passes, goes to the country
    whose area holds the report's towns: "Bassa and Riyom in Plateau State" is Nigeria's state,
    since Bassa lies in Nigeria's Plateau, whatever Benin's Plateau department ranks."""
    for m in accepted:
        e = m.chosen.entry if m.chosen else None
        if e is None or e.kind != "region" or not tied_abroad(m.hits, m.chosen, rank):
            continue
        held = {(a.chosen.entry.country, a.chosen.entry.admin1) for a in accepted
                if a is not m and a.chosen is not None and a.chosen.entry.kind == "city"}
        options = [h for h in m.hits if h.entry.kind == "region" and (h.entry.country, h.entry.admin1) in held]
        if len({h.entry.country for h in options}) == 1 and options[0].entry.country != e.country:
            m.chosen = options[0]
            if m.region is not None:
                m.region = options[0].entry
