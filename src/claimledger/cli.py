"""The command line: thin commands over the library; all logic lives in the modules."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from typing import Annotated

import typer
from rich.console import Console

from claimledger import __version__
from claimledger.ledger_cli import register as register_ledger_commands
from claimledger.link_cli import register as register_link_commands
from claimledger.model import Document

app = typer.Typer(
    help="claimledger: a sourced ledger of who claims what in conflict news.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


def fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"claimledger {__version__}")
        raise typer.Exit()


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Report files (.txt .html .json .jsonl .csv), or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the analysis record (spec/OUTPUT.md).")] = False,
    json_lines: Annotated[bool, typer.Option("--json-lines", help="One record per line, for batches.")] = False,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) when the input lacks one.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="URL of the report.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published this copy, e.g. cnn.com.")] = None,
    title: Annotated[str | None, typer.Option(help="Title, when the input has none.")] = None,
    text_field: Annotated[str, typer.Option(help="Record field holding the text.")] = "text",
    title_field: Annotated[str, typer.Option(help="Record field holding the title.")] = "title",
    url_field: Annotated[str, typer.Option(help="Record field holding the URL.")] = "url",
    published_field: Annotated[str, typer.Option(help="Record field holding the date.")] = "published",
    outlet_field: Annotated[str, typer.Option(help="Record field holding the outlet.")] = "outlet",
    model: Annotated[str | None, typer.Option(help="spaCy model name (default: en_core_web_sm if installed).")] = None,
) -> None:
    """Analyze reports: attributed claims, typed figures, events and places."""
    from claimledger.analyze import analyze_many
    from claimledger.documents import InputError, read_path
    from claimledger.nlp import ModelNotFound, load
    from claimledger.show import print_report

    if published is not None and not _is_iso_date(published):
        fail(f"--published must be a date like 2025-02-10, not {published!r}")
        raise typer.Exit(2)
    overrides = {k: v for k, v in {"published": published, "url": url, "outlet": outlet, "title": title}.items()
                 if v is not None}
    failures = 0

    def documents():
        nonlocal failures
        for path in paths:
            try:
                for item in read_path(path, text_field=text_field, title_field=title_field, url_field=url_field,
                                      published_field=published_field, outlet_field=outlet_field):
                    if isinstance(item, InputError):
                        failures += 1
                        fail(str(item))
                        continue
                    yield _override(item, overrides)
            except InputError as exc:
                failures += 1
                fail(str(exc))

    try:
        nlp = load(model)
    except ModelNotFound as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    out = Console(highlight=False, soft_wrap=True)
    produced = 0
    for record in analyze_many(documents(), nlp):
        produced += 1
        if json_lines:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif as_json:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        else:
            print_report(record, out)
    if failures:
        raise typer.Exit(1)
    if not produced:
        fail("no report to analyze")
        raise typer.Exit(1)


# The ledger's verbs (ingest, claims, figures, …) live in ledger_cli.py, registered
# after analyze so that analyze stays first in --help.
register_ledger_commands(app)
register_link_commands(app)


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


def run() -> None:
    """Entry point that turns an unexpected crash into one line, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        fail("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    run()
