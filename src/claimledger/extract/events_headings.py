"""A live page's entry headings: "15:10" on a line of its own, then "Moscow says it captured
village" over the entry's prose. Like the page's headline over its lead, an entry's heading
repeats what its entry tells (often with the wrong words for a place or a side), so it is no
telling of its own. A heading is a short line with no full stop, right under a line that is
only a time stamp, with prose after it.
"""

from __future__ import annotations

import re

from claimledger.extract.events_memo import per_report
from claimledger.read.clock import CLOCK_LINE

HEADING_WORDS = 14


@per_report
def _headings(ctx) -> list[tuple[int, int]]:  # noqa: ANN001 (a ReportContext)
    """The spans of the report's entry headings, read once a report."""
    found = []
    lines = ctx.lines
    for k in range(1, len(lines) - 1):
        start, line = lines[k]
        text = line.strip()
        if not text or not CLOCK_LINE.fullmatch(lines[k - 1][1]) or len(text.split()) > HEADING_WORDS \
                or re.search(r"[.!?…:;,\"”]$", text) or not text[:1].isupper():
            continue
        after = lines[k + 1][1].strip()
        if len(after.split()) >= 8:  # the entry's prose follows
            found.append((start, start + len(line)))
    return found


def entry_heading(ctx, start: int, end: int) -> bool:  # noqa: ANN001 (a ReportContext)
    """Whether the sentence at start..end lies in a live page's entry heading."""
    return any(s <= start and end <= e + 1 for s, e in _headings(ctx))
