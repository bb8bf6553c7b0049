"""Terminal views of what the link stage made: a story, a figure series, contradictions.

Reads only the result objects of ``claimledger.link`` (their ``as_dict`` shapes are
what ``--json`` prints), so the terminal shows what a program would read.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from claimledger.link.detail import OriginNode, StoryDetail
from claimledger.link.disputes import Contradiction, Silence, Source
from claimledger.link.series_model import FigureSeries
from claimledger.present import cut, estimate_line, figure_value, short_id, side_name, side_style


def print_story(detail: StoryDetail, console: Console) -> None:
    story = detail.story
    head = Text(story["title"] or "(untitled)", style="bold")
    head.append(f"\nS{story['id']} · {story['first'] or '?'} → {story['last'] or '?'} · "
                f"{len(story['documents'])} reports · {story['origins']} independent origins · "
                f"sides heard: {', '.join(side_name(s) for s in story['sides']) or 'none'}", style="dim")
    console.print(Panel(head, title="story", title_align="left"))
    console.print(_origins(detail.tree))
    if detail.clusters:
        console.print(_timeline(detail))
    for one in detail.series:
        print_series(one, console)
    if detail.contradictions:
        print_contradictions(detail.contradictions, console)
    if detail.silences:
        console.print(_silences(detail.silences))


def _origins(roots: Sequence[OriginNode]) -> Tree:
    tree = Tree("[bold]origins[/] (each root is one independent source)")

    def add(parent: Tree, node: OriginNode) -> None:
        label = Text()
        if node.kind:
            label.append(f"{node.kind} ", style="yellow")
        label.append(" · ".join(filter(None, [node.published, node.outlet, short_id(node.id)])), style="dim")
        if node.title:
            label.append(f"  {node.title}")
        branch = parent.add(label)
        for child in node.children:
            add(branch, child)

    for root in roots:
        add(tree, root)
    return tree


def _timeline(detail: StoryDetail) -> Table:
    table = Table(title="claims over time (the same statement across reports is one row)", title_justify="left")
    for column in ("first said", "speaker", "claim", "reports", "origins"):
        table.add_column(column)
    clusters = sorted(detail.clusters, key=lambda c: (c.first.published or "9999", c.first.document))
    for cluster in clusters:
        speaker = cluster.speaker + (f" ({cluster.side})" if cluster.side else "")
        text = ("NOT: " if cluster.polarity == "denied" else "") + cluster.text
        table.add_row(cluster.first.published or "", Text(speaker, style=side_style(cluster.side)), Text(cut(text, 90)),
                      str(len(cluster.documents)), str(cluster.independent_origins))
    return table


def print_series(one: FigureSeries, console: Console) -> None:
    places = f" at {', '.join(one.places)}" if one.places else ""
    console.print(f"\n[bold]{escape(one.key.label())}[/]{escape(places)}")
    console.print(f"  reconciled: {estimate_line(one)}")
    for party in one.by_party:
        console.print(f"  {escape(party.label)}: {figure_value(party.latest)} "
                      f"({party.latest.date or 'undated'}, {party.statements} statement(s))")
    if one.silent:
        console.print(f"  [dim]silent: {escape(', '.join(side_name(s) for s in one.silent))}[/]")
    table = Table(show_edge=False, pad_edge=False)
    for column in ("date", "value", "said by", "outlet", "report", "change"):
        table.add_column(column)
    for s in one.statements:
        who = (s.speaker or "the report") + (f" ({s.speaker_side})" if s.speaker_side else "")
        change = s.change or ""
        if s.copy_of:
            change = (change + " copy").strip()
        table.add_row(s.date or "undated", figure_value(s), Text(who, style=side_style(s.speaker_side)),
                      Text(s.outlet or ""),
                      short_id(s.document), change)
    console.print(table)


def _source(source: Source) -> str:
    who = (source.speaker or "the report") + (f" ({source.side})" if source.side else "")
    also = [o or short_id(d) for d, o in zip(source.documents, source.outlets, strict=False) if d != source.document]
    carried = f" (also carried by {', '.join(also)})" if also else ""  # copies and rewrites of its origin
    where = f"{source.outlet or short_id(source.document)}, {source.published or 'undated'}"
    return f"{who}, {where}{carried}: {source.text}"


def print_contradictions(items: Sequence[Contradiction], console: Console,
                         stories: Sequence[dict] | None = None) -> None:
    console.print(f"\n[bold]contradictions[/] ({len(items)})")
    for n, item in enumerate(items):
        where = f"S{stories[n]['id']} · " if stories else ""
        console.print(f" [yellow]{where}{item.kind}[/]: {escape(item.subject)} — {escape(item.detail)}", soft_wrap=True)
        console.print(f"   A. {escape(_source(item.a))}", soft_wrap=True)
        console.print(f"   B. {escape(_source(item.b))}", soft_wrap=True)


def _silences(items: Sequence[Silence]) -> Group:
    lines = [Text("\nsilences", style="bold")]
    for item in items:
        who = item.party + (f" ({item.side})" if item.side else "")
        lines.append(Text(f" {item.published or 'undated'} {who}: {item.kind.replace('_', ' ')} "
                          f"({item.outlet or short_id(item.document)}) — {cut(item.sentence, 100)}"))
    return Group(*lines)
