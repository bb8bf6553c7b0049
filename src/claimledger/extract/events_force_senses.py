"""Verbs of force in the idiom of communiques, whose sense their object decides.

"The Houthis said they had downed an American MQ-9 drone": downing an aircraft is an attack
on it ("downed power lines" is none). "Tatmadaw columns cleared the area of terrorist
insurgents": clearing ground of fighters retakes it ("cleared the road of debris", "cleared
mines" take nothing). "The army foiled an attempt by Fano to infiltrate Debre Tabor":
foiling an attack or an infiltration is a fight ("foiled a plot", "thwarted a robbery" are
police work, no battle). Split from :mod:`claimledger.extract.events_triggers`.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.events_senses import FORCE_MOVERS
from claimledger.extract.events_view import FORCE_NOUNS

WEAPON_WORDS = word_lists("event_words.tsv")["weapon"]
AIRCRAFT = WEAPON_WORDS | {"helicopter", "helicopters", "plane", "planes", "jet", "jets", "aircraft", "warplane",
                           "warplanes", "fighter", "uav", "uavs", "reaper", "mq-9", "bomber", "bombers"}
# who ground is cleared of ("cleared the area of terrorist insurgents")
CLEARED_OF = FORCE_MOVERS | {"terrorists", "insurgents", "militants", "fighters", "rebels", "jihadists", "bandits",
                             "enemy", "elements", "remnants", "gunmen", "khwarij", "extremists", "gangs"}
# what is foiled when a force fights it off
FOILED = {"attempt", "attempts", "attack", "attacks", "assault", "assaults", "infiltration", "infiltrations",
          "incursion", "incursions", "advance", "offensive", "raid", "raids", "ambush", "push", "breakthrough"}


def aircraft_downed(tok: Token) -> bool:
    """ "downed an American MQ-9 drone", "two helicopters were downed": an aircraft brought down."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return tok.pos_ == "VERB" and any(w.lower_ in AIRCRAFT for o in objects for w in o.subtree if w.i <= o.i)


def ground_cleared(tok: Token) -> bool:
    """ "cleared the area of terrorist insurgents", "cleared Kawlin of militants": ground
    emptied of fighters (the "of" phrase on the verb or on its object)."""
    if tok.pos_ != "VERB":
        return False
    holders = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})]
    cleared = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in CLEARED_OF | FORCE_NOUNS for g in cleared)


def attack_foiled(tok: Token) -> bool:
    """ "foiled an attempt by Fano to infiltrate Debre Tabor", "thwarted an attack on the base"."""
    return tok.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in FOILED for c in tok.children)
