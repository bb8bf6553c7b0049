"""Cursor pagination for the API: opaque cursors over a stable order.

The ledger's item views (documents, claims, figures, events, places) are ordered by
publication date (undated last), document and position in the text; an item's own id
breaks the last ties. A page ends with the key of its last row, encoded as an opaque
cursor; the next page is the rows strictly after that key (keyset pagination: the
same cost on page 1,000 as on page 1, and no row is skipped or repeated when reports
are added meanwhile). Lists the link stage builds in Python (stories, links, search
hits) are short and come back whole from the library; their cursor holds an offset.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, or_, select, tuple_

from claimledger.ledger import queries, schema
from claimledger.ledger.queries import Filters, Row, add_said_by
from claimledger.web import driver, ordered

d = schema.documents


class BadCursor(ValueError):
    """A cursor this server did not make (or made for another list)."""


@dataclass(frozen=True)
class Keyset:
    """How a view's rows are keyed: the columns after the date, and the row fields holding them."""

    columns: tuple[ColumnElement, ...]
    fields: tuple[str, ...]


KEYS: dict[str, Keyset] = {
    "documents": Keyset((d.c.id,), ("document_id",)),
    "claims": Keyset((schema.claims.c.document_id, schema.claims.c.span_start, schema.claims.c.id),
                     ("document_id", "span_start", "claim")),
    "figures": Keyset((schema.figures.c.document_id, schema.figures.c.span_start, schema.figures.c.id),
                      ("document_id", "span_start", "figure")),
    "events": Keyset((schema.events.c.document_id, schema.events.c.span_start, schema.events.c.id),
                     ("document_id", "span_start", "event")),
    "places": Keyset((schema.places.c.document_id, schema.places.c.first_start, schema.places.c.id),
                     ("document_id", "first_start", "place_id")),
}


