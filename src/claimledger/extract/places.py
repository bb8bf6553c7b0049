"""Places a report mentions, resolved against the gazetteer.

The small spaCy model is a poor geotagger: it labels "Kursk" PRODUCT, "Khan Younis"
PERSON, misses towns, and calls "Ukrainian" a place. So the text itself is matched
against the gazetteer (runs of capitalised tokens, with the particles and hyphens of
Arabic-style names: "Deir ez-Zor", "al-Amarneh"), and NER labels are one signal
among several: population, the countries the report is about, designators ("the
town of X", "X province") and locative prepositions ("in X", "near X").

A name is not a place when it is part of a person's name ("Kim", "Putin"), a
demonym, a date word, a media outlet ("Kyiv Independent"), or a common word that
happens to name a town ("Police", "Most").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimledger.data.tables import country_aliases
from claimledger.extract.context import context_of
from claimledger.extract.cues import cues_with
from claimledger.extract.gazetteer import (
    ALTERNATE,
    NEVER_PLACES,
    PRIMARY,
    STRIPPED,
    Entry,
    Gazetteer,
    Hit,
    compact,
    distance_km,
    fold,
    gazetteer,
)
from claimledger.model import Place

MAX_TOKENS = 8  # "Democratic People's Republic of Korea" is six


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words that may sit inside a place name.
PARTICLES = _words("""
al el ad ar as ash at az an ed es ez en ul ibn bin bani beni abu um umm
de del della di da do dos das du des la le les van von der den of the and upon on sur am im
au aux en y
""")
# Articles that may open a name when a hyphen follows: "al-Bab", "el-Fasher".
OPENING_PARTICLES = _words("al el ad ar as ash at az an ed es ez en")
HYPHENS = frozenset("-‐‑–")

# "X region", "the province of X": the admin1 area named after X.
REGION_WORDS = _words("""
region oblast province governorate krai state countryside prefecture department
""")
# "X city", "the town of X": a settlement (the designator vouches for it).
SETTLEMENT_WORDS = _words("""
city town village hamlet settlement suburb neighbourhood neighborhood district camp
municipality locality
""")
SETTLEMENT_LISTS = _words("""
villages towns cities hamlets settlements suburbs neighbourhoods neighborhoods districts camps
outskirts
""")
DIRECTION_ADJECTIVES = _words("""
northern southern eastern western northeastern northwestern southeastern southwestern
north south east west central rural greater
""")
LOCATIVE = _words("""
in near outside around from to toward towards into at across through inside within
between via off beyond past on
""")
COMPASS = _words("north south east west northeast northwest southeast southwest")
# Titles before a name make it a person: "President Kim", "General Gao".
TITLES = _words("""
mr mrs ms dr president gen general col colonel lt lieutenant maj major capt captain sgt
sheriff officer detective coach rev reverend father sister brother
minister commander sheikh king prince princess emir sen senator rep governor mayor
spokesman spokeswoman spokesperson chief pope saint st imam ayatollah judge
""")
# Words after a place name that make it the name of a media outlet.
MEDIA_WORDS = _words("""
times post independent herald tribune journal telegraph gazette daily today pravda news
radio tv television broadcasting press insider review standard observer mirror examiner
chronicle dispatch courier guardian monitor
""")
MEDIA_BEFORE = ("times of", "voice of", "radio free", "radio")
# Words after a name that make it a disease ("West Nile virus") or a speaker ("Lincoln said").
DISEASE_WORDS = _words("virus viruses fever flu influenza disease encephalitis")
# Words after a town's name that make an organisation the town's own public body.
LOCAL_BODIES = _words("""
police fire city county town village council sheriff mayor municipal public township borough
schools school board commission commissioners court utilities library parks
""")
# Place words that, written alone, are usually something else in news copy; they
# count only with NER's word, not at the start of a sentence.
SOFT_WORDS = _words("""
nice reading bath split mobile sale hope victoria independence liberty union concord eid
""")

DEMONYM_ENDING = re.compile(r"(?:ian|ians|ean|eans|ese|ish|i|is|an|ans|ic|ch|ks|ek|eks|ot|ots|er|ers)$")

# Other names of countries that reports use as names of their own; the record keeps
# them as written ("Britain"), while "America" or "U.S." become "United States".
FULL_NAME_ALIASES = tuple(country_aliases("full_name"))

# When a token looks capitalised: real words, abbreviations such as "U.S.".
_WORDLIKE = re.compile(r"[A-Za-zÀ-ɏ]")


@dataclass
class Match:
    """A gazetteer hit on a run of tokens, before it is accepted."""

    start: int  # token indices [start, end)
    end: int
    hits: list[Hit]
    text: str
    span: tuple[int, int]  # character span of the mention (with a designator, if any)
    region_word: str | None = None  # "region", "oblast", …
    settlement_word: str | None = None  # "town", "village", …
    chosen: Hit | None = None
    region: Entry | None = None  # the admin1 area, when a region word names it
    score: float = 0.0
    abbreviation: bool = False  # a state written as news copy abbreviates it ("Ga.", "W.Va.")


@dataclass
class _Found:
    entry: Entry
    name: str
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _is_cap(tok: Token) -> bool:
    text = tok.text
    if text[:2].lower() in ("d'", "d’", "l'", "l’") and text[2:3].isupper():
        return True  # "Côte d'Ivoire"
    return bool(text[:1].isupper() and _WORDLIKE.search(text))


class _Doc:
    """A Doc with its tokens, entities and text read once.

    spaCy rebuilds ``Doc.text`` and ``Doc.ents`` and makes a new Token object on every
    access; the scan looks at each token many times, so reading them once keeps a
    1,000-word report within a few milliseconds.
    """

    def __init__(self, doc: Doc) -> None:
        ctx = context_of(doc)
        self.doc = doc
        self.text = ctx.text
        self.tokens = list(doc)
        self.ents = ctx.ents
        self.cap = [_is_cap(t) for t in self.tokens]
        self.lower = [t.lower_ for t in self.tokens]
        letters = [c for c in self.text[:5000] if c.isalpha()]
        # Wire copy in capitals ("UKRAINE SAYS RUSSIA SHELLED SUMY"): case tells nothing.
        self.shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
        self.ent_at: list[Span | None] = [None] * len(self.tokens)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i]

    def span(self, start: int, end: int) -> Span:
        return self.doc[start:end]


def _name_piece(doc: _Doc, i: int) -> bool:
    """Whether a token may continue a place name."""
    return doc.cap[i] or doc.lower[i] in PARTICLES or doc.lower[i] in HYPHENS


def _can_start(doc: _Doc, i: int) -> bool:
    if doc.cap[i]:
        return True
    # "al-Amarneh": an article, a hyphen glued to it, then a capitalised word.
    return (doc.lower[i] in OPENING_PARTICLES and i + 2 < len(doc) and doc.lower[i + 1] in HYPHENS
            and not doc[i].whitespace_ and doc.cap[i + 2])


def _scan(doc: _Doc, gaz: Gazetteer) -> list[Match]:
    """Longest gazetteer names over runs of capitalised tokens, left to right."""
    matches: list[Match] = []
    n = len(doc)
    full = doc.text
    i = 0
    while i < n:
        if not _can_start(doc, i):
            i += 1
            continue
        abbreviation = _abbreviation_at(doc, i, gaz)
        if abbreviation is not None:
            matches.append(abbreviation)
            i = abbreviation.end
            continue
        # The run of tokens that may belong to one name.
        j = i + 1
        while j < n and j - i < MAX_TOKENS and _name_piece(doc, j):
            j += 1
        found: Match | None = None
        for end in range(j, i, -1):
            if not doc.cap[end - 1]:  # a name ends on a capitalised word
                continue
            start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
            text = full[start_char:end_char]
            hits = gaz.lookup(text)
            if not hits and end == i + 1:
                hits = _possessive_country(gaz, text)
            if hits:
                found = Match(i, end, hits, text, (start_char, end_char))
                break
        if found is None and "-" in doc[i].text:
            found = _hyphen_prefix(doc, i, gaz)  # "U.S.-backed" is one token
        if found is None:
            i += 1
            continue
        matches.append(found)
        i = found.end
    return matches


def _abbreviation_at(doc: _Doc, i: int, gaz: Gazetteer) -> Match | None:
    """A state abbreviation starting at token i: "Ga.", "W. Va." (two tokens), "Calif" with
    its period split off. Only short tokens are tried, so this costs almost nothing."""
    n = len(doc)
    if len(doc[i].text) > 6:
        return None
    for end in range(min(i + 3, n), i, -1):
        if any(len(doc[k].text) > 6 or (k > i and doc[k - 1].whitespace_ and doc[k].text == ".")
               for k in range(i, end)):
            continue
        start_char = doc[i].idx
        end_char = doc[end - 1].idx + len(doc[end - 1].text)
        glued_dot = end < n and doc[end].text == "." and not doc[end - 1].whitespace_
        for stop in ((end_char + 1, end_char) if glued_dot else (end_char,)):
            text = doc.text[start_char:stop]
            hit = gaz.abbreviation(text)
            if hit is not None:
                return Match(i, end, [hit], text, (start_char, stop), abbreviation=True)
    return None


ATTRIBUTE_SUFFIXES = _words("""
led backed brokered sponsored allied aligned funded supported armed trained made supplied
financed affiliated linked
""")


def _attribute_suffix(doc: _Doc, m: Match) -> bool:
    """Whether the match is the first half of "X-led", "X-backed" and the like."""
    last = doc[m.end - 1].text
    if "-" in last and last.rsplit("-", 1)[1].lower() in ATTRIBUTE_SUFFIXES:
        return True  # one token: "U.S.-led"
    return (m.end + 1 < len(doc) and doc.lower[m.end] in HYPHENS and not doc[m.end - 1].whitespace_
            and doc.lower[m.end + 1] in ATTRIBUTE_SUFFIXES)


def _hyphen_prefix(doc: _Doc, i: int, gaz: Gazetteer) -> Match | None:
    """A country written before a hyphen inside one token: "U.S.-backed"."""
    tok = doc[i]
    prefix = tok.text.split("-", 1)[0]
    hits = [h for h in gaz.lookup(prefix) if h.entry.kind == "country"] if prefix else []
    if not hits:
        return None
    return Match(i, i + 1, hits, prefix, (tok.idx, tok.idx + len(prefix)))


def _possessive_country(gaz: Gazetteer, text: str) -> list[Hit]:
    """ "Syrias", an apostrophe-less possessive in scraped copy, is Syria."""
    if len(text) > 4 and text.endswith("s") and not text.isupper():
        return [h for h in gaz.lookup(text[:-1]) if h.entry.kind == "country"]
    return []


# ---------------------------------------------------------------------- context
@dataclass
class _Context:
    doc: _Doc
    person_parts: set[str]
    demonyms: dict[str, str]


def _context(doc: _Doc, gaz: Gazetteer) -> _Context:
    parts: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        # "Khan Younis" tagged PERSON is a town, not a name to learn parts from.
        if any(h.entry.kind != "region" for h in gaz.lookup(ent.text)):
            continue
        parts.update(t.text for t in ent if _is_cap(t) and t.lower_ not in TITLES)
    return _Context(doc, parts, gaz.demonyms)


def _entity(doc: _Doc, m: Match) -> Span | None:
    """The named entity that overlaps the match, if any."""
    for i in range(m.start, m.end):
        if doc.ent_at[i] is not None:
            return doc.ent_at[i]
    return None


def _after_locative(doc: _Doc, i: int) -> bool:
    prev = _prev_word(doc, i)
    return prev is not None and prev.lower_ in LOCATIVE


def _prev_word(doc: _Doc, i: int, skip_the: bool = True) -> Token | None:
    j = i - 1
    if skip_the and j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return doc[j] if j >= 0 else None


def _designators(doc: _Doc, m: Match) -> None:
    """Region and settlement words around a match; they widen its mention span."""
    n = len(doc)
    # After: "Kursk region", "Idlib's western countryside", "Homs city".
    k = m.end
    if k < n and doc[k].lower_ in ("'s", "’s"):
        k += 1
    if k < n and doc[k].lower_ in DIRECTION_ADJECTIVES and k + 1 < n and doc[k + 1].lower_ == "countryside":
        k += 1
    if k < n:
        word = doc[k].lower_
        if word in REGION_WORDS:
            m.region_word = doc[k].text
            m.span = (m.span[0], doc[k].idx + len(doc[k].text))
            return
        if word in SETTLEMENT_WORDS:
            m.settlement_word = doc[k].text
            return
    # Before: "the province of Idlib", "the town of Manbij".
    if m.start >= 2 and doc[m.start - 1].lower_ == "of":
        word = doc[m.start - 2].lower_
        if word in REGION_WORDS and word not in ("countryside", "state"):
            m.region_word = doc[m.start - 2].text
            m.span = (doc[m.start - 2].idx, m.span[1])
        elif word in SETTLEMENT_WORDS or word in SETTLEMENT_LISTS:
            m.settlement_word = doc[m.start - 2].text
        return
    # Appositive: "Jeb el-Kussa, a village south of Jarabulus".
    k = m.end
    while k < n and doc[k].is_punct and doc[k].text not in ".!?":
        k += 1
    if k + 1 < n and doc[k].lower_ in ("a", "the"):
        k += 1
        if k + 1 < n and doc[k].lower_ not in SETTLEMENT_WORDS and doc[k].pos_ == "ADJ":
            k += 1
        if k < n and doc[k].lower_ in SETTLEMENT_WORDS:
            m.settlement_word = doc[k].text


# ---------------------------------------------------------------------- ranking
State = tuple[str | None, str | None]  # (country, admin1)


@dataclass
class _Setting:
    """What the report as a whole says about where it is, for choosing among namesakes."""

    focus: set[str]
    anchors: list[tuple[float, float]] = field(default_factory=list)
    # (country, admin1) areas the report names ("Ga.", "Kentucky", "Laurel County"):
    # local news names its own state's towns.
    states: set[State] = field(default_factory=set)
    # Areas that hold the report's unambiguous places: weaker evidence.
    near_states: set[State] = field(default_factory=set)
    # Country -> the names that show the report is about it ("Georgian", "Tbilisi").
    evidence: dict[str, set[str]] = field(default_factory=dict)


def _rank(hit: Hit, focus: set[str], anchors: list[tuple[float, float]] | None = None,
          states: set[State] | None = None, near_states: set[State] | None = None) -> float:
    e = hit.entry
    if e.kind == "country":
        return 100.0
    # An admin1 area has no population here; it counts as a big place ("Ontario" is
    # the province before the Californian city). A namesake city inside it is
    # preferred in _choose ("Kursk", "Aleppo").
    r = math.log10(max(e.population, 1_000_000 if e.kind == "region" else 1000))
    if e.country in focus:
        r += 1.5
    r += {PRIMARY: 1.5, ALTERNATE: 0.75}.get(hit.quality, 0.0)
    if e.kind in ("region", "other") and e.admin1 is None:
        r += 4  # curated news regions: "the Donbas", "Darfur"
    if anchors and e.lat is not None and e.lon is not None and any(
            abs(e.lat - a) < 3 and abs(e.lon - b) < 4 and distance_km(e.lat, e.lon, a, b) < 250
            for a, b in anchors):
        r += 1.0  # near the report's other, unambiguous places
    if states and e.admin1 is not None and (e.country, e.admin1) in states:
        # In a state the report names: "Gainesville" in a story that names Hall County
        # is the Georgian town, not the bigger Floridian one.
        r += 3
    elif near_states and e.admin1 is not None and (e.country, e.admin1) in near_states:
        r += 1
    return r


def _choose(m: Match, setting: _Setting, near: State | None = None) -> Hit:
    hits = m.hits
    if near and near[1]:
        same = [h for h in hits if (h.entry.country, h.entry.admin1) == near]
        hits = same or hits
    if near and near[0]:
        same = [h for h in hits if h.entry.country == near[0]]
        hits = same or hits
    focus, anchors, states = setting.focus, setting.anchors, setting.states

    def rank(h: Hit) -> float:
        return _rank(h, focus, anchors, states, setting.near_states)

    best = max(hits, key=rank)
    around = states | setting.near_states
    if best.entry.kind == "country" and around:
        # "Georgia" or "Lebanon" in a story set in a state with a place of that name
        # is that place, unless something else in the story points to the country.
        local = [h for h in hits if h.entry.kind != "country" and (h.entry.country, h.entry.admin1) in around]
        others = setting.evidence.get(best.entry.country or "", set()) - {compact(m.text)}
        if local and not others:
            best = max(local, key=rank)
    if best.entry.kind == "region" and best.entry.admin1 is not None:
        # A bare "Idlib" or "Kursk" is the city the area is named after.
        for h in hits:
            if (h.entry.kind == "city" and h.entry.country == best.entry.country
                    and h.entry.admin1 == best.entry.admin1 and h.quality <= ALTERNATE):
                return h
    return best


def _anchors(accepted: list[Match], focus: set[str]) -> list[tuple[float, float]]:
    """Where the report's unambiguous places are: a town or area with no rival
    reading of its name close in rank."""
    points: list[tuple[float, float]] = []
    for m in accepted:
        e = m.chosen.entry if m.chosen else None
        if e is None or e.kind not in ("city", "region") or e.lat is None or e.lon is None:
            continue
        ranks = sorted((_rank(h, focus) for h in m.hits), reverse=True)
        if len(ranks) == 1 or ranks[0] - ranks[1] >= 1.5:
            points.append((e.lat, e.lon))
    return points


def _named_states(accepted: list[Match]) -> set[State]:
    """The admin1 areas a report names itself: abbreviated states ("Ga."), state or
    county names that can be only one area ("Kentucky", "Laurel County"), and areas
    that two names can both be ("Hall County" and "Georgia": Georgia, not Nebraska)."""
    states: set[State] = set()
    support: dict[State, set[str]] = {}
    for m in accepted:
        e = m.chosen.entry if m.chosen else None
        if e is None:
            continue
        areas = {(h.entry.country, h.entry.admin1) for h in m.hits
                 if h.entry.kind == "region" and h.entry.admin1 is not None}
        if m.abbreviation:
            areas = {(e.country, e.admin1)}
        if m.abbreviation or (e.kind == "region" and e.admin1 is not None and len(areas) == 1
                              and not any(h.entry.kind == "country" for h in m.hits)):
            states.add((e.country, e.admin1))
        for area in areas:
            support.setdefault(area, set()).add(compact(m.text))
    return states | {area for area, names in support.items() if len(names) >= 2}


def _local_namesake(m: Match, states: set[State], country: str | None) -> bool:
    """Whether a name has a reading inside one of the states the report names, in
    another country ("London" in a story that names Laurel County, Kentucky)."""
    return any(h.entry.kind != "country" and h.entry.country != country
               and (h.entry.country, h.entry.admin1) in states for h in m.hits)


def _following_area(doc: _Doc, m: Match, gaz: Gazetteer) -> State | None:
    """ "Hodeidah, Yemen", "Alexandria, La.", "Dublin, Ohio": the country or state named
    right after a place, as in datelines."""
    k = m.end
    if k + 1 < len(doc) and doc[k].text == ",":
        abbreviation = _abbreviation_at(doc, k + 1, gaz) if doc.cap[k + 1] else None
        if abbreviation is not None:
            e = abbreviation.hits[0].entry
            return (e.country, e.admin1)
        for end in range(min(k + 5, len(doc)), k + 1, -1):
            text = doc.span(k + 1, end).text
            hits = gaz.lookup(text)
            countries = [h for h in hits if h.entry.kind == "country"]
            if countries:
                return (countries[0].entry.country, None)
            regions = [h.entry for h in hits if h.entry.kind == "region" and h.entry.admin1 is not None
                       and h.quality <= ALTERNATE]
            if len(regions) == 1:
                return (regions[0].country, regions[0].admin1)
    return None


# ---------------------------------------------------------------------- filters
def _rejected(doc: _Doc, m: Match, ctx: _Context, ent: Span | None, covered: set[int]) -> bool:
    """Names that are not places here, whatever the gazetteer says.

    ``covered`` holds the tokens of all gazetteer matches, so that an entity made of
    place names ("Syrias Hama" tagged PERSON) is not taken for a person.
    """
    if m.abbreviation:
        return False  # "Ga." with its period is the state, whatever NER says
    first = doc[m.start]
    low = m.text.lower()
    single = m.end - m.start == 1
    top_kind = any(h.entry.kind == "country" for h in m.hits)
    designated = bool(m.region_word or m.settlement_word)
    # An article alone is the start of a name the gazetteer lacks ("Ash Shairat"),
    # not the Czech town of Ash.
    if single and low in OPENING_PARTICLES | {"the", "la", "le", "los", "las", "el"}:
        return True
    # Demonyms: "Ukrainian", "North Korean". NER's NORP alone is not enough: it
    # also tags towns ("Izraa"), so the word must look like a demonym too.
    if low in ctx.demonyms:
        return True
    if (single and ent is not None and ent.label_ == "NORP" and not top_kind and not designated
            and DEMONYM_ENDING.search(low) and not _after_locative(doc, m.start)):
        return True  # but "in Omdurman" is a place, whatever its ending
    if ent is not None and all(i in covered for i in range(ent.start, ent.end)):
        ent = None  # the entity is just place names, whatever its label
    # Acronyms: "SDF", "RSF", "UN" are organisations; only country codes ("US",
    # "UK", "UAE") and datelines ("HAMA, Syria") stand for places.
    if single and first.text.isupper() and len(first.text) > 1 and not top_kind and not doc.shouting:
        dateline = m.end < len(doc) and doc[m.end].text in (",", "-", "—", ":") and (
            m.start == 0 or "\n" in doc[m.start - 1].text_with_ws)
        if len(first.text) <= 4 and not dateline:
            return True
    # Parts of a person's name: "Kim", "Putin" after "Vladimir Putin".
    if (ent is not None and ent.label_ == "PERSON" and not designated
            and (ent.start < m.start or ent.end > m.end)):
        return True  # "Michael Jordan", "Kim Jong Un"
    if single and first.text in ctx.person_parts and not top_kind and not designated:
        return True
    prev = _prev_word(doc, m.start, skip_the=False)
    if prev is not None and prev.lower_.rstrip(".") in TITLES:  # also "Minister Israel Katz"
        return True
    # An actor's attribute, not a place: "U.S.-led coalition", "Iran-backed militias"
    # ("a London-based monitor" still places the monitor).
    if _attribute_suffix(doc, m):
        return True
    # A disease named after a place is no place: "West Nile virus", "Marburg fever".
    if m.end < len(doc) and doc.lower[m.end] in DISEASE_WORDS and not top_kind:
        return True
    # A town that speaks is a person or a company: "Lincoln said", "Toyota says"; only a
    # capital or a metropolis speaks for its government ("Moscow said").
    # Only as the verb's subject: in comma-less copy "south of Jarabulus said Rami …" the
    # town is the object of "of" and the speaker comes after the verb.
    if (m.end < len(doc) and doc[m.end].lemma_ in cues_with("speaks") and not top_kind and not designated
            and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "compound")
            and all(h.entry.kind == "city" for h in m.hits) and (
                all(h.entry.population < 100_000 for h in m.hits)
                or (ent is not None and ent.label_ == "PERSON" and ent.start == m.start and ent.end == m.end))):
        return True
    # Media outlets: "Kyiv Independent", "Moscow Times", "Times of Israel".
    if m.end < len(doc) and doc[m.end].lower_ in MEDIA_WORDS and _is_cap(doc[m.end]):
        return True
    before = doc.span(max(0, m.start - 3), m.start).text.lower()
    if any(before.endswith(b) for b in MEDIA_BEFORE):
        return True
    # A place name inside a longer organisation name counts only if it is big:
    # "Aleppo University" is in Aleppo, "Hayat Tahrir al-Sham" is not in "Sham".
    if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT") and (
            ent.start < m.start or ent.end > m.end):
        big = any(h.entry.kind in ("country", "region") or h.entry.population >= 100_000 for h in m.hits)
        # A town's own public bodies are named after it and sit in it: "the Torrington
        # Fire Department", "Alexandria police", "Athens City Council".
        local_body = ent.start <= m.start and m.end < len(doc) and doc.lower[m.end] in LOCAL_BODIES
        if not big and not local_body:
            return True
    return False


def _score(doc: _Doc, m: Match, hit: Hit, ent: Span | None, focus: set[str],
           listed: set[int] | None = None) -> float:
    """How sure we are that a city or admin1 name is meant as a place here."""
    e = hit.entry
    first = doc[m.start]
    single = m.end - m.start == 1
    s = 0.0
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        s += 2
    if m.region_word or m.settlement_word:
        s += 3
    elif (ent is not None and ent.label_ == "ORG" and ent.start <= m.start and m.end < len(doc)
          and doc.lower[m.end] in LOCAL_BODIES):
        s += 2  # "the Torrington Fire Department": a town's own body vouches for the town
    elif (m.text.isupper() and m.end < len(doc) and doc[m.end].text in (",", ":", "-", "—")
          and (m.start == 0 or "\n" in doc[m.start - 1].text_with_ws)):
        s += 3  # a dateline: "BEIRUT: ...", "HAMA, Syria -"
    if e.kind == "region":
        s += 1  # an admin1 name is rarely anything else
    prev = _prev_word(doc, m.start)
    if prev is not None and (prev.lower_ in LOCATIVE or (
            prev.lower_ == "of" and prev.i >= 1 and doc[prev.i - 1].lower_ in COMPASS)):
        s += 1
    elif listed and _list_start(doc, m.start) in listed:
        s += 1  # "in Marinka, Kurakhove and Velyka Novosilka"
    if e.population >= 1_000_000:
        s += 3
    elif e.population >= 100_000:
        s += 2
    elif e.population >= 15_000:
        s += 1
    if e.country in focus:
        s += 1
    if not single:
        s += 1
    if hit.quality == STRIPPED:
        s -= 1
    if single and first.pos_ != "PROPN" and (ent is None or ent.label_ not in ("GPE", "LOC", "FAC")):
        s -= 2
    if first.is_sent_start and single and ent is None:
        s -= 1
    if single and compact(m.text) in SOFT_WORDS and (ent is None or ent.label_ not in ("GPE", "LOC")):
        s -= 3
    if (single and ent is not None and ent.label_ in ("ORG", "PERSON", "NORP") and ent.start == m.start
            and ent.end == m.end and e.population < 50_000 and not m.settlement_word):
        s -= 1  # "Google", "Franklin": NER's word against a small namesake
    return s


def _strongly_covered(matches: list[Match]) -> set[int]:
    """Tokens of matches that are surely places (countries, regions, big cities): an
    entity made only of these ("Syrias Hama" tagged PERSON) is no person, while
    "Chad Bianco" is one, Bianco being a small town."""
    strong: set[int] = set()
    for m in matches:
        if any(h.entry.kind != "city" or h.entry.population >= 100_000 for h in m.hits):
            strong.update(range(m.start, m.end))
    return strong


def _list_start(doc: _Doc, i: int) -> int:
    """Where the item before a list item ends: "X, Y", "X and Y", "X, and Y"."""
    j = i
    while j > 0 and i - j < 2 and doc[j - 1].lower_ in (",", "and", "or"):
        j -= 1
    return j if j < i else -1


# ---------------------------------------------------------------------- focus
def focus_countries(doc: Doc | _Doc, matches: list[Match] | None = None) -> set[str]:
    """The countries a report is about: those it names, those whose demonyms it
    uses, and those of big cities that have no namesake of comparable size."""
    return set(_focus_evidence(doc, matches))


def _focus_evidence(doc: Doc | _Doc, matches: list[Match] | None = None) -> dict[str, set[str]]:
    """:func:`focus_countries` with, for each country, the names (lookup keys) that
    point to it, so that a name can be weighed against the rest of the report."""
    gaz = gazetteer()
    if not isinstance(doc, _Doc):
        doc = _Doc(doc)
    if matches is None:
        matches = _scan(doc, gaz)
    ctx = _context(doc, gaz)
    covered = _strongly_covered(matches)
    evidence: dict[str, set[str]] = {}

    def add(country: str | None, name: str) -> None:
        if country:
            evidence.setdefault(country, set()).add(name)

    for m in matches:
        ent = _entity(doc, m)
        if m.abbreviation or _rejected(doc, m, ctx, ent, covered):
            continue
        key = compact(m.text)
        countries = [h.entry for h in m.hits if h.entry.kind == "country"]
        if countries:
            add(countries[0].country, key)
            continue
        # A big city by its own name ("Aleppo", not "Antioquia" for Antakya), with no
        # namesake of comparable size and no admin1 area of that name elsewhere.
        cities = sorted((h for h in m.hits if h.entry.kind == "city"), key=lambda h: -h.entry.population)
        if cities and cities[0].quality == PRIMARY and cities[0].entry.population >= 100_000 and (
                len(cities) == 1 or cities[1].entry.population * 10 < cities[0].entry.population) and not any(
                h.entry.kind == "region" and h.entry.country != cities[0].entry.country for h in m.hits):
            add(cities[0].entry.country, key)
        curated = [h.entry for h in m.hits if h.entry.kind in ("region", "other") and h.entry.admin1 is None]
        if curated and curated[0].country:
            add(curated[0].country, key)
    lower = doc.lower
    for i, low in enumerate(lower):
        side = ctx.demonyms.get(low)
        if side is None and i + 1 < len(lower):
            side = ctx.demonyms.get(f"{low} {lower[i + 1]}")
        if side is None and doc.ent_at[i] is not None and doc.ent_at[i].label_ == "NORP":
            side = _demonym_country(gaz, doc[i].text)
        if side:
            add(side, "demonym:" + low)
    evidence.pop("", None)
    return evidence


# Demonym endings and what the country's name ends with instead: "Georgian" ->
# "Georgia", "Sudanese" -> "Sudan", "Iraqi" -> "Iraq", "Egyptian" -> "Egypt".
_DEMONYM_STEMS = (("ians", ""), ("ians", "ia"), ("ans", "a"), ("ese", ""), ("ian", ""), ("ian", "ia"),
                  ("an", "a"), ("n", ""), ("is", ""), ("i", ""), ("ese", "a"), ("ish", ""))


@lru_cache(maxsize=4096)
def _demonym_country(gaz: Gazetteer, word: str) -> str | None:
    """The country a demonym NER tagged NORP names, from the country's own name."""
    if len(word) < 5 or not word[:1].isupper():
        return None
    low = word.lower()
    for ending, replacement in _DEMONYM_STEMS:
        if low.endswith(ending):
            stem = word[: -len(ending)] + replacement
            countries = [h.entry.country for h in gaz.lookup(stem) if h.entry.kind == "country"]
            if countries:
                return countries[0]
    return None


