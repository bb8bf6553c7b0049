"""Figure series: every statement of one count across reports, reconciled.

Figures are read as statements and keyed (quantity, side counted, theatre, period, who) in
:mod:`claimledger.link.series_statements`; the shapes are in
:mod:`claimledger.link.series_model`. Here they are reconciled per key.

**Reconciliation** (low / best / high per key):

1. Copies count once: one family's statement of one value carried by several reports
   of one origin is one statement (the earliest of them).
2. Each family counts with its latest statement (the latest date; undated statements
   only for a family with no dated one; on one date a number before a bound before a
   vague amount, then the higher).
3. A number counts with its value; a range with its ends and its midpoint; "at least
   N", "more than N", "up to N", "nearly N" with N. Vague amounts are coded as ACLED
   codes them ("dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000) and are
   LOWER BOUNDS only: they set ``floor``, never ``best`` or ``high``.
4. ``best`` = the median of the families' latest values (UCDP GED's "most likely"), the
   lower middle value when their number is even: a value someone stated, and the
   conservative one of the two (ACLED). A family's value that a later toll update has
   risen past (another family's later count told as risen, "has risen to 49", or said in a
   report that tells a toll as risen, at or above what it allows) no longer votes for
   ``best``: the count grew since. It still counts for ``low``. Families, not reports, vote: one UN figure
   relayed by three independent outlets is one voice; ``origins`` counts the
   independent origins behind the series.
5. ``low`` = the lowest of those values and range lows: UCDP's lowest reliable estimate
   and ACLED's most conservative one. ``high`` = the highest of those values and range
   highs ("at least N" does not raise ``high`` above N).
6. When only vague amounts are stated: ``low`` = ``floor`` (the highest vague amount),
   no ``best``, no ``high``.

``history`` repeats the reconciliation at every date, with the statements known by then:
the band a chart draws over time. ``by_party`` splits the series by the speaker's side
(or, without one, by speaker), and ``silent`` names the sides present in the records
(a speaker, an event's actor or target, or a counted side anywhere in them) that state
nothing on this key.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from claimledger.link.report_view import Report, reports, side_name
from claimledger.link.series_model import UNSERIED, Estimate, FigureSeries, PartyView, SeriesKey, Statement
from claimledger.link.series_statements import statements_of


# ---------------------------------------------------------------- reconciliation
def _mark_changes(items: list[Statement]) -> None:
    """Copies of one origin, and each family's updates and revisions over time."""
    seen: dict[tuple[str, str, float], Statement] = {}
    last: dict[str, Statement] = {}
    for s in items:
        if s.uncounted:
            # shown, but no count of its own to update or repeat
            s.change = "increment" if s.increment else "earlier"
            continue
        same = seen.get((s.origin, s.family, s.value))
        if same is not None and same.document != s.document:
            s.copy_of = same.document
            continue
        seen[(s.origin, s.family, s.value)] = s
        before = last.get(s.family)
        if before is not None and s.date is not None and before.date is not None and before.date < s.date:
            s.change = "update" if s.value > before.value else "revision" if s.value < before.value else "repeat"
        last[s.family] = s


def _precision(s: Statement) -> int:
    return 0 if s.vague else 1 if s.bound else 2


def latest_by_family(items: Sequence[Statement]) -> list[Statement]:
    """Each family's latest statement (rule 2); copies left out."""
    best: dict[str, Statement] = {}
    for s in items:
        if s.copy_of is not None or s.uncounted:
            continue
        held = best.get(s.family)
        if held is None or _later(s, held):
            best[s.family] = s
    return list(best.values())


def _later(a: Statement, b: Statement) -> bool:
    if (a.date is None) != (b.date is None):
        return a.date is not None
    if a.date != b.date:
        return (a.date or "") > (b.date or "")
    return (_precision(a), a.value) > (_precision(b), b.value)


def reconcile(items: Sequence[Statement], date: str | None = None) -> Estimate:
    """Low / best / high over statements (rules 1 to 6 of the module docstring)."""
    latest = latest_by_family(items)
    numbers = [s for s in latest if not s.vague]
    floors = [s.value for s in latest if s.vague]
    floor = max(floors) if floors else None
    origins = len({s.origin for s in items})
    if not numbers:
        return Estimate(floor, None, None, floor, len(latest), origins, len(items), date)
    values = sorted(s.value for s in numbers if not superseded(s, numbers))
    lows = [s.low if s.low is not None else s.value for s in numbers]
    highs = [s.high if s.high is not None else s.value for s in numbers]
    return Estimate(min(lows), statistics.median_low(values), max(highs), floor, len(latest), origins,
                    len(items), date)


def told_as_rise_over(later: Statement, earlier: Statement) -> bool:
    """``later`` tells a toll update ("has risen to 49", or said in a report that does) on a
    later date and allows nothing below what ``earlier`` allows: the count grew between the
    two dates, whoever gave the earlier count."""
    if not (later.date and earlier.date) or later.date <= earlier.date:
        return False
    return (later.risen or later.in_update) and later.interval[0] >= earlier.interval[0]


def superseded(s: Statement, latest: Sequence[Statement]) -> bool:
    """A family's count a later toll update has risen past: it stays a low (the most
    conservative count given), but the best estimate is voted among the counts still current,
    so a toll that rose from 11 to 16 is best 16, not the median of 11 and 16."""
    return any(told_as_rise_over(t, s) for t in latest if t is not s)


