"""Words that look like an event type and are another thing (texts written for these tests):

- "admitted" to hospital is no acknowledgement; "the ministry admitted that ..." is;
- armed men entering a village to burn it raid it (attack), troops entering a town deploy;
- a participle that says what a unit is ("a reinforced brigade", "a deployed battery") tells no move;
- a speaker who says another side's claims "were a crude fake" denies them, with the state
  of the office the speaker holds ("the head of the republic").
"""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _types(text: str) -> list[str]:
    return [e["type"] for e in analyze(Document(text=text))["events"]]


def _events(text: str) -> list[dict]:
    return analyze(Document(text=text))["events"]


@pytest.mark.parametrize("text", [
    "A nurse said nine people with gunshot wounds had been admitted from the village overnight.",
    "Twelve wounded soldiers were admitted to the military hospital in Goma.",
])
def test_admitted_to_hospital_is_no_acknowledgement(text):
    assert "acknowledge" not in _types(text)


@pytest.mark.parametrize("text", [
    "The ministry admitted that two soldiers had been killed by friendly fire near Bakhmut.",
    "The army admitted responsibility for the strike on the market.",
])
def test_an_admission_is_still_read(text):
    assert "acknowledge" in _types(text)


def test_armed_men_entering_a_village_raid_it():
    types = _types("Police said about 30 armed men entered the village of Nkonya before dawn, looting shops.")
    assert "attack" in types and "deploy" not in types


def test_troops_entering_a_town_still_deploy():
    assert "deploy" in _types("Ugandan troops entered the town of Bunia on Monday, the army said.")


@pytest.mark.parametrize("text", [
    "Troops from a reinforced border brigade patrol near Ramtha.",
    "A deployed artillery battery was photographed near Kupiansk.",
])
def test_a_participle_describing_a_unit_tells_no_move(text):
    assert "deploy" not in _types(text)


def test_a_unit_reinforced_is_still_a_deployment():
    assert "deploy" in _types("The army reinforced its positions near Ramtha on Sunday.")


def test_claims_called_a_crude_fake_are_denied_by_the_state_official():
    events = _events("The head of the republic, Ruslan Dadayev, said claims on foreign channels that police had "
                     "burned a mosque in Nazran were \"a crude fake\". Ingushetia's police chief said the same.")
    denials = [e for e in events if e["type"] == "deny"]
    assert denials and (denials[0]["actor"] or {}).get("side") == "RU", events


@pytest.mark.parametrize("text", [
    "He said the figures were accurate.",
    "Analysts said the claims were plausible.",
])
def test_claims_called_true_are_no_denial(text):
    assert "deny" not in _types(text)


def test_a_command_dismissing_a_message_as_propaganda_denies_it_for_the_state():
    events = _events("Troops were ambushed near Pichari in Peru's Cusco region on Friday. A post on an account "
                     "linked to the rebels claimed they had killed twelve soldiers. The Joint Command dismissed "
                     "the post as \"propaganda meant to frighten people.\"")
    denials = [e for e in events if e["type"] == "deny"]
    assert any((e["actor"] or {}).get("side") == "PE" for e in denials), events
