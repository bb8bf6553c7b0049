""""A, B and C communities" after a list of names the gazetteer lacks names villages in Nigerian,
Indian and Filipino copy (extract/places/marked.py); a people's communities ("the Tiv and Jukun
communities", "between Hindu and Muslim communities", a list opening the sentence) name no place.
Texts written for these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


def _names(places):
    return {p.name for p in places}


@pytest.mark.parametrize("text, villages, country", [
    # Nigerian daily: farming villages of a local government area
    ("Gunmen attacked Yelwata, Daudu and Tse-Akaa communities in Guma local government area of Benue "
     "State, police said.", {"Yelwata", "Daudu", "Tse-Akaa"}, "NG"),
    # Nigerian wire: two villages the gazetteer lacks beside one it holds
    ("Militants raided Ngoshe, Pulka and Gwoza communities in Borno State overnight.", {"Ngoshe", "Pulka"}, "NG"),
    # Filipino army statement: sitios
    ("Troops evacuated residents of Sitio Kibungan and Sitio Malinao communities in Maguindanao, the army "
     "said.", {"Sitio Kibungan", "Sitio Malinao"}, "PH"),
])
def test_a_list_before_communities_names_villages(nlp, text, villages, country):
    places = find_places(nlp(text))
    got = {p.name: p for p in places}
    assert villages <= set(got), _names(places)
    assert all(got[v].country == country and got[v].kind == "city" for v in villages)


@pytest.mark.parametrize("text, people", [
    ("Clashes between the Tiv and Jukun communities left 12 dead in Taraba State, officials said.", {"Tiv", "Jukun"}),
    ("Clashes between Tiv and Jukun communities left 12 dead in Taraba State, officials said.", {"Tiv", "Jukun"}),
    ("Leaders of the Tiv community in Makurdi condemned the killings.", {"Tiv"}),
    ("Hindu and Muslim communities clashed in Nuh, police in Gurugram said.", {"Hindu", "Muslim"}),
    ("Elders of the Kuki and Zomi communities met in Imphal on Monday.", {"Kuki", "Zomi"}),
])
def test_a_peoples_communities_name_no_place(nlp, text, people):
    assert not people & _names(find_places(nlp(text)))
