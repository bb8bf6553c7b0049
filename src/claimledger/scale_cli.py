"""``claimledger batch``: a corpus analysed on Dask into a run folder of Parquet tables;
and loading such a run into the ledger (``claimledger ingest --from-run``)."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Annotated

import typer

from claimledger.ledger_cli import (
    ModelOption,
    QuietOption,
    _progress,
    fail,
    opened,
    per_second,
    stored_status,
)
from claimledger.screen import err, out, safe

if TYPE_CHECKING:
    from distributed import Client

    from claimledger.scale.cluster import BatchReport
    from claimledger.scale.partitions import Partition
    from claimledger.scale.work import Options

SIZE_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


def parse_size(value: str) -> int:
    """'8MB', '500kB', '1GiB' or a number of bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value)
    if not match or match.group(2).lower() not in SIZE_UNITS:
        raise ValueError(f"--partition-size must be a size like 8MB or 500kB, not {value!r}")
    size = int(float(match.group(1)) * SIZE_UNITS[match.group(2).lower()])
    if size < 1:
        raise ValueError("--partition-size must be above 0")
    return size


def batch_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders, globs or fsspec URLs (s3://…): JSONL(.gz), CSV, Parquet, WARC(.gz), RSS, HTML, text.")],
    out_dir: Annotated[str, typer.Option("--out", help="Run folder (local or fsspec URL) for the Parquet tables.")],
    scheduler: Annotated[str | None, typer.Option(
        help="A Dask scheduler's address (tcp://host:8786); default: a LocalCluster on this machine.")] = None,
    workers: Annotated[int | None, typer.Option(
        min=1, max=512, help="LocalCluster worker processes (default: one per core).")] = None,
    partition_size: Annotated[str, typer.Option(help="Input bytes per partition.")] = "8MB",
    field_map: Annotated[str | None, typer.Option(
        "--map", help="Record fields, as FIELD=COLUMN pairs: --map text=body,published=date.")] = None,
    model: ModelOption = None,
    links: Annotated[bool, typer.Option(
        "--links/--no-links", help="Find near-duplicates and derivatives among the reports (links table).")] = True,
    quiet: QuietOption = False,
) -> None:
    """Analyse a large corpus on Dask (this machine or a cluster) into Parquet tables; resumable."""
    from claimledger.nlp import ModelNotFound, model_name
    from claimledger.read import Fields, parse_map
    from claimledger.scale.cluster import SchedulerUnreachable, connect
    from claimledger.scale.partitions import plan
    from claimledger.scale.work import Options

    try:
        size = parse_size(partition_size)
        fields = Fields.of(parse_map(field_map))
        model_name(model)
    except (ValueError, ModelNotFound) as exc:
        raise fail(str(exc)) from None
    partitions, problems = plan(inputs, size)
    for problem in problems:
        err.print(f"[red]error:[/] {safe(problem)}", soft_wrap=True)
    if not partitions:
        raise fail("nothing to analyse")
    options = Options(out=out_dir, model=model, fields=fields)
    _quiet_dask_logs()
    started = time.monotonic()
    try:
        with connect(scheduler, workers) as client:
            report = _run(client, partitions, options, out_dir, links, quiet, started)
    except SchedulerUnreachable as exc:
        raise fail(str(exc)) from None
    if report.failed or problems:
        raise typer.Exit(1)


def _run(client: Client, partitions: list[Partition], options: Options, out_dir: str, links: bool, quiet: bool,
         started: float) -> BatchReport:
    """The tasks, their progress and summary, then the links stage."""
    from claimledger.scale.cluster import run_batch

    out.print(f"Dask dashboard: {client.dashboard_link}", soft_wrap=True)
    with _bar(len(partitions), quiet) as update:
        report = run_batch(client, partitions, options, progress=lambda r: update(r, time.monotonic() - started))
    _print_batch(report, time.monotonic() - started)
    if links and not report.failed:
        from claimledger.scale.dedup import find_links

        found = find_links(client, out_dir)
        if found.get("skipped"):
            out.print("links: up to date")
        else:
            out.print(f"links: {found['links']} found among the reports in {found['seconds']:.1f} s")
    return report


def _quiet_dask_logs() -> None:
    """Dask logs each shuffle it starts and each worker it stops at WARNING: routine here."""
    import logging
    import os

    if os.environ.get("CLAIMLEDGER_DEBUG", "") in ("", "0"):
        for name in ("distributed.shuffle", "distributed.nanny", "distributed.worker", "distributed.scheduler"):
            logging.getLogger(name).setLevel(logging.ERROR)


def _bar(total: int, quiet: bool):  # type: ignore[no-untyped-def]
    """A progress bar over partitions with reports, errors and rates; silent off a terminal."""
    from contextlib import contextmanager

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    @contextmanager
    def bar():  # type: ignore[no-untyped-def]
        progress = Progress(TextColumn("[bold]partitions"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[status]}"), TimeElapsedColumn(), console=err,
                            disable=quiet or not err.is_terminal, transient=True)
        with progress:
            task = progress.add_task("batch", total=total, status="")

            def update(report: BatchReport, seconds: float) -> None:
                progress.update(task, completed=report.done, status=_status(report, seconds))

            yield update

    return bar()


def _status(report: BatchReport, seconds: float) -> str:
    errors = f" · [red]{report.errors} errors[/]" if report.errors else ""
    return (f"{report.documents} reports{errors} · {per_second(report.documents, seconds):.1f} reports/s · "
            f"{per_second(report.words, seconds):,.0f} words/s")


def _print_batch(report: BatchReport, seconds: float) -> None:
    skipped = f" ({report.skipped} already done, skipped)" if report.skipped else ""
    out.print(f"[bold]{report.done - len(report.failed)}/{report.partitions} partitions[/] done{skipped}: "
              f"{report.documents} reports, {report.errors} errors, in {seconds:.1f} s "
              f"({_status(report, seconds)})", soft_wrap=True)
    for name, reason in report.failed.items():
        err.print(f"[red]partition failed:[/] {safe(name)}: {safe(reason)}", soft_wrap=True)


def ingest_run(run: str, db: str | None, quiet: bool, link: bool) -> None:
    """``ingest --from-run``: a batch run's reports and analyses into the ledger, in bulk."""
    from claimledger.ledger.from_run import NotARun, load_run

    with opened(db) as ledger, _progress("loading the run", quiet) as update:
        try:
            report = load_run(ledger.engine, run, progress=lambda r: update(stored_status(r)))
        except NotARun as exc:
            raise fail(str(exc)) from None
    refused = f", [red]{len(report.refused)} refused[/]" if report.refused else ""
    out.print(f"[bold]{report.stored} reports[/] loaded from {report.partitions} partitions in {report.seconds:.1f} s: "
              f"[green]{report.new} new[/], {report.copies} new copies, {report.known} already in the ledger{refused}; "
              f"the run recorded {report.run_errors} bad inputs", soft_wrap=True)
    for source, reason in report.refused.items():
        err.print(f"  {safe(source)}: {safe(reason)}", soft_wrap=True)
    if link and report.new:
        from claimledger.link_cli import link_new

        link_new(db, quiet)


def register(app: typer.Typer) -> None:
    app.command("batch")(batch_command)
