"""The words figures are read with: the quantities a figure can be, the word lists
that steer the reading, and the tables of ``data/quantities.tsv`` (what a noun, verb
or adjective says about a count) and ``data/units.tsv`` (words that make a number a
distance, a duration, a date, an amount of money or a name)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.data import read_table


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string, the way the tables read."""
    return frozenset(text.split())


QUANTITIES = (
    "killed", "wounded", "casualties", "captured", "missing", "deserted", "deployed", "displaced",
    "civilians_killed", "equipment", "distance", "other",
)  # fmt: skip
# Noun meanings that are a quantity by themselves ("40 dead", "12 tanks", "17 raids")
DIRECT = word_set("killed wounded casualties captured missing deserted displaced equipment other")
# Noun meanings for people, whose fate a verb tells
PEOPLE_KINDS = word_set("person civilian force armed national")
KILLED_FAMILY = frozenset({"killed", "civilians_killed"})
# What can happen to people; a name-like noun is kept only when one of these is said of it
PEOPLE_FATES = word_set("killed wounded casualties captured missing")
# Verb meanings that tell what happened to the people counted
EVENT_MEANINGS = word_set("killed wounded casualties captured missing deserted displaced deployed")
# Verb meanings that say where to look, not what happened
NOT_A_FATE = word_set("tally suffer lose launch claim")
# Nouns whose size a number to their right gives: "a contingent of 12,000", "a toll of 20"
SIZED = word_set("killed wounded casualties captured missing deserted displaced force armed")
# Words that make a phrase speak for a state's own forces ("government troops", "the
# army", "pro-government fighters") are claimledger.sides.GOVERNMENT_WORDS: their side is
# the state the report is about. These make it the state's opponents instead.
NOT_GOVERNMENT = word_set("anti opposition rebel rebels anti-government insurgent insurgents")
# Words between a counted noun and its participle: "five people were reportedly killed"
BRIDGE = word_set(
    "were was are is have has had been being be reportedly also later allegedly all either both "
    "subsequently thought believed feared now still so far to presumed confirmed left found remain "
    "remained remains went gone go apparently likely"
)
PRONOUNS = word_set("they them those these")
# Verbs that drive people from their homes ("forced from", "driven out of", "chased from")
EXPEL = word_set("force drive chase push expel evict flush hound uproot")
HOMES = word_set("home house village land town neighbourhood neighborhood")
# Verbs that put people on a list as dead, missing or displaced ("listed as missing")
LISTING = word_set("list register record declare classify count")
# Where captives are held: "8,000 Ukrainians remain in Russian captivity"
CAPTIVITY = word_set("captivity custody detention prison jail")
# Where displaced people live: "living in camps", "staying in accommodation centres"
SHELTERS = word_set("camp shelter centre center accommodation tent school settlement")
# What a fall in fighting is told with: "fell in battle", "fell with arms in hand",
# "fell on the field of honour", "fell as martyrs"
FALLEN_IN = word_set(
    "battle combat action arms battlefield front frontline duty fighting clash honour honor martyr line"
)
# Regular soldiers, as a state's army calls its own (not "fighters", "gunmen", "militants")
REGULARS = word_set("soldier serviceman servicemen conscript")
# Heads of a "to"-infinitive that make what follows an aim, not an event: "threatened to
# kill 10 judges", "plans to kill", "a plot to assassinate", "failed to kill"
IRREALIS_HEADS = word_set(
    "threaten threat vow swear pledge promise plan plot intend intention want wish seek aim hope try "
    "attempt bid effort conspire conspiracy prepare mean decide refuse fail urge call demand warn ultimatum"
)
# Modals that make a verb a possibility or a counterfactual ("could kill", "would have
# killed"); "may" and "might" with "have" hedge a past event instead ("may have been killed")
IRREALIS_MODALS = word_set("would could should can will shall must")
HEDGING_MODALS = word_set("may might")
# Fates an aim or a counterfactual cannot have had yet
HARMS = word_set("killed civilians_killed wounded casualties captured missing")
# Formations: a number before them counts units, not the people in them ("three brigades")
FORMATIONS = word_set(
    "unit battalion brigade regiment division platoon squad squadron detachment contingent corps"
)
# Words of a numbered unit's name ("the 22nd Infantry Division", "93rd Mechanized Brigade")
FORMATION_PARTS = word_set(
    "infantry mechanized mechanised motorized motorised armoured armored airborne assault mountain marine "
    "rifle tank artillery jaeger rapid intervention reaction separate territorial guards guard special"
)
# Modifiers that make a vehicle or vessel civilian: "aid trucks", "merchant ships"
NOT_WEAPONS = word_set(
    "aid humanitarian relief food fuel medical commercial civilian merchant cargo passenger"
)


def quantity_family(quantity: str | None) -> str | None:
    """The quantity a count adds up in: civilians killed are killed too."""
    return "killed" if quantity in KILLED_FAMILY else quantity


@dataclass(frozen=True)
class Lexicon:
    """The tables of ``data/quantities.tsv`` and ``data/units.tsv``."""

    nouns: dict[str, str]
    verbs: dict[str, str]
    adjs: dict[str, str]
    verb_forms: dict[str, str]  # inflected form -> lemma, for tokens the tagger left alone
    units: dict[str, tuple[str, str | None]]  # word -> (kind, unit)


def _inflections(lemma: str) -> set[str]:
    """Regular forms of a verb, enough to read headline-case tokens ("Kills", "Injures")."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    adjs: dict[str, str] = {}
    for word, part, meaning, *_ in read_table("quantities.tsv"):
        {"noun": nouns, "verb": verbs, "adj": adjs}[part][word.lower()] = meaning
    forms: dict[str, str] = {}
    for lemma in verbs:
        for form in _inflections(lemma):
            forms.setdefault(form, lemma)
    units: dict[str, tuple[str, str | None]] = {}
    for row in read_table("units.tsv"):
        units[row[0].lower()] = (row[1], row[2] if len(row) > 2 and row[2] else None)
    return Lexicon(nouns, verbs, adjs, forms, units)
