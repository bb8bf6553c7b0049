"""The ledger's commands: ingest, reanalyze, claims, figures, events, places, search,
show, export and stats, thin over :class:`claimledger.ledger.Ledger`.

``register(app)`` adds them to the main Typer app; ``python -m claimledger.ledger_cli``
runs them on their own. Every command takes ``--db`` (or ``CLAIMLEDGER_DB``): a SQLite
file (default ./claimledger.db) or a ``postgresql://`` URL.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from claimledger.ledger import IngestReport, Ledger

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

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
LimitOption = Annotated[int, typer.Option(help="At most this many rows (0: all).")]
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
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")]
ModelOption = Annotated[
    str | None, typer.Option(help="spaCy model name (default: en_core_web_sm if installed).")
]

SIDE_COLOURS = ["cyan", "magenta", "yellow", "green", "blue", "red", "bright_cyan", "bright_magenta"]
SHORT_ID = 12  # hex digits shown for a document id; `show` takes any unique prefix


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def opened(db: str | None) -> Iterator[Ledger]:
    """The ledger, with its own errors turned into one line and exit code 2."""
    from claimledger.ledger import Ledger, LedgerError

    try:
        with Ledger(db) as ledger:
            yield ledger
    except LedgerError as exc:
        raise fail(str(exc)) from None


def _shared_filters(since: str | None, until: str | None, document: str | None,
                    extractor_version: str | None, all_versions: bool) -> dict:
    """The filters every listing of claims, figures and events takes."""
    return {"since": _iso(since, "--since"), "until": _iso(until, "--until"), "document": document,
            "extractor_version": extractor_version, "all_versions": all_versions}


def _iso(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise fail(f"{option} must be a date like 2025-01-31, not {value!r}") from None


def short(document_id: str) -> str:
    return document_id.removeprefix("sha256:")[:SHORT_ID]


# ---------------------------------------------------------------------- ingest


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files and folders: .txt .html .json .jsonl .csv .parquet, "
            "RSS/Atom feeds, WARC archives (.warc, .warc.gz)."
        ),
    ],
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    link: Annotated[
        bool, typer.Option("--link/--no-link", help="Link the new reports to the ledger (copies, stories).")
    ] = True,
) -> None:
    """Store reports and their analyses in the ledger: each once, every copy as a sighting; then
    link the new ones: what they derive from, which story they join."""
    from claimledger.ledger import Analyzer
    from claimledger.read import parse_map

    try:
        fields = parse_map(field_map)
    except ValueError as exc:
        raise fail(str(exc)) from None
    with opened(db) as ledger, _progress("ingesting", quiet) as update:
        result = ledger.ingest_paths(
            paths,
            fields=fields,
            analyzer=Analyzer(model=model),
            jobs=jobs,
            progress=lambda r: update(_ingest_status(r)),
        )
    _print_ingest_report(result)
    if link and result.new:
        from claimledger.link_cli import link_new

        link_new(db, quiet)
    if report is not None:
        report.write_text(json.dumps(ingest_report_json(result), indent=2) + "\n", encoding="utf-8")
    if not result.ok:
        raise fail("nothing could be ingested", code=1)


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


def _ingest_status(report: IngestReport) -> str:
    rate = report.stored / report.seconds if report.seconds > 0 else 0.0
    errors = f" · [red]{report.errors} errors[/]" if report.errors else ""
    return (
        f"{report.stored} reports · {report.new} new · {report.copies} new copies · "
        f"{report.known} known{errors} · {rate:.1f}/s"
    )


def _print_ingest_report(report: IngestReport) -> None:
    rate = report.stored / report.seconds if report.seconds > 0 else 0.0
    files = len(report.files)
    errors = f"[red]{_plural(report.errors, 'error')}[/]" if report.errors else "no errors"
    out.print(
        f"[bold]{_plural(report.stored, 'report')}[/] read from {_plural(files, 'file')} "
        f"in {report.seconds:.1f} s ({rate:.1f}/s): [green]{report.new} new[/], "
        f"{_plural(report.copies, 'new copy', 'new copies')} of known reports, "
        f"{report.known} already in the ledger; {errors}",
        soft_wrap=True,
    )
    failing = [(name, f) for name, f in report.files.items() if f.errors]
    if not failing:
        return
    # Plain lines, not a table: paths are long, and a table would cut them.
    out.print("[bold]not ingested[/] (file: count × reason):")
    for name, file_report in failing:
        for reason, count in file_report.errors.most_common():
            out.print(f"  {escape(name)}: {count} × {escape(reason)}", soft_wrap=True)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def ingest_report_json(report: IngestReport) -> dict[str, Any]:
    return {
        "stored": report.stored,
        "new": report.new,
        "copies": report.copies,
        "known": report.known,
        "errors": report.errors,
        "seconds": round(report.seconds, 3),
        "files": {
            name: {"new": f.new, "copies": f.copies, "known": f.known, "errors": dict(f.errors)}
            for name, f in report.files.items()
        },
    }


# ---------------------------------------------------------------------- reanalyze


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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Analyse stored reports again with the current extractor: a new version, the old kept."""
    from claimledger.ledger import Analyzer

    with opened(db) as ledger, _progress("re-analysing", quiet) as update:
        result = ledger.reanalyze(
            analyzer=Analyzer(model=model),
            jobs=jobs,
            force=force,
            only=document,
            progress=lambda r: update(f"{r.analysed} analysed · {r.skipped} up to date"),
        )
    failed = f", [red]{len(result.errors)} failed[/]" if result.errors else ""
    out.print(f"[bold]{_plural(result.analysed, 'report')}[/] analysed again in {result.seconds:.1f} s, "
              f"{result.skipped} already up to date{failed}")
    for document_id, reason in result.errors.items():
        err.print(f"  {short(document_id)}: {escape(reason)}")


