"""Events the blind round events5-2 found missed or misassigned: an "encounter" in a
military release is a clash; rejecting a deal or a proposal denies no claim, and a truce
proposed is none made; a verdict quoted after a colon is a denial; a party or movement named
after its country speaks for no state; an officer introduced by rank in a sentence naming
one side's forces speaks for that side; a Q&A whose answers carry no name gives its "we",
"our" and "It is a lie." to the guest the standfirst names; a toll from shelling no one is
said to have done is the news. Sentences and short pages written for these tests."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type, sides


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the 79th Infantry Battalion killed five rebels in an encounter in Himamaylan City, "
        "Negros Occidental, on Sunday, the army said.",
        "Two soldiers were wounded in an armed encounter with Abu Sayyaf gunmen on Jolo island.",
        "Police said a fierce encounter with bandits near Gusau lasted three hours.",
    ],
)
def test_an_encounter_in_a_military_release_is_a_battle(nlp, text):
    assert of_type(events(nlp, text), "battle"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister had a chance encounter with reporters in Manila.",
        "She described her encounter with the president as warm.",
    ],
)
def test_a_chance_encounter_is_no_battle(nlp, text):
    assert not of_type(events(nlp, text), "battle"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels rejected a deal offered by the mediators in Jeddah.",
        "The junta rejected the proposal for elections in 2026.",
        "Hamas rejected the ceasefire plan put forward by the envoys.",
    ],
)
def test_rejecting_a_deal_or_a_proposal_is_no_denial(nlp, text):
    assert not of_type(events(nlp, text), "deny"), events(nlp, text)


def test_rejecting_a_claim_is_still_a_denial(nlp):
    text = "The Defence Ministry rejected the report that its jets had bombed a school in Idlib."
    assert of_type(events(nlp, text), "deny"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Washington and Riyadh have proposed a new humanitarian truce for Sudan.",
        "The mediators are seeking a ceasefire in Gaza before the holiday.",
        "Both sides rejected a truce put forward by Qatar.",
        "The envoys discussed a possible deal on prisoners in Muscat.",
    ],
)
def test_a_truce_proposed_or_sought_is_no_agreement(nlp, text):
    assert not of_type(events(nlp, text), "agreement"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'Asked about reports that his troops had burned a village, the colonel said: "These claims are baseless."',
        'The spokesman told reporters: "This is fake news. Our soldiers were not in Tera."',
    ],
)
def test_a_verdict_quoted_after_a_colon_is_a_denial(nlp, text):
    assert of_type(events(nlp, text), "deny"), events(nlp, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Communist Party of the Philippines denied that its fighters had extorted from farmers.", "PH"),
        ("The Sudan Liberation Movement denied that its fighters had looted the market in Tawila.", "SD"),
        ("The Syrian Democratic Front denied reports that it had shelled Manbij.", "SY"),
    ],
)
def test_a_movement_named_after_its_country_denies_for_no_state(nlp, text, state):
    found = of_type(events(nlp, text), "deny")
    assert found and state not in sides(found), found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Speaking at the weekly briefing, Rear Admiral Zeki Akturk said that Turkish Armed Forces had "
         "neutralised 14 militants in northern Iraq. Asked about claims by the SDF that drones had struck a "
         'convoy near Qamishli, Akturk said: "These claims are baseless."', "TR"),
        ("Colonel Souleymane Dembele said that Malian soldiers had repelled the attack near Boni. Rebels said "
         'they had seized the town. "That is not true," Dembele said.', "ML"),
    ],
)
def test_an_officer_introduced_by_rank_beside_one_sides_forces_denies_for_it(nlp, text, side):
    found = of_type(events(nlp, text), "deny")
    assert found and sides(found) == {side}, found


QA = (
    "Frontline Weekly\n"
    '"They come at night": a battalion commander on the fight for Kupiansk\n'
    "By our correspondent, Kharkiv region | 4 May 2025\n"
    "Captain Taras Hnatiuk, 41, commands an assault battalion of Ukraine's 14th Brigade, which has held "
    "positions north of Kupiansk since the spring. We met him at a command post near the front.\n"
    "— Russia's defence ministry says its troops have captured Kupiansk. Is that true?\n"
    "— It is a lie. We still hold the town, and our drones hit their columns every night.\n"
    "— Have you had to give up ground?\n"
    "— In April we withdrew from two positions near Synkivka because they could not be supplied.\n"
)


def test_an_unnamed_answers_we_and_our_are_the_guests(nlp):
    found = [e for e in events(nlp, QA) if e["type"] in {"attack", "withdraw"}]
    assert found and sides(found) == {"UA"}, found


def test_it_is_a_lie_in_an_unnamed_answer_is_the_guests_denial(nlp):
    found = of_type(events(nlp, QA), "deny")
    assert found and sides(found) == {"UA"}, found


def test_a_dash_in_prose_is_no_interview_turn(nlp):
    text = ("The army said it had retaken the village. - It is not clear how many died, a doctor said.\n"
            "Residents said the fighting went on all night.\n")
    assert not of_type(events(nlp, text), "deny"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 civilians were killed in shelling on El Obeid's markets last week, the Sudan Doctors "
        "Network said.",
        "Twelve people were killed in shelling on Kharkiv's central market on Sunday, the governor said.",
    ],
)
def test_a_toll_from_shelling_no_one_is_said_to_have_done_is_a_casualty_report(nlp, text):
    found = of_type(events(nlp, text), "casualty_report")
    assert found and all(e["place_name"] for e in found), found


def test_a_toll_from_an_attack_with_its_doer_stays_the_attack(nlp):
    text = "Russian missiles struck Kharkiv on Sunday, killing 12 people, the governor said."
    found = events(nlp, text)
    assert of_type(found, "attack") and not of_type(found, "casualty_report"), found
