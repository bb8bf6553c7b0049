"""What the link stage reads from the ledger: each report's newest analysis record,
found through the ledger's ``newest_analyses`` table.

Linking never re-parses text: it works on the records the extractor stored, with the
document's text put back in (``analyses.record`` holds the record without it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, select

from claimledger.ledger import rows, schema

BATCH = 500  # ids per IN (...) list: well under both backends' parameter limits


def newest_versions(connection: Connection, ids: Iterable[str] | None = None) -> dict[str, int]:
    """The newest analysis version of each document (of ``ids``, or of all)."""
    a, newest = schema.analyses, schema.newest_analyses
    query = select(a.c.document_id, a.c.version).join(newest, newest.c.analysis_id == a.c.id)
    if ids is None:
        return dict(connection.execute(query).all())
    found: dict[str, int] = {}
    for chunk in chunks(list(ids)):
        found.update(connection.execute(query.where(a.c.document_id.in_(chunk))).all())
    return found


def load_records(connection: Connection, ids: Iterable[str]) -> dict[str, dict]:
    """The full newest record of each document in ``ids`` that the ledger holds."""
    a, d, newest = schema.analyses, schema.documents, schema.newest_analyses
    records: dict[str, dict] = {}
    for chunk in chunks(list(dict.fromkeys(ids))):
        found = connection.execute(
            select(a.c.document_id, a.c.record, d.c.text, d.c.outlet, d.c.url, d.c.published)
            .join(newest, newest.c.analysis_id == a.c.id)
            .join(d, d.c.id == a.c.document_id)
            .where(newest.c.document_id.in_(chunk))
        )
        for row in found:
            record = rows.full_record(row.record, row.text)
            # The ledger's own metadata fills what the record left open (a copy read
            # with a URL after the first had none does not change the record).
            document = record.setdefault("document", {})
            for key in ("outlet", "url", "published"):
                if not document.get(key) and getattr(row, key):
                    document[key] = getattr(row, key)
            document["id"] = row.document_id
            records[row.document_id] = record
    return records


def iter_records(connection: Connection, ids: list[str]) -> Iterator[dict]:
    """Records of ``ids`` in that order, loaded a batch at a time."""
    for chunk in chunks(ids):
        loaded = load_records(connection, chunk)
        for document_id in chunk:
            if document_id in loaded:
                yield loaded[document_id]


def chunks(ids: list) -> Iterator[list]:
    """``ids`` in lists of at most BATCH, for IN (...) lists."""
    for start in range(0, len(ids), BATCH):
        yield ids[start:start + BATCH]
