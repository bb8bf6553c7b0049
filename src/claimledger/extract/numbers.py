"""Numeric expressions in news copy, read into values.

Handles digits with separators ("4,000", "12 000" with a narrow space), continental
thousands ("12.000", see below), suffixes ("12k", "2bn"), scale words ("1.5 million"),
number words ("Sixty-two", "a hundred", "one hundred and twenty"), dozens ("a dozen",
"two dozen"), vague amounts ("dozens", "hundreds", "tens of thousands"), ranges
("3,000 to 5,000", "between 3,000 and 5,000", "3,000-5,000", "two or three"), the
words that hedge or bound them ("around", "at least", "up to", "200-odd", "or more"),
fractions and percentages ("one-third", "a half", "40 percent", "40%") and zero
("no casualties", "no one", "nobody").

Decisions, so that every caller reads numbers the same way:

* "12.000" and "1.500" are thousands (12000, 1500): war copy translated from
  continental styles writes them so, while head counts never carry three decimals.
  With a scale word ("1.250 million") the dot is a decimal point.
* Vague amounts get the order of magnitude they name as value, ``approximate`` and
  ``vague`` set: "hundreds" = 100, "tens of thousands" = 10,000, "dozens" = 12,
  "scores" = 20, "several hundred" = 100. They are a floor, not an estimate.
* A range's value is its midpoint, with ``low``/``high`` set and ``approximate``: the
  text gives no best estimate, and the midpoint is what UCDP-style "best" would be
  without one. "from 5 to 12" is not a range but two numbers (a toll that rose).
* Bounds ("at least", "more than", "up to", "nearly") are approximate; which side
  they bound is kept in ``bound`` ("min" or "max"), not in ``low``/``high``, which
  are for stated ranges only.
* A fraction or percentage has its share in ``fraction`` and ``value``: it is not a
  count until something says what it is a share of (see extract/figures.py).

One compiled expression scans a text once (``find_numbers``); nothing here knows
what is counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import gt, itemgetter, or_

from claimledger.data.tables import number_qualifiers, number_words
from claimledger.extract.word_openings import folds_plainly, lowered_words, matches_at, opening_words
from claimledger.read.dates import MONTH

# Number words come from data/number_words.tsv, the one table every reader of numbers shares.
_SMALL = number_words("unit", "teen")
_TENS = number_words("tens")
_SCALES = number_words("scale")
# Suffixes and abbreviations of scales as wire copy writes them ("12k", "2bn", "3 mln").
_SCALE_ABBR = number_words("scale_abbr")
_DENOMINATORS = number_words("denominator")
# Vague amounts: the order of magnitude they name.
_VAGUE = number_words("vague")

# Words before a number that hedge it, with which way a bound points, and words that
# belong to the figure's text but do not hedge it (data/number_qualifiers.tsv). Longest
# first in the expression, so "more than" wins over a bare "over".
_APPROX_BEFORE = number_qualifiers("hedge")
_NEUTRAL_BEFORE = tuple(number_qualifiers("neutral"))
# Words after a number, as the expression's "post" group reads them ("200-odd", "40+").
_APPROX_AFTER = {"+": "min", "odd": None, "or so": None, "or more": "min", "plus": "min"}


def _alternation(words: list[str] | set[str] | dict[str, object]) -> str:
    """Longest first, spaces matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_WORD = rf"(?:{_alternation(list(_SMALL) + list(_TENS) + list(_SCALES))})\b"
