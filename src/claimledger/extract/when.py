"""Time expressions, resolved against the report's publication date when there is one.

Spans come from spaCy's DATE and TIME entities and from patterns of our own, which
catch what the small model misses or cuts short ("for approximately three weeks",
"since mid-January", "late Thursday", "1600 GMT"). Resolution is rule-based and
conservative: relative expressions ("on Sunday", "three weeks ago", "since
November") resolve only against a known publication date, never against today;
absolute dates ("10 February 2025", "Oct. 10 2013") resolve on their own; a bare
duration ("for three weeks") has no start or end unless it is anchored ("for the
past three weeks").

:func:`time_spans` lists every date, time, duration and age span, so that the
figures extractor can refuse the numbers inside them ("1600 GMT", "a 19-year-old").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from claimledger.data.tables import number_words
from claimledger.extract.context import text_of
from claimledger.model import TimeExpr

# ---------------------------------------------------------------------- vocabulary
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
# Number words from the shared table (data/number_words.tsv); the phrases after them
# are when's own: "a hundred" is not a + hundred.
NUMBER_WORDS: dict[str, float] = {
    **{w: v for w, v in number_words("article", "unit", "teen", "tens").items() if v},  # no "zero weeks"
    "hundred": number_words("scale")["hundred"],
    "a hundred": 100, "a dozen": 12, "dozen": number_words("dozen")["dozen"], "half a": 0.5,
}
# Counts that are too vague to compute a date from: the span is kept, unresolved.
VAGUE_COUNTS = ("a few", "few", "several", "a couple of", "couple of", "many", "some", "a number of")

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TENS = "(?:" + "|".join(number_words("tens")) + ")"
_DIGIT_WORDS = "|".join(w for w, v in number_words("unit").items() if v)  # one to nine
_TEEN_WORDS = "|".join(number_words("teen"))
# In the table's order, as before: a shorter word first ("seven|...|seventeen") backtracks
# to the longer one where the count goes on.
_NUM_WORD = (r"(?:" + _TENS + r"(?:[- ](?:" + _DIGIT_WORDS + r"))?"
             r"|" + _DIGIT_WORDS + "|" + _TEEN_WORDS + r"|a\s+hundred|hundred|a\s+dozen|dozen)")
_VAGUE = r"(?:a\s+few|few|several|a\s+couple\s+of|couple\s+of|many|some|a\s+number\s+of)"
_COUNT = r"(?:\d+(?:[.,]\d+)?|" + _NUM_WORD + r"|an?|half\s+a|" + _VAGUE + r")"
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?"
_APPROX = (r"(?:(?:approximately|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|some"
           r"|up\s+to|less\s+than|fewer\s+than|just|barely|only|another|a\s+further)\s+)")
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORD = r"(?:st|nd|rd|th)?"
_EDGE = r"(?:early|mid|late)"
_POSS = r"(?:'s|’s)?"


def _rx(pattern: str) -> re.Pattern[str]:
    # Case-insensitive ("Since November" opens sentences); month and weekday names
    # must still be capitalised, which _false_positive checks.
    return re.compile(pattern, re.X | re.I)


# Each pattern names the rule that resolves it. Order matters only for ties: the
# longest match wins wherever patterns overlap.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _rx(r"\b(?P<y>" + _YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", _rx(r"\b(?P<a>[0-3]?\d)[-/.](?P<b>[01]?\d)[-/.](?P<y>" + _YEAR + r")\b")),
    ("dmy", _rx(r"\b(?:(?:on|since|until|till|by|from|before|after)\s+)?(?:the\s+)?(?P<d>[0-3]?\d)" + _ORD
                + r"\s+(?:of\s+)?(?P<m>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?(?![a-z\d-])")),
    ("mdy", _rx(r"\b(?:(?:on|since|until|till|by|from|before|after)\s+)?(?:" + _WEEKDAY + r",?\s+)?(?P<m>"
                + _MONTH + r")\s+(?P<d>[0-3]?\d)" + _ORD + r"(?:,?\s+(?P<y>" + _YEAR + r"))?(?![\d-])")),
    ("month_year", _rx(r"\b(?:(?:in|since|until|till|by|from|during|before|after|of)\s+)?(?:(?P<edge>" + _EDGE
                       + r")[-\s](?:of\s+)?)?(?P<m>" + _MONTH + r"),?\s+(?:of\s+)?(?P<y>" + _YEAR + r")\b")),
    ("month", _rx(r"\b(?P<pre>in|since|until|till|by|from|during|before|after|through|last|this|next|of|early"
                  r"|mid|late)[-\s]+(?:(?P<edge>" + _EDGE + r")[-\s]+(?:of\s+)?)?(?P<m>" + _MONTH
                  + r")(?![\w-])(?![-\s]+\d)")),
    ("year", _rx(r"\b(?P<pre>in|since|until|till|by|from|during|before|after|of|throughout)\s+(?:(?P<edge>"
                 + _EDGE + r")[-\s])?(?:the\s+year\s+)?(?P<y>" + _YEAR + r")\b(?![-\d])")),
    ("decade", _rx(r"\b(?:in\s+)?the\s+(?:(?:early|mid|late)[-\s])?(?P<y>(?:19|20)\d0)s\b")),
    ("weekday", _rx(r"(?:\b(?P<pre>last|this|next|on|since|until|till|by|from|late|early|before|after"
                    r"|every)\s+)?"
                    r"(?:(?:late|early)\s+on\s+)?\b(?P<wd>" + _WEEKDAY + r")(?P<plural>s\b)?" + _POSS + r"(?:"
                    + _PART + r")?\b")),
    ("early_hours", _rx(r"\b(?:in|during)\s+the\s+(?:early|small|late)\s+hours\s+of\s+(?:the\s+)?"
                        r"(?:(?P<wd>" + _WEEKDAY + r")|(?P<w>yesterday|today|this\s+morning))\b")),
    ("weekend", _rx(r"\b(?:over|at|during|on)\s+the\s+weekend\b")),
    ("ago", _rx(r"\b" + _APPROX + r"?(?P<n>" + _COUNT + r")\s+(?P<u>" + _UNIT + r")\s+ago\b")),
    ("past", _rx(r"\b(?:for|in|over|during|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:"
                 + _APPROX + r"?(?P<n>" + _COUNT + r")\s+)?(?P<u>" + _UNIT + r")\b")),
    ("recent", _rx(r"\b(?:in|over|during)\s+(?:recent|the\s+coming|coming)\s+(?P<u>" + _UNIT + r")\b")),
    ("duration", _rx(r"\b(?:(?:for|after|within|in|over|during|lasting)\s+)?" + _APPROX
                     + r"?(?P<n>" + _COUNT + r")[-\s](?:more\s+)?(?P<u>" + _UNIT
                     + r")(?:[-\s](?:long|later|earlier))?\b")),
    ("unit_rel", _rx(r"\b(?P<rel>last|this|next|past|previous|earlier\s+this|later\s+this|earlier\s+in\s+the"
                     r"|the\s+previous|the\s+following|the\s+same|the\s+past)\s+(?P<u>week|weekend|month|year"
                     r"|night|morning|day)\b")),
    ("since_unit", _rx(r"\bsince\s+(?P<rel>last|the\s+start\s+of\s+the|the\s+beginning\s+of\s+the"
                       r"|early\s+last|the\s+end\s+of\s+last)\s+(?P<u>week|month|year)\b")),
    ("day_word", _rx(r"\b(?P<w>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening"
                     r"|last\s+night|the\s+day\s+before\s+yesterday|the\s+previous\s+day|the\s+next\s+day)\b",
                     )),
    ("clock", _rx(r"\b(?:at\s+)?(?:about\s+|around\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
                  r"(?:\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local\s+time|hours|hrs|h))?(?![\w.]*\d)")),
    ("military", _rx(r"\b(?:at\s+)?(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|Zulu|hrs|hours(?:\s+(?:GMT|local))?"
                     r"|local\s+time|h)\b")),
    ("ampm", _rx(r"\b(?:at\s+)?(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w])")),
    ("noon", _rx(r"\b(?:at\s+)?(?:noon|midnight|dawn|dusk)\b")),
]
# Ages are not times, but their numbers are no figures either.
AGE = _rx(r"\b(?:an?\s+)?(?:\d+|" + _NUM_WORD + r")[-\s](?:year|month|week|day)s?[-\s]old(?:s)?\b"
          r"|\baged?\s+(?:between\s+)?\d+(?:\s*(?:and|to|-)\s*\d+)?\b"
          r"|\b\d+\s+years\s+of\s+age\b")


@dataclass
class _Found:
    start: int
    end: int
    rule: str
    match: re.Match[str] | None  # None for spaCy entities our patterns did not cover


# Words at least one of which a rule's matches contain: a rule whose words are all
# absent from the text is not run (most reports have no "ago", "weekend" or "GMT").
_NEEDS: dict[str, tuple[str, ...]] = {
    "ago": ("ago",), "past": ("past", "last", "previous"), "recent": ("recent", "coming"),
    "weekday": ("day",), "early_hours": ("hours",), "weekend": ("weekend",), "since_unit": ("since",),
    "day_word": ("day", "night", "this "), "clock": (":", "."), "ampm": ("am", "pm", "a.m", "p.m"),
    "noon": ("noon", "midnight", "dawn", "dusk"),
    "decade": ("0s",), "unit_rel": ("last", "this", "next", "past", "previous", "earlier", "later",
    "following", "same"),
}
_ANY_MONTH = re.compile(_MONTH, re.I)
_MONTH_RULES = ("dmy", "mdy", "month_year", "month")


def _candidates(text: str) -> list[_Found]:
    return list(_candidates_cached(text))


@lru_cache(maxsize=8)
def _candidates_cached(text: str) -> tuple[_Found, ...]:
    """Pattern hits in a text; find_times and time_spans both ask for one report's."""
    found: list[_Found] = []
    low = text.lower()
    has_month = _ANY_MONTH.search(text) is not None
    for rule, pattern in PATTERNS:
        needs = _NEEDS.get(rule)
        if (needs and not any(w in low for w in needs)) or (rule in _MONTH_RULES and not has_month):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start() and not _false_positive(rule, m, text):
                found.append(_Found(m.start(), m.end(), rule, m))
    return tuple(found)


