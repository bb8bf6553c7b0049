"""What a report brings to story matching, read from its analysis record (``spec/OUTPUT.md``).

Words and names weighted by where they stand (headline, lead, body), places, figures, event
types, numbers written, the days and years named, the people quoted, whether the report looks
back on a happening; and the keys a story store finds candidate stories by. Nothing here
re-parses text with spaCy: regular expressions over the record's text and fields.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from claimledger.link.datelines import dateline
from claimledger.link.terms import log_weights, name_words, top, words

# ----------------------------------------------------------------------------- parameters
# Tuned on ECB+ topics 1-22 only (bench/eval.py stories --tune-topics 1-22).
TITLE_WEIGHT = 3  # a headline word is counted three times: the headline says what the report is about
# News puts what happened first: the opening words (the lead) count more than the rest.
LEAD_CHARS = 300
LEAD_WEIGHT = 2
REPORT_NAME_KEYS = 8  # index keys of a report: its most frequent names ...
REPORT_TERM_KEYS = 8  # ... and its most frequent words
# Numbers of 2+ digits ("7" and "1" say little) or with decimals ("6.1"), not led by a zero
# (clock times: "10:05").
NUMBER = re.compile(r"(?<![\d.])(?:[1-9]\d+(?:\.\d+)?|\d\.\d+)(?!\d|\.\d)")
# When a report says it happened: weekdays, months and years written in it. Two reports of
# one happening name the same days; two similar happenings rarely do.
WHEN = re.compile(
    r"\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(january|february|march|april|june|july|august|september|october|november|december)\b"
    r"|(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s*\d)"  # "Nov. 12", "May 3": not "Mark"
    r"|((?:19|20)\d\d)\b)", re.IGNORECASE)
# A report that looks back on a happening days or weeks later: a toll that moved, a revision,
# "the attack last week". Its own dates, weekdays and tolls are not the happening's.
FOLLOW_UP = re.compile(
    r"\b(?:last|previous|earlier this) (?:week|month|weekend)|\b(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?) "
    r"(?:ago|after|since)|\btoll\b[^.]{0,60}\b(?:rises|rose|risen|climbs|climbed|reached|revised|stands)"
    r"|\b(?:revis(?:ed|ing)|raised) (?:up|down|its|the|their) [^.]{0,30}(?:toll|estimate|figure)", re.IGNORECASE)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# A clock time's parts ("10:46", "10 : 46 pm") are no particular of a happening.
CLOCK = re.compile(r"\d+\s?:\s?\d+")
HEADLINE_CHARS = 120  # an untitled report is named by its opening words, cut here
# The days a dated report's headline and lead name, as calendar days: a weekday is the last one on or
# before the report's date ("on Saturday" in a Saturday report is that day), a day of a month ("March
# 10", "14 November", "Nov. 5") is that day in the report's year. Two like happenings on one border a
# week apart share every name and weekday word; their days differ.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_MONTHS = {m: k + 1 for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                            "nov", "dec"))}
DAY_OF_MONTH = re.compile(rf"\b({_MONTH})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*:|\d)"
                          rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\b")
# A weekday after "said", "told" ...: the day someone spoke, not the happening's. A report a day or a
# week later says when its sources spoke; its happening's own day it writes as "on Tuesday" after a verb
# of the happening, or "Tuesday's attack".
SPOKEN = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated|reporters|statement)"
                    r"(?:\s+\w+)?\s+(?:on\s+)?$", re.IGNORECASE)


# ----------------------------------------------------------------------------- features
@dataclass(frozen=True)
class StoryFeatures:
    """What a report brings to story matching, read from its analysis record."""

    document: str  # the record's document id
    headline: str
    published: date | None
    terms: dict[str, float]  # 1 + ln(count) of words; headline words counted TITLE_WEIGHT times
    names: dict[str, float]  # the same for names (lower-cased words)
    places: frozenset[str]  # lower-cased place names, and "cc:XX" for their countries
    figures: frozenset[str]  # "quantity:value"
    events: frozenset[str]  # event types
    numbers: frozenset[str] = frozenset()  # numbers written in headline and text, separators dropped
    when: dict[str, float] = field(default_factory=dict)  # weekdays, months, years named: "d:sat", "m:nov", "y:2011"
    # The same named in the headline and lead only: when the happening took place. A body's
    # "since April 2023" is background, and another outlet's background differs.
    lead_when: frozenset[str] = frozenset()
    # Name words of the people quoted (witnesses, officials): each outlet finds its own, so a
    # new voice is no sign of another happening (a new place, actor or target is).
    voices: frozenset[str] = frozenset()
    follow_up: bool = False  # the report looks back on a happening: "last week", "toll rises to"
    # The year of the first full date its headline and lead write (a dateline): for a report that
    # carries no date, the year it was written in or its happening's.
    year: int | None = None
    # The happening's own particulars, as its headline and lead write them: numbers (tolls,
    # magnitudes, counts, dates). Two like happenings (two quakes on one island, two raids in one
    # province) differ here while sharing every topic word.
    lead_numbers: frozenset[str] = frozenset()
    # The calendar days (ISO) the headline and lead of a dated report name as its happening's
    # (``lead_days``); empty for an undated report.
    days: frozenset[str] = frozenset()

    def all_terms(self) -> set[str]:
        """Every term this report adds to the document frequencies, each namespaced."""
        return (set(self.terms) | set(self.names) | {"p:" + p for p in self.places}
                | {"f:" + f for f in self.figures} | {"e:" + e for e in self.events}
                | {"x:" + x for x in self.numbers})


_SETS = ("places", "figures", "events", "numbers", "lead_when", "voices", "lead_numbers", "days")


def features_to_json(features: StoryFeatures) -> dict:
    """A report's features as JSON (a small story keeps its members', for the re-check)."""
    out = {k: v for k, v in features.__dict__.items() if k not in _SETS and k != "published"}
    out.update({k: sorted(getattr(features, k)) for k in _SETS},
               published=features.published.isoformat() if features.published else None)
    return out


def features_from_json(data: dict) -> StoryFeatures:
    sets = {k: frozenset(data.get(k) or ()) for k in _SETS}
    return StoryFeatures(document=str(data["document"]), headline=data.get("headline") or "",
                         published=_date(data.get("published")), terms=dict(data.get("terms") or {}),
                         names=dict(data.get("names") or {}), when=dict(data.get("when") or {}),
                         follow_up=bool(data.get("follow_up")), year=data.get("year"), **sets)


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _headline(title: str | None, text: str) -> str:
    if title and title.strip():
        return title.strip()
    opening = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return opening if len(opening) <= HEADLINE_CHARS else opening[:HEADLINE_CHARS].rsplit(" ", 1)[0] + "…"


def _voices(record: dict) -> frozenset[str]:
    """Name words of the people the report quotes, minus any that also act in its events."""
    quoted = {w for claim in record.get("claims") or []
              if (claim.get("speaker") or {}).get("kind") not in (None, "unnamed")
              for w in name_words((claim.get("speaker") or {}).get("name") or "")}
    acting = {w for event in record.get("events") or [] for k in ("actor", "target")
              for w in name_words((event.get(k) or {}).get("name") or "")}
    return frozenset(quoted - acting)


def _record_names(record: dict) -> list[str]:
    """Names the extractor found: speakers, their bodies, event actors and targets (not pronouns)."""
    out: list[str] = []
    for claim in record.get("claims") or []:
        speaker = claim.get("speaker") or {}
        if speaker.get("kind") != "unnamed":
            out += [speaker.get("name") or "", speaker.get("organization") or ""]
    for event in record.get("events") or []:
        out += [(event.get(k) or {}).get("name") or "" for k in ("actor", "target")]
    return [n for n in out if n]


def _figure_key(figure: dict) -> str | None:
    """A figure's key, e.g. "killed:14"; distances and uncategorised numbers have none."""
    value = figure.get("value")
    if value is None or figure.get("quantity") in (None, "distance", "other"):
        return None
    return f"{figure['quantity']}:{float(value):g}"


