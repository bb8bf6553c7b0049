"""Spanish and Portuguese names a saint's or a settlement's head word opens, continued by a
particle ("San José de Apartadó", "Puerto Nuevo del Río", "Santa Cruz de la Zarza"): when no
source holds the whole name, its head ("San José", "Puerto Nuevo") is a namesake elsewhere
(Costa Rica's capital), not the place. Sentences written for these tests, across countries."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


@pytest.mark.parametrize(("text", "head"), [
    # Colombia: a peace community named after its saint and its municipality
    ("Farmers in San José de Apartadó said armed men had threatened them on Friday.", "San Jose"),
    # Peru: an article between particle and name
    ("Police said coca growers blocked the road at San Martín de la Selva on Monday.", "San Martin"),
    # Mexico: a "Puerto" village on a river
    ("Residents of Puerto Nuevo del Río fled after gunmen burned four houses, officials said.", "Puerto Nuevo"),
    # Brazil: Portuguese particles
    ("Miners clashed with police near Santa Rosa do Xingu, a mining settlement in Pará.", "Santa Rosa"),
])
def test_a_saints_name_continued_by_a_particle_is_no_namesake(nlp, text, head):
    names = [p.name for p in find_places(nlp(text))]
    assert head not in names, names


@pytest.mark.parametrize(("text", "name"), [
    ("Troops were sent to Santa Cruz de la Sierra after the riots.", "Santa Cruz de la Sierra"),
    ("Soldiers were killed near San Vicente del Caguán on Sunday.", "San Vicente del Caguan"),
    ("Police raided a favela in Duque de Caxias overnight.", "Duque de Caxias"),
])
def test_a_whole_name_the_gazetteer_holds_is_still_read(nlp, text, name):
    assert name in [p.name for p in find_places(nlp(text))]


def test_a_saints_town_followed_by_a_person_is_read(nlp):
    # "San José de ..." only when a capitalised word follows the particle
    names = [p.name for p in find_places(nlp("The march reached San Cristóbal de noche, police said."))]
    assert "San Cristobal" in names, names


@pytest.mark.parametrize(("text", "tail"), [
    # Mexico: the tail is a Puebla town
    ("Gunmen attack checkpoint in Michoacán\nMORELIA, Mexico — Gunmen attacked a checkpoint in Naranjo de Chila, "
     "a village 12 km west of Aguililla, killing two soldiers.", "Chila"),
    # Colombia: the tail is a Brazilian town
    ("Soldiers ambushed in Colombia\nDissidents of the FARC burned a truck near Llano de Palmas, a hamlet 20 km "
     "south of Tumaco, the army said.", "Palmas"),
    # Venezuela: the tail is a town of another state
    ("Clashes on the Venezuelan border\nGunmen attacked soldiers near Caño de Guasdualito, a hamlet by the "
     "Colombian border, the army said.", "Guasdualito"),
])
def test_a_towns_name_ending_a_longer_name_is_not_that_town(nlp, text, tail):
    names = [p.name for p in find_places(nlp(text))]
    assert tail not in names, names


def test_a_body_named_after_a_place_still_names_it(nlp):
    # an article before the body: the place after "de" is read
    names = [p.name for p in find_places(nlp("Students protested at the Universidad de Antioquia in Medellín."))]
    assert "Medellin" in names, names
