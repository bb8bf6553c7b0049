"""A truce broken is an attack by whoever broke it, not a truce made (extract/events_violations.py);
armed men, a force's arm and counted crowds in killings (extract/events_senses.py).
Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type, sides


@pytest.mark.parametrize(("text", "side"), [
    ("The Indian Army said Pakistani troops violated the ceasefire along the Line of Control in the Poonch sector.",
     "PK"),
    ("Armenia's defence ministry said Azerbaijani forces breached the truce near Sotk on Tuesday.", "AZ"),
    ("Thailand accused Cambodian troops of violating the ceasefire agreement near the border on Sunday.", "KH"),
])
def test_a_ceasefire_violated_is_an_attack_by_the_violator(nlp, text, side):
    found = events(nlp, text)
    assert not of_type(found, "agreement"), found
    attacks = of_type(found, "attack")
    assert attacks and side in sides(attacks), found


@pytest.mark.parametrize("text", [
    "Protesters violated the curfew in Port-au-Prince on Monday, police said.",
    "The company breached its contract with the ministry in Juba, a court found.",
])
def test_breaking_a_rule_or_a_contract_is_no_attack(nlp, text):
    assert not of_type(events(nlp, text), "attack"), events(nlp, text)


def test_a_truce_signed_is_still_an_agreement(nlp):
    text = "The army and the SPLM-N signed a ceasefire agreement in Juba on Monday."
    assert of_type(events(nlp, text), "agreement"), events(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("The Burkinabe army's air component neutralized dozens of terrorists near Djibo on Tuesday, AIB reported.",
     "BF"),
    ("Armed men killed 12 farmers in Yelwata on Friday night, local leaders said.", None),
    ("The Nigerian army's special forces killed scores of bandits in Zamfara, the army said.", "NG"),
])
def test_armed_men_and_a_forces_arm_killing_attack(nlp, text, side):
    found = of_type(events(nlp, text), "attack")
    assert found and sides(found) == {side}, events(nlp, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The Houthis said they had downed an American MQ-9 drone over Marib province.", "attack"),
    ("Tatmadaw columns cleared the area of terrorist insurgents near Kawlin, state media reported.",
     "territory_change"),
    ("Pakistani troops cleared the Tirah valley of militants after a week-long operation, the ISPR said.",
     "territory_change"),
    ("The Ethiopian National Defence Force foiled an attempt by Fano to infiltrate Debre Tabor, ENA reported.",
     "battle"),
    ("Nigerian troops thwarted an attack on a military base in Borno State, the army said.", "battle"),
    ("Suspected ADF rebels hacked to death 15 people in a village near Beni, the civil society said.", "attack"),
])
def test_communique_verbs_of_force_tell_their_events(nlp, text, kind):
    assert of_type(events(nlp, text), kind), events(nlp, text)


@pytest.mark.parametrize("text", [
    "The storm downed power lines across Port-au-Prince on Monday.",
    "Workers cleared the road of debris after the floods in Kasai.",
    "Police foiled a robbery at a bank in Lagos on Tuesday.",
])
def test_the_same_verbs_on_things_tell_no_event(nlp, text):
    found = [e for e in events(nlp, text) if e["type"] in {"attack", "territory_change", "battle"}]
    assert not found, found


def test_a_drone_downed_is_disrupted_weapons_use(nlp):
    found = of_type(events(nlp, "The Houthis said they had downed an American MQ-9 drone over Marib."), "attack")
    assert found and found[0]["acled"] == "Strategic developments / Disrupted weapons use", found
