"""How places are chosen and placed when the gazetteer lacks a village or NER misreads a list:
a village borrows the point of its district's seat or of the town a distance is measured
from; two towns joined by "and" after a locative word are two places, not a body; "at" after
a facility names where it stands; an area abroad reached only by dropping an Arabic article
is no place of the story; a spaced dash parts two phrases, not a name; loose spellings meet
names without their article. Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import gazetteer
from claimledger.extract.places import find_places


def _named(places, name):
    return next((p for p in places if p.name == name), None)


def _names(places):
    return [(p.name, p.country, p.lat, p.point_of) for p in places]


@pytest.mark.parametrize("text, village, town", [
    # a district, municipality or rayon named after its seat: the seat's point stands for the village
    ("Insurgents razed Ngoshe Sama, a hamlet in Gwoza district, before dawn.", "Ngoshe Sama", "Gwoza"),
    ("Shells fell on Zaliznianske, a village in Bakhmut district, the governor said.", "Zaliznianske", "Bakhmut"),
    # a possessive hands the village on to the smaller area: "in Borno's Gwoza district"
    ("Insurgents razed Ngoshe Sama, a hamlet in Borno's Gwoza district, before dawn.", "Ngoshe Sama", "Gwoza"),
    # a distance from a town: "a hamlet 15 km from Tanguieta"
    ("Gunmen raided Koualou, a hamlet 15 km from Tanguieta in northern Benin, on Sunday.", "Koualou", "Tanguieta"),
])
def test_a_village_borrows_its_seats_or_its_neighbours_point(nlp, text, village, town):
    places = find_places(nlp(text))
    place, seat = _named(places, village), _named(places, town)
    assert place is not None and seat is not None, _names(places)
    assert place.point_of == town and (place.lat, place.lon) == (seat.lat, seat.lon)


def test_a_village_in_a_province_stands_at_the_provinces_middle_not_its_capital(nlp):
    # a province is too wide for its capital's point: the village stands at the province's middle,
    # the nearest point the report gives, and says so
    places = find_places(nlp("Militants burned Tala Kora, a village in Kandahar province, on Friday."))
    place, province = _named(places, "Tala Kora"), _named(places, "Kandahar province")
    assert place is not None and place.country == "AF" and place.point_of == "Kandahar"
    assert province is not None and (place.lat, place.lon) == (province.lat, province.lon)


def test_a_village_placed_beside_another_village_borrows_through_it(nlp):
    # "Dalwa Kura, 12 km from Ngoshe Sama", and Ngoshe Sama lies in Gwoza district
    text = ("Troops cleared Ngoshe Sama, a hamlet in Gwoza district, on Monday. On Tuesday they moved "
            "on to Dalwa Kura, a village about 12 km from Ngoshe Sama, residents said.")
    places = find_places(nlp(text))
    tumbi = _named(places, "Dalwa Kura")
    assert tumbi is not None and tumbi.point_of == "Gwoza", _names(places)


@pytest.mark.parametrize("text, towns", [
    ("Observers now patrol out of Kramatorsk and Sloviansk every morning.", ("Kramatorsk", "Sloviansk")),
    ("Police closed the road between Kidal and Tessalit after the ambush.", ("Kidal", "Tessalit")),
])
def test_two_towns_joined_by_and_are_two_places(nlp, text, towns):
    places = find_places(nlp(text))
    for town in towns:
        assert _named(places, town) is not None, _names(places)


@pytest.mark.parametrize("text, town", [
    ("Two wounded rangers were flown to the army base at Dapaong on Friday.", "Dapaong"),
    ("The detainees were held at the police station at Tanguieta, in northern Benin, for a week.", "Tanguieta"),
])
def test_at_after_a_facility_names_where_it_stands(nlp, text, town):
    places = find_places(nlp(text))
    assert _named(places, town) is not None, _names(places)


def test_an_area_abroad_reached_by_dropping_an_article_is_no_place(nlp):
    # "Al-Jura" is a Syrian village, not the Swiss canton of Jura
    places = find_places(nlp("Government troops shelled the village of Al-Jura near Maarat al-Numan in Syria's "
                             "Idlib province, residents said."))
    assert all(p.country != "CH" for p in places), _names(places)


def test_a_spaced_dash_ends_a_name(nlp):
    text = ("The Movement for the Liberation of the Enclave of Lakora - Armed Wing said its fighters had "
            "attacked a patrol near Kidal in Mali.")
    places = find_places(nlp(text))
    assert not any(" - " in p.name for p in places), _names(places)


def test_loose_spellings_meet_names_without_their_article():
    # "Zubeir" is Az Zubayr in Basra, "Sheikh Zuweid" is Ash Shaykh Zuwayd in North Sinai
    gaz = gazetteer()
    assert any(h.entry.name == "Az Zubayr" and h.entry.country == "IQ" for h in gaz.lookup("Zubeir"))
    assert any(h.entry.country == "EG" and "Zuwayd" in h.entry.name for h in gaz.lookup("Sheikh Zuweid"))


def test_news_names_of_a_governorate_and_a_country(nlp):
    places = find_places(nlp("Curfews were imposed across North Sinai, and refugees crossed into the "
                             "Republic of Congo."))
    sinai, congo = _named(places, "North Sinai"), next((p for p in places if p.country == "CG"), None)
    assert sinai is not None and sinai.country == "EG" and sinai.kind == "region", _names(places)
    assert congo is not None and congo.kind == "country", _names(places)


def test_a_namesake_in_another_province_than_the_sentence_says_is_no_reading(nlp):
    # the only Puncak the sources hold lies in West Java; the sentence puts this one in Papua
    text = ("JAYAPURA, Indonesia - Separatist fighters ambushed a police patrol in Puncak regency in "
            "Indonesia's Papua province on Sunday. Later they set fire to a clinic in Sinak, a district "
            "in Puncak, officers in Jayapura said.")
    places = find_places(nlp(text))
    for place in places:
        if place.name in ("Puncak", "Sinak"):
            assert place.lat is None or place.lat > -5.5, _names(places)  # nowhere near Java (-7.4)
    puncak = _named(places, "Puncak")
    assert puncak is not None and puncak.country == "ID", _names(places)


def test_a_list_of_areas_is_no_contradiction(nlp):
    places = find_places(nlp("The valley spans parts of Ayacucho, Cusco and Junin regions of Peru."))
    assert _named(places, "Ayacucho") is not None, _names(places)


def test_a_town_in_another_clause_lends_no_point(nlp):
    # "police in Jayapura said": where the police are, not where the village lies
    places = find_places(nlp("Rebels burned Kwiyagi, a village in Lanny Jaya, police in Wamena said."))
    village = _named(places, "Kwiyagi")
    assert village is None or village.point_of != "Wamena", _names(places)


def test_a_namesake_abroad_is_no_reading_when_the_sentence_names_the_area(nlp):
    # the only Lapa the sources hold are Brazilian towns; this one lies in Nagaland, India
    places = find_places(nlp("Gunmen fired on an army column near Lapa village in Nagaland's Mon district."))
    lapa = _named(places, "Lapa")
    assert lapa is not None and lapa.country == "IN", _names(places)


def test_a_namesake_of_the_areas_own_country_is_kept(nlp):
    # "Rafah in Gaza": Gaza is a town of one of Rafah's own countries, no contradiction
    places = find_places(nlp("Strikes hit Rafah in Gaza overnight, medics said."))
    rafah = _named(places, "Rafah")
    assert rafah is not None and rafah.country == "PS", _names(places)


def test_the_same_district_is_the_one_named_last(nlp):
    text = ("Rebels seized Ngoshe Sama in Gwoza district on Monday. Residents of Kirawa Hills, a village "
            "in the same district, fled to Maiduguri.")
    places = find_places(nlp(text))
    village = _named(places, "Kirawa Hills")
    assert village is not None and village.point_of == "Gwoza", _names(places)


@pytest.mark.parametrize("text, not_place", [
    # an Islamic State branch is named after a land it claims
    ("Islamic State's Sinai Province said its fighters planted the bomb.", "Sinai"),
    ("A video from the Islamic State Khorasan Province showed the attackers.", "Khorasan"),
    # an armed movement named after its land
    ("The Kachin Independence Army said it had shot down a helicopter.", "Kachin"),
    # a newspaper named after its town
    ("The Sangai Express reported that the curfew had been relaxed.", "Sangai"),
    # a title before a name
    ("Sultan Bello Abubakar received the delegation on Friday.", "Bello"),
    # the head of a longer name NER reads whole as a place is not the place
    ("Troops clashed with rebels in Intan Jaya on Sunday, the army said.", "Intan"),
])
def test_names_of_bodies_and_persons_are_no_places(nlp, text, not_place):
    places = find_places(nlp(text))
    assert not any(p.name == not_place for p in places), _names(places)


def test_a_town_after_a_town_abroad_is_no_contradiction(nlp):
    # "Kumbo in the Bui division": the only Bui the sources hold are towns abroad
    places = find_places(nlp("Fighting flared around Kumbo in the Bui division of Cameroon's North-West region."))
    kumbo = _named(places, "Kumbo")
    assert kumbo is not None and kumbo.country == "CM", _names(places)


def test_a_name_whose_apposition_names_its_area_is_a_place(nlp):
    # "near X, in the municipality of Y": X lies in Y, at Y's point
    places = find_places(nlp("Soldiers were ambushed near Kaloko, in the municipality of Gwoza, in Nigeria."))
    village = _named(places, "Kaloko")
    assert village is not None and village.country == "NG" and village.point_of == "Gwoza", _names(places)