_WORDNUM = (
    rf"(?:an?\s+(?=(?:{_alternation(_SCALES)})\b))?{_WORD}(?:(?:\s*-\s*|\s+and\s+|\s+){_WORD})*"
)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 4,000 / 1,234.5
    # 12 000, with a space of any width; not "40 155mm howitzers", "30 155 mm shells": a calibre's group
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.A-Za-z]|\s+(?:mm|cm|millimet)\w*\b)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d,])"  # 12.000 (continental thousands)
    r"|\d+(?:\.\d+)?)"
)
# A digit run ends at a boundary, or at a unit written against it ("12km", "155mm").
_DIGIT_END = r"(?!\d|[.,:/]\d)(?:(?=(?:km|kms|m|mi|mm|cm|kg|ft|sq)\b)|(?![A-Za-z_]))"
# A scale after a space is a word or a long abbreviation: "12 k" is no twelve thousand.
_SPACED_SCALES = list(_SCALES) + [w for w in _SCALE_ABBR if len(w) > 1]
_DIGITAL = (
    rf"{_DIGITS}(?:\s*(?:{_alternation(_SCALE_ABBR)})(?![\w])|\s+(?:{_alternation(_SPACED_SCALES)})\b"
    rf"|{_DIGIT_END})"
)
_PERCENT = r"\s*(?:%|per\s*cent\b|percent\b|pc\b)"
_VAGUE_RE = (
    r"(?:(?:several|a\s+few|a\s+couple\s+of|few|many)\s+(?:hundred|thousand|million|dozen)\b"
    rf"|(?:{_alternation(_VAGUE)})(?:\s+of\s+(?:thousands|millions))?\b)"
)
_DOZEN = r"(?:(?:a|one|two|three|four|five|six|half\s+a)\s+dozen\b)"
_FRACTION = (
    r"(?:(?:one|a|two|three|four|five|seven|nine)[\s-]+"
    rf"(?:{_alternation(_DENOMINATORS)})\b|half\b)"
)
# "a quarter of a million", "half a million", "a third of a billion": a count, not a share
_SHARE_OF_SCALE = r"(?:(?:a|one)\s+(?:half|third|quarter)\s+of\s+a|half\s+a)\s+(?:million|billion|thousand)\b"
_ZERO = (
    r"(?:no\s+one\b|nobody\b|zero\b|no\b(?=\s+(?:[a-z]+\s+)?"
    r"(?:casualties|deaths|fatalities|injuries|losses|dead|injured|wounded)\b))"
)
_ATOM = (
    rf"(?:{_DIGITAL}(?:{_PERCENT})?|{_ZERO}|{_VAGUE_RE}|{_DOZEN}|{_SHARE_OF_SCALE}|{_FRACTION}"
    rf"|{_WORDNUM}(?:{_PERCENT})?)"
)
_QUALIFIER = _alternation(list(_APPROX_BEFORE) + list(_NEUTRAL_BEFORE))

