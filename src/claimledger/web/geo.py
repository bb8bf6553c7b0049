"""Places and events with coordinates, as one GeoJSON FeatureCollection for the map.

A place named by many reports is one point (by name and coordinates) with how many
reports name it; an event is a point at its place with its type and date.

The map reads the newest reports of the date range, at most ``MAP_REPORTS`` of them,
found through the documents' date index: its cost is then bounded whatever the range
(the whole ledger's places are hundreds of thousands of rows). The collection says
how many reports it read and whether the range held more (``reports``, ``truncated``), and
the date and title of each report its features name (``documents``, by id: a place lists
the ids of its newest reports, an event the id of its report).

Each report's places and events are read from the map rows the link stage stored for its
newest analysis (migration 0014, ``link.stored_views.fill_map_rows``): one row a report, its
events already written as JSON. When a shown report's newest analysis has none (analysed
since the last link run), the range is read from the places and events tables, as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import Connection, and_, bindparam, desc, select

from claimledger.ledger import schema
from claimledger.ledger.queries import Filters, document_id_match
from claimledger.link import stored_views
from claimledger.link.detail import Remembered

MAP_REPORTS = 200  # newest reports of the range a map shows: ~1,200 place and ~600 event rows (~0.4 MB)
REPORTS_LISTED = 5  # reports named in a place's popup

d, p, e, newest, stored = schema.documents, schema.places, schema.events, schema.newest_analyses, schema.map_rows
at = p.alias("at")  # an event's place


# A map is the same for every visitor of the same range while its reports and their newest
# analyses stay (documents and analyses never change once stored): the encoded answer is kept
# with those inputs and served again while they are unchanged (see link.detail.Remembered).
_maps = Remembered(32)


def encoded(connection: Connection, filters: Filters, limit: int) -> bytes:
    """The map data as JSON bytes, computed once per range and inputs."""
    reports, kept = _reports(connection, filters)
    inputs = repr(([(row[0], row[1], row[2]) for row in reports], sorted((row[0], row[1]) for row in kept)))
    key = (filters.since, filters.until, filters.document, limit, MAP_REPORTS)
    found = _maps.get(connection, key, inputs)
    if isinstance(found, bytes):
        return found
    body = orjson.dumps(_collection(connection, filters, reports, limit, kept))  # json.dumps: a third of the CPU
    _maps.put(connection, key, inputs, body)
    return body


def features(connection: Connection, filters: Filters, limit: int, *, stored_rows: bool = True) -> dict[str, Any]:
    """At most ``limit`` places (the most reported first) and ``limit`` events (the newest first);
    ``stored_rows=False``: from the places and events tables, whatever the link stage stored."""
    reports, kept = _reports(connection, filters)
    return _collection(connection, filters, reports, limit, kept if stored_rows else None)


def _reports(connection: Connection, filters: Filters) -> tuple[list[Any], list[Any]]:
    """The range's newest MAP_REPORTS reports and one more (to tell there are more): id, published,
    title; and the shown ones' newest analyses with their stored map rows (one statement: the
    reports, then each one's analysis and rows by key)."""
    rows = _read(connection, "reports", filters, MAP_REPORTS + 1)
    return rows, [(row[0], row[3], row[4], row[5]) for row in rows[:MAP_REPORTS] if row[3] is not None]


# The rows of the shown reports are read through a subquery of those reports (the selection of
# _newest_reports), with the dates bound: sending the 200 ids as IN lists cost more CPU than
# reading the rows (600 parameters rendered a map), and a statement built per range was compiled
# again for each month.
_DATES = (("since", d.c.published >= bindparam("since")), ("until", d.c.published <= bindparam("until")))


@lru_cache(maxsize=64)
def _statement(kind: str, since: bool, until: bool, document: str | None) -> Any:
    """The statement reading ``kind`` (reports, places, events) of the range's newest reports (``:shown``)."""
    shown = select(d.c.id).order_by(desc(d.c.published).nulls_last(), desc(d.c.id))
    for (_, condition), asked in zip(_DATES, (since, until), strict=True):
        if asked:
            shown = shown.where(condition)
    if document:
        shown = shown.where(document_id_match(document))
    shown = shown.limit(bindparam("shown"))
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


def _read(connection: Connection, kind: str, filters: Filters, shown: int = MAP_REPORTS) -> list[Any]:
    statement = _statement(kind, bool(filters.since), bool(filters.until), filters.document)
    dates = {name: getattr(filters, name) for name, _ in _DATES if getattr(filters, name)}
    return connection.execute(statement, {"shown": shown, **dates}).all()


def _rows(connection: Connection, kind: str, filters: Filters, documents: dict[str, Any], order: Any) -> list[Any]:
    """The rows of the shown reports, sorted by ``order(rank of the row's report, row)`` (the newest
    report ranks 0). A report stored meanwhile, which the subquery may see, is left out: the map
    shows the reports it lists."""
    rank = {document: n for n, document in enumerate(documents)}
    rows = [row for row in _read(connection, kind, filters) if row[0] in rank]
    rows.sort(key=lambda row: order(rank[row[0]], row))
    return rows


