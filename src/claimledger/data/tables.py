"""Typed readers of the curated tables that several modules share.

Each table has one reader here, so that a word list lives in one file and every module
reads it the same way: number words (``number_words.tsv``) for extract/numbers.py,
extract/when.py and the hedge patterns of extract/claims.py; other names of countries
(``country_aliases.tsv``) for the gazetteer, the place reader and the side table.
Nothing here imports spaCy: the web view reads numbers without it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from claimledger.data import read_table

NUMBER_KINDS = ("unit", "teen", "tens", "scale", "scale_abbr", "dozen", "denominator", "vague", "article")


@cache
def _number_rows() -> tuple[tuple[str, int, str], ...]:
    return tuple((word, int(value), kind) for word, value, kind in read_table("number_words.tsv"))


def number_words(*kinds: str) -> dict[str, int]:
    """Number words of the given kinds (all kinds when none is given) with their values,
    in the table's order: ``number_words("unit", "teen")`` is zero to nineteen."""
    unknown = set(kinds) - set(NUMBER_KINDS)
    if unknown:
        raise ValueError(f"unknown number-word kind {sorted(unknown)[0]!r}; known: {', '.join(NUMBER_KINDS)}")
    return {word: value for word, value, kind in _number_rows() if not kinds or kind in kinds}


# Words as written out: every kind but the abbreviations ("k", "bn") that only follow digits.
SPELLED_KINDS = tuple(kind for kind in NUMBER_KINDS if kind != "scale_abbr")