# ---------------------------------------------------------------------- main
def find_places(doc: Doc, focus: set[str] | None = None) -> list[Place]:
    """Distinct places the text mentions, each with all its mention spans.

    ``focus`` is the set of ISO2 countries the report is about; when None it is
    computed from the text (:func:`focus_countries`). Candidates in focus countries
    are preferred, then bigger places; a big city beats small namesakes anywhere.
    """
    gaz = gazetteer()
    d = _Doc(doc)
    report = context_of(doc)
    # names in captions, footers, navigation and related headlines are not the story's
    matches = [m for m in _scan(d, gaz) if not report.off_page_place(*m.span)]
    evidence = _focus_evidence(d, matches)
    ctx = _context(d, gaz)
    covered = _strongly_covered(matches)
    titles = _title_case_sentences(d)
    candidates: list[tuple[Match, Span | None]] = []
    for m in matches:
        ent = _entity(d, m)
        if ent is not None and ent.sent.start in titles and ent.label_ not in ("GPE", "LOC", "FAC"):
            ent = None  # NER reads a title-case headline as one long name
        _designators(d, m)
        if _rejected(d, m, ctx, ent, covered):
            continue
        if ent is not None and ent.label_ not in ("GPE", "LOC", "FAC") and all(
                i in covered for i in range(ent.start, ent.end)):
            ent = None
        candidates.append((m, ent))
    given = focus is not None
    if focus is None:
        focus = set(evidence)
    accepted = _accept(d, gaz, candidates, _Setting(focus, evidence=evidence), set())
    # Towns the first pass accepted tell which countries and states the report is about
    # ("Marinka, Kurakhove and Velyka Novosilka"): a second pass uses them. A name with
    # a namesake in a state the report names tells nothing about its famous namesake's
    # country: "London" in a story about Laurel County, Kentucky.
    states = _named_states(accepted)
    if states:
        # name -> the countries of its readings inside named states
        local: dict[str, set[str | None]] = {}
        for m, _ in candidates:
            for h in m.hits:
                if h.entry.kind != "country" and (h.entry.country, h.entry.admin1) in states:
                    local.setdefault(compact(m.text), set()).add(h.entry.country)
        evidence = {cc: kept for cc, names in evidence.items()
                    if (kept := {n for n in names if n not in local or cc in local[n]})}
        if not given:
            focus = set(evidence)
    more = {m.chosen.entry.country for m in accepted if m.chosen and m.chosen.entry.country
            and not _local_namesake(m, states, m.chosen.entry.country)} - focus
    anchors = _anchors(accepted, focus)
    near_states = {(m.chosen.entry.country, m.chosen.entry.admin1) for m in accepted
                   if m.chosen and m.chosen.entry.admin1 is not None and m.chosen.entry.lat is not None
                   and (m.chosen.entry.lat, m.chosen.entry.lon) in anchors}
    if more or anchors or states or len(accepted) < len(candidates):
        setting = _Setting(focus | more, anchors, states, near_states, evidence)
        accepted = _accept(d, gaz, candidates, setting, {m.end for m in accepted})
    accepted = [m for m in accepted if not _cut_short(d, m, focus)]
    accepted += [m for m in _unresolved(d, accepted) if not report.off_page_place(*m.span)]
    return _fold(d, accepted, gaz)


