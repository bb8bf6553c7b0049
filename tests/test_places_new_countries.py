"""Places on pages from countries the development rounds saw little of: small provinces whose middle
stands for their villages, districts named "X district of Y province", towns named only as where
officials spoke, local areas of the state their sentence names, quarters of a named town, Dari
names joined by "-o-", and a city told from the state named after it. Sentences written for these
tests, in the styles of wires, state media, NGO statements and interviews from several wars."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places


def _places(nlp, text: str):
    return find_places(nlp(text))


def _place(nlp, text: str, word: str):
    return next((p for p in _places(nlp, text) if p.name.startswith(word)), None)


def _near(place, point, km) -> bool:
    return place is not None and place.lat is not None and distance_km(place.lat, place.lon, *point) <= km


@pytest.mark.parametrize("text, word, point, km, not_at", [
    # an interview from the Panjshir valley: Dara lies in Panjshir, not at Andarab across the pass
    ("Fighters attacked a checkpoint in Andarab on Sunday. In Dara district of Panjshir they forced 600 "
     "families out of their villages.", "Dara", (35.43, 69.69), 40, (35.63, 69.26)),
    # a Georgian police report: a village of Kakheti, told by a spokesman in Rustavi (Kvemo Kartli)
    ("Police detained two men in the village of Shilda in Kakheti region, a police spokesman in Rustavi said.",
     "Shilda", (41.83, 45.74), 60, (41.56, 44.98)),
    # a Guatemalan army statement: a village of Quiche, the statement sent from Huehuetenango
    ("Soldiers clashed with traffickers near the village of Xecoxol in Quiche department, the army "
     "said from Huehuetenango.", "Xecoxol", (15.43, -90.95), 40, (15.32, -91.47)),
])
def test_a_village_of_a_small_province_stands_at_its_middle(nlp, text, word, point, km, not_at):
    place = _place(nlp, text, word)
    assert _near(place, point, km), place
    assert distance_km(place.lat, place.lon, *not_at) > 10, place


@pytest.mark.parametrize("text, word, country", [
    # Dara is also Syria's Daraa: "of Panjshir province" says which
    ("Police said the attack took place in Dara district of Panjshir province on Sunday.", "Dara", "AF"),
    # a Nigerian state daily: the district of the state, whatever namesakes lie abroad
    ("Gunmen killed four farmers in Bali local government area of Taraba state, police said.", "Bali", "NG"),
])
def test_a_district_of_a_named_province_is_in_it(nlp, text, word, country):
    place = _place(nlp, text, word)
    assert place is not None and place.country == country, place


@pytest.mark.parametrize("text, word, point", [
    # a district of the province its reading lies in is no quarter of the province's capital
    ("The fighters raided a Taliban checkpoint in Andarab district of Baghlan province on November 29.",
     "Andarab", (35.63, 69.26)),
    ("Clashes erupted in the Kupiansk district of Kharkiv region on Tuesday.", "Kupiansk", (49.71, 37.62)),
])
def test_a_district_of_a_province_keeps_its_own_point(nlp, text, word, point):
    assert _near(_place(nlp, text, word), point, 20)


@pytest.mark.parametrize("text, word, wrong", [
    # a Dari name joined by "-o-" is one name, not the Khost 300 km south
    ("Taliban fighters entered Khost-o-Fereng district of Baghlan province.", "Khost", (33.34, 69.92)),
])
def test_a_dari_compound_is_not_its_first_half(nlp, text, word, wrong):
    for place in _places(nlp, text):
        if place.name.startswith(word) and place.lat is not None:
            assert distance_km(place.lat, place.lon, *wrong) > 100, place


def test_a_persian_province_joined_by_o(nlp):
    place = _place(nlp, "Protesters blocked roads in Sistan-o-Baluchestan province.", "Sistan")
    assert place is not None and place.country == "IR" and place.lat is not None, place


@pytest.mark.parametrize("text, word, town", [
    # a Nigerian state statement: Makurdi is where the spokesman spoke, not where the village lies
    ("The governor's spokesman said in a statement in Makurdi that gunmen killed 12 people in Tse-Ortese village.",
     "Tse-Ortese", (7.73, 8.52)),
    # an Indian police briefing in the state capital about a forest village
    ("The Inspector General told reporters in Ranchi that six Maoists were killed near Tholkobad village.",
     "Tholkobad", (23.34, 85.31)),
    # a Russian agency item: the statement was released in the republic's capital, the districts lie far off
    ("A counter-terrorist operation regime has been introduced in the Tsumadinsky and Botlikhsky districts, "
     "the ministry said in a statement released in Makhachkala.", "Tsumadinsky", (42.98, 47.5)),
])
def test_a_town_where_officials_spoke_lends_no_point(nlp, text, word, town):
    place = _place(nlp, text, word)
    assert place is not None, place
    assert place.lat is None or distance_km(place.lat, place.lon, *town) > 20, place


@pytest.mark.parametrize("text, word, state_middle, other_town", [
    # the state its sentence names, not the town of another state named a sentence before
    ("Troops fought bandits near Gusau on Monday. Later, the Kebbi State Government said gunmen killed nine "
     "people in Danko-Wasagu Local Government Area.", "Danko-Wasagu", (11.56, 4.79), (12.17, 6.66)),
    ("Troops fought bandits in Gusau on Monday. On Tuesday, the Plateau State government said gunmen killed "
     "20 people in three villages in Bokkos Local Government Area.", "Bokkos", (9.39, 9.35), (12.17, 6.66)),
])
def test_a_local_area_lies_in_the_state_its_sentence_names(nlp, text, word, state_middle, other_town):
    place = _place(nlp, text, word)
    assert _near(place, state_middle, 150), place
    assert distance_km(place.lat, place.lon, *other_town) > 100, place


@pytest.mark.parametrize("text, city, point", [
    # a favela raid: the city, though the report names the state's secretariat too
    ("Police in Rio de Janeiro raided the Complexo da Maré on Thursday. Rio de Janeiro state's security "
     "secretary said 19 people died.", "Rio de Janeiro", (-22.91, -43.18)),
    # a Sudanese district of the capital, and the state government named after it
    ("Clashes broke out in Khartoum's Bahri district. The Khartoum state government said 14 people died "
     "in Khartoum.", "Khartoum", (15.55, 32.53)),
])
def test_a_city_whose_quarter_is_named_is_the_city(nlp, text, city, point):
    places = [p for p in _places(nlp, text) if p.name == city]
    assert places and _near(places[0], point, 25), places


@pytest.mark.parametrize("text, word, point", [
    ("Troops raided homes in the Kibera neighbourhood of Nairobi.", "Kibera", (-1.29, 36.82)),
    ("Gangs torched houses in the Solino neighbourhood of Port-au-Prince.", "Solino", (18.54, -72.34)),
    ("Gangs torched houses in Port-au-Prince's Solino neighbourhood.", "Solino", (18.54, -72.34)),
    ("Gunmen attacked the Bakassi camp in Maiduguri on Sunday.", "Bakassi", (11.85, 13.16)),
])
def test_a_named_quarter_of_a_town_is_at_the_town(nlp, text, word, point):
    assert _near(_place(nlp, text, word), point, 15)


def test_the_opens_no_persons_name(nlp):
    # NER reads "the Complexo da Maré" as a person; "the" opens no person's name
    place = _place(nlp, "Police stormed the Complexo da Maré on Thursday.", "Complexo")
    assert _near(place, (-22.86, -43.245), 10), place


@pytest.mark.parametrize("name, seats", [
    ("Botlikhsky", ["Botlikh"]),
    ("Tsumadinsky", ["Tsumada"]),
    ("Glushkovsky", ["Glushkovo"]),
    ("Pokrovskyi", ["Pokrovsk"]),
    ("Khasavyurtovsky", ["Khasavyurt"]),
    ("Kharkiv", []),
])
def test_a_raion_names_its_seat(name, seats):
    from claimledger.extract.places.raions import seat_names

    assert all(seat in seat_names(name) for seat in seats) and (seats or not seat_names(name))


@pytest.mark.parametrize("text, word, point", [
    # an Interfax item from Dagestan: the district named after Botlikh, its seat
    ("A counter-terrorist operation regime has been introduced in the Botlikhsky district of Dagestan, "
     "the ministry said.", "Botlikhsky", (42.67, 46.22)),
    # a Kursk-region report: the district named after Glushkovo
    ("Ukrainian drones hit a depot in the Glushkovsky district of Kursk region.", "Glushkovsky", (51.34, 34.64)),
    # a Ukrainian general staff digest: the district named after Pokrovsk
    ("Russian forces shelled villages in the Pokrovskyi district of Donetsk region.", "Pokrovskyi", (48.28, 37.18)),
])
def test_a_raion_stands_at_its_seat(nlp, text, word, point):
    assert _near(_place(nlp, text, word), point, 25)


@pytest.mark.parametrize("text, word, point", [
    # a Guerrero wire: "Totolapan" after "San Miguel Totolapan", not the Totolapan of Morelos
    ("At least 11 people were killed in the municipality of San Miguel Totolapan, in Guerrero. The army sent "
     "300 soldiers to Totolapan.", "Totolapan", (18.16, -100.39)),
])
def test_a_short_form_is_the_place_named_in_full(nlp, text, word, point):
    places = [p for p in _places(nlp, text) if p.name == word]
    assert places and _near(places[0], point, 40), places


@pytest.mark.parametrize("text, word, far", [
    # Dera Ismail Khan, then "Ismail Khan": one town; Port Sudan, then Sudan: a town and its country
    ("Militants attacked Port Sudan. Sudan's army said the attack failed.", "Sudan", None),
    ("Israeli police raided homes in East Jerusalem. Police in Jerusalem said six were held.", "Jerusalem", None),
])
def test_a_shorter_name_of_another_place_is_left_alone(nlp, text, word, far):
    places = [p for p in _places(nlp, text) if p.name == word]
    assert places and places[0].lat is not None, places


@pytest.mark.parametrize("text, word, point", [
    # a Ukrainian regional digest: a village of a raion the text names, at the raion's seat
    ("Two were killed in Kurmin village in Pokrovskyi district, officials in Kramatorsk said.", "Kurmin",
     (48.28, 37.18)),
    # an NGO statement from Jharkhand: a hamlet of a district the sources draw
    ("Villagers in Chhotanagra, a hamlet in West Singhbhum district, said police in Chaibasa had detained them.",
     "Chhotanagra", (22.42, 85.5)),
])
def test_a_village_in_a_placed_area_takes_its_point(nlp, text, word, point):
    assert _near(_place(nlp, text, word), point, 25)


@pytest.mark.parametrize("text, word", [
    # "at X in Y Local Government Area", no comma: a Nigerian military briefing
    ("In Katsina, troops neutralised 14 bandits at Yantumaki in Danmusa Local Government Area.", "Yantumaki"),
    # a Cameroonian regional report
    ("Two soldiers were killed near Dabanga in Kolofata district of Cameroon's Far North region.", "Dabanga"),
])
def test_a_village_the_sentence_puts_in_an_area_is_a_place(nlp, text, word):
    assert _place(nlp, text, word) is not None