def _collection(connection: Connection, filters: Filters, reports: list[Any], limit: int,
                kept: list[Any] | None) -> dict[str, Any]:
    truncated = len(reports) > MAP_REPORTS
    reports = reports[:MAP_REPORTS]
    documents = {row.id: row for row in reports}
    named: set[str] = set()  # the reports the features name, noted as they are made
    stored = _stored_rows(documents, kept) if kept is not None else None
    if stored is not None:  # every report's rows stored: read those
        places, events = stored
        out = _places(places, limit, named, rounded=True) + _stored_events(events, documents, limit, named)
    else:
        places = _rows(connection, "places", filters, documents, lambda rank, _: rank)
        # newest report first, then in the order of the text, as the listings read
        rows = _rows(connection, "events", filters, documents,
                     lambda rank, r: (rank, -1 if r[1] is None else r[1], r[2]))
        out = _places(places, limit, named) + _events(rows, documents, limit, named)
    # each report's date and title once, by id (features name reports by id): a report named by
    # several places and events is not repeated, which kept a month's map at twice the size
    listed = {i: {"published": documents[i].published, "title": documents[i].title} for i in sorted(named)}
    return {"type": "FeatureCollection", "features": out, "documents": listed, "reports": len(reports),
            "truncated": truncated}


def _stored_rows(documents: dict[str, Any], kept: list[Any]) -> tuple[list[Any], list[Any]] | None:
    """The places of the shown reports as ``_rows`` reads them (newest report first, a report's places
    by id), and their events as (report, JSON before its date, JSON after it) in the order ``_rows``
    reads them, from the map rows the link stage stored (one per report: ~200 rows read instead of
    ~1,700); None when a report's newest analysis has none (or its events are not stored)."""
    by_report = {row[0]: row for row in kept}
    places: list[Any] = []
    events: list[Any] = []
    for document in documents:  # newest first
        row = by_report.get(document)
        if row is None:  # a report without an analysis has nothing on the map
            continue
        if row[2] is None or not (row[3] == b"" or row[3][:1] == b"{"):
            return None
        stored_places = orjson.loads(row[2])
        if not stored_places or stored_places[0] != stored_views.PLACES_FORMAT:
            return None
        places += [(document, *place) for place in stored_places[1:]]
        if row[3]:
            parts = bytes(row[3]).split(stored_views.EVENT_CUT)
            events += [(document, before, after) for before, after in zip(parts[::2], parts[1::2], strict=True)]
    return places, events


def _places(rows: list[Any], limit: int, named: set[str], *, rounded: bool = False) -> list[dict[str, Any]]:
    """The places as points (by name and coordinates to 4 places: ``rounded`` when the rows' are), the most
    reported first, each with its newest reports."""
    # read newest report first, each place lists its reports newest first without a sort of its own
    found: dict[tuple[str, float, float], list[Any]] = {}
    for row in rows:  # document, name, country, lat, lon, mentions
        key = (row[1], row[3], row[4]) if rounded else (row[1], round(row[3], 4), round(row[4], 4))
        rows_of = found.get(key)
        if rows_of is None:
            found[key] = [row]
        else:
            rows_of.append(row)
    ranked = sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    out = []
    for (name, lat, lon), rows_of in ranked:
        listed = [row[0] for row in rows_of[:REPORTS_LISTED]]
        named.update(listed)
        mentions = (rows_of[0][5] or 0) if len(rows_of) == 1 else sum(row[5] or 0 for row in rows_of)  # most: one
        out.append(_point(lon, lat, {"kind": "place", "name": name, "country": rows_of[0][2], "reports": len(rows_of),
                                     "mentions": mentions, "documents": listed}))
    return out


def _events(rows: list[Any], documents: dict[str, Any], limit: int, named: set[str]) -> list[dict[str, Any]]:
    rows = rows[:limit]
    named.update(row[0] for row in rows)
    return [stored_views.event_feature(document, event, kind, side, said, name, lat, lon, documents[document].published)
            for document, _, event, kind, side, said, name, lat, lon in rows]


def _stored_events(rows: list[Any], documents: dict[str, Any], limit: int, named: set[str]) -> list[Any]:
    """The events of stored map rows, each its JSON with its report's date put in (the same bytes as
    ``_events``' feature: no dict of dicts made and written out again for each of hundreds)."""
    rows = rows[:limit]
    named.update(row[0] for row in rows)
    dates: dict[str, bytes] = {}
    out = []
    for document, before, after in rows:
        date = dates.get(document)
        if date is None:
            date = dates[document] = orjson.dumps(documents[document].published)
        out.append(orjson.Fragment(before + date + after))
    return out


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
