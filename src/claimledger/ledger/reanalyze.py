"""Re-analysis: a new analysis version for stored documents, the old ones kept.

Documents are read back from the ledger a page at a time (keyset pagination, so no
read transaction stays open and memory stays flat), analysed with the current
extractor, and each new analysis is appended in a transaction of its own. A document
whose newest analysis was made by the same extractor version and model is skipped,
unless forced: analysing it again would add an identical version.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine, and_, func, select

from claimledger.ledger import db, schema, store
from claimledger.ledger.analysis import Analyzer, Outcome, Runner
from claimledger.ledger.ingest import CHUNK, Work, run_pipeline
from claimledger.ledger.store import Versioned
from claimledger.model import Document


@dataclass
class ReanalyzeReport:
    analysed: int = 0
    skipped: int = 0  # already analysed by this extractor version and model
    errors: dict[str, str] = field(default_factory=dict)  # document id -> reason
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started


def reanalyze(engine: Engine, *, analyzer: Analyzer | None = None, jobs: int = 1, force: bool = False,
              only: list[str] | None = None,
              progress: Callable[[ReanalyzeReport], None] | None = None) -> ReanalyzeReport:
    """Append a new analysis to every stored document (or those in ``only``)."""
    analyzer = analyzer or Analyzer()
    current = analyzer.made_by()
    report = ReanalyzeReport()

    def plans() -> Iterator[list[Work]]:
        for page in _pages(engine, only):
            works = []
            for document, made_by in page:
                if made_by == current and not force:
                    report.skipped += 1
                    continue
                works.append(Work(document.id, document, analyse=True))
            yield works

    def store_one(work: Work, outcome: Outcome | None) -> None:
        if isinstance(outcome, dict):
            db.write(engine, lambda c: store.add_analysis(c, work.document.id, outcome))
            report.analysed += 1
        else:
            report.errors[work.document.id] = outcome or "no analysis"
        if progress:
            progress(report)

    with Runner(analyzer, jobs) as runner:
        run_pipeline(runner, plans(), store_one)
    report.finished = time.monotonic()
    return report


def _pages(engine: Engine, only: list[str] | None) -> Iterator[list[tuple[Document, Versioned]]]:
    """Stored documents with who made their newest analysis, CHUNK at a time by pk."""
    d, a = schema.documents, schema.analyses
    newest = (select(a.c.document_id, func.max(a.c.version).label("version"))
              .group_by(a.c.document_id).subquery())
    query = (select(d, a.c.extractor, a.c.extractor_version, a.c.model)
             .join(newest, newest.c.document_id == d.c.id)
             .join(a, and_(a.c.document_id == d.c.id, a.c.version == newest.c.version))
             .order_by(d.c.pk).limit(CHUNK))
    if only is not None:
        query = query.where(d.c.id.in_(only))
    last = 0
    while True:
        with engine.connect() as connection:
            rows = connection.execute(query.where(d.c.pk > last)).mappings().all()
        if not rows:
            return
        last = rows[-1]["pk"]
        yield [(_document(row), Versioned(row["extractor"] or "", row["extractor_version"] or "",
                                          row["model"] or "")) for row in rows]


def _document(row: dict) -> Document:
    return Document(text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"],
                    published=row["published"], declared_origin=row["declared_origin"],
                    language=row["language"] or "en", source=row["url"])
