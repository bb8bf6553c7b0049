"""The commands that write analyses: ingest and reanalyze."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimledger.ledger_cli import (
    DbOption,
    JobsOption,
    ModelOption,
    QuietOption,
    _plural,
    _progress,
    err,
    fail,
    opened,
    out,
    per_second,
    short,
    stored_status,
)
from claimledger.screen import safe

if TYPE_CHECKING:
    from claimledger.ledger import Analyzer, IngestReport


def ingest_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files and folders: .txt .html .json .jsonl .csv .parquet, "
            "RSS/Atom feeds, WARC archives (.warc, .warc.gz)."
        ),
    ] = None,
    db: DbOption = None,
    field_map: Annotated[
        str | None,
        typer.Option(
            "--map",
            help="Record fields, as FIELD=COLUMN pairs: --map text=body,published=date. "
            "Fields: text, title, url, published, outlet.",
        ),
    ] = None,
    jobs: JobsOption = 1,
    model: ModelOption = None,
    report: Annotated[
        Path | None, typer.Option(help="Also write the ingest report as JSON to this file.")
    ] = None,
    quiet: QuietOption = False,
    link: Annotated[
        bool, typer.Option("--link/--no-link", help="Link the new reports to the ledger (copies, stories).")
    ] = True,
    from_run: Annotated[
        str | None, typer.Option("--from-run", help="Load a `claimledger batch` run folder instead, in bulk.")
    ] = None,
) -> None:
    """Store reports and their analyses in the ledger: each once, every copy as a sighting; then
    link the new ones: what they derive from, which story they join."""
    from claimledger.read import parse_map

    if from_run is not None:
        if paths:
            raise fail("give either files or --from-run, not both")
        from claimledger.scale_cli import ingest_run

        return ingest_run(from_run, db, quiet, link)
    if not paths:
        raise fail("give files to ingest, or --from-run RUN_FOLDER")

    try:
        fields = parse_map(field_map)
    except ValueError as exc:
        raise fail(str(exc)) from None
    if report is not None:
        _check_report_path(report)  # before the work, not after it
    analyzer = _analyzer(model)
    with opened(db) as ledger, _progress("ingesting", quiet) as update:
        result = ledger.ingest_paths(
            paths,
            fields=fields,
            analyzer=analyzer,
            jobs=jobs,
            progress=lambda r: update(_ingest_status(r)),
        )
    _print_ingest_report(result)
    if link and result.new:
        from claimledger.link_cli import link_new

        link_new(db, quiet)
    if report is not None:
        _write_report(report, ingest_report_json(result))
    if not result.ok:
        raise fail("nothing could be ingested", code=1)


def _analyzer(model: str | None) -> Analyzer:
    """The analyzer, its model checked once up front: a missing model is one line, not
    one per file."""
    from claimledger.ledger import Analyzer
    from claimledger.nlp import ModelNotFound

    analyzer = Analyzer(model=model)
    try:
        analyzer.check()
    except ModelNotFound as exc:
        raise fail(str(exc)) from None
    return analyzer


def _check_report_path(path: Path) -> None:
    if path.is_dir():
        raise fail(f"--report {path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise fail(f"--report {path}: the folder {path.parent} does not exist")


def _write_report(path: Path, content: dict[str, Any]) -> None:
    from claimledger.ledger.export import write_atomically

    try:
        with write_atomically(path) as stream:
            stream.write((json.dumps(content, indent=2) + "\n").encode("utf-8"))
    except OSError as exc:
        raise fail(f"--report {path}: cannot write: {exc.strerror or exc}") from None


def _ingest_status(report: IngestReport) -> str:
    errors = f" · [red]{report.errors} errors[/]" if report.errors else ""
    return f"{stored_status(report)}{errors} · {per_second(report.stored, report.seconds):.1f}/s"


def _print_ingest_report(report: IngestReport) -> None:
    rate = per_second(report.stored, report.seconds)
    files = sum(1 for f in report.files.values() if f.stored or f.errors)  # not a README passed over
    errors = f"[red]{_plural(report.errors, 'error')}[/]" if report.errors else "no errors"
    out.print(
        f"[bold]{_plural(report.stored, 'report')}[/] read from {_plural(files, 'file')} "
        f"in {report.seconds:.1f} s ({rate:.1f}/s): [green]{report.new} new[/], "
        f"{_plural(report.copies, 'new copy', 'new copies')} of known reports, "
        f"{report.known} already in the ledger; {errors}",
        soft_wrap=True,
    )
    for name, file_report in report.files.items():
        for reason, count in file_report.warnings.most_common():
            err.print(f"[yellow]warning:[/] {safe(name)}: {count} × {safe(reason)}", soft_wrap=True)
    failing = [(name, f) for name, f in report.files.items() if f.errors]
    if not failing:
        return
    # Plain lines, not a table: paths are long, and a table would cut them.
    out.print("[bold]not ingested[/] (file: count × reason):")
    for name, file_report in failing:
        for reason, count in file_report.errors.most_common():
            out.print(f"  {safe(name)}: {count} × {safe(reason)}", soft_wrap=True)


def ingest_report_json(report: IngestReport) -> dict[str, Any]:
    return {
        "stored": report.stored,
        "new": report.new,
        "copies": report.copies,
        "known": report.known,
        "errors": report.errors,
        "seconds": round(report.seconds, 3),
        "files": {
            name: {"new": f.new, "copies": f.copies, "known": f.known, "errors": dict(f.errors),
                   "warnings": dict(f.warnings)}
            for name, f in report.files.items()
        },
    }


def reanalyze_command(
    db: DbOption = None,
    document: Annotated[
        list[str] | None, typer.Option("--document", help="Only these documents (ids or prefixes).")
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Also documents already analysed by this extractor version.")
    ] = False,
    jobs: JobsOption = 1,
    model: ModelOption = None,
    quiet: QuietOption = False,
) -> None:
    """Analyse stored reports again with the current extractor: a new version, the old kept."""
    analyzer = _analyzer(model)
    with opened(db) as ledger, _progress("re-analysing", quiet) as update:
        result = ledger.reanalyze(
            analyzer=analyzer,
            jobs=jobs,
            force=force,
            only=document,
            progress=lambda r: update(f"{r.analysed} analysed · {r.skipped} up to date"),
        )
    failed = f", [red]{len(result.errors)} failed[/]" if result.errors else ""
    out.print(f"[bold]{_plural(result.analysed, 'report')}[/] analysed again in {result.seconds:.1f} s, "
              f"{result.skipped} already up to date{failed}")
    for document_id, reason in result.errors.items():
        err.print(f"  {short(document_id)}: {safe(reason)}")


COMMANDS = {"ingest": ingest_command, "reanalyze": reanalyze_command}
