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
from re import _parser as sre_parse  # the parse tree re compiles: read for a pattern's openings
from typing import NamedTuple

from claimledger.extract.last_text import last_text

# characters re.IGNORECASE matches to an ASCII letter though str.lower does not make them one
# ("ſ", the Kelvin sign, the dotted and dotless I): a text holding one is scanned whole
ODD_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def folds_plainly(text: str) -> bool:
    """Whether the text holds none of ODD_FOLDS, so a word's lower case is what the pattern sees.
    An ASCII text holds none (``isascii`` reads a flag of the string: no walk over a report)."""
    return text.isascii() or ODD_FOLDS.isdisjoint(text)


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
@last_text()  # the numbers, the time rules and the ages ask of the same report in turn
def lowered_words(text: str) -> Words:
    """The words of a text that folds plainly, lower-cased, at the text's own offsets. str.lower
    then keeps each character one character, and a word character (or one of ``.,:/#-``) what
    it was (every code point checked: tests/test_scan_lowered.py), so the words of the lower-cased
    text are the text's own. re.split and the running sum of the pieces' lengths find them in C
    (a Python loop over match objects cost ~1% of extraction). The numbers, the time rules and
    the ages of a report ask in turn of the same text: the last text's words are kept until
    another text is asked about."""
    pieces = _RUN.split(text.lower())
    offsets = list(accumulate(map(len, pieces), initial=0))
    words = pieces[1::2]
    found = Words(words, offsets[1::2][:len(words)],  # (the last offset is the text's end)
                  list(map(itemgetter(slice(-1, None)), pieces[0:-1:2])))  # the separator before each word
    return found


# ----------------------------------------------------------------- the words a match can open with
# What spelled() gives holds every word of the pattern ("the", "of", "and" of "in the region of");
# a match opens with a few of them only. The pattern's parse tree is walked for the letters a match
# can open with: each (letters, how) says a match starts with those letters, then a character that
# is no word character ("exact": the word is those letters), or anything ("open": a word starting
# with them). A class that may hold a letter, a back reference or any other unread construct ends a
# path as "open", so the set is always a superset of the true openings (see opening_words).
_EXACT, _OPEN, _END = 0, 1, 2
_WORDISH = re.compile(r"\w")


def _class_kinds(items: list) -> tuple[bool, bool]:
    """(may match a letter, may match another word character) for a character class's items."""
    letter = other = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            return True, True
        if name == "LITERAL":
            c = chr(av)
            letter, other = letter or c.isalpha() or av > 127, other or (
                _WORDISH.match(c) is not None and not c.isalpha())
        elif name == "RANGE":
            lo, hi = av
            chars = [chr(x) for x in range(lo, min(hi, 0x3000) + 1)]
            letter = letter or hi > 127 or any(c.isalpha() for c in chars)
            other = other or hi > 127 or any(_WORDISH.match(c) and not c.isalpha() for c in chars)
        elif name == "CATEGORY":
            cat = str(av)
            if cat.endswith("CATEGORY_SPACE") or cat.endswith("CATEGORY_NOT_WORD"):
                continue
            if cat.endswith("CATEGORY_DIGIT"):
                other = True
                continue
            return True, True
        else:
            return True, True
    return letter, other


def _firsts(items: list) -> set[tuple[str, int]] | None:
    """(letters, how) a match of the sequence opens with; ``_END`` when the whole sequence may
    be matched by letters only (its follower decides); ("", exact) when it opens on a non-word
    character. None when a letter may open it unread."""
    found: set[tuple[str, int]] = set()
    todo: list[tuple[int, str]] = [(0, "")]
    while todo:
        i, prefix = todo.pop()
        while True:
            if i == len(items):
                found.add((prefix, _END))
                break
            op, av = items[i]
            name = str(op)
            if name == "LITERAL":
                c = chr(av)
                if c.isascii() and c.isalpha():
                    prefix += c.lower()
                    i += 1
                    continue
                if not c.isascii() and c.isalpha():
                    return None  # a letter re.IGNORECASE may match to an ASCII one: not read here
                if _WORDISH.match(c) is None:
                    found.add((prefix, _EXACT))  # a non-word character: the letters before it are a word
                break  # a digit or "_": the word goes on with it, and is no word of letters
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                if name == "AT" and str(av).endswith("AT_BOUNDARY") and prefix:
                    found.add((prefix, _EXACT))  # "\b" after letters: the word ends here
                    break
                i += 1  # zero-width (or, opening a group, read as if absent): what follows decides
                continue
            if name == "IN":
                letter, other = _class_kinds(av)
                if letter:
                    if not prefix:
                        return None
                    found.add((prefix, _OPEN))
                elif not other:
                    found.add((prefix, _EXACT))  # "\s", "-": the letters before it are a word
                break
            if name in ("SUBPATTERN", "BRANCH"):  # a group is a branch of one sequence
                for sequence in ([av[-1]] if name == "SUBPATTERN" else av[1]):
                    inner = _firsts(list(sequence))
                    if inner is None:
                        return None if not prefix else _with(found, prefix, _OPEN)
                    for p, how in inner:
                        if how == _END:
                            todo.append((i + 1, prefix + p))
                        else:
                            found.add((prefix + p, how))
                break
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _high, sub = av
                inner = _firsts(list(sub))
                if inner is None:
                    return None if not prefix else _with(found, prefix, _OPEN)
                for p, how in inner:
                    if how == _END:
                        if p:
                            found.add((prefix + p, _OPEN))  # another round or the rest may follow
                        else:
                            todo.append((i + 1, prefix))
                    else:
                        found.add((prefix + p, how))
                if low == 0:
                    todo.append((i + 1, prefix))
                break
            # ANY, NOT_LITERAL, GROUPREF and the rest: anything may follow
            if not prefix:
                return None
            found.add((prefix, _OPEN))
            break
    return found


def _with(found: set[tuple[str, int]], prefix: str, how: int) -> set[tuple[str, int]]:
    found.add((prefix, how))
    return found


@lru_cache(maxsize=64)
def opening_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """The words of :func:`spelled` a match of the pattern can open with: a match starting where a
    word of letters starts begins with that word (it opens on a word boundary, and the word is the
    whole run of word characters there), so a word none of its paths opens with never starts one.
    A pattern whose opening cannot be read this way keeps all of spelled()."""
    words = spelled(pattern)
    firsts = _firsts(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if firsts is None or any(not p and how != _EXACT for p, how in firsts):
        return words
    # ("", exact): a match opening on a non-word character, which no word of letters starts
    exact = {p for p, how in firsts if how == _EXACT}
    loose = tuple(p for p, how in firsts if how != _EXACT)
    return frozenset(w for w in words if w in exact or w.startswith(loose))
