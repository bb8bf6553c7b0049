"""Ingest throughput and memory: FA-KES once, then the same corpus ten times over.

    .venv/bin/python bench/ingest.py                 # SQLite in a temporary folder
    .venv/bin/python bench/ingest.py --db postgresql://…  --jobs 2

Each size runs in a fresh process, into an empty ledger, so that its peak memory is
its own. Before the clock starts the extractor is loaded and warmed on the corpus's
first WARM_UP reports (its caches fill on first use), so what is timed is the steady
ingest itself: read, analyse, store. Copy k of the corpus (k > 0) has " (copy k)"
added to every text, so each copy is a new document to analyse and store, not a
sighting.

It checks what the ledger promises at scale: cost grows linearly (CPU time per
document at 10x within 20% of 1x) and memory stays flat (the corpus streams through;
peak memory at 10x within 10% of 1x). The check is on CPU time, of this process and
its extraction workers, because wall time on a shared machine measures the
neighbours too; wall time and documents per second are reported beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "fa-kes" / "FA-KES-Dataset.csv"
FIELDS = {"text_field": "article_content", "title_field": "article_title", "published_field": "date",
          "outlet_field": "source"}
MAX_TIME_GROWTH = 0.20
MAX_MEMORY_GROWTH = 0.10
WARM_UP = 32


def corpus(copies: int) -> Iterator[object]:
    """FA-KES ``copies`` times, read afresh each time (streamed, never held whole)."""
    from claimledger.documents import read_path
    from claimledger.model import Document

    for copy in range(copies):
        for item in read_path(CORPUS, **FIELDS):
            if isinstance(item, Document) and copy:
                item = replace(item, text=f"{item.text} (copy {copy})", source=f"{item.source}#copy{copy}")
            yield item


def peak_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports kB


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (extraction workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_once(copies: int, db: str, jobs: int) -> dict:
    """One measured ingest, in this process: the child side of :func:`measure`."""
    from itertools import islice

    from claimledger.ledger import Analyzer, Ledger
    from claimledger.model import Document

    analyzer = Analyzer()
    analyzer.run([d for d in islice(corpus(1), WARM_UP) if isinstance(d, Document)])
    with Ledger(db) as ledger:
        started, cpu = time.perf_counter(), cpu_seconds()
        report = ledger.ingest(corpus(copies), analyzer=analyzer, jobs=jobs)
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        counts = ledger.counts()
    stored = max(report.new, 1)
    return {"copies": copies, "documents": report.new, "errors": report.errors, "seconds": seconds,
            "cpu_seconds": cpu, "cpu_ms_per_document": 1000 * cpu / stored,
            "per_document_ms": 1000 * seconds / stored, "per_second": report.new / seconds,
            "peak_mb": peak_mb(), "ledger": counts}


def measure(copies: int, db: str | None, jobs: int, folder: Path) -> dict:
    """Run one size in a fresh process and an empty ledger; returns its figures."""
    target = db or str(folder / f"bench-{copies}x.db")
    if db and db.startswith(("postgresql://", "postgres://")):
        target = fresh_pg_database(db, copies)
    command = [sys.executable, __file__, "--child", str(copies), "--db", target, "--jobs", str(jobs)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def fresh_pg_database(url: str, copies: int) -> str:
    """A new, empty database on the server of ``url`` for one run."""
    from sqlalchemy import create_engine, text

    from claimledger.ledger import resolve_url

    admin = create_engine(resolve_url(url), isolation_level="AUTOCOMMIT")
    name = f"bench_{copies}x_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    fresh = admin.url.set(database=name).render_as_string(hide_password=False)
    admin.dispose()
    return fresh


def report(results: list[dict]) -> bool:
    print(f"{'corpus':<7} {'documents':>9} {'errors':>6} {'wall s':>8} {'docs/s':>7} {'ms/doc':>7} "
          f"{'CPU ms/doc':>10} {'peak MB':>8}")
    for r in results:
        print(f"{str(r['copies']) + 'x':<7} {r['documents']:>9} {r['errors']:>6} {r['seconds']:>8.1f} "
              f"{r['per_second']:>7.2f} {r['per_document_ms']:>7.1f} {r['cpu_ms_per_document']:>10.1f} "
              f"{r['peak_mb']:>8.0f}")
    one, ten = results[0], results[-1]
    time_growth = ten["cpu_ms_per_document"] / one["cpu_ms_per_document"] - 1
    memory_growth = ten["peak_mb"] / one["peak_mb"] - 1
    linear = abs(time_growth) <= MAX_TIME_GROWTH
    flat = memory_growth <= MAX_MEMORY_GROWTH
    print(f"CPU time per document at {ten['copies']}x vs 1x: {time_growth:+.1%} "
          f"({'ok' if linear else 'FAIL'}: within ±{MAX_TIME_GROWTH:.0%})")
    print(f"peak memory at {ten['copies']}x vs 1x: {memory_growth:+.1%} "
          f"({'ok' if flat else 'FAIL'}: at most +{MAX_MEMORY_GROWTH:.0%})")
    return linear and flat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="ledger URL (default: SQLite files in a temporary folder)")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes")
    parser.add_argument("--copies", type=int, default=10, help="the large corpus, in copies of FA-KES")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(args.child, args.db, args.jobs)))
        return
    if not CORPUS.exists():
        sys.exit(f"FA-KES not found at {CORPUS}")
    backend = "PostgreSQL" if args.db and "postgres" in args.db else "SQLite"
    print(f"ingest benchmark: FA-KES ({CORPUS.name}), 1x and {args.copies}x, jobs={args.jobs}, {backend}, "
          f"{os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory(prefix="claimledger-bench-") as folder:
        results = [measure(copies, args.db, args.jobs, Path(folder)) for copies in (1, args.copies)]
    sys.exit(0 if report(results) else 1)


if __name__ == "__main__":
    main()
