"""Bylines: the one reader of a "By …" line, wherever the reader meets one.

A byline stands on a line of its own under the headline ("By Jane Doe, Associated
Press", "By JANE DOE | Reuters", "By Amina Yusuf, East Africa correspondent, reporting
from Nairobi"), ends a blog's date stamp ("Posted on December 2, 2026 by News Desk") or
opens, in lower case, the line under a headline ("by staff reporters"). All three read
it here, so a byline is told by one rule: "by", then names and credits only, never a
sentence ("By Monday, troops had left." is the story).

Hand-written: a byline is a line-shape question no boilerplate library answers on
plain text. The words a byline may hold beside names (joiners such as "and", "of",
"al"; a writer's role such as "correspondent", "reporting from") are data:
``data/byline_words.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.data import read_table
from claimledger.read.agencies import agencies

# "By Jane Doe, Associated Press" / "By JANE DOE | Reuters": up to the end of the line.
_BY = re.compile(r"(?:[Bb]y|BY)[ \t]+(?P<who>[^\n]{2,120}?)[ \t]*(?=\r?\n|$)")
# "By our correspondent in Ouagadougou", "By a staff reporter", "By staff writers".
_UNNAMED = re.compile(r"(?:our (?:own )?|an? |)(?:staff )?(?:correspondents?|reporters?|writers?"
                      r"|special correspondent)(?: in [A-Z][\w'’ -]{1,40})?")
# Where a byline is expected (after a stamp, on the line under a headline), a short run of
# plain words of any case is one too: "by News desk", "by admin", "by olena kovalchuk".
_PLAIN = re.compile(r"[A-Za-z][\w'’.-]*(?:[ \t]+[A-Za-z][\w'’.-]*){0,4}")
MAX_BYLINE_TOKENS = 14


@dataclass(frozen=True)
class Byline:
    end: int  # where the byline ends (the end of its line)
    who: str  # what follows "by"
    origin: str | None  # the news agency it credits, if it names one


@lru_cache(maxsize=1)
def _byline_words() -> dict[str, frozenset[str]]:
    """``data/byline_words.tsv`` by kind: ``joiner``, ``role`` and ``qualifier``."""
    kinds: dict[str, set[str]] = {}
    for word, kind in read_table("byline_words.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def read_byline(text: str, pos: int = 0, *, expected: bool = False) -> Byline | None:
    """The byline opening ``text`` at ``pos`` and ending its line, or None.

    ``expected`` is for places where a byline is what comes (after a blog's stamp, on the
    line under a headline): there a few plain words of any case also make one.
    """
    m = _BY.match(text, pos)
    if m is None:
        return None
    who = m.group("who")
    if not (_UNNAMED.fullmatch(who) or names_only(who) or (expected and _PLAIN.fullmatch(who))):
        return None
    found = agencies().pattern.search(who)
    return Byline(m.end(), who, agencies().name_of(found.group(1)) if found else None)


def opens_with_by(line: str) -> bool:
    """A line opening on "By" and a word: never a headline, even when what follows is no
    clean byline ("By Jane Doe and the Kyiv bureau staff.")."""
    return re.match(r"[Bb]y\s+\S", line) is not None


def names_only(who: str) -> bool:
    """A byline holds names, credits and the writer's role, not a sentence: "Jane Doe and
    Ali Musa, Reuters" and "Amina Yusuf, East Africa correspondent" pass, "Monday, troops
    had left." fails."""
    tokens = re.findall(r"[^\s,;]+", who)
    if not tokens or len(tokens) > MAX_BYLINE_TOKENS or re.search(r"\w{2,}\.$", who.strip()):
        return False
    words = _byline_words()
    allowed = words["joiner"] | words["role"] | words["qualifier"]
    return all(t[:1].isupper() or t.lower() in allowed for t in tokens)


# "Olena Marchenko, Kharkiv Today editor": a name of two to four capitalised words and a comma.
_SIGNED = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3},[ \t]+(?P<rest>[^\n]{2,100}?)[ \t]*(?=\r?\n|$)")
MAX_SIGNATURE_TOKENS = 10
# "Jonathan Head" over "South East Asia correspondent": the name and the role on two lines, as
# broadcasters' sites print them; the role line must end on a role word ("correspondent", "editor")
_STACKED = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]*\r?\n[ \t]*"
                      r"(?P<rest>[A-Z][^\n,.:;]{1,60}?[ \t](?i:correspondent|editor|reporter|analyst|writer))"
                      r"[ \t]*(?=\r?\n)")


def read_signature(text: str, pos: int = 0) -> Byline | None:
    """A byline without "By": a name, a comma and the writer's role ("Olena Marchenko, Kharkiv
    Today editor", "Amina Yusuf, Sahel correspondent"). The role word is required, so a list
    of names or a place ("Goma, North Kivu") is none."""
    m = _SIGNED.match(text, pos) or _STACKED.match(text, pos)
    if m is None:
        return None
    who = m.group(0).strip()
    tokens = re.findall(r"[^\s,;]+", who)
    if len(tokens) > MAX_SIGNATURE_TOKENS or not names_only(who):
        return None
    if not any(t.lower() in _byline_words()["role"] for t in re.findall(r"[^\s,;]+", m.group("rest"))):
        return None
    found = agencies().pattern.search(who)
    return Byline(m.end(), who, agencies().name_of(found.group(1)) if found else None)


# An unsigned credit on a line of its own, without "By": "Staff Reporter", "Our Correspondent",
# "News Desk", "Web Desk", "Newsroom" (what a site prints where a writer's name would stand).
_STAFF = re.compile(r"(?i:(?:(?:our|a|the)[ \t]+)?(?:(?:staff|special|own|senior)[ \t]+)?(?:reporters?|writers?"
                    r"|correspondents?)|(?:news|web|online|foreign|city|editorial)[ \t]?desk|newsroom"
                    r"|editorial[ \t]+(?:staff|team|board))[ \t]*(?=\r?\n|$)")


def read_staff_credit(text: str, pos: int = 0) -> Byline | None:
    """An unsigned staff credit standing alone on the line opening ``text`` at ``pos``, or None."""
    m = _STAFF.match(text, pos)
    return Byline(m.end(), m.group(0).strip(), None) if m else None


# A writer's name with where they file from or when they wrote, on a line of its own under the
# headline: "Nadia Haddad in Beirut", "Jane Doe in Goma and Ali Musa in Kinshasa", a live blog's
# "Jane Doe (now) and Ali Musa (earlier)". Two to four capitalised words make a name.
_WRITER = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}"
_WHERE_OR_WHEN = r"(?:[ \t]+in[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}|[ \t]*\((?:now|earlier|later)\))"
_LOCATED = re.compile(rf"{_WRITER}{_WHERE_OR_WHEN}(?:(?:,|[ \t]+and|[ \t]*&)[ \t]+{_WRITER}{_WHERE_OR_WHEN})*"
                      r"[ \t]*(?=\r?\n)")


def read_located_credit(text: str, pos: int = 0) -> Byline | None:
    """A writer's name with the city they file from or a live blog's turn ("(now)", "(earlier)"),
    standing alone on the line opening ``text`` at ``pos`` and followed by more text; or None."""
    m = _LOCATED.match(text, pos)
    if m is None or not text[m.end():].strip():
        return None
    return Byline(m.end(), m.group(0).strip(), None)
