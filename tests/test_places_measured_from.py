"""What a distance is measured from is a place ("12 km west of Aguililla", "30 km north of
Kidal"), as surely as a name after "in": NER's reading of it as a body or a person weighs no
more against it than against "in X". Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Mexican troops found the bodies of six men in a village 12 km west of Aguililla, officials said.",
     "Aguililla", "MX"),
    ("Tuareg rebels said they shot down a drone 30 km north of Tessalit, in Mali, on Sunday.", "Tessalit", "ML"),
    ("Militants planted a bomb on a road 25 km east of Dera Bugti, Pakistani officials said.", "Dera Bugti", "PK"),
])
def test_a_town_a_distance_is_measured_from_is_a_place(nlp, text, town, country):
    places = find_places(nlp(text))
    place = next((p for p in places if p.name == town), None)
    assert place is not None and place.country == country and place.lat is not None, [p.name for p in places]
