"""A live page's clock stamps: "15:10", "09.45", "14h32", "3:05 p.m.", "10:42 GMT". One spelling
of the clock time serves the page reader (a list of timed entries has no headline; a live
page's last entry is no tail) and the extractor (an entry's stamp opening its line, an entry's
heading under its stamp).
"""

from __future__ import annotations

import re

# a clock time as live pages print one: hours, a colon, dot or "h", minutes, perhaps am/pm
CLOCK = r"\d{1,2}[:.h]\d{2}(?:[ \t]*[ap]\.?m\.?)?"
# a line that is only a clock stamp, perhaps with its zone: "15:10", "10:42 GMT", "9:05 local time"
CLOCK_LINE = re.compile(rf"[ \t]*{CLOCK}(?:[ \t]*[A-Z]{{2,4}}(?:[ \t]+time)?)?[ \t]*", re.I)
# a stamp of the page's own age on a line of its own: "1 hour ago", "an hour ago", "3 days ago"
AGE_LINE = re.compile(r"[ \t]*(?:\d+|an?|one)[ \t]+(?:minutes?|mins?|hours?|hrs?|days?)[ \t]+ago[ \t]*", re.I)


def stamp_line(line: str) -> bool:
    """Whether the line is only an entry's stamp: a clock time or an age ("3 hours ago")."""
    return CLOCK_LINE.fullmatch(line) is not None or AGE_LINE.fullmatch(line) is not None
