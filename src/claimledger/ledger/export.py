"""Export the ledger's views to files: JSON Lines, CSV, Parquet, GeoJSON.

Rows stream from the database a page at a time into the writer, so an export of a
large ledger runs in flat memory. Column names and types come from the view's
query, so an empty export still has its header (CSV) and schema (Parquet).

A file is written under a temporary name beside its target and renamed over it when
complete, so a failed export (a full disk, a kill) leaves no half file and never
damages what was there. What was there is only replaced when asked (``overwrite``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from itertools import islice
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Boolean, Connection, Float, Integer

from claimledger.ledger import queries
from claimledger.ledger.queries import Filters, Row
from claimledger.screen import finite

FORMATS = ("jsonl", "csv", "parquet", "geojson")
TABLES = ("documents", "claims", "figures", "events", "places")
# Views that carry coordinates (from the place an item is bound to): GeoJSON points.
GEO_TABLES = ("places", "events", "figures")
EXTENSIONS = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "geojson": ".geojson"}


class ExportError(ValueError):
    pass


def export(connection: Connection, view: str, fmt: str, out: Path | IO[bytes],
           filters: Filters | None = None) -> int:
    """Write one view to ``out`` (a new file, or a binary stream) in ``fmt``; returns the
    number of rows (features) written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if view not in queries.VIEWS:
        raise ExportError(f"unknown table {view!r}: use one of {', '.join(queries.VIEWS)}")
    if fmt == "geojson" and view not in GEO_TABLES:
        raise ExportError(f"{view} have no coordinates: GeoJSON exports {', '.join(GEO_TABLES)}")
    rows = queries.stream(connection, view, filters or Filters())
    if not isinstance(out, Path):
        return _write(rows, view, fmt, out)
    with write_atomically(out) as stream:
        return _write(rows, view, fmt, stream)


def _write(rows: Iterator[Row], view: str, fmt: str, stream: IO[bytes]) -> int:
    if fmt == "parquet":
        return _parquet(rows, view, stream)
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=False)
    try:
        if fmt == "jsonl":
            return _jsonl(rows, text)
        if fmt == "csv":
            return _csv(rows, [name for name, _ in queries.columns(view)], text)
        return _geojson(rows, text)
    finally:
        text.flush()
        text.detach()


def check_target(out: Path, protected: Iterable[str], overwrite: bool) -> None:
    """Refuse a target that is a folder, one of the ``protected`` files (the ledger's
    own), or an existing file unless ``overwrite``."""
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give a file name, or more than one --table")
    if not out.exists():
        return
    for path in protected:
        if os.path.exists(path) and os.path.samefile(out, path):
            raise ExportError(f"{out}: is the ledger's own database file; it is never overwritten")
    if not overwrite:
        raise ExportError(f"{out}: already exists; use --force to replace it")


@contextmanager
def write_atomically(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream whose content becomes ``path`` only once the block completes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _jsonl(rows: Iterable[Row], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(finite(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(rows: Iterable[Row], names: list[str], stream: IO[str]) -> int:
    count = 0
    writer = csv.DictWriter(stream, fieldnames=names)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _arrow_schema(view: str) -> Any:
    import pyarrow as pa

    def arrow_type(kind: Any) -> Any:
        if isinstance(kind, Boolean):
            return pa.bool_()
        if isinstance(kind, Integer):
            return pa.int64()
        if isinstance(kind, Float):
            return pa.float64()
        return pa.string()

    return pa.schema([(name, arrow_type(kind)) for name, kind in queries.columns(view)])


def _parquet(rows: Iterator[Row], view: str, out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(view)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, queries.PAGE)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _geojson(rows: Iterable[Row], stream: IO[str]) -> int:
    """A FeatureCollection of points; rows whose place has no coordinates are left out."""
    count = 0
    stream.write('{"type": "FeatureCollection", "features": [\n')
    for row in rows:
        if row.get("lat") is None or row.get("lon") is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        point = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        feature = {"type": "Feature", "geometry": point, "properties": properties}
        stream.write((",\n" if count else "") + json.dumps(finite(feature), ensure_ascii=False))
        count += 1
    stream.write("\n]}\n")
    return count
