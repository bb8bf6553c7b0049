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

from sqlalchemy import Connection, Engine, and_, func, insert, select, update

from claimledger.ledger import db, schema, store
from claimledger.ledger.analysis import Analyzer, Outcome, Runner
from claimledger.ledger.ingest import CHUNK, Timed, Work, run_pipeline
from claimledger.ledger.store import Versioned
from claimledger.model import Document


@dataclass
class ReanalyzeReport(Timed):
    analysed: int = 0
    skipped: int = 0  # already analysed by this extractor version and model
    errors: dict[str, str] = field(default_factory=dict)  # document id -> reason


def reanalyze(engine: Engine, *, analyzer: Analyzer | None = None, jobs: int = 1, force: bool = False,
              only: list[str] | None = None,
              progress: Callable[[ReanalyzeReport], None] | None = None) -> ReanalyzeReport:
    """Append a new analysis to every stored document (or those in ``only``)."""
    analyzer = analyzer or Analyzer()
    current = analyzer.made_by()
    report = ReanalyzeReport()
    # A forced run is a pass: resumed when an earlier one by this extractor was cut short,
    # so that what it already re-analysed (analyses after its start) is not done twice.
    pass_id, after = _open_pass(engine, current) if force else (None, None)

    def plans() -> Iterator[list[Work]]:
        for page in _pages(engine, only):
            works = []
            for document, made_by, analysis_id in page:
                if made_by == current and (not force or (after is not None and analysis_id > after)):
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
    if pass_id is not None:
        p = schema.reanalysis_passes
        db.write(engine, lambda c: c.execute(update(p).where(p.c.id == pass_id).values(finished_at=store.now())))
    report.finished = time.monotonic()
    return report


def _open_pass(engine: Engine, current: Versioned) -> tuple[int, int]:
    """(pass id, newest analysis id before it): the unfinished pass of this extractor
    and model, or a new one."""
    p, a = schema.reanalysis_passes, schema.analyses

    def work(connection: Connection) -> tuple[int, int]:
        found = connection.execute(
            select(p.c.id, p.c.after_analysis)
            .where(p.c.finished_at.is_(None), p.c.extractor == current.extractor,
                   p.c.extractor_version == current.version, p.c.model == current.model)
            .order_by(p.c.id.desc()).limit(1)
        ).first()
        if found is not None:
            return found.id, found.after_analysis
        after = connection.execute(select(func.coalesce(func.max(a.c.id), 0))).scalar_one()
        pass_id = connection.execute(insert(p).values(
            extractor=current.extractor, extractor_version=current.version, model=current.model,
            after_analysis=after, started_at=store.now()).returning(p.c.id)).scalar_one()
        return pass_id, after

    return db.write(engine, work)


def _pages(engine: Engine, only: list[str] | None) -> Iterator[list[tuple[Document, Versioned, int]]]:
    """Stored documents with who made their newest analysis and its id, CHUNK at a time by pk."""
    d, a = schema.documents, schema.analyses
    newest = (select(a.c.document_id, func.max(a.c.version).label("version"))
              .group_by(a.c.document_id).subquery())
    query = (select(d, a.c.id.label("analysis_id"), a.c.extractor, a.c.extractor_version, a.c.model)
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
                                          row["model"] or ""), row["analysis_id"]) for row in rows]


def _document(row: dict) -> Document:
    return Document(text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"],
                    published=row["published"], declared_origin=row["declared_origin"],
                    language=row["language"] or "en", source=row["url"])
