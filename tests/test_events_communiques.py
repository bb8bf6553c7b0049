"""Events of the blind round events5-3 (state communiques and unnamed Q&A answers): a force
that "reacted vigorously" to an ambush fought; "our soldiers" and "reinforcements were
dispatched" in a government's communique about its own ground are that state's; an officer
whose name carries a particle ("al-Shamsani") keeps the side the report gave him; an event in
a district the gazetteer does not know is in the town the report is about. Written for these
tests."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type, sides


@pytest.mark.parametrize(
    "text",
    [
        "The column was ambushed near Tillia. Our valiant soldiers reacted vigorously, the ministry said.",
        "Gunmen attacked the checkpoint at dawn and the troops retaliated, killing six of them.",
        "Soldiers responded to the ambush near Kidal with mortar fire.",
    ],
)
def test_a_force_fighting_back_is_in_a_battle(nlp, text):
    assert of_type(events(nlp, text), "battle"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry responded to questions from reporters in Niamey.",
        "Markets in Bamako reacted calmly to the news.",
        "Residents reacted with anger to the curfew in Goma.",
    ],
)
def test_answering_questions_or_news_is_no_battle(nlp, text):
    assert not of_type(events(nlp, text), "battle"), events(nlp, text)


COMMUNIQUE = (
    '"On Friday a column of Defence and Security Forces escorting traders was ambushed by armed terrorists '
    'near the village of Fambita, in the department of Tillia, Tahoua region.\n'
    "Our valiant soldiers reacted vigorously, inflicting heavy losses on the enemy.\n"
    'Reinforcements were immediately dispatched to the area."\n'
    "Niger withdrew from the G5 Sahel force in December 2023.\n"
)


def test_our_soldiers_in_a_communique_about_its_own_ground_are_the_states(nlp):
    found = of_type(events(nlp, COMMUNIQUE), "battle")
    assert found and sides(found) == {"NE"}, found


def test_reinforcements_sent_by_no_one_named_in_a_communique_are_the_states(nlp):
    found = of_type(events(nlp, COMMUNIQUE), "deploy")
    assert found and sides(found) == {"NE"}, found


def test_reinforcements_after_a_named_force_keep_its_side(nlp):
    text = ("Russian troops attacked the village near Kupiansk on Monday.\n"
            "Reinforcements were sent to the area overnight, a Ukrainian officer said.\n")
    found = of_type(events(nlp, text), "deploy")
    assert "UA" not in sides(found) or "RU" in sides(found), found


QA = (
    "Taiz front commander: the Houthis shell the city every day\n"
    "Brigadier General Abdulrahman al-Shamsani commands the Yemeni government's 22nd Mechanised Brigade, "
    "which holds the eastern approaches of Taiz. He spoke to us by phone.\n"
    "Q: The Houthis say they captured two of your positions last week. Did they?\n"
    "A: That is false. They attacked our positions three times and we repelled every attack.\n"
    "Q: What about civilians?\n"
    "A: On Sunday a shell hit a school in the Al-Rawdha district and killed two children.\n"
)


def test_an_officer_whose_name_carries_a_particle_keeps_his_side(nlp):
    found = [e for e in events(nlp, QA) if e["type"] in {"deny", "battle"}]
    assert found and sides(found) == {"YE"}, found


def test_an_attack_in_an_unknown_district_is_in_the_reports_town(nlp):
    text = ("Brigadier General Abdulrahman al-Shamsani holds the eastern approaches of Taiz for the government.\n"
            "On Sunday a shell hit a school in the Al-Rawdha district and killed two children, he said.\n")
    found = of_type(events(nlp, text), "attack")
    assert found and all(e["place_name"] == "Taiz" for e in found), found
