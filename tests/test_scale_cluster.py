"""claimledger batch on a real Dask LocalCluster of two worker processes, on a corpus the
tests write: the same records as one process, bad records in the errors table, a rerun
doing nothing, a worker killed mid-run, links, and loading the run into a ledger."""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from scale_corpus import WRAPPER, write_corpus
from sqlalchemy import select
from typer.testing import CliRunner

from claimledger.analyze import analyze_many
from claimledger.cli import app
from claimledger.ledger import Ledger
from claimledger.ledger.schema import links as lk
from claimledger.model import Document
from claimledger.read import read_sources
from claimledger.scale import tables
from claimledger.scale.cluster import connect, run_batch
from claimledger.scale.dedup import find_links
from claimledger.scale.partitions import plan
from claimledger.scale.work import Options, record_of

PARTITION_SIZE = 1_500  # bytes: the small corpus makes several partitions, the JSONL file cut in blocks
KILL_PARTITION_SIZE = 500


@pytest.fixture(scope="module")
def client():
    with connect(workers=2) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def run(client, corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    out = str(tmp_path_factory.mktemp("runs") / "first")
    partitions, problems = plan([str(corpus)], PARTITION_SIZE)
    assert not problems and len(partitions) >= 4
    report = run_batch(client, partitions, Options(out=out))
    return out, partitions, report


def _canonical(record: dict) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def _files(out: str) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in Path(out).rglob("*") if p.is_file()}


def test_batch_equals_single_process_analyze(run, corpus: Path, nlp) -> None:
    out, partitions, report = run
    assert not report.failed and report.done == len(partitions) == len(tables.committed(out))
    documents = tables.read_table(out, "documents").to_pylist()
    batch = Counter(_canonical(record_of(row)) for row in documents)
    read = [item for _, item in read_sources([corpus]) if isinstance(item, Document)]
    single = Counter(_canonical(record) for record in analyze_many(read, nlp))
    assert batch == single  # the same records, whatever the order and the partitions
    claims = tables.read_table(out, "claims")
    assert claims.num_rows == sum(len(record_of(row)["claims"]) for row in documents) > 0
    assert set(claims.column("document_id").to_pylist()) <= {row["id"] for row in documents}


def test_bad_records_land_in_the_errors_table(run) -> None:
    out, _, report = run
    errors = [row for row in tables.read_table(out, "errors").to_pylist() if row["level"] == "error"]
    reasons = sorted(row["reason"] for row in errors)
    assert len(errors) == report.errors == 2
    assert any("not valid JSON" in reason for reason in reasons)
    assert any("has no 'text'" in reason for reason in reasons)
    assert all(row["source"].endswith("feed.jsonl") for row in errors)


def test_rerun_after_completion_does_no_work(client, run) -> None:
    out, partitions, _ = run
    before = _files(out)
    again = run_batch(client, partitions, Options(out=out))
    assert again.skipped == len(partitions) and not again.failed
    assert _files(out) == before  # nothing written, nothing rewritten


def test_links_and_ingest_from_run_twice(client, run, tmp_path: Path) -> None:
    out, _, _ = run
    found = find_links(client, out)
    assert not found["skipped"]
    assert find_links(client, out)["skipped"]  # up to date: not built again
    links = tables_links(out)
    documents = tables.read_table(out, "documents").to_pylist()
    wrapped = {row["id"] for row in documents if row["text"].startswith(WRAPPER)}
    assert len(wrapped) == 2
    assert {(d, k) for d, _, k in links if d in wrapped} == {(d, "copy") for d in wrapped}

    db = str(tmp_path / "ledger.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", "--from-run", out, "--db", db, "--quiet"])
    assert first.exit_code == 0, first.output
    with Ledger(db) as ledger:
        counts = ledger.counts()
        with ledger.engine.connect() as connection:
            ledger_links = set(connection.execute(select(lk.c.document_id, lk.c.origin_id, lk.c.kind)).all())
    assert counts["documents"] == len({row["id"] for row in documents})
    assert counts["sightings"] == len({row["url"] or row["source"] for row in documents})
    assert set(links) <= ledger_links  # the ledger's link stage finds the run's links again
    second = runner.invoke(app, ["ingest", "--from-run", out, "--db", db, "--quiet"])
    assert second.exit_code == 0, second.output
    assert "0 new" in second.output
    with Ledger(db) as ledger:
        assert ledger.counts() == counts


def tables_links(out: str) -> set[tuple[str, str, str]]:
    import pyarrow.parquet as pq

    table = pq.read_table(str(Path(out) / "links"))
    return {(r["document_id"], r["origin_id"], r["kind"]) for r in table.to_pylist()}


def test_worker_killed_mid_run_leaves_a_complete_duplicate_free_run(client, run, corpus: Path,
                                                                    tmp_path: Path) -> None:
    first_out, _, _ = run
    out = str(tmp_path / "killed")
    partitions, _ = plan([str(corpus)], KILL_PARTITION_SIZE)  # smaller partitions: a longer run to kill
    pids = client.run(os.getpid)
    finished: dict = {}
    batch = threading.Thread(target=lambda: finished.update(report=run_batch(client, partitions, Options(out=out))))
    batch.start()
    deadline = time.monotonic() + 120
    victim = None
    while victim is None and time.monotonic() < deadline:
        busy = [worker for worker, keys in client.processing().items() if keys and tables.committed(out)]
        victim = pids.get(busy[0]) if busy else None  # a worker running a task, once the run is under way
        time.sleep(0.02)
    done_at_kill = len(tables.committed(out))
    assert victim is not None
    os.kill(victim, signal.SIGKILL)
    batch.join(timeout=300)
    assert not batch.is_alive()
    assert 0 < done_at_kill < len(partitions)  # killed mid-run
    assert victim not in client.run(os.getpid).values()  # that process is gone; the nanny started another
    report = finished["report"]
    assert not report.failed and len(tables.committed(out)) == len(partitions)

    def rows(folder: str, table: str, key: tuple[str, ...]) -> Counter:
        return Counter(tuple(row[k] for k in key) for row in tables.read_table(folder, table).to_pylist())

    # no row twice (sources name the partition's byte range, so they are unique within a run) ...
    for table, key in (("documents", ("id", "source")), ("claims", ("source", "id")), ("figures", ("source", "id"))):
        assert max(rows(out, table, key).values()) == 1, table
    # ... and none missing: the same rows as the first run, cut into other partitions
    for table, key in (("documents", ("id", "url", "title")), ("claims", ("document_id", "id")),
                       ("figures", ("document_id", "id")), ("places", ("document_id", "id"))):
        assert rows(out, table, key) == rows(first_out, table, key), table

    def reasons(folder: str) -> Counter:  # without the file@offset:line they start with
        errors = tables.read_table(folder, "errors").to_pylist()
        return Counter(re.sub(r"^.*?@\d+:\d+: ", "", row["reason"]) for row in errors)

    assert reasons(out) == reasons(first_out)


def test_batch_command_against_a_scheduler_address(client, run, corpus: Path) -> None:
    """The CLI, pointed at a running scheduler as at a cluster's: every partition is found done."""
    out, partitions, _ = run
    result = CliRunner().invoke(app, ["batch", str(corpus), "--out", out, "--scheduler", client.scheduler.address,
                                      "--partition-size", str(PARTITION_SIZE), "--no-links", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Dask dashboard: http" in result.output
    assert f"{len(partitions)}/{len(partitions)} partitions done ({len(partitions)} already done" in result.output
