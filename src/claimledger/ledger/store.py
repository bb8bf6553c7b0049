"""Writing to the ledger: one document, its sighting and its analysis per transaction.

Every function here runs inside a transaction the caller opened (``db.write``), so a
document lands with all of its rows or not at all. Inserts that may meet a row
another process stored first use ON CONFLICT DO NOTHING, which both backends have:
the document and the sighting are then simply already there.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from sqlalchemy import Connection, delete, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite

from claimledger.ledger import rows, schema, search
from claimledger.model import Document

# A unique index holds whole values; PostgreSQL's btree refuses entries past ~2.7 kB.
MAX_LOCATOR = 500


class Stored(Enum):
    """What storing one read document did to the ledger."""

    NEW = "new"  # a document not seen before, with its analysis
    COPY = "copy"  # a known document seen at a new URL or source: one more sighting
    KNOWN = "known"  # this very copy was stored before: nothing changed


@dataclass(frozen=True)
class Versioned:
    """Who made an analysis: compared to decide whether re-analysis has anything to add."""

    extractor: str
    version: str
    model: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def locator(document: Document) -> str:
    """What tells this copy from other copies of the same text: URL, else source."""
    value = document.url or document.source or ""
    if len(value) > MAX_LOCATOR:
        return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()
    return value


def _insert_ignoring_conflicts(connection: Connection, table, values: dict):  # type: ignore[no-untyped-def]
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).values(**values).on_conflict_do_nothing()


def store_document(connection: Connection, document: Document, record: dict) -> Stored:
    """Store a newly read document with its analysis, or record it as a sighting."""
    inserted = connection.execute(
        _insert_ignoring_conflicts(connection, schema.documents, {
            "id": document.id, "title": document.title, "text": document.text,
            "language": document.language, "declared_origin": document.declared_origin,
            "outlet": document.outlet, "url": document.url, "published": document.published,
            "created_at": now(),
        }).returning(schema.documents.c.pk)
    ).scalar_one_or_none()
    if inserted is None:
        # Another process (or an earlier run) stored the same text: keep its analysis.
        return Stored.COPY if add_sighting(connection, document) else Stored.KNOWN
    _index_for_search(connection, inserted, document)
    add_analysis(connection, document.id, record)
    add_sighting(connection, document)
    return Stored.NEW


def store_sighting(connection: Connection, document: Document) -> Stored | None:
    """Record a copy of a document already in the ledger; None when it is not there."""
    exists = connection.execute(
        select(schema.documents.c.pk).where(schema.documents.c.id == document.id)
    ).first()
    if exists is None:
        return None
    return Stored.COPY if add_sighting(connection, document) else Stored.KNOWN


def add_sighting(connection: Connection, document: Document) -> bool:
    """True when this copy was not recorded before."""
    # RETURNING, not rowcount: psycopg reports no rowcount for INSERT ... RETURNING,
    # which SQLAlchemy adds on its own to fetch the key.
    inserted = connection.execute(_insert_ignoring_conflicts(connection, schema.sightings, {
        "document_id": document.id, "locator": locator(document), "url": document.url,
        "outlet": document.outlet, "published": document.published, "title": document.title,
        "source": document.source, "seen_at": now(),
    }).returning(schema.sightings.c.pk)).scalar_one_or_none()
    return inserted is not None


def add_analysis(connection: Connection, document_id: str, record: dict) -> int:
    """Append an analysis as the document's next version, with its item rows."""
    version = connection.execute(
        select(func.coalesce(func.max(schema.analyses.c.version), 0) + 1)
        .where(schema.analyses.c.document_id == document_id)
    ).scalar_one()
    made_by = versioned(record)
    analysis_id = connection.execute(
        insert(schema.analyses).values(
            document_id=document_id, version=version, extractor=made_by.extractor,
            extractor_version=made_by.version, model=made_by.model, created_at=now(),
            record=rows.stored_record(record),
        ).returning(schema.analyses.c.id)
    ).scalar_one()
    for table, values in rows.item_rows(record, analysis_id, document_id).items():
        if values:
            connection.execute(insert(schema.metadata.tables[table]), values)
    search.index_items(connection, analysis_id)
    latest = schema.newest_analyses
    connection.execute(delete(latest).where(latest.c.document_id == document_id))
    connection.execute(insert(latest).values(document_id=document_id, analysis_id=analysis_id))
    return analysis_id


def versioned(record: dict) -> Versioned:
    extractor = record.get("extractor") or {}
    return Versioned(str(extractor.get("name") or "claimledger"), str(extractor.get("version") or ""),
                     str(extractor.get("model") or ""))


def _index_for_search(connection: Connection, pk: int, document: Document) -> None:
    """SQLite's FTS5 index is filled by hand; PostgreSQL computes its tsvector column."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("INSERT INTO documents_fts (rowid, title, text) VALUES (:pk, :title, :text)"),
                           {"pk": pk, "title": document.title, "text": document.text})
