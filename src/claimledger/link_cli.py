"""The link stage's commands: link, documents, links, stories, story, series,
contradictions and brief, thin over :class:`claimledger.ledger.Ledger` and
``claimledger.link``.

``register(app)`` adds them to the main Typer app. Every listing takes ``--json``
(one object per line, fixed keys) and ``--limit 0`` for all.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from claimledger.ledger_cli import DbOption, JsonOption, err, fail, opened, out
from claimledger.present import cut as _cut
from claimledger.present import plural
from claimledger.present import short_id as short

if TYPE_CHECKING:
    from claimledger.ledger import Ledger

LimitOption = Annotated[int, typer.Option(min=0, help="At most this many rows (0: all).")]
StoryArgument = Annotated[str, typer.Argument(help="A story, as the stories listing names it: S12 (or 12).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress line.")]


@contextmanager
def reading(db: str | None) -> Iterator[Ledger]:
    """The ledger, with its errors and a record the link stage cannot read as one line each."""
    from claimledger.link.report_view import RecordError

    try:
        with opened(db) as ledger:
            yield ledger
    except RecordError as exc:
        raise fail(f"a stored record cannot be reconciled: {exc}") from None


def _lines(rows: Iterable[dict]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _table(columns: list[str], rows: Iterable[list[str]], *, empty: str) -> None:
    rows = list(rows)
    if not rows:
        err.print(empty)
        return
    table = Table(*columns)
    for row in rows:
        table.add_row(*[escape(cell) for cell in row])
    out.print(table)


def _more(count: int, limit: int, what: str) -> None:
    if limit and count >= limit:
        err.print(f"(first {limit} {what}; --limit 0 for all)")


# ---------------------------------------------------------------------- link


def link_command(
    documents: Annotated[
        list[str] | None,
        typer.Argument(help="Two documents A B with --kind: say that A derives from B (or not, --kind none)."),
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="With A B: credited, copy, rewrite, or none (A does not derive from B).")
    ] = None,
    rebuild: Annotated[
        bool, typer.Option("--all", help="Rebuild every link and story (a person's corrections are kept).")
    ] = False,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Link reports across the ledger: copies, rewrites and credited relays, and stories."""
    if documents:
        if len(documents) != 2 or kind is None:
            raise fail("a correction names two documents and a kind: claimledger link A B --kind rewrite")
        with reading(db) as ledger:
            derivative, origin = ledger.correct_link(documents[0], documents[1], kind)
        verb = "does not derive from" if kind == "none" else f"derives from ({kind})"
        out.print(f"{short(derivative)} {verb} {short(origin)}: kept through re-linking")
        return
    if kind is not None:
        raise fail("--kind goes with two documents: claimledger link A B --kind rewrite")
    if not rebuild:
        link_new(db, quiet)
        return
    from claimledger.ledger_cli import _progress

    with opened(db) as ledger, _progress("linking", quiet) as update:
        report = ledger.link(rebuild=True, progress=lambda r, total: update(_link_status(r, total)))
    print_link_report(report)


def link_new(db: str | None, quiet: bool) -> None:
    """Link the reports an ingest stored (and any left unlinked before), with a progress line."""
    from claimledger.ledger_cli import _progress

    with opened(db) as ledger, _progress("linking", quiet) as update:
        report = ledger.link(progress=lambda r, total: update(_link_status(r, total)))
    print_link_report(report)


def _link_status(report: Any, total: int) -> str:
    rate = report.linked / report.seconds if report.seconds > 0 else 0.0
    return f"{report.linked}/{total} reports · {sum(report.links.values())} links · {rate:.1f}/s"


def print_link_report(report: Any) -> None:
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.links.items())) or "none"
    out.print(f"[bold]{plural(report.linked, 'report')} linked[/] in {report.seconds:.1f} s: links {kinds}; "
              f"{plural(report.opened, 'new story', 'new stories')}, {report.joined} joined a story", soft_wrap=True)
    for document_id, reason in report.errors.items():
        err.print(f"  {short(document_id)}: {escape(reason)}", soft_wrap=True)


# ---------------------------------------------------------------------- listings