def _false_positive(rule: str, m: re.Match[str], text: str) -> bool:
    """Pattern hits that are no time expressions."""
    groups = m.groupdict()
    shouting = text.isupper()
    for name in ("m", "wd"):
        word = groups.get(name)
        # Month and weekday names are capitalised ("march", "sun" and "may" are words).
        if word and not shouting and not word[0].isupper():
            return True
    # "May" is also a verb: "May God protect", "this May be".
    if rule == "month" and groups["m"].lower() == "may" and groups["pre"].lower() in ("this", "of"):
        return True
    if rule == "duration":
        n = m.group("n").lower()
        # A bare "a day" or "some days" says too little; "a 10-day truce" is still a duration.
        if n in ("a", "an", "some", "many") and not m.group(0).lower().startswith(("for", "within", "after")):
            return True
    if rule == "clock":
        # "3.5" or "1.30" in a figure, or a score such as "2:1", are not clock times.
        s = m.group(0)
        if "." in s and not re.search(r"[ap]\.?m|GMT|UTC|local|hours|hrs", s, re.I):
            return True
    return False


def _merge(found: list[_Found], ents: list[tuple[int, int]]) -> list[_Found]:
    """Longest spans win; spaCy entities fill the gaps our patterns leave."""
    found = sorted(found, key=lambda f: (-(f.end - f.start), f.start))
    kept: list[_Found] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    for s, e in ents:
        if any(s < k.end and k.start < e for k in kept):
            continue
        kept.append(_Found(s, e, "entity", None))
    return sorted(kept, key=lambda f: f.start)