# The one pass over a text. The look-behind keeps numbers inside words, decimals,
# clock times, ids, amounts and model names ("F-16", "A-10") out.
_BEFORE = r"(?<![\w.,:/#№$£€¥₴-])"
_EXPRESSION = re.compile(
    rf"""
    {_BEFORE}
    (?P<qual>(?:(?:{_QUALIFIER})\s+)*)
    (?:(?P<between>between|from)\s+)?
    (?P<a>{_ATOM})
    (?:(?P<conn>\s*[-–—]\s*|\s+(?:to|and|or)\s+)(?P<b>{_ATOM}))?
    (?P<post>\s*\+|-odd\b|\s+or\s+(?:so|more)\b|-?\s*plus\b)?
    (?![-–/.]\d)  # "01-10-2014", "27/07/2016": a date, not a range
    """,
    re.IGNORECASE | re.VERBOSE,
)
_ATOM_ONLY = re.compile(rf"\s*{_ATOM}\s*", re.IGNORECASE)
# Where the expression can match: every alternative opens with a digit or a spelled-out
# word, so a match starts at a word the look-behind allows that is a digit run or a word
# the expression can open with (word_openings.opening_words: of the letter runs its source
# spells, those a path of it opens on, "a", "about", "hundreds", not "the" or "of": a superset).
# Trying the expression only there finds what ``finditer`` finds, without its case-blind
# alternations being tried at every other word of the report.
# the characters besides word characters that _BEFORE bars before a number
_BARRED = frozenset(".,:/#№$£€¥₴-")
_SPELLED = opening_words(_EXPRESSION)
_QUAL_WORD = re.compile(rf"(?:{_QUALIFIER})", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """One numeric expression, with offsets into the text it was found in."""

    text: str  # the whole expression, qualifiers included: "around 4,000"
    start: int
    end: int
    value: float
    num_start: int  # the number itself, without qualifiers: "4,000"
    num_end: int
    low: float | None = None  # a stated range: "3,000 to 5,000"
    high: float | None = None
    approximate: bool = False
    vague: bool = False  # "hundreds", "dozens": value is the order of magnitude
    fraction: float | None = None  # "one-third" = 0.3333, "40 percent" = 0.4
    percent: bool = False
    bound: str | None = None  # "min" (at least, more than) or "max" (up to, nearly)
    qualifier: str | None = None  # the hedging words as written, lower-case

    @property
    def is_share(self) -> bool:
        """A fraction or percentage: a share of something, not yet a count."""
        return self.fraction is not None

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


@dataclass(frozen=True)
class _Atom:
    value: float
    start: int  # offsets relative to the atom's text
    end: int
    vague: bool = False
    fraction: bool = False
    percent: bool = False
    approximate: bool = False


def _read_words(words: list[tuple[str, int, int]], i: int) -> tuple[float, int] | None:
    """The longest valid number spelt in words from ``words[i]``: (value, next index)."""
    total, group, last_scale = 0, 0, 10**13
    j, best = i, None
    if words[j][0] in ("a", "an") and j + 1 < len(words) and words[j + 1][0] in _SCALES:
        group, j = 1, j + 1
    while j < len(words):
        w = words[j][0]
        if w == "and":
            # "and" only continues after a scale: "one hundred and twenty", not "five and seven"
            after_scale = (group and group % 100 == 0) or (not group and total)
            nxt = words[j + 1][0] if j + 1 < len(words) else ""
            if not (best and after_scale and (nxt in _SMALL or nxt in _TENS)):
                break
        elif w in _SMALL or w in _TENS:
            v = _SMALL.get(w, _TENS.get(w, 0))
            units = group % 100
            if units and not (units >= 20 and units % 10 == 0 and v < 10):
                break  # "five seven", "twelve three": two numbers
            group += v
        elif w == "hundred":
            if not group or group >= 100:
                break
            group *= 100
        elif w in _SCALES:
            scale = _SCALES[w]
            if scale >= last_scale or not group:
                break
            total, group, last_scale = total + group * scale, 0, scale
        else:
            break
        j += 1
        if w != "and":
            best = (float(total + group), j)
    return best


def _word_segments(text: str) -> list[tuple[float, int, int]]:
    """Number-word runs as (value, start, end): "five and seven" is two numbers,
    "one hundred and twenty" one, and so is "a hundred"."""
    words = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    out: list[tuple[float, int, int]] = []
    i = 0
    while i < len(words):
        found = _read_words(words, i)
        if found is None:
            i += 1
            continue
        value, j = found
        out.append((value, words[i][1], words[j - 1][2]))
        i = j
    return out


def _digits_value(text: str) -> float | None:
    t = text.strip()
    scale = 1.0
    m = re.match(r"^([\d.,\u00a0\u202f\u2009 ]+?)\s*([A-Za-z]+)?$", t)
    if not m:
        return None
    digits, word = re.sub(r"[\s\u00a0\u202f\u2009]", "", m.group(1)), (m.group(2) or "").lower()
    if word:
        if word in _SCALES:
            scale = _SCALES[word]
        elif word in _SCALE_ABBR:
            scale = _SCALE_ABBR[word]
        else:
            return None
    if "," in digits:
        digits = digits.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) and scale == 1.0:
        digits = digits.replace(".", "")  # continental thousands, see the module docstring
    try:
        return float(digits) * scale
    except ValueError:
        return None


# The readings of one matched atom, compiled once (``_atoms`` runs for every number of a report).
_PERCENT_END = re.compile(r"\s*(?:%|per\s*cent|percent|pc)$")
_ZERO_ATOM = re.compile(r"no\s+one|nobody|zero|no")
_VAGUE_OF = re.compile(rf"(?:{_alternation(_VAGUE)})\s+of\s+\w+")
_SOME_SCALE = re.compile(r"(several|a\s+few|a\s+couple\s+of|few|many)\s+(hundred|thousand|million|dozen)")
_SHARE_OF_SCALE_ATOM = re.compile(
    r"(?:(?:a|one)\s+(half|third|quarter)\s+of\s+a|half\s+a)\s+(million|billion|thousand)")
_DOZEN_ATOM = re.compile(r"(a|one|two|three|four|five|six|half\s+a)\s+dozen")
_FRACTION_ATOM = re.compile(rf"(?:(one|a|two|three|four|five|seven|nine)[\s-]+)?({_alternation(_DENOMINATORS)})")


