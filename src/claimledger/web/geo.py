"""Places and events with coordinates, as one GeoJSON FeatureCollection for the map.

A place named by many reports is one point (by name and coordinates) with how many
reports name it; an event is a point at its place with its type.

A map is read a page of reports at a time: the newest ``MAP_REPORTS`` reports of the
date range, found through the documents' date index, and ``next``, a cursor to the
older ones (null on the last page): its cost is then bounded whatever the range (the
whole ledger's places are hundreds of thousands of rows). The map page follows the
cursor until it shows ``PAGE_SHOWS`` reports, merging the points of the pages.

The collection is compact: the page's reports are listed once, newest first, in
``documents`` (id, date, title), and features name a report by its position there (a
place lists its newest reports, an event its report): ids and dates repeated per feature
were three fifths of a month's map. ``reports`` says how many reports the page read and
``truncated`` whether the range holds more.

Each report's places and events are read from the map rows the link stage stored for its
newest analysis (migration 0014, format 4 since migration 0016,
``link.stored_views.fill_map_rows``): one row a report, its events already written as
JSON but for their report's position, its places as the point each falls in and its
feature written but for the page's numbers, so that a month's map is mostly the rows read
and their bytes joined. When a shown report's newest analysis has none (analysed since the
last link run), the page is read from the places and events tables.

On SQLite those rows are read as one row (``_PACKED``). Python 3.11's sqlite3 lets go of
the GIL around every step and every column of every row it fetches: 101 rows of 6 columns
let go of it ~850 times a map (counted with a uprobe on ``PyEval_SaveThread``). Alone in its
process that costs nothing; with the process's other threads waiting for the GIL (16
clients, 4 threads a worker) each let-go wakes a waiting thread, on the other CPU when it
is free, only for it to find the GIL taken again. Read as one row, the map lets go of it a
few times, and SQLite does all its work on the rows without the GIL.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import Connection, and_, bindparam, desc, select

from claimledger.ledger import schema
from claimledger.ledger.queries import Filters, document_id_match
from claimledger.link import stored_views
from claimledger.link.detail import Remembered
from claimledger.web import driver, paging

MAP_REPORTS = 100  # reports of a page of the map: ~550 place and ~280 event rows, ~0.1 MB of JSON
PAGE_SHOWS = 200  # reports the map page shows (it follows the cursor until it has them)
REPORTS_LISTED = 5  # reports named in a place's popup

d, p, e, newest, stored = schema.documents, schema.places, schema.events, schema.newest_analyses, schema.map_rows
at = p.alias("at")  # an event's place


# A map is the same for every visitor of the same range while its reports and their newest
# analyses stay (documents and analyses never change once stored): the encoded answer is kept
# with those inputs and served again while they are unchanged (see link.detail.Remembered).
_maps = Remembered(32)


def encoded(connection: Connection, filters: Filters, limit: int, start: int = 0) -> bytes:
    """The map data of the page of reports from ``start`` (newest first) as JSON bytes, computed once per
    range and inputs."""
    reports, kept = _reports(connection, filters, start)
    # documents and analyses never change once stored: the shown reports' ids and newest analyses (and
    # whether their rows are stored) are the map's inputs
    inputs = repr(([row[0] for row in reports], [(row[0], row[1], row[2] is None) for row in kept]))
    key = (filters.since, filters.until, filters.document, limit, start, MAP_REPORTS)
    found = _maps.get(connection, key, inputs)
    if isinstance(found, bytes):
        return found
    body = orjson.dumps(_collection(connection, filters, reports, limit, kept, start))  # json.dumps: a third of the CPU
    _maps.put(connection, key, inputs, body)
    return body


def features(connection: Connection, filters: Filters, limit: int, *, stored_rows: bool = True,
             start: int = 0) -> dict[str, Any]:
    """At most ``limit`` places (the most reported first) and ``limit`` events (the newest report first) of the
    page of reports from ``start``; ``stored_rows=False``: from the places and events tables, whatever the link
    stage stored."""
    reports, kept = _reports(connection, filters, start)
    return _collection(connection, filters, reports, limit, kept if stored_rows else None, start)


def _reports(connection: Connection, filters: Filters, start: int) -> tuple[list[Any], list[Any]]:
    """The page's reports and one more (to tell there are more): id, published, title; and the shown ones'
    newest analyses with their stored map rows (one statement: the reports, then each one's analysis and
    rows by key)."""
    statement = _statement("reports", bool(filters.since), bool(filters.until), filters.document)
    params = _params(filters, start, MAP_REPORTS + 1)
    rows = _packed(connection, statement, params)
    if rows is None:
        rows = driver.rows(connection, statement, params)[1]
    return rows, [(row[0], row[3], row[4], row[5]) for row in rows[:MAP_REPORTS] if row[3] is not None]


# The reports' rows as one row: a JSON array of [id, published, title, analysis id, places] (the stored
# places are JSON already: written in as they are, parsed with the rest), and their events (JSON pieces cut
# by NULs) joined by a record separator, which JSON never holds unescaped. Both aggregates read the ordered,
# limited subquery once, in its order.
_PACKED = ("SELECT '[' || group_concat('[' || json_quote(id) || ',' || json_quote(published) || ',' "
           "|| json_quote(title) || ',' || coalesce(analysis_id, 'null') || ',' || coalesce(places, 'null') || ']', "
           "',') || ']', CAST(group_concat(coalesce(events, ''), char(30)) AS BLOB) FROM ({})")


def _packed(connection: Connection, statement: Any, params: dict[str, Any]) -> list[list[Any]] | None:
    """The reports' rows read as one (SQLite; see the module's docstring): id, published, title, analysis id,
    places parsed (a list) and events (bytes); None to read them row by row (PostgreSQL, a statement
    SQLAlchemy runs, a stored row that is not what the link stage writes)."""
    found = driver.sql_of(connection, statement, params)
    if found is None:
        return None
    try:
        listed, events = driver.run(connection, _PACKED.format(found[0]), found[1])[0]
        rows = orjson.loads(listed) if listed is not None else []
    except (sqlite3.Error, orjson.JSONDecodeError):
        return None
    cut = events.split(b"\x1e") if events is not None else []
    if len(cut) != len(rows) or any(len(row) != 5 for row in rows):  # not as the link stage writes them
        return None
    for row, joined in zip(rows, cut, strict=True):
        row.append(joined or None)
    return rows


# The rows of the shown reports are read through a subquery of those reports (the selection of
# _newest_reports), with the dates bound: sending the 200 ids as IN lists cost more CPU than
# reading the rows (600 parameters rendered a map), and a statement built per range was compiled
# again for each month.
_DATES = (("since", d.c.published >= bindparam("since")), ("until", d.c.published <= bindparam("until")))


@lru_cache(maxsize=64)
def _statement(kind: str, since: bool, until: bool, document: str | None) -> Any:
    """The statement reading ``kind`` (reports, places, events) of ``:shown`` reports of the range from the
    ``:start``-th newest (the offset walks the date index: ~0.1 ms per thousand reports skipped)."""
    shown = select(d.c.id).order_by(desc(d.c.published).nulls_last(), desc(d.c.id))
    for (_, condition), asked in zip(_DATES, (since, until), strict=True):
        if asked:
            shown = shown.where(condition)
    if document:
        shown = shown.where(document_id_match(document))
    shown = shown.limit(bindparam("shown")).offset(bindparam("start"))
    if kind == "reports":  # the reports, each with its newest analysis and its map rows (migration 0014) if any
        reports = (d.outerjoin(newest, newest.c.document_id == d.c.id)
                   .outerjoin(stored, stored.c.analysis_id == newest.c.analysis_id))
        return (shown.with_only_columns(d.c.id, d.c.published, d.c.title, newest.c.analysis_id, stored.c.places,
                                        stored.c.events).select_from(reports))
    if kind == "places":
        return (select(p.c.document_id, p.c.name, p.c.country, p.c.lat, p.c.lon, p.c.mentions)
                .join(newest, newest.c.analysis_id == p.c.analysis_id)
                .where(newest.c.document_id.in_(shown), p.c.lat.is_not(None), p.c.lon.is_not(None)))
    return (select(e.c.document_id, e.c.span_start, e.c.id, e.c.type, e.c.actor_side, e.c.text,
                   at.c.name, at.c.lat, at.c.lon)
            .join(newest, newest.c.analysis_id == e.c.analysis_id)
            .join(at, and_(at.c.analysis_id == e.c.analysis_id, at.c.id == e.c.place_id))
            .where(newest.c.document_id.in_(shown), at.c.lat.is_not(None), at.c.lon.is_not(None)))


def _params(filters: Filters, start: int, shown: int) -> dict[str, Any]:
    return {"shown": shown, "start": start, **{name: getattr(filters, name) for name, _ in _DATES
                                               if getattr(filters, name)}}


def _read(connection: Connection, kind: str, filters: Filters, start: int, shown: int = MAP_REPORTS) -> list[Any]:
    statement = _statement(kind, bool(filters.since), bool(filters.until), filters.document)
    return driver.rows(connection, statement, _params(filters, start, shown))[1]


def _rows(connection: Connection, kind: str, filters: Filters, rank: dict[str, int], start: int,
          order: Any) -> list[Any]:
    """The rows of the shown reports, sorted by ``order(rank of the row's report, row)`` (the newest
    report ranks 0). A report stored meanwhile, which the subquery may see, is left out: the map
    shows the reports it lists."""
    rows = [row for row in _read(connection, kind, filters, start) if row[0] in rank]
    rows.sort(key=lambda row: order(rank[row[0]], row))
    return rows


def _collection(connection: Connection, filters: Filters, reports: list[Any], limit: int,
                kept: list[Any] | None, start: int) -> dict[str, Any]:
    truncated = len(reports) > MAP_REPORTS
    reports = reports[:MAP_REPORTS]
    rank = {row[0]: n for n, row in enumerate(reports)}  # a report's position in "documents"
    stored = _stored_rows(rank, kept) if kept is not None else None
    out: Any
    if stored is not None:  # every report's rows stored: the features are written from those
        places, events = stored
        out = orjson.Fragment(b"[" + b",".join([*_stored_places(places, limit), *_stored_events(events, limit)])
                              + b"]")
    else:
        places = _rows(connection, "places", filters, rank, start, lambda n, _: n)
        # newest report first, then in the order of the text, as the listings read
        rows = _rows(connection, "events", filters, rank, start, lambda n, r: (n, -1 if r[1] is None else r[1], r[2]))
        out = _places([(rank[row[0]], *row[1:]) for row in places], limit) + _events(rows, rank, limit)
    listed = [{"id": row[0], "published": row[1], "title": row[2]} for row in reports]
    return {"type": "FeatureCollection", "features": out, "documents": listed, "reports": len(reports),
            "truncated": truncated, "next": paging.encode("geo", [start + MAP_REPORTS]) if truncated else None}


def _stored_rows(rank: dict[str, int], kept: list[Any]) -> tuple[list[Any], list[Any]] | None:
    """The places of the shown reports, as (report's position, its places [point, mentions, feature] by
    id, after the format's number), newest report first, and their events as (position, their JSON before
    it, joined by EVENT_CUT) in the order ``_rows`` reads them, from the map rows the link stage stored (one
    per report: ~100 rows read instead of ~800); None when a report's newest analysis has none (or one of
    an older format)."""
    places: list[Any] = []
    events: list[Any] = []
    for document, _, stored_places, stored_events in kept:  # newest report first
        if stored_places is None:
            return None
        found = stored_places if isinstance(stored_places, list) else orjson.loads(stored_places)  # parsed: _packed
        if not found or found[0] != stored_views.PLACES_FORMAT:
            return None
        n = rank[document]
        places.append((n, found))
        if stored_events:
            events.append((n, bytes(stored_events)))
    return places, events


def _stored_places(reports: list[Any], limit: int) -> list[bytes]:
    """``_places`` of stored rows, each point's feature written from the stored text of its newest place (its
    coordinates, name and country) and the page's numbers: the same bytes as ``_places``' dict written by
    orjson (tests/test_web_map_rows.py compares them). A month's page is ~550 places at ~120 points; the
    point's text sorts as its (name, lat, lon) (``stored_views.place_point``)."""
    found: dict[str, list[Any]] = {}  # point -> [coordinates, name and country, mentions, positions]
    for n, places in reports:  # newest report first: a point lists its reports newest first
        for point, mentions, coordinates, named in places[1:]:  # after the format
            seen = found.get(point)
            if seen is None:
                found[point] = [coordinates, named, mentions, [n]]
            else:
                seen[2] += mentions
                seen[3].append(n)
    ranked = sorted(found.items(), key=lambda kv: (-len(kv[1][3]), kv[0]))[:limit]
    start, middle = stored_views.PLACE_START, stored_views.PLACE_MIDDLE
    return [f'{start}{at}{middle}{named}"reports":{len(listed)},"mentions":{mentions},"documents":['
            f'{",".join(map(str, listed[:REPORTS_LISTED]))}]}}}}'.encode()
            for _, (at, named, mentions, listed) in ranked]


