"""The facts a report carries, read from its analysis record: the signature rewrites share.

A rewrite shares few word sequences with its origin but carries its facts: the same
speakers, the same figures (value, quantity, side), the same cue verbs, places and
quotes, in about the same order. This module turns a record into those facts, each
with its kind, a key, a weight and where the report first states it:

=========  ==========================================  ======  ==================================
kind       key                                          weight  why that weight
=========  ==========================================  ======  ==================================
figure     ``fig:<quantity family>|<value>``            1.0     a number with what it counts; 0.5
                                                                below 10 ("two civilians" is common)
                                                                and for distances and "other"
person     ``person:<surname>``                         1.0     a named person quoted
body       ``body:<sorted name words>``                 0.5     ministries and armies speak to all
generic    ``body:<sorted name words>``                 0.2     a body without a proper name
                                                                ("activists", "government forces")
claim      ``claim:<speaker>|<cue lemma>``              0.4     the verb a rewrite may change
place      ``place:<geonames id or name>``              0.6     towns and sites; regions 0.3,
                                                                countries none (every report has one)
quote      ``quote:<first words>``                      1.0     a direct quote of five words or more
=========  ==========================================  ======  ==================================

Figures match across reports on key and a compatible side (the same, or one unknown);
bodies on most of their name's words. :func:`fact_keys` gives the few specific keys an
inverted index needs to bring up rewrite candidates.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimledger.data import read_table
from claimledger.link.shingles import words

# Quantities a rewrite may name differently ("300 civilians were killed" / "300 people died").
QUANTITY_FAMILY = {"civilians_killed": "killed"}
SMALL_FIGURE = 10
# Figures whose quantity says little about what is counted: distances and "other" are
# where extraction puts whatever it cannot type, and where any two reports agree by chance.
WEAK_QUANTITIES = {"distance", "other"}
MIN_QUOTE_WORDS = 5
WEIGHTS = {"figure": 1.0, "small_figure": 0.5, "person": 1.0, "body": 0.5, "generic": 0.2, "claim": 0.4,
           "place": 0.6, "region": 0.3, "quote": 1.0}
# Words that do not tell one body from another ("the Ministry of Defence" = "Defence Ministry").
_BODY_STOP = {"the", "of", "and", "for", "in", "on", "a", "an", "s", "its", "their"}
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{10,600})[\"”]")


@dataclass(frozen=True)
class Fact:
    kind: str  # figure | person | body | generic | claim | place | quote
    key: str
    weight: float
    position: int  # character offset of its first mention in document.text
    side: str | None = None  # for figures: whose people are counted
    words: frozenset[str] = frozenset()  # for bodies: their name's words; for quotes: their 4-grams


def _fold(text: str) -> str:
    """Case-folded, accents removed, apostrophes and punctuation dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(words(text))


@lru_cache(maxsize=1)
def _cue_lemmas() -> dict[str, str]:
    """Written forms of the reporting cues → their lemma ("told" → "tell", "claiming" → "claim")."""
    irregular = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
                 "thought": "think", "knew": "know", "known": "know", "found": "find", "shown": "show",
                 "spoke": "speak", "spoken": "speak", "according to": "according to"}
    forms = dict(irregular)
    for (lemma, *_rest) in read_table("cues.tsv"):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        ies = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else None
        ied = lemma[:-1] + "ied" if ies else None
        for form in (lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d",
                     lemma + lemma[-1] + "ed", ies, ied):
            if form:
                forms.setdefault(form, lemma)
    return forms


def cue_lemma(cue: str | None) -> str:
    """The lemma of a cue as written; an unknown cue is its last word, case-folded."""
    cue = _fold(cue or "")
    if not cue:
        return ""
    forms = _cue_lemmas()
    if cue in forms:
        return forms[cue]
    last = cue.split()[-1]
    return forms.get(last, last)


def figure_value(figure: dict) -> str | None:
    """The figure's value as a key part: "300", or "300-400" for a range."""
    def num(x: float | int | None) -> str | None:
        if x is None:
            return None
        return str(int(x)) if float(x).is_integer() else f"{float(x):g}"

    value = num(figure.get("value"))
    low, high = num(figure.get("low")), num(figure.get("high"))
    if low and high:
        return f"{low}-{high}"
    return value


def speaker_fact(speaker: dict | None, position: int) -> Fact | None:
    """A named person by surname, a body or group by its name's words; None when unnamed."""
    if not speaker:
        return None
    name, kind = speaker.get("name") or "", speaker.get("kind")
    tokens = _fold(name).split()
    if not tokens or kind in (None, "unnamed", "document"):
        return None
    if kind == "person":
        return Fact("person", f"person:{tokens[-1]}", WEIGHTS["person"], position)
    content = frozenset(t for t in tokens if t not in _BODY_STOP)
    if not content:
        return None
    kind = "body" if re.search(r"\b[A-Z]", name) else "generic"
    return Fact(kind, "body:" + " ".join(sorted(content)), WEIGHTS[kind], position, words=content)