def _atoms(text: str) -> list[_Atom]:
    """The values in one matched atom; more than one when words split ("five and seven")."""
    raw = text
    low = raw.lower().strip()
    lead = len(raw) - len(raw.lstrip())
    percent = False
    full_end = lead + len(low)  # a percent sign belongs to the number's text
    m = _PERCENT_END.search(low)
    if m and m.start() > 0:
        percent = True
        low = low[: m.start()]
    end = lead + len(low)
    if low[:1].isdigit():
        # most atoms are digits ("12", "2,000"): every worded reading below opens on a letter,
        # so none of their patterns is tried first
        value = _digits_value(low)
        if value is None:
            return []
        if percent:
            return [_Atom(round(value / 100, 6), lead, full_end, fraction=True, percent=True)]
        return [_Atom(value, lead, end)]
    if _ZERO_ATOM.fullmatch(low):
        return [_Atom(0.0, lead, end)]
    if low in _VAGUE or _VAGUE_OF.fullmatch(low):
        head, _, tail = low.partition(" of ")
        value = _VAGUE[head.split()[0]] * (_VAGUE[tail.strip()] if tail else 1)
        return [_Atom(float(value), lead, end, vague=True, approximate=True)]
    m = _SOME_SCALE.fullmatch(low)
    if m:
        unit = 12 if m.group(2) == "dozen" else _SCALES[m.group(2)]
        return [_Atom(float(unit), lead, end, vague=True, approximate=True)]
    m = _SHARE_OF_SCALE_ATOM.fullmatch(low)
    if m:
        share = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}[m.group(1) or "half"]
        return [_Atom(round(share * _SCALES[m.group(2)]), lead, end)]
    m = _DOZEN_ATOM.fullmatch(low)
    if m:
        n = 0.5 if m.group(1).startswith("half") else 1 if m.group(1) in ("a", "one") else _SMALL[m.group(1)]
        return [_Atom(12.0 * n, lead, end, approximate=True)]
    m = _FRACTION_ATOM.fullmatch(low)
    if m:
        num = 1 if m.group(1) in (None, "a", "one") else _SMALL[m.group(1)]
        return [_Atom(round(num / _DENOMINATORS[m.group(2)], 4), lead, end, fraction=True)]
    atoms = [_Atom(v, lead + s, lead + e) for v, s, e in _word_segments(low)]
    if percent and len(atoms) == 1:
        a = atoms[0]
        return [_Atom(round(a.value / 100, 6), a.start, full_end, fraction=True, percent=True)]
    return atoms


def _qualifier(text: str) -> tuple[str | None, bool, str | None]:
    """(hedging words as written, approximate?, bound) of the words before a number."""
    found = [m.group().lower() for m in _QUAL_WORD.finditer(text)]
    hedges = [re.sub(r"\s+", " ", q) for q in found if re.sub(r"\s+", " ", q) in _APPROX_BEFORE]
    if not hedges:
        return (" ".join(re.sub(r"\s+", " ", q) for q in found) or None), False, None
    bound = next((_APPROX_BEFORE[h] for h in hedges if _APPROX_BEFORE[h]), None)
    return " ".join(hedges), True, bound


def _post(text: str | None) -> tuple[bool, str | None]:
    if not text:
        return False, None
    key = re.sub(r"[\s-]+", " ", text).strip().lower()  # "-odd" and " odd" alike
    return True, _APPROX_AFTER.get(key)


# A month just before a number makes it a day or a year, not a range's first end:
# "March 21 – Twenty-nine soldiers", "since February 2022 to 719,000".
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s+$", re.I)


# "over" as the particle of a verb before it ("handed over", "took over"), not "more than"
_PARTICLE_OVER = re.compile(r"over\s+", re.I)
_PHRASAL_OVER = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|took|tak(?:e|es|en|ing)|gave|giv(?:e|es|en|ing)"
                           r"|sign(?:s|ed|ing)?)\s+$", re.I)


