"""Shared helpers of the ledger tests (no tests here): backends, reports, a fake extractor.

Every ledger test runs on SQLite and on PostgreSQL. PostgreSQL needs a server: CI
starts one with scripts/start-postgres.sh and puts its URL in CLAIMLEDGER_TEST_PG;
without it, the PostgreSQL variants skip. Each test gets a database of its own.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from claimledger.ledger import Analyzer, Ledger
from claimledger.ledger.db import resolve_url
from claimledger.ledger.store import Versioned
from claimledger.model import Document

PG_ENV = "CLAIMLEDGER_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]
ROOT = Path(__file__).resolve().parent.parent


def _pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI") == "true":
        # CI must test both backends: a missing server is a failure there, not a skip.
        pytest.fail(f"{PG_ENV} is not set in CI: start PostgreSQL with scripts/start-postgres.sh")
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against")
    return resolve_url(url)


def fresh_db(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty ledger URL: a SQLite file, or a new PostgreSQL database dropped
    afterwards. Test modules make it a fixture parametrized over BACKENDS."""
    if backend == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    yield from _pg_database()


def linked_db(backend: str, tmp_path: Path, documents: list[Document]) -> Iterator[str]:
    """A fresh ledger (:func:`fresh_db`) holding ``documents`` analysed by FakeAnalyzer
    and linked; dropped afterwards. Test modules make it a fixture over BACKENDS."""
    url_iter = fresh_db(backend, tmp_path)
    url = next(url_iter)
    with Ledger(url) as ledger:
        ledger.ingest(documents, analyzer=FakeAnalyzer())
        ledger.link()
    yield url
    for _ in url_iter:
        pass


def _pg_database() -> Iterator[str]:
    admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    name = f"cl_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield url.replace("postgresql+psycopg://", "postgresql://")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------------- reports

def report_text(n: int) -> str:
    """A small report, different for every n, with a claim, a figure, an event, a place."""
    return (f"Troops Pull Back From Kursk Village {n}\n"
            f"Ukrainian military officials said that about {1000 + 100 * n:,} North Korean troops had been "
            f"killed near Kursk. Russian officials denied that their forces withdrew from Sudzha on day {n}.")


