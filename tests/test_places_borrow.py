"""Villages no installed source holds borrow the point of the report's nearest town of their
country (extract/places/borrow.py), and say whose point it is; never from a dateline, a
headline, a capital while another town is named, a town abroad, an area ("Rutshuru
territory"), and never when the sentence puts the village in an area the gazetteer lacks.
Texts written for these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places
from claimledger.model import Document


def _named(places, name):
    return next((p for p in places if p.name == name), None)


@pytest.mark.parametrize("text, village, town", [
    # wire: the village first, the town it lies by two sentences on
    ("Border guards held a shepherd near the village of Dzhavakh on Monday. Officials in Gori said he would "
     "be returned within days.", "Dzhavakh", "Gori"),
    # local paper: the district seat named before the village
    ("Displaced families keep arriving in Kaga Bandoro. Many came from Mbrenguila village, where armed men "
     "burned granaries last week.", "Mbrenguila", "Kaga-Bandoro"),
    # NGO report: a town of the same country after a list of villages
    ("Witnesses said fighters entered Kalimbe village at dawn. The wounded were carried to the clinic in "
     "Kalehe.", "Kalimbe", "Kalehe"),
])
def test_a_village_borrows_the_point_of_the_nearest_town_of_the_report(nlp, text, village, town):
    places = find_places(nlp(text))
    got, near = _named(places, village), _named(places, town)
    assert got is not None and near is not None, [p.name for p in places]
    assert got.geonames_id is None and got.point_of is not None and got.point_of.replace(" ", "-") == town
    assert (got.lat, got.lon) == (near.lat, near.lon)


def test_the_capital_lends_no_point_while_another_town_is_named(nlp):
    places = find_places(nlp("Soldiers stopped a farmer near the village of Nikozi, officials in Tbilisi said. "
                             "He was taken to Tskhinvali for questioning."))
    village = _named(places, "Nikozi")
    assert village is not None and village.point_of == "Tskhinvali"


def test_a_town_abroad_lends_no_point(nlp):
    places = find_places(nlp("Gunmen attacked Ngomeni village in Kenya's Lamu county, police said. Officials in "
                             "Mogadishu, Somalia, said they had no information."))
    village = _named(places, "Ngomeni")
    assert village is None or village.point_of != "Mogadishu"


def test_a_village_in_an_area_the_gazetteer_lacks_keeps_no_point(nlp):
    # the sentence says it lies in that area, wherever the area is: not at the speaker's town
    places = find_places(nlp("Fighters burned Tokowi, a village in Ilaga Jaya, the police in Nabire said."))
    village = _named(places, "Tokowi")
    assert village is None or village.point_of is None


def test_a_village_in_a_province_borrows_only_from_a_town_of_that_province(nlp):
    inside = find_places(nlp("Rockets fell on Khirbet Abed, a village in Idlib province. Aid came from Saraqib "
                             "later."))
    assert _named(inside, "Khirbet Abed").point_of == "Saraqib"
    # Deir ez-Zor lies in another province, far across the country: the village lends nothing to
    # it, and it stands at the middle of the province its sentence puts it in
    other = find_places(nlp("Rockets fell on Khirbet Abed, a village in Idlib province. Aid came from Deir ez-Zor "
                            "later."))
    village = _named(other, "Khirbet Abed")
    assert village is not None and village.point_of == "Idlib"
    assert distance_km(village.lat, village.lon, 35.93, 36.63) < 60


def test_a_town_in_the_neighbouring_area_is_said_to_border_the_story(nlp):
    places = find_places(nlp("Troops were flown into Pichari on Friday. In Chaupimayo, a river town in the "
                             "neighbouring Ayacucho region, the mayor said families had fled."))
    assert _named(places, "Chaupimayo").point_of == "Pichari"


def test_a_report_with_no_town_leaves_the_village_without_a_point(nlp):
    places = find_places(nlp("Shelling hit Sokolivka, a hamlet in eastern Ukraine, on Tuesday."))
    village = _named(places, "Sokolivka")
    assert village is None or (village.lat is None and village.point_of is None)


def test_the_record_says_whose_point_a_village_borrows():
    rec = analyze(Document(text="Police said attackers raided Mkwajuni village overnight. Seven wounded people "
                                "were brought to the hospital in Mtwara."))
    village = next((p for p in rec["places"] if p["name"] == "Mkwajuni"), None)
    assert village is not None and village["point_of"] == "Mtwara" and village["lat"] is not None


def test_a_capital_written_otherwise_than_the_gazetteer_lends_no_point_while_another_town_is_named(nlp):
    # GeoNames holds New Delhi's point as "Delhi": the report's own spelling is the capital's too
    places = find_places(nlp("Soldiers of both sides fought near the village of Phobrang, officials in New Delhi said. "
                             "The wounded were flown to a military hospital in Leh."))
    village = _named(places, "Phobrang")
    assert village is not None and village.point_of == "Leh"
