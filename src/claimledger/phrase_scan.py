"""Whole-word scanning of a text for the phrases of a fixed table, in time that grows with
the text rather than with the table.

The side tables used to be scanned with one alternation regex of every phrase, longest
first: ``(?<![\\w.])(p1|p2|...)(?:'s|’s|s)?(?!\\w)`` (case-insensitive, "folded" phrases)
and ``(?<![\\w.])(P1|P2|...)(?!\\w)`` (phrases that only match as written). The regex engine
tries every alternative at every word start, so a 1 KB report cost milliseconds. Here each
word start walks a character trie instead (one dict lookup per character while some phrase
still fits), and then takes the longest phrase whose end the regex would have accepted.
The results are the regex's, span for span, including ``finditer``'s rule that a match
resumes the scan after its own end (possessive suffix included). Hand-written because
no well-kept library does this: pyahocorasick reports every overlapping match and knows
neither the word boundaries nor the possessive suffix, so the regex's choices would have
to be rebuilt around it anyway.

Case-insensitive matching compares the lower-cased text with lower-case phrases. Python's
``re.I`` agrees with ``str.lower`` except for a few characters (the long s 'ſ' matches 's',
'İ' lowers to two characters); a text holding one of those is scanned with the regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

_WORD = re.compile(r"\w+")
_END = ""  # trie key marking that a phrase ends here (no character is "")
# Texts at least this long (whole reports, not phrases) have their spans kept, for the last
# few: a report is scanned whole by more than one reader (its home state, its side counts).
_REMEMBER_FROM = 500
_REMEMBERED = 4


def _is_word(char: str) -> bool:
    """What ``\\w`` matches in a str pattern: alphanumerics (str.isalnum) and the underscore."""
    return char.isalnum() or char == "_"


class PhraseScanner:
    """The spans of a table's phrases in a text, as the alternation regex found them."""

    def __init__(self, phrases: Iterable[str], fold: bool):
        """``fold``: phrases are lower case, match in any case and take a possessive
        ("Sudan's", "Syrias"); otherwise they match exactly as written."""
        self.fold = fold
        self.phrases = sorted(set(phrases), key=len, reverse=True)
        self._trie: dict = {}
        for phrase in self.phrases:
            node = self._trie
            for char in phrase:
                node = node.setdefault(char, {})
            node[_END] = True
        # the words that can open a phrase (see _walk_starts)
        self._heads: set[str] | None = None
        if all(_is_word(phrase[0]) for phrase in self.phrases):
            firsts = {_WORD.match(phrase).group() for phrase in self.phrases}
            self._heads = firsts | {first + "s" for first in firsts} if fold else firsts
            self._starts = None
        else:
            firsts = "".join(re.escape(c) for c in sorted(self._trie))
            self._starts = re.compile(r"(?<![\w.])[" + firsts + "]")
        self._chars = {c for phrase in self.phrases for c in phrase} | set("s'’")
        self._plain: dict[str, bool] = {}
        self._plain_chars: set[str] = set()  # the characters _plain holds True for
        self._recent: dict[str, tuple[tuple[int, int], ...]] = {}  # spans of the last long texts

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The alternation regex this scanner stands for (the reference, and the path for
        texts whose case folding str.lower cannot mirror)."""
        alternatives = "|".join(re.escape(p) for p in sorted(self.phrases, key=lambda p: len(re.escape(p)),
                                                                 reverse=True))
        if self.fold:
            return re.compile(r"(?<![\w.])(" + alternatives + r")(?:'s|’s|s)?(?!\w)", re.I)
        return re.compile(r"(?<![\w.])(" + alternatives + r")(?![\w])")

    def regex_spans(self, text: str) -> list[tuple[int, int]]:
        if not self.phrases:
            return []
        return [m.span(1) for m in self.regex.finditer(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each phrase found, left to right, without its possessive."""
        if len(text) < _REMEMBER_FROM:
            return self._spans(text)
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= _REMEMBERED:
                self._recent.clear()
            found = self._recent[text] = tuple(self._spans(text))
        return list(found)

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if not self.phrases:
            return []
        probe = text.lower() if self.fold else text
        if self.fold and not self._folds_plainly(text, probe):
            return self.regex_spans(text)
        found: list[tuple[int, int]] = []
        resume = 0
        for begin in self._walk_starts(probe):
            if begin < resume:
                continue  # inside the last match, possessive included: finditer never looks there
            ends = self._ends(probe, begin)
            for end in reversed(ends):  # longest first, as the regex's alternatives are ordered
                stop = self._stop(probe, end)
                if stop is not None:
                    found.append((begin, end))
                    resume = stop
                    break
        return found

    def _walk_starts(self, probe: str) -> list[int]:
        """Where a walk can start, in order: the regex's lookbehind (no word character or
        full stop before), then a phrase's first character. When every phrase opens with a
        word character, the word there must also be a phrase's first word (or, folded, that
        word with a plural or possessive "s": "Syrias"): the words of the text are gathered
        and matched against those first words in C (a set intersection, str.find), so the
        Python loop only sees the few words that can open a phrase."""
        if self._heads is None:
            return [m.start() for m in self._starts.finditer(probe)]
        size = len(probe)
        starts = []
        for head in set(_WORD.findall(probe)) & self._heads:
            at = probe.find(head)
            while at != -1:
                after = at + len(head)
                if (at == 0 or not (_is_word(probe[at - 1]) or probe[at - 1] == ".")) and (
                        after == size or not _is_word(probe[after])):
                    starts.append(at)
                at = probe.find(head, at + 1)
        return sorted(starts)

    def _ends(self, probe: str, begin: int) -> list[int]:
        """Where the phrases that start at ``begin`` end, shortest first."""
        node = self._trie
        ends = []
        for i in range(begin, len(probe)):
            node = node.get(probe[i])
            if node is None:
                break
            if _END in node:
                ends.append(i + 1)
        return ends

    def _stop(self, probe: str, end: int) -> int | None:
        """Where the regex's match of a phrase ending at ``end`` stops (after a possessive
        it took), or None when no word boundary follows."""
        size = len(probe)
        if self.fold:
            if end + 1 < size and probe[end] in "'’" and probe[end + 1] == "s" and (
                    end + 2 == size or not _is_word(probe[end + 2])):
                return end + 2
            if end < size and probe[end] == "s" and (end + 1 == size or not _is_word(probe[end + 1])):
                return end + 1
        return end if end == size or not _is_word(probe[end]) else None

    def _folds_plainly(self, text: str, probe: str) -> bool:
        """Whether lower-casing the text matches the phrases exactly as ``re.I`` would."""
        if len(probe) != len(text):
            return False
        chars = set(text)
        if chars <= self._plain_chars:
            return True  # every character already found plain: one subset test in C
        for char in chars:
            plain = self._plain.get(char)
            if plain is None:
                low = char.lower()
                plain = len(low) == 1 and low.isalnum() == char.isalnum() and all(
                    (re.fullmatch(re.escape(c), char, re.I) is not None) == (low == c) for c in self._chars)
                self._plain[char] = plain
                if plain:
                    self._plain_chars.add(char)
            if not plain:
                return False
        return True
