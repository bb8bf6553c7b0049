"""A cumulative toll told with words between the toll and its number ("bringing the death
toll since the war began to 51,000", "raising the number of civilians killed in Sumy this
month to 85"): the parse hangs "to" on a verb inside the toll's phrase, and the count was
lost. Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantity_of(nlp, text: str, value: float) -> str | None:
    return next((f["quantity"] for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Israeli strikes killed 43 Palestinians in Gaza over the past 24 hours, bringing the death toll since the "
         "war began to 51,000, the health ministry said.", 51000),
        ("The attack killed 12 people, bringing the number of civilians killed in Sumy this month to 85.", 85),
        ("Bandits killed 9 villagers on Sunday, raising the death toll from a week of attacks in Zamfara to 60.", 60),
    ],
)
def test_a_cumulative_toll_with_words_between_is_read(nlp, text, value):
    assert quantity_of(nlp, text, value) in ("killed", "civilians_killed")


def test_a_number_after_to_on_an_unrelated_verb_is_no_toll(nlp):
    text = "The army said 30 soldiers were killed, then moved the bodies to 3 hospitals in Kharkiv."
    assert quantity_of(nlp, text, 3) not in ("killed", "civilians_killed")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seven more bodies were recovered on Tuesday, taking the toll from the strike to 31, officials in "
         "Port-au-Prince said.", 31),
        ("The new attacks pushed the death toll in Benue this month to 140, Amnesty said.", 140),
    ],
)
def test_a_verb_that_moves_a_toll_gives_it_its_number(nlp, text, value):
    assert quantity_of(nlp, text, value) == "killed"


def test_a_verb_that_moves_no_toll_is_no_tally(nlp):
    assert quantity_of(nlp, "Troops took 40 prisoners near Kupiansk, the general staff said.", 40) == "captured"
