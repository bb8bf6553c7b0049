"""Armed expulsions are attacks (extract/events_expulsions.py); evictions by floods, landlords
or police, and forces driven from a town, are not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.data.tables import word_lists
from claimledger.model import Document


def events_of(nlp, text):
    """(type, actor side, place name) of each event of the whole record of ``text``."""
    record = analyze(Document(text=text))
    names = {p["id"]: p["name"] for p in record["places"]}
    return [(e["type"], (e.get("actor") or {}).get("side"), names.get(e["place"])) for e in record["events"]]


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen drove 40 families from their homes in the village of Kwall on Sunday night, residents said.", "Kwall"),
    ("Settlers expelled a Palestinian family from their home in Hebron at gunpoint on Tuesday.", "Hebron"),
    ("Al-Shabaab fighters chased residents out of the town of Bulo Burde.", "Bulo Burde"),
    ("Armed men expelled dozens of families from the village of Tidas, forcing them to flee to Dori.", "Tidas"),
    ("Hundreds of families were driven from their homes by gunmen in the village of Kwall.", "Kwall"),
    ("Forty families were evicted at gunpoint from the village of Tidas.", "Tidas"),
    ("Houthi fighters forced thousands of residents from their homes in Hodeidah.", "Hodeidah"),
    ("Militiamen forced hundreds of villagers out of their homes in Djugu territory.", None),
])
def test_people_put_out_of_their_homes_by_armed_men_are_attacked(nlp, text, place):
    assert ("attack", None, place) in events_of(nlp, text)


def test_a_state_force_expelling_people_attacks_them_for_its_side(nlp):
    found = events_of(nlp, "Israeli forces expelled Palestinian families from Masafer Yatta on Monday.")
    assert [k for k in found if k[:2] == ("attack", "IL")]


@pytest.mark.parametrize("text", [
    "Heavy rains drove hundreds of families from their homes in Beira.",
    "The landlord evicted 12 tenants from the building in Nairobi last month.",
    "Police evicted street vendors from the central market in Harare.",
    "Police forced protesters out of the square in Nairobi.",
    "Soldiers evacuated residents from the village of Kamanyola.",
    "The government forced 300 families from their homes to make way for a dam.",
    "The court ordered the tenants to leave the building in Lagos.",
])
def test_evictions_and_flight_without_armed_men_are_no_attack(nlp, text):
    assert not [k for k in events_of(nlp, text) if k[0] == "attack"]


def test_a_force_driven_out_loses_ground_and_is_not_expelled(nlp):
    found = events_of(nlp, "Troops drove the rebels out of the town of Kalehe on Friday.")
    assert [k[0] for k in found] == ["territory_change"]


def test_expulsion_words_are_lower_case_lists():
    lists = word_lists("expulsion_words.tsv")
    assert {"expel_verb", "expelled", "home_word", "by_force", "armed_doer", "civil_evictor"} == set(lists)
    assert {"drive", "expel", "evict"} <= lists["expel_verb"]
    assert not lists["civil_evictor"] & lists["armed_doer"]
    assert all(w == w.lower() for words in lists.values() for w in words)
