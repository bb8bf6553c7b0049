"""Districts named in English where the sources write a local compass word ("West Singhbhum" for
"Pashchim Singhbhum", "East Champaran" for "Purba Champaran"), and districts of the state the report's
towns lie in when the report never writes the state (extract/places/second_level.py). Sentences
written for these tests, from Indian state dailies, NGO statements and wires."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places
from claimledger.extract.places.second_level import _english_compass


def _place(nlp, text: str, word: str):
    return next((p for p in find_places(nlp(text)) if p.name.startswith(word)), None)


@pytest.mark.parametrize("name, key", [
    ("Pashchim Singhbhum", "westsinghbhum"),
    ("Purba Medinipur", "eastmedinipur"),
    ("Uttar Dinajpur", "northdinajpur"),
    ("Dakshina Kannada", "southkannada"),
    ("Sumba Barat", "westsumba"),
    ("Ranchi", None),
    ("Uttar", None),
])
def test_local_compass_words_read_in_english(name, key):
    assert _english_compass(name) == ((key,) if key else ())


@pytest.mark.parametrize("text, word, point, km", [
    # an NGO statement from Jharkhand: the district in English, the state only through its towns
    ("The team visited three villages of West Singhbhum district after the firing, and later met the "
     "Superintendent of Police in Chaibasa.", "West Singhbhum", (22.42, 85.5), 60),
    # a Patna daily: the English name of Purba Champaran, and a town of Bihar
    ("Two men were lynched in a village of East Champaran district, police in Motihari said.",
     "East Champaran", (26.7, 84.95), 60),
    # a Kolkata wire: the district as the sources write it; Kolkata puts the story in West Bengal
    ("A party office in Purba Medinipur district was set on fire overnight, officials in Kolkata said.",
     "Purba Medinipur", (21.96, 87.84), 60),
    # a Jamshedpur report of the neighbouring district, written without the state
    ("Villagers of East Singhbhum district blocked the highway, a police officer in Jamshedpur said.",
     "East Singhbhum", (22.64, 86.45), 60),
])
def test_a_district_of_the_towns_state_is_placed_at_its_middle(nlp, text, word, point, km):
    place = _place(nlp, text, word)
    assert place is not None and place.country == "IN" and place.lat is not None, place
    assert distance_km(place.lat, place.lon, *point) < km, place


def test_a_district_takes_no_capitals_point(nlp):
    # "West Singhbhum" in a story whose only other town is the state capital: the district, not Ranchi
    place = _place(nlp, "Police in Ranchi said six Maoists were killed in an encounter in West Singhbhum "
                        "district on Tuesday.", "West Singhbhum")
    assert place is not None and place.lat is not None, place
    assert distance_km(place.lat, place.lon, 23.34, 85.31) > 60, place
