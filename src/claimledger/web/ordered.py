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

from sqlalchemy import BindParameter, Join, bindparam, literal_column, select, tuple_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import replacement_traverse

from claimledger.ledger import queries, schema
from claimledger.ledger.queries import Filters, Row
from claimledger.web import driver

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


# Building a view's statement costs 3-5 ms of CPU, more than running it. Statements are kept per
# filters, and every month, place or speaker asked for made a new one: the dates and the free
# texts are bound instead, leaving one statement per kind of filtering. A free text is put in the
# view as a placeholder, whose bound pattern is then swapped for a named parameter; its value is
# the pattern the view makes of the text asked for (queries.contains).
TEXTS = ("speaker", "place", "contains")
PLACEHOLDER = "\x01{}\x01"  # no capital, no LIKE wildcard or escape: the view's pattern keeps it whole


def split(filters: Filters) -> tuple[Filters, dict[str, str]]:
    """The filters' shape (dates and free texts as placeholders) and their bound values."""
    asked = {name: getattr(filters, name) for name in (*TEXTS, "since", "until") if getattr(filters, name)}
    if not asked:
        return filters, {}
    params = {name: value for name, value in asked.items() if name in ("since", "until")}
    params.update({f"text_{name}": _pattern(value) for name, value in asked.items() if name in TEXTS})
    return replace(filters, **{name: PLACEHOLDER.format(name) for name in asked}), params


def _pattern(text: str) -> str:
    return queries.contains(literal_column("x"), text).right.value


@lru_cache(maxsize=256)
def bound_view(view: str, shape: Filters) -> Any:
    """The view's SELECT for filters shaped by ``split``: dates compared to ``:since`` / ``:until``
    (as ``queries.common_filters`` compares them), free texts matched to ``:text_<name>``."""
    query = queries.VIEWS[view](replace(shape, since=None, until=None))
    named = {_pattern(PLACEHOLDER.format(name)): f"text_{name}" for name in TEXTS
             if getattr(shape, name) == PLACEHOLDER.format(name)}
    if named:
        swapped: set[str] = set()

        def swap(element: Any) -> Any:
            if isinstance(element, BindParameter) and isinstance(element.value, str) and element.value in named:
                swapped.add(named[element.value])
                return bindparam(named[element.value], type_=element.type)
            return None

        query = replacement_traverse(query, {}, swap)
        if swapped != set(named.values()):
            raise RuntimeError(f"the {view} view no longer matches its free texts as queries.contains does")
    if shape.since:
        query = query.where(d.c.published >= bindparam("since"))
    if shape.until:
        query = query.where(d.c.published <= bindparam("until"))
    return query


def _without_lower(query: Any) -> Any:
    """``query`` with ``lower(x) LIKE :pattern`` read as ``x LIKE :pattern`` (SQLite only).

    A free text matches ``lower(x) LIKE`` the lowercased text (queries.contains, for PostgreSQL,
    whose LIKE tells case). SQLite's LIKE already ignores case, and for the same letters its
    lower() folds: those of ASCII (https://sqlite.org/lang_corefunc.html#lower, and #like):
    the same rows, without a lowered copy of every name a walk reads (a third of a rare
    speaker's page)."""
    def plain(element: Any) -> Any:
        if isinstance(element, BinaryExpression) and element.operator in (operators.like_op, operators.not_like_op):
            left = element.left
            if isinstance(left, FunctionElement) and left.name == "lower" and len(left.clauses) == 1:
                return BinaryExpression(left.clauses.clauses[0], element.right, element.operator,
                                        type_=element.type, modifiers=element.modifiers)
        return None

    return replacement_traverse(query, {}, plain)


@lru_cache(maxsize=256)
def _statement(view: str, shape: Filters, dated: bool, after: bool, keys: tuple) -> Any:
    """The items of the reports after a report, dated ones (by date and id) or undated ones (by
    id), in the views' order, at most ``:wanted`` (built once per shape; the report, the filters'
    values and the count are bound)."""
    position, item = keys
    query = _without_lower(from_reports(bound_view(view, shape)))
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
    shape, values = split(filters)
    found: list[Row] = []
    dated = after is None or after[0] is not None
    if dated:
        params = {"wanted": wanted, **values, **({"published": after[0], "id": after[1]} if after else {})}
        found += driver.dicts(connection, _statement(view, shape, True, after is not None, keys), params)
        if len(found) >= wanted or filters.since or filters.until:  # an undated report is in no range of dates
            return found
        after = None  # the undated reports come last, from the first
    params = {"wanted": wanted - len(found), **values, **({"id": after[1]} if after else {})}
    found += driver.dicts(connection, _statement(view, shape, False, after is not None, keys), params)
    return found


def dicts(result: Any) -> list[Row]:
    """The rows as dicts, fetched at once (``dict(row)`` of each mapping, fetched one by one, cost a
    third of a page of 100 claims)."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]
