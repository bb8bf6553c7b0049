"""Whom a party says it fights, narrowed by "only" or set against whom it spares, is a stance,
not a battle (extract/events_fights.py). Sentences written for these tests, several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _battles(text: str) -> int:
    record = analyze(Document(text=text, published="2026-12-04"))
    return sum(e["type"] == "battle" for e in record["events"])


@pytest.mark.parametrize("text", [
    "The group said it is fighting only the army, not civilians.",
    "The rebels said they were fighting solely government troops.",
    "Al-Shabaab says it is fighting the foreign troops, not the Somali people.",
    "The Arakan Army said it was fighting exclusively junta forces in the state.",
])
def test_whom_a_party_says_it_fights_is_no_battle(text: str) -> None:
    assert _battles(text) == 0


@pytest.mark.parametrize("text", [
    "Troops were fighting only a few hundred metres from the airport, residents said.",
    "Rebels were fighting government forces just outside Kidal, witnesses said.",
    "Police and gang members were fighting in the market on Friday.",
])
def test_forces_fighting_somewhere_still_fought(text: str) -> None:
    assert _battles(text) == 1