def encode(kind: str, key: Sequence[Any]) -> str:
    raw = json.dumps([kind, *key], separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(kind: str, cursor: str, length: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise BadCursor("not a cursor this server gave: pass the 'next' value of the previous page") from None
    if not isinstance(found, list) or len(found) != length + 1 or found[0] != kind:
        raise BadCursor(f"not a cursor of {kind}: pass the 'next' value of the previous page")
    if not all(v is None or isinstance(v, str | int) for v in found[1:]):
        raise BadCursor("not a cursor this server gave: pass the 'next' value of the previous page")
    return found[1:]


def _after(keyset: Keyset, key: list[Any]) -> ColumnElement[bool]:
    """Rows strictly after ``key`` = (published, *keyset) in the order the views use
    (published ascending with undated rows last, then the key columns ascending)."""
    published, rest = key[0], key[1:]
    tail = tuple_(*keyset.columns) > tuple_(*rest)
    if published is None:
        return and_(d.c.published.is_(None), tail)
    return or_(d.c.published > published, d.c.published.is_(None), and_(d.c.published == published, tail))


def page(connection: Any, view: str, filters: Filters, limit: int, cursor: str | None) -> tuple[list[Row], str | None]:
    """One page of a view's rows, and the cursor of the next page (None on the last)."""
    keyset = KEYS[view]
    key = decode(view, cursor, 1 + len(keyset.columns)) if cursor else None
    if view == "documents":
        rows = _documents(connection, filters, limit + 1, key)
    elif BY_DOCUMENTS:
        rows = _by_documents(connection, view, filters, limit + 1, key)
    else:
        query = queries.VIEWS[view](filters)
        if key:
            query = query.where(_after(keyset, key))
        query = query.order_by(*keyset.columns[-1:]).limit(limit + 1)  # the id breaks the view's last ties
        rows = [dict(row) for row in connection.execute(query).mappings()]
    more = len(rows) > limit
    rows = rows[:limit]
    if view == "events" and rows:
        add_speakers(connection, rows)  # who says each event happened, as the CLI lists it
    next_cursor = None
    if more:
        last = rows[-1]
        next_cursor = encode(view, [last["published"], *(last[f] for f in keyset.fields)])
    return rows, next_cursor


def _documents(connection: Any, filters: Filters, wanted: int, key: list[Any] | None) -> list[Row]:
    """Up to ``wanted`` reports after ``key`` (published, id) in the views' order: the dated ones
    walked through their (published, id) index from the key, then the undated ones by id."""
    shape, values = ordered.split(filters)
    found: list[Row] = []
    dated = key is None or key[0] is not None
    if dated:
        params = {"wanted": wanted, **values, **({"published": key[0], "id": key[1]} if key else {})}
        found += driver.dicts(connection, _documents_statement(True, key is not None, shape), params)
        if len(found) >= wanted or filters.since or filters.until:  # an undated report is in no range of dates
            return found
        key = None  # the undated reports come last, from the first
    params = {"wanted": wanted - len(found), **values, **({"id": key[1]} if key else {})}
    return found + driver.dicts(connection, _documents_statement(False, key is not None, shape), params)


@lru_cache(maxsize=64)
def _documents_statement(dated: bool, after: bool, shape: Filters) -> Any:
    """The documents view's page statement, built once per shape of filters (ordered.split: the dates,
    the report after which the page starts and its size are bound). Building the view and a cursor's
    OR of conditions per request cost more CPU than the page; the OR also read the index from its
    start, where a row comparison starts at the cursor."""
    view = queries.documents_view(replace(shape, since=None, until=None))
    # the list shows no text: reading 50 reports' texts cost more than the rest
    query = view.with_only_columns(*(c for c in view.selected_columns if c.name != "text")).order_by(None)
    if shape.since:
        query = query.where(d.c.published >= bindparam("since"))
    if shape.until:
        query = query.where(d.c.published <= bindparam("until"))
    if dated:
        query = query.where(d.c.published.is_not(None))
        if after:
            query = query.where(tuple_(d.c.published, d.c.id) > tuple_(bindparam("published"), bindparam("id")))
        query = query.order_by(d.c.published, d.c.id)
    else:
        query = query.where(d.c.published.is_(None))
        if after:
            query = query.where(d.c.id > bindparam("id"))
        query = query.order_by(d.c.id)
    return query.limit(bindparam("wanted"))


# Who says each event of a page happened: the speakers of the claims bound to the page's events, in the
# order queries._add_speakers reads them for the CLI. The (analysis, event) pairs keep out the claims of
# the reports' other events (a page of 80 events of a rare type read 409 claims for the 16 it needed:
# 1.3 ms); the analyses let the index find them. The SQL is written out for the driver: SQLAlchemy's
# expanding parameters cost 0.7 ms a page to render, three times the query's own time.
_SPEAKERS = ("SELECT ec.analysis_id, ec.event_id, cl.speaker FROM event_claims AS ec "
             "JOIN claims AS cl ON cl.analysis_id = ec.analysis_id AND cl.id = ec.claim_id "
             "WHERE ec.analysis_id IN ({analyses}) AND (ec.analysis_id, ec.event_id) IN (VALUES {pairs}) "
             "ORDER BY ec.analysis_id, ec.event_id, cl.span_start")


def add_speakers(connection: Any, rows: list[Row]) -> None:
    """Each event row's ``said_by``, as ``queries._add_speakers`` gives it (its ``analysis_id`` dropped)."""
    pairs = sorted({(row["analysis_id"], row["event"]) for row in rows})
    analyses = sorted({a for a, _ in pairs})
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = _SPEAKERS.format(analyses=", ".join([mark] * len(analyses)),
                           pairs=", ".join([f"({mark}, {mark})"] * len(pairs)))
    found = driver.run(connection, sql, (*analyses, *(v for pair in pairs for v in pair)))
    add_said_by(rows, found)


# Reading a view a few documents at a time pays only when the view's analysis scope can be
# read for those documents alone (a correlated newest-version lookup); the GROUP BY scope is
# built whole for every query, and one query over the whole view is then the cheaper way.
# See /work/notes/web-scale.md: with a correlated scope a page costs tens of ms at 100k reports.
BY_DOCUMENTS = "GROUP BY" not in str(queries.analysis_scope(Filters()).select())
# A report holds ~4-6 items of each view, so 16 reports usually fill a page of 50: the first
# batch is small (a batch's every item is read and sorted, 200 reports cost 4 ms of CPU, 16
# cost 1). Later batches are sized from the items per report the earlier ones yielded (a
# filter may keep one item in a hundred reports), growing at least GROWTH times when none did.
FIRST_BATCH = 16
GROWTH = 4
LARGEST_BATCH = 20_000
MARGIN = 1.5  # a batch asks for this many times the reports the yield so far says are needed
BATCH = bindparam("batch", expanding=True)  # the batch's ids: one cached statement for every batch
ORDERED_ON_SQLITE = True  # False: batches on SQLite too (the tests compare both ways)


@lru_cache(maxsize=256)
def _batch_query(view: str, shape: Filters) -> Any:
    """The view's items of one batch of documents, at most ``:wanted`` of them, built once per
    view and kind of filtering (ordered.split: building a view costs 1-5 ms of CPU; the batch,
    the filters' values and the count are bound at execution)."""
    column = KEYS[view].columns
    # the documents named too: PostgreSQL's planner otherwise walks every document in date
    # order against each of the batch's items (0.7 s a page at 5k reports)
    return (ordered.bound_view(view, shape).where(column[0].in_(BATCH), d.c.id.in_(BATCH))
            .order_by(column[-1]).limit(bindparam("wanted")))


@lru_cache(maxsize=256)
def _rest_query(view: str, shape: Filters) -> Any:
    """The view's items of one document after a position in it (a cursor's document), built once
    per kind of filtering (ordered.split)."""
    document, position, item = KEYS[view].columns
    return (ordered.bound_view(view, shape).where(document == bindparam("document"))
            .where(tuple_(position, item) > tuple_(bindparam("position"), bindparam("item")))
            .order_by(item).limit(bindparam("wanted")))


def _by_documents(connection: Any, view: str, filters: Filters, wanted: int, key: list[Any] | None) -> list[Row]:
    """Up to ``wanted`` rows after ``key``: the rest of the key's document, then the documents
    after it in the views' order, a batch of documents at a time."""
    found: list[Row] = []
    shape, values = ordered.split(filters)
    if key:
        statement = _rest_query(view, shape)
        rest = {"document": key[1], "position": key[2], "item": key[3], "wanted": wanted, **values}
        found += [dict(r) for r in connection.execute(statement, rest).mappings()]
    if len(found) >= wanted:
        return found
    after = (key[0], key[1]) if key else None
    # one statement walking the reports in order (web/ordered.py), unless a report is named: its
    # batch is found through the id index, which the walk by date would reach only at its date
    if ORDERED_ON_SQLITE and connection.dialect.name == "sqlite" and not filters.document:
        return found + ordered.after_report(connection, view, filters, wanted - len(found), after,
                                            KEYS[view].columns[1:])
    statement = _batch_query(view, shape)
    documents = yielded = 0  # read in batches so far, and the items they held
    batches = _document_batches(connection, filters, after)
    batch = next(batches, None)
    while batch is not None:
        rows = [dict(r) for r in connection.execute(statement, {"batch": batch, "wanted": wanted - len(found),
                                                                **values}).mappings()]
        found += rows
        if len(found) >= wanted:
            break
        documents, yielded = documents + len(batch), yielded + len(rows)
        try:
            batch = batches.send(_next_size(len(batch), documents, yielded, wanted - len(found)))
        except StopIteration:
            break
    return found


def _next_size(size: int, documents: int, found: int, missing: int) -> int:
    """How many documents the next batch reads: enough for the ``missing`` items at the yield
    of the ``documents`` read so far (with a margin), GROWTH times more when none yielded."""
    if found == 0:
        return min(size * GROWTH, LARGEST_BATCH)
    return max(1, min(math.ceil(missing * documents / found * MARGIN), LARGEST_BATCH))


def _document_batches(connection: Any, filters: Filters, after: tuple[str | None, str] | None) -> Any:
    """Document ids in the views' order (dated by date and id, then undated by id), after
    ``after``, in batches: each an index range of ix_documents_published. The first holds
    FIRST_BATCH ids; the size of each next one is sent in (``send``; ``next`` keeps the size)."""
    dated = after is None or after[0] is not None
    last = after
    size = FIRST_BATCH
    while True:
        query = _batch_of_documents(dated, last is not None, filters)
        asked = size
        rows = connection.execute(query, {"published": last[0] if last else None, "id": last[1] if last else None,
                                          "size": asked}).all()
        if rows:
            size = (yield [row.id for row in rows]) or size
            last = (rows[-1].published, rows[-1].id)
        if len(rows) < asked:
            if not dated:
                return
            dated, last = False, None  # the undated documents come last, from the first


@lru_cache(maxsize=256)
def _batch_of_documents(dated: bool, after: bool, filters: Filters) -> Any:
    """The statement of one batch of document ids (built once per shape and filters; the last
    document seen and the size are bound at execution)."""
    if dated:
        query = select(d.c.id, d.c.published).where(d.c.published.is_not(None))
        if after:
            query = query.where(tuple_(d.c.published, d.c.id) > tuple_(bindparam("published"), bindparam("id")))
        query = query.order_by(d.c.published, d.c.id)
    else:
        query = select(d.c.id, d.c.published).where(d.c.published.is_(None))
        if after:
            query = query.where(d.c.id > bindparam("id"))
        query = query.order_by(d.c.id)
    if filters.since:
        query = query.where(d.c.published >= filters.since)
    if filters.until:
        query = query.where(d.c.published <= filters.until)
    if filters.document:
        query = query.where(queries.document_id_match(filters.document))
    return query.limit(bindparam("size"))


def offset_page(kind: str, items: list[Any], start: int, limit: int) -> tuple[list[Any], str | None]:
    """A page of a list fetched whole (``items`` holds at least start + limit + 1 when there is more)."""
    chunk = items[start:start + limit]
    return chunk, encode(kind, [start + limit]) if len(items) > start + limit else None


def offset_of(kind: str, cursor: str | None) -> int:
    if not cursor:
        return 0
    (start,) = decode(kind, cursor, 1)
    if not isinstance(start, int) or start < 0:
        raise BadCursor(f"not a cursor of {kind}: pass the 'next' value of the previous page")
    return start
