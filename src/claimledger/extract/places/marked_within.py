"""Where the names ``marked.marked_unknowns`` finds lie, and the town whose point they borrow.

``place_unknowns`` gives each the country (and admin1 area) of the place its sentence puts it
in ("in Manipur's Jiribam district", "near Isfara"), or of the report when it has one country.
A village borrows the point of the town the sentence puts it in or near, or of the seat of the
district it lies in ("Lakhanpura village in Rajouri district"), and says so in ``point_of``;
otherwise its coordinates stay empty here (borrow.py may lend one later).
"""

from __future__ import annotations

from collections.abc import Callable

from claimledger.data import read_table
from claimledger.extract.gazetteer import Entry, compact, fold
from claimledger.extract.places.marked import (
    _APPOSITION_NEXT,
    _AREA_LISTS,
    _AREA_WORDS,
    _ARTICLES,
    _DISTANCE_UNITS,
    _KINDS,
    _SEATED_AREAS,
)
from claimledger.extract.places.scan import Match
from claimledger.extract.places.spoken import spoken_in
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import DIRECTION_ADJECTIVES, HYPHENS, REGION_WORDS

# How far a parent place may lie from the marked name in its sentence (tokens).
PARENT_AFTER = 25
PARENT_BEFORE = 12
# Words before a parent place that put the name inside or beside it.
_BESIDE = frozenset({"in", "near", "outside", "of", "at"})
_INSIDE = frozenset({"in", "of", "near", "outside", "at", "from", ",", "inside", "within", "around", "'s", "’s"})
UNIT_COUNTRIES: dict[str, set[str]] = {word: set(codes.split("|")) for word, codes in read_table("unit_countries.tsv")}

def place_unknowns(doc: PlacesView, unknown: list[Match], accepted: list[Match], focus: set[str],
                   country_entry: Callable[[str], Entry | None]) -> None:
    """Give each unresolved name the country and admin1 area of the place its sentence
    puts it in: the nearest resolved place after it in the sentence ("..., a village in
    Manipur's Jiribam district"), or before it ("Lawngtlai district of Mizoram ... the
    border village of Parva"), or another unresolved name already placed ("Jakuradhor, a
    hamlet near Borobekra"); failing those, the report's one country."""
    resolved = [m for m in accepted if m.chosen is not None and m.chosen.entry.country]
    for _ in range(2):  # the second round places names near names placed in the first
        for m in unknown:
            if m.within is not None:
                continue
            parent, town = _parent(doc, m, resolved + [u for u in unknown if u.within is not None])
            if parent is not None:
                m.within = parent
                m.point = town
        # the same name elsewhere ("a Cachar district official", "12 km from Tarrem") lies where its
        # placed mention does, and may place the names beside it in the next round
        _same_name_placed(unknown)
    held = {m.chosen.entry.country for m in accepted if m.chosen is not None} | focus
    home = _sole_country(accepted, focus) or _lead_country(accepted)
    for m in unknown:
        if m.within is not None:
            continue
        # "Thanchi upazila": a kind of area only Bangladesh has, in a report that names Bangladesh
        only = UNIT_COUNTRIES.get((m.region_word or m.settlement_word or "").lower(), set()) & held
        cc = next(iter(only)) if len(only) == 1 else home
        if cc is not None:
            m.within = country_entry(cc)
    unknown[:] = [m for m in unknown if m.within is not None or not m.located_only]


def _same_name_placed(unknown: list[Match]) -> None:
    """Give each unplaced mention of a name the place (and borrowed point) of its first placed mention."""
    by_name: dict[str, Match] = {}
    for m in sorted(unknown, key=lambda m: m.start):
        if m.within is not None:
            by_name.setdefault(compact(m.text), m)
    for m in unknown:
        if m.within is None and (placed := by_name.get(compact(m.text))) is not None:
            m.within, m.point = placed.within, placed.point


def _entry_of(m: Match) -> Entry | None:
    if m.chosen is not None:
        return m.region if m.region is not None else m.chosen.entry
    return m.within


