"""The ledger under real processes: an ingest killed with SIGKILL and resumed, two ingests
into one ledger at once, and extraction in a pool of worker processes."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from test_ledger_support import BACKENDS, Cli, assert_complete, fresh_db, snapshot, write_reports
from typer.testing import CliRunner

from claimledger.ledger import Ledger
from claimledger.ledger.db import resolve_url
from claimledger.ledger_cli import register

app = typer.Typer()
register(app)

KILL_AFTER = 10  # documents stored before the kill
TIMEOUT = 300  # generous: a loaded 2-core machine runs two extractors at once here


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


@pytest.fixture
def baseline_url(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second ledger on the same backend, for the uninterrupted run to compare with."""
    backend = "sqlite" if "://" not in db_url else "postgresql"
    yield from fresh_db(backend, tmp_path / "baseline")


def stored(url: str) -> int:
    """Documents in the ledger now, 0 while the ingest has not created it yet."""
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM documents")).scalar_one()
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def test_kill_9_mid_ingest_then_resume_equals_an_uninterrupted_run(db_url: str, baseline_url: str,
                                                                     tmp_path: Path) -> None:
    (tmp_path / "baseline").mkdir(exist_ok=True)
    total = 80
    folder = write_reports(tmp_path / "reports", total)
    process = Cli(tmp_path / "logs", "ingest", str(folder), "--db", db_url, "--quiet").process
    deadline = time.monotonic() + TIMEOUT
    while stored(db_url) < KILL_AFTER and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=TIMEOUT)
    assert process.returncode == -signal.SIGKILL
    at_kill = stored(db_url)
    assert KILL_AFTER <= at_kill < total, "the ingest was not killed mid-way"
    assert_complete(db_url)  # every stored report has its whole analysis

    # The same command again, run in this process (the extractor is loaded already).
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db_url, "--quiet"])
    out = " ".join(result.output.split())
    assert result.exit_code == 0, out
    assert f"{total - at_kill} new" in out and f"{at_kill} already in the ledger" in out
    with Ledger(baseline_url) as ledger:
        assert ledger.ingest_paths([folder]).new == total
    assert snapshot(db_url) == snapshot(baseline_url)


def test_two_ingests_at_once_lose_nothing_and_duplicate_nothing(db_url: str, baseline_url: str,
                                                                 tmp_path: Path) -> None:
    (tmp_path / "baseline").mkdir(exist_ok=True)
    first = write_reports(tmp_path / "first", 30, start=0)
    second = write_reports(tmp_path / "second", 30, start=15)  # 15 reports in both
    processes = [Cli(tmp_path / "logs", "ingest", str(folder), "--db", db_url, "--quiet")
                 for folder in (first, second)]
    for process in processes:
        process.finish(TIMEOUT)
    with Ledger(db_url) as ledger:
        counts = ledger.counts()
    assert (counts["documents"], counts["analyses"], counts["sightings"]) == (45, 45, 60)
    with Ledger(baseline_url) as ledger:
        ledger.ingest_paths([first])
        ledger.ingest_paths([second])
    assert snapshot(db_url) == snapshot(baseline_url)


def test_jobs_give_the_same_ledger_as_one_process(tmp_path: Path) -> None:
    # Extraction in worker processes does not depend on the backend: SQLite only, since
    # each worker pays the extractor's start-up.
    db_url, baseline_url = str(tmp_path / "jobs.db"), str(tmp_path / "one.db")
    folder = write_reports(tmp_path / "reports", 24)
    with Ledger(db_url) as ledger:
        report = ledger.ingest_paths([folder], jobs=2)
    assert report.new == 24
    with Ledger(baseline_url) as ledger:
        ledger.ingest_paths([folder])
    assert snapshot(db_url) == snapshot(baseline_url)
