"""The words figures are read with: the quantities a figure can be, the word lists
that steer the reading (``data/figure_words.tsv``), and the tables of ``data/quantities.tsv`` (what a noun, verb
or adjective says about a count) and ``data/units.tsv`` (words that make a number a
distance, a duration, a date, an amount of money or a name)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.data import read_table
from claimledger.data.tables import word_lists


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
# The curated word lists are data: ``data/figure_words.tsv`` (one row per word and list).
_LISTS = word_lists("figure_words.tsv")
# Words that make a phrase speak for a state's own forces ("government troops", "the
# army", "pro-government fighters") are claimledger.sides.GOVERNMENT_WORDS: their side is
# the state the report is about. These make it the state's opponents instead.
NOT_GOVERNMENT = _LISTS["not_government"]
BRIDGE = _LISTS["bridge"]  # "five people were reportedly killed"
PRONOUNS = _LISTS["pronoun"]
EXPEL = _LISTS["expel"]  # "forced from", "driven out of" ...
HOMES = _LISTS["home"]  # ... their homes
LISTING = _LISTS["listing"]  # "listed as missing"
CAPTIVITY = _LISTS["captivity"]  # "8,000 Ukrainians remain in Russian captivity"
SHELTERS = _LISTS["shelter"]  # "living in camps"
FALLEN_IN = _LISTS["fallen_in"]  # "fell in battle", "fell on the field of honour"
REGULARS = _LISTS["regular"]  # a state's army's own soldiers
# people serving a state's forces whom a state body's statement counts as its own when harmed
# ("two officers and a conscript were martyred, the army spokesman said")
# the police's own ranks: a bare "officers" in a report on one state's police is that state's
POLICE_RANKS = frozenset({"officer", "policeman", "gendarme", "constable", "agent"})
SERVING = REGULARS | POLICE_RANKS | {"troop", "personnel", "guardsman", "effective"}
IRREALIS_HEADS = _LISTS["irrealis_head"]  # "threatened to kill 10 judges"
# "could kill", "would have killed"; "may" and "might" with "have" hedge a past event instead
IRREALIS_MODALS = _LISTS["irrealis_modal"]
HEDGING_MODALS = _LISTS["hedging_modal"]
FORMATIONS = _LISTS["formation"]  # "three brigades" counts units
FORMATION_PARTS = _LISTS["formation_part"]  # "93rd Mechanized Brigade"
NOT_WEAPONS = _LISTS["not_weapon"]  # "aid trucks", "merchant ships"
FIRST_PERSON = _LISTS["first_person"]  # an interview answer's own people
ESTIMATE_VERBS = _LISTS["estimate_verb"]  # "estimated at 200 individuals"
TAKEN_PEOPLE = _LISTS["taken_people"]  # "took 40 prisoners", not hostages
CONDITION_MARKS = _LISTS["condition_mark"]  # "if they had taken"
ARMED_MEMBERS = _LISTS["armed_member"]  # "gang members", "militia men"
ASSEMBLE_VERBS = _LISTS["assemble_verb"]  # "had gathered about 800 of its members"
WEAPON_MODIFIERS = _LISTS["weapon_modifier"]  # "air defence systems"
REFUGE_WORDS = _LISTS["refuge_word"]  # "9,500 South Sudanese arrived at entry points": refugees
DEATH_IDIOMS = _LISTS["death_idiom"]  # "sent to hell", "embraced shahadat"
RELEASE_VERBS = _LISTS["release_verb"]  # "released 84 soldiers": people freed were prisoners
OWN_PEOPLE = _LISTS["own_people"]  # "14 of its members": the reporting body's own
PLANTED_MUNITIONS = _LISTS["planted_munition"]  # "11 bombs hit Pattani": attacks, not equipment
AIR_MUNITIONS = _LISTS["air_munition"]  # "guided bombs": dropped, still delivered
# units a weapon's calibre is given in: "two 60mm mortars", "155 mm shells" count the weapons, not 60 or 155
CALIBRES = word_set("mm cm millimetre millimetres millimeter millimeters")
# Fates an aim or a counterfactual cannot have had yet
HARMS = word_set("killed civilians_killed wounded casualties captured missing")


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
