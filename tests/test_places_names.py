"""Places against names: a town's name opening a person's name, places the headline
alone names, and countries named only by their demonym. Sentences written for these
tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.places import find_places
from claimledger.read import read_text
from claimledger.schema import schema_errors


def names(nlp, text: str) -> set[str]:
    return {p.name for p in find_places(nlp(text))}


# ------------------------------------------------------------------ a town opening a person's name
@pytest.mark.parametrize("text, not_place", [
    ("'We will hold the road,' Bo Naing Lin said from Sagaing.", "Bo"),
    ("The column was led by Bo Naing Lin, a former schoolteacher, villagers said.", "Bo"),
    ("Speaking by phone, Kalay Myo Thant said the monastery had been hit twice.", "Kalay"),
    ("Rebel spokesman Goma Kasereka Lwanzo denied the allegation on Tuesday.", "Goma"),
])
def test_a_town_opening_a_longer_capitalised_name_is_no_place(nlp, text, not_place):
    assert not_place not in names(nlp, text)


def test_the_first_name_alone_later_stays_the_person(nlp):
    text = ("Bo Naing Lin, who commands a resistance column, said the junta had bombed Kalay. "
            "Bo said his fighters would not withdraw.")
    found = names(nlp, text)
    assert "Bo" not in found and "Kalay" in found


@pytest.mark.parametrize("text, place", [
    ("Doctors at Goma Hospital treated dozens of wounded after the shelling.", "Goma"),
    ("Kharkiv Mayor Ihor Terekhov said two drones hit a residential block.", "Kharkiv"),
    ("The army said it had retaken villages across Sagaing Region.", "Sagaing Region"),
    ("Aid convoys reached El Obeid Airport late on Sunday.", "El Obeid"),
])
def test_a_facility_title_or_designator_after_a_town_keeps_the_town(nlp, text, place):
    assert place in names(nlp, text)


def test_a_town_the_tagger_reads_as_a_verb_after_in_is_still_a_town(nlp):
    # "Sagaing" ends like a participle; capitalised inside a sentence it is a name
    assert "Sagaing" in names(nlp, "Heavy fighting was reported in Sagaing and around Kalay this week.")


# ------------------------------------------------------------------ the headline's places
def record(nlp, text: str) -> dict:
    return analyze(read_text(text), nlp)


def test_a_place_named_only_in_the_headline_is_a_place_of_the_report(nlp):
    rec = record(nlp, "Army says it has retaken Wad Madani from the RSF\n\n"
                      "Troops entered the city on Saturday after weeks of fighting, a military "
                      "spokesman told reporters in Port Sudan.\n")
    by_name = {p["name"]: p for p in rec["places"]}
    assert "Wad Madani" in by_name and "Port Sudan" in by_name
    title = rec["document"]["title"]
    start, end = by_name["Wad Madani"]["title_mentions"][0]
    assert title[start:end] == "Wad Madani" and by_name["Wad Madani"]["mentions"] == []
    assert schema_errors(rec) == []


def test_a_place_in_headline_and_body_is_one_place_with_both_spans(nlp):
    rec = record(nlp, "Drones strike Kramatorsk for a second night\n\n"
                      "Two people were wounded when drones hit Kramatorsk overnight, the regional governor said.\n")
    kramatorsk = [p for p in rec["places"] if p["name"] == "Kramatorsk"]
    assert len(kramatorsk) == 1 and kramatorsk[0]["mentions"] and kramatorsk[0]["title_mentions"]


def test_an_outlet_closing_the_headline_is_no_place(nlp):
    rec = record(nlp, "Junta jets bomb monastery near Monywa | Myanmar Now\n\n"
                      "At least nine people were killed when jets struck a monastery outside Monywa on "
                      "Friday, residents said.\n")
    assert "Myanmar" not in {p["name"] for p in rec["places"]}


def test_a_headline_town_of_a_country_the_report_is_not_about_is_dropped(nlp):
    # "Bo" here is the commander the body names in full, not the town in Sierra Leone
    rec = record(nlp, "Bo Naing Lin Vows To Hold Kalay Road\n\n"
                      "Resistance commander Bo Naing Lin said on Monday his column would defend the "
                      "road to Kalay in Myanmar's Sagaing Region.\n")
    found = {p["name"] for p in rec["places"]}
    assert "Bo" not in found and "Kalay" in found


# ------------------------------------------------------------------ demonyms
@pytest.mark.parametrize("text, country", [
    ("Sudanese troops shelled positions near the river on Monday, a spokesman said.", "SD"),
    ("Malian and Russian soldiers withdrew from the camp, residents said.", "ML"),
    ("The Houthis said they fired at an American destroyer; Yemeni officials gave no toll.", "YE"),
])
def test_a_country_named_only_by_its_demonym_is_no_place(nlp, text, country):
    # The record's places are places the text names (each with its spans); a demonym names
    # a party. The shared expectations never require such a country and list countries
    # that are only actors under places_allowed.
    assert country not in {p.country for p in find_places(nlp(text)) if p.kind == "country"}


def test_a_demonym_in_the_headline_is_no_place_either(nlp):
    rec = record(nlp, "Sudanese Army Shells RSF Positions Near El Fasher\n\n"
                      "The army shelled positions east of El Fasher on Monday, residents said.\n")
    assert {p["name"] for p in rec["places"]} == {"El Fasher"}


# ------------------------------------------------------------------ small places vouched for
@pytest.mark.parametrize("text, place", [
    ("Rebels said they had taken Kamanyola, a border town south of the provincial capital.", "Kamanyola"),
    ("Fighters overran Sirwah, a small farming district west of the city, officials said.", "Sirwah"),
    ("Congo's army had retaken Luvungi by nightfall, a local chief said.", "Luvungi"),
])
def test_an_appositive_with_modifiers_or_a_capture_verb_vouches_for_a_small_town(nlp, text, place):
    assert place in names(nlp, text)


@pytest.mark.parametrize("text, place, lat, lon", [
    ("Boats carrying families crossed Lake Tanganyika towards Kalemie overnight.", "Lake Tanganyika", -6.0, 29.6),
    ("Shelling was heard across Lake Kivu from Gisenyi, residents said.", "Lake Kivu", -2.0, 29.15),
    ("Displaced families from Marib reached Seiyun in Hadramawt this week.", "Seiyun", 15.94, 48.79),
])
def test_lakes_and_towns_war_reports_name_resolve(nlp, text, place, lat, lon):
    from claimledger.extract.gazetteer import distance_km

    found = {p.name: p for p in find_places(nlp(text))}
    assert place in found and distance_km(found[place].lat, found[place].lon, lat, lon) < 60


# ------------------------------------------------------------------ names of parties and areas
@pytest.mark.parametrize("text, country", [
    ("The Sudan Liberation Movement said its fighters held the road west of the camp.", "SD"),
    ("Israel Defense Forces said they struck a launcher near Rafah overnight.", "IL"),
])
def test_a_country_opening_an_organisations_name_is_no_place(nlp, text, country):
    assert country not in {p.country for p in find_places(nlp(text)) if p.kind == "country"}


def test_a_country_named_as_such_beside_an_organisation_is_still_a_place(nlp):
    found = find_places(nlp("Fighting in Sudan has displaced millions, the Sudan Doctors Network said."))
    assert [p.name for p in found if p.kind == "country"] == ["Sudan"]


def test_bare_gaza_is_the_strip_when_the_report_names_the_strip(nlp):
    found = find_places(nlp("Strikes hit Gaza overnight. Aid agencies said the Gaza Strip had run out of fuel. "
                            "In Gaza City, two hospitals closed."))
    by_kind = {p.kind: p for p in found}
    assert len(found) == 2 and by_kind["region"].mentions[0] == (12, 16)
    assert by_kind["city"].name == "Gaza City"


def test_jebel_marra_is_an_area_of_darfur(nlp):
    found = {p.name: p for p in find_places(nlp("Families walked on towards Jebel Marra, residents said."))}
    assert found["Jebel Marra"].country == "SD"


# ------------------------------------------------------------------ NER's labels against the gazetteer
def test_a_big_city_tagged_as_a_nationality_is_still_the_city(nlp):
    # "Omdurman" ends like a demonym and NER may call it NORP
    assert "Omdurman" in names(nlp, "Our forces now control all of Omdurman and are pursuing the militia west.")


def test_a_country_tagged_as_a_person_with_its_possessive_is_still_the_country(nlp):
    found = names(nlp, "Burkina Faso's junta, in power since 2022, has expelled French troops, residents said.")
    assert "Burkina Faso" in found


def test_a_village_whose_last_word_names_a_far_town_is_no_place(nlp):
    # "Ta" is another name of a big Chinese city only by a loose reading: not a place that
    # stops "Lone" from being the last word of the village's name
    found = find_places(nlp("Residents of Kyauk Ta Lone village said jets bombed Kyaukphyu in Myanmar."))
    assert {p.country for p in found} == {"MM"}


# ------------------------------------------------------------------ a town and its region
def test_a_town_the_report_calls_a_city_stays_the_city_beside_its_region(nlp):
    found = find_places(nlp("Missiles struck the centre of Sumy, the head of the Sumy city administration said. "
                            "Shelling also hit eleven villages in Sumy region."))
    kinds = {(p.name, p.kind) for p in found}
    assert ("Sumy", "city") in kinds and ("Sumy region", "region") in kinds


def test_a_bare_name_still_joins_the_region_the_report_names(nlp):
    found = find_places(nlp("Fighting continued in the Kursk region. Troops in Kursk were resupplied by road."))
    assert [(p.name, p.kind) for p in found] == [("Kursk region", "region")]


def test_a_small_town_read_by_another_spelling_far_from_the_rest_is_dropped(nlp):
    text = ("Artillery hit communities in Sumy region, including Khotin, Krasnopillia and Velyka Pysarivka, "
            "the regional administration said.")
    found = names(nlp, text)
    assert "Khotin" not in found and {"Krasnopillia", "Velyka Pysarivka"} <= found
