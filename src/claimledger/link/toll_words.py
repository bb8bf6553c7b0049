"""Words around a figure that tell how a toll moved: risen to it ("has risen to 41"), added
to it ("seven more bodies"), or restated as the earlier count a toll rose from ("raising the
earlier toll of 14"). Read over the stored text (linking never re-parses)."""

from __future__ import annotations

import re

from claimledger.data import read_table
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
# had been found", "a further 12 people died", "an additional 30 were injured". The words live
# in data/added_words.tsv, shared with the figures' sum checks ("another" is theirs only).
def _added(place: str) -> list[str]:
    return sorted((row[0] for row in read_table("added_words.tsv") if row[1] == place and row[3] == "yes"),
                  key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


INCREMENT_AFTER = re.compile(rf"^\s*(?:{_alternation(_added('after'))})\b(?!\s+than\b)", re.I)
INCREMENT_BEFORE = re.compile(rf"\b(?:{_alternation(_added('before'))})\s+$", re.I)

# Words right before a figure that tell it as the EARLIER count a toll rose from, restated in
# the report that gives the new one: "raising the earlier toll of 14", "up from 30", "rose to
# 23 from 14", "had risen from 14 to 23". It was that count's speaker's word on an earlier
# day, not a count of this date: no update, revision or contradiction of its own.
EARLIER = re.compile(
    r"(?:\b(?:earlier|previous|prior|initial|preliminary|original|first)\s+(?:death\s+|casualty\s+)?"
    r"(?:toll|count|tally|figure|estimate)s?(?:\s+(?:of|was|had been|stood at|at))?"
    r"|\bup from|\b(?:risen|rose|rises|climbed|jumped|increased|grew|grown)\s+from"
    r"|\bto\s+(?:at least\s+|more than\s+)?[\d,]+\s+from)"
    r"(?:\s+(?:at least|more than|over|about|around|some|an earlier|a previous|an initial))?\s*$",
    re.I,
)


def increment(report: Report, figure: dict, number: Number | None) -> bool:
    """The figure counts what was added ("nine more bodies", "a further 12"); ``number`` is
    its own number read from its text (``series_statements._number``)."""
    text = figure.get("text") or ""
    if number is not None and text[number.start:number.end] == number.text and (
            INCREMENT_AFTER.match(text[number.end:]) or INCREMENT_BEFORE.search(text[:number.start])):
        return True
    start, end = figure.get("span") or (0, 0)
    if not start:
        return False
    # "Two more of the wounded died": the added word after a figure whose text is its number only
    return bool(INCREMENT_BEFORE.search(report.text[max(0, start - 30):start])
                or INCREMENT_AFTER.match(report.text[end:end + 30])) or _explains_a_rise(report, figure)


# Between a toll told as risen and the counts that explain the rise: "has risen to nine …,
# after three of the wounded died and the bodies of two farmers were found".
BECAUSE = re.compile(r"\b(?:after|as|when|with)\b", re.I)


def _explains_a_rise(report: Report, figure: dict) -> bool:
    """The figure follows, in its sentence, a toll of its report told as risen, after "after"
    ("as", "when", "with"): it counts what the rise is made of, not the toll."""
    start = (figure.get("span") or (0, 0))[0]
    sentence = max(report.text.rfind(". ", 0, start), report.text.rfind("\n", 0, start)) + 1
    for other in report.figures.values():
        s, e = other.get("span") or (0, 0)
        if other is figure or not (sentence <= s and e <= start) or other.get("quantity") not in TOLLS:
            continue
        if risen(report, other) and float(other.get("value") or 0) > float(figure.get("value") or 0) \
                and BECAUSE.search(report.text[e:start]):
            return True
    return False


def risen(report: Report, figure: dict) -> bool:
    """The words right before the figure tell it as a count that rose to it."""
    start = (figure.get("span") or (0, 0))[0]
    return bool(start) and bool(RISEN.search(report.text[max(0, start - 60):start]))


def earlier(report: Report, figure: dict) -> bool:
    """The words right before the figure restate it as the count a toll rose from ("the
    earlier toll of 14", "up from 30", "rose to 23 from 14")."""
    start = (figure.get("span") or (0, 0))[0]
    return bool(start) and bool(EARLIER.search(report.text[max(0, start - 60):start]))
