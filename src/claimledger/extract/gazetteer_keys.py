"""The keys and entries of the place index (:mod:`claimledger.extract.gazetteer`): what
one place is (:class:`Entry`), how well a name met it (:class:`Hit`), and the lookup keys
a name is folded to (:func:`compact`, :func:`loosen`), so that "Deir ez-Zor", "Deir
Ezzor" and "DEIR EZ ZOR" meet on one key, and "Tall Afar" meets "Tal Afar" loosely."""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# Match quality of a key against an entry: the entry's own name, one of its
# alternate names, or a name reached only after dropping an Arabic article
# ("As Salamiyah" -> "Salamiyah"), or one reached only by a loose key ("Tal Afar" ->
# "Tall Afar", :func:`loosen`). Lower is better.
PRIMARY, ALTERNATE, STRIPPED, LOOSE = 0, 1, 2, 3


class Entry(NamedTuple):
    """One place the gazetteer knows (a tuple: 200k of them are made at load time)."""

    name: str  # ASCII display name
    kind: str  # city | region | country | other
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int  # 0 when the source gives none
    admin1: str | None
    country_name: str | None
    admin1_code: str | None = None  # GeoNames admin1 code, to find a city's region


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    quality: int


# Apostrophes and ayn/hamza signs vanish ("Ma'rib", "Izra‘"), dots too ("U.S."), and so
# do separators, so that "Deir ez-Zor" and "Deir Ezzor" share a key. Regular
# expressions and str.replace, not str.translate: they run in C over long strings.
_DELETE = re.compile(r"[’‘'`´ʿʾʼʻ.\u02bf\u02be\s\-‐‑‒–—_/,]+")
_MARKS = re.compile(r"[\u0300-\u036f]+")
# Letters NFKD does not decompose.
_LETTERS = (("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"),
            ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("ħ", "h"))
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez|en|ul)[\s\-‐‑]+", re.I)
ARTICLE_STARTS = ("al", "el", "ad", "ar", "as", "at", "az", "an", "ed", "es", "ez", "en", "ul")


def fold(text: str) -> str:
    """ASCII transliteration of a Latin-script name: "Khān Yūnis" -> "Khan Yunis"."""
    if text.isascii():
        return text
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    for letter, ascii_form in _LETTERS:
        if letter in text:
            text = text.replace(letter, ascii_form)
    return text


def _compacted(text: str) -> str:
    return _DELETE.sub("", fold(text).lower())


# The place stage asks for the keys of the same few thousand words and names over and over
# (each capitalised run it scans, the unknown names it looks for again, every rule that weighs
# a name): a key is remembered, so a repeat costs a C-level cache hit, not a fold and a regex.
compact = lru_cache(maxsize=65_536)(_compacted)
compact.__doc__ = """The lookup key of a name: folded, lower case, no separators or apostrophes."""


def compact_many(names: list[str]) -> list[str]:
    """:func:`compact` over many names at once: one pass of C string code, not 300k calls
    (and not remembered: the joined string is asked once)."""
    return _compacted("\x00".join(names)).split("\x00")


# Transliteration variants folded by a loose key: doubled letters ("Tall"/"Tal"),
# "ou"/"oo" for "u" ("Tajoura"), "ee" for "i", "ay"/"ey"/"ei" as one diphthong
# ("Dayr"/"Deir"), "iya" for "ia" ("Khiyam"/"Khiam"), "q" for "k", and a closing "ah"
# ("Hawijah"/"Hawija"). Only asked when the plain key finds nothing, and only for keys
# this long: short names collide too easily.
MIN_LOOSE_KEY = 5
# How many lookup answers the gazetteer remembers before it starts afresh (a few MB).
MAX_REMEMBERED = 50_000
_DOUBLED = re.compile(r"([a-z])\1+")
_FIRST_GROUP = operator.itemgetter(1)
# Plain replacements, in this order: str.replace runs in C, ten times faster than a regex.
_LOOSE_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ay", "ai"), ("ey", "ai"), ("ei", "ai"), ("iya", "ia"),
                ("q", "k"), ("ah\x00", "a\x00"))


def loosen(key: str) -> str:
    """The loose form of a compact key: "tallafar" and "talafar" are both "talafar"."""
    return loosen_many([key])[0]


def loosen_many(keys: list[str]) -> list[str]:
    """:func:`loosen` over many keys at once: one pass of C string code per step over
    the keys joined (each closed by a NUL, so that "ah" is seen at a key's end)."""
    # the letter by a C-level getter: a "\1" template is expanded by Python code per match
    joined = _DOUBLED.sub(_FIRST_GROUP, "\x00".join(keys) + "\x00")
    for old, new in _LOOSE_PAIRS:
        joined = joined.replace(old, new)
    return joined[:-1].split("\x00")


def strip_article(text: str) -> str:
    return ARTICLE.sub("", text, count=1)
