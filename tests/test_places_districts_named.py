"""Districts of a state the report names, placed at the middle of their towns (extract/places/second_level.py):
local copy names districts bare ("villagers from West Khasi Hills") or with their kind ("the Kamrup district
administration"), and the installed sources hold them only as the second-level area of their towns. Sentences
written for these tests, from state dailies and wires."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places


def _place(nlp, text: str, word: str):
    return next((p for p in find_places(nlp(text)) if p.name.startswith(word)), None)


@pytest.mark.parametrize("text, word, point, km", [
    # a Shillong daily: a district of several words, named bare after its state
    ("Three villagers from West Khasi Hills were killed in the firing, officials in Meghalaya said.",
     "West Khasi Hills", (25.55, 91.27), 60),
    # a Guwahati wire: a one-word district with its kind after it, in a body's name
    ("The Kamrup district administration imposed prohibitory orders after the clash, officials in Assam said.",
     "Kamrup", (26.2, 91.5), 80),
    # a Silchar daily: the source keeps "District" in the area's name
    ("In Dima Hasao, police said the highway through the hills of Assam had reopened after the blockade.",
     "Dima Hasao", (25.45, 92.95), 80),
])
def test_a_district_of_a_named_state_is_placed_at_its_towns_middle(nlp, text, word, point, km):
    place = _place(nlp, text, word)
    assert place is not None and place.country == "IN" and place.lat is not None, place
    assert distance_km(place.lat, place.lon, *point) < km, place


def test_a_one_word_district_needs_its_kind(nlp):
    # "Kamrup" bare could be anything a one-word name is; with no district word it is left alone
    place = _place(nlp, "Kamrup police said the men fled on foot, officials in Assam said.", "Kamrup")
    assert place is None or place.lat is None, place


def test_a_district_of_a_state_the_report_does_not_name_is_not_read(nlp):
    place = _place(nlp, "Three villagers from West Khasi Hills were killed, the officials said.", "West Khasi Hills")
    assert place is None or place.lat is None, place


def test_a_town_of_a_named_state_stays_a_town(nlp):
    places = find_places(nlp("Rains flooded Pune and Thane in Maharashtra, officials said."))
    assert {p.name: p.kind for p in places if p.name in ("Pune", "Thane")} == {"Pune": "city", "Thane": "city"}


@pytest.mark.parametrize("text, word, country", [
    # state media in Central Asia: a district named after a poet, "of" a province
    ("DUSHANBE: Militants crossed into the Shamsiddin Shohin district of Khatlon region near Kulob, officials said.",
     "Shamsiddin Shohin", "TJ"),
    # a Kabul wire
    ("KABUL: Floods swept through the Khwaja Ghar district of Takhar province, where a school in Taloqan was "
     "turned into a shelter, officials said.", "Khwaja Ghar", "AF"),
    # a Bishkek agency
    ("BISHKEK: Troops were sent to the Leilek district of Batken region after the clash near Isfana, officials said.",
     "Leilek", "KG"),
])
def test_the_district_of_a_province_is_a_place(nlp, text, word, country):
    place = _place(nlp, text, word)
    # the area, or the seat town it is named after when a source holds the town (Khwaja Ghar is
    # among GeoNames' seats without a population): on a map the town stands for its district
    assert place is not None and place.country == country, place
    assert place.kind == "region" or (place.kind == "city" and place.lat is not None), place


def test_the_district_of_a_city_is_still_its_quarter(nlp):
    # "the Al-Amarat district of Khartoum": a quarter, which Khartoum stands for: a place of the report
    # (as hand-made expectations keep "Abu Salim" of Tripoli or "Nova Holanda" of Rio), at Khartoum's point
    places = find_places(nlp("KHARTOUM: Shells fell on the Al-Amarat district of Khartoum on Sunday, residents said."))
    town = next(p for p in places if p.name == "Khartoum")
    for p in places:
        if "Amarat" in p.name:
            assert (p.lat, p.lon) == (town.lat, town.lon) and p.kind != "region", p
