"""An armed expulsion whose "from" phrase the parser hangs on the people put out ("armed men
expelled some 90 families from the camp", read as "families from the settlement")
is still an attack on them, placed where they were put out of. The guards of
events_expulsions.py hold: the police evicting vendors, or families from a town moving on
their own, are no attack. Short sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def events(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["events"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last month armed men expelled some 90 families from the Nova Terra camp near Altamira and set fire to "
        "their huts, the land commission said.",
        "Last week gunmen drove some 60 households from the village of Kaya and looted their grain stores, "
        "residents said.",
        "Armed settlers evicted 12 Palestinian families from the hamlet of Khirbet Zanuta at dawn, the rights "
        "group said.",
    ],
)
def test_armed_men_putting_families_out_of_a_place_is_an_attack(nlp, sentence):
    found = [e for e in events(nlp, sentence) if e["type"] == "attack"]
    assert found and found[0]["actor"]["side"] is None, events(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Municipal police evicted 40 street vendors from the market square on Monday, the city said.",
        "About 200 families from the border villages moved to a relief camp, officials said.",
    ],
)
def test_a_civil_eviction_or_a_move_is_no_attack(nlp, sentence):
    assert not [e for e in events(nlp, sentence) if e["type"] == "attack"], events(nlp, sentence)
