"""Event classes found on the dev rounds (stops 28 and 29) and written out again in other
wars and styles: forces carried in with only their origin said, a fight told as a war's
long story, a progressive fight sharing its subject, an act let or enabled in the past, and
the side of a de facto authority (the Taliban). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type, sides


@pytest.mark.parametrize("text", [
    "Two security officials said about 400 additional troops had been flown in from Quetta.",
    "The governor said 500 police officers had been flown in from Lagos overnight.",
    "Residents said more soldiers were brought in from Bamako on Sunday.",
    "A spokesman said 1,000 troops had been rushed in from the capital.",
])
def test_forces_carried_in_from_somewhere_deploy(nlp, text):
    assert of_type(events(nlp, text), "deploy"), events(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister flew in from Paris on Monday for talks with the junta.",
    "The government brought in new rules on fuel imports from Nigeria.",
    "Extra doctors were flown in from Nairobi to treat the wounded.",
])
def test_no_force_carried_in_is_no_deployment(nlp, text):
    assert not of_type(events(nlp, text), "deploy")


@pytest.mark.parametrize("text", [
    "The attacks are blamed on the cartel, which has been fighting a rival coalition for control of the "
    "lime trade for years.",
    "The ADF, which has been fighting the Ugandan government since the 1990s, is based in eastern Congo.",
    "The Arakan Army has been fighting the military for greater autonomy for Rakhine State since 2009.",
])
def test_a_fight_told_as_a_wars_long_story_is_no_battle(nlp, text):
    assert not of_type(events(nlp, text), "battle")


@pytest.mark.parametrize(("text", "side"), [
    ("Government forces have been fighting rebels near Bunia since Sunday, the UN said.", "CD"),
    ("The army said on Monday its troops were fighting Boko Haram militants near Bama.", "NG"),
    ("Ukrainian units held the village and were fighting Russian assault groups in its outskirts.", "UA"),
    ("The spokesman said government troops had never abandoned Walikale and were still fighting on its "
     "eastern edge.", None),
])
def test_a_fight_under_way_is_a_battle(nlp, text, side):
    found = of_type(events(nlp, text), "battle")
    assert found and (side is None or side in sides(found)), found


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("The governor said the operation had allowed officers to retake control of several areas of the "
     "favela.", "territory_change", "officers"),
    ("The army said the offensive had enabled its troops to recapture three villages near Bakhmut.",
     "territory_change", "troops"),
    ("The push allowed Kurdish fighters to seize the dam near Tabqa, the coalition said.",
     "territory_change", "fighters"),
    ("The ceasefire allowed the rebels to withdraw from Sake, the UN said.", "withdraw", "rebels"),
])
def test_an_act_let_in_the_past_was_done_by_whom_it_let(nlp, text, kind, actor):
    found = of_type(events(nlp, text), kind)
    assert found and actor in ((found[0]["actor"] or {}).get("name") or ""), found


@pytest.mark.parametrize("text", [
    "The truce allows the army to deploy in the buffer zone.",
    "The deal will allow the rebels to withdraw from Sake.",
])
def test_an_act_only_permitted_is_not_done(nlp, text):
    assert not [e for e in events(nlp, text) if e["type"] in {"deploy", "withdraw"}]


@pytest.mark.parametrize(("text", "kind", "side"), [
    ("Taliban forces arrested nine men in Andarab on Tuesday, residents said.", "capture", "AF"),
    ("The Taliban sent around 3,000 fighters into Panjshir, a resistance commander said.", "deploy", "AF"),
    ("Islamic Emirate forces shelled Pakistani border posts near Chaman overnight.", "attack", "AF"),
    ("Taliban border guards exchanged fire with Pakistani troops at Torkham on Sunday.", "battle", "AF"),
    ("Pakistani Taliban fighters attacked a police post in Bannu, killing three officers.", "attack", None),
    ("Tehreek-e-Taliban Pakistan militants stormed a checkpoint in Lakki Marwat, police said.", "attack", None),
])
def test_a_de_facto_authoritys_forces_act_for_its_state(nlp, text, kind, side):
    found = of_type(events(nlp, text), kind)
    assert found and sides(found[:1]) == {side}, found


@pytest.mark.parametrize("text", [
    "The ministry announced the deployment of two companies to Kidal to reinforce security around the airport.",
    "The Chief of Defence Staff has directed the deployment of an additional battalion to the Benue valley "
    "to reinforce the operation, he said.",
    "The army sent a battalion to Djibo to reinforce troops there.",
    "Ukraine moved additional units to the Pokrovsk direction to reinforce its defences, the general staff said.",
])
def test_a_deployments_purpose_is_the_same_deployment(nlp, text):
    assert len(of_type(events(nlp, text), "deploy")) == 1, events(nlp, text)