def story_features(record: dict) -> StoryFeatures:
    """The story-matching features of one analysis record."""
    doc = record.get("document") or {}
    text, title = doc.get("text") or "", doc.get("title") or ""
    term_counts = Counter(words(text))
    name_counts = Counter(name_words(text))
    for w in words(title):
        term_counts[w] += TITLE_WEIGHT
    for w in name_words(title):
        name_counts[w] += TITLE_WEIGHT
    lead = text[:LEAD_CHARS]
    published = _date(doc.get("published"))
    follow_up = bool(FOLLOW_UP.search(title + " " + text))
    for w in words(lead):
        term_counts[w] += LEAD_WEIGHT - 1
    for w in name_words(lead):
        name_counts[w] += LEAD_WEIGHT - 1
    # A name the extractor found counts once more than its capitalised mentions alone.
    name_counts.update({w for n in _record_names(record) for w in name_words(n)})
    places: set[str] = set()
    for place in record.get("places") or []:
        if place.get("name"):
            places.add(place["name"].lower())
        if place.get("country"):
            places.add("cc:" + place["country"])
    figures = {k for f in record.get("figures") or [] if (k := _figure_key(f))}
    events = {e["type"] for e in record.get("events") or [] if e.get("type") not in (None, "other")}
    return StoryFeatures(document=str(doc.get("id") or ""), headline=_headline(title, text),
                         published=published, terms=log_weights(term_counts),
                         names=log_weights(name_counts), places=frozenset(places),
                         figures=frozenset(figures), events=frozenset(events),
                         numbers=numbers_written(title + " " + text),
                         when=log_weights(when_words(title + " " + text)),
                         lead_when=frozenset(when_words(title + " " + lead)), voices=_voices(record),
                         follow_up=follow_up,
                         year=dateline_year(title + " " + lead),
                         lead_numbers=lead_numbers(title + " " + lead),
                         days=lead_days(title + " " + lead, published, spoken=not follow_up))