def _figure_facts(record: dict) -> list[Fact]:
    facts = []
    for figure in record.get("figures") or []:
        value = figure_value(figure)
        if value is None:
            continue
        quantity = figure.get("quantity") or "other"
        family = QUANTITY_FAMILY.get(quantity, quantity)
        small = (figure.get("value") or figure.get("high") or 0) < SMALL_FIGURE
        weight = WEIGHTS["small_figure"] if small or quantity in WEAK_QUANTITIES else WEIGHTS["figure"]
        facts.append(Fact("figure", f"fig:{family}|{value}", weight, (figure.get("span") or [0])[0],
                          side=figure.get("side")))
    return facts


def _claim_facts(record: dict) -> list[Fact]:
    facts = []
    for claim in record.get("claims") or []:
        position = (claim.get("sentence_span") or claim.get("span") or [0])[0]
        speaker = speaker_fact(claim.get("speaker"), position)
        if speaker is None:
            continue
        facts.append(speaker)
        lemma = cue_lemma(claim.get("cue"))
        if lemma:
            who = speaker.key.split(":", 1)[1]
            facts.append(Fact("claim", f"claim:{who}|{lemma}", WEIGHTS["claim"], position))
    return facts


# "Cabo Delgado province" and "Cabo Delgado", "Hiiraan region" and "Hiiraan": one place,
# named with or without the kind of unit it is (an unresolved place is keyed by its name).
ADMIN_WORD = re.compile(r"\s+(?:province|region|district|state|county|governorate|prefecture|territory"
                        r"|department|oblast|municipality)$")


def _admin_name(name: str) -> str:
    """The name without a trailing kind of unit ("cabo delgado province" is cabo delgado)."""
    bare = ADMIN_WORD.sub("", name)
    return bare or name


def _place_facts(record: dict) -> list[Fact]:
    facts = []
    for place in record.get("places") or []:
        kind = place.get("kind")
        if kind == "country" or not place.get("mentions"):
            continue
        name = _admin_name(_fold(place.get("name") or ""))
        ident = place.get("geonames_id") or name
        if not ident:
            continue
        weight = WEIGHTS["region"] if kind == "region" else WEIGHTS["place"]
        # The name goes along: one report may resolve a town the other leaves unresolved.
        facts.append(Fact("place", f"place:{ident}", weight, min(m[0] for m in place["mentions"]),
                          words=frozenset({name})))
    return facts


def quote_grams(quote_words: list[str]) -> frozenset[str]:
    """A quote's word 4-grams (the whole quote when shorter), to find it reworded lightly."""
    if len(quote_words) < 4:
        return frozenset({" ".join(quote_words)})
    return frozenset(" ".join(quote_words[i:i + 4]) for i in range(len(quote_words) - 3))


def _quote_facts(record: dict) -> list[Fact]:
    text = (record.get("document") or {}).get("text") or ""
    facts = []
    for m in _QUOTE.finditer(text):
        quote_words = words(m.group(1))
        if len(quote_words) < MIN_QUOTE_WORDS:
            continue
        head = hashlib.blake2b(" ".join(quote_words[:MIN_QUOTE_WORDS]).encode(), digest_size=6).hexdigest()
        facts.append(Fact("quote", f"quote:{head}", WEIGHTS["quote"], m.start(1), words=quote_grams(quote_words)))
    return facts


def record_facts(record: dict) -> list[Fact]:
    """The record's facts, the first mention of each key, in the order the text states them."""
    found = _figure_facts(record) + _claim_facts(record) + _place_facts(record) + _quote_facts(record)
    first: dict[str, Fact] = {}
    for fact in sorted(found, key=lambda f: f.position):
        first.setdefault(fact.key, fact)
    return list(first.values())


def fact_keys(record: dict) -> set[str]:
    """Few, specific keys for an inverted index of rewrite candidates: figures of 10 or
    more (without side: rewrites and extraction name sides differently), named persons,
    towns and sites (not regions or countries), and the opening words of direct quotes.
    Two reports sharing two of these keys are worth comparing. Towns are keyed by name
    (one key each), since one report may resolve a town that another leaves unresolved."""
    specific = {"figure": WEIGHTS["figure"], "place": WEIGHTS["place"], "person": 0.0, "quote": 0.0}
    keys = set()
    for fact in record_facts(record):
        if fact.kind in specific and fact.weight >= specific[fact.kind]:
            keys.update({f"place:{name}" for name in fact.words} if fact.kind == "place" else {fact.key})
    return keys