def _name_run_end(doc: _Doc, start: int) -> int:
    """Where a written name starting at ``start`` ends: capitalised words, Arabic
    articles and hyphens ("Maarat al-Numan", "Tal Hamis"), but not "and" or "of"."""
    n = len(doc)
    k = start + 1
    while k < n and k - start < MAX_TOKENS and (doc.cap[k] or doc.lower[k] in OPENING_PARTICLES
                                                or doc.lower[k] in HYPHENS):
        k += 1
    while k > start + 1 and not doc.cap[k - 1]:
        k -= 1
    return k


def _cut_short(doc: _Doc, m: Match, focus: set[str]) -> bool:
    """A match on the first words of a longer name the gazetteer lacks: "Tal" of
    "the village of Tal Hamis", "Maarat" of "Maarat al-Numan", and "Abu" of "the Abu
    Shouk camp" when the only "Abu" the gazetteer knows lies in a country the report is
    not about (a namesake's first word, not a place of the story)."""
    if m.chosen is not None and m.chosen.entry.kind == "country":
        return False
    end = _name_run_end(doc, m.start)
    if end <= m.end:
        return False
    glued = doc.lower[m.end] in OPENING_PARTICLES or doc.lower[m.end] in HYPHENS or (
        m.end + 1 < len(doc) and doc.lower[m.end + 1] in HYPHENS)
    elsewhere = bool(focus) and m.chosen is not None and m.chosen.entry.country not in focus
    return glued or bool(m.settlement_word) or elsewhere


