"""Planted munitions that go off ("At least 11 bombs hit Pattani", "Five roadside bombs
struck army convoys") count attacks, not equipment destroyed or delivered; bombs an
aircraft drops ("guided bombs") are delivered, and bombs found or defused stay equipment.
Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantity_of(nlp, text: str, value: float) -> str | None:
    return next((f["quantity"] for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 11 bombs and arson attacks hit Pattani, Yala and Narathiwat overnight.", 11),
        ("Twelve bombs exploded in Quetta on Sunday, wounding 20 people, police said.", 12),
        ("Five roadside bombs struck army convoys in Kech district last week.", 5),
        ("Three landmines exploded near the Thai border, wounding four rangers.", 3),
    ],
)
def test_munitions_that_go_off_are_attacks(nlp, text, value):
    assert quantity_of(nlp, text, value) == "other"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police defused 7 bombs planted near schools in Maiduguri.", 7),
        ("Russian aircraft dropped 31 guided bombs on the Kharkiv region over the past day.", 31),
        ("Around 40 guided bombs hit Zaporizhzhia overnight, the governor said.", 40),
        ("Troops found 14 mines along the road to Djibo.", 14),
    ],
)
def test_munitions_found_or_dropped_stay_equipment(nlp, text, value):
    assert quantity_of(nlp, text, value) == "equipment"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police in Rio arrested 31 people and seized 17 rifles, 9 pistols and 2 grenades.", 9),
        ("Troops in Northern Samar seized eight high-powered firearms after the clash.", 8),
        ("Police in Guayaquil seized 14 handguns and two shotguns from the gang's safe house.", 14),
    ],
)
def test_small_arms_seized_are_equipment(nlp, text, value):
    assert quantity_of(nlp, text, value) == "equipment"
