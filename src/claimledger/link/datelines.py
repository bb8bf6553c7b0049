"""The date a report's headline or lead writes in full: its dateline, when it carries no date of its own.

A report with no publication date often still writes one near its top ("Posted 12/03/2019 08:15",
"UPDATED: MONDAY, MAY 23, 2005", "2013-09-26 | Talks resume", "Nov. 30, 2009"): the day it was written,
or its happening's. Two happenings of one kind (two quakes on one island, two coaches fired by one
club) are mostly years apart, and that year is what tells their undated reports apart; one happening's
reports name its year. Feeds and scraped pages write these dates in many shapes: month names in
capitals, abbreviated with a dot, tokens split by spaces ("May . 3 , 2013"), numbers with slashes (US
order, or day first when the first number cannot be a month), and ISO order. A bare year ("since 2014")
is as often background, so only a full date counts.
"""

from __future__ import annotations

import re
from datetime import date

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTHS = {m: k + 1 for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                            "nov", "dec"))}
_YEAR = r"((?:19|20)\d\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "Nov. 30, 2009", "MAY 3 , 2013", "May . 3 , 2013", "November 27 - 2005"
MONTH_FIRST = re.compile(rf"\b({_MONTH})\s?\.?\s*{_DAY}\s*[,.-]?\s*{_YEAR}\b", re.IGNORECASE)
# "27 NOVEMBER , 2005", "26 September 2013", "7th of July, 2012"
DAY_FIRST = re.compile(rf"\b{_DAY}\s+(?:of\s+)?({_MONTH})\s?\.?\s*,?\s*{_YEAR}\b", re.IGNORECASE)
# "11/30/09", "05 / 02 / 2013", "27.09.2013": a clock or a score has no third part of this shape
NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})\s?([/.])\s?(\d{1,2})\s?\2\s?((?:19|20)\d\d|\d\d)(?![\d/]|\.\d)")
# "2013-09-26", "2012 - 04 - 04"
ISO = re.compile(rf"(?<![\d-]){_YEAR}\s?-\s?(\d{{1,2}})\s?-\s?(\d{{1,2}})(?![\d-])")


def _day(year: int, month: int, number: int) -> date | None:
    try:
        return date(year, month, number)
    except ValueError:
        return None


def _numeric(first: str, second: str, year: str) -> date | None:
    """A date written in numbers: month first (the US order of most English feeds), or day first
    when the first number cannot be a month; a two-digit year is of this century."""
    y = int(year) + 2000 if len(year) == 2 else int(year)
    a, b = int(first), int(second)
    return _day(y, a, b) if a <= 12 else _day(y, b, a)


def dateline(text: str) -> date | None:
    """The first full date (day, month and year) a headline and lead write, in any shape the module
    doc lists; None when there is none."""
    found: list[tuple[int, date]] = []
    for m in MONTH_FIRST.finditer(text):
        if (d := _day(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))) is not None:
            found.append((m.start(), d))
            break
    for m in DAY_FIRST.finditer(text):
        if (d := _day(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))) is not None:
            found.append((m.start(), d))
            break
    for m in NUMERIC.finditer(text):
        if (d := _numeric(m.group(1), m.group(3), m.group(4))) is not None:
            found.append((m.start(), d))
            break
    for m in ISO.finditer(text):
        if (d := _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))) is not None:
            found.append((m.start(), d))
            break
    return min(found, key=lambda pair: pair[0])[1] if found else None
