"""SQLite: a view's items after a report, read by one query that walks the reports in date order.

The pager (``paging``) reads a view a batch of reports at a time: their ids are sent
as an ``IN (…)`` list, every item of the batch is joined and sorted, and batches grow
until the page is full. On SQLite most of a page's CPU went to that machinery (rendering
hundreds of bound ids, joining and sorting items the page then dropped: 4 ms for a page
of 100 claims by side, of which 1.6 ms in SQLite). This module asks SQLite for the page
in one statement instead, the reports as the outer loop: ``documents`` walked through
its ``(published, id)`` index from the cursor's report, each report's items found
through their indexes, sorted only within the report, and the walk stops when the page
is full (0.8 ms for the same page).

SQLite's planner, without statistics, would rather start from the items (a side's claims
through their index) and sort all of them (0.4 s); ``CROSS JOIN`` is how SQLite is told
to keep the order of the joins as written (https://sqlite.org/optoverview.html#crossjoin),
so the inner joins are rendered as such (``_Ahead``). PostgreSQL keeps the batches, which
its planner handles well (and which its statistics would plan differently anyway).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Join, bindparam, select, tuple_
from sqlalchemy.ext.compiler import compiles

from claimledger.ledger import queries, schema
from claimledger.ledger.queries import Filters, Row

d = schema.documents


class _Ahead(Join):
    """An inner join whose left side SQLite must read first (rendered ``CROSS JOIN … ON``)."""

    inherit_cache = True


@compiles(_Ahead, "sqlite")
def _cross_join(join: _Ahead, compiler: Any, asfrom: bool = False, from_linter: Any = None, **kw: Any) -> str:
    if from_linter:  # the joined tables are connected (no "cartesian product" warning)
        from_linter.edges.update((left, right) for left in join.left._from_objects
                                 for right in join.right._from_objects)
    left = join.left._compiler_dispatch(compiler, asfrom=True, from_linter=from_linter, **kw)
    right = join.right._compiler_dispatch(compiler, asfrom=True, from_linter=from_linter, **kw)
    onclause = join.onclause._compiler_dispatch(compiler, from_linter=from_linter, **kw)
    return f"{left} CROSS JOIN {right} ON {onclause}"


def reports_first(view: str, filters: Filters) -> Any:
    """The view's SELECT with its joins reordered: the reports, then the view's items, then
    what the items join (the analysis scope), then its outer joins (a figure's claim and place)."""
    return from_reports(queries.VIEWS[view](filters))


def from_reports(query: Any) -> Any:
    """``query`` (its columns and conditions; not its order) reading ``documents`` first: its
    table joined to ``documents``, then its other inner joins, then its outer joins."""
    (joined,) = query.get_final_froms()
    steps = []
    while isinstance(joined, Join):
        steps.append(joined)
        joined = joined.left
    steps.reverse()
    items = joined  # the query's own table: claims, figures, events, places or links
    to_reports = next(step for step in steps if step.right is d)
    source: Any = _Ahead(d, items, to_reports.onclause)
    for step in steps:
        if step is not to_reports and not step.isouter:
            source = _Ahead(source, step.right, step.onclause)
    for step in steps:
        if step.isouter:
            source = source.outerjoin(step.right, step.onclause)
    ordered = select(*query.selected_columns).select_from(source)
    return ordered if query.whereclause is None else ordered.where(query.whereclause)


def without_dates(filters: Filters) -> tuple[Filters, dict[str, str]]:
    """The filters but their dates, and the dates as bound values (``since``, ``until``).

    Building a view's statement costs 3-5 ms of CPU, more than running it; statements are
    kept per filters, and every month asked for made a new one. Bound, the dates leave one
    statement per kind of filtering (the same comparisons as ``queries.common_filters``)."""
    dates = {name: value for name, value in (("since", filters.since), ("until", filters.until)) if value}
    return (replace(filters, since=None, until=None) if dates else filters), dates


def with_dates(query: Any, since: bool, until: bool) -> Any:
    """``query`` narrowed to the bound dates ``:since`` / ``:until``, as ``without_dates`` took them."""
    if since:
        query = query.where(d.c.published >= bindparam("since"))
    if until:
        query = query.where(d.c.published <= bindparam("until"))
    return query


@lru_cache(maxsize=256)
def _statement(view: str, filters: Filters, dated: bool, after: bool, keys: tuple, since: bool, until: bool) -> Any:
    """The items of the reports after a report, dated ones (by date and id) or undated ones (by
    id), in the views' order, at most ``:wanted`` (built once per shape; the report, the dates
    and the count are bound)."""
    position, item = keys
    query = with_dates(reports_first(view, filters), since, until)
    if dated:
        query = query.where(d.c.published.is_not(None))
        if after:
            query = query.where(tuple_(d.c.published, d.c.id) > tuple_(bindparam("published"), bindparam("id")))
        query = query.order_by(d.c.published, d.c.id, position, item)
    else:
        query = query.where(d.c.published.is_(None))
        if after:
            query = query.where(d.c.id > bindparam("id"))
        query = query.order_by(d.c.id, position, item)
    return query.limit(bindparam("wanted"))


def after_report(connection: Any, view: str, filters: Filters, wanted: int, after: tuple[str | None, str] | None,
                 keys: tuple) -> list[Row]:
    """Up to ``wanted`` items of the reports after ``after`` (published, id) in the views' order:
    dated reports first, then undated ones. ``keys``: the view's position and item id columns."""
    filters, dates = without_dates(filters)
    shape = (keys, "since" in dates, "until" in dates)
    found: list[Row] = []
    dated = after is None or after[0] is not None
    if dated:
        statement = _statement(view, filters, True, after is not None, *shape)
        params = {"wanted": wanted, **dates, **({"published": after[0], "id": after[1]} if after else {})}
        found += _dicts(connection.execute(statement, params))
        if len(found) >= wanted or dates:  # an undated report is in no range of dates
            return found
        after = None  # the undated reports come last, from the first
    statement = _statement(view, filters, False, after is not None, *shape)
    params = {"wanted": wanted - len(found), **dates, **({"id": after[1]} if after else {})}
    found += _dicts(connection.execute(statement, params))
    return found


def _dicts(result: Any) -> list[Row]:
    """The rows as dicts, fetched at once (``dict(row)`` of each mapping, fetched one by one, cost a
    third of a page of 100 claims)."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]
