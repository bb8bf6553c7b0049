"""Words around a figure that tell how a toll moved: risen to it ("has risen to 41"), or
added to it ("seven more bodies"). Read over the stored text (linking never re-parses)."""

from __future__ import annotations

import re

from claimledger.extract.numbers import Number
from claimledger.link.report_view import Report

# Words right before a figure that tell it as a count that rose to it: "the toll has risen to
# 41", "climbed to at least 60", "a new toll of 80". Only the words between the verb and the
# number may sit in between (a bound, "to"), so "reached the town, killing 41" is no rise.
RISEN = re.compile(
    r"\b(?:risen|rose|rises|rising|climbed|climbs|increased|increases|jumped|jumps|soared|mounted|grown|grew"
    r"|swelled|reached|reaches|now stands? at|new (?:death )?toll of|updated toll of)"
    r"(?:\s+to)?(?:\s+(?:at least|more than|over|about|around|nearly|almost|some))?\s*$",
    re.I,
)


# Counts of one happening's victims: they only grow as bodies are found and the wounded
# counted, so a report telling one of them as risen is a toll update for all of them.
TOLLS = {"killed", "wounded", "casualties", "missing", "civilians_killed"}

# A count of what was added since the last count, not of the count so far: "seven more bodies
# had been found", "a further 12 people died", "an additional 30 were injured". ("Another 41
# people were injured", after a death toll, counts the wounded: "another" is left out.)
INCREMENT_AFTER = re.compile(r"^\s*(?:more|additional|further|extra|new)\b(?!\s+than\b)", re.I)
INCREMENT_BEFORE = re.compile(r"\b(?:a further|an additional|an extra|a new batch of)\s+$", re.I)


def increment(report: Report, figure: dict, number: Number | None) -> bool:
    """The figure counts what was added ("nine more bodies", "a further 12"); ``number`` is
    its own number read from its text (``series._number``)."""
    text = figure.get("text") or ""
    if number is not None and text[number.start:number.end] == number.text and (
            INCREMENT_AFTER.match(text[number.end:]) or INCREMENT_BEFORE.search(text[:number.start])):
        return True
    start = (figure.get("span") or (0, 0))[0]
    return bool(start) and bool(INCREMENT_BEFORE.search(report.text[max(0, start - 30):start]))


def risen(report: Report, figure: dict) -> bool:
    """The words right before the figure tell it as a count that rose to it."""
    start = (figure.get("span") or (0, 0))[0]
    return bool(start) and bool(RISEN.search(report.text[max(0, start - 60):start]))
