"""Resolution of a found time expression into a date range, rule by rule: absolute
dates on their own, relative ones only against the report's publication date, never
against today."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from claimledger.extract.when.patterns import (
    MONTHS,
    NUMBER_WORDS,
    PATTERNS,
    PLAUSIBLE_YEAR,
    VAGUE_COUNTS,
    WEEKDAYS,
    Found,
)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


Range = tuple[date | None, date | None]


_FUTURE = re.compile(r"\b(?:will|shall|'ll|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated"
                     r"|to\s+be)|plans?\s+to|planned\s+to|going\s+to|upcoming|next)\b", re.I)


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a span speaks of the future ("talks will resume on Tuesday")."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = text.find(". ", end)
    return bool(_FUTURE.search(text[left:right if right >= 0 else len(text)]))


def resolve(f: Found, text: str, anchor: date | None) -> Range:
    if f.match is None:
        return _resolve_entity(text[f.start:f.end], anchor)
    resolver = _RESOLVERS.get(f.rule)
    if resolver is None:
        return None, None
    try:
        if f.rule == "weekday" and anchor is not None and _is_future(text, f.start, f.end):
            return _r_weekday(f.match, anchor, future=True)
        return resolver(f.match, anchor)
    except (ValueError, OverflowError):
        return None, None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(word: str) -> float | None:
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in VAGUE_COUNTS:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        return float(word.replace(",", "."))
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _shift(d: date, n: float, unit: str) -> date | None:
    """``d`` moved back by n units (forward when n < 0); None for fractional months."""
    unit = unit.lower().rstrip("s")
    if unit in ("second", "minute", "hour"):
        return d - timedelta(hours=n) if unit == "hour" else d
    if unit in ("day", "night"):
        return d - timedelta(days=n)
    if unit == "week":
        return d - timedelta(weeks=n)
    if unit == "fortnight":
        return d - timedelta(weeks=2 * n)
    if n != int(n):
        return None
    months = {"month": 1, "year": 12, "decade": 120}[unit] * int(n)
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _month_range(y: int, m: int, edge: str | None = None) -> Range:
    last = calendar.monthrange(y, m)[1]
    if edge:
        edge = edge.lower()
        if edge == "early":
            return date(y, m, 1), date(y, m, 10)
        if edge == "mid":
            return date(y, m, 11), date(y, m, 20)
        return date(y, m, 21), date(y, m, last)
    return date(y, m, 1), date(y, m, last)


def _year_range(y: int, edge: str | None = None) -> Range:
    if edge:
        edge = edge.lower()
        if edge == "early":
            return date(y, 1, 1), date(y, 4, 30)
        if edge == "mid":
            return date(y, 5, 1), date(y, 8, 31)
        return date(y, 9, 1), date(y, 12, 31)
    return date(y, 1, 1), date(y, 12, 31)


def _nearest_year(m: int, d: int, anchor: date) -> int:
    """The year that puts a month and day nearest the publication date: reports
    speak of the recent past and the near future."""
    best = anchor.year
    best_gap: int | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gap = abs((date(y, m, min(d, calendar.monthrange(y, m)[1])) - anchor).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _with_preposition(m: re.Match[str], rng: Range, anchor: date | None) -> Range:
    """ "since X" runs from X to publication; "until/by X" ends at X."""
    word = m.group(0).split(None, 1)[0].lower()
    start, end = rng
    if word == "since":
        return start, anchor
    if word in ("until", "till", "by", "before"):
        return None, end
    if word in ("after", "from"):
        return start, None
    return rng


def _r_iso(m: re.Match[str], anchor: date | None) -> Range:
    d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return d, d


def _r_numeric(m: re.Match[str], anchor: date | None) -> Range:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    # Day-month or month-day? Only an impossible month settles it; else no guess.
    if a > 12 >= b:
        d = date(y, b, a)
    elif b > 12 >= a or a == b:
        d = date(y, a, b)
    else:
        return None, None
    return d, d


def _r_day_month(m: re.Match[str], anchor: date | None) -> Range:
    month, day = _month(m.group("m")), int(m.group("d"))
    if m.group("y"):
        year = int(m.group("y"))
    elif anchor is not None:
        year = _nearest_year(month, day, anchor)
    else:
        return None, None
    d = date(year, month, day)
    return _with_preposition(m, (d, d), anchor)


def _r_month_year(m: re.Match[str], anchor: date | None) -> Range:
    rng = _month_range(int(m.group("y")), _month(m.group("m")), m.group("edge"))
    return _with_preposition(m, rng, anchor)


def _r_month(m: re.Match[str], anchor: date | None) -> Range:
    if anchor is None:
        return None, None
    pre = m.group("pre").lower()
    edge = m.group("edge") or (pre if pre in ("early", "mid", "late") else None)
    month = _month(m.group("m"))
    if pre in ("since", "last", "after", "from"):
        # The last such month that began on or before publication.
        year = anchor.year if month <= anchor.month else anchor.year - 1
        if pre == "last" and month == anchor.month:
            year -= 1
    elif pre == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif pre == "this":
        year = anchor.year
    else:
        year = _nearest_year(month, 15, anchor)
    start, end = _month_range(year, month, edge)
    if pre == "since":
        if edge and edge.lower() == "mid":
            start = date(year, month, 15)
        return start, anchor
    if pre in ("until", "till", "by", "before"):
        return None, end
    if pre in ("after", "from"):
        return start, None
    return start, end


def _r_year(m: re.Match[str], anchor: date | None) -> Range:
    rng = _year_range(int(m.group("y")), m.group("edge"))
    pre = m.group("pre").lower()
    if pre == "since":
        return rng[0], anchor
    if pre in ("until", "till", "by", "before"):
        return None, rng[1]
    if pre in ("after", "from"):
        return rng[0], None
    return rng


def _r_decade(m: re.Match[str], anchor: date | None) -> Range:
    y = int(m.group("y"))
    return date(y, 1, 1), date(y + 9, 12, 31)


def _r_weekday(m: re.Match[str], anchor: date | None, future: bool = False) -> Range:
    """The most recent such day on or before publication ("on Sunday"); the next one
    for "next Tuesday" or in a sentence about the future ("talks will resume on Tuesday")."""
    if anchor is None:
        return None, None
    groups = m.groupdict()
    wd = WEEKDAYS[groups["wd"].lower()]
    pre = (groups.get("pre") or "").lower()
    if pre == "every" or (groups.get("plural") and pre == "on"):
        return None, None  # "on Fridays", "every Friday"; "Wednesdays attack" is a scraped possessive
    if pre == "next" or (future and pre not in ("last", "since")):
        ahead = (wd - anchor.weekday()) % 7
        d = anchor + timedelta(days=ahead or (7 if pre == "next" else 0))
    else:
        back = (anchor.weekday() - wd) % 7
        d = anchor - timedelta(days=back or (7 if pre == "last" else 0))
    if pre == "since":
        return d, anchor
    if pre in ("until", "till", "by", "before"):
        return None, d
    return d, d


def _r_early_hours(m: re.Match[str], anchor: date | None) -> Range:
    if m.group("wd"):
        return _r_weekday(m, anchor)
    return _r_day_word(m, anchor)


def _r_weekend(m: re.Match[str], anchor: date | None) -> Range:
    """ "over the weekend": the last Saturday and Sunday up to publication."""
    if anchor is None:
        return None, None
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    return saturday, min(saturday + timedelta(days=1), anchor)


def _r_ago(m: re.Match[str], anchor: date | None) -> Range:
    n = _count(m.group("n"))
    if anchor is None or n is None:
        return None, None
    d = _shift(anchor, n, m.group("u"))
    return d, d


def _r_past(m: re.Match[str], anchor: date | None) -> Range:
    if anchor is None:
        return None, None
    n = _count(m.group("n")) if m.group("n") else 1.0
    if n is None:
        return None, anchor
    return _shift(anchor, n, m.group("u")), anchor


def _r_unanchored(m: re.Match[str], anchor: date | None) -> Range:
    return None, None


def _r_unit_rel(m: re.Match[str], anchor: date | None) -> Range:
    if anchor is None:
        return None, None
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("u").lower()
    if unit in ("night", "morning", "day"):
        if rel in ("last", "previous", "the previous", "past", "the past"):
            d = anchor - timedelta(days=1)
            return (d, d) if unit != "morning" else (None, None)
        if rel in ("this", "the same"):
            return anchor, anchor
        return None, None
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        if rel in ("last", "previous", "the previous", "past", "the past"):
            return monday - timedelta(days=7), monday - timedelta(days=1)
        if rel in ("this", "earlier this"):
            return monday, anchor
        if rel == "next":
            return monday + timedelta(days=7), monday + timedelta(days=13)
        return None, None
    if unit == "weekend":
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if rel in ("last", "this", "the past", "past", "previous", "the previous"):
            if rel in ("last", "previous", "the previous") and anchor.weekday() >= 5:
                saturday -= timedelta(days=7)
            return saturday, saturday + timedelta(days=1)
        return None, None
    if unit == "month":
        if rel in ("last", "previous", "the previous", "past", "the past"):
            y, mo = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
            return _month_range(y, mo)
        if rel in ("this", "earlier this", "earlier in the"):
            return date(anchor.year, anchor.month, 1), anchor
        if rel == "next":
            y, mo = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
            return _month_range(y, mo)
        return None, None
    if unit == "year":
        if rel in ("last", "previous", "the previous", "past", "the past"):
            return _year_range(anchor.year - 1)
        if rel in ("this", "earlier this", "earlier in the"):
            return date(anchor.year, 1, 1), anchor
        if rel == "next":
            return _year_range(anchor.year + 1)
    return None, None


def _r_since_unit(m: re.Match[str], anchor: date | None) -> Range:
    if anchor is None:
        return None, None
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("u").lower()
    if unit == "year":
        y = anchor.year - 1 if "last" in rel else anchor.year
        return date(y, 1, 1) if "end" not in rel else date(y, 12, 1), anchor
    if unit == "month":
        y, mo = anchor.year, anchor.month
        if "last" in rel:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return date(y, mo, 1), anchor
    monday = anchor - timedelta(days=anchor.weekday())
    return (monday - timedelta(days=7) if "last" in rel else monday), anchor


def _r_day_word(m: re.Match[str], anchor: date | None) -> Range:
    if anchor is None:
        return None, None
    w = re.sub(r"\s+", " ", m.group("w").lower())
    offset = {"yesterday": 1, "last night": 1, "the day before yesterday": 2, "today": 0, "tonight": 0,
              "this morning": 0, "this afternoon": 0, "this evening": 0}.get(w)
    if offset is None:
        return None, None  # "the previous day" depends on a date the text gives elsewhere
    d = anchor - timedelta(days=offset)
    return d, d


_RESOLVERS = {
    "iso": _r_iso, "numeric": _r_numeric, "dmy": _r_day_month, "mdy": _r_day_month,
    "month_year": _r_month_year, "month": _r_month, "year": _r_year, "decade": _r_decade,
    "weekday": _r_weekday, "early_hours": _r_early_hours, "weekend": _r_weekend, "ago": _r_ago,
    "past": _r_past, "recent": _r_unanchored,
    "duration": _r_unanchored, "unit_rel": _r_unit_rel, "since_unit": _r_since_unit,
    "day_word": _r_day_word, "clock": _r_unanchored, "military": _r_unanchored,
    "ampm": _r_unanchored, "noon": _r_unanchored,
}


def _resolve_entity(text: str, anchor: date | None) -> Range:
    """A spaCy DATE entity our patterns did not cover: resolved only when it is a
    year, or a pattern finds a full expression inside it ("the morning of June 9")."""
    if PLAUSIBLE_YEAR.fullmatch(text.strip()):
        return _year_range(int(text.strip()))
    for rule, pattern in PATTERNS:
        m = pattern.search(text)
        if m and rule in ("iso", "dmy", "mdy", "month_year", "weekday", "day_word", "year"):
            try:
                return _RESOLVERS[rule](m, anchor)
            except (ValueError, OverflowError):
                return None, None
    return None, None