# ---------------------------------------------------------------------- listings


def _list(
    db: str | None,
    view: str,
    filters: dict[str, Any],
    limit: int,
    as_json: bool,
    columns: list[tuple[str, Callable[[dict], str]]],
) -> None:
    """Rows of a view as a table (or JSON lines), and a note when there are more."""
    from claimledger.ledger import Filters

    with opened(db) as ledger:
        rows = list(ledger.rows(view, Filters(**filters), limit=limit + 1 if limit else None))
    more = bool(limit) and len(rows) > limit
    rows = rows[:limit] if limit else rows
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if not rows:
        err.print(f"no {view} match")
        return
    table = Table(*[name for name, _ in columns], show_lines=False)
    for row in rows:
        table.add_row(*[escape(render(row)) for _, render in columns])
    out.print(table)
    if more:
        err.print(f"(first {limit} {view}; --limit 0 for all)")


def _doc(row: dict) -> str:
    """The report a row is from: its date and short id (the outlet is in --json)."""
    return " ".join(filter(None, [row.get("published") or "", short(row["document_id"])]))


def _who(row: dict) -> str:
    """The speaker with the side they speak for (not the side of what they count)."""
    name = row.get("speaker") or ""
    side = row.get("speaker_side") if "speaker_side" in row else row.get("side")
    return f"{name} ({side})" if side else name


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"


def _figure_value(row: dict) -> str:
    if row.get("low") is not None and row.get("high") is not None:
        text = f"{_number(row['low'])}–{_number(row['high'])}"
    else:
        text = _number(row.get("value"))
    return ("~" if row.get("approximate") else "") + text


