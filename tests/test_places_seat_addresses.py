"""A village addressed by the district its town is the seat of: "in Jani Khel, Bannu district",
"in Lukweti, Masisi territory". The address puts the name in the report's own area, so it is the
report's village (placed at the seat's point) even when the only namesake the sources hold lies in
another country. Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


@pytest.mark.parametrize(("text", "village", "country", "seat"), [
    ("PESHAWAR, Pakistan — Militants attacked a police checkpost in Jani Khel, Bannu district, killing two "
     "policemen, officials said.", "Jani Khel", "PK", "Bannu"),
    # the only Lapa the sources hold is Brazilian, the only Banja Bulgarian
    ("KOHIMA, India — Suspected militants fired on villagers in Lapa, Mon district, killing two, Nagaland "
     "police said.", "Lapa", "IN", "Mon"),
    ("BAMENDA, Cameroon — Separatist fighters set fire to a school in Banja, Kumbo subdivision, the army said.",
     "Banja", "CM", "Kumbo"),
    ("GOMA, Congo — Fighting between M23 rebels and militias broke out in Lukweti, Masisi territory, "
     "local sources said.", "Lukweti", "CD", "Masisi"),
    ("Maoists killed a villager in Pedakorma, Bijapur district, Chhattisgarh police said on Sunday.",
     "Pedakorma", "IN", "Bijapur"),
])
def test_a_village_addressed_by_its_seats_district_is_placed_there(nlp, text, village, country, seat):
    places = find_places(nlp(text))
    place = next((p for p in places if p.name == village), None)
    town = next((p for p in places if p.name == seat), None)
    assert place is not None and place.country == country, [(p.name, p.country) for p in places]
    assert town is not None and (place.lat, place.lon) == (town.lat, town.lon)


def test_a_town_then_a_district_named_after_another_seat_is_still_the_town(nlp):
    # both names are held: the first is read as itself, not as a village of the second's district
    places = find_places(nlp("Police said the attack in Lakki Marwat, Bannu division, killed three."))
    assert any(p.name == "Lakki Marwat" and p.geonames_id for p in places), [(p.name, p.geonames_id) for p in places]
