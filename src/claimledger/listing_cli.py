"""The commands that read the ledger: claims, figures, events, places, search, stats."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from claimledger.ledger_cli import (
    AllVersionsOption,
    DbOption,
    DocumentOption,
    JsonOption,
    LimitOption,
    SinceOption,
    UntilOption,
    VersionOption,
    _report_filters,
    _shared_filters,
    checked,
    err,
    opened,
    out,
    short,
)
from claimledger.present import figure_value
from claimledger.screen import json_text, safe

PlaceOption = Annotated[str | None, typer.Option(help="At a place whose name contains this.")]


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
        _json_lines(rows)
        return
    if not rows:
        err.print(f"no {view} match")
        return
    table = Table(*[name for name, _ in columns], show_lines=False)
    for row in rows:
        table.add_row(*[Text(render(row)) for _, render in columns])
    out.print(table)
    if more:
        err.print(f"(first {limit} {view}; --limit 0 for all)")


def _json_lines(objects: Iterable[dict]) -> None:
    """--json: each object on a line of its own."""
    for value in objects:
        sys.stdout.write(json_text(value) + "\n")


def _doc(row: dict) -> str:
    """The report a row is from: its date and short id (the outlet is in --json)."""
    return " ".join(filter(None, [row.get("published") or "", short(row["document_id"])]))


def _field(name: str) -> Callable[[dict], str]:
    """A column that shows one field of the row as it is ("" when empty)."""
    return lambda row: row.get(name) or ""


def _with_side(name: str, side: str | None) -> str:
    """"Name (UA)", or the name alone when no side is known."""
    return f"{name} ({side})" if side else name


def _who(row: dict) -> str:
    """The speaker with the side they speak for (not the side of what they count)."""
    side = row.get("speaker_side") if "speaker_side" in row else row.get("side")
    return _with_side(row.get("speaker") or "", side)


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
        "speaker": checked(speaker, "--speaker"),
        "side": checked(side, "--side"),
        "contains": checked(contains, "--contains"),
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
            ("cue", _field("cue")),
            ("hedge", _field("hedge")),
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
    place: PlaceOption = None,
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
        "quantity": checked(quantity, "--quantity"),
        "side": checked(side, "--side"),
        "speaker": checked(speaker, "--speaker"),
        "place": checked(place, "--place"),
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
            ("value", figure_value),
            ("quantity", _field("quantity")),
            ("side", _field("side")),
            ("said by", _who),
            ("text", _field("text")),
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
    place: PlaceOption = None,
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
        "type": checked(event_type, "--type"),
        "place": checked(place, "--place"),
        "side": checked(side, "--side"),
        **_shared_filters(since, until, document, extractor_version, all_versions),
    }
    _list(
        db,
        "events",
        filters,
        limit,
        as_json,
        [
            ("report", _doc),
            ("type", _field("type")),
            ("actor", lambda r: _with_side(r.get("actor") or "", r.get("actor_side"))),
            ("place", _field("place")),
            ("certainty", _field("certainty")),
            ("said by", _field("said_by")),
            ("text", _field("text")),
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
    filters = {"place": checked(name, "--name"), **_report_filters(since, until, document)}

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
            ("place", _field("name")),
            ("kind", _field("kind")),
            ("country", _field("country")),
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
    checked(query, "the search query")
    with opened(db) as ledger:
        hits = ledger.search(query, limit=limit or 1_000_000)
    if as_json:
        _json_lines(hit.as_dict() for hit in hits)
        return
    if not hits:
        err.print("no report matches")
        return
    for hit in hits:
        head = " · ".join(filter(None, [short(hit.document_id), hit.published, hit.outlet]))
        out.print(f"[bold]{safe(hit.title or '(untitled)')}[/]  [dim]{safe(head)}[/]", soft_wrap=True)
        snippet = Text(hit.snippet)
        for start, end in hit.marks:
            snippet.stylize("bold yellow", start, end)
        out.print(snippet, soft_wrap=True)
        out.print()



def stats_command(db: DbOption = None, as_json: JsonOption = False) -> None:
    """What the ledger holds: rows per table."""
    with opened(db) as ledger:
        counts = ledger.counts()
        where = ledger.display_url
    if as_json:
        _json_lines([counts])
        return
    out.print(f"[bold]{safe(where)}[/]")
    for name, count in counts.items():
        out.print(f"  {name:<10} {count:>9,}")


COMMANDS = {"claims": claims_command, "figures": figures_command, "events": events_command,
            "places": places_command, "search": search_command, "stats": stats_command}
