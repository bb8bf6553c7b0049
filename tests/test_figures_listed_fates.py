"""A list's later counts of people share the fate of its first ("47 wounded patients,
including 13 children and nine women": nine women wounded too), unless a verb of their own
tells another; and rangers (Thailand's, Pakistan's) are a state's force like troops.
Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantity_of(nlp, text: str, value: float) -> str | None:
    return next((f["quantity"] for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value), None)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("The hospital in Port Sudan admitted 60 wounded people, among them 20 children and 15 women.", 15,
         "wounded"),
        ("Our teams in Lankien received 47 wounded patients between Monday and Wednesday, most of them with "
         "gunshot injuries, including 13 children and nine women.", 9, "wounded"),
        ("The attack near Kalemie displaced 3,000 people, among them 1,200 children and 900 women, OCHA said.",
         900, "displaced"),
        ("At least 25 civilians were killed in the strike on the camp in Rakhine, including 8 children and "
         "6 women.", 6, "civilians_killed"),
    ],
)
def test_a_lists_later_counts_share_its_fate(nlp, text, value, quantity):
    assert quantity_of(nlp, text, value) == quantity


def test_a_verb_of_their_own_keeps_their_fate(nlp):
    text = "Gunmen killed 12 soldiers and abducted 30 villagers in Zamfara."
    assert quantity_of(nlp, text, 30) == "captured"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thanawat said 1,500 additional rangers would be deployed to the three provinces by the end of the "
         "week.", 1500),
        ("The Sindh government said 400 more rangers had been sent to Karachi's Lyari district.", 400),
    ],
)
def test_rangers_are_a_force(nlp, text, value):
    assert quantity_of(nlp, text, value) == "deployed"


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Thai soldiers patrolled Yala after insurgents bombed a market in the Thai province on Sunday.\n"
         "Army spokesman Col. Thanawat said 1,500 "
         "additional rangers would be deployed to the three provinces.", 1500, "TH"),
        ("Gunmen attacked a police post in Karachi, Pakistan, overnight.\nThe provincial home minister said 400 "
         "more rangers had been sent to the city.", 400, "PK"),
    ],
)
def test_rangers_a_state_sends_are_its_own(nlp, text, value, side):
    found = next(f for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value)
    assert (found["quantity"], found["side"]) == ("deployed", side)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Burkina Faso's junta, which seized power in 2022, has recruited some 50,000 VDP auxiliaries.", 50000),
        ("Mali's army said 300 auxiliaries had been sent to guard the road to Gao.", 300),
    ],
)
def test_auxiliaries_are_a_force(nlp, text, value):
    assert quantity_of(nlp, text, value) == "deployed"
