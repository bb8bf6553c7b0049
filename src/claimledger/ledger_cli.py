"""The ledger's commands, and what they share: options, opening the ledger, messages.

The commands live by what they do: ``ingest_cli`` (ingest, reanalyze), ``listing_cli``
(claims, figures, events, places, search, stats), ``show_cli`` (show) and
``export_cli`` (export). ``register(app)`` adds them all to the main Typer app;
``python -m claimledger.ledger_cli`` runs them on their own. Every command takes
``--db`` (or ``CLAIMLEDGER_DB``): a SQLite file (default ./claimledger.db) or a
``postgresql://`` URL.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from claimledger.present import short_id as short
from claimledger.screen import err, out, safe

if TYPE_CHECKING:
    from claimledger.ledger import Ledger
    from claimledger.ledger.ingest import IngestReport, Tally

__all__ = ["DbOption", "JsonOption", "err", "fail", "opened", "out", "short"]

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CLAIMLEDGER_DB",
        show_envvar=True,
        help="Ledger: a SQLite file or a postgresql:// URL. [default: ./claimledger.db]",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")]
LimitOption = Annotated[int, typer.Option(min=0, help="At most this many rows (0: all).")]
SinceOption = Annotated[
    str | None, typer.Option(help="Reports published on or after this date (YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None, typer.Option(help="Reports published on or before this date (YYYY-MM-DD).")
]
DocumentOption = Annotated[
    str | None, typer.Option("--document", help="Only this document (id or id prefix).")
]
VersionOption = Annotated[
    str | None,
    typer.Option("--extractor-version", help="Read the analyses of this extractor version, not the newest."),
]
AllVersionsOption = Annotated[bool, typer.Option("--all-versions", help="Rows of every analysis version.")]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Extraction processes.")]
ModelOption = Annotated[
    str | None, typer.Option(help="spaCy model name (default: en_core_web_sm if installed).")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]

# A filter's words: no name, phrase or id is longer; past it, a typo or an attack.
MAX_FILTER_CHARS = 500
# The modules holding the commands, each with COMMANDS (name → function).
COMMAND_MODULES = ("claimledger.ingest_cli", "claimledger.listing_cli", "claimledger.show_cli",
                   "claimledger.export_cli")


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {safe(message)}", soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def opened(db: str | None) -> Iterator[Ledger]:
    """The ledger, with its own errors turned into one line and exit code 2."""
    from claimledger.ledger import Ledger, LedgerError
    from claimledger.ledger import db as ledger_db

    def busy(seconds: float) -> None:
        err.print(f"the ledger is busy: another process is writing to it; waiting up to {seconds:.0f} s…",
                  soft_wrap=True)

    ledger_db.on_busy = busy
    try:
        with Ledger(db) as ledger:
            yield ledger
    except LedgerError as exc:
        raise fail(str(exc)) from None


def checked(value: str | None, option: str) -> str | None:
    """A filter's text, refused with one line when no real value could be that long."""
    if value is not None and len(value) > MAX_FILTER_CHARS:
        raise fail(f"{option} is {len(value):,} characters long; at most {MAX_FILTER_CHARS} make sense")
    return value


def _report_filters(since: str | None, until: str | None, document: str | None = None) -> dict:
    """Which reports: published since / until, and one document (checked in that order)."""
    return {"since": _iso(since, "--since"), "until": _iso(until, "--until"),
            "document": checked(document, "--document")}


def _version_filters(extractor_version: str | None, all_versions: bool) -> dict:
    """Which analyses of each report: the newest, one extractor version's, or all."""
    return {"extractor_version": checked(extractor_version, "--extractor-version"), "all_versions": all_versions}


def _shared_filters(since: str | None, until: str | None, document: str | None,
                    extractor_version: str | None, all_versions: bool) -> dict:
    """The filters every listing of claims, figures and events takes."""
    return {**_report_filters(since, until, document), **_version_filters(extractor_version, all_versions)}


def per_second(count: float, seconds: float) -> float:
    """A rate that is 0 before any time has passed."""
    return count / seconds if seconds > 0 else 0.0


def stored_status(report: Tally | IngestReport) -> str:
    """What a load has stored so far, for its progress line (ingest, ingest --from-run)."""
    return f"{report.stored} reports · {report.new} new · {report.copies} new copies · {report.known} known"


def _iso(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise fail(f"{option} must be a date like 2025-01-31, not {value[:40]!r}") from None


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


@contextmanager
def _progress(label: str, quiet: bool) -> Iterator[Callable[[str], None]]:
    """A live status line on stderr (counts, rate, errors); silent when not a terminal."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    with progress:
        task = progress.add_task(label, total=None, status="")
        yield lambda status: progress.update(task, status=status)


def commands() -> dict[str, Callable[..., None]]:
    """Every ledger command by name, in --help order."""
    found: dict[str, Callable[..., None]] = {}
    for name in COMMAND_MODULES:
        found.update(importlib.import_module(name).COMMANDS)
    return found


def register(app: typer.Typer) -> None:
    """Add the ledger commands to ``app`` (the main claimledger app)."""
    for name, function in commands().items():
        app.command(name)(function)


def standalone_app() -> typer.Typer:
    app = typer.Typer(
        help="claimledger ledger commands.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    register(app)
    return app


if __name__ == "__main__":
    standalone_app()()
