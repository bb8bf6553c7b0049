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
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

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


class Words(NamedTuple):
    """A text's words (maximal runs of word characters) lower-cased, where each starts, and the
    character before each ("" at the text's start)."""

    words: list[str]
    starts: list[int]
    before: list[str]


_RUN = re.compile(r"(\w+)")
# the last text asked and its words: one entry, never more; read once into a local, so a
# thread that replaces it meanwhile cannot hand another text's words to this one
_last: tuple[str, Words] | None = None


def lowered_words(text: str) -> Words:
    """The words of a text that folds plainly, lower-cased, at the text's own offsets. str.lower
    then keeps each character one character, and a word character (or one of ``.,:/#-``) what
    it was (every code point checked: tests/test_scan_lowered.py), so the words of the lower-cased
    text are the text's own. re.split and the running sum of the pieces' lengths find them in C
    (a Python loop over match objects cost ~1% of extraction). The numbers, the time rules and
    the ages of a report ask in turn of the same text: the last text's words are kept until
    another text is asked about."""
    global _last
    last = _last
    if last is not None and last[0] == text:
        return last[1]
    pieces = _RUN.split(text.lower())
    offsets = list(accumulate(map(len, pieces), initial=0))
    words = pieces[1::2]
    found = Words(words, offsets[1::2][:len(words)],  # (the last offset is the text's end)
                  list(map(itemgetter(slice(-1, None)), pieces[0:-1:2])))  # the separator before each word
    _last = (text, found)
    return found