def lead_days(lead: str, published: date | None, spoken: bool = True) -> frozenset[str]:
    """The calendar days a dated report's headline and lead give its happening (``WEEKDAY``,
    ``DAY_OF_MONTH``): the days named after a verb of the happening; when it names none, the days its
    sources spoke on (``spoken``), so a first report ("..., the ministry said on Monday") still has its
    day; a report looking back ("the toll from last week's shelling has risen to nine, the ministry said
    on Thursday") speaks on a later day than its happening's, so it has none. A day of a month that is
    the report's own date is its dateline, a day someone spoke. Empty when undated."""
    if published is None:
        return frozenset()
    told: set[date] = set()
    said: set[date] = set()
    for found in WEEKDAY.finditer(lead):
        back = (published.weekday() - WEEKDAYS.index(found.group(1).lower())) % 7
        day = published - timedelta(days=back)
        (said if SPOKEN.search(lead[max(0, found.start() - 40):found.start()]) else told).add(day)
    for found in DAY_OF_MONTH.finditer(lead):
        month, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        day = _day_of(published, _MONTHS[month[:3].lower()], int(number))
        if day is not None:
            (said if day == published else told).add(day)
    return frozenset(d.isoformat() for d in (told or (said if spoken else set())))


def _day_of(published: date, month: int, number: int) -> date | None:
    """That day of that month in the year of the report's date (or the year before, for a day
    written after the report's date: "Dec. 28" in a January report)."""
    try:
        day = date(published.year, month, number)
    except ValueError:
        return None
    if day > published + timedelta(days=1):
        try:
            day = date(published.year - 1, month, number)
        except ValueError:
            return None
    return day


def numbers_written(text: str) -> frozenset[str]:
    """The numbers a text writes (as ``NUMBER``), clock times left out: a page's time stamp ("11 : 45
    AM PDT", "posted 09:29") and the hour a source spoke at are no particular of the happening, and two
    outlets' stamps of one happening differ."""
    return frozenset(NUMBER.findall(CLOCK.sub(" ", text).replace(",", "")))


def lead_numbers(lead: str) -> frozenset[str]:
    """The numbers a headline and lead write (``numbers_written``)."""
    return numbers_written(lead)


def dateline_year(text: str) -> int | None:
    """The year of the first full date (day, month and year) a headline and lead write (``dateline``), or None."""
    found = dateline(text)
    return found.year if found else None


def when_words(text: str) -> Counter[str]:
    """Weekdays, months and years a text names: "d:sat", "m:nov", "y:2011"."""
    out: Counter[str] = Counter()
    for day, month, short, year in WHEN.findall(text):
        if day:
            out["d:" + day[:3].lower()] += 1
        elif (month or short)[:1].isupper():  # "march" and "may" in lower case are other words
            out["m:" + (month or short)[:3].lower()] += 1
        elif year:
            out["y:" + year] += 1
    return out


def report_keys(features: StoryFeatures) -> set[str]:
    """The keys a store looks a report up by: its main names and words, its places and figures.

    Countries are left out: a key every story of a war shares finds nothing.
    """
    names = top(features.names, REPORT_NAME_KEYS)
    terms = top(features.terms, REPORT_TERM_KEYS)
    return ({"n:" + n for n in names} | {"t:" + t for t in terms}
            | {"p:" + p for p in features.places if not p.startswith("cc:")}
            | {"f:" + f for f in features.figures})
