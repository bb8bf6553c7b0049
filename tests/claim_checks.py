"""Helpers the claim tests share: claims of a text, and whether a speaker says some words."""

from __future__ import annotations

from claimledger.extract.claims import find_claims


def claims_in(nlp, text: str):
    return find_claims(nlp(text))


def said(claims, speaker: str, words: str) -> bool:
    """Whether a claim whose speaker's name holds ``speaker`` has ``words`` in its text."""
    return any(speaker.lower() in c.speaker.name.lower() and words in c.text for c in claims)
