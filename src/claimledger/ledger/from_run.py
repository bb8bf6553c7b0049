"""Loading a batch run (``claimledger batch``'s Parquet tables) into the ledger, in bulk.

Each committed partition's documents table is read on its own (bounded memory), and
its rows are stored as ``ingest`` stores them (:func:`claimledger.ledger.store.store_document`):
the first copy of a text with its analysis, every other copy as a sighting, a copy
already there as nothing new. So loading the same run twice changes nothing, and a load
cut short is finished by loading again. Rows go in by transactions of ``CHUNK``
documents; a chunk the database refuses is stored again one document at a time, so one
bad value is one counted error.

The run's item tables (claims, figures…) are not read: the record each documents row
carries is the whole analysis, and ``store_document`` derives the item rows from it
with the same :func:`claimledger.ledger.rows.item_rows` that made the run's tables.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DataError

from claimledger.ledger import db, rows, store
from claimledger.ledger.ingest import Tally, Timed, refusal
from claimledger.model import Document

CHUNK = 200  # documents per transaction
DOCUMENT_FIELDS = ("title", "outlet", "url", "published", "declared_origin", "language", "source")


@dataclass
class RunLoad(Tally, Timed):
    partitions: int = 0
    run_errors: int = 0  # bad input the batch recorded
    refused: dict[str, str] = field(default_factory=dict)  # source -> why the database refused it


class NotARun(ValueError):
    """The folder holds no committed partition of a batch run."""


def load_run(engine: Engine, run: str, progress: Callable[[RunLoad], None] | None = None) -> RunLoad:
    """Store every document of a run folder (local or fsspec URL) in the ledger."""
    from claimledger.scale import tables

    partitions = tables.committed(run)
    if not partitions:
        raise NotARun(f"{run}: no finished batch run here (no {tables.DONE}/ marks)")
    report = RunLoad()
    for partition in partitions:
        documents = tables.read_table(run, "documents", [partition])
        errors = tables.read_table(run, "errors", [partition])
        report.run_errors += sum(1 for level in errors.column("level").to_pylist() if level == "error")
        for chunk in _chunks(documents.to_pylist()):
            _store_chunk(engine, chunk, report)
            if progress:
                progress(report)
        report.partitions += 1
    report.finished = time.monotonic()
    return report


def _chunks(values: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def document_of(row: dict[str, Any]) -> tuple[Document, dict]:
    """The Document and full analysis record a documents row holds."""
    document = Document(text=row["text"], **{k: row.get(k) for k in DOCUMENT_FIELDS})
    if not document.language:
        document.language = "en"
    return document, rows.full_record(row["record"], row["text"])


def _store_chunk(engine: Engine, chunk: list[dict[str, Any]], report: RunLoad) -> None:
    pairs = [document_of(row) for row in chunk]
    try:
        outcomes = db.write(engine, lambda c: [store.store_document(c, d, r) for d, r in pairs])
    except DataError:
        # One value this backend cannot hold spoils the chunk's transaction: store one by one.
        for document, record in pairs:
            try:
                report.count(db.write(engine, lambda c, d=document, r=record: store.store_document(c, d, r)))
            except DataError as exc:
                report.refused[document.source or document.id] = refusal(exc)
        return
    for outcome in outcomes:
        report.count(outcome)
