"""Cutting inputs into partitions for the batch: every record read once, whatever the cut."""

from __future__ import annotations

import csv
import gzip
import json
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from scale_corpus import REPORTS, records

from claimledger.model import Document
from claimledger.read import InputError, read_sources
from claimledger.read.records import Fields
from claimledger.scale import tables
from claimledger.scale.partitions import kind_by_name, plan, read_partition


def _read_all(inputs: list[str], size: int) -> tuple[Counter, list[str], int]:
    partitions, problems = plan(inputs, size)
    assert not problems
    titles: Counter = Counter()
    errors = []
    for partition in partitions:
        for _, item in read_partition(partition, Fields()):
            if isinstance(item, Document):
                titles[item.title] += 1
            elif isinstance(item, InputError):
                errors.append(str(item))
    return titles, errors, len(partitions)


def _expected(path: Path) -> Counter:
    return Counter(item.title for _, item in read_sources([path]) if isinstance(item, Document))


def test_jsonl_blocks_read_each_record_once(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in records()]
    lines.insert(5, "{not json at all")
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    titles, errors, count = _read_all([str(path)], 700)
    assert count > 5  # cut into many blocks, the cuts falling inside lines
    assert titles == _expected(path)
    assert sum(titles.values()) == len(records())
    assert len(errors) == 1 and "not valid JSON" in errors[0]


def test_csv_ranges_keep_multiline_records_whole(tmp_path: Path) -> None:
    path = tmp_path / "reports.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=["title", "text", "published"])
        writer.writeheader()
        for title, published, _, text in REPORTS:
            # a paragraph break inside a quoted field: a line is not a record
            writer.writerow({"title": title, "published": published, "text": text.replace(". ", ".\n\n", 1)})
    titles, errors, count = _read_all([str(path)], 500)
    assert count > 3 and not errors
    assert titles == _expected(path) and sum(titles.values()) == len(REPORTS)


def test_parquet_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "reports.parquet"
    table = pa.Table.from_pylist([{"title": r["title"], "text": r["text"]} for r in records()])
    pq.write_table(table, path, row_group_size=3)
    titles, errors, count = _read_all([str(path)], 1)
    assert count == pq.ParquetFile(path).metadata.num_row_groups > 1
    assert not errors and titles == _expected(path)


def test_gzipped_jsonl_and_small_files_are_read_whole(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write("\n".join(json.dumps(r) for r in records()[:6]) + "\n")
    for index, (title, _, _, text) in enumerate(REPORTS[:3]):
        (tmp_path / f"r{index}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    titles, errors, _ = _read_all([str(tmp_path)], 10_000_000)
    assert not errors
    assert sum(titles.values()) == 9
    assert kind_by_name("x/y.jsonl.gz") == ("jsonl", "gzip")
    assert kind_by_name("x/y.warc.gz") == ("warc", None)


def test_partition_names_are_stable_and_missing_input_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records()) + "\n", encoding="utf-8")
    first, _ = plan([str(path)], 800)
    again, _ = plan([str(path)], 800)
    assert [p.name for p in first] == [p.name for p in again]
    assert len({p.name for p in first}) == len(first)
    _, problems = plan([str(tmp_path / "nothing-*.jsonl")], 800)
    assert len(problems) == 1 and "nothing matches" in str(problems[0])


def test_tables_share_the_ledgers_columns_and_commit_last(tmp_path: Path) -> None:
    claims = tables.table_schema("claims")
    assert {"id", "document_id", "speaker", "speaker_side", "span_start", "source"} <= set(claims.names)
    assert "analysis_id" not in claims.names
    assert claims.field("span_start").type == pa.int64()
    assert tables.table_schema("figures").field("value").type == pa.float64()
    out = str(tmp_path / "run")
    assert tables.finished(out, "p1") is None and tables.committed(out) == []
    built = {"errors": tables.to_table("errors", [{"source": "x", "reason": "bad", "level": "error"}])}
    tables.write_partition(out, "p1", built, {"documents": 0})
    assert tables.finished(out, "p1") == {"documents": 0}
    assert tables.committed(out) == ["p1"]
    assert tables.read_table(out, "errors").column("reason").to_pylist() == ["bad"]
    assert not [p for p in (tmp_path / "run").rglob(".*")]  # no temporary file left behind
    tables.write_partition(out, "p2", built, {"documents": 0})
    tables.write_plan(out, ["p2", "p3"])  # a later batch's plan: p1 is no longer read
    assert tables.committed(out) == ["p2"]


@pytest.mark.parametrize("size", ["8MB", "500kB", "1GiB", "1024"])
def test_partition_size_option(size: str) -> None:
    from claimledger.scale_cli import parse_size

    assert parse_size(size) > 0