def _parent(doc: PlacesView, m: Match, placed: list[Match]) -> tuple[Entry | None, Entry | None]:
    """The place the sentence puts ``m`` in: the nearest after it that a word of location
    leads to ("in", "of", "near": not "bordering Myanmar", "towards the border"), else the
    nearest before it; with the town whose point it may borrow (:func:`_town_beside`)."""
    sent = doc.sent_start(m.start)
    after = [p for p in placed if p.start >= m.end and p.start - m.end <= PARENT_AFTER
             and doc.sent_start(p.start) == sent and _led_inside(doc, p.start) and not spoken_in(doc, p)]
    if after:
        lead = min(after, key=lambda p: p.start)
        first = _possessed(doc, lead, after)  # the word before the possessor leads to both
        entry = _entry_of(first)
        if first.chosen is None and first.point is not None and _beside(doc, lead.start):
            return entry, first.point  # "Korcholi, 12 km from Tarrem", Tarrem itself placed by its district
        return entry, _town_beside(doc, m, first, entry, lead.start)
    before = [p for p in placed if p.end <= m.start and m.start - p.end <= PARENT_BEFORE
              and doc.sent_start(p.start) == sent and not spoken_in(doc, p)]
    if before:
        return _entry_of(max(before, key=lambda p: p.end)), None
    state = _sentence_state(doc, m, placed, sent)
    if state is not None:
        return state, None
    return _same_area(doc, m, placed)


def _sentence_state(doc: PlacesView, m: Match, placed: list[Match], sent: int) -> Entry | None:
    """The admin1 area named earlier in the sentence of a local area ("the Benue Government said
    ... gunmen attacked three communities in Ukum Local Government Area"): a district, county or
    local government area lies in a state, and the state its sentence names, however far back, is
    the likeliest; a town of another state the report names would lend a point hundreds of km off."""
    if (m.region_word or "").lower() not in _SEATED_AREAS:
        return None
    states = [p for p in placed if p.end <= m.start and doc.sent_start(p.start) == sent
              and (e := _entry_of(p)) is not None and e.kind == "region" and e.admin1 is not None]
    return _entry_of(max(states, key=lambda p: p.end)) if states else None


# How far after a name its apposition may say "in the same district".
SAME_AREA_GAP = 6


def _same_area(doc: PlacesView, m: Match, placed: list[Match]) -> tuple[Entry | None, Entry | None]:
    """ "Oting, a village in the same district": the area of that kind the report named last
    before it ("Nagaland's Mon district"), and its seat's point as for any district."""
    end = min(m.end + SAME_AREA_GAP, len(doc) - 2)
    k = next((k for k in range(m.end, end) if doc.lower[k] == "same" and doc.lower[k - 1] == "the"), None)
    if k is None or doc.lower[k + 1] not in _SEATED_AREAS | REGION_WORDS:
        return None, None
    unit = doc.lower[k + 1]
    named = [p for p in placed if p.end < m.start and p.end < len(doc) and doc.lower[p.end] == unit]
    if not named:
        return None, None
    area = max(named, key=lambda p: p.end)
    entry = _entry_of(area)
    seat = entry if unit in _SEATED_AREAS and entry is not None and entry.kind == "city" and entry.lat is not None \
        and area.region is None else None
    return entry, seat._replace(name=fold(area.text)) if seat is not None else None


def _possessed(doc: PlacesView, first: Match, after: list[Match]) -> Match:
    """The area a possessive hands on to: "in Nagaland's Mon district" puts the village in
    Mon, the smaller area the state holds, not only in the state."""
    if first.end < len(doc) and doc.lower[first.end] in ("'s", "’s"):
        return next((p for p in after if p.start == first.end + 1), first)
    return first