def claims_command(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option(help="Speaker name or organisation contains this.")] = None,
    side: Annotated[str | None, typer.Option(help="Speaker speaks for this side (UA, RU, KP, ...).")] = None,
    contains: Annotated[str | None, typer.Option(help="Claim text contains this.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    document: DocumentOption = None,
    extractor_version: VersionOption = None,
    all_versions: AllVersionsOption = False,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Who claims what: attributed claims, oldest report first."""
    filters = {
        "speaker": speaker,
        "side": side,
        "contains": contains,
        **_shared_filters(since, until, document, extractor_version, all_versions),
    }
    _list(
        db,
        "claims",
        filters,
        limit,
        as_json,
        [
            ("report", _doc),
            ("speaker", _who),
            ("cue", lambda r: r.get("cue") or ""),
            ("hedge", lambda r: r.get("hedge") or ""),
            ("claim", lambda r: ("NOT: " if r.get("polarity") == "denied" else "") + (r.get("text") or "")),
        ],
    )


def figures_command(
    db: DbOption = None,
    quantity: Annotated[
        str | None, typer.Option(help="killed, wounded, casualties, captured, deployed, ...")
    ] = None,
    side: Annotated[
        str | None, typer.Option(help="Whose people or equipment are counted (UA, RU, KP, ...).")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Said by a speaker whose name contains this.")] = None,
    place: Annotated[str | None, typer.Option(help="At a place whose name contains this.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    document: DocumentOption = None,
    extractor_version: VersionOption = None,
    all_versions: AllVersionsOption = False,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Every figure: the number, what it counts, who says it, when, from which report."""
    filters = {
        "quantity": quantity,
        "side": side,
        "speaker": speaker,
        "place": place,
        **_shared_filters(since, until, document, extractor_version, all_versions),
    }
    _list(
        db,
        "figures",
        filters,
        limit,
        as_json,
        [
            ("report", _doc),
            ("value", _figure_value),
            ("quantity", lambda r: r.get("quantity") or ""),
            ("side", lambda r: r.get("side") or ""),
            ("said by", _who),
            ("text", lambda r: r.get("text") or ""),
        ],
    )


def events_command(
    db: DbOption = None,
    event_type: Annotated[
        str | None,
        typer.Option(
            "--type", help="deploy, withdraw, attack, battle, territory_change, agreement, capture, ..."
        ),
    ] = None,
    place: Annotated[str | None, typer.Option(help="At a place whose name contains this.")] = None,
    side: Annotated[str | None, typer.Option(help="The actor's side (UA, RU, KP, ...).")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    document: DocumentOption = None,
    extractor_version: VersionOption = None,
    all_versions: AllVersionsOption = False,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Events: what happened, who did it, where, and who says so."""
    filters = {
        "type": event_type,
        "place": place,
        "side": side,
        **_shared_filters(since, until, document, extractor_version, all_versions),
    }

    def actor(row: dict) -> str:
        side_of = row.get("actor_side")
        return f"{row.get('actor') or ''} ({side_of})" if side_of else row.get("actor") or ""

    _list(
        db,
        "events",
        filters,
        limit,
        as_json,
        [
            ("report", _doc),
            ("type", lambda r: r.get("type") or ""),
            ("actor", actor),
            ("place", lambda r: r.get("place") or ""),
            ("certainty", lambda r: r.get("certainty") or ""),
            ("said by", lambda r: r.get("said_by") or ""),
            ("text", lambda r: r.get("text") or ""),
        ],
    )


def places_command(
    db: DbOption = None,
    name: Annotated[str | None, typer.Option("--name", help="Place name contains this.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    document: DocumentOption = None,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Places named in the reports, resolved to coordinates where possible."""
    filters = {
        "place": name,
        "since": _iso(since, "--since"),
        "until": _iso(until, "--until"),
        "document": document,
    }

    def where(row: dict) -> str:
        return "" if row.get("lat") is None else f"{row['lat']:.2f}, {row['lon']:.2f}"

    _list(
        db,
        "places",
        filters,
        limit,
        as_json,
        [
            ("report", _doc),
            ("place", lambda r: r.get("name") or ""),
            ("kind", lambda r: r.get("kind") or ""),
            ("country", lambda r: r.get("country") or ""),
            ("lat, lon", where),
            ("mentions", lambda r: str(r.get("mentions") or 0)),
        ],
    )


def search_command(
    query: Annotated[
        str, typer.Argument(help="Words to find (all of them, in any form: grenade finds grenades).")
    ],
    db: DbOption = None,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of the stored reports."""
    with opened(db) as ledger:
        hits = ledger.search(query, limit=limit or 1_000_000)
    if as_json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.as_dict(), ensure_ascii=False) + "\n")
        return
    if not hits:
        err.print("no report matches")
        return
    for hit in hits:
        head = " · ".join(filter(None, [short(hit.document_id), hit.published, hit.outlet]))
        out.print(f"[bold]{escape(hit.title or '(untitled)')}[/]  [dim]{escape(head)}[/]", soft_wrap=True)
        snippet = Text(hit.snippet)
        for start, end in hit.marks:
            snippet.stylize("bold yellow", start, end)
        out.print(snippet, soft_wrap=True)
        out.print()


# ---------------------------------------------------------------------- show


def show_command(
    document_id: Annotated[str, typer.Argument(help="Document id, or a unique prefix of it.")],
    db: DbOption = None,
    version: Annotated[int | None, typer.Option(help="Analysis version (default: the newest).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the stored analysis record.")] = False,
) -> None:
    """A stored report with its claims highlighted, and what was found in it."""
    from claimledger.ledger import LedgerError

    with opened(db) as ledger:
        try:
            record = ledger.record(document_id, version)
        except LedgerError as exc:
            raise fail(str(exc), code=1) from None
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    palette: dict[str, str] = {}
    out.print(_header(record))
    out.print(_highlighted(record, palette), soft_wrap=True)
    out.print()
    for claim in record.get("claims", []):
        out.print(_claim_line(claim, palette), soft_wrap=True)


def _colour(side: str | None, palette: dict[str, str]) -> str:
    if not side:
        return "bright_white"
    return palette.setdefault(side, SIDE_COLOURS[len(palette) % len(SIDE_COLOURS)])


def _header(record: dict) -> Panel:
    document, ledger = record["document"], record["ledger"]
    lines = Text(document.get("title") or "(untitled)", style="bold")
    meta = [
        f"{k}: {document[k]}" for k in ("outlet", "published", "declared_origin", "url") if document.get(k)
    ]
    if meta:
        lines.append("\n" + " · ".join(meta), style="dim")
    made = next(v for v in ledger["versions"] if v["version"] == ledger["version"])
    lines.append(f"\n{document['id']}", style="dim")
    lines.append(
        f"\nanalysis {ledger['version']} of {len(ledger['versions'])} (claimledger "
        f"{made['extractor_version']}, {made['model']}) · {len(ledger['sightings'])} copies seen",
        style="dim",
    )
    for sighting in ledger["sightings"][:5]:
        lines.append(f"\n  seen: {sighting.get('url') or sighting.get('source')}", style="dim")
    return Panel(lines, title="claimledger", title_align="left")


def _highlighted(record: dict, palette: dict[str, str]) -> Text:
    """The text with each claim's content underlined in its speaker's side colour, the
    speaker and cue in bold, and figures in reverse video."""
    text = Text(record["document"]["text"])
    for claim in record.get("claims", []):
        colour = _colour((claim.get("speaker") or {}).get("side"), palette)
        for key, style in (("span", f"underline {colour}"), ("cue_span", f"bold {colour}")):
            if claim.get(key):
                text.stylize(style, *claim[key])
        speaker_span = (claim.get("speaker") or {}).get("span")
        if speaker_span:
            text.stylize(f"bold {colour}", *speaker_span)
    for figure in record.get("figures", []):
        text.stylize("reverse", *figure["span"])
    return text


def _claim_line(claim: dict, palette: dict[str, str]) -> Text:
    speaker = claim.get("speaker") or {}
    colour = _colour(speaker.get("side"), palette)
    line = Text(f"{claim['id']:>4} ", style="dim")
    line.append(" ".join(filter(None, [speaker.get("title"), speaker.get("name")])), style=f"bold {colour}")
    if speaker.get("side"):
        line.append(f" ({speaker['side']})", style=colour)
    line.append(f" {claim.get('cue', '')}", style="italic")
    flags = [
        f for f in (claim.get("hedge"), claim.get("polarity")) if f and f not in ("asserted", "affirmed")
    ]
    if flags:
        line.append(f" [{', '.join(flags)}]", style="yellow")
    line.append(f": {claim.get('text', '')}")
    return line


# ---------------------------------------------------------------------- export, stats


def export_command(
    out_path: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="A folder (one file per table), or a file when one --table is given."
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
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    extractor_version: VersionOption = None,
    all_versions: AllVersionsOption = False,
) -> None:
    """Export tables of the ledger to files, newest analyses by default."""
    from claimledger.ledger import Filters
    from claimledger.ledger.export import EXTENSIONS, FORMATS, GEO_TABLES, TABLES, ExportError

    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    tables = table or list(GEO_TABLES if fmt == "geojson" else TABLES)
    single_file = len(tables) == 1 and out_path.suffix != ""
    filters = Filters(
        since=_iso(since, "--since"),
        until=_iso(until, "--until"),
        extractor_version=extractor_version,
        all_versions=all_versions,
    )
    with opened(db) as ledger:
        for name in tables:
            target = out_path if single_file else out_path / f"{name}{EXTENSIONS[fmt]}"
            try:
                count = ledger.export(name, fmt, target, filters)
            except ExportError as exc:
                raise fail(str(exc)) from None
            out.print(f"{name}: {_plural(count, 'feature' if fmt == 'geojson' else 'row')} → {target}")


def stats_command(db: DbOption = None, as_json: JsonOption = False) -> None:
    """What the ledger holds: rows per table."""
    with opened(db) as ledger:
        counts = ledger.counts()
        where = ledger.display_url
    if as_json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    out.print(f"[bold]{escape(where)}[/]")
    for name, count in counts.items():
        out.print(f"  {name:<10} {count:>9,}")


COMMANDS: dict[str, Callable[..., None]] = {
    "ingest": ingest_command,
    "reanalyze": reanalyze_command,
    "claims": claims_command,
    "figures": figures_command,
    "events": events_command,
    "places": places_command,
    "search": search_command,
    "show": show_command,
    "export": export_command,
    "stats": stats_command,
}


def register(app: typer.Typer) -> None:
    """Add the ledger commands to ``app`` (the main claimledger app)."""
    for name, function in COMMANDS.items():
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
