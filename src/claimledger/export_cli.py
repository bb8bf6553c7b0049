"""The export command: tables of the ledger to files, or one table to stdout (``-o -``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimledger.ledger_cli import (
    AllVersionsOption,
    DbOption,
    SinceOption,
    UntilOption,
    VersionOption,
    _plural,
    _report_filters,
    _version_filters,
    err,
    fail,
    opened,
)
from claimledger.screen import safe

STDOUT = "-"


def export_command(
    out_path: Annotated[
        str,
        typer.Option(
            "--out", "-o", help="A folder (one file per table), a file when one --table is given, "
            "or - for stdout (one table, not parquet)."
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, parquet or geojson.")] = "jsonl",
    table: Annotated[
        list[str] | None,
        typer.Option(
            "--table",
            "-t",
            help="documents, claims, figures, events, places, sightings (repeatable). "
            "[default: all five main tables; for geojson: places, events, figures]",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace files that exist already.")] = False,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    extractor_version: VersionOption = None,
    all_versions: AllVersionsOption = False,
) -> None:
    """Export tables of the ledger to files, newest analyses by default."""
    from claimledger.ledger import Filters
    from claimledger.ledger.export import EXTENSIONS, FORMATS, GEO_TABLES, TABLES, ExportError, check_target

    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt[:40]!r}")
    tables = table or list(GEO_TABLES if fmt == "geojson" else TABLES)
    filters = Filters(**_report_filters(since, until), **_version_filters(extractor_version, all_versions))
    if out_path == STDOUT:
        if len(tables) != 1 or fmt == "parquet":
            raise fail("--out - writes one --table to stdout, in jsonl, csv or geojson")
        with opened(db) as ledger:
            try:
                ledger.export(tables[0], fmt, sys.stdout.buffer, filters)
            except ExportError as exc:
                raise fail(str(exc)) from None
        return
    base = Path(out_path)
    single_file = len(tables) == 1 and base.suffix != ""
    targets = {name: base if single_file else base / f"{name}{EXTENSIONS[fmt]}" for name in tables}
    with opened(db) as ledger:
        try:
            if not single_file and base.exists() and not base.is_dir():
                raise ExportError(f"{base}: is a file; --out names a folder when several tables are exported")
            for target in targets.values():  # every target checked before any is written
                check_target(target, ledger.own_files(), force)
            for name, target in targets.items():
                try:
                    count = ledger.export(name, fmt, target, filters, overwrite=force)
                except OSError as exc:  # a full disk, a path through a file, /proc
                    raise fail(f"{target}: cannot write: {exc.strerror or exc}") from None
                err.print(f"{name}: {_plural(count, 'feature' if fmt == 'geojson' else 'row')} → {safe(target)}",
                          soft_wrap=True)
        except ExportError as exc:
            raise fail(str(exc)) from None


COMMANDS = {"export": export_command}
