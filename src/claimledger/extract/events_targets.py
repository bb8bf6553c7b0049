"""Whom an event was done to, past the words that only look like its object.

The parse's object of a trigger is its target most of the time ("shelled RSF positions").
Three kinds of sentence break that: the object is the weapon or the fire spent ("fired
missiles at a ship", "set fire to homes", "detonated a device near the base"), whose
target is what it was aimed at; the target hangs on the light verb of a noun trigger
("opened fire on a bus"); and a time read as what the act was "on" ("deployed on
Saturday"). A target's name also loses the words a relative clause or a cut left hanging
at its end ("two camps near Torbung from").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.data.tables import word_lists

WEAPON_WORDS = word_lists("event_words.tsv")["weapon"]
# what is spent, not struck: the fire, the rounds, the charge
SPENT = WEAPON_WORDS | {"fire", "device", "devices", "explosive", "explosives", "bomb", "bombs", "grenade",
                        "grenades", "rounds", "round", "shells", "salvo", "salvoes", "salvos", "volley", "charge",
                        "charges", "ied", "ieds", "mine", "mines", "projectiles", "munitions"}
# verbs that spend a weapon on something: "fired missiles at", "launched drones toward"
SPENDING_VERBS = {"fire", "launch", "set", "detonate", "drop", "hurl", "lob", "throw", "plant", "open", "explode",
                  "unleash", "rain", "shoot"}
# prepositions that say what a spent weapon was aimed at
AIMED = {"at", "on", "against", "toward", "towards", "into", "to", "upon"}
# the light verbs on which a noun trigger's target hangs: "opened fire on", "launched an attack on"
LIGHT = {"open", "launch", "carry", "conduct", "mount", "stage", "unleash", "direct"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
              "evening", "afternoon", "dawn", "dusk", "weekend", "day", "days", "week", "weeks", "overnight",
              "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "midnight", "noon", "today", "yesterday"}
# words a name cannot end on: a preposition, article, conjunction or relative cut from what followed
LOOSE_END = re.compile(r"(?:\s+(?:from|of|in|at|on|to|by|with|near|where|which|who|that|and|or|but|the|a|an|"
                       r"its|their|whose|as|for)|\s*[,;:(\-–—])+$", re.I)


def a_time(tok: Token) -> bool:
    """Whether a word is a day, a month, a part of a day: when, not whom ("on Saturday")."""
    return tok.lower_ in TIME_WORDS or tok.ent_type_ in {"DATE", "TIME"}


# the edge of a span of time: "by the end of the week", "by the start of Ramadan"
TIME_EDGES = frozenset({"end", "start", "beginning", "close", "middle", "time"})


def a_deadline(agent: Token) -> bool:
    """Whether a passive's "by" phrase is a deadline ("by the end of the week", "by Friday"): when, not who."""
    objects = [g for g in agent.children if g.dep_ == "pobj"]
    return bool(objects) and all(a_time(g) or g.lower_ in TIME_EDGES for g in objects)


def spent(verb: Token, obj: Token) -> bool:
    """Whether the verb's object is the weapon or fire it spent ("fired missiles", "set fire")."""
    return verb.lemma_.lower() in SPENDING_VERBS and obj.lower_ in SPENT


def aimed_at(verb: Token) -> Token | None:
    """What a verb spending a weapon aimed it at: "fired missiles at a ship", "set fire to homes"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in AIMED:
            objs = [t for t in child.children if t.dep_ == "pobj" and not a_time(t)]
            if objs:
                return objs[0]
    return None


def light_verb_of(tok: Token) -> Token | None:
    """The light verb a noun trigger is the object of ("opened fire", "launched an attack")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT:
        return tok.head
    return None


def trimmed(name: str) -> str:
    """A target's name without the words left hanging at its end ("two camps near Torbung from")."""
    return LOOSE_END.sub("", name).strip() or name
