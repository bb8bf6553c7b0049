"""The shape of a force's or body's name, read without the report's sides: a people or group
named before the force ("Sahrawi army units", "Arakan Army"), an owner named with it ("the
group's naval forces"), the words that make it the other side's ("enemy", "rebels").
Split from :mod:`claimledger.extract.events_actors`, whose side rules read these shapes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.extract.events_view import FORCE_NOUNS
from claimledger.sides import side_of

# words of a state force's generic name, that names no group ("Defence and Security Forces")
GENERIC_STATE_WORDS = {"defence", "defense", "and", "security", "forces", "force", "armed", "national", "army",
                       "police", "gendarmerie", "the", "of", "military", "navy", "air", "republican", "guard"}
NON_STATE_WORDS = {"militia", "militias", "group", "movement", "insurgency", "guerrillas"}

# words that make a force the other side's, whoever speaks ("enemy forces", "hostile drones")
OTHER_SIDE_WORDS = {"enemy", "hostile", "opposing", "rebel", "rebels", "militant", "militants", "insurgent", "gangs",
                    "insurgents", "terrorist", "terrorists", "jihadist", "jihadists", "gang", "dissident", "militiamen",
                    "dissidents", "bandits", "gunmen", "gunman", "assailants", "assailant", "kidnappers", "abductors",
                    "gangsters", "hitmen", "raiders", "guerrilla", "guerrillas", "separatist", "separatists"}


# words that open a force's name without naming a people or group ("Government forces", "Our troops")
COMMON_FORCE_WORDS = {"a", "an", "our", "their", "its", "his", "her", "government", "federal", "state", "regular",
                      "pro-government", "presidential", "coalition", "allied", "rebel", "opposition", "local",
                      "elite", "junta", "regime", "these", "those", "enemy", "foreign", "peacekeeping", "some",
                      "several", "many", "two", "three", "both", "all", "other", "more", "fresh"}


def proper_first_word(name: str, text: str) -> bool:
    """Whether a force's first word is a people's or group's name no side table knows
    ("Sahrawi army units", "Kachin fighters"): the report writes it capitalised mid-sentence
    too. Such a force is its own, never the last forces named before it."""
    parts = name.split()
    first = parts[0] if parts else ""
    if len(parts) > 1 and parts[1][:1].isupper():
        return False  # "General Security forces": a body's name, which other rules read
    if not first[:1].isupper() or first.lower() in FORCE_NOUNS | GENERIC_STATE_WORDS | COMMON_FORCE_WORDS \
            or side_of(first):
        return False
    return _after_lower_case(first).search(text) is not None


@lru_cache(maxsize=1024)
def _after_lower_case(word: str) -> re.Pattern:
    """The word after a lower-case letter or a comma, mid-sentence: compiled once per word (re's
    own cache of patterns is shared with every stage, and a report's names soon empty it)."""
    return re.compile(r"[a-z,] " + re.escape(word) + r"\b")


def owned(name: str) -> bool:
    """ "the group's naval forces", "Hamas's fighters": forces with an owner named with them."""
    return bool(re.search(r"['’]s?\s|\b(its|their|his|her|our)\b", name, re.I))


def named_force(name: str) -> bool:
    """ "Five al-Shabaab fighters", "Wagner mercenaries": forces of a group named with
    them, whose side no earlier force gives."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return any(w[:1].isupper() and not side_of(w) and w.lower() not in FORCE_NOUNS for w in words[1:])


def group_body(name: str) -> bool:
    """Whether a body's name says it is an armed group's ("the Houthi government", "the
    RSF's civil administration"): its ministry is no state's."""
    return bool(set(re.findall(r"[a-z]+", name.lower())) & (OTHER_SIDE_WORDS | NON_STATE_WORDS))


def proper_force_name(name: str) -> bool:
    """Whether a force is named like a group ("Arakan Army", "Rapid Support Forces"):
    a capitalised word besides its force nouns and sides, not at the start."""
    words = name.split()
    if not words or words[-1].lower() not in FORCE_NOUNS:
        return False
    return any(w[:1].isupper() and w.lower() not in FORCE_NOUNS and not side_of(w) for w in words[1:]) or (
        len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in {"the", "a", "an"}
        and not side_of(words[0]) and words[-1].lower() in FORCE_NOUNS and words[-1][:1].isupper())
