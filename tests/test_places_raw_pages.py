"""Villages, hamlets and camps no source holds, as raw pages name them across wars (issue 8):
the area or country written beside them ("in Mir Ali, North Waziristan"), the area they lie in
when no town of it is named ("Tassia, in the Tillaberi region"), camps for the displaced named
after their place, Spanish and Portuguese names whose last word is a country ("Puerto Jordan"),
and the words around them that are no village (a farmer "from the village", a speaker after a
list of villages). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import find_places


def _named(places, name):
    return next((p for p in places if p.name == name), None)


def _names(places):
    return [(p.name, p.country) for p in places]


# ------------------------------------------------------------------ a village in an area, no town
@pytest.mark.parametrize(("text", "village", "country", "area"), [
    ("Nigerien soldiers were ambushed near Tassia, in the Tillabéri region, by Islamic State fighters.",
     "Tassia", "NE", "Tillaberi region"),
    ("Al-Shabaab fighters attacked an army base in El Baraf, a village in the Middle Shabelle region.",
     "El Baraf", "SO", "Middle Shabelle region"),
    ("Gunmen abducted 80 passengers at Kuriga, a village in Chikun local government area of Kaduna state.",
     "Kuriga", "NG", "Kaduna state"),
    ("Militants shelled Kafr Taal, a hamlet in Aleppo province, overnight, activists said.",
     "Kafr Taal", "SY", "Aleppo province"),
])
def test_a_village_no_town_is_named_beside_stands_at_its_areas_middle(nlp, text, village, country, area):
    places = find_places(nlp(text))
    place, where = _named(places, village), _named(places, area)
    assert place is not None and where is not None, _names(places)
    assert place.country == country and place.point_of is not None
    assert (place.lat, place.lon) == (where.lat, where.lon)


def test_a_town_named_beside_the_village_still_lends_its_point_before_the_area(nlp):
    places = find_places(nlp("Gunmen raided Tungan Dutse, a hamlet in Zamfara state. The wounded were taken "
                             "to Gusau."))
    assert _named(places, "Tungan Dutse").point_of == "Gusau"


def test_a_village_in_a_territory_named_after_its_town_stands_at_the_town(nlp):
    places = find_places(nlp("Rebels took Kibirizi, a small market town in Rutshuru territory of North Kivu."))
    village, seat = _named(places, "Kibirizi"), _named(places, "Rutshuru")
    assert village.point_of == "Rutshuru" and (village.lat, village.lon) == (seat.lat, seat.lon)


# ------------------------------------------------------------------ an address: "X, <state or country>"
@pytest.mark.parametrize(("text", "village", "country", "near"), [
    ("A roadside bomb hit a security convoy in Mir Ali, North Waziristan, the military said.",
     "Mir Ali", "PK", (33.02, 70.3)),
    ("Abu Sayyaf gunmen clashed with marines in Patikul, Sulu, on Friday.", "Patikul", "PH", (6.05, 121.1)),
    ("New People's Army rebels ambushed a patrol in Lanuza, Surigao del Sur, the army said.",
     "Lanuza", "PH", (9.23, 126.06)),
    ("Suspected jihadists attacked soldiers at Boulkessi, Mali, on Sunday.", "Boulkessi", "ML", None),
    ("Troops advanced on the outskirts of Kalaya, Borno, the army said.", "Kalaya", "NG", (11.8, 13.2)),
    ("Security forces killed eight militants in the general area of Spinwam, North Waziristan district.",
     "Spinwam", "PK", (32.95, 70.05)),
])
def test_a_name_beside_its_state_or_country_is_a_place_there(nlp, text, village, country, near):
    places = find_places(nlp(text))
    place = _named(places, village)
    assert place is not None, _names(places)
    assert place.country == country
    if near is not None:
        assert place.lat is not None and distance_km(place.lat, place.lon, *near) < 100


@pytest.mark.parametrize(("text", "village", "country"), [
    ("Displaced families fled to Meza, in Ancuabe district, after the raid.", "Meza", "MZ"),
    ("Bandits stormed a school in Maga, in Danko-Wasagu local government area of Kebbi State.", "Maga", "NG"),
    ("Herders moved towards Ngala Kura, in Bama local government area, residents said.", "Ngala Kura", "NG"),
])
def test_a_motion_word_and_an_area_apposition_make_a_place(nlp, text, village, country):
    place = _named(find_places(nlp(text)), village)
    assert place is not None and place.country == country


# ------------------------------------------------------------------ camps for the displaced
@pytest.mark.parametrize(("text", "camp", "country"), [
    ("CODECO fighters attacked the Plaine Savo displacement camp in Djugu territory, Ituri province.",
     "Plaine Savo", "CD"),
    ("Shells hit the Bulengo IDP camp near Goma overnight.", "Bulengo", "CD"),
    ("Families crowded into the Abu Naga displaced camp outside Gedaref.", "Abu Naga", "SD"),
])
def test_a_camp_for_the_displaced_is_named_after_its_place(nlp, text, camp, country):
    place = _named(find_places(nlp(text)), camp)
    assert place is not None and place.country == country


def test_a_camp_named_after_a_body_is_no_place(nlp):
    names = [p.name for p in find_places(nlp("Fighters attacked the Wagner camp near Kidal."))]
    assert "Wagner" not in names


# ------------------------------------------------------------------ Spanish and Portuguese heads
@pytest.mark.parametrize(("text", "name", "country", "not_a_place"), [
    ("ELN guerrillas attacked a military base in Puerto Jordán, in the department of Arauca.",
     "Puerto Jordan", "CO", "Jordan"),
    ("Dissidents attacked a police post in Nueva Colombia, a hamlet of Vista Hermosa in Meta.",
     "Nueva Colombia", "CO", "Colombia"),
    ("Gunmen burned houses in Villa Venezuela, a hamlet near Tibú in Norte de Santander.",
     "Villa Venezuela", "CO", "Venezuela"),
])
def test_a_settlement_head_keeps_the_unknown_name_whole(nlp, text, name, country, not_a_place):
    places = find_places(nlp(text))
    place = _named(places, name)
    assert place is not None and place.country == country, _names(places)
    assert _named(places, not_a_place) is None


def test_a_held_name_after_a_head_is_still_read_whole(nlp):
    places = find_places(nlp("Troops were deployed to Puerto Asís and San Vicente in Caquetá and Putumayo."))
    assert _named(places, "Puerto Asis") is not None


# ------------------------------------------------------------------ words that are no village
@pytest.mark.parametrize(("text", "not_a_place"), [
    ('"They came at dawn," said Abdelrahman Yousif, a farmer from the village, by phone from Sinja.',
     "Abdelrahman Yousif"),
    ("Maria Lopez, a teacher in the hamlet, said soldiers searched every house in Cauca.", "Maria Lopez"),
    ("Rebels attacked Bossangoa and the nearby village of Nana-Bakassa, MINUSCA said.", "MINUSCA"),
    ("Troops burned the villages of Kitoko and Kibumba, Human Rights Watch reported.", "Human Rights Watch"),
])
def test_a_person_or_speaker_beside_a_village_word_is_no_village(nlp, text, not_a_place):
    assert _named(find_places(nlp(text)), not_a_place) is None


@pytest.mark.parametrize(("text", "name", "country", "not_a_place"), [
    ("In Panamá de Arauca, a hamlet of Arauquita, residents were told to stay indoors.",
     "Panama de Arauca", "CO", "Panama"),
    ("Troops entered Cuba de Baixo, a village near Huambo, on Monday.", "Cuba de Baixo", "AO", "Cuba"),
    ("Militias burned Chile de Abajo, a hamlet outside Tumaco, the Ombudsman said.", "Chile de Abajo", "CO", "Chile"),
])
def test_a_countrys_name_a_romance_particle_continues_opens_a_villages_name(nlp, text, name, country, not_a_place):
    places = find_places(nlp(text))
    place = _named(places, name)
    assert place is not None and place.country == country, _names(places)
    assert _named(places, not_a_place) is None


# ------------------------------------------------------------------ a far namesake the apposition denies
@pytest.mark.parametrize(("text", "name", "town"), [
    ("The pipeline was bombed near Puerto Nariño, a village of Saravena, the governor said.",
     "Puerto Narino", "Saravena"),
    ("Gunmen attacked La Paz, a hamlet near Tumaco, killing three.", "La Paz", "Tumaco"),
])
def test_a_village_the_apposition_ties_to_a_far_town_is_not_the_far_namesake(nlp, text, name, town):
    places = find_places(nlp(text))
    place, near = _named(places, name), _named(places, town)
    assert near is not None, _names(places)
    assert place is None or place.lat is None or distance_km(place.lat, place.lon, near.lat, near.lon) < 100


def test_a_namesake_near_the_town_its_apposition_names_is_kept(nlp):
    places = find_places(nlp("Troops entered Arauquita, a town near Saravena, on Monday."))
    assert _named(places, "Arauquita") is not None and _named(places, "Arauquita").geonames_id is not None


# ------------------------------------------------------------------ a list joins an unknown name to towns
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Attacks were reported in Beni, Oicha and Eringeti in North Kivu on Sunday.", "Eringeti", "CD"),
    ("Myanmar's army shelled Hpakant and Moe Gaung, in Kachin State, overnight.", "Moe Gaung", "MM"),
    ("The Ethiopian army said it retook Debre Tabor and Gashena from Fano fighters.", "Gashena", "ET"),
    ("Haitian police said gangs controlled Croix-des-Bouquets, Ganthier and Thomazeau.", "Ganthier", "HT"),
])
def test_a_name_listed_with_the_reports_towns_is_a_village_there(nlp, text, name, country):
    places = find_places(nlp(text))
    place = _named(places, name)
    assert place is not None and place.country == country and place.lat is not None, _names(places)


@pytest.mark.parametrize(("text", "not_a_place"), [
    ("Fighting raged in Kupiansk and Syrskyi said the line held.", "Syrskyi"),
    ("Drones hit Kharkiv and Zelensky's office condemned the attack.", "Zelensky"),
    ("The talks between Israel and Hamas resumed in Doha.", "Hamas"),
    ("Troops from Goma and MONUSCO patrolled the road.", "MONUSCO"),
    ("Soldiers from Bamako and Sikasso, Colonel Diarra and Captain Traore were killed.", "Colonel Diarra"),
    ("Residents of Gaza City and Jabalia fled south, Hamas and the UN said.", "Hamas"),
])
def test_a_speaker_owner_body_or_officer_beside_a_town_is_no_village(nlp, text, not_a_place):
    assert _named(find_places(nlp(text)), not_a_place) is None


# ------------------------------------------------------------------ an armed group named like a town abroad
@pytest.mark.parametrize(("text", "group"), [
    ("The Ethiopian army said it retook Debre Tabor from Fano fighters on Sunday.", "Fano"),
    ("Fano militiamen entered Bahir Dar overnight, residents said.", "Fano"),
])
def test_an_armed_group_read_as_a_town_abroad_is_the_group(nlp, text, group):
    assert _named(find_places(nlp(text)), group) is None


def test_the_town_in_a_report_about_its_own_country_stays_the_town(nlp):
    place = _named(find_places(nlp("Police in Fano, Italy, said the festival was cancelled.")), "Fano")
    assert place is not None and place.country == "IT" and place.lat is not None


# ------------------------------------------------------------------ what a distance is measured from
@pytest.mark.parametrize(("text", "name", "country"), [
    ("The patrol was ambushed about 15 km from Llochegua, the army said. Troops flew in from Ayacucho.",
     "Llochegua", "PE"),
    ("Gunmen struck a bus 30 kilometres east of Kafr Batna, in Rif Dimashq, activists said.", "Kafr Batna", "SY"),
    ("Herders were attacked 12 km north of Ngala Kura, in Borno state, residents said.", "Ngala Kura", "NG"),
])
def test_what_a_distance_is_measured_from_is_a_place(nlp, text, name, country):
    place = _named(find_places(nlp(text)), name)
    assert place is not None and place.country == country


def test_a_camp_for_the_displaced_named_before_its_kind(nlp):
    places = find_places(nlp("A missile hit the Al-Jufainah camp for displaced people near Marib, an official said."))
    assert _named(places, "Al-Jufainah") is not None and _named(places, "Al-Jufainah").country == "YE"