def _accept(doc: _Doc, gaz: Gazetteer, candidates: list[tuple[Match, Span | None]], setting: _Setting,
            listed: set[int]) -> list[Match]:
    """The candidates that are places, given what the report is about. ``listed`` holds
    the token ends of places already accepted, so that the next item of a list
    ("in X, Y and Z") shares the first one's preposition."""
    accepted: list[Match] = []
    focus = setting.focus
    for m, ent in candidates:
        hit = _choose(m, setting, _following_area(doc, m, gaz))
        m.chosen = hit
        m.region = None
        e = hit.entry
        if m.region_word:
            m.region = _region_for(gaz, m, hit, focus)
            if m.region is None:
                continue
        elif e.kind == "country" or (e.kind in ("region", "other") and e.admin1 is None) or m.abbreviation:
            pass  # countries, curated regions and abbreviated states need no more evidence
        else:
            m.score = _score(doc, m, hit, ent, focus, listed)
            if m.score < 2:
                continue
        accepted.append(m)
        listed.add(m.end)
    return accepted


def _title_case_sentences(doc: _Doc) -> set[int]:
    """Start tokens of headline-style sentences, where most words are capitalised."""
    starts: set[int] = set()
    start, words, capitals = 0, 0, 0
    for i, tok in enumerate(doc.tokens + [None]):
        if tok is None or (i > start and tok.is_sent_start):
            if words >= 4 and capitals >= 0.7 * words:
                starts.add(start)
            start, words, capitals = i, 0, 0
        if tok is not None and tok.is_alpha:
            words += 1
            capitals += tok.text[0].isupper()
    return starts


