"""Running the extractor for the ledger: in this process, or in a pool of N processes.

The extractor never touches the database: it gets documents and gives back records
(or, for a document it fails on, an error message), and the one writer stores them.
With ``jobs > 1`` the batches go to worker processes, each loading the spaCy model
once, while the main process reads ahead and writes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType

from claimledger.ledger.store import Versioned
from claimledger.model import Document

# A record, or the reason there is none.
Outcome = dict | str


@dataclass(frozen=True)
class Analyzer:
    """Turns batches of documents into analysis records. Picklable: workers get a copy.

    ``model`` names the spaCy pipeline (None: claimledger's default).
    """

    model: str | None = None
    batch_size: int = 16

    def made_by(self) -> Versioned:
        """The extractor and model a record made now would name: what re-analysis
        compares with the stored analyses to know whether it has anything new."""
        from claimledger import __version__
        from claimledger import nlp as nlp_loader

        return Versioned("claimledger", __version__, nlp_loader.model_label(nlp_loader.load(self.model)))

    def run(self, documents: list[Document]) -> list[Outcome]:
        """One outcome per document, in order. A document the extractor fails on gets
        an error message, and the others in its batch are still analysed."""
        if not documents:
            return []
        try:
            return list(self._analyze(documents))
        except Exception:  # noqa: BLE001 - one bad document must not lose the batch
            return [self._analyze_alone(document) for document in documents]

    def _analyze(self, documents: list[Document]) -> list[dict]:
        from claimledger import nlp as nlp_loader
        from claimledger.analyze import analyze_many

        return list(analyze_many(documents, nlp_loader.load(self.model), batch_size=self.batch_size))

    def _analyze_alone(self, document: Document) -> Outcome:
        try:
            return self._analyze([document])[0]
        except Exception as exc:  # noqa: BLE001 - reported per document, never raised
            return f"analysis failed: {type(exc).__name__}: {exc}"


# The analyzer of a worker process, set once when the process starts.
_worker_analyzer: Analyzer | None = None


def _start_worker(analyzer: Analyzer) -> None:
    global _worker_analyzer
    _worker_analyzer = analyzer
    from claimledger import nlp as nlp_loader

    nlp_loader.load(analyzer.model)  # once per process, before the first batch arrives


def _run_in_worker(documents: list[Document]) -> list[Outcome]:
    assert _worker_analyzer is not None, "worker started without an analyzer"
    return _worker_analyzer.run(documents)


Pending = Callable[[], list[Outcome]]


class Runner:
    """Submits batches to the analyzer; ``depth`` batches may be under way at once.

    With one job, a batch is analysed when submitted (depth 0: stored right after).
    With N jobs, up to 2N batches wait in the pool, so no worker idles while the
    writer stores, and memory stays bounded: the reader never runs far ahead.
    """

    def __init__(self, analyzer: Analyzer, jobs: int = 1) -> None:
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.depth = 0 if self.jobs == 1 else 2 * self.jobs
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=kind is None, cancel_futures=True)

    def submit(self, documents: list[Document]) -> Pending:
        if self.jobs == 1 or not documents:
            outcomes = self.analyzer.run(documents)
            return lambda: outcomes
        future = self._executor().submit(_run_in_worker, documents)
        return lambda: self._collect(future, len(documents))

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the parent holds database connections and, under the
            # progress bar, a thread; a forked child would inherit both.
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker, initargs=(self.analyzer,))
        return self._pool

    def _collect(self, future: Future[list[Outcome]], count: int) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, or crashed in native code): these documents are
            # lost for this run; a fresh pool takes the next batches.
            self._pool = None
            return ["analysis failed: the worker process died"] * count
