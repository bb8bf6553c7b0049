"""Reading the ledger: one SQL query per view, the same on SQLite and PostgreSQL.

Each view (documents, claims, figures, events, places, sightings) is a SELECT built
with SQLAlchemy Core from the filters given; the CLI lists its rows, export streams
them to files. By default a view reads the newest analysis of each document; an
extractor version can be asked for instead, or every version.

Text filters (speaker, place) match a part of the name, ignoring case; dates are ISO
strings, compared as such. Rows are ordered by publication date, document and
position in the text, never by free text, whose collation differs between backends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, Table, and_, func, literal, select
from sqlalchemy.sql import Subquery

from claimledger.ledger.schema import (
    analyses,
    claims,
    documents,
    event_claims,
    events,
    figures,
    newest_analyses,
    places,
    sightings,
)

Row = dict[str, Any]
PAGE = 500  # rows fetched at a time when streaming a view


@dataclass(frozen=True)
class Filters:
    """What a view is narrowed to; None means no restriction."""

    speaker: str | None = None
    side: str | None = None
    quantity: str | None = None
    type: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    document: str | None = None  # an id, or a prefix of one
    contains: str | None = None  # a part of the claim's / item's text
    extractor_version: str | None = None
    all_versions: bool = False


def analysis_scope(filters: Filters) -> Subquery:
    """The analyses a view reads: the newest per document (of one extractor version,
    when asked), or every analysis."""
    if not filters.extractor_version and not filters.all_versions:
        # the common case reads the table of newest analyses: an index lookup per document
        return (select(analyses.c.id, analyses.c.document_id, analyses.c.version)
                .join(newest_analyses, newest_analyses.c.analysis_id == analyses.c.id)
                .subquery("scope"))
    query = select(analyses.c.id, analyses.c.document_id, analyses.c.version)
    if filters.extractor_version:
        query = query.where(analyses.c.extractor_version == filters.extractor_version)
    if not filters.all_versions:
        newest = select(analyses.c.document_id, func.max(analyses.c.version).label("version"))
        if filters.extractor_version:
            newest = newest.where(analyses.c.extractor_version == filters.extractor_version)
        latest = newest.group_by(analyses.c.document_id).subquery()
        query = query.join(latest, and_(latest.c.document_id == analyses.c.document_id,
                                        latest.c.version == analyses.c.version))
    return query.subquery("scope")


def contains(column: ColumnElement, value: str) -> ColumnElement[bool]:
    """Case-insensitive substring match with LIKE's wildcards taken literally."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def document_id_match(value: str) -> ColumnElement[bool]:
    """A full id, or a prefix as `show` prints them ("sha256:3f2a…" or just "3f2a…")."""
    if not value.startswith("sha256:"):
        value = "sha256:" + value
    if len(value) == len("sha256:") + 64:
        return documents.c.id == value
    return documents.c.id.like(value.replace("%", "").replace("_", "") + "%")


def common_filters(query: Select, filters: Filters) -> Select:
    """Filters every item view shares: dates and document."""
    if filters.since:
        query = query.where(documents.c.published >= filters.since)
    if filters.until:
        query = query.where(documents.c.published <= filters.until)
    if filters.document:
        query = query.where(document_id_match(filters.document))
    return query


def _items(table: Table, filters: Filters, *columns: ColumnElement) -> Select:
    """An item table's rows in the analyses the filters read, each led by its document's
    id, date, outlet and title and its analysis version, then ``columns``."""
    scope = analysis_scope(filters)
    return (
        select(table.c.document_id, documents.c.published, documents.c.outlet,
               documents.c.title.label("document_title"), scope.c.version.label("analysis_version"), *columns)
        .join(scope, scope.c.id == table.c.analysis_id)
        .join(documents, documents.c.id == table.c.document_id)
    )


def _in_reading_order(query: Select, table: Table, filters: Filters, position: ColumnElement) -> Select:
    """An item view finished: the item's text filter (tables with a text), the filters
    every view shares, and the order of the reports and of the items in their text."""
    if filters.contains and "text" in table.c:
        query = query.where(contains(table.c.text, filters.contains))
    return common_filters(query, filters).order_by(*_chronological(table.c.document_id, position))


def claims_view(filters: Filters = Filters()) -> Select:
    query = _items(claims, filters,
                   claims.c.id.label("claim"), claims.c.speaker, claims.c.speaker_kind, claims.c.speaker_title,
                   claims.c.speaker_role, claims.c.speaker_organization, claims.c.speaker_side.label("side"),
                   claims.c.cue, claims.c.mode, claims.c.hedge, claims.c.polarity, claims.c.text,
                   claims.c.span_start, claims.c.span_end)
    if filters.speaker:
        query = query.where(contains(claims.c.speaker, filters.speaker)
                            | contains(func.coalesce(claims.c.speaker_organization, ""), filters.speaker))
    if filters.side:
        query = query.where(claims.c.speaker_side == filters.side.upper())
    return _in_reading_order(query, claims, filters, claims.c.span_start)


def figures_view(filters: Filters = Filters()) -> Select:
    said = claims.alias("said")
    where = places.alias("at")
    query = (
        _items(figures, filters,
               figures.c.id.label("figure"), figures.c.quantity, figures.c.value, figures.c.low,
               figures.c.high, figures.c.approximate, figures.c.side, figures.c.subject, figures.c.unit,
               figures.c.out_of, figures.c.fraction, said.c.speaker, said.c.speaker_side, said.c.hedge,
               where.c.name.label("place"), where.c.lat, where.c.lon, figures.c.text,
               figures.c.span_start, figures.c.span_end)
        .outerjoin(said, and_(said.c.analysis_id == figures.c.analysis_id,
                              said.c.id == figures.c.claim_id))
        .outerjoin(where, and_(where.c.analysis_id == figures.c.analysis_id,
                               where.c.id == figures.c.place_id))
    )
    if filters.quantity:
        query = query.where(figures.c.quantity == filters.quantity.lower())
    if filters.side:
        query = query.where(figures.c.side == filters.side.upper())
    if filters.speaker:
        query = query.where(contains(said.c.speaker, filters.speaker))
    if filters.place:
        query = query.where(contains(where.c.name, filters.place))
    return _in_reading_order(query, figures, filters, figures.c.span_start)


