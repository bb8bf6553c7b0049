"""Running a batch on Dask: a LocalCluster on this machine, or any scheduler's address.

The same code runs on a laptop and on a cluster: only the client differs. Each worker
loads the spaCy pipeline once, when it starts (:class:`LoadModel`, a worker plugin), and
every partition is one task, keyed by the partition's name and retried elsewhere when
its worker dies. Results stream back with ``as_completed``, so progress is shown as
partitions finish.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from claimledger.scale import tables
from claimledger.scale.partitions import Partition
from claimledger.scale.work import Options, run_partition

WARM_UP = "KYIV (Reuters) - Two people were killed in Kharkiv overnight, the regional governor said."
CONNECT_TIMEOUT = "20s"
RETRIES = 3  # a task whose worker raised (not died: Dask reschedules those itself) is tried again


class SchedulerUnreachable(RuntimeError):
    """No scheduler answers at the address given."""


class LoadModel(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts (and restarts), before any task."""

    name = "claimledger-model"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from claimledger.analyze import analyze
        from claimledger.model import Document
        from claimledger.nlp import load

        nlp = load(self.model)  # cached per process: every task of this worker reuses it
        # One short report loads the gazetteers and tables the extractor reads lazily, so the
        # first partition's rate is the worker's rate.
        analyze(Document(text=WARM_UP), nlp)


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None,
            memory_limit: str | None = None) -> Iterator[Client]:
    """A client: to ``scheduler`` when given, else to a LocalCluster of ``workers``
    single-threaded worker processes (one per core by default)."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            why = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {why}") from None
        with client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    # processes, one thread each: spaCy holds the GIL, so threads would not run in parallel
    with LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0",
                      memory_limit=memory_limit or "auto") as cluster, Client(cluster) as client:
        yield client


@dataclass
class BatchReport:
    partitions: int = 0
    done: int = 0
    skipped: int = 0
    documents: int = 0
    errors: int = 0
    words: int = 0
    cpu_seconds: float = 0.0
    failed: dict[str, str] = field(default_factory=dict)  # partition -> why its task failed

    def add(self, summary: dict[str, Any]) -> None:
        self.done += 1
        if summary.get("skipped"):
            self.skipped += 1
        self.documents += int(summary.get("documents", 0))
        self.errors += int(summary.get("errors", 0))
        self.words += int(summary.get("words", 0))
        self.cpu_seconds += float(summary.get("cpu_seconds", 0.0))


def run_batch(client: Client, partitions: list[Partition], options: Options,
              progress: Callable[[BatchReport], None] | None = None) -> BatchReport:
    """Every partition through :func:`run_partition` on the cluster; a summary."""
    tables.write_plan(options.out, [p.name for p in partitions])
    client.register_plugin(LoadModel(options.model))
    report = BatchReport(partitions=len(partitions))
    futures = [client.submit(run_partition, p, options, key=f"claimledger-partition-{p.name}", retries=RETRIES)
               for p in partitions]
    names = {future.key: p.name for future, p in zip(futures, partitions, strict=True)}
    for future in as_completed(futures):
        try:
            report.add(future.result())
        except Exception as exc:  # noqa: BLE001 - one partition's failure is reported, the others go on
            report.done += 1
            report.failed[names[future.key]] = f"{type(exc).__name__}: {str(exc)[:200]}"
        if progress:
            progress(report)
    return report