def _beside(doc: PlacesView, start: int) -> bool:
    """Whether the word before a name puts a place beside it: "in", "near", "outside", or a
    distance ("12 km from Tarrem")."""
    before = doc.lower[start - 1] if start >= 1 else ""
    if before == "from":
        return start >= 2 and doc.lower[start - 2] in _DISTANCE_UNITS
    return before in _BESIDE


def _led_inside(doc: PlacesView, start: int) -> bool:
    """Whether a word of location leads to the place at ``start`` ("in Uri", "in the Gegharkunik
    province", "in northern Sagaing Region", "in the south-western Oromia region")."""
    k = start - 1
    if k >= 1 and doc.lower[k] in DIRECTION_ADJECTIVES:
        k -= 3 if k >= 3 and doc.lower[k - 1] in HYPHENS else 1
    if k >= 1 and doc.lower[k] == "the":
        k -= 1
    return k >= 0 and doc.lower[k] in _INSIDE


# How far after its name (or its kind) the town it lies in or near may be named: "Gingal
# village in Uri", "Sedriki, a village about 12 km north of Kharkiv".
TOWN_GAP = 8


def _town_beside(doc: PlacesView, m: Match, parent: Match, entry: Entry | None, lead: int) -> Entry | None:
    """The town whose point the name may borrow: a town (not an area, whose middle may lie far
    away) named right after the name and its kind, "in" or "near" it or "north of" it."""
    if entry is None or entry.kind != "city" or entry.lat is None or parent.region is not None:
        return None
    after = doc.lower[parent.end] if parent.end < len(doc) else ""
    if (after in _AREA_WORDS or after in _AREA_LISTS or after == "territory") and after not in _SEATED_AREAS:
        return None  # "in Rutshuru territory", "in Idlib province": an area too wide for its seat's point
    if lead - m.end > TOWN_GAP or not _beside(doc, lead) or _new_clause(doc, m.end, lead):  # not "the": an area
        return None
    return entry._replace(name=fold(parent.text))  # named as the report writes it ("Raqqa")


def _new_clause(doc: PlacesView, start: int, end: int) -> bool:
    """Whether a comma between a name and a town opens another clause rather than the name's
    apposition: "in Puncak, police in Jayapura said" names where the police are; "Sedriki, a
    village about 12 km north of Kharkiv" and "Koualou, 15 km from Tanguieta" say where it lies."""
    for k in range(start, end):
        if doc.lower[k] == "," and k + 1 < end:
            nxt = k + 1
            if not (doc.lower[nxt] in _ARTICLES | {"the"} or doc.lower[nxt] in _KINDS
                    or doc[nxt].like_num or doc.lower[nxt] in _APPOSITION_NEXT):
                return True
    return False


def _lead_country(accepted: list[Match]) -> str | None:
    """The country of the report's first place that is not a country: where the story is."""
    first = min((m for m in accepted if m.chosen is not None and m.chosen.entry.kind != "country"
                 and m.chosen.entry.country), key=lambda m: m.start, default=None)
    return first.chosen.entry.country if first is not None and first.chosen is not None else None


# The report's own country, when its focus holds several: the one that holds at least this
# many of its places' names and more than twice as many as any other.
MIN_HOME_NAMES = 3


def _sole_country(accepted: list[Match], focus: set[str]) -> str | None:
    """The report's one country: its focus when that is one country, else the country that
    holds most of its resolved places by far (a story from Moreh naming Tamu across the
    border is still a story from India)."""
    if len(focus) == 1:
        return next(iter(focus))
    names: dict[str, set[str]] = {}
    for m in accepted:
        if m.chosen is not None and m.chosen.entry.country and m.chosen.entry.kind != "country":
            names.setdefault(m.chosen.entry.country, set()).add(compact(m.text))
    ranked = sorted(((len(v), cc) for cc, v in names.items()), reverse=True)
    if not ranked or (focus and ranked[0][1] not in focus):
        return None
    if len(ranked) == 1 or (ranked[0][0] >= MIN_HOME_NAMES and ranked[0][0] > 2 * ranked[1][0]):
        return ranked[0][1]
    return None
