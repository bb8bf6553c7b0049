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


# an entry's prose: a capital, some words, a closing mark ("Two rockets fell near Ashkelon, police said."),
# perhaps after a bullet ("• Indian troops returned fire.")
_ENTRY_PROSE = re.compile(r"(?:[•·*–—-][ \t]*)?[\"“‘'(]?[A-Z0-9][^\n]*[.!?…\"”’)]")
MIN_ENTRY_WORDS = 4


def stamps_an_entry(lines: list[str], k: int) -> bool:
    """Whether line k is a live page's entry stamp over its entry: a stamp alone on its line,
    the next filled line closed prose. Such an entry is the story even when it is the page's
    last and shorter than a paragraph ("21:30" over "Two rockets fell near Ashkelon, police
    said."), not the start of the page's tail. (The page's other stamps may be gone with its
    head: one stamp left over prose is entry enough.)"""
    if not stamp_line(lines[k].strip()):
        return False
    after = next((line.strip() for line in lines[k + 1:] if line.strip()), "")
    return len(after.split()) >= MIN_ENTRY_WORDS and _ENTRY_PROSE.fullmatch(after) is not None
