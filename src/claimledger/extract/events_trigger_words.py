"""The words that tell events: the trigger table (data/events.tsv) and the word lists the
trigger rules read (object nouns, light verbs, title words, modals: data/event_words.tsv and
data/event_extra_words.tsv). Split from :mod:`claimledger.extract.events_triggers`.
"""

from __future__ import annotations

from functools import lru_cache

from claimledger.data import read_table
from claimledger.data.tables import word_lists

# Object nouns, light verbs, title words and modals: data/event_words.tsv (see its header).
_WORDS = word_lists("event_words.tsv")
PLACE_OBJECT_WORDS = _WORDS["place_object"]
WEAPON_WORDS = _WORDS["weapon"]
# verbs that send a weapon at a target: an attack when their object is one
WEAPON_SENDING = {"launch", "drop", "throw", "hurl", "lob"}
SEIZED_THINGS = _WORDS["seized"]
PEOPLE_OBJECT_WORDS = _WORDS["people_object"]
TITLE_WORDS = _WORDS["title_word"]
MODALS = _WORDS["modal"]
THING_NOUNS = _WORDS["thing_noun"]
_EXTRA = word_lists("event_extra_words.tsv")
SPLIT_PARTICLES = _EXTRA["split_particle"]
SIGNED_PAPERS = _EXTRA["signed_paper"]
DUTY_OBJECTS = _EXTRA["duty_object"]
WITHHELD = _EXTRA["withheld"]
UNMADE = _EXTRA["unmade_word"]
UNMADE_VERBS = _EXTRA["unmade_verb"]
FIGHT_BACK = _EXTRA["fight_back"]


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    """The trigger table: an event's lemma (or phrasal lemma, "pull back") and its type."""
    return {lemma: kind for lemma, kind in read_table("events.tsv")}


# the one-word triggers of each type, for "the fighting" looking back for a telling
TYPE_WORDS: dict[str, set[str]] = {}
for _lemma, _kind in read_table("events.tsv"):
    TYPE_WORDS.setdefault(_kind, set()).add(_lemma.split()[0])


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every word of every trigger: a token whose lemma and form are none of them, and
    that no hyphen joins to the next, tells no event (most tokens, decided at once)."""
    return frozenset(w for lemma in triggers() for w in lemma.split())
