"""Time expressions found in a report: pattern hits less their false positives, merged
with spaCy's DATE and TIME entities, then resolved (:func:`find_times`); and the spans
whose numbers are no figures (:func:`time_spans`)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from spacy.tokens import Doc

from claimledger.extract.context import context_of, text_of
from claimledger.extract.when.patterns import (
    AGE,
    AGE_ANCHOR,
    ANCHORS,
    MONTH_NAME,
    PATTERNS,
    PLAUSIBLE_YEAR,
    Found,
)
from claimledger.extract.when.resolve import parse_iso, resolve
from claimledger.extract.word_openings import folds_plainly, lowered_words, matches_at, opening_words
from claimledger.model import TimeExpr

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
_ANY_MONTH = re.compile(MONTH_NAME, re.I)
_MONTH_RULES = ("dmy", "mdy", "month_year", "month")
# Rules whose pattern opens on a word boundary and a word's first letter or digit: every
# match starts where a word starts, and that word is a digit run or one the pattern spells.
# They are tried only at those words (indexed once a text, see _Openings), not at every
# character by finditer; the matches are finditer's, in order (tests/test_scan_prefilters.py).
_WORD_OPENED = frozenset({"iso", "numeric", "early_hours", "weekend", "recent", "unit_rel", "since_unit",
                          "day_word", "military", "ampm", "noon", "decade"})


def _candidates(text: str) -> list[Found]:
    return list(_candidates_cached(text))


@lru_cache(maxsize=8)
def _candidates_cached(text: str) -> tuple[Found, ...]:
    """Pattern hits in a text; find_times and time_spans both ask for one report's."""
    found: list[Found] = []
    low = text.lower()
    has_month = _ANY_MONTH.search(text) is not None
    openings = _Openings(text) if folds_plainly(text) else None
    for rule, pattern in PATTERNS:
        needs = _NEEDS.get(rule)
        if (needs and not any(w in low for w in needs)) or (rule in _MONTH_RULES and not has_month):
            continue
        matches = openings.matches(pattern) if openings is not None and rule in _WORD_OPENED \
            else _matches(pattern, text, ANCHORS.get(rule), openings)
        for m in matches:
            if m.end() > m.start() and not _false_positive(rule, m, text):
                found.append(Found(m.start(), m.end(), rule, m))
    return tuple(found)


def _matches(pattern: re.Pattern[str], text: str, anchor: tuple[re.Pattern[str], int, int] | None,
             openings: _Openings | None = None) -> list[re.Match[str]]:
    """The pattern's matches in the text, as ``finditer`` gives them; with an anchor,
    found only in the windows around the anchor's hits (see patterns.ANCHORS)."""
    if anchor is None:
        return list(pattern.finditer(text))
    windows = openings.windows(*anchor) if openings is not None else _windows(text, *anchor)
    return [m for lo, hi in windows for m in pattern.finditer(text, lo, hi)]