def number_word_alternation(*kinds: str) -> str:
    """A regex alternation (no group) of the number words of ``kinds`` (every spelled-out
    kind, :data:`SPELLED_KINDS`, when none is given), longest first so that "seventeen"
    wins over "seven"; a space in a word matches any run of whitespace. Put it inside
    ``(?:...)`` and end it with ``\\b``."""
    words = sorted(number_words(*(kinds or SPELLED_KINDS)), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


COUNTRY_USES = ("place", "side", "full_name")


@cache
def _country_rows() -> tuple[tuple[str, str, frozenset[str]], ...]:
    return tuple((alias, code, frozenset(uses.split(","))) for alias, code, uses in read_table("country_aliases.tsv"))


def country_aliases(use: str) -> dict[str, str]:
    """Other names of countries (``country_aliases.tsv``) that serve ``use`` (one of
    :data:`COUNTRY_USES`), each with its ISO 3166-1 alpha-2 code, in the table's order."""
    if use not in COUNTRY_USES:
        raise ValueError(f"unknown country-alias use {use!r}; known: {', '.join(COUNTRY_USES)}")
    return {alias: code for alias, code, uses in _country_rows() if use in uses}


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of a two-column (word, list) table such as ``place_words.tsv``: each
    list's name with its words. A word may stand in several lists."""
    lists: dict[str, set[str]] = {}
    for word, list_name in read_table(name):
        lists.setdefault(list_name, set()).add(word)
    return {list_name: frozenset(words) for list_name, words in lists.items()}


@cache
def number_qualifiers(role: str) -> dict[str, str | None]:
    """Words before a number (``number_qualifiers.tsv``) of ``role`` ("hedge" or
    "neutral"), each with the side it bounds ("min", "max") or None, in the table's order."""
    if role not in ("hedge", "neutral"):
        raise ValueError(f"unknown number-qualifier role {role!r}; known: hedge, neutral")
    return {phrase: None if bound == "-" else bound
            for phrase, row_role, bound in read_table("number_qualifiers.tsv") if row_role == role}


@cache
def combatant_words() -> frozenset[str]:
    """Nouns of fighters, singular and plural (``combatant_words.tsv``): "300 soldiers"
    counts fighters where "120 people" counts people at large."""
    return frozenset(row[0] for row in read_table("combatant_words.tsv"))


@cache
def page_labels() -> frozenset[str]:
    """Words that open a line with a colon but are the page's own labels, naming nobody and
    no place (``page_labels.tsv``): "Update:", "Name:", "Contributing:", "Country:"."""
    return frozenset(row[0] for row in read_table("page_labels.tsv"))


@cache
def population_words() -> frozenset[str]:
    """Lemmas of people who speak as people of a place, not for a party to the war
    (``population_words.tsv``): residents, witnesses, survivors, refugees…"""
    return frozenset(row[0] for row in read_table("population_words.tsv"))


# ---------------------------------------------------------------- who speaks for a state (sides.py)
STATE_FORCE_KINDS = ("force", "security", "intelligence", "media", "contractor", "government")
ARMED_GROUP_KINDS = ("rebel", "jihadist", "paramilitary", "militia", "movement", "wing", "coalition")
INTERNATIONAL_KINDS = ("un", "regional", "alliance", "aid", "rights", "court")
SIDE_WORD_CLASSES = ("group", "exile", "monitor", "civilian", "official", "visitor", "office")


@cache
def state_forces() -> tuple[tuple[str, str, str], ...]:
    """Named forces, services and state media of a state (``state_forces.tsv``):
    (phrase, ISO code, kind), kind one of :data:`STATE_FORCE_KINDS`."""
    return tuple((phrase, side, kind) for phrase, side, kind in read_table("state_forces.tsv"))


@cache
def armed_groups() -> dict[str, tuple[str, str]]:
    """Non-state armed groups (``armed_groups.tsv``): phrase -> (theatre, kind). The
    theatre is where a group fights, never its side: a group has none."""
    return {phrase: (theatre, kind) for phrase, theatre, kind in read_table("armed_groups.tsv")}


@cache
def international_bodies() -> dict[str, str]:
    """International organisations, missions and aid or rights groups
    (``international_bodies.tsv``): phrase -> kind."""
    return {phrase: kind for phrase, kind in read_table("international_bodies.tsv")}


@cache
def side_words(*classes: str) -> frozenset[str]:
    """Words of ``side_words.tsv`` in the given classes (:data:`SIDE_WORD_CLASSES`)."""
    unknown = set(classes) - set(SIDE_WORD_CLASSES)
    if unknown:
        raise ValueError(f"unknown side-word class {sorted(unknown)[0]!r}; known: {', '.join(SIDE_WORD_CLASSES)}")
    # an office word ("prosecutor", "officials") is an official word too, one a rebel force lacks
    wanted = set(classes) | ({"office"} if "official" in classes else set())
    return frozenset(word for word, cls in read_table("side_words.tsv") if cls in wanted)


def _person_key(name: str) -> str:
    """A person's name as a lookup key: folded to ASCII, lower case, letters only."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


@cache
def state_leaders() -> dict[str, str]:
    """Leaders of states by name key (``state_leaders.tsv``): every full name, and the single
    words that name one of them alone ("putin"), to the side of the state they serve."""
    found: dict[str, str] = {}
    for name, side, _office, alone in read_table("state_leaders.tsv"):
        found[_person_key(name)] = side
        for word in ([] if alone == "-" else alone.split(",")):
            found[_person_key(word)] = side
    return found


def leader_side(name: str) -> str | None:
    """The state a person of ``state_leaders.tsv`` serves, by their full name or a word that
    names them alone ("Zelensky", "President Ruto" read as "Ruto"), else None."""
    return state_leaders().get(_person_key(name))


# ---------------------------------------------------------------- words of a person's name
NAME_PARTICLE_KINDS = ("arabic_article", "assimilated_article", "kin", "of", "article")
# the particles that stand as words of their own between a name's words ("bin Ali", "de la Cruz");
# the assimilated article ("ash-Sharif") only ever joins the next word by a hyphen
STANDALONE_PARTICLE_KINDS = ("arabic_article", "kin", "of", "article")


@cache
def name_particles(*kinds: str) -> frozenset[str]:
    """Lower-case particles inside a person's name (``name_particles.tsv``) of the given
    kinds (:data:`NAME_PARTICLE_KINDS`; every kind when none is given)."""
    unknown = set(kinds) - set(NAME_PARTICLE_KINDS)
    if unknown:
        raise ValueError(f"unknown name-particle kind {sorted(unknown)[0]!r}; known: {', '.join(NAME_PARTICLE_KINDS)}")
    return frozenset(word for word, kind in read_table("name_particles.tsv") if not kinds or kind in kinds)


def name_particle_alternation(*kinds: str) -> str:
    """A regex alternation (no group) of the particles of ``kinds`` (every kind when none
    is given), longest first so that "binti" wins over "bin" and "dos" over "do"."""
    return "|".join(sorted(name_particles(*kinds), key=lambda w: (-len(w), w)))


@cache
def name_particle_pattern(glued_word: str | None = None) -> str:
    """A regex (no group, case as written) of one lower-case particle as a name writes it:
    a standalone particle ("bin", "de"), and, given the pattern of the name word a hyphen
    may glue to it, that particle glued ("al-Sharabi") and the assimilated article, which
    is only ever glued ("ash-Sharif"). Without ``glued_word``, the standalone particles."""
    alone = name_particle_alternation(*STANDALONE_PARTICLE_KINDS)
    if glued_word is None:
        return f"(?:{alone})"
    glued = name_particle_alternation("assimilated_article")
    return f"(?:(?:{alone})(?:-{glued_word})?|(?:{glued})-{glued_word})"
