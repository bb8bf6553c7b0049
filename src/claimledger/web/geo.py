"""Places and events with coordinates, as one GeoJSON FeatureCollection for the map.

A place named by many reports is one point (by name and coordinates) with how many
reports name it; an event is a point at its place with its type and date.

The map reads the newest reports of the date range, at most ``MAP_REPORTS`` of them,
found through the documents' date index: its cost is then bounded whatever the range
(the whole ledger's places are hundreds of thousands of rows). The collection says
how many reports it read and whether the range held more (``reports``, ``truncated``), and
the date and title of each report its features name (``documents``, by id: a place lists
the ids of its newest reports, an event the id of its report).
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection, and_, desc, select

from claimledger.ledger import schema
from claimledger.ledger.queries import Filters, common_filters
from claimledger.link.detail import Remembered
from claimledger.link.records import chunks

MAP_REPORTS = 200  # newest reports of the range a map shows: ~1,200 place and ~600 event rows (~0.4 MB)
REPORTS_LISTED = 5  # reports named in a place's popup

d, p, e, newest = schema.documents, schema.places, schema.events, schema.newest_analyses
at = p.alias("at")  # an event's place


# A map is the same for every visitor of the same range while its reports and their newest
# analyses stay (documents and analyses never change once stored): the encoded answer is kept
# with those inputs and served again while they are unchanged (see link.detail.Remembered).
_maps = Remembered(32)


def encoded(connection: Connection, filters: Filters, limit: int) -> bytes:
    """The map data as JSON bytes, computed once per range and inputs."""
    reports = _newest_reports(connection, filters, MAP_REPORTS + 1)
    analyses = _newest_analyses(connection, [row.id for row in reports[:MAP_REPORTS]])
    inputs = repr(([tuple(row) for row in reports], sorted(analyses.items())))
    key = (filters.since, filters.until, filters.document, limit, MAP_REPORTS)
    found = _maps.get(connection, key, inputs)
    if isinstance(found, bytes):
        return found
    body = orjson.dumps(_collection(connection, reports, limit))  # a third of the map's CPU with json.dumps
    _maps.put(connection, key, inputs, body)
    return body


def features(connection: Connection, filters: Filters, limit: int) -> dict[str, Any]:
    """At most ``limit`` places (the most reported first) and ``limit`` events (the newest first)."""
    return _collection(connection, _newest_reports(connection, filters, MAP_REPORTS + 1), limit)


def _newest_analyses(connection: Connection, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(ids):
        found.update(connection.execute(select(newest.c.document_id, newest.c.analysis_id)
                                        .where(newest.c.document_id.in_(chunk))).all())
    return found


def _collection(connection: Connection, reports: list[Any], limit: int) -> dict[str, Any]:
    truncated = len(reports) > MAP_REPORTS
    reports = reports[:MAP_REPORTS]
    documents = {row.id: row for row in reports}
    out = _places(connection, documents, limit) + _events(connection, documents, limit)
    named = {f["properties"]["document"] for f in out if f["properties"]["kind"] == "event"}
    named |= {i for f in out if f["properties"]["kind"] == "place" for i in f["properties"]["documents"]}
    # each report's date and title once, by id (features name reports by id): a report named by
    # several places and events is not repeated, which kept a month's map at twice the size
    listed = {i: {"published": documents[i].published, "title": documents[i].title} for i in sorted(named)}
    return {"type": "FeatureCollection", "features": out, "documents": listed, "reports": len(reports),
            "truncated": truncated}


def _newest_reports(connection: Connection, filters: Filters, count: int) -> list[Any]:
    query = select(d.c.id, d.c.published, d.c.title).order_by(desc(d.c.published).nulls_last(), desc(d.c.id))
    return connection.execute(common_filters(query, filters).limit(count)).all()


def _places(connection: Connection, documents: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    found: dict[tuple[str, float, float], dict[str, Any]] = {}
    for chunk in chunks(list(documents)):
        rows = connection.execute(
            select(p.c.document_id, p.c.name, p.c.country, p.c.lat, p.c.lon, p.c.mentions)
            .join(newest, newest.c.analysis_id == p.c.analysis_id)
            .where(newest.c.document_id.in_(chunk), p.c.lat.is_not(None), p.c.lon.is_not(None))).all()
        for document_id, name, country, lat, lon, mentions in rows:
            key = (name, round(lat, 4), round(lon, 4))
            place = found.get(key)
            if place is None:
                place = found[key] = {"name": name, "country": country, "reports": 0, "mentions": 0, "documents": []}
            place["reports"] += 1
            place["mentions"] += mentions or 0
            place["documents"].append(document_id)
    ranked = sorted(found.items(), key=lambda kv: (-kv[1]["reports"], kv[0]))[:limit]
    out = []
    for (_, lat, lon), place in ranked:
        listed = sorted(place["documents"], key=lambda i: (documents[i].published or "", i), reverse=True)
        place["documents"] = listed[:REPORTS_LISTED]
        out.append(_point(lon, lat, {"kind": "place", **place}))
    return out


def _events(connection: Connection, documents: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    rows: list[tuple] = []
    for chunk in chunks(list(documents)):
        rows += [tuple(row) for row in connection.execute(
            select(e.c.document_id, e.c.span_start, e.c.id, e.c.type, e.c.actor_side, e.c.text,
                   at.c.name, at.c.lat, at.c.lon)
            .join(newest, newest.c.analysis_id == e.c.analysis_id)
            .join(at, and_(at.c.analysis_id == e.c.analysis_id, at.c.id == e.c.place_id))
            .where(newest.c.document_id.in_(chunk), at.c.lat.is_not(None), at.c.lon.is_not(None)))]
    # newest report first, then in the order of the text, as the listings read
    order = {document: n for n, document in enumerate(documents)}
    rows.sort(key=lambda r: (order[r[0]], -1 if r[1] is None else r[1], r[2]))
    return [_point(lon, lat, {
        "kind": "event", "type": kind, "place": name, "text": said, "side": side,
        "published": documents[document].published, "document": document, "event": event})
        for document, _, event, kind, side, said, name, lat, lon in rows[:limit]]


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
