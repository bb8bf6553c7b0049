"""The vocabulary and patterns of time expressions: month and weekday names, counts
("three weeks", "a couple of days"), and one named pattern per rule that resolves it
(:mod:`.resolve`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.data.tables import number_words

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

MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TENS = "(?:" + "|".join(number_words("tens")) + ")"
_DIGIT_WORDS = "|".join(w for w, v in number_words("unit").items() if v)  # one to nine
_TEEN_WORDS = "|".join(number_words("teen"))
# In the table's order, as before: a shorter word first ("seven|...|seventeen") backtracks
# to the longer one where the count goes on.
NUM_WORD = (r"(?:" + _TENS + r"(?:[- ](?:" + _DIGIT_WORDS + r"))?"
             r"|" + _DIGIT_WORDS + "|" + _TEEN_WORDS + r"|a\s+hundred|hundred|a\s+dozen|dozen)")
_VAGUE = r"(?:a\s+few|few|several|a\s+couple\s+of|couple\s+of|many|some|a\s+number\s+of)"
_COUNT = r"(?:\d+(?:[.,]\d+)?|" + NUM_WORD + r"|an?|half\s+a|" + _VAGUE + r")"
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
                + r"\s+(?:of\s+)?(?P<m>" + MONTH_NAME + r")(?:,?\s+(?P<y>" + _YEAR + r"))?(?![a-z\d-])")),
    ("mdy", _rx(r"\b(?:(?:on|since|until|till|by|from|before|after)\s+)?(?:" + _WEEKDAY + r",?\s+)?(?P<m>"
                + MONTH_NAME + r")\s+(?P<d>[0-3]?\d)" + _ORD + r"(?:,?\s+(?P<y>" + _YEAR + r"))?(?![\d-])")),
    ("month_year", _rx(r"\b(?:(?:in|since|until|till|by|from|during|before|after|of)\s+)?(?:(?P<edge>" + _EDGE
                       + r")[-\s](?:of\s+)?)?(?P<m>" + MONTH_NAME + r"),?\s+(?:of\s+)?(?P<y>" + _YEAR + r")\b")),
    ("month", _rx(r"\b(?P<pre>in|since|until|till|by|from|during|before|after|through|last|this|next|of|early"
                  r"|mid|late)[-\s]+(?:(?P<edge>" + _EDGE + r")[-\s]+(?:of\s+)?)?(?P<m>" + MONTH_NAME
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
AGE = _rx(r"\b(?:an?\s+)?(?:\d+|" + NUM_WORD + r")[-\s](?:year|month|week|day)s?[-\s]old(?:s)?\b"
          r"|\baged?\s+(?:between\s+)?\d+(?:\s*(?:and|to|-)\s*\d+)?\b"
          r"|\b\d+\s+years\s+of\s+age\b")


# Every match of these rules holds a word that is cheap to find: the rule's pattern runs
# only near that word, within `before` characters ahead of it and `after` behind it
# (measured margins; the longest match of each rule is well inside them). Python's `re`
# has no literal prefix to skip ahead with when a pattern opens on optional words, so
# "for about three weeks" was tried at every word of a report; this cuts the date
# scan to a fraction. The anchors are looser than the patterns (a superset).
_UNIT_ANCHOR = _rx(r"\b(?:second|minute|hour|day|night|week|fortnight|month|year|decade)")
_MONTH_ANCHOR = _rx(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
ANCHORS: dict[str, tuple[re.Pattern[str], int, int]] = {
    "ago": (_rx(r"\bago"), 100, 40),
    "duration": (_UNIT_ANCHOR, 100, 40),
    "past": (_UNIT_ANCHOR, 100, 40),
    "dmy": (_MONTH_ANCHOR, 60, 40),
    "mdy": (_MONTH_ANCHOR, 60, 40),
    "month_year": (_MONTH_ANCHOR, 60, 40),
    "month": (_MONTH_ANCHOR, 60, 40),
    "weekday": (_rx(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"), 60, 40),
    "year": (_rx(r"\b(?:1[89]|20)\d\d"), 60, 40),
    "clock": (_rx(r"\d[:.][0-5]\d"), 30, 40),
}
AGE_ANCHOR = (_rx(r"\b(?:old|age)"), 60, 40)


@dataclass
class Found:
    start: int
    end: int
    rule: str
    match: re.Match[str] | None  # None for spaCy entities our patterns did not cover



PLAUSIBLE_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")
