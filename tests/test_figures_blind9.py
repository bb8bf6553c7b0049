"""Figures found wanting by blind batch 9 (h71: Thailand-Cambodia wire, LoC live blog, northern
Benin aggregator, Afghan state media, CAR NGO update, Lamu Q/A), each rule tested with
sentences of several styles and wars written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> set[tuple[float, str, str | None]]:
    rec = analyze(Document(text=text), nlp)
    return {(f["value"], f["quantity"], f["side"]) for f in rec["figures"]}


def quantities(nlp, text: str, value: float) -> set[str]:
    return {q for v, q, _ in figures(nlp, text) if v == value}


# ---------------------------------------------------------------- refuge taken, households leaving: displaced
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 18,000 people have fled the town. Some 4,500 others have taken refuge around the UN base.", 4500),
        ("About 4,500 people have taken refuge in a school in Goma, the agency said.", 4500),
        ("The village is empty. About 300 families left for Mpeketoni and Hindi.", 300),
        ("More than 2,000 households have left the district since March, the agency said.", 2000),
        ("Some 2,000 residents moved to camps outside the town after the attack.", 2000),
        ("Adam Rijal told the radio that more than 8,000 families had reached Tawila since Thursday.", 8000),
        ("About 1,200 households arrived in Adre over the weekend, UNHCR said.", 1200),
    ],
)
def test_people_taking_refuge_or_leaving_are_displaced(nlp, text, value):
    assert quantities(nlp, text, value) == {"displaced"}, figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 500 soldiers left for the front on Monday.", 500),
        ("About 400 soldiers arrived in Goma on Sunday.", 400),
    ],
)
def test_forces_leaving_or_arriving_are_not_displaced(nlp, text, value):
    assert "displaced" not in quantities(nlp, text, value), figures(nlp, text)


# ---------------------------------------------------------------- carried off by captors: captured
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They killed four men. Two women were taken into the forest and we have not seen them since.", 2),
        ("Gunmen took 14 passengers away from the bus near Kaduna, police said.", 14),
        ("The fighters led 30 villagers off at gunpoint, survivors said.", 30),
        ("Militants dragged five aid workers into the bush, the agency said.", 5),
    ],
)
def test_people_carried_off_are_captured(nlp, text, value):
    assert quantities(nlp, text, value) == {"captured"}, figures(nlp, text)


def test_people_taken_to_hospital_are_not_captured(nlp):
    text = "Eleven people were taken to hospital in Poonch after the shelling."
    assert quantities(nlp, text, 11) == {"wounded"}, figures(nlp, text)


# ---------------------------------------------------------------- "They came, fifteen of them": the comers, not a toll
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen killed four people last week. They came around midnight, maybe fifteen of them, all with guns.", 15),
        ("Militants killed 12 villagers on Monday. They arrived on motorbikes, some forty of them, residents said.",
         40),
    ],
)
def test_them_of_the_sentences_own_subject_counts_no_toll(nlp, text, value):
    assert not quantities(nlp, text, value) & {"killed", "civilians_killed"}, figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Twelve soldiers were wounded in the ambush. Five of them later died in hospital.", 5, "killed"),
        ("Gunmen killed 40 people. They said seven of them were women.", 7, "civilians_killed"),
    ],
)
def test_them_of_a_toll_told_before_still_shares_its_fate(nlp, text, value, quantity):
    assert quantity in quantities(nlp, text, value), figures(nlp, text)
