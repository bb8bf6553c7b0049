"""Dates: publication dates from metadata values, and date stamps in web copy.

A date is only ever what the source states in full; a missing day, month or year
gives None, never a guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?")
_DATE = (
    # "22. Jul 2025", "14th of November 2026" and "06-Dec-2026" too
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+)?|-)(?P<m1>{MONTH})(?:[,،]?\s+|-)(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[,،]?\s+(?P<y2>\d{{4}})"
    # year first, with dashes, slashes or dots ("2026/12/06" as Asian state media print it), and
    # the time of an ISO stamp ("2026-12-06T15:42:00+03:00")
    r"|(?P<y3>\d{4})(?P<sep3>[-/.])(?P<m3>\d{1,2})(?P=sep3)(?P<d3>\d{1,2})"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<a4>\d{1,2})(?P<sep>[-./])(?P<b4>\d{1,2})(?P=sep)(?P<y4>\d{4})"
    # "Jun 182016": a site template that glues the day to the year
    rf"|(?P<m5>{MONTH})\s+(?P<d5>\d{{2}})(?P<y5>(?:19|20)\d{{2}})"
    # "December 2/2026", as the Ethiopian press dates its pages and datelines
    rf"|(?P<m6>{MONTH})\s+(?P<d6>\d{{1,2}})/(?P<y6>(?:19|20)\d{{2}}))"
)
# A date stamp as web copy leaves it before the body: "Published June 20 2016",
# "Thursday 18 May 2017", "07.04.2017(updated 1121 07.04.2017) Get short URL 0 38",
# "31-08-2014 0742 PM", "date 2025-01-31", "Updated 3:14 PM GMT-5, March 5, 2026". Times
# need a colon or AM/PM, so a count right after the date ("3 May 2016 1200 people fled")
# is never taken for one.
# Time zones pages print after a clock time: "14:32 IST", "6:14am EDT", "3:14 PM GMT-5".
ZONE = (r"(?:GMT|UTC|EDT|EST|ET|CET|CEST|BST|EAT|WAT|CAT|MSK|IST|PKT|PST|PDT|AST|ICT|WIB"
        r")(?:[+-]\d{1,2}(?::?\d{2})?)?")
STAMP = re.compile(
    r"(?i:(?:print this page\s+)?(?:published|posted|updated|last updated|last update|last modified|modified"
    r"|date of publication|published date|publication date|publish date|date|broadcast|aired|first aired"
    r"|first broadcast|issued)"
    r"(?:\s+(?:on|at))?\s*:?\s+)?"
    # a clock time may come first: "Updated 3:14 PM GMT-5, March 5, 2026"
    rf"(?:\d{{1,2}}:\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*{ZONE})?,?\s+)?"
    rf"(?:{_WEEKDAY}\s+)?(?i:{_DATE})"
    # the time after a comma, "at", a dash or a dot: "14th of November 2026 — 10:35", "December 5th,
    # 2026 · 10:12 a.m. (Culiacán time)"
    # ("15.42 GMT": a dotted time only with its zone or a.m./p.m. after it)
    r"(?:(?:,?\s*(?:at\s+)?|\s*[-–—·•]\s*)(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{3,4}\s*[AaPp]\.?[Mm]\.?"
    rf"|\d{{1,2}}\.\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?|(?={ZONE}\b)))"
    rf"(?:\s*{ZONE})?(?:\s*\((?i:[^()\n]{{1,30}}\btime)\))?)?"
    r"(?:\s*\((?i:updated)[^()\n]{0,40}\))?"
    # the update note a wire page prints after its stamp, glued in copies: "December 6, 20262:14 PM
    # GMTUpdated 2 hours ago"; only to the end of its line
    r"(?:[ \t]*[-–—|]?[ \t]*(?:Updated|Update|Modified|Last updated)\b[^\n]{0,40}(?=\n|$))?"
)


# A full date written out inside a dateline ("Kinshasa, 17 February 2026 (ACP) -"):
# day, month and year in words, never the numeric forms a place line could hold by chance.
_WORDED_DATE = re.compile(
    rf"\b(?:{_WEEKDAY}\s+)?(?i:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|/)(?P<y2>\d{{4}}))\b"
)


def worded_date(text: str) -> str | None:
    """The ISO date of a day-month-year written with the month's name in ``text`` (in
    English, or in a language of :data:`FOREIGN_LANGUAGES`), or None."""
    m = _WORDED_DATE.search(text)
    if m is None:
        return foreign_date(text)
    g = m.groupdict()
    try:
        return date(int(g["y1"] or g["y2"]), _MONTHS[(g["m1"] or g["m2"])[:3].lower()],
                    int(g["d1"] or g["d2"])).isoformat()
    except ValueError:
        return None


def whole_date_stamp(line: str) -> bool:
    m = STAMP.match(line)
    return bool(m and not line[m.end():].strip())


def stamp_iso(m: re.Match[str]) -> str | None:
    """The ISO date of a stamp when the stamp settles it; None for "05-04-2016" (dotted "05.04.2016" is day first)."""
    g = m.groupdict()
    try:
        if g["y1"] or g["y2"] or g["y5"] or g["y6"]:
            month = _MONTHS[(g["m1"] or g["m2"] or g["m5"] or g["m6"])[:3].lower()]
            day = int(g["d1"] or g["d2"] or g["d5"] or g["d6"])
            return date(int(g["y1"] or g["y2"] or g["y5"] or g["y6"]), month, day).isoformat()
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"])).isoformat()
        first, second, year = int(g["a4"]), int(g["b4"]), int(g["y4"])
    except ValueError:
        return None
    # Numeric day-month order differs by country with dashes and slashes: only a day above 12
    # (or both parts equal) tells which is which. Dots are day first wherever they are the
    # custom (German, Russian, Ukrainian, Turkish, Scandinavian pages: "05.12.2026" is 5 December);
    # American dates use slashes, ISO dates dashes.
    if first > 12 or first == second or (g["sep"] == "." and second <= 12):
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a metadata value, or None when it names no full date.

    Accepts ISO forms and what dateutil reads ("March 5, 2024", "2024-03-05T08:00Z",
    "3/5/2024" month first, as US-made datasets write it). A value missing its day,
    month or year is None: we do not fill in parts the source did not give.
    """
    if isinstance(value, datetime | date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    return _dateutil_date(value)


def _dateutil_date(value: str) -> str | None:
    from dateutil import parser

    # Parse against two different defaults: if they disagree, a part was missing.
    try:
        one = parser.parse(value, default=datetime(2000, 1, 1))
        two = parser.parse(value, default=datetime(2004, 2, 2))
    except (ValueError, OverflowError):
        return None
    return one.date().isoformat() if one.date() == two.date() else None


# ---------------------------------------------------------------- dates in other languages
# French, Spanish, Portuguese, Italian, German and Dutch pages stamp their meta lines and
# datelines with the month's own name: "18 novembre 2026", "3 de marzo de 2026", "1er
# décembre 2025", "12. März 2026". The shape (day, a word, year) is found here and the word
# read as a month by dateparser (installed with trafilatura's htmldate), told to require
# day, month and year so that nothing is filled in.
FOREIGN_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "en")
FOREIGN_DATE = (r"\d{1,2}(?:er|º|°|\.)?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,10}\.?,?[ \t]+(?:de[ \t]+)?"
                r"(?:19|20)\d\d(?!\w)")
_FOREIGN_DATE = re.compile(rf"(?<!\w){FOREIGN_DATE}")
_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY", "PARSERS": ["absolute-time"]}


def foreign_date(text: str) -> str | None:
    """The ISO date of the first day-month-year in ``text`` whose month is named in one of
    :data:`FOREIGN_LANGUAGES`, or None ("18 Tapoa 2026" names no month)."""
    for m in _FOREIGN_DATE.finditer(text):
        iso = _month_named(m.group(0))
        if iso:
            return iso
    return None


@lru_cache(maxsize=512)
def _month_named(piece: str) -> str | None:
    import dateparser  # imported late: only pages in other languages need it, and it loads slowly

    found = dateparser.parse(piece, languages=list(FOREIGN_LANGUAGES), settings=_DATEPARSER_SETTINGS)
    day, year = re.match(r"\d+", piece), re.search(r"(?:19|20)\d\d$", piece)
    if found is None or day is None or year is None or (found.day, found.year) != (int(day[0]), int(year[0])):
        return None  # the day and year are the piece's own, or the word was no month ("12 hours 2026")
    return found.date().isoformat()
