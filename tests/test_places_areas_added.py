"""Areas news copy names that no installed source holds (data/curated_areas.tsv: Ladakh, a
union territory since 2019; Casamance; Galwan; Depsang; Dantewada; the VRAEM valley), and
adjectives of a land before "region" ("the Himalayan region", "the Andean region") that are
no place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


@pytest.mark.parametrize("text, name, country", [
    ("Troops from both sides were reinforced in eastern Ladakh after the talks failed.", "Ladakh", "IN"),
    ("Separatists ambushed an army convoy in Casamance, near Ziguinchor, on Sunday.", "Casamance", "SN"),
    ("The two armies disengaged from the Galwan Valley in 2020.", "Galwan Valley", "IN"),
    ("Patrols resumed in Depsang and at two other friction points.", "Depsang", "IN"),
    ("Maoists set fire to trucks on a highway in Dantewada on Friday.", "Dantewada", "IN"),
    ("Coca eradication teams were attacked in the VRAEM on Thursday.", "VRAEM", "PE"),
])
def test_an_area_the_sources_lack_is_placed(nlp, text, name, country):
    places = find_places(nlp(text))
    place = next((p for p in places if p.name.startswith(name.split()[0])), None)
    assert place is not None and place.country == country and place.lat is not None, [p.name for p in places]


@pytest.mark.parametrize("text, adjective", [
    ("The face-off was the worst in the Himalayan region since the deal near Leh.", "Himalayan"),
    ("Coca growing has spread across the Andean region, officials in Lima said.", "Andean"),
])
def test_an_adjective_of_a_land_before_region_is_no_place(nlp, text, adjective):
    names = [p.name for p in find_places(nlp(text))]
    assert not any(adjective in n for n in names), names


def test_a_name_before_region_is_still_a_place(nlp):
    names = [p.name for p in find_places(nlp("Shelling hit villages in the Kherson region overnight."))]
    assert any("Kherson" in n for n in names), names
