"""The words of a speaker's phrase (data/speaker_words.tsv: title, role, organisation,
document) and the cleaning of a phrase's text, shared by the speaker readers."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from claimledger.data import read_table


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, str]:
    return {word: cls for word, cls in read_table("speaker_words.tsv")}


def word_class(token: Token | str) -> str | None:
    text = token if isinstance(token, str) else token.text
    return speaker_words().get(text.lower())


SPACES = re.compile(r"\s+")
SPACED_POSSESSIVE = re.compile(r"\s+(['’]s)\b")  # "Russia 's" as the tokens join
LEADING_ARTICLE = re.compile(r"^(the|a|an|one)\s+", re.I)


def clean(text: str) -> str:
    text = SPACES.sub(" ", text).strip(" ,;:-–—")
    if "'s" not in text and "’s" not in text:
        return text  # no possessive to join: a template substitution costs a call into re's Python code
    return SPACED_POSSESSIVE.sub(r"\1", text)


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common given names and the sex they tell (data/first_names.tsv), lower case."""
    return {name: sex for name, sex in read_table("first_names.tsv")}
