"""Villages no source holds, placed by what follows them: a distance in apposition after a word
of location ("near Buleda, some 80 km north of Turbat"), and a list counted and called villages
("Daudu and Tse-Abagu, two villages about 15 km east of Makurdi"). They borrow the point of the
town the distance is measured from. Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


def _named(places, name):
    return next((p for p in places if p.name == name), None)


@pytest.mark.parametrize(("text", "village", "country", "town"), [
    ("QUETTA, Pakistan — Militants ambushed a convoy near Pirandar, some 80 km north of Turbat, "
     "killing seven soldiers, the army said.", "Pirandar", "PK", "Turbat"),
    ("JUBA — Fighting spread to Motot, about 30 km east of Akobo, local officials said.", "Motot", "SS", "Akobo"),
    ("Gunmen burned houses in Tsholotsho, roughly 20 kilometres from Makurdi, Nigerian police said.",
     "Tsholotsho", "NG", "Makurdi"),
    ("Russian shelling hit Zelenyi Hai, 15 km south of Huliaipole, Ukrainian officials said.",
     "Zelenyi Hai", "UA", "Huliaipole"),
])
def test_a_name_with_a_distance_in_apposition_is_a_village(nlp, text, village, country, town):
    places = find_places(nlp(text))
    place = _named(places, village)
    assert place is not None and place.country == country, [(p.name, p.country) for p in places]
    anchor = _named(places, town)
    assert anchor is not None and (place.lat, place.lon) == (anchor.lat, anchor.lon)


@pytest.mark.parametrize(("text", "villages", "country"), [
    ("MAKURDI, Nigeria — Herders killed 20 people in Daudu and Tse-Abagu, two villages about 15 kilometres "
     "east of Makurdi, police said.", ("Daudu", "Tse-Abagu"), "NG"),
    ("Soldiers retook Kalaye and Tongo Tongo, two border villages in the Tillabéri region of Niger, the army said.",
     ("Kalaye", "Tongo Tongo"), "NE"),
    ("Troops shelled Ban Nong Ya Kaeo and Ban Sai Tho, two villages near Kap Choeng in Thailand's Surin province.",
     ("Ban Nong Ya Kaeo", "Ban Sai Tho"), "TH"),
])
def test_a_counted_list_of_villages_is_read(nlp, text, villages, country):
    places = find_places(nlp(text))
    for village in villages:
        place = _named(places, village)
        assert place is not None and place.country == country, [(p.name, p.country) for p in places]


@pytest.mark.parametrize("text", [
    # a distance after a person or a body is no village's
    "Ahmed Khan, 45, was shot near his home, some 20 km from Quetta, police said.",
    # the count of people, not of places
    "Gunmen abducted Musa and Ibrahim, two farmers from the area, near Makurdi on Sunday.",
])
def test_a_person_before_a_distance_or_a_count_is_no_village(nlp, text):
    names = [p.name for p in find_places(nlp(text))]
    assert not {"Ahmed Khan", "Musa", "Ibrahim"} & set(names), names


@pytest.mark.parametrize(("text", "name"), [
    # a road the distance is measured along, named with its article
    ("Separatists ambushed a convoy on the Ring Road, barely 15 kilometres from Bamenda, residents said.", "Ring Road"),
    # a distance from nowhere named: no point to lend, so no village without one
    ("Some 100 soldiers fell back to Mondoro, 40 km away, a security source in Sevare said.", "Mondoro"),
])
def test_a_distance_that_places_nothing_adds_no_village(nlp, text, name):
    assert name not in [p.name for p in find_places(nlp(text))]
