"""The show command: one stored report with its claims highlighted in its text.

Text goes into rich ``Text`` objects (never parsed as markup), and the console makes
control characters visible one for one, so highlight offsets still line up.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.panel import Panel
from rich.text import Text

from claimledger.ledger_cli import DbOption, checked, fail, opened, out
from claimledger.present import document_meta, side_style, speaker_name
from claimledger.screen import json_text


def show_command(
    document_id: Annotated[str, typer.Argument(help="Document id, or a unique prefix of it.")],
    db: DbOption = None,
    version: Annotated[int | None, typer.Option(min=1, help="Analysis version (default: the newest).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the stored analysis record.")] = False,
) -> None:
    """A stored report with its claims highlighted, and what was found in it."""
    from claimledger.ledger import LedgerError

    checked(document_id, "the document id")
    with opened(db) as ledger:
        try:
            record = ledger.record(document_id, version)
        except LedgerError as exc:
            raise fail(str(exc), code=1) from None
    if as_json:
        sys.stdout.write(json_text(record, indent=2) + "\n")
        return
    out.print(_header(record))
    out.print(_highlighted(record), soft_wrap=True)
    out.print()
    for claim in record.get("claims", []):
        out.print(_claim_line(claim), soft_wrap=True)


def _header(record: dict) -> Panel:
    document, ledger = record["document"], record["ledger"]
    lines = Text(document.get("title") or "(untitled)", style="bold")
    meta = document_meta(document)
    if meta:
        lines.append("\n" + meta, style="dim")
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


def _highlighted(record: dict) -> Text:
    """The text with each claim's content underlined in its speaker's side colour, the
    speaker and cue in bold, and figures in reverse video."""
    text = Text(record["document"]["text"])
    for claim in record.get("claims", []):
        colour = side_style((claim.get("speaker") or {}).get("side"))
        for key, style in (("span", f"underline {colour}"), ("cue_span", f"bold {colour}")):
            if claim.get(key):
                text.stylize(style, *claim[key])
        speaker_span = (claim.get("speaker") or {}).get("span")
        if speaker_span:
            text.stylize(f"bold {colour}", *speaker_span)
    for figure in record.get("figures", []):
        text.stylize("reverse", *figure["span"])
    return text


def _claim_line(claim: dict) -> Text:
    speaker = claim.get("speaker") or {}
    colour = side_style(speaker.get("side"))
    line = Text(f"{claim['id']:>4} ", style="dim")
    line.append(speaker_name(speaker), style=f"bold {colour}")
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


COMMANDS = {"show": show_command}