def _region_for(gaz: Gazetteer, m: Match, hit: Hit, focus: set[str]) -> Entry | None:
    """The admin1 area "X region" names: by the admin1 name, or the area of city X."""
    areas = gaz.lookup_region(m.text)
    if areas:
        def key(a: Entry) -> tuple[int, int, int]:
            return (a.country == hit.entry.country, a.country in focus, a.admin1 is None)
        return max(areas, key=key)
    if hit.entry.kind == "region":
        return hit.entry
    return gaz.region_of(hit.entry)


def _unresolved(doc: _Doc, matches: list[Match]) -> list[Match]:
    """ "the village of Jeb el-Kussa": a named settlement the gazetteer lacks. Kept
    without coordinates (never guessed), since the text vouches that it is a place."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    ends = {m.start: m for m in matches}
    full = doc.text
    found: list[Match] = []
    n = len(doc)
    lower = doc.lower
    for i, low in enumerate(lower):
        before = lower[i - 1] if i else ""
        if low != "of" or (before not in SETTLEMENT_WORDS and before not in SETTLEMENT_LISTS):
            continue
        if lower[i - 1] in ("district", "municipality", "locality"):
            continue
        word = doc[i - 1].text
        j = i + 1
        # "the villages of X, Y and Z": every name of the list; those the gazetteer
        # knows are matches already.
        while j < n and _can_start(doc, j):
            match = ends.get(j)
            if match is not None:
                k = match.end
            else:
                k = _name_run_end(doc, j)
                if any(x in taken for x in range(j, k)):
                    break
                span = (doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text))
                text = full[span[0]:span[1]]
                if compact(text) not in NEVER_PLACES:
                    found.append(Match(j, k, [], text, span, settlement_word=word))
            nxt = k
            while nxt < n and lower[nxt] in (",", "and") and nxt - k < 2:
                nxt += 1
            if nxt == k:
                break
            j = nxt
    # The same unknown name written elsewhere without its designator is the same place.
    # Names are looked up by their length in tokens and compact form, so a long report
    # with many unknown villages stays linear.
    named: dict[tuple[int, str], Match] = {}
    for m in found:
        named.setdefault((m.end - m.start, compact(m.text)), m)
    lengths = sorted({length for length, _ in named})
    starts = {m.start for m in found}
    for i in range(n) if named else ():
        if i in taken or i in starts or not doc.cap[i]:
            continue
        for length in lengths:
            end = i + length
            if end > n:
                continue
            span = (doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))
            m = named.get((length, compact(full[span[0]:span[1]])))
            if m is not None:
                found.append(Match(i, end, [], m.text, span, settlement_word=m.settlement_word))
                break
    return found


def _display_name(m: Match, e: Entry) -> str:
    """Countries by their GeoNames name; other places as the report spells them,
    unless that is the gazetteer's own name (then its plain ASCII form)."""
    surface = re.sub(r"\s+", " ", m.text).strip()
    if m.abbreviation:
        return e.name  # "W.Va." is West Virginia
    if e.kind == "country":
        # A full name the report uses ("Britain", "Burma") is kept, being what a
        # reader searches for; abbreviations ("U.S.", "UAE") and scraped possessives
        # ("Syrias") give way to the GeoNames name.
        if (m.chosen is None or m.chosen.quality != PRIMARY or surface.isupper() or "." in surface
                or len(surface) <= 4 or compact(surface) == compact(e.name)
                or compact(surface) not in {compact(a) for a in FULL_NAME_ALIASES}):
            return e.name
        return fold(surface)
    if surface.isupper() and len(surface) > 3:
        return e.name
    if m.chosen is not None and m.chosen.quality == PRIMARY and compact(surface) == compact(e.name):
        return e.name
    return fold(surface)