_PLAUSIBLE_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")
_TIME_WORD = re.compile(r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur|morning"
                        r"|afternoon|evening|noon|dawn|dusk|ago|since|season|spring|summer|autumn|fall|winter"
                        r"|ramadan|eid|[ap]\.?m\b|gmt|utc|" + _MONTH[3:-1] + ")", re.I)


def _entity_spans(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's DATE and TIME entities, less the bare numbers it mislabels ("70",
    "13000", "182016"): a number alone is a date only when it is a plausible year."""
    spans = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        text = ent.text
        s, e = ent.start_char, ent.end_char
        while text and not text[-1].isalnum():  # trailing punctuation is not part of it
            text, e = text[:-1], e - 1
        if not text:
            continue
        # A number with no word of time beside it ("about 70", "1457") is a count the
        # model mislabelled, unless it is a plausible year.
        if re.search(r"\d", text) and not _TIME_WORD.search(text) and not _PLAUSIBLE_YEAR.search(text):
            continue
        spans.append((s, e))
    return spans


# ---------------------------------------------------------------------- public
def find_times(doc: Doc, published: str | None) -> list[TimeExpr]:
    """Time expressions in a document, each resolved when the text allows it.

    ``published`` is the report's ISO publication date (YYYY-MM-DD) or None; without
    it, relative expressions keep their text and get no dates.
    """
    text = text_of(doc)
    anchor = parse_iso(published)
    found = _merge(_candidates(text), _entity_spans(doc))
    ages = [(m.start(), m.end()) for m in AGE.finditer(text)]
    out: list[TimeExpr] = []
    for f in found:
        if any(f.start < b and a < f.end for a, b in ages) and (
                f.rule in ("duration", "entity") or any(a <= f.start and f.end <= b for a, b in ages)):
            continue  # "a 19-year-old" is an age, not a time
        start, end = _resolve(f, text, anchor)
        out.append(TimeExpr(text=text[f.start:f.end], span=(f.start, f.end),
                            start=start.isoformat() if start else None,
                            end=end.isoformat() if end else None))
    return out


def time_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of dates, times, durations and ages: numbers inside them are no figures."""
    text = text_of(doc)
    spans = [(f.start, f.end) for f in _merge(_candidates(text), _entity_spans(doc))]
    spans += [(m.start(), m.end()) for m in AGE.finditer(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


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


# ---------------------------------------------------------------------- resolution
Range = tuple[date | None, date | None]


_FUTURE = re.compile(r"\b(?:will|shall|'ll|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated"
                     r"|to\s+be)|plans?\s+to|planned\s+to|going\s+to|upcoming|next)\b", re.I)


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a span speaks of the future ("talks will resume on Tuesday")."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = text.find(". ", end)
    return bool(_FUTURE.search(text[left:right if right >= 0 else len(text)]))


def _resolve(f: _Found, text: str, anchor: date | None) -> Range:
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
    if _PLAUSIBLE_YEAR.fullmatch(text.strip()):
        return _year_range(int(text.strip()))
    for rule, pattern in PATTERNS:
        m = pattern.search(text)
        if m and rule in ("iso", "dmy", "mdy", "month_year", "weekday", "day_word", "year"):
            try:
                return _RESOLVERS[rule](m, anchor)
            except (ValueError, OverflowError):
                return None, None
    return None, None
