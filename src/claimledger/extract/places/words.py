"""The words the place reader weighs around a name: particles inside Arabic-style
names, designators ("the town of", "X province"), locative prepositions, titles that
make a name a person's, outlets, diseases and a town's own public bodies. The lists
live in ``data/place_words.tsv`` (see its header for what each list means)."""

from __future__ import annotations

import re

from claimledger.data.tables import STANDALONE_PARTICLE_KINDS, country_aliases, name_particles, word_lists

MAX_TOKENS = 8  # "Democratic People's Republic of Korea" is six

_LISTS = word_lists("place_words.tsv")
PARTICLES = _LISTS["particle"]
# the Arabic article that may open a place's name when a hyphen follows ("al-Bab", "Deir ez-Zor")
OPENING_PARTICLES = name_particles("arabic_article", "assimilated_article")
ENGLISH_PARTICLES = _LISTS["english_particle"]
OCCASIONS = _LISTS["occasion"]
HYPHENS = frozenset("-‐‑–")
REGION_WORDS = _LISTS["region"]
SETTLEMENT_WORDS = _LISTS["settlement"]
SETTLEMENT_LISTS = _LISTS["settlement_list"]
DIRECTION_ADJECTIVES = _LISTS["direction"]
LOCATIVE = _LISTS["locative"]
DEPARTURES = _LISTS["departure"]
COMPASS = _LISTS["compass"]
TITLES = _LISTS["title"]
MEDIA_WORDS = _LISTS["media"]
FORCE_WORDS = _LISTS["force"]
MEDIA_BEFORE = tuple(sorted(_LISTS["media_before"]))
DISEASE_WORDS = _LISTS["disease"]
LOCAL_BODIES = _LISTS["local_body"]
SOFT_WORDS = _LISTS["soft"]
ATTRIBUTE_SUFFIXES = _LISTS["attribute_suffix"]
FEATURE_WORDS = _LISTS["feature"]
NAME_HEADS = _LISTS["name_head"]
TARGET_VERBS = _LISTS["target_verb"]
PLACE_NOUNS = _LISTS["place_noun"]
NAME_TAILS = _LISTS["name_tail"]
SITE_HEADS = _LISTS["site_head"]
SETTLEMENT_HEADS = _LISTS["settlement_head"]
OWNED_OFFICES = _LISTS["owned_office"]
ROUTE_WORDS = _LISTS["route"]
ARABIC_HEADS = _LISTS["arabic_head"]
ARABIC_QUALIFIERS = _LISTS["arabic_qualifier"]
UNIT_WORDS = _LISTS["unit"]
UNIT_LISTS = _LISTS["unit_list"]
CURRENCY_WORDS = _LISTS["currency"]
NAME_PARTICLES = name_particles(*STANDALONE_PARTICLE_KINDS)
COLLOQUIAL_AREAS = _LISTS["colloquial_area"]
# Compass and position words that qualify a name without being part of an unknown one
# ("North Kivu", "Greater Khartoum"); the direction list holds the adjectives.
DIRECTIONS = COMPASS | DIRECTION_ADJECTIVES | NAME_HEADS
DATE_WORD = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")

DEMONYM_ENDING = re.compile(r"(?:ian|ians|ean|eans|ese|ish|i|is|an|ans|ic|ch|ks|ek|eks|ot|ots|er|ers)$")

# Other names of countries that reports use as names of their own; the record keeps
# them as written ("Britain"), while "America" or "U.S." become "United States".
FULL_NAME_ALIASES = tuple(country_aliases("full_name"))
