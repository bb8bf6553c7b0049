"""One partition's work, as a Dask task runs it: read, analyse, sign, write, commit.

The task is idempotent: a partition already committed is not run again, and a partition
run twice (a worker killed part way, Dask retrying it elsewhere) writes the same files
under the same names, so the run has each report once whatever happened. A bad record
or a report the extractor fails on becomes a row of the errors table; nothing a report
holds can fail the task.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from claimledger.ledger import rows
from claimledger.link import shingles
from claimledger.model import Document
from claimledger.read import InputWarning
from claimledger.read.records import Fields
from claimledger.scale import tables
from claimledger.scale.partitions import Partition, read_partition


@dataclass(frozen=True)
class Options:
    """What every task of a run shares."""

    out: str
    model: str | None = None
    fields: Fields = Fields()
    batch_size: int = 16


def run_partition(partition: Partition, options: Options) -> dict[str, Any]:
    """Run one partition unless it is committed already; its summary either way."""
    done = tables.finished(options.out, partition.name)
    if done is not None:
        return {**done, "skipped": True}
    started, cpu_started = time.monotonic(), time.process_time()
    built = build_tables(partition, options)
    summary = {
        "partition": partition.name,
        "inputs": list(partition.urls),
        "documents": built["documents"].num_rows,
        "errors": sum(1 for level in built["errors"].column("level").to_pylist() if level == "error"),
        "words": sum(built["documents"].column("words").to_pylist()),
        "seconds": round(time.monotonic() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3),
    }
    tables.write_partition(options.out, partition.name, built, summary)
    return {**summary, "skipped": False}


def build_tables(partition: Partition, options: Options) -> dict[str, Any]:
    """The Arrow tables of one partition."""
    from claimledger.analyze import analyze_many
    from claimledger.nlp import load

    documents: list[Document] = []
    errors: list[dict[str, Any]] = []
    for file, item in read_partition(partition, options.fields):
        if isinstance(item, Document):
            documents.append(item)
        else:
            level = "warning" if isinstance(item, InputWarning) else "error"
            errors.append(_error_row(file, partition.name, level, str(item)))
    failed: set[int] = set()

    def analysis_failed(document: Document, exc: Exception) -> None:
        failed.add(id(document))
        errors.append(_error_row(document.source or "", partition.name, "error",
                                 f"analysis failed ({type(exc).__name__}: {str(exc)[:200]})"))

    records = list(analyze_many(documents, load(options.model), batch_size=options.batch_size,
                                on_error=analysis_failed))
    analysed = [d for d in documents if id(d) not in failed]
    return _tables(partition.name, list(zip(analysed, records, strict=True)), errors)


def _error_row(source: str, partition: str, level: str, reason: str) -> dict[str, Any]:
    return {"source": source, "partition": partition, "level": level, "reason": reason}


def _tables(partition: str, analysed: list[tuple[Document, dict]], errors: list[dict[str, Any]]) -> dict[str, Any]:
    table_rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables.TABLES}
    table_rows["errors"] = errors
    signed: set[str] = set()
    for document, record in analysed:
        source = document.source or ""
        table_rows["documents"].append(document_row(document, record, partition))
        for name, items in rows.item_rows(record, 0, document.id).items():
            table_rows[name] += [{**item, "document_id": document.id, "source": source} for item in items]
        if document.id not in signed:  # copies of one text have one signature
            signed.add(document.id)
            table_rows["bands"] += [{"document_id": document.id, "band": key} for key in bands_of(document.text)]
    return {name: tables.to_table(name, values) for name, values in table_rows.items()}


def document_row(document: Document, record: dict, partition: str) -> dict[str, Any]:
    return {
        "id": document.id, "source": document.source, "partition": partition, "title": document.title,
        "outlet": document.outlet, "url": document.url, "published": document.published,
        "declared_origin": document.declared_origin, "language": document.language,
        "words": len(document.text.split()), "text": document.text, "record": rows.stored_record(record),
    }


def bands_of(text: str) -> list[str]:
    """The text's LSH band keys, as the ledger's link stage computes them."""
    own = shingles.word_shingles(text)
    return shingles.band_keys(shingles.minhash(own)) if own else []


def record_of(row: dict[str, Any]) -> dict:
    """A documents row's full analysis record (the record with its text put back)."""
    return rows.full_record(row["record"], row["text"])