def _from_match(m: re.Match[str], base: int) -> list[Number]:
    text = m.string
    qual_text = m.group("qual") or ""
    start = m.start()
    over = _PARTICLE_OVER.match(qual_text)
    if over and _PHRASAL_OVER.search(text[max(0, start - 20):start]):
        # "handed over 146 prisoners", "took over 12 villages": the verb's particle, no hedge
        qual_text, start = qual_text[over.end():], start + over.end()
    qualifier, approx, bound = _qualifier(qual_text)
    post_approx, post_bound = _post(m.group("post"))
    approx = approx or post_approx
    bound = bound or post_bound
    a_atoms = _atoms(m.group("a"))
    b_atoms = _atoms(m.group("b")) if m.group("b") else []
    a0 = m.start("a")
    out: list[Number] = []

    def make(
        atom: _Atom,
        offset: int,
        s: int,
        e: int,
        q: str | None,
        apx: bool,
        bd: str | None,
        low: float | None = None,
        high: float | None = None,
        value: float | None = None,
    ) -> Number:
        return Number(
            text=text[s:e],
            start=base + s,
            end=base + e,
            value=atom.value if value is None else value,
            num_start=base + offset + atom.start,
            num_end=base + (e if low is not None else offset + atom.end),
            low=low,
            high=high,
            approximate=apx or atom.approximate or low is not None,
            vague=atom.vague,
            percent=atom.percent,
            fraction=(atom.value if value is None else value) if atom.fraction else None,
            bound=bd,
            qualifier=q,
        )

    conn = (m.group("conn") or "").strip().lower()
    between = (m.group("between") or "").lower()
    if len(a_atoms) == 1 and len(b_atoms) == 1 and b_atoms[0].percent and not a_atoms[0].fraction:
        # "30-40%": the percent sign covers both ends
        a = a_atoms[0]
        a_atoms = [_Atom(round(a.value / 100, 6), a.start, a.end, fraction=True, percent=True)]
    is_range = (
        len(a_atoms) == 1
        and len(b_atoms) == 1
        and not a_atoms[0].vague
        and not b_atoms[0].vague
        and not (between == "from" and conn == "to")
        and (conn != "and" or between == "between")
        and a_atoms[0].value < b_atoms[0].value
        and not _MONTH_BEFORE.search(text[max(0, a0 - 12):a0])
    )
    if is_range:
        a, b = a_atoms[0], b_atoms[0]
        if a.fraction == b.fraction:
            mid = (a.value + b.value) / 2
            out.append(
                make(a, a0, start, m.end(), qualifier, True, bound, low=a.value, high=b.value, value=mid)
            )
            return out
    # Not a range: each atom is its own number; qualifiers go with the first,
    # "or more"/"+" with the last.
    atoms = [(x, a0) for x in a_atoms] + [(x, m.start("b")) for x in b_atoms]
    for k, (atom, offset) in enumerate(atoms):
        first, last = k == 0, k == len(atoms) - 1
        # the qualifiers lead the first number's text; a "from" that made no range does not
        s = start if first and qual_text and not between else offset + atom.start
        e = (m.end() if m.group("post") else offset + atom.end) if last else offset + atom.end
        out.append(
            make(
                atom,
                offset,
                s,
                e,
                qualifier if first else None,
                (approx if first else False) or (post_approx if last else False),
                (bound if first else None) or (post_bound if last else None),
            )
        )
    return out


def find_numbers(text: str) -> list[Number]:
    """Every numeric expression in ``text``, in order, with offsets into it.

    One pass of one compiled expression. Nothing is refused here for what it counts
    (years, clock times and ages are numbers too); extract/figures.py decides that.
    """
    out: list[Number] = []
    if not folds_plainly(text):
        matches: Iterable[re.Match[str]] = _EXPRESSION.finditer(text)
    else:
        words, starts, before = lowered_words(text)
        # a word opening on a digit, or one the expression spells (letters only: never both),
        # that _BEFORE lets open a match: the character before a whole word is no word character
        opens = map(or_, map(str.isdigit, map(itemgetter(0), words)), map(_SPELLED.__contains__, words))
        matches = matches_at(_EXPRESSION, text, compress(starts, map(gt, opens, map(_BARRED.__contains__, before))))
    for m in matches:
        out.extend(_from_match(m, 0))
    return out


def parse(text: str) -> Number | None:
    """The one numeric expression that is all of ``text`` ("around 4,000",
    "between 3,000 and 5,000", "one-third"), or None."""
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    m = _EXPRESSION.fullmatch(stripped)
    if not m:
        return None
    found = _from_match(m, lead)
    return found[0] if len(found) == 1 else None


def parse_number(text: str) -> float | None:
    """The value of one bare number: "4,000", "12k", "1.5 million", "Sixty-two",
    "a hundred", "a dozen", "hundreds" (100), "one-third" (0.3333), "40%" (0.4)."""
    if not _ATOM_ONLY.fullmatch(text):
        return None
    atoms = _atoms(text.strip())
    return atoms[0].value if len(atoms) == 1 else None


def parse_fraction(text: str) -> float | None:
    """The share a fraction or percentage names: "one-third" 0.3333, "a half" 0.5,
    "two-thirds" 0.6667, "40 percent" 0.4, "12.5%" 0.125; None for anything else."""
    if not _ATOM_ONLY.fullmatch(text):
        return None
    atoms = _atoms(text.strip())
    if len(atoms) == 1 and atoms[0].fraction:
        return atoms[0].value
    return None


def format_number(value: float) -> str:
    """A value as news copy writes it: 4000 -> "4,000", 0.5 -> "0.5"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")
