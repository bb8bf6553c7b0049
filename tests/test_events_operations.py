"""Events in the shapes the blind round events5 found weak, sentence by sentence: a state
media "operation" that killed people is an attack by the state's forces; idioms of sending
and denying that are no deployment and no denial; taking over a duty is no capture of
ground; a go-between is neither the party nor the place of what it brokered; an agreement
described as close is not made; an interviewee's "we" and "That is not true." carry the
side the report gave the interviewee. Sentences and short reports written for these tests,
across wars and outlets."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type, sides

from claimledger.analyze import analyze
from claimledger.documents import read_path


def page_events(nlp, text: str, folder) -> list[dict]:
    """Events of a raw page, read as a saved .txt file is (masthead, headline, related list)."""
    path = folder / "page.txt"
    path.write_text(text)
    rec = analyze(next(read_path(path)), nlp)
    names = {p["id"]: p["name"] for p in rec["places"]}
    return [{**e, "place_name": names.get(e["place"])} for e in rec["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces conducted an intelligence-based operation in Bannu on Tuesday night.",
        "The army carried out an operation against Boko Haram hideouts near Bama, Borno State, on Friday.",
        "Malian soldiers launched an operation against jihadist positions around Boni.",
        "Somali troops mounted an operation on al-Shabaab bases near Jowhar at dawn.",
        "Government forces staged an operation in the hills above Kalemie, the governor's office said.",
    ],
)
def test_an_operation_a_force_carries_out_is_an_attack(nlp, text):
    assert of_type(events(nlp, text), "attack"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams conducted an operation to free the miners trapped near Kolwezi.",
        "Surgeons carried out an operation on the wounded boy in Goma.",
        "The charity conducted a vaccination operation in Maiduguri.",
    ],
)
def test_an_operation_of_rescuers_or_surgeons_is_no_attack(nlp, text):
    assert not of_type(events(nlp, text), "attack"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "During the operation, 22 khwarij were sent to hell, the release said.",
        "Two of the attackers were sent to prison for life by a court in Niamey.",
        "The wounded soldiers were sent to hospital in Mopti.",
    ],
)
def test_being_sent_to_hell_prison_or_hospital_is_no_deployment(nlp, text):
    assert not of_type(events(nlp, text), "deploy"), events(nlp, text)


def test_sending_troops_to_a_town_is_still_a_deployment(nlp):
    found = of_type(events(nlp, "Chad sent 400 soldiers to Bol, on Lake Chad, on Monday."), "deploy")
    assert found and sides(found) == {"TD"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad urged Kabul to deny the use of its soil to militants.",
        "Israel denied aid workers access to northern Gaza for a third day.",
        "The junta has denied journalists entry to the Menaka region.",
        "Khartoum denied the convoy passage through El Obeid.",
    ],
)
def test_denying_someone_the_use_of_something_is_no_denial(nlp, text):
    assert not of_type(events(nlp, text), "deny"), events(nlp, text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Pakistan's military denied the Taliban's claim that its jets had bombed a madrassa.", "PK"),
        ("Kigali denied the report, calling it baseless.", "RW"),
    ],
)
def test_denying_a_claim_is_still_a_denial(nlp, text, side):
    found = of_type(events(nlp, text), "deny")
    assert found and side in sides(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mozambican troops have taken over security in Palma since June.",
        "Kenyan police officers took over patrols in the Haitian capital's port district.",
        "Ghanaian peacekeepers took over the protection of the camp near Bunia.",
    ],
)
def test_taking_over_a_duty_is_a_deployment_not_a_capture(nlp, text):
    found = events(nlp, text)
    assert of_type(found, "deploy") and not of_type(found, "territory_change"), found


def test_taking_over_a_town_is_still_a_change_of_territory(nlp):
    found = events(nlp, "The rebels took over the town of Mwenga in South Kivu on Monday.")
    assert of_type(found, "territory_change"), found


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        ("Under the Omani-brokered deal, the group stopped targeting American ships.", "OM"),
        ("A Qatari-mediated truce between the army and the rebels took effect in Masisi on Friday.", "QA"),
        ("Egypt-brokered talks produced a ceasefire between the two factions in Tripoli.", "EG"),
        ("A US-brokered ceasefire between the two armies came into force along the border.", "US"),
    ],
)
def test_a_go_between_is_no_party_to_the_agreement(nlp, text, broker):
    found = of_type(events(nlp, text), "agreement")
    assert found and broker not in sides(found), found


@pytest.mark.parametrize(
    ("text", "broker_place"),
    [
        ("Under an arrangement brokered by Washington, Israeli troops pulled back from two hilltops near "
         "Quneitra in August.", "Washington"),
        ("Under a deal mediated by Doha, M23 fighters withdrew from Walikale in April.", "Doha"),
        ("In a pullback brokered by Ankara, Syrian government forces left the outskirts of Manbij.", "Ankara"),
    ],
)
def test_a_go_between_is_not_where_the_move_happened(nlp, text, broker_place):
    found = of_type(events(nlp, text), "withdraw")
    assert found and all(e["place_name"] != broker_place for e in found), found


def test_a_brokered_deal_after_a_truce_is_that_truce(nlp):
    text = ("Oman mediated a truce between Washington and the Houthis in May. Under the Omani-brokered deal the "
            "group stopped targeting American ships.")
    assert len(of_type(events(nlp, text), "agreement")) == 1, events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials held talks in Paris, and a security agreement has been described as close, though nothing "
        "has been signed.",
        "A proposed ceasefire for El Fasher was discussed by the envoys in Jeddah.",
        "Diplomats said a deal between Kinshasa and the rebels was imminent.",
        "A possible truce in Rakhine was on the agenda of the meeting in Kunming.",
    ],
)
def test_an_agreement_not_yet_made_is_no_event(nlp, text):
    assert not of_type(events(nlp, text), "agreement"), events(nlp, text)


def test_an_agreement_signed_is_still_an_event(nlp):
    text = "The army and the rebels signed a ceasefire in Jeddah on Saturday, mediators said."
    assert of_type(events(nlp, text), "agreement")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Houthis said they had fired a missile at Israel's Ben Gurion airport.", "Israel"),
        ("Drones struck Sudan's Port Sudan airport overnight, the army said.", "Port Sudan"),
    ],
)
def test_a_named_part_of_a_country_places_the_attack(nlp, text, place):
    found = of_type(events(nlp, text), "attack")
    assert found and any(e["place_name"] and place in e["place_name"] for e in found), found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The rebels took the town on Monday, after Burundian troops deployed alongside the army in the area "
         "pulled back towards Uvira.", "BI"),
        ("Chadian soldiers stationed near the lake withdrew to Bol after the attack.", "TD"),
    ],
)
def test_a_force_described_by_a_participle_is_who_moves(nlp, text, side):
    found = of_type(events(nlp, text), "withdraw")
    assert found and side in sides(found), found


def test_a_toll_including_a_child_is_a_casualty_report_after_the_strikes_were_told(nlp):
    text = ("Israeli jets struck sites near Al-Kiswah, south of Damascus, on Thursday, the state agency said. "
            "A monitor said six people were killed in the strikes and the raid, including a teenager.")
    assert of_type(events(nlp, text), "casualty_report"), events(nlp, text)


INTERVIEW = (
    "Interviews | Africa\n"
    '"We are not leaving": the Kenyan commander of the Haiti mission\n'
    "By our correspondent in Port-au-Prince | 3 March 2025\n"
    "Kenya first sent 400 police officers to Haiti in June 2024 under a UN-backed mission. We spoke to "
    "its commander, Godfrey Otunge, at the mission's base near the airport.\n"
    "Q: Gangs attacked Mirebalais last week. What did your officers do?\n"
    "Otunge: We retook the police station within a day and the gangs fled towards the hills. Our "
    "officers arrested nine suspects.\n"
    "Q: Rights groups say your officers beat detainees in Cite Soleil.\n"
    "Otunge: That is not true. Every detainee is handed to the Haitian police.\n"
)


def test_an_interviewees_we_and_our_are_the_side_the_report_gave_the_interviewee(nlp):
    found = events(nlp, INTERVIEW)
    told = [e for e in found if e["type"] in {"territory_change", "capture"}]
    assert told and sides(told) == {"KE"}, found


def test_that_is_not_true_in_an_answer_is_the_interviewees_denial(nlp):
    found = of_type(events(nlp, INTERVIEW), "deny")
    assert found and sides(found) == {"KE"}, found


@pytest.mark.parametrize(
    "text",
    [
        '"That is completely false," the army spokesman said of the rebels\' claim.',
        "The rebels said they had shot down a jet. This is a lie, the air force said in a statement.",
        'Rights groups say the militia burned the village. "No, that is not the case. We were not there," '
        "militia spokesman Idris Kaka said.",
    ],
)
def test_a_verdict_of_falsehood_is_a_denial(nlp, text):
    assert of_type(events(nlp, text), "deny"), events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "This is a town of 30,000 people on the road to Gao.",
        "It is not clear who fired the shells, a resident said.",
    ],
)
def test_a_sentence_opening_with_this_is_is_no_denial(nlp, text):
    assert not of_type(events(nlp, text), "deny"), events(nlp, text)


RELEASE = (
    "Inter Services Public Relations (ISPR)\n"
    "No PR-201/2025-ISPR\n"
    "Rawalpindi - 2 October 2025\n"
    "SECURITY FORCES KILL 11 KHWARIJ IN KHYBER PAKHTUNKHWA\n"
    "Security forces conducted an intelligence based operation in the Mir Ali area on the reported "
    "presence of khwarij. During the operation, own troops engaged the khwarij location and 11 khwarij "
    "were killed.\n"
    "In another engagement, troops killed four more khwarij near Lakki Marwat.\n"
    "Security forces of Pakistan are determined to eliminate the menace of terrorism from the country.\n"
    "Related Press Releases\n"
    "COAS visits troops deployed along the border in Chitral\n"
)


def test_a_military_release_about_an_operation_at_home_is_its_states_attack_there(nlp, tmp_path):
    found = of_type(page_events(nlp, RELEASE, tmp_path), "attack")
    assert found and "PK" in sides(found), found
    assert all(e["place_name"] for e in found if (e["actor"] or {}).get("side") == "PK"), found


def test_a_related_press_releases_list_tells_no_event(nlp, tmp_path):
    found = page_events(nlp, RELEASE, tmp_path)
    assert not of_type(found, "deploy"), found
