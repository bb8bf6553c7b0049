"""Quotations paired by where their marks stand, not by the marks' shapes.

Copy mixes its quotation marks: a quotation opened with a curly mark and closed with a
straight one ('“We will hold," he said'), closed with an opening mark ('“It is over,“
she said'), or left open. Paired by shape, such a mark runs on to the next closing mark of
its kind, paragraphs later, and every sentence in between reads as quoted words. Here a
mark opens when it stands before a word and closes when it stands after one (the rule
word processors use for "smart quotes"); its shape decides only when its place does not.
A quotation never runs over a paragraph break, except into a paragraph that opens with a
quotation mark (the news convention for a quotation of several paragraphs, whose marks
are then closed only at its end). Hand-written: a linear scan, no library does this.
"""

from __future__ import annotations

import re

from claimledger.extract.last_text import last_text

DOUBLE_MARKS = re.compile(r"[\"“”„«»]|''")
OPENING_SHAPES = {"“", "„", "«"}
CLOSING_SHAPES = {"”", "»"}
# what may stand before an opening mark, and after a closing one
BEFORE_OPENING = set(" \t\n([{—–-/:")
AFTER_CLOSING = set(" \t\n)]}.,;:!?—–-…/")


def _role(text: str, start: int, end: int) -> str:
    """"open", "close" or "either" for the mark at text[start:end]."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens = before in BEFORE_OPENING and not after.isspace()
    closes = not before.isspace() and after in AFTER_CLOSING
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    mark = text[start:end]
    if mark in OPENING_SHAPES:
        return "open"
    if mark in CLOSING_SHAPES:
        return "close"
    return "either"


@last_text(copy=list)  # the claim reader and the speaker memory ask of the same report in turn
def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (the marks excluded), in text order; a
    quotation of several paragraphs gives one span per paragraph."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carried = False  # a quotation runs on from the paragraph before
    for n, (p_start, p_end) in enumerate(paragraphs):
        marks = [(m.start(), m.end()) for m in DOUBLE_MARKS.finditer(text, p_start, p_end)]
        opened: int | None = None
        if carried and marks and marks[0][0] == p_start + _indent(text, p_start, p_end):
            opened = marks.pop(0)[1]  # the mark that reopens it
        for start, end in marks:
            role = _role(text, start, end)
            if opened is None:
                if role != "close":
                    opened = end
            elif role != "open":
                spans.append((opened, start))
                opened = None
        carried = False
        if opened is not None and n + 1 < len(paragraphs):
            following = paragraphs[n + 1]
            if DOUBLE_MARKS.match(text, following[0] + _indent(text, *following)):
                spans.append((opened, _content_end(text, p_start, p_end)))
                carried = True
    found = [(s, e) for s, e in spans if e > s]
    return found


def _indent(text: str, start: int, end: int) -> int:
    return len(text[start:end]) - len(text[start:end].lstrip())


def _content_end(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())
