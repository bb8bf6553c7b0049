"""Intentions a person holds (claims_intentions.py): "the senator wants to run again", "the
mayor plans to close the market", "he refused to sign the decree" are claims of that
person; a force's aims as the reporter reads them ("the militia seeks to capture the
airport", "Russia wants to take the region", "soldiers want to go home"), a war aim even
of a named leader ("wants to capture the capital"), a condition ("if you want to …") and a
description ("those who want to leave") are not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # politics, wire: a named person's plan
    ("The senator wants to run for governor again next year.", "senator", "wants",
     "to run for governor again next year"),
    ("The mayor of Bamako plans to close the central market on Friday.", "mayor", "plans",
     "to close the central market on Friday"),
    # a refusal and a decision, Congo and Peru
    ("President Tshisekedi refused to sign the amnesty decree.", "Tshisekedi", "refused",
     "to sign the amnesty decree"),
    ("Dina Boluarte decided to withdraw her nominee for the electoral board.", "Dina Boluarte", "decided",
     "to withdraw her nominee for the electoral board"),
    # an interview: a person's aim, in the first person
    ("I intend to reopen the clinic in Kharkiv as soon as the power is back.", "I", "intend",
     "to reopen the clinic in Kharkiv as soon as the power is back"),
    # an offer and a preference of a person
    ("Former prime minister Simplice Sarandji offered to chair the reconciliation commission.", "Sarandji", "offered",
     "to chair the reconciliation commission"),
    ("The governor prefers to hold the talks in Mombasa.", "governor", "prefers", "to hold the talks in Mombasa"),
    # a relative clause on a named person
    ("The mayor, Carlos Ortiz, who wants to cut the fuel tax, spoke first.", "Carlos Ortiz", "wants",
     "to cut the fuel tax"),
    # a lawmaker seeking a vote
    ("The lawmaker seeks to bring the pension bill to a vote before the recess.", "lawmaker", "seeks",
     "to bring the pension bill to a vote before the recess"),
])
def test_an_intention_of_a_person_is_a_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert any(speaker in s and q == cue and c == content for s, q, c in claims), claims


@pytest.mark.parametrize("text", [
    # forces, states and their aims, as the reporter reads them
    "The militia seeks to capture the airport.",
    "Russia wants to take the whole of Donetsk.",
    "Soldiers want to go home.",
    "The commander plans to retake the town by spring.",
    "The general offered to resign.",                        # a soldier's
    "Hamas wants to keep its weapons.",
    "The RSF aims to control all of Darfur.",
    # a war aim, even of a named leader
    "Putin wants to capture Kyiv.",
    "Putin wants to take Bakhmut before the winter.",
    "Netanyahu plans to expand the offensive in Rafah.",
    # a condition, a description, a negation
    "If you want to understand the siege, look at the map.",
    "Those who want to leave the camp must register with the council.",
    "He does not want to talk about the talks.",
])
def test_aims_of_forces_conditions_and_descriptions_are_no_claim(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The health ministry plans to reopen the schools in Mekelle in March.", "health ministry",
     "to reopen the schools in Mekelle in March"),
    ("The electoral commission hopes to publish the results from Kasai by Friday.", "electoral commission",
     "to publish the results from Kasai by Friday"),
])
def test_a_plan_of_a_civil_body_is_a_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "Hezbollah plans to rebuild the border villages.",       # an armed group
    "The Kremlin wants to freeze the conflict.",             # a state
    "The army plans to reopen the road to Goma.",            # a force
    "The government refused to let the aid convoys through.",  # a body's refusal: an act reported
    "The government wants to crush the rebellion in Amhara.",  # a war aim
])
def test_a_plan_of_a_state_a_force_or_an_armed_group_is_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_an_intention_inside_a_reported_clause_is_not_a_second_claim(nlp):
    claims = found(nlp, "The governor said she plans to close the border crossing at Rafah.")
    assert [(s, c) for s, _, c in claims] == [("governor", "she plans to close the border crossing at Rafah")], claims