def documents_command(
    db: DbOption = None,
    story: Annotated[str | None, typer.Option(help="Only the reports of this story (S12).")] = None,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Reports, newest first: date, outlet, title, what they derive from, how many derive from them."""
    with reading(db) as ledger:
        rows = ledger.link_documents(limit=limit or None, story=story)
    if as_json:
        _lines(rows)
        return
    _table(["id", "date", "outlet", "title", "origin", "copies", "story"],
           ([short(r["id"]), r["published"] or "", r["outlet"] or "", _cut(r["title"] or "", 60),
             _origin_label(r), str(r["copies"] or ""), f"S{r['story']}" if r["story"] else ""] for r in rows),
           empty="no documents in the ledger")
    _more(len(rows), limit, "documents")


def _origin_label(row: dict) -> str:
    if row.get("origin"):
        return f"{row['origin_kind']} of {short(row['origin'])}"
    if row.get("origin_outlet"):
        return f"{row['origin_kind']}: {row['origin_outlet']}"
    return ""


def links_command(
    db: DbOption = None,
    document: Annotated[str | None, typer.Option(help="Links from or to this document (id or prefix).")] = None,
    kind: Annotated[str | None, typer.Option(help="credited, copy or rewrite.")] = None,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Derivative → origin links: kind, confidence and the evidence behind each."""
    with reading(db) as ledger:
        rows = ledger.links(document=document, kind=kind, limit=limit or None)
    if as_json:
        _lines(rows)
        return
    _table(["derivative", "origin", "kind", "conf.", "evidence"],
           ([f"{short(r['document'])} {r['outlet'] or ''}".strip(),
             f"{short(r['origin'])} {r['origin_title'] and _cut(r['origin_title'], 30) or ''}".strip()
             if r["origin"] else f"{r['origin_outlet']} (outside the ledger)",
             r["kind"] + (" (by a person)" if r["decided_by"] == "person" else ""),
             f"{r['confidence']:.2f}", evidence_summary(r["evidence"])] for r in rows),
           empty="no links: run claimledger link")
    _more(len(rows), limit, "links")


def evidence_summary(evidence: dict) -> str:
    """The evidence of a link in a few words: the words the text reuses, the facts it shares,
    the credit it gives."""
    parts = []
    if evidence.get("by"):
        return f"by {evidence['by']}"
    if evidence.get("credit"):
        parts.append(f"credits: {' '.join(str(evidence['credit']).split())[:50]}")
    containment = evidence.get("containment")
    if isinstance(containment, int | float) and containment >= 0.2:
        parts.append(f"{containment:.0%} of its words reused")
    if isinstance(evidence.get("fact_overlap"), int | float) and (evidence.get("figures") or evidence.get("speakers")):
        shared = [*(evidence.get("figures") or [])[:3], *(evidence.get("speakers") or [])[:3]]
        parts.append(f"{evidence['fact_overlap']:.0%} of facts shared ({', '.join(map(str, shared))})")
    if isinstance(evidence.get("order_agreement"), int | float):
        parts.append(f"same order {evidence['order_agreement']:.2f}")
    if evidence.get("days_apart"):
        parts.append(f"{evidence['days_apart']} day(s) later")
    return "; ".join(parts)


# ---------------------------------------------------------------------- stories

stories_app = typer.Typer(help="Stories: reports about one happening. Lists them, newest first; "
                               "merge and split correct them.", invoke_without_command=True)


@stories_app.callback()
def stories_command(
    context: typer.Context,
    db: DbOption = None,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Stories, newest first: title, dates, reports, independent origins, sides heard."""
    if context.invoked_subcommand is not None:
        return
    with reading(db) as ledger:
        rows = ledger.stories(limit=limit or None)
    if as_json:
        _lines({**r, "id": f"S{r['id']}"} for r in rows)
        return
    _table(["story", "title", "first", "last", "reports", "origins", "sides"],
           ([f"S{r['id']}", _cut(r["title"] or "", 60), r["first"] or "", r["last"] or "",
             str(len(r["documents"])), str(r["origins"]), " ".join(r["sides"])] for r in rows),
           empty="no stories: run claimledger link")
    _more(len(rows), limit, "stories")


@stories_app.command("merge")
def stories_merge(
    stories: Annotated[list[str], typer.Argument(help="Two or more stories; the rest join the first.")],
    db: DbOption = None,
) -> None:
    """Join stories into one (kept through re-linking)."""
    if len(stories) < 2:
        raise fail("name two or more stories to merge: claimledger stories merge S3 S7")
    with reading(db) as ledger:
        target = ledger.merge_stories(stories)
    out.print(f"merged into S{target}")


@stories_app.command("split")
def stories_split(
    story: StoryArgument,
    documents: Annotated[list[str], typer.Argument(help="The documents (ids or prefixes) that leave the story.")],
    db: DbOption = None,
) -> None:
    """Move some documents of a story into a new story (kept through re-linking)."""
    with reading(db) as ledger:
        target = ledger.split_story(story, documents)
    out.print(f"{len(documents)} document(s) moved to the new story S{target}")


# ---------------------------------------------------------------------- one story, series, contradictions


def story_command(story: StoryArgument, db: DbOption = None, as_json: JsonOption = False) -> None:
    """A story: origins tree, claims over time, figures low/best/high by side, contradictions, silences."""
    from claimledger.link_show import print_story

    with reading(db) as ledger:
        detail = ledger.story(story)
    if as_json:
        _lines([detail.as_dict()])
        return
    print_story(detail, out)


def series_command(
    quantity: Annotated[str, typer.Argument(help="killed, wounded, casualties, captured, deployed, displaced, ...")],
    side: Annotated[str | None, typer.Option(help="Whose people are counted (UA, RU, SD, ...).")] = None,
    place: Annotated[str | None, typer.Option(help="A place (part of its name) or country code.")] = None,
    story: Annotated[str | None, typer.Option(help="Only the reports of this story (S12).")] = None,
    since: Annotated[str | None, typer.Option(help="Statements dated on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Statements dated on or before (YYYY-MM-DD).")] = None,
    db: DbOption = None,
    limit: LimitOption = 10,
    as_json: JsonOption = False,
) -> None:
    """One figure over time, with every source, reconciled to low / best / high by side."""
    from claimledger.ledger_cli import _iso
    from claimledger.link_show import print_series

    with reading(db) as ledger:
        found = ledger.series(quantity, side=side, place=place, story=story, since=_iso(since, "--since"),
                              until=_iso(until, "--until"))
    shown = found[:limit] if limit else found
    if as_json:
        _lines(one.as_dict() for one in shown)
        return
    if not shown:
        err.print(f"no {quantity} figures match")
        return
    for one in shown:
        print_series(one, out)
    _more(len(found), limit + 1 if limit else 0, "series")


def contradictions_command(
    story: Annotated[str | None, typer.Option(help="Only this story (S12).")] = None,
    db: DbOption = None,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Where independent sources disagree: figures beyond their ranges, assertions against denials."""
    from claimledger.link_show import print_contradictions

    with reading(db) as ledger:
        found = ledger.contradictions(story=story, limit=limit or None)
    if as_json:
        _lines({"story": f"S{row['id']}", **item.as_dict()} for row, item in found)
        return
    if not found:
        err.print("no contradictions found")
        return
    print_contradictions([item for _, item in found], out, stories=[row for row, _ in found])
    _more(len(found), limit, "contradictions")


def brief_command(
    story: StoryArgument,
    out_path: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    db: DbOption = None,
) -> None:
    """A sourced brief of a story as one HTML file, with a chart of the estimates over time."""
    from claimledger.brief import render_brief

    if out_path.exists() and not force:
        raise fail(f"{out_path} exists: choose another --out, or add --force to replace it")
    if out_path.is_dir():
        raise fail(f"{out_path} is a folder: --out names the HTML file to write")
    with reading(db) as ledger:
        detail = ledger.story(story)
    html = render_brief(detail)
    try:
        write_text_atomically(out_path, html.encode("utf-8"))
    except OSError as exc:
        raise fail(f"cannot write {out_path}: {exc.strerror or exc}") from None
    out.print(f"brief of S{detail.story['id']} ({len(detail.story['documents'])} reports, "
              f"{len(detail.series)} figure series) → {escape(str(out_path))}")


COMMANDS: dict[str, Callable[..., None]] = {
    "link": link_command,
    "documents": documents_command,
    "links": links_command,
    "story": story_command,
    "series": series_command,
    "contradictions": contradictions_command,
    "brief": brief_command,
}


def register(app: typer.Typer) -> None:
    """Add the link commands to ``app`` (the main claimledger app)."""
    for name, function in COMMANDS.items():
        app.command(name)(function)
    app.add_typer(stories_app, name="stories")


def write_text_atomically(path: Path, content: bytes) -> None:
    """Write a file through a temporary sibling and a rename: never half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(content)
    temporary.replace(path)
