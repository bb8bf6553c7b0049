"""The readable terminal report of one analysis record, drawn with rich.

It reads only the record (spec/OUTPUT.md), so what it shows is what is stored.
Claims are grouped by speaker; sides are coloured; hedges, denials and failed
consistency checks are flagged. Everything from the record is put in ``Text`` (rich
never reads markup in it); the console shows its control characters (see screen.py).
"""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimledger.present import (
    coordinates,
    document_meta,
    figure_value,
    short_id,
    side_code,
    side_style,
    speaker_label,
    speaker_name,
)


def print_report(record: dict, console: Console) -> None:
    document = record["document"]
    places = {p["id"]: p for p in record["places"]}
    claims = {c["id"]: c for c in record["claims"]}
    console.print(_header(document))
    console.print(_claims_by_speaker(record["claims"]))
    if record["figures"]:
        console.print(_figures(record["figures"], claims))
    if record["events"]:
        console.print(_events(record["events"], places))
    if record["places"]:
        console.print(_places(record["places"]))
    for check in record.get("checks") or []:
        mark = ("✓", "green") if check["ok"] else ("✗ disagrees:", "bold red")
        console.print(Text.assemble(mark, f" {check['kind']}: {check['detail']}"))


def _header(document: dict) -> Panel:
    lines = Text()
    lines.append(document.get("title") or "(untitled)", style="bold")
    meta = document_meta(document)
    if meta:
        lines.append("\n" + meta, style="dim")
    lines.append(f"\nsha256:{short_id(document['id'])}…  {len(document['text'].split())} words", style="dim")
    return Panel(lines, title="claimledger", title_align="left")


def _speaker_label(speaker: dict) -> Text:
    label = Text()
    name = speaker_name(speaker)
    label.append(name, style=side_style(speaker.get("side"), bold=True))
    rest = speaker_label(speaker).removeprefix(name)  # ", role, organisation" when they add something
    if rest:
        label.append(rest)
    label.append(f"  [{speaker['kind']}; side {side_code(speaker.get('side'))}]", style="dim")
    return label


def _claims_by_speaker(claims: list[dict]) -> Table:
    table = Table(title=f"Claims ({len(claims)})", show_header=False, expand=True, show_lines=True)
    table.add_column("speaker", ratio=1)
    table.add_column("claims", ratio=3)
    groups: dict[tuple, list[dict]] = {}
    for claim in claims:
        s = claim["speaker"]
        groups.setdefault((s["name"], s.get("side"), s.get("role")), []).append(claim)
    for group in groups.values():
        body = Text()
        for n, claim in enumerate(group):
            if n:
                body.append("\n")
            body.append(f"{claim['cue']}", style="italic")
            flags = [claim["mode"]]
            if claim["hedge"] != "asserted":
                flags.append(claim["hedge"])
            if claim["polarity"] == "denied":
                flags.append("DENIED")
            body.append(f" ({', '.join(flags)}) ", style="yellow" if len(flags) > 1 else "dim")
            body.append(claim["text"])
        table.add_row(_speaker_label(group[0]["speaker"]), body)
    return table


def _section(title: str, items: list[dict], columns: tuple[str, ...]) -> Table:
    """A full-width table of one kind of item, titled with how many there are."""
    table = Table(title=f"{title} ({len(items)})", expand=True)
    for name in columns:
        table.add_column(name)
    return table


def _figures(figures: list[dict], claims: dict[str, dict]) -> Table:
    table = _section("Figures", figures, ("value", "counts", "subject", "side", "said by", "text"))
    for f in figures:
        claim = claims.get(f.get("claim") or "")
        said_by = claim["speaker"]["name"] if claim else "(the report)"
        table.add_row(Text(figure_value(f)), Text(f["quantity"]), Text(f.get("subject") or ""),
                      Text(side_code(f.get("side")), style=side_style(f.get("side"))), Text(said_by),
                      Text(f["text"]))
    return table


def _events(events: list[dict], places: dict[str, dict]) -> Table:
    table = _section("Events", events, ("type", "actor", "place", "when", "certainty", "text"))
    for e in events:
        actor = e.get("actor") or {}
        place = places.get(e.get("place") or "", {}).get("name", "")
        when = (e.get("when") or {}).get("start") or (e.get("when") or {}).get("text") or ""
        who = f"{actor.get('name', '')} ({side_code(actor.get('side'))})" if actor else ""
        table.add_row(Text(e["type"]), Text(who, style=side_style(actor.get("side"))), Text(place), Text(when),
                      Text(e["certainty"]), Text(e["text"]))
    return table


def _places(places: list[dict]) -> Table:
    table = _section("Places", places, ("name", "kind", "country", "lat, lon", "mentions"))
    for p in places:
        where = coordinates(p.get("lat"), p.get("lon"))
        table.add_row(Text(p["name"]), Text(p["kind"]), Text(p.get("country") or ""), where, str(len(p["mentions"])))
    return table