def events_view(filters: Filters = Filters()) -> Select:
    where = places.alias("at")
    query = (
        _items(events, filters,
               events.c.analysis_id, events.c.id.label("event"), events.c.type, events.c.actor,
               events.c.actor_side, events.c.target, events.c.target_side, where.c.name.label("place"),
               where.c.country, where.c.lat, where.c.lon, events.c.when_text, events.c.when_start,
               events.c.when_end, events.c.certainty, events.c.text, events.c.span_start, events.c.span_end)
        .outerjoin(where, and_(where.c.analysis_id == events.c.analysis_id, where.c.id == events.c.place_id))
    )
    if filters.type:
        query = query.where(events.c.type == filters.type.lower())
    if filters.place:
        query = query.where(contains(where.c.name, filters.place))
    if filters.side:
        query = query.where(events.c.actor_side == filters.side.upper())
    return _in_reading_order(query, events, filters, events.c.span_start)


def places_view(filters: Filters = Filters()) -> Select:
    query = _items(places, filters,
                   places.c.id.label("place_id"), places.c.name, places.c.kind, places.c.country, places.c.lat,
                   places.c.lon, places.c.geonames_id, places.c.mentions, places.c.first_start,
                   places.c.first_end)
    if filters.place:
        query = query.where(contains(places.c.name, filters.place))
    return _in_reading_order(query, places, filters, places.c.first_start)


def documents_view(filters: Filters = Filters()) -> Select:
    copies = (select(func.count()).select_from(sightings)
              .where(sightings.c.document_id == documents.c.id).scalar_subquery())
    versions = (select(func.count()).select_from(analyses)
                .where(analyses.c.document_id == documents.c.id).scalar_subquery())
    query = select(documents.c.id.label("document_id"), documents.c.published, documents.c.outlet,
                   documents.c.title, documents.c.url, documents.c.declared_origin, documents.c.language,
                   copies.label("sightings"), versions.label("analyses"), documents.c.created_at,
                   documents.c.text)
    return common_filters(query, filters).order_by(*_chronological(documents.c.id, literal(0)))


def sightings_view(filters: Filters = Filters()) -> Select:
    query = (select(sightings.c.document_id, sightings.c.url, sightings.c.outlet, sightings.c.published,
                    sightings.c.title, sightings.c.source, sightings.c.seen_at)
             .join(documents, documents.c.id == sightings.c.document_id))
    return common_filters(query, filters).order_by(sightings.c.document_id, sightings.c.locator)


def _chronological(document_id: ColumnElement, position: ColumnElement) -> list:
    return [documents.c.published.asc().nulls_last(), document_id, position]


VIEWS: dict[str, Callable[[Filters], Select]] = {
    "documents": documents_view, "claims": claims_view, "figures": figures_view,
    "events": events_view, "places": places_view, "sightings": sightings_view,
}


def stream(connection: Connection, view: str, filters: Filters = Filters(),
           limit: int | None = None) -> Iterator[Row]:
    """The rows of a view as dicts, fetched a page at a time (flat memory on export)."""
    query = VIEWS[view](filters)
    if limit is not None:
        query = query.limit(limit)
    result = connection.execution_options(yield_per=PAGE).execute(query).mappings()
    for page in result.partitions():
        rows = [dict(row) for row in page]
        if view == "events":
            _add_speakers(connection, rows)
        yield from rows


def columns(view: str) -> list[tuple[str, Any]]:
    """(name, SQLAlchemy type) of each column a view's rows have, in order."""
    found = [(c.name, c.type) for c in VIEWS[view](Filters()).selected_columns]
    if view == "events":
        found = [(name, kind) for name, kind in found if name != "analysis_id"]
        found.append(("said_by", claims.c.speaker.type))
    return found


def _add_speakers(connection: Connection, rows: list[Row]) -> None:
    """Who says each event happened: the speakers of the claims it is bound to."""
    ids = {row["analysis_id"] for row in rows}
    found = connection.execute(
        select(event_claims.c.analysis_id, event_claims.c.event_id, claims.c.speaker)
        .join(claims, and_(claims.c.analysis_id == event_claims.c.analysis_id,
                           claims.c.id == event_claims.c.claim_id))
        .where(event_claims.c.analysis_id.in_(ids))
        .order_by(event_claims.c.analysis_id, event_claims.c.event_id, claims.c.span_start)
    )
    add_said_by(rows, found)


def add_said_by(rows: list[Row], found: Iterable[tuple[int, str, str | None]]) -> None:
    """Give each event row the speakers who say it ("; "-joined, in text order), from
    (analysis id, event id, speaker) triples, and drop the row's internal analysis id (its
    value differs between ledgers). Shared by the events view and the web's events page."""
    speakers: dict[tuple[int, str], list[str]] = {}
    for analysis_id, event_id, speaker in found:
        names = speakers.setdefault((analysis_id, event_id), [])
        if speaker and speaker not in names:
            names.append(speaker)
    for row in rows:
        row["said_by"] = "; ".join(speakers.get((row.pop("analysis_id"), row["event"]), ()))
