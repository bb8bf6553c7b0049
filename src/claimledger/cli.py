"""The command line: thin commands over the library; all logic lives in the modules.

:func:`run` is the one error boundary: whatever a command raises that it did not turn
into a clear line itself becomes one line naming the input being read and a hint,
never a traceback (``CLAIMLEDGER_DEBUG=1`` shows it). Ctrl-C exits 130.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated

import typer

from claimledger import __version__, screen
from claimledger.model import Document

app = typer.Typer(
    help="claimledger: a sourced ledger of who claims what in conflict news.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
# Modules that add commands, each through its register(app): one line adds a module.
COMMAND_MODULES = (
    "claimledger.ledger_cli",
    "claimledger.link_cli",
    "claimledger.web_cli",
    "claimledger.datasette_cli",
    "claimledger.scale_cli",
)
DEBUG_VAR = "CLAIMLEDGER_DEBUG"
INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C


def fail(message: str) -> None:
    screen.error(message)


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"claimledger {__version__}")
        raise typer.Exit()


MAP_HELP = ("Record fields, as FIELD=COLUMN pairs: --map text=body,published=date. "
            "Fields: text, title, url, published, outlet.")


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(
        help="Files and folders (.txt .html .json .jsonl .csv .parquet, RSS/Atom, WARC), or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the analysis record (spec/OUTPUT.md).")] = False,
    json_lines: Annotated[bool, typer.Option("--json-lines", help="One record per line, for batches.")] = False,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) when the input lacks one.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="URL of the report.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published this copy, e.g. cnn.com.")] = None,
    title: Annotated[str | None, typer.Option(help="Title, when the input has none.")] = None,
    field_map: Annotated[str | None, typer.Option("--map", help=MAP_HELP)] = None,
    # The older spelling of --map, one option per field: kept working, out of --help.
    text_field: Annotated[str | None, typer.Option(hidden=True)] = None,
    title_field: Annotated[str | None, typer.Option(hidden=True)] = None,
    url_field: Annotated[str | None, typer.Option(hidden=True)] = None,
    published_field: Annotated[str | None, typer.Option(hidden=True)] = None,
    outlet_field: Annotated[str | None, typer.Option(hidden=True)] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name (default: en_core_web_sm if installed).")] = None,
) -> None:
    """Analyze reports: attributed claims, typed figures, events and places."""
    from claimledger.analyze import analyze_many
    from claimledger.nlp import ModelNotFound, load
    from claimledger.read import InputError, InputWarning, parse_map, read_sources
    from claimledger.show import print_report

    if published is not None and not _is_iso_date(published):
        fail(f"--published must be a date like 2025-02-10, not {published!r}")
        raise typer.Exit(2)
    try:
        fields = parse_map(field_map)
    except ValueError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    fields.update({k: v for k, v in {"text": text_field, "title": title_field, "url": url_field,
                                      "published": published_field, "outlet": outlet_field}.items() if v})
    overrides = {k: v for k, v in {"published": published, "url": url, "outlet": outlet, "title": title}.items()
                 if v is not None}
    failures = 0

    def documents() -> Iterator[Document]:
        nonlocal failures
        for _, item in read_sources(paths, fields=fields):
            if isinstance(item, InputWarning):
                screen.warning(item)
            elif isinstance(item, InputError):
                failures += 1
                fail(str(item))
            else:
                yield _override(item, overrides)

    try:
        nlp = load(model)
    except ModelNotFound as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    produced = 0

    def analysis_failed(document: Document, exc: Exception) -> None:
        nonlocal failures
        failures += 1
        fail(f"{document.source or 'a report'}: analysis failed ({type(exc).__name__}: {str(exc)[:200]})")

    for record in analyze_many(documents(), nlp, on_error=analysis_failed):
        produced += 1
        if json_lines:
            sys.stdout.write(screen.json_text(record) + "\n")
        elif as_json:
            sys.stdout.write(screen.json_text(record, indent=2) + "\n")
        else:
            print_report(record, screen.out)
    if failures:
        raise typer.Exit(1)
    if not produced:
        fail("no report to analyze")
        raise typer.Exit(1)


def _override(document: Document, overrides: dict[str, str]) -> Document:
    """Command-line metadata fills what the input left unknown; it never overwrites."""
    fill = {k: v for k, v in overrides.items() if getattr(document, k) in (None, "")}
    return replace(document, **fill) if fill else document


def _is_iso_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


# The other verbs (ingest, claims, figures, …) live in their own modules, registered
# after analyze so that analyze stays first in --help.
for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def run() -> None:
    """The entry point, and the one error boundary (see the module docstring)."""
    try:
        app()
    except SystemExit as exc:
        if exc.code == INTERRUPTED:
            screen.err.print("interrupted", soft_wrap=True)
        _flush_output()
        raise
    except Exception as exc:  # noqa: BLE001 - the boundary: nothing may reach the user as a traceback
        if os.environ.get(DEBUG_VAR, "") not in ("", "0"):
            raise
        screen.error(_unexpected(exc))
        _flush_output()
        sys.exit(1)
    _flush_output()


def _unexpected(exc: BaseException) -> str:
    """One line for an exception no command turned into a message of its own."""
    from claimledger.read import now_reading

    where = now_reading()
    if isinstance(exc, OSError):
        # The system's own reason (a full disk, a closed pipe) is the whole story.
        if exc.filename:
            return f"{exc.filename}: {exc.strerror or exc}"
        return f"cannot write the output: {exc.strerror or exc}"
    context = f" while reading {where}" if where else ""
    detail = str(exc).splitlines()[0][:300] if str(exc) else ""
    return (f"unexpected {type(exc).__name__}{context}: {detail} (a bug in claimledger: run again with "
            f"{DEBUG_VAR}=1 to see where, and report it)")


def _flush_output() -> None:
    """Flush stdout now, so that a full disk or a closed pipe is one line, not an
    'Exception ignored' at exit; then point stdout at nothing for the exit's own flush."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        try:
            screen.error(f"cannot write the output: {exc.strerror or exc}")
        finally:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    run()
