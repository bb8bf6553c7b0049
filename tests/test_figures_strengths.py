"""Counts that fell to ``other`` on unseen web reports (h123): families driven or expelled from
villages are displaced; a crowd's size stays ``other`` (the record has no crowd quantity) but is
counted, with the crowd as its subject; units and reinforcements sent are a deployment; state
media's "violators were destroyed", "wiped out", "sent to hell" are killings. Sentences written
for these tests, across wars and outlet styles (wire, state media, NGO release)."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["figures"]


def quantities(nlp, text: str, value: float) -> set[str]:
    return {f["quantity"] for f in figures(nlp, text) if f["value"] == value}


# ---------------------------------------------------------------- driven, expelled, evicted: displaced
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 300 families were driven from their homes in the villages around Kalehe, the agency said.", 300),
        ("The army expelled 45 families from the hamlet of Wad Madani on Tuesday.", 45),
        ("Around 1,500 villagers were expelled by the rebels, according to the NGO's release.", 1500),
        ("Settlers forced 15 Palestinian families out of their homes in Masafer Yatta, the group said.", 15),
        ("About 70 families were evicted from the camp by armed men on Sunday.", 70),
        ("Militiamen chased around 600 villagers from their homes, residents said.", 600),
        ("Some 400 households were expelled from the district after the clashes, OCHA said.", 400),
    ],
)
def test_people_driven_or_expelled_are_displaced(nlp, text, value):
    assert quantities(nlp, text, value) == {"displaced"}, figures(nlp, text)


def test_diplomats_expelled_are_not_counted_as_displaced(nlp):
    text = "Bamako expelled two French diplomats on Monday, the foreign ministry said."
    assert "displaced" not in quantities(nlp, text, 2)


# ---------------------------------------------------------------- a crowd: other, the crowd counted
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Thousands took to the streets of Khartoum; police estimated the crowd at 5,000.", 5000, "crowd"),
        ("Organisers said 15,000 people joined the march in Tbilisi; police put the number at 4,000.", 4000,
         "march"),
        ("A crowd of about 10,000 people filled the square in Yerevan.", 10000, None),
        ("The rally in Dhaka drew about 20,000 supporters of the opposition.", 20000, None),
        ("About 5,000 protesters gathered outside the parliament in Nairobi on Thursday.", 5000, None),
        ("Police dispersed around 300 demonstrators with tear gas in Lome.", 300, None),
    ],
)
def test_a_crowds_size_is_counted_as_other(nlp, text, value, subject):
    found = [f for f in figures(nlp, text) if f["value"] == value]
    assert [f["quantity"] for f in found] == ["other"], found
    if subject is not None:
        assert subject in (found[0]["subject"] or ""), found
    assert found[0]["side"] is None, found  # police estimated it: the crowd is not the police's


def test_a_crowds_dead_stay_killed(nlp):
    text = "Police fired on the crowd, killing 12 protesters, witnesses said."
    assert quantities(nlp, text, 12) == {"killed"}


# ---------------------------------------------------------------- units and reinforcements sent: deployed
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Two additional companies were sent to Kidal, Mali's army said.", 2, None),
        ("Mali's army sent two additional companies to Kidal.", 2, "ML"),
        ("Two more battalions were moved to the front near Pokrovsk, the general staff said.", 2, None),
        ("Kenya will deploy two more battalions to Haiti, the ministry said.", 2, "KE"),
        ("The government dispatched 3 battalions of gendarmes to the region.", 3, None),
        ("Two companies of paratroopers were flown into Timbuktu overnight.", 2, None),
        ("A further 400 were flown in overnight, the spokesman said.", 400, None),
        ("Chad sent an additional battalion of 600 men to the front.", 600, "TD"),
        ("Fresh reinforcements, 1,200 men, reached the city on Sunday.", 1200, None),
        ("Another 300 soldiers were ferried to Goma on Monday.", 300, None),
    ],
)
def test_units_and_reinforcements_sent_are_deployed(nlp, text, value, side):
    found = [f for f in figures(nlp, text) if f["value"] == value]
    assert [f["quantity"] for f in found] == ["deployed"], found
    if side is not None:
        assert found[0]["side"] == side, found


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Ukraine's forces inflicted losses on three Russian brigades near Kupiansk.", 3, "other"),
        ("Eleven people were flown to hospital in Kharkiv after the strike.", 11, "wounded"),
    ],
)
def test_units_harmed_and_people_flown_to_hospital_are_not_deployed(nlp, text, value, quantity):
    assert quantities(nlp, text, value) == {quantity}, figures(nlp, text)


def test_companies_that_are_firms_are_not_troops(nlp):
    text = "Two companies won contracts to rebuild the bridge at Kherson."
    assert "deployed" not in quantities(nlp, text, 2)


# ---------------------------------------------------------------- state media's killings
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Four violators were destroyed by border guards, the ministry said.", 4),
        ("Border guards destroyed 3 intruders who tried to cross the line, the agency said.", 3),
        ("Up to 40 militants were wiped out in the strike, the ministry said.", 40),
        ("The troops exterminated 25 bandits in the forest, state television said.", 25),
        ("The army said it had taken out 14 terrorists in the raid.", 14),
        ("The air force struck the hideout, sending 17 khwarij to hell, the statement said.", 17),
        ("Our fighters eradicated 12 occupiers near the village, the statement said.", 12),
        ("Border troops eliminated 12 militants in the mountains, the agency reported.", 12),
    ],
)
def test_state_media_killings_are_killed(nlp, text, value):
    assert quantities(nlp, text, value) == {"killed"}, figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("The ministry sent 300 soldiers to the border, the agency said.", 300, "deployed"),
        ("Rescuers took 40 people out of the rubble in Antakya.", 40, None),
    ],
)
def test_sending_and_taking_out_alone_are_no_killing(nlp, text, value, quantity):
    found = quantities(nlp, text, value)
    assert "killed" not in found, found
    if quantity is not None:
        assert found == {quantity}, found


def test_troops_flown_in_on_a_forces_word_are_its_states(nlp):
    text = ("JUBA, Feb 12 — The SSPDF said its troops had repelled the attack and that a further 400 troops were "
            "flown in to Nasir on Sunday.")
    assert {(f["quantity"], f["side"]) for f in figures(nlp, text) if f["value"] == 400} == {("deployed", "SS")}


@pytest.mark.parametrize(
    "text",
    [
        ("ReliefWeb\nSudan: Flash Update No. 12\n\nSource: OCHA | Posted 12 March 2025\n\nHIGHLIGHTS\n"
         "- Some 300 families were driven from their homes in villages east of El Geneina.\n"
         "- Armed men expelled 300 households from Kutum locality on 10 March.\n"),
        "NAY PYI TAW, 3 March -- Security forces drove 300 families from the village, a rights group said.",
    ],
)
def test_displacement_in_a_pages_bullets_and_under_a_dateline(nlp, text):
    assert quantities(nlp, text, 300) == {"displaced"}, figures(nlp, text)
