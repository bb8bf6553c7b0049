"""People who quit a place are displaced whatever the verb of leaving ("abandoned the
village", "deserted their farms": civilians do not desert, a force's members do); an
employer's own people it evacuates or relocates are not displaced; a hospital's patients
who die are the dead, not civilians by status (a war hospital treats fighters too).
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
        ("Around 600 households abandoned the village after the attack, local officials in Benue said.", 600),
        ("At least 1,000 villagers have deserted their farms in Zurmi for fear of bandits.", 1000),
        ("Some 2,500 residents abandoned their homes in Cité Soleil as the gangs advanced.", 2500),
        ("About 1,500 people have left Kidal for Algeria since the strikes began, the UNHCR said.", 1500),
    ],
)
def test_people_who_quit_a_place_are_displaced(nlp, text, value):
    assert quantity_of(nlp, text, value) == "displaced"


def test_soldiers_who_desert_are_deserters(nlp):
    text = "More than 300 soldiers deserted their posts in Sagaing last month, the resistance said."
    assert quantity_of(nlp, text, 300) == "deserted"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MSF evacuated 16 of its international and national staff members to Juba on Wednesday.", 16),
        ("The UN said it had evacuated 40 international staff from Goma as the M23 advanced.", 40),
        ("The ICRC relocated 25 of its employees from Wad Madani to Port Sudan.", 25),
    ],
)
def test_an_employers_people_moved_are_not_displaced(nlp, text, value):
    assert quantity_of(nlp, text, value) != "displaced"


def test_residents_evacuated_stay_displaced(nlp):
    text = "Authorities evacuated 3,000 residents from villages near the border in Sumy region."
    assert quantity_of(nlp, text, 3000) == "displaced"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fourteen patients died of their injuries at the district hospital in Lankien, MSF said.", 14),
        ("Doctors in El Obeid said nine patients had died of gunshot wounds since Sunday.", 9),
        ("Eight patients died of their wounds at the military hospital in Sittwe, staff said.", 8),
    ],
)
def test_patients_who_die_are_the_dead(nlp, text, value):
    assert quantity_of(nlp, text, value) == "killed"