def _fold(doc: _Doc, accepted: list[Match], gaz: Gazetteer) -> list[Place]:
    """One place per distinct entry; bare "Kursk" joins "Kursk region" when the
    report names the region, since the bare name then usually means it."""
    found: dict[object, _Found] = {}
    order: list[object] = []
    regions_named: dict[tuple[str | None, str], Entry] = {}
    for m in accepted:
        if m.region is not None:
            regions_named[(m.region.country, compact(m.text))] = m.region
    for m in sorted(accepted, key=lambda m: m.span):
        if m.chosen is None:  # unresolved settlement
            key: object = ("unresolved", compact(m.text))
            entry = Entry(fold(m.text), "city", None, None, None, None, 0, None, None)
            name, kind = entry.name, "city" if (m.settlement_word or "").lower() in (
                "city", "town", "village", "hamlet", "settlement", "cities", "towns", "villages", "hamlets",
                "settlements") else "other"
        elif m.region is not None:
            entry = m.region
            key = entry
            base = fold(re.sub(r"\s+", " ", m.text))
            name = f"{base} {m.region_word or ''}".strip()
            if entry.admin1 is None and compact(base) == compact(entry.name):
                name = entry.name  # "the Donbas region" is the Donbas
            kind = "region"
        else:
            entry = m.chosen.entry
            region = regions_named.get((entry.country, compact(m.text)))
            if region is not None and not m.settlement_word and entry.kind == "city":
                entry = region
            key = entry
            name, kind = _display_name(m, entry), entry.kind
        if key not in found:
            found[key] = _Found(entry, name, kind)
            order.append(key)
        f = found[key]
        if m.span not in f.mentions:
            f.mentions.append(m.span)
    places: list[Place] = []
    for key in order:
        f = found[key]
        e = f.entry
        places.append(Place(name=f.name, kind=f.kind, country=e.country, lat=e.lat, lon=e.lon,
                            geonames_id=e.geonames_id, mentions=sorted(f.mentions),
                            admin1=e.admin1, country_name=e.country_name))
    return places


def places_in(places: list[Place], start: int, end: int) -> list[Place]:
    """The places with a mention inside the character range [start, end)."""
    return [p for p in places if any(start <= s and e <= end for s, e in p.mentions)]
