"""The Parquet tables of a run, and writing them so a partition lands whole or not at all.

A run folder holds one folder per table (``documents/``, ``claims/``, ``figures/``,
``events/``, ``event_claims/``, ``places/``, ``bands/``, ``errors/``), one file per
input partition in each (``<table>/<partition>.parquet``), and ``_done/<partition>.json``,
the commit mark of a partition, written last. A partition counts only once its mark is
there: a worker killed part way leaves no mark, so the partition is run again and its
files, named by the partition alone, are replaced, never added to. Each file is written
to a hidden temporary name and renamed into place (an atomic rename on a local disk; a
single PUT on an object store), and readers such as pyarrow and Dask skip hidden names.

The item tables take their columns and types from the ledger's own SQLAlchemy tables
(:mod:`claimledger.ledger.schema`), filled by the ledger's own
:func:`claimledger.ledger.rows.item_rows`, so a run and a ledger have the same shapes;
``analysis_id`` (a ledger's key) is replaced by ``source``, the copy an item was read from.
"""

from __future__ import annotations

import io
import json
import uuid
from functools import cache
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Boolean, Float, Integer

from claimledger.ledger import schema

ITEM_TABLES = ("claims", "figures", "events", "event_claims", "places")
TABLES = ("documents", *ITEM_TABLES, "bands", "errors")
DONE = "_done"
PLAN = "_plan.json"

# Tables of a run's own, not in the ledger: one row per copy read, LSH band keys, bad input.
_OWN_COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [("id", pa.string()), ("source", pa.string()), ("partition", pa.string()),
                  ("title", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
                  ("published", pa.string()), ("declared_origin", pa.string()), ("language", pa.string()),
                  ("words", pa.int64()), ("text", pa.string()),
                  # the analysis record as the ledger stores it (rows.stored_record: without the text)
                  ("record", pa.string())],
    "bands": [("document_id", pa.string()), ("band", pa.string())],
    "errors": [("source", pa.string()), ("partition", pa.string()), ("level", pa.string()),
               ("reason", pa.string())],
    # derivative links found among the run's own reports (scale.dedup), derivative -> origin
    "links": [("document_id", pa.string()), ("origin_id", pa.string()), ("origin_outlet", pa.string()),
              ("kind", pa.string()), ("confidence", pa.float64()), ("evidence", pa.string())],
}


def _arrow_type(column: Any) -> pa.DataType:
    if isinstance(column.type, Boolean):
        return pa.bool_()
    if isinstance(column.type, Integer):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    return pa.string()


@cache
def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of one of the run's tables."""
    if name in _OWN_COLUMNS:
        return pa.schema(_OWN_COLUMNS[name])
    ledger_table = schema.metadata.tables[name]
    columns = [(c.name, _arrow_type(c)) for c in ledger_table.columns if c.name != "analysis_id"]
    if "document_id" not in [n for n, _ in columns]:
        columns.insert(0, ("document_id", pa.string()))
    return pa.schema([*columns, ("source", pa.string())])


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table of the table's schema: missing keys are nulls, extra keys dropped."""
    wanted = table_schema(name)
    return pa.Table.from_pylist([{k: row.get(k) for k in wanted.names} for row in rows], schema=wanted)


def _join(*parts: str) -> str:
    return "/".join(p.rstrip("/") for p in parts)


def table_path(out: str, table: str, partition: str) -> str:
    return _join(out, table, f"{partition}.parquet")


def done_path(out: str, partition: str) -> str:
    return _join(out, DONE, f"{partition}.json")


def write_atomically(fs: fsspec.AbstractFileSystem, path: str, content: bytes) -> None:
    """``content`` at ``path``, written under a hidden temporary name and renamed into place."""
    folder, _, name = path.rpartition("/")
    fs.makedirs(folder, exist_ok=True)
    temporary = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "wb") as stream:
        stream.write(content)
    fs.mv(temporary, path)


def parquet_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def write_partition(out: str, partition: str, tables: dict[str, pa.Table], summary: dict[str, Any]) -> None:
    """Every table of one partition, then its commit mark."""
    fs, root = fsspec.core.url_to_fs(out)
    for name, table in tables.items():
        write_atomically(fs, table_path(root, name, partition), parquet_bytes(table))
    write_atomically(fs, done_path(root, partition), json.dumps(summary, sort_keys=True).encode("utf-8"))


def finished(out: str, partition: str) -> dict[str, Any] | None:
    """The summary of a partition already committed in this run folder, else None."""
    fs, root = fsspec.core.url_to_fs(out)
    try:
        with fs.open(done_path(root, partition), "rb") as stream:
            return json.loads(stream.read())
    except FileNotFoundError:
        return None
    except ValueError:
        return None  # a damaged mark: the partition is run again


def write_plan(out: str, partitions: list[str]) -> None:
    """The partitions of the latest batch into this folder. When a rerun's inputs differ (a
    file added to a folder regroups the small files after it), partitions of the earlier plan
    may cover reports the new plan covers again: they are left on disk but no longer read."""
    fs, root = fsspec.core.url_to_fs(out)
    content = json.dumps(sorted(partitions)).encode("utf-8")
    try:
        with fs.open(_join(root, PLAN), "rb") as stream:
            if stream.read() == content:
                return  # the same plan: a rerun writes nothing
    except FileNotFoundError:
        pass
    write_atomically(fs, _join(root, PLAN), content)


def committed(out: str) -> list[str]:
    """The partitions committed in a run folder and in its latest plan, sorted."""
    fs, root = fsspec.core.url_to_fs(out)
    try:
        names = fs.ls(_join(root, DONE), detail=False)
    except FileNotFoundError:
        return []
    marks = [n.rpartition("/")[2] for n in names]
    done = sorted(m.removesuffix(".json") for m in marks if m.endswith(".json") and not m.startswith("."))
    try:
        with fs.open(_join(root, PLAN), "rb") as stream:
            planned = set(json.loads(stream.read()))
    except (FileNotFoundError, ValueError):
        return done
    return [name for name in done if name in planned]


def read_table(out: str, table: str, partitions: list[str] | None = None) -> pa.Table:
    """One table of the committed partitions (or of ``partitions``), in one Arrow table.
    For a run too large for memory, read ``<run>/<table>/`` with ``dask.dataframe.read_parquet``."""
    fs, root = fsspec.core.url_to_fs(out)
    names = committed(out) if partitions is None else partitions
    pieces = []
    for partition in names:
        path = table_path(root, table, partition)
        if fs.exists(path):
            with fs.open(path, "rb") as stream:
                pieces.append(pq.read_table(stream, schema=table_schema(table)))
    if not pieces:
        return table_schema(table).empty_table()
    return pa.concat_tables(pieces)
