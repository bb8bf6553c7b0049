"""Places no installed source holds but the text marks as places (extract/places/marked.py):
a name in apposition with its kind ("X, a village in Y district"), a name before its kind
("X village", "X upazila", "X, Y and Z villages"), a name after "in"/"at"/"near" that NER reads
as a place; each given the country (and area) of the place its sentence puts it in, never a
point. And what must stay no place: peoples ("a Kuki village"), persons in apposition ("a
village elder"), articles, bodies' names, units named after a land ("the Assam Rifles").
Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.places import find_places
from claimledger.model import Document


def _named(places, name):
    return next((p for p in places if p.name == name), None)


def _names(places):
    return [p.name for p in places]


@pytest.mark.parametrize("text, name, country, town", [
    # apposition: the kind after an article and a few modifiers
    ("Shelling hit Kharsa, a village in Idlib province, overnight.", "Kharsa", "SY", "Idlib province"),
    ("Gunmen raided Tungan Dutse, a remote farming hamlet near Zurmi in Zamfara state, on Friday.",
     "Tungan Dutse", "NG", "Zurmi"),
    ("Rebels took Kibirizi, a small market town in Rutshuru territory of North Kivu, at dawn.", "Kibirizi", "CD",
     "Rutshuru"),
    ("Mortars fell on Sedriki, a village about 12 km north of Kharkiv, the governor said.", "Sedriki", "UA", "Kharkiv"),
    ("Families fled Umm Batin, a settlement outside Raqqa, after the strike.", "Umm Batin", "SY", "Raqqa"),
    # the kind after the name
    ("Troops searched Lakhanpura village in Rajouri district after the ambush.", "Lakhanpura", "IN", "Rajouri"),
    ("Clashes spread to Dorbo woreda in the Amhara region, residents said.", "Dorbo", "ET", "Amhara region"),
])
def test_a_name_the_text_calls_a_place_is_kept_with_its_country(nlp, text, name, country, town):
    places = find_places(nlp(text))
    place = _named(places, name)
    assert place is not None, _names(places)
    assert place.country == country
    # a village borrows the point of a town named right after it ("near Zurmi", "outside Raqqa")
    # or of the seat its district is named after ("in Rajouri district"); with no town, of the
    # middle of the area its sentence puts it in ("in Idlib province"); and says whose point it is
    assert place.point_of is not None and place.point_of in town
    assert (place.lat, place.lon) == (_named(places, town).lat, _named(places, town).lon)


def test_a_list_closed_by_a_plural_kind_gives_every_name(nlp):
    places = find_places(nlp("Fighters moved through the Dorbo, Kalaf and Sarikamar woredas of Amhara region."))
    for name in ("Dorbo", "Kalaf", "Sarikamar"):
        place = _named(places, name)
        assert place is not None and place.country == "ET" and place.kind == "region", _names(places)


def test_the_area_is_the_one_its_sentence_puts_it_in(nlp):
    text = "Officials in Lawngtlai district of Mizoram said 300 people had reached the border village of Hnila."
    place = _named(find_places(nlp(text)), "Hnila")
    assert place is not None and place.country == "IN" and place.admin1 == "Mizoram"


def test_a_country_it_borders_is_not_where_it_lies(nlp):
    text = ("Officials in Cox's Bazar, Bangladesh, said boats to Dhaibat, a union bordering Myanmar, had stopped "
            "while the Naf river was closed.")
    place = _named(find_places(nlp(text)), "Dhaibat")
    assert place is not None and place.country == "BD"


def test_a_hamlet_near_another_unknown_name_takes_its_country(nlp):
    text = ("Police searched Buhumba, a village in Nyiragongo territory of North Kivu, and Rugari, "
            "a hamlet near Buhumba, on Monday.")
    places = find_places(nlp(text))
    assert {p.name: p.country for p in places if p.name in ("Buhumba", "Rugari")} == {"Buhumba": "CD", "Rugari": "CD"}


def test_the_same_name_later_without_its_kind_is_the_same_place(nlp):
    text = "Drones hit Novopil, a village in Donetsk region. Later, Novopil was quiet again."
    place = _named(find_places(nlp(text)), "Novopil")
    assert place is not None and len(place.mentions) == 2 and place.country == "UA"


def test_a_kind_only_one_country_has_places_a_name_its_sentence_does_not(nlp):
    # the report names India too; only Bangladesh has upazilas
    text = ("Families crossed from Bandarban into India's Mizoram and Tripura states last week. "
            "The operation would go on in the Alikadam and Kutupalong upazilas, the army said.")
    place = _named(find_places(nlp(text)), "Kutupalong")
    assert place is not None and place.country == "BD"


def test_a_name_after_in_that_ner_reads_as_a_place_is_kept_when_placed(nlp):
    text = "In North Kivu province, the army said 40 families moved to a school at Mabenga after the raid."
    place = _named(find_places(nlp(text)), "Mabenga")
    assert place is not None and place.country == "CD"


@pytest.mark.parametrize("text, absent", [
    ("A Kuki village was burned and the Meitei villages near Moirang emptied.", ("Kuki", "A Kuki", "Meitei")),
    ("Ahmed Saleh, a village elder, said the militia shelled Hajjah.", ("Ahmed Saleh",)),
    ("The district administration imposed a curfew in Rangamati on Sunday.", ("The",)),
    ("He studied at Harvard and worked in Parliament before joining Reuters in Geneva.",
     ("Harvard", "Parliament", "Reuters")),
    ("Fighters of the Unity for Peace in Central Africa (UPC) attacked an army post near Bria.", ("Central Africa",)),
    ("Companies of the Assam Rifles and the Punjab Regiment were sent to Moreh.", ("Assam", "Punjab")),
    ("The Chakma and Marma communities held rallies in Khagrachari.", ("Chakma", "Marma")),
])
def test_names_that_are_no_places_stay_out(nlp, text, absent):
    names = _names(find_places(nlp(text)))
    for name in absent:
        assert name not in names, names


def test_a_town_before_a_compass_word_and_district_is_the_district_not_the_town(nlp):
    places = find_places(nlp("Curfew was imposed in the Jiribam and Imphal West districts of Manipur."))
    assert "Imphal" not in _names(places)
    assert "Imphal West" in _names(places)


def test_an_event_on_the_village_is_placed_on_the_speakers_village():
    record = analyze(Document(text="Residents of Umm Batin, a village in Raqqa province, said mortars hit "
                                   "the village on Sunday."))
    names = {p["id"]: p["name"] for p in record["places"]}
    attacks = [e for e in record["events"] if e["type"] == "attack"]
    assert attacks and names.get(attacks[0]["place"]) == "Umm Batin"


def test_a_village_in_a_town_named_right_after_it_borrows_the_towns_point_and_says_so():
    record = analyze(Document(text="Indian troops returned fire. Two farmers died when shells landed in "
                                   "Chirkot and Dulanja villages in Uri, officials in Baramulla said."))
    places = {p["name"]: p for p in record["places"]}
    uri = places["Uri"]
    for name in ("Chirkot", "Dulanja"):
        village = places[name]
        assert village["country"] == "IN" and village["point_of"] == "Uri"
        assert (village["lat"], village["lon"]) == (uri["lat"], uri["lon"])
    assert "point_of" not in uri  # a place with its own point says nothing


def test_an_area_with_no_town_named_gives_a_village_its_middle_and_says_so(nlp):
    # the nearest point the report gives: a village nowhere on the map is never found
    places = find_places(nlp("Gunmen raided Tungan Dutse, a hamlet in Zamfara state, on Friday."))
    place, state = _named(places, "Tungan Dutse"), _named(places, "Zamfara state")
    assert place is not None and place.country == "NG" and place.point_of == "Zamfara"
    assert (place.lat, place.lon) == (state.lat, state.lon)


def test_a_village_in_a_country_alone_keeps_no_point(nlp):
    place = _named(find_places(nlp("Gunmen raided Tungan Dutse, a hamlet in Nigeria, on Friday.")), "Tungan Dutse")
    assert place is not None and place.country == "NG" and place.lat is None and place.point_of is None


@pytest.mark.parametrize("text, town", [
    ("Russian forces retook Bakhmut as Wagner fighters withdrew from the city, the ministry said.", "Bakhmut"),
    ("Government troops recaptured Kidal as the rebels pulled back north, the army said.", "Kidal"),
])
def test_a_town_after_a_verb_of_taking_is_a_place_whatever_the_tagger_reads(nlp, text, town):
    assert town in _names(find_places(nlp(text)))


def test_a_spaced_article_after_an_arabic_names_head_belongs_to_the_name(nlp):
    places = find_places(nlp("Militants attacked the village of Tall as Sultan, east of Idlib, on Monday."))
    assert "Tall as Sultan" in _names(places)
    assert not {"Tall", "Sultan"} & set(_names(places))


@pytest.mark.parametrize("text, name, country, admin1", [
    ("Six police officers died in an ambush in Garissa County on Wednesday.", "Garissa County", "KE", "Garissa"),
    ("Fighting spread to Lofa County, officials in Monrovia said.", "Lofa County", "LR", "Lofa"),
])
def test_a_county_named_like_an_admin1_area_is_that_area(nlp, text, name, country, admin1):
    place = _named(find_places(nlp(text)), name)
    assert place is not None and place.kind == "region" and place.country == country and place.admin1 == admin1


def test_a_province_after_in_the_is_where_the_name_lies(nlp):
    places = find_places(nlp("Azerbaijani forces fired at Armenian positions near Sotk, in the Gegharkunik "
                             "province, and in Syunik region on Tuesday."))
    sotk, province = _named(places, "Sotk"), _named(places, "Gegharkunik province")
    assert province is not None and province.country == "AM"  # the news spelling of Geghark'unik'i Marz
    assert sotk is not None and sotk.country == "AM" and sotk.admin1 == province.admin1
