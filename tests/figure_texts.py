"""Helpers of the figure tests: one parse per text, and the figures and checks read from it."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract.figures import find_figures
from claimledger.model import Check, Figure
from claimledger.nlp import load


@lru_cache(maxsize=1)
def nlp() -> Language:
    return load()


@lru_cache(maxsize=256)
def parsed(text: str) -> Doc:
    return nlp()(text)


def figures(text: str, **kw: object) -> list[Figure]:
    return find_figures(parsed(text), **kw)[0]  # type: ignore[arg-type]


def checks(text: str) -> list[Check]:
    return find_figures(parsed(text))[1]


def triples(text: str) -> set[tuple[float, str, str | None]]:
    return {(f.value, f.quantity, f.side) for f in figures(text)}


def one(text: str, value: float) -> Figure:
    found = [f for f in figures(text) if f.value == value]
    assert len(found) == 1, f"{value} in {[(f.value, f.quantity, f.text) for f in figures(text)]}"
    return found[0]
