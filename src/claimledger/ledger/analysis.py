"""Running the extractor for the ledger: in this process, or in a pool of N processes.

The extractor never touches the database: it gets documents and gives back records
(or, for a document it fails on, an error message), and the one writer stores them.
With ``jobs > 1`` the batches go to worker processes, each loading the spaCy model
once, while the main process reads ahead and writes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType

from claimledger.ledger.store import Versioned
from claimledger.model import Document

# A record, or the reason there is none.
Outcome = dict | str
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 1.0


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

    def check(self) -> None:
        """Raise ModelNotFound now when the model is not installed, before any work: a
        pool would otherwise meet it once per worker and batch. Cheap: nothing is loaded."""
        import importlib.util
        from pathlib import Path

        from claimledger import nlp as nlp_loader

        name = nlp_loader.model_name(self.model)
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found and not Path(name).is_dir():
            raise nlp_loader.ModelNotFound(f"no spaCy model {name[:80]!r} is installed (a package name or a "
                                           "model folder; the default is en_core_web_sm)")

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


def _start_worker(analyzer: Analyzer, parent: int) -> None:
    global _worker_analyzer
    _worker_analyzer = analyzer
    _die_with(parent)
    # Ctrl-C reaches the whole process group; the parent decides what stops, and ends us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from claimledger import nlp as nlp_loader

    nlp_loader.load(analyzer.model)  # once per process, before the first batch arrives


def _die_with(parent: int) -> None:
    """End this worker when its parent dies, however it dies (kill -9 included).

    On Linux the kernel sends SIGKILL at the parent's death (PR_SET_PDEATHSIG); a thread
    that watches the parent's pid covers other systems, and the moment between the
    fork and the prctl call.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the watcher below does it

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


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
        if self._pool is None:
            return
        if kind is not None:
            # Interrupted or failed: the workers' current batches are not wanted, and
            # waiting for them would keep a Ctrl-C waiting minutes.
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.terminate()
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
                                             initializer=_start_worker, initargs=(self.analyzer, os.getpid()))
        return self._pool

    def _collect(self, future: Future[list[Outcome]], count: int) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, or crashed in native code): these documents are
            # lost for this run; a fresh pool takes the next batches.
            self._pool = None
            return ["analysis failed: the worker process died"] * count
