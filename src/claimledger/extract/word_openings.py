"""Trying a regular expression only where a match of it can start: at a digit run, or at a
word its source spells. A pattern whose every alternative opens on a digit or a spelled-out
word finds there what ``finditer`` finds, without its case-blind alternations being tried at
every other character of a report (numbers.find_numbers, when/find.py). Written by hand:
``re`` has no such prefilter, and the pattern libraries that do (hyperscan) are not on PyPI
for every machine this runs on."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# characters re.IGNORECASE matches to an ASCII letter though str.lower does not make them one
# ("ſ", the Kelvin sign, the dotted and dotless I): a text holding one is scanned whole
ODD_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def folds_plainly(text: str) -> bool:
    """Whether the text holds none of ODD_FOLDS, so a word's lower case is what the pattern sees."""
    return ODD_FOLDS.isdisjoint(text)


@lru_cache(maxsize=64)
def spelled(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every letter run of the pattern's source, escapes taken out: a superset of the words
    a match of it can open with."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"\\.", "", pattern.pattern)))


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``finditer``'s matches of the pattern among ascending ``starts``: each tried with ``match``,
    and, as finditer, the next match starts after the last one."""
    found: list[re.Match[str]] = []
    resume = 0
    for at in starts:
        if at >= resume and (m := pattern.match(text, at)) is not None:
            found.append(m)
            resume = m.end()
    return found
