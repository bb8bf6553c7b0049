"""Shapes of names that are not the places a gazetteer holds under their words, and one that is
a town's surroundings (extract/places: view.py, filters.py, find.py):

- a person's full name a given name opens and a particle runs through ("Maria do Socorro
  Lima"): the tagger loses the person and the gazetteer sees Socorro and Lima;
- a body's short name after "the" ("the Alliance" after "the Drylands Relief Alliance");
- money named after a land ("US dollars", "Hong Kong dollars");
- two towns' names glued into one municipality's ("San Juan Copala" is not Copala in Guerrero);
- a town's colloquial region ("the Goma region"), placed at the town, not the province's middle;
- "Federal" of a body's name ("the Federal Police").

Sentences written for these tests, from several wars and outlet styles."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places


def _names(nlp, text: str) -> list[str]:
    return [p.name for p in find_places(nlp(text))]


@pytest.mark.parametrize("text, not_places", [
    # an NGO interview from Brazil: the coordinator's full name, then her surname alone
    ("We spoke to Maria do Socorro Lima, who coordinates the commission in the Amazon, about the "
     "killings. The state police declined to comment on Lima's allegations.", {"Socorro", "Lima"}),
    # a wire from Colombia: a Spanish name with "de la"
    ("Gunmen shot dead Jose de la Cruz Medellin, a community leader in Cauca, on Friday, the "
     "ombudsman's office said.", {"Cruz", "Medellin"}),
    # state media in the Gulf: "bin" between the given name and the family's
    ("Mohammed bin Rashid Hama received the delegation in Abu Dhabi, the agency reported.", {"Hama"}),
])
def test_a_full_name_with_a_particle_is_a_persons(nlp, text, not_places):
    names = _names(nlp, text)
    assert not any(n in not_places for n in names), names


def test_a_place_after_a_persons_name_with_a_particle_is_still_placed(nlp):
    names = _names(nlp, "The union leader Maria da Silva Santos was shot dead near Altamira in Para "
                        "state, police said. Santos had received threats.")
    assert "Altamira" in names and "Santos" not in names, names


@pytest.mark.parametrize("text, body_word", [
    # an NGO release: the consortium's full name, then "the Alliance"
    ("The Drylands Relief Alliance said 9,000 people had crossed into Kenya. The Alliance is "
     "calling on donors to fund water trucks.", "Alliance"),
    # a press agency in the Horn: the African Union, then "the Union"
    ("The African Union appointed an envoy for Sudan on Monday. The Union said monitors would reach "
     "Darfur within weeks.", "Union"),
])
def test_a_bodys_short_name_is_no_town(nlp, text, body_word):
    assert body_word not in _names(nlp, text)


def test_a_town_named_like_a_bodys_last_word_is_still_a_town(nlp):
    names = _names(nlp, "Police in Alliance, Ohio, said two men were shot outside a bar on Friday.")
    assert "Alliance" in names, names


@pytest.mark.parametrize("text, land", [
    ("The agency appealed for 2.4 million US dollars to truck water to the camps in Chad.", "United States"),
    ("Donors pledged 12 million Hong Kong dollars for the refugees in Cox's Bazar.", "Hong Kong"),
    ("The ransom was set at 50,000 Singapore dollars, the kidnappers' message in Sulu said.", "Singapore"),
])
def test_money_named_after_a_land_is_no_place(nlp, text, land):
    assert land not in _names(nlp, text)


def test_a_land_before_its_money_elsewhere_is_still_placed(nlp):
    names = _names(nlp, "Aid workers flew from Hong Kong to Cox's Bazar, where a meal costs two US dollars.")
    assert "Hong Kong" in names and "United States" not in names, names


@pytest.mark.parametrize("text, halves", [
    # San Juan Copala (Oaxaca) is not Copala in Guerrero beside some San Juan
    ("Gunmen burned homes in San Juan Copala, a Triqui town in Oaxaca, on Tuesday, state officials said.",
     {"San Juan", "Copala"}),
    # an aggregator rewrite: San Miguel Totolapan is one municipality of Guerrero, not Totolapan in Morelos
    ("About 1,300 people were sheltering in schools in San Miguel Totolapan, civil protection said.",
     {"San Miguel", "Totolapan"}),
])
def test_two_town_names_glued_into_one_are_neither_town(nlp, text, halves):
    names = _names(nlp, text)
    assert not any(n in halves for n in names), names


@pytest.mark.parametrize("text, towns", [
    # a road between two cities names both
    ("Trucks on the Damascus Aleppo highway were hit by drones near Saraqeb, Syrian officials said.",
     {"Damascus", "Aleppo"}),
    # a comma keeps two towns apart
    ("Shelling hit Kupiansk, Izium and Balakliia overnight, the governor said.", {"Kupiansk", "Izium"}),
])
def test_towns_that_are_not_glued_are_kept(nlp, text, towns):
    names = set(_names(nlp, text))
    assert towns <= names, names


@pytest.mark.parametrize("text, name, town", [
    # an aid release from eastern Congo: the Goma region is around Goma, far south of North Kivu's middle
    ("The fighting displaced families across the Goma region, officials in North Kivu said.", "Goma", (-1.68, 29.23)),
    # a Brazilian interview: the Maraba region is around Maraba, 400 km from the middle of Para
    ("She coordinates the land commission in the Marabá region of Pará, where six workers were killed.",
     "Mara", (-5.37, -49.12)),
])
def test_a_towns_colloquial_region_is_placed_at_the_town(nlp, text, name, town):
    place = next(p for p in find_places(nlp(text)) if p.name.startswith(name))
    assert place.lat is not None and distance_km(place.lat, place.lon, *town) < 30, place


def test_a_formal_area_named_like_its_seat_keeps_the_areas_middle(nlp):
    # Kherson region is an oblast: its own entry, not the city's point
    place = next(p for p in find_places(nlp("Shelling hit villages in the Kherson region overnight, "
                                                "the governor said.")) if p.name.startswith("Kherson"))
    assert place.kind == "region" and place.lat is not None


def test_federal_of_a_bodys_name_is_no_place(nlp):
    names = _names(nlp, "In our view the federal government must send the Federal Police to Anapu in Para state.")
    assert not any(n.startswith("Federal") for n in names), names