class _Openings:
    """Where the words of a text start, by lower-case word, and where its digit runs start,
    read on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_word: dict[str, list[int]] | None = None
        self._digits: list[int] = []
        self._words: tuple[list[str], list[int]] | None = None
        self._windows: dict[tuple[re.Pattern[str], int, int], tuple[tuple[int, int], ...]] = {}
        self._by_head: dict[str, list[tuple[int, str]]] | None = None

    def _lowered(self) -> tuple[list[str], list[int]]:
        """The text's words lower-cased, and where they start (word_openings.lowered_words)."""
        if self._words is None:
            self._words = lowered_words(self._text)[:2]
        return self._words

    def windows(self, anchor: re.Pattern[str], before: int, after: int) -> tuple[tuple[int, int], ...]:
        """:func:`_windows`, read once a text for each anchor (rules share them), an anchor made
        of a word boundary and letters found among the words (_anchor_words) instead of by
        its case-blind alternation tried at every character."""
        key = (anchor, before, after)
        found = self._windows.get(key)
        if found is None:
            openings = _anchor_words(anchor)
            hits = [m.span() for m in anchor.finditer(self._text)] if openings is None else self._opening(openings)
            found = self._windows[key] = _merged_windows(self._text, hits, before, after)
        return found

    def _opening(self, openings: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of the anchor's matches, in text order: a word that starts with one of
        its openings, the first of them its alternation tries."""
        if self._by_head is None:
            # the words opening on the first three letters of some anchor's opening, by those
            # letters: one C-level pass over the words, then a few in a hundred are looked at
            words, starts = self._lowered()
            heads = list(map(itemgetter(slice(0, 3)), words))
            wanted = list(map(_anchor_heads().__contains__, heads))
            self._by_head = {}
            for head, word, at in zip(compress(heads, wanted), compress(words, wanted), compress(starts, wanted),
                                      strict=True):
                self._by_head.setdefault(head, []).append((at, word))
        hits = []
        for head in {o[:3] for o in openings}:
            for at, word in self._by_head.get(head, ()):
                first = next((o for o in openings if word.startswith(o)), None)
                if first is not None:
                    hits.append((at, at + len(first)))
        return sorted(hits)

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """``finditer``'s matches of a rule of _WORD_OPENED, tried only where they can start."""
        if self._by_word is None:
            # only the words some rule spells are indexed (a few in a hundred); the rest are
            # passed over by C-level maps (see word_openings.lowered_words)
            words, starts = self._lowered()
            self._digits = list(compress(starts, map(str.isdigit, map(itemgetter(0), words))))
            wanted = list(map(_spelled_by_rules().__contains__, words))
            self._by_word = {}
            for word, at in zip(compress(words, wanted), compress(starts, wanted), strict=True):
                self._by_word.setdefault(word, []).append(at)
        by_word = self._by_word
        starts = sorted([*self._digits, *(at for word in opening_words(pattern) & by_word.keys()
                                           for at in by_word[word])])
        return matches_at(pattern, self._text, starts)


@lru_cache(maxsize=1)
def _spelled_by_rules() -> frozenset[str]:
    """Every word some rule of _WORD_OPENED can open with: the only words _Openings looks up."""
    return frozenset(w for rule, pattern in PATTERNS if rule in _WORD_OPENED for w in opening_words(pattern))


# an anchor that is a word boundary and letters: "\\bago", "\\b(?:jan|feb|…)", "\\b(?:mon|…|sun)day"
_LETTER_ANCHOR = re.compile(r"\\b(?:\(\?:([a-z|]+)\)|([a-z]+))([a-z]*)")


@lru_cache(maxsize=16)
def _anchor_words(anchor: re.Pattern[str]) -> tuple[str, ...] | None:
    """The letters a match of such an anchor opens a word with, in the order its alternation
    tries them ("monday", "tuesday", …), or None for any other anchor. It matches, case-blind,
    where a word starts with one of them: a word boundary before a letter starts a word, and
    its letters lie inside that word."""
    m = _LETTER_ANCHOR.fullmatch(anchor.pattern)
    if m is None or not anchor.flags & re.IGNORECASE:
        return None
    words = tuple(alt + m.group(3) for alt in (m.group(1) or m.group(2)).split("|"))
    return words if min(map(len, words)) >= 3 else None  # found by their first three letters


@lru_cache(maxsize=1)
def _anchor_heads() -> frozenset[str]:
    """The first three letters of every opening of every anchor found among the words."""
    anchors = [a for a, _, _ in ANCHORS.values()] + [AGE_ANCHOR[0]]
    return frozenset(w[:3] for a in anchors for w in _anchor_words(a) or ())


@lru_cache(maxsize=32)
def _windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> tuple[tuple[int, int], ...]:
    """Stretches of the text around the anchor's hits, merged where they touch. A
    stretch ends past a whole word and the run of spaces or dashes after it, so that
    a pattern's look-ahead and its closing ``\\b`` see what they would see in the
    whole text (``finditer``'s end bound cuts the string there)."""
    return _merged_windows(text, [m.span() for m in anchor.finditer(text)], before, after)


def _merged_windows(text: str, hits: list[tuple[int, int]], before: int, after: int) -> tuple[tuple[int, int], ...]:
    """:func:`_windows` around given (start, end) hits of the anchor, in text order."""
    windows: list[tuple[int, int]] = []
    n = len(text)
    for start, end in hits:
        lo, hi = max(0, start - before), min(n, end + after)
        hi = _word_end(text, _word_end(text, hi))
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return tuple(windows)


def _word_end(text: str, i: int) -> int:
    """The end of the word at ``i`` and of the spaces or dashes after it."""
    n = len(text)
    while i < n and (text[i].isalnum() or text[i] in "_.'’-"):
        i += 1
    while i < n and (text[i].isspace() or text[i] == "-"):
        i += 1
    return i


@lru_cache(maxsize=8)
def _age_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ages ("a 19-year-old"); find_times and time_spans both ask for one report's."""
    return tuple((m.start(), m.end()) for m in _matches(AGE, text, AGE_ANCHOR,
                                                        _Openings(text) if folds_plainly(text) else None))


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


def _merge(found: list[Found], ents: list[tuple[int, int]]) -> list[Found]:
    """Longest spans win; spaCy entities fill the gaps our patterns leave."""
    found = sorted(found, key=lambda f: (-(f.end - f.start), f.start))
    kept: list[Found] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    for s, e in ents:
        if any(s < k.end and k.start < e for k in kept):
            continue
        kept.append(Found(s, e, "entity", None))
    return sorted(kept, key=lambda f: f.start)


_TIME_WORD = re.compile(r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur|morning"
                        r"|afternoon|evening|noon|dawn|dusk|ago|since|season|spring|summer|autumn|fall|winter"
                        r"|ramadan|eid|[ap]\.?m\b|gmt|utc|" + MONTH_NAME[3:-1] + ")", re.I)


_DIGIT = re.compile(r"\d")
# a bare count the model joined to a deictic time word after it ("52 overnight", "9 yesterday")
_COUNT_BEFORE_DEICTIC = re.compile(r"\d[\d,]*\s+(?=(?:overnight|yesterday|today|tonight|earlier)\b)", re.I)


def _entity_spans(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's DATE and TIME entities, less the bare numbers it mislabels ("70",
    "13000", "182016"): a number alone is a date only when it is a plausible year."""
    spans = []
    report = context_of(doc)  # the entities and the text read once (Doc.ents, Span.text rebuild them)
    for ent in report.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        text = report.text[s:e]
        while text and not text[-1].isalnum():  # trailing punctuation is not part of it
            text, e = text[:-1], e - 1
        if not text:
            continue
        # A number with no word of time beside it ("about 70", "1457") is a count the
        # model mislabelled, unless it is a plausible year.
        if _DIGIT.search(text) and not _TIME_WORD.search(text) and not PLAUSIBLE_YEAR.search(text):
            continue
        lead = _COUNT_BEFORE_DEICTIC.match(text)
        if lead:
            # "wounded 52 overnight", "killed 9 yesterday": a count told beside a time word, not
            # part of it; the time word alone is the time
            s += lead.end()
        spans.append((s, e))
    return spans


def find_times(doc: Doc, published: str | None) -> list[TimeExpr]:
    """Time expressions in a document, each resolved when the text allows it.

    ``published`` is the report's ISO publication date (YYYY-MM-DD) or None; without
    it, relative expressions keep their text and get no dates.
    """
    text = text_of(doc)
    anchor = parse_iso(published)
    found = _merge(_candidates(text), _entity_spans(doc))
    ages = _age_spans(text)
    out: list[TimeExpr] = []
    for f in found:
        if any(f.start < b and a < f.end for a, b in ages) and (
                f.rule in ("duration", "entity") or any(a <= f.start and f.end <= b for a, b in ages)):
            continue  # "a 19-year-old" is an age, not a time
        start, end = resolve(f, text, anchor)
        out.append(TimeExpr(text=text[f.start:f.end], span=(f.start, f.end),
                            start=start.isoformat() if start else None,
                            end=end.isoformat() if end else None))
    return out


def time_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of dates, times, durations and ages: numbers inside them are no figures."""
    text = text_of(doc)
    spans = [(f.start, f.end) for f in _merge(_candidates(text), _entity_spans(doc))]
    spans += _age_spans(text)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