def _history(items: list[Statement]) -> list[Estimate]:
    dates = sorted({s.date for s in items if s.date is not None})
    return [reconcile([s for s in items if s.date is not None and s.date <= d], d) for d in dates]


def _by_party(items: list[Statement]) -> list[PartyView]:
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in items:
        groups[s.party].append(s)
    views = []
    for party, group in groups.items():
        counts = [s for s in group if not s.uncounted] or group
        latest = max((s for s in counts if s.copy_of is None), key=_sort_latest, default=counts[-1])
        side = group[0].speaker_side if group[0].speaker_side == party else None
        label = side_name(side) if side else party
        lows = [s.low if s.low is not None else s.value for s in counts if not s.vague and not s.uncounted]
        highs = [s.high if s.high is not None else s.value for s in counts if not s.vague and not s.uncounted]
        views.append(PartyView(party, side, label, latest, len(group), min(lows, default=None),
                               max(highs, default=None)))
    return sorted(views, key=lambda v: v.label)


def _sort_latest(s: Statement) -> tuple:
    return (s.date is not None, s.date or "", _precision(s), s.value)


def _present_sides(views: Sequence[Report]) -> set[str]:
    """Sides the records give a part: speakers, actors and targets of events, counted sides."""
    sides = {(c.get("speaker") or {}).get("side") for r in views for c in r.claims.values()}
    sides |= {(e.get(role) or {}).get("side") for r in views for e in r.events.values() for role in ("actor", "target")}
    sides |= {f.get("side") for r in views for f in r.figures.values()}
    return {s for s in sides if s}


def _order(s: Statement) -> tuple:
    return (s.date is None, s.date or "", s.document != s.origin, s.document, s.figure)


def build_series(key: SeriesKey, items: list[Statement], present: set[str]) -> FigureSeries:
    items = sorted(items, key=_order)
    _mark_changes(items)
    estimate = reconcile(items, max((s.date for s in items if s.date), default=None))
    speaking = {s.speaker_side for s in items if s.speaker_side}
    silent = sorted((present | ({key.side} if key.side else set())) - speaking)
    places = list(dict.fromkeys(s.place for s in items if s.place))
    return FigureSeries(key, items, estimate, _history(items), _by_party(items), silent, places)


def figure_series(records: Sequence[dict], origins: Mapping[str, str]) -> list[FigureSeries]:
    """Every series in ``records``: the ones stated by most families first."""
    return series(records, origins)


def series(records: Sequence[dict], origins: Mapping[str, str], *, quantity: str | None = None,
           side: str | None = None, place: str | None = None, since: str | None = None,
           until: str | None = None, stories: Mapping[str, str] | None = None) -> list[FigureSeries]:
    """The series of ``records`` whose statements match the filters: ``quantity`` (as the
    record names it), ``side`` counted (ISO code, any case), ``place`` (a place id or
    name of the figure, or the name or country of the report's theatre; case-insensitive
    part of a name), ``since``/``until`` (ISO dates, inclusive; undated statements kept).
    ``stories`` (document id -> story), for records of several stories: each story's own
    toll (period ``total``) is a series of its own; a war's and a day's counts stay one."""
    views = reports(records, origins)
    by_id = {r.id: r for r in views}

    def wanted(s: Statement) -> bool:
        if quantity and s.key.quantity != quantity.lower():
            return False
        if not quantity and s.key.quantity in UNSERIED:
            return False
        if side and (s.key.side or "").upper() != side.upper():
            return False
        if place and not _place_matches(place, s, by_id[s.document]):
            return False
        return s.date is None or not ((since and s.date < since) or (until and s.date > until))

    return _ranked(views, wanted, stories)


def every_series(records: Sequence[dict], origins: Mapping[str, str]) -> list[FigureSeries]:
    """Every series of ``records``, of every quantity (``UNSERIED`` ones too), ranked as ``series``
    ranks them: ``series(records, origins, quantity=q)`` is this list's series of ``q``, and
    ``series(records, origins)`` its series of the other quantities (a series' statements and
    its silent sides do not depend on which other series are asked for)."""
    return _ranked(reports(records, origins), lambda s: True)


def _ranked(views: Sequence[Report], wanted: Callable[[Statement], bool],
            stories: Mapping[str, str] | None = None) -> list[FigureSeries]:
    groups: dict[SeriesKey, list[Statement]] = defaultdict(list)
    for s in statements_of(views):
        if stories and s.key.period == "total" and stories.get(s.document):
            s.key = replace(s.key, story=stories[s.document])
        if wanted(s):
            groups[s.key].append(s)
    present = _present_sides(views)
    out = [build_series(key, items, present) for key, items in groups.items()]
    # stable: series tied on this rank keep the order their first statement came in, whichever were asked for
    out.sort(key=lambda x: (-x.estimate.families, -len(x.statements), x.key.quantity, x.key.side or ""))
    return out


def _place_matches(wanted: str, s: Statement, report: Report) -> bool:
    w = wanted.strip().lower()
    figure = report.figures.get(s.figure) or {}
    names = [report.place_name(figure.get("place")), s.place, report.theatre_place,
             side_name(s.key.theatre) if s.key.theatre else None]
    if w == (figure.get("place") or "").lower() or w == (s.key.theatre or "").lower():
        return True
    return any(n and w in n.lower() for n in names)
