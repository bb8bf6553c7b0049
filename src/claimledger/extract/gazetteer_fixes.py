"""Corrections to the installed sources the gazetteer is built from: entries they put far from
the place they name (data/misplaced.tsv), dropped when the gazetteer is built, so the right
point (another entry's: an alternate name of a GeoNames city, a conflict_places row) answers."""

from __future__ import annotations

from functools import lru_cache

from claimledger.data import read_table
from claimledger.extract.gazetteer_keys import compact

# How close a source's point must be to a point of misplaced.tsv to be that misplaced entry.
MISPLACED_DEGREES = 0.05


@lru_cache(maxsize=1)
def _misplaced_points() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """Entries the installed sources put far from the place (data/misplaced.tsv): (compact name,
    country) -> their wrong points."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for name, cc, lat, lon, _why in read_table("misplaced.tsv"):
        points.setdefault((compact(name), cc), []).append((float(lat), float(lon)))
    return points


def misplaced(name: str, cc: str, lat: float | str, lon: float | str) -> bool:
    """Whether a source's entry is one misplaced.tsv lists: the right point is another entry's."""
    wrong = _misplaced_points().get((compact(name), cc))
    return bool(wrong) and any(abs(float(lat) - a) < MISPLACED_DEGREES and abs(float(lon) - b) < MISPLACED_DEGREES
                               for a, b in wrong)


@lru_cache(maxsize=1)
def misplaced_names() -> tuple[str, ...]:
    """The names misplaced.tsv lists, as written, for a cheap first look at a source's row."""
    return tuple(row[0] for row in read_table("misplaced.tsv"))
