"""Terms for comparing reports: regex tokens, document frequencies and IDF-weighted cosines.

Linking never re-parses a text with spaCy: words and capitalised names are read with
regular expressions (cheap, and the same on every machine); spaCy's English stop-word
list is only a word list here.

IDF has a cold start: when a ledger holds a handful of reports, every word is about as rare
as every other, and "police" weighs what "Teixeira" weighs. So the document frequencies of
plain words and numbers are smoothed with a background prior: PRIOR_DOCUMENTS pseudo-reports in which a
word occurs as often as it does in general English (wordfreq's word frequencies). The prior
counts for much while the ledger is young and for little once it holds thousands of reports.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from spacy.lang.en.stop_words import STOP_WORDS

from claimledger.extract.figures.words import lexicon

# A word, or a number kept whole with its decimal or thousands separators ("6.1", "12,000").
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")
# A capitalised word: a name, or the first word of a sentence (the IDF weighs those down).
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[a-z]\w*|\b[A-Z]{2,}\b")
# Words that are capitalised without naming anything a story is about; and the clock's words of
# data/units.tsv ("GMT", "PDT", "AKDT"): a page's time stamp ("11 : 45 AM PDT") names no one, and a
# feed's reports share it whatever they tell.
NOT_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "am", "pm", "ap", "afp", "reuters",
    "updated", "published", "posted", "said", "says",
}) | {word for word, (kind, _) in lexicon().units.items() if kind == "clock"}
STOP = frozenset(STOP_WORDS) | {"said", "says", "told", "according", "reported", "s", "’s", "'s"}


def words(text: str) -> list[str]:
    """Lower-cased content words of a text: no stop words, no one-letter words."""
    out = []
    for w in WORD.findall(text.lower()):
        w = w.replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 1 and w not in STOP:
            out.append(w)
    return out


def name_words(text: str) -> list[str]:
    """Lower-cased capitalised words (names of people, bodies, places), minus dates and stop words."""
    out = []
    for w in CAPITALISED.findall(text):
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if len(low) > 1 and low not in STOP and low not in NOT_NAMES:
            out.append(low)
    return out


def log_weights(counts: Mapping[str, float]) -> dict[str, float]:
    """1 + ln(count): a term said ten times is not ten times the evidence."""
    return {t: 1.0 + math.log(c) for t, c in counts.items() if c >= 1}


def unit(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def top(vector: Mapping[str, float], n: int) -> dict[str, float]:
    """The n heaviest entries (ties by key, so the result does not depend on insertion order)."""
    if len(vector) <= n:
        return dict(vector)
    return dict(sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


class TermCounts(Protocol):
    """Document frequencies so far: all IDF needs. ``TermStats`` keeps them in memory; a store may keep them in SQL."""

    @property
    def n(self) -> int: ...

    def df(self, term: str) -> int: ...

    def add(self, terms: Iterable[str]) -> None: ...


# The background prior. Tuned on ECB+ topics 1-22 only (bench/eval.py stories --tune-topics 1-22).
PRIOR_DOCUMENTS = 30  # pseudo-reports of general English added to the counts of plain words
PRIOR_LENGTH = 800  # words in a pseudo-report: a word of frequency f occurs in 1 - exp(-800 f) of them


@lru_cache(maxsize=1)
def _word_frequency() -> Callable[[str], float] | None:
    """wordfreq's English word frequency, or None when the package is missing (then no prior).
    Its small list (about 30,000 words, read in a blink) is enough: a word rarer than it holds is
    rare in news too; the large list costs a second to load."""
    try:
        from wordfreq import word_frequency
    except ImportError:
        return None
    return lambda word: word_frequency(word, "en", wordlist="small")


@lru_cache(maxsize=65_536)  # about 10 MB; a miss costs wordfreq a tenth of a millisecond
def background_share(term: str) -> float | None:
    """The share of general-English reports of PRIOR_LENGTH words holding a plain word (0 for a
    word wordfreq never saw, such as most surnames) or a number written ("x:2008": years and
    round numbers are common, "x:7.1" is not); None for the other namespaced terms (places,
    figures, event types: no general-English counterpart) and when wordfreq is not installed."""
    frequency = _word_frequency()
    if term.startswith("x:"):
        term = term[2:]
    if frequency is None or ":" in term:
        return None
    return 1.0 - math.exp(-PRIOR_LENGTH * frequency(term))


def idf(stats: TermCounts, term: str) -> float:
    """Smoothed IDF, ln((1+n)/(1+df)) + 1: never zero, so a term in every report still counts a little.
    A plain word's (or number's) counts also hold PRIOR_DOCUMENTS pseudo-reports of general English."""
    share = background_share(term)
    if share is None:
        return math.log((1 + stats.n) / (1 + stats.df(term))) + 1.0
    return math.log((1 + stats.n + PRIOR_DOCUMENTS) / (1 + stats.df(term) + PRIOR_DOCUMENTS * share)) + 1.0


@dataclass
class TermStats:
    """Document frequencies of every term seen so far, for IDF. Persist as ``to_json()``."""

    n: int = 0
    dfs: Counter[str] = field(default_factory=Counter)

    def add(self, terms: Iterable[str]) -> None:
        """Count one more document holding these terms (each counted once)."""
        self.n += 1
        self.dfs.update(set(terms))

    def df(self, term: str) -> int:
        return self.dfs.get(term, 0)

    def to_json(self) -> dict:
        return {"n": self.n, "df": dict(self.dfs)}

    @classmethod
    def from_json(cls, data: Mapping) -> TermStats:
        return cls(n=int(data["n"]), dfs=Counter({str(k): int(v) for k, v in data["df"].items()}))


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Plain cosine, for small vocabularies where IDF means little (weekdays, months)."""
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


class Idf:
    """IDF of terms against fixed counts, each looked up once: one report's matching asks for the
    same terms again and again, and a SQL-backed ``df`` costs a query."""

    def __init__(self, stats: TermCounts) -> None:
        self.stats = stats
        self._memo: dict[str, float] = {}

    def __call__(self, term: str) -> float:
        w = self._memo.get(term)
        if w is None:
            w = self._memo[term] = idf(self.stats, term)
        return w


def idf_cosine(a: Mapping[str, float], b: Mapping[str, float], weight: Idf) -> float:
    """Cosine of two term vectors once each term is weighted by its IDF."""
    if not a or not b:
        return 0.0
    dot = sum(v * b[t] * weight(t) ** 2 for t, v in a.items() if t in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum((v * weight(t)) ** 2 for t, v in a.items()))
    nb = math.sqrt(sum((v * weight(t)) ** 2 for t, v in b.items()))
    return dot / (na * nb)
