"""Export the ledger's views to files: JSON Lines, CSV, Parquet, GeoJSON.

Rows stream from the database a page at a time into the writer, so an export of a
large ledger runs in flat memory. Column names and types come from the view's
query, so an empty export still has its header (CSV) and schema (Parquet).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Connection, Float, Integer

from claimledger.ledger import queries
from claimledger.ledger.queries import Filters, Row

FORMATS = ("jsonl", "csv", "parquet", "geojson")
TABLES = ("documents", "claims", "figures", "events", "places")
# Views that carry coordinates (from the place an item is bound to): GeoJSON points.
GEO_TABLES = ("places", "events", "figures")
EXTENSIONS = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "geojson": ".geojson"}


class ExportError(ValueError):
    pass


def export(connection: Connection, view: str, fmt: str, out: Path, filters: Filters | None = None) -> int:
    """Write one view to ``out`` in ``fmt``; returns the number of rows (features) written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if view not in queries.VIEWS:
        raise ExportError(f"unknown table {view!r}: use one of {', '.join(queries.VIEWS)}")
    if fmt == "geojson" and view not in GEO_TABLES:
        raise ExportError(f"{view} have no coordinates: GeoJSON exports {', '.join(GEO_TABLES)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = queries.stream(connection, view, filters or Filters())
    names = [name for name, _ in queries.columns(view)]
    if fmt == "jsonl":
        return _jsonl(rows, out)
    if fmt == "csv":
        return _csv(rows, names, out)
    if fmt == "parquet":
        return _parquet(rows, view, out)
    return _geojson(rows, out)


def _jsonl(rows: Iterable[Row], out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _csv(rows: Iterable[Row], names: list[str], out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="") as stream:
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


def _parquet(rows: Iterator[Row], view: str, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(view)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, queries.PAGE)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _geojson(rows: Iterable[Row], out: Path) -> int:
    """A FeatureCollection of points; rows whose place has no coordinates are left out."""
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        stream.write('{"type": "FeatureCollection", "features": [\n')
        for row in rows:
            if row.get("lat") is None or row.get("lon") is None:
                continue
            properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
            point = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
            feature = {"type": "Feature", "geometry": point, "properties": properties}
            stream.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
            count += 1
        stream.write("\n]}\n")
    return count
