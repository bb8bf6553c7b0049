"""Helpers the claim tests share: claims of a text, and whether a speaker says some words."""

from __future__ import annotations

from claimledger.analyze import analyze_many
from claimledger.extract.claims import find_claims
from claimledger.model import Document


def claims_in(nlp, text: str):
    return find_claims(nlp(text))


def said(claims, speaker: str, words: str) -> bool:
    """Whether a claim whose speaker's name holds ``speaker`` has ``words`` in its text."""
    return any(speaker.lower() in c.speaker.name.lower() and words in c.text for c in claims)


def record_of(text: str) -> dict:
    """The whole record of a text analysed as one report."""
    return next(iter(analyze_many([Document(text=text)])))


def speaker_holding(claims, words: str):
    """The speaker of the first claim whose text holds ``words``, or None."""
    found = [c for c in claims if words in c.text]
    return found[0].speaker if found else None