def write_reports(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (folder / f"report-{n:04d}.txt").write_text(report_text(n), encoding="utf-8")
    return folder


def document(n: int, **meta: str | None) -> Document:
    return Document(text=report_text(n).split("\n", 1)[1], title=f"Report {n}", source=f"test:{n}", **meta)


# ---------------------------------------------------------------------- a fake extractor

class FakeAnalyzer(Analyzer):
    """A deterministic stand-in for the spaCy extractor, for tests of the ledger's own
    logic: a claim per "X said that Y", a figure per number, an event per "withdrew",
    a place per capitalised word after "near"/"from"."""

    version: str = "0.0-test"

    def made_by(self) -> Versioned:
        return Versioned("claimledger", self.version, "fake 1.0")

    def _analyze(self, documents: list[Document]) -> list[dict]:
        if any("EXPLODE" in d.text for d in documents):
            raise RuntimeError("the extractor broke on this text")
        return [fake_record(d, self.version) for d in documents]


def fake_record(document: Document, version: str = "0.0-test") -> dict:
    body = document.text
    places = [{"id": f"p{i}", "name": m.group(1), "kind": "city", "country": "RU", "lat": 51.7 + i,
               "lon": 36.2, "geonames_id": None, "mentions": [[m.start(1), m.end(1)]]}
              for i, m in enumerate(re.finditer(r"(?:near|from) ([A-Z]\w+)", body), start=1)]
    claims = []
    for i, m in enumerate(re.finditer(r"([A-Z][\w ]*?) (said|denied) that ([^.]+)", body), start=1):
        side = "UA" if "Ukrainian" in m.group(1) else "RU" if "Russian" in m.group(1) else None
        claims.append({"id": f"c{i}", "speaker": {"name": m.group(1), "kind": "group", "side": side},
                       "cue": m.group(2), "mode": "indirect", "hedge": "asserted",
                       "polarity": "denied" if m.group(2) == "denied" else "affirmed",
                       "text": m.group(3), "span": [m.start(3), m.end(3)],
                       "sentence_span": [m.start(), m.end()], "figures": [], "events": []})
    figures = []
    for i, m in enumerate(re.finditer(r"\d[\d,]*", body), start=1):
        holder = next((c for c in claims if c["span"][0] <= m.start() < c["span"][1]), None)
        figures.append({"id": f"f{i}", "value": int(m.group().replace(",", "")), "quantity": "killed",
                        "side": "KP", "approximate": True, "text": m.group(), "span": [m.start(), m.end()],
                        "claim": holder["id"] if holder else None,
                        "place": places[0]["id"] if places else None})
    events = []
    for i, m in enumerate(re.finditer(r"withdrew", body), start=1):
        holders = [c["id"] for c in claims if c["span"][0] <= m.start() < c["span"][1]]
        events.append({"id": f"e{i}", "type": "withdraw", "actor": {"name": "their forces", "side": "RU"},
                       "target": None, "place": places[-1]["id"] if places else None, "when": None,
                       "certainty": "denied", "claims": holders, "text": m.group(),
                       "span": [m.start(), m.end()]})
    return {
        "schema": "claimledger.analysis/1",
        "extractor": {"name": "claimledger", "version": version, "model": "fake 1.0"},
        "document": {"id": document.id, "title": document.title, "text": body, "outlet": document.outlet,
                     "url": document.url, "published": document.published,
                     "declared_origin": document.declared_origin, "language": document.language},
        "claims": claims, "figures": figures, "events": events, "places": places, "checks": [],
    }


# ---------------------------------------------------------------------- comparing ledgers

def snapshot(url: str) -> dict[str, list[tuple]]:
    """Everything a ledger holds, without what differs between equal runs: surrogate
    keys, analysis ids (replaced by document and version) and timestamps."""
    queries = {
        "documents": "SELECT id, title, text, language, declared_origin, outlet, url, published "
                     "FROM documents",
        "sightings": "SELECT document_id, locator, url, outlet, published, title, source FROM sightings",
        "analyses": "SELECT document_id, version, extractor, extractor_version, model, record FROM analyses",
    }
    for table in ("claims", "figures", "events", "places"):
        queries[table] = (f"SELECT a.document_id, a.version, t.* FROM {table} t "
                          f"JOIN analyses a ON a.id = t.analysis_id")
    queries["event_claims"] = ("SELECT a.document_id, a.version, t.event_id, t.claim_id FROM event_claims t "
                               "JOIN analyses a ON a.id = t.analysis_id")
    engine = create_engine(resolve_url(url))
    found = {}
    with engine.connect() as connection:
        for table, query in queries.items():
            rows = connection.execute(text(query)).mappings().all()
            found[table] = sorted(_comparable(row) for row in rows)
    engine.dispose()
    return found


def _comparable(row: Any) -> tuple:
    return tuple(sorted((k, json.dumps(v)) for k, v in row.items() if k != "analysis_id"))


def assert_complete(url: str) -> None:
    """Every stored document has its analysis, and every analysis all its rows: what a
    crash must never break."""
    with Ledger(url) as ledger:
        for row in ledger.documents():
            record = ledger.record(row["document_id"])
            for table, plural in (("claims", "claims"), ("figures", "figures"), ("events", "events"),
                                  ("places", "places")):
                stored = ledger.rows(plural, _filters(row["document_id"]))
                assert len(list(stored)) == len(record[table]), (row["document_id"], table)


def _filters(document_id: str):  # type: ignore[no-untyped-def]
    from claimledger.ledger import Filters

    return Filters(document=document_id)


class Cli:
    """A real `claimledger` process running the ledger commands. Its output goes to
    files, not pipes: a process blocked on a full pipe while holding the ledger's write
    lock would stall the other writer of a concurrency test."""

    def __init__(self, folder: Path, *args: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        name = uuid.uuid4().hex[:8]
        self.out_path, self.err_path = folder / f"{name}.out", folder / f"{name}.err"
        with self.out_path.open("w") as out, self.err_path.open("w") as err:
            # PYTHONFAULTHANDLER: on SIGABRT (see finish) the process prints its stacks.
            self.process = subprocess.Popen([sys.executable, "-m", "claimledger.ledger_cli", *args], cwd=ROOT,
                                            stdout=out, stderr=err,
                                            env={**os.environ, "PYTHONFAULTHANDLER": "1"})

    def finish(self, timeout: float) -> str:
        """Wait for a clean exit and return the output; on a hang, fail with its stacks."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGABRT)
            self.process.wait(timeout=30)
            pytest.fail(f"ingest still running after {timeout} s:\n{self.err_path.read_text()}")
        assert self.process.returncode == 0, self.err_path.read_text()
        return self.out_path.read_text()
