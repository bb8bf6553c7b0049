"""A compass word before a wide area ("northern Sagaing Region", "in the south of Kaduna state",
"western Oromia") says which half of it a village the gazetteer lacks lies in: a town of the
area on the other side of its middle lends no point (the village takes the area's middle), a
town on that side still does; and "in" still leads to the area across the compass word.
Texts written for these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


def _named(places, name):
    return next((p for p in places if p.name == name), None)


@pytest.mark.parametrize("text, village, area, far", [
    # exile outlet, Myanmar: the camp is in the north, the town residents fled to in the south
    ("Resistance fighters captured a junta camp near Pinlebu in northern Sagaing Region on Tuesday. "
     "Hundreds of residents later fled to Shwebo, a local aid group said.", "Pinlebu", "Sagaing Region", "Shwebo"),
    # Nigerian daily: a village of southern Kaduna, the police speaking from Zaria in the north
    ("Bandits abducted 30 worshippers from Kufana village in southern Kaduna state. Police in Zaria said "
     "a rescue operation was under way.", "Kufana", "Kaduna state", "Zaria"),
    # wire, Ethiopia: "the west of" a region, officials in its eastern city
    ("Militants burned the village of Gidami in the west of Oromia region on Friday, residents said. "
     "Officials in Adama blamed the rebels.", "Gidami", "Oromia region", "Adama"),
])
def test_a_town_across_the_area_lends_no_point(nlp, text, village, area, far):
    places = find_places(nlp(text))
    got, region, town = _named(places, village), _named(places, area), _named(places, far)
    assert got is not None and region is not None and town is not None, [p.name for p in places]
    assert (got.lat, got.lon) == (region.lat, region.lon)
    assert got.point_of != town.name


@pytest.mark.parametrize("text, village, near", [
    # the town lies on the side the text names: it still lends its point
    ("Militants burned the village of Gidami in western Oromia region on Friday, residents said. "
     "Officials in Nekemte blamed the rebels.", "Gidami", "Nekemte"),
    ("Gunmen stormed Tulumbaya village in the north of Benue state. Police in Makurdi said 12 people "
     "were killed.", "Tulumbaya", "Makurdi"),
    ("Herders attacked Tse-Akaa village in north-western Benue state overnight. Police in Makurdi said "
     "eight farmers died.", "Tse-Akaa", "Makurdi"),
])
def test_a_town_on_the_named_side_still_lends_its_point(nlp, text, village, near):
    places = find_places(nlp(text))
    got, town = _named(places, village), _named(places, near)
    assert got is not None and town is not None, [p.name for p in places]
    assert (got.lat, got.lon) == (town.lat, town.lon) and got.point_of == near
