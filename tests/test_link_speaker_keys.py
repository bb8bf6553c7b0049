"""Speaker keys: descriptions written ahead of a person's name do not make a second person."""

from __future__ import annotations

from claimledger.link.speaker_keys import SpeakerIndex


def person(name: str, side: str | None = None) -> dict:
    return {"name": name, "kind": "person", "side": side}


def test_a_described_name_is_the_same_person():
    # a rewrite introduces the wire's source with its own description before the name
    names = [person("Espoir Buhendwa"), person("Local civil society figure Espoir Buhendwa"), person("Buhendwa")]
    index = SpeakerIndex(names)
    assert len({index.key(n) for n in names}) == 1
    assert index.family(names[0]) == index.family(names[1])


def test_two_given_names_before_one_surname_stay_two_people_whatever_their_description():
    # a Yemeni port official and a fisherman who share a family name
    names = [person("port official Saleh al-Ahdal"), person("Saleh al-Ahdal"), person("fisherman Nabil al-Ahdal")]
    index = SpeakerIndex(names)
    assert index.key(names[0]) == index.key(names[1])
    assert index.key(names[0]) != index.key(names[2])


def test_a_body_that_ends_on_a_known_person_s_full_name_is_that_person():
    # the speaker stage may read a long description as an organisation's name
    names = [person("Espoir Buhendwa"),
             {"name": "Local civil society figure Espoir Buhendwa", "kind": "organization", "side": None}]
    index = SpeakerIndex(names)
    assert index.key(names[0]) == index.key(names[1]) == "person:buhendwa"
    assert index.label("person:buhendwa") == "Espoir Buhendwa"


def test_a_body_named_after_a_person_stays_a_body():
    # "the Rafik Hariri Foundation" ends on its own word, not on the person's surname
    names = [person("Rafik Hariri"), {"name": "the Rafik Hariri Foundation", "kind": "organization", "side": None}]
    index = SpeakerIndex(names)
    assert index.key(names[0]) != index.key(names[1])
