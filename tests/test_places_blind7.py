"""Places found after blind round 7 (Sagaing and Rakhine, Western Sahara, Ituri, the Pokrovsk and
Kupiansk fronts, Wollega): towns no installed source holds, a town GeoNames gives as another name
of a famous city, a village with a namesake the sources prefer, a town behind an epithet ("in
neighbouring X"), and an agency's name inside a dateline's brackets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places


def _named(places, name):
    return next((p for p in places if p.name == name), None)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Jets bombed two villages in Kani township, in Sagaing region, resistance fighters said.", "Kani", 22.72, 94.21),
    ("The Arakan Army said it had taken Ramree after weeks of fighting in Rakhine State.", "Ramree", 19.07, 93.82),
    ("Polisario units shelled army posts near Mahbes in Western Sahara, the movement said.", "Mahbes", 27.42, -9.05),
    ("A drone struck a pickup near Bir Lehlou, east of the sand wall in Western Sahara.", "Bir Lehlou", 26.35, -9.58),
    ("Prospectors were killed between Tifariti and the border, a Polisario official said.", "Tifariti", 26.16, -10.57),
    ("Russian infantry entered Udachne, west of Pokrovsk in Donetsk region, an officer said.", "Udachne", 48.25, 36.96),
])
def test_towns_no_installed_source_holds(nlp, text, name, lat, lon):
    place = _named(find_places(nlp(text)), name)
    assert place is not None and place.lat is not None, [p.name for p in find_places(nlp(text))]
    assert distance_km(place.lat, place.lon, lat, lon) < 30


def test_mambasa_in_ituri_is_not_mombasa(nlp):
    """GeoNames lists 'Mambasa' as another name of Mombasa, Kenya: the Ituri town is its own row."""
    places = find_places(nlp("Rebels raided a village outside Mambasa in Congo's Ituri province on Monday."))
    mambasa = _named(places, "Mambasa")
    assert mambasa is not None and mambasa.country == "CD"
    assert distance_km(mambasa.lat, mambasa.lon, 1.36, 29.05) < 30


def test_petropavlivka_by_kupiansk_is_the_kharkiv_village(nlp):
    text = "Troops repelled an assault on Petropavlivka, just east of Kupiansk in Kharkiv region, the army said."
    place = _named(find_places(nlp(text)), "Petropavlivka")
    assert place is not None and distance_km(place.lat, place.lon, 49.71, 37.69) < 30


@pytest.mark.parametrize("text, name", [
    ("Shelling cut the last road into neighbouring Myrnohrad, a Ukrainian officer said.", "Myrnohrad"),
    ("Aid trucks reached the besieged Babanusa garrison in West Kordofan, Sudan's army said.", "Babanusa"),
])
def test_a_town_behind_an_epithet_is_a_place(nlp, text, name):
    assert _named(find_places(nlp(text)), name) is not None


@pytest.mark.parametrize("text, name", [
    ("Clashes spread to villages of West Wollega zone in Ethiopia, a rights group said.", "West Wollega"),
    ("Thousands fled to Nekemte in East Wollega, Ethiopia, the council said.", "East Wollega"),
])
def test_ethiopian_zones_are_regions(nlp, text, name):
    place = _named(find_places(nlp(text)), name)
    assert place is not None and place.country == "ET" and place.kind == "region"


def test_an_agency_in_a_dateline_s_brackets_is_no_place(nlp):
    """A dateline left in the text: its credit names an agency (Saba), not the Caribbean island."""
    places = find_places(nlp("SANAA (Saba) - The Houthis said they fired missiles at a ship in the Red Sea on "
                             "Tuesday.\n\nThe ship's operator said it was unhurt."))
    names = {p.name for p in places}
    assert "Saba" not in names and "Red Sea" in names


def test_new_rows_name_their_reasons():
    """Each row the round added is covered by the comment above it (coordinates and why)."""
    rows = {row[0] for row in read_table("conflict_places.tsv")}
    for name in ("Kani", "Ramree", "Mahbes", "Bir Lehlou", "Tifariti", "Mambasa", "Petropavlivka", "Udachne"):
        assert name in rows