def _places(rows: list[Any], limit: int) -> list[dict[str, Any]]:
    """The places as points (by name and coordinates to 4 places), the most reported first, each with its
    newest reports."""
    # read newest report first, each place lists its reports newest first without a sort of its own
    found: dict[tuple[str, float, float], list[Any]] = {}
    for row in rows:  # report's position, name, country, lat, lon, mentions
        key = (row[1], round(row[3], 4), round(row[4], 4))
        rows_of = found.get(key)
        if rows_of is None:
            found[key] = [row]
        else:
            rows_of.append(row)
    ranked = sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    out = []
    for (name, lat, lon), rows_of in ranked:
        mentions = (rows_of[0][5] or 0) if len(rows_of) == 1 else sum(row[5] or 0 for row in rows_of)  # most: one
        out.append(stored_views.place_feature(name, rows_of[0][2], lat, lon, len(rows_of), mentions,
                                              [row[0] for row in rows_of[:REPORTS_LISTED]]))
    return out


def _events(rows: list[Any], rank: dict[str, int], limit: int) -> list[dict[str, Any]]:
    return [stored_views.event_feature(event, kind, side, said, name, lat, lon, rank[document])
            for document, _, event, kind, side, said, name, lat, lon in rows[:limit]]


def _stored_events(reports: list[Any], limit: int) -> list[bytes]:
    """The events of stored map rows, each its JSON with its report's position put in (the same bytes as
    ``_events``' feature): a report's events at once, each cut (EVENT_CUT) given the position and '}}',
    unless the limit falls among them."""
    out: list[bytes] = []
    left = limit
    for n, joined in reports:
        ending = b"%d}}" % n
        count = joined.count(stored_views.EVENT_CUT) + 1
        if count <= left:
            out.append(joined.replace(stored_views.EVENT_CUT, ending + b",") + ending)
            left -= count
            continue
        out += [before + ending for before in joined.split(stored_views.EVENT_CUT)[:left]]
        break
    return out
