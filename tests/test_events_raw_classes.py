"""Classes of events missed or mistyped on raw pages nobody here had written (the stop 28
blind round), each fixed by a general rule and shown here on sentences of other wars,
written for these tests: a deadline is no agent ("would be deployed by the end of the
week"), a police spokesman's officers are his state's, an operation a force's spokesman
tells in the passive is that force's, seized goods are no ground, armed men encountered are
a battle, a deployment's "to X" after its unit's "from" is where it went, civilians who
evacuate are displaced, not retreating."""

from __future__ import annotations

import pytest
from test_events_phrasings import events as events_of
from test_events_phrasings import of_type, sides


@pytest.mark.parametrize(("text", "side"), [
    ("Fourth Army Region spokesman Col. Anan Wongsri said 1,500 additional rangers would be deployed to "
     "Narathiwat by the end of the week.", "TH"),
    ("Army spokesman Brig. Gen. Ahmed Musa said 800 additional soldiers would be deployed to Benue state "
     "by the end of the month.", "NG"),
    ("Defence Ministry spokesman Colonel Juan Ortiz said 2,000 more soldiers would be sent to Michoacan by Friday.",
     "MX"),
])
def test_a_deadline_is_no_agent_of_an_announced_deployment(nlp, text, side):
    found = of_type(events_of(nlp, text), "deploy")
    assert found and sides(found) == {side}, events_of(nlp, text)


@pytest.mark.parametrize(("text", "kind", "side"), [
    ("Haitian National Police spokesman Inspector Jean Baptiste said officers withdrew to Mirebalais after "
     "running low on ammunition.", "withdraw", "HT"),
    ("Military police spokesman Colonel Marcos Lima said officers pulled back from the Penha complex in "
     "Rio de Janeiro overnight.", "withdraw", "BR"),
    ("Police spokesman Superintendent Ali Khan said officers arrested four suspects in Quetta.", "capture", "PK"),
])
def test_a_police_spokesmans_officers_are_his_states(nlp, text, kind, side):
    found = of_type(events_of(nlp, text), kind)
    assert found and sides(found) == {side}, events_of(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("An intelligence-based operation was conducted in Kupwara district, Indian Army spokesman Colonel "
     "Rajesh Kalia said.", "IN"),
    ("A counter-terrorism operation was carried out in Bajaur, Pakistan Army spokesman Major General Ahmed "
     "Sharif said.", "PK"),
    ("A military operation was launched in Gudermes, the Russian Defence Ministry said.", "RU"),
    ("A military operation was carried out in Apatzingan, Michoacan, the Mexican Defence Ministry said.", "MX"),
])
def test_an_operation_told_in_the_passive_by_a_force_is_the_forces(nlp, text, side):
    found = of_type(events_of(nlp, text), "attack")
    assert found and sides(found) == {side}, events_of(nlp, text)


def test_an_attack_told_in_the_passive_is_not_the_tellers(nlp):
    # the ministry tells the enemy's strike in the passive as often as its own
    text = "A drone attack was carried out on an oil depot in Belgorod, the Russian Defence Ministry said."
    assert "RU" not in sides(of_type(events_of(nlp, text), "attack")), events_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Troops seized bomb-making materials at a rubber plantation in Yala, the army said.",
    "Soldiers seized motorcycles, mobile phones and cash from a bandit camp in Zamfara, the army said.",
    "Police seized two kilos of cocaine and 14 rifles in the Alemao complex in Rio de Janeiro.",
])
def test_seized_goods_are_no_ground(nlp, text):
    found = events_of(nlp, text)
    assert not of_type(found, "territory_change"), found


@pytest.mark.parametrize("text", [
    "Troops of the 20th Infantry Battalion encountered around 30 armed members of the New People's Army in "
    "Las Navas, Northern Samar, on Friday.",
    "Soldiers encountered a large group of bandits near Dutsin-Ma in Katsina state, the army said.",
    "Security forces encountered Maoist rebels in a forest in Bijapur district, police said.",
])
def test_armed_men_encountered_are_a_battle(nlp, text):
    assert of_type(events_of(nlp, text), "battle"), events_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Aid workers encountered difficulties reaching Catubig after the storm.",
    "The minister encountered protesters outside parliament in Manila.",
])
def test_meeting_no_armed_men_is_no_battle(nlp, text):
    assert not of_type(events_of(nlp, text), "battle"), events_of(nlp, text)


@pytest.mark.parametrize(("text", "town"), [
    ("The army said it had deployed an additional company, about 100 soldiers, from the 43rd Infantry Battalion "
     "to Catarman, Northern Samar.", "Catarman"),
    ("Police sent 300 officers from the 7th Battalion to Quetta, Balochistan, on Monday.", "Quetta"),
])
def test_a_deployments_goal_after_its_units_from_is_its_place(nlp, text, town):
    found = of_type(events_of(nlp, text), "deploy")
    assert found and {e["place_name"] for e in found} == {town}, found


@pytest.mark.parametrize("text", [
    "Relief is reaching the families who evacuated Sinuni in Sinjar district, Iraq.",
    "Villagers evacuated their homes in Makhachkala, Dagestan, on Tuesday as the fighting spread.",
    "The residents who evacuated Yelwata in Benue state are staying at a school in Makurdi.",
])
def test_civilians_who_evacuate_do_not_withdraw(nlp, text):
    assert not of_type(events_of(nlp, text), "withdraw"), events_of(nlp, text)
