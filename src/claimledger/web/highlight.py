"""A report's text with its claims, figures and places marked from their spans.

Spans nest (a figure inside a claim, a place inside a figure) but may also cross; HTML
needs a tree. Items are placed outermost first (claims, then figures, then places) and
an item that crosses the end of the item it starts in is cut at that end, so the text
is never repeated or reordered. Every piece of text goes through markupsafe's escape:
the article is untrusted and shows as text, whatever it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

LAYER = {"claim": 0, "figure": 1, "place": 2}


@dataclass
class Mark:
    kind: str  # claim, figure, place
    start: int
    end: int
    open_tag: Markup  # the element's opening tag, built (and escaped) by the caller
    close_tag: Markup
    children: list[Mark] = field(default_factory=list)


def nest(marks: list[Mark], length: int) -> list[Mark]:
    """Marks as a tree: each inside the one it starts in, cut to that one's end."""
    ordered = sorted((m for m in marks if 0 <= m.start < m.end <= length),
                     key=lambda m: (m.start, -m.end, LAYER[m.kind]))
    roots: list[Mark] = []
    stack: list[Mark] = []
    for mark in ordered:
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack:
            mark.end = min(mark.end, stack[-1].end)
            stack[-1].children.append(mark)
        else:
            roots.append(mark)
        stack.append(mark)
    return roots


def render(text: str, marks: list[Mark]) -> Markup:
    """The text as HTML, escaped, with the marks' elements around their spans."""
    parts: list[str] = []

    def emit(items: list[Mark], start: int, end: int) -> None:
        position = start
        for mark in items:
            if mark.start < position:
                continue  # a sibling that began inside the previous one was cut to nothing
            parts.append(escape(text[position:mark.start]))
            parts.append(mark.open_tag)
            emit(mark.children, mark.start, mark.end)
            parts.append(mark.close_tag)
            position = mark.end
        parts.append(escape(text[position:end]))

    emit(nest(marks, len(text)), 0, len(text))
    return Markup("".join(parts))


def tag(name: str, **attributes: str | None) -> Callable[[], tuple[Markup, Markup]]:
    """An element's opening and closing tags, every attribute value escaped."""
    rendered = "".join(f' {key.rstrip("_").replace("_", "-")}="{escape(value)}"'
                       for key, value in attributes.items() if value is not None)
    return lambda: (Markup(f"<{name}{rendered}>"), Markup(f"</{name}>"))
