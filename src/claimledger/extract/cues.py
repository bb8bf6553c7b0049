"""Reporting verbs and nouns: the one vocabulary of cues, read from ``data/cues.tsv``.

Every stage that asks "does this word report speech?" asks here: the claim reader
(which cues take an object, which close a sentence of reported speech, which
prepositions lead to their content), the figure reader (a speaker is not the people a
count counts) and the place reader (a town that speaks is a person or a government).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from claimledger.data import read_table

ROLES = frozenset({"object", "closing", "speaks", "quoting", "stance"})


@dataclass(frozen=True)
class Cue:
    lemma: str
    hedge: str
    polarity: str
    roles: frozenset[str]
    prepositions: frozenset[str]


def _cells(cell: str) -> frozenset[str]:
    return frozenset() if cell == "-" else frozenset(cell.split(","))


@lru_cache(maxsize=1)
def _all_rows() -> dict[str, Cue]:
    return {
        lemma: Cue(lemma, hedge, polarity, _cells(roles), _cells(prepositions))
        for lemma, hedge, polarity, roles, prepositions in read_table("cues.tsv")
    }


@lru_cache(maxsize=1)
def cue_table() -> dict[str, Cue]:
    """Every reporting cue by lemma. Stance verbs ("support", "back") are left out: they
    report nothing said, and only claims_stances.py reads them, with its own guards."""
    return {lemma: cue for lemma, cue in _all_rows().items() if "stance" not in cue.roles}


@cache
def cues_with(role: str) -> frozenset[str]:
    """Lemmas of the cues that play ``role`` (one of :data:`ROLES`)."""
    if role not in ROLES:
        raise ValueError(f"unknown cue role {role!r}; known: {', '.join(sorted(ROLES))}")
    return frozenset(lemma for lemma, cue in _all_rows().items() if role in cue.roles)


def content_prepositions(lemma: str) -> frozenset[str]:
    """Prepositions after which a cue's content follows: "warned *of* famine"."""
    cue = cue_table().get(lemma)
    return cue.prepositions if cue else frozenset()
