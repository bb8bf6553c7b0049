"""Ingest: read documents stream in, analyses are made, and each is stored on its own.

The stream is taken in small chunks. For each document the ledger decides whether it
needs analysing (a text already stored, or already on its way, only adds a sighting),
the analyzer runs on the chunk, and the writer stores every document in one
transaction of its own, in reading order. Bad input is counted in the report, per
file and reason, and never stops the run.

Rerunning an interrupted ingest resumes it: what was stored is recognised as known
and skipped before analysis, and the rest goes in as it would have.
"""

from __future__ import annotations

import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Engine, select
from sqlalchemy.exc import DataError

from claimledger.ledger import db, schema, store
from claimledger.ledger.analysis import Analyzer, Outcome, Pending, Runner
from claimledger.ledger.store import Stored
from claimledger.model import Document
from claimledger.read import InputError, InputWarning

CHUNK = 16  # documents per analysis batch: spaCy's batch size, and the unit of read-ahead
UNKNOWN_FILE = "<input>"

Item = Document | InputError | InputWarning
Sourced = tuple[str, Item]  # (the file it came from, what was read there)


@dataclass
class Tally:
    """Documents stored, by what storing each did (:class:`Stored`): new, a new copy, known."""

    new: int = 0
    copies: int = 0
    known: int = 0

    @property
    def stored(self) -> int:
        return self.new + self.copies + self.known

    def count(self, outcome: Stored) -> None:
        if outcome is Stored.NEW:
            self.new += 1
        elif outcome is Stored.COPY:
            self.copies += 1
        else:
            self.known += 1


@dataclass
class Timed:
    """A run's clock: started when its report is made, finished when the run ends."""

    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started


@dataclass
class FileReport(Tally):
    """What one input file gave: documents by outcome, and errors by reason."""

    errors: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)


@dataclass
class IngestReport(Timed):
    files: dict[str, FileReport] = field(default_factory=dict)

    def file(self, name: str) -> FileReport:
        return self.files.setdefault(name, FileReport())

    def count(self, name: str, outcome: Stored) -> None:
        self.file(name).count(outcome)

    def error(self, name: str, reason: str) -> None:
        self.file(name).errors[reason] += 1

    def warning(self, name: str, reason: str) -> None:
        self.file(name).warnings[reason] += 1

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files.values())

    @property
    def copies(self) -> int:
        return sum(f.copies for f in self.files.values())

    @property
    def known(self) -> int:
        return sum(f.known for f in self.files.values())

    @property
    def errors(self) -> int:
        return sum(sum(f.errors.values()) for f in self.files.values())

    @property
    def stored(self) -> int:
        """Documents that are in the ledger after this run: new, copies and known."""
        return self.new + self.copies + self.known

    @property
    def ok(self) -> bool:
        """A run failed only when nothing at all could be ingested."""
        return self.stored > 0


Progress = Callable[[IngestReport], None]


@dataclass
class Work:
    file: str
    document: Document
    analyse: bool


def ingest(engine: Engine, items: Iterable[Item | Sourced], *, analyzer: Analyzer | None = None,
           jobs: int = 1, progress: Progress | None = None) -> IngestReport:
    """Store every document of ``items`` with its analysis; see the module docstring."""
    report = IngestReport()
    in_flight: set[str] = set()  # ids analysed in this run and not yet stored

    def plans() -> Iterator[list[Work]]:
        for chunk in _chunks(_sourced(items)):
            yield _plan(engine, chunk, in_flight, report, progress)

    def store_one(work: Work, outcome: Outcome | None) -> None:
        _store(engine, work, outcome, report)
        in_flight.discard(work.document.id)
        if progress:
            progress(report)

    with Runner(analyzer or Analyzer(), jobs) as runner:
        run_pipeline(runner, plans(), store_one)
    report.finished = time.monotonic()
    return report


def run_pipeline(runner: Runner, plans: Iterable[list[Work]],
                 store_one: Callable[[Work, Outcome | None], None]) -> None:
    """Analyse each plan's documents that need it, then store every work in order.

    Up to ``runner.depth`` batches are analysed ahead of the one being stored.
    """
    pending: deque[tuple[list[Work], Pending]] = deque()
    for works in plans:
        pending.append((works, runner.submit([w.document for w in works if w.analyse])))
        while len(pending) > runner.depth:
            _finish(*pending.popleft(), store_one)
    while pending:
        _finish(*pending.popleft(), store_one)


def _finish(works: list[Work], outcomes: Pending,
            store_one: Callable[[Work, Outcome | None], None]) -> None:
    results = iter(outcomes())
    for work in works:
        store_one(work, next(results) if work.analyse else None)


def _sourced(items: Iterable[Item | Sourced]) -> Iterator[Sourced]:
    """Pairs of (file, item); a bare Document is filed under its source."""
    for item in items:
        if isinstance(item, tuple):
            yield item
        elif isinstance(item, Document):
            yield (item.source or UNKNOWN_FILE), item
        else:
            yield UNKNOWN_FILE, item


def _chunks(items: Iterator[Sourced]) -> Iterator[list[Sourced]]:
    while chunk := list(islice(items, CHUNK)):
        yield chunk


def _plan(engine: Engine, chunk: list[Sourced], in_flight: set[str], report: IngestReport,
          progress: Progress | None) -> list[Work]:
    """Works for a chunk's documents; its errors go straight to the report."""
    documents = [(file, item) for file, item in chunk if isinstance(item, Document)]
    stored = _stored_ids(engine, {document.id for _, document in documents})
    works = []
    for file, item in chunk:
        if isinstance(item, InputWarning):
            report.warning(file, reason(file, item))
            continue
        if not isinstance(item, Document):
            report.error(file, reason(file, str(item)))
            if progress:
                progress(report)
            continue
        fresh = item.id not in stored and item.id not in in_flight
        if fresh:
            in_flight.add(item.id)
        works.append(Work(file, item, analyse=fresh))
    return works


def _stored_ids(engine: Engine, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    with engine.connect() as connection:
        found = connection.execute(select(schema.documents.c.id).where(schema.documents.c.id.in_(ids)))
        return set(found.scalars())


def _store(engine: Engine, work: Work, outcome: Outcome | None, report: IngestReport) -> None:
    if isinstance(outcome, str):
        report.error(work.file, outcome)
        return
    try:
        _store_one(engine, work, outcome, report)
    except DataError as exc:
        # A value this backend cannot hold: this document is one counted error, and
        # its transaction rolled back whole, so the batch goes on and nothing is half-stored.
        report.error(work.file, f"not stored: {refusal(exc)}")


def _store_one(engine: Engine, work: Work, outcome: Outcome | None, report: IngestReport) -> None:
    if outcome is None:
        stored = db.write(engine, lambda c: store.store_sighting(c, work.document))
        if stored is None:
            # The first copy of this text was in this run and its analysis failed.
            report.error(work.file, "not stored: the analysis of the same text failed")
            return
    else:
        stored = db.write(engine, lambda c: store.store_document(c, work.document, outcome))
    report.count(work.file, stored)


def refusal(exc: DataError) -> str:
    """Why the database would not hold a document's values, in one short line."""
    return f"the database refused it ({db.first_line(exc, 160)})"


def reason(file: str, message: str) -> str:
    """An error message without the file (and line) it names: the report groups by file,
    and equal reasons on different lines then count together."""
    if message.startswith(file):
        message = re.sub(r"^(?::#?\d+)?:\s*", "", message[len(file):])
    return message
