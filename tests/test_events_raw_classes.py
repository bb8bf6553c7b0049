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


@pytest.mark.parametrize(("text", "town"), [
    ("Cartel members dropped explosives from drones on the village of El Aguaje in Aguililla, Michoacan, Mexico.",
     "Aguililla"),
    ("JNIM fighters dropped explosives from drones on an army post in Djibo, Burkina Faso.", "Djibo"),
    ("A man threw a grenade at a police post in Sopore, Jammu and Kashmir, on Monday.", "Sopore"),
    ("Russian drones dropped grenades on a bus in Kherson, Ukraine.", "Kherson"),
])
def test_a_weapon_dropped_or_thrown_is_an_attack(nlp, text, town):
    found = of_type(events_of(nlp, text), "attack")
    assert found and town in {e["place_name"] for e in found}, found


@pytest.mark.parametrize("text", [
    "The plane dropped leaflets over Gaza City urging residents to leave.",
    "Prosecutors dropped the charges against three soldiers in Kano, Nigeria.",
    "Protesters threw eggs at the minister's car in Quetta, Pakistan.",
])
def test_no_weapon_dropped_or_thrown_is_no_attack(nlp, text):
    assert not of_type(events_of(nlp, text), "attack"), events_of(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("A police operation against the Comando Vermelho gang in Complexo da Penha, Rio de Janeiro, Brazil, left at "
     "least 14 people dead on Tuesday.", "BR"),
    ("A police operation against gangs in Cite Soleil, Port-au-Prince, Haiti, left six dead.", "HT"),
    ("A security operation against al-Shabaab militants in Jilib, Somalia, killed 20 fighters, officials said.",
     "SO"),
])
def test_a_police_or_security_operation_against_armed_men_is_the_states_attack(nlp, text, side):
    found = of_type(events_of(nlp, text), "attack")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize("text", [
    "A police search operation for three missing fishermen continued off Mombasa, Kenya.",
    "A rescue operation freed 12 hostages in Kaduna, Nigeria.",
])
def test_a_search_or_rescue_is_no_attack(nlp, text):
    assert not of_type(events_of(nlp, text), "attack"), events_of(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("An army offensive in Jilib, Somalia, killed 20 al-Shabaab fighters, officials said.", "SO"),
    ("A military raid near Bajaur, Pakistan, killed six militants.", "PK"),
    ("A police raid in Cite Soleil, Port-au-Prince, Haiti, left six dead.", "HT"),
])
def test_an_event_noun_named_by_a_state_force_is_that_states(nlp, text, side):
    found = of_type(events_of(nlp, text), "attack")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize(("text", "side"), [
    ("About 2,500 civil and military police officers took part in the raid on the Complexo da Penha in Rio de "
     "Janeiro, Brazil, the security secretary said.", "BR"),
    ("Some 300 Kenyan police officers took part in the operation against gangs in Port-au-Prince, Haiti.", "KE"),
])
def test_who_took_part_in_a_raid_did_it(nlp, text, side):
    found = of_type(events_of(nlp, text), "attack")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize(("text", "side"), [
    ("The Defence Ministry said 600 additional troops would arrive in Apatzingan, Michoacan, by the end of the "
     "month.", "MX"),
    ("Nigeria's Defence Headquarters said 1,000 more soldiers would arrive in Zamfara state next week.", "NG"),
])
def test_a_counted_force_arriving_in_a_state_bodys_words_is_that_states(nlp, text, side):
    found = of_type(events_of(nlp, text), "deploy")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize("text", [
    "MAKHACHKALA, June 24. /TASS/. Militants opened fire on a traffic police post in Makhachkala. Law "
    "enforcement officers returned fire, the committee said.",
    "Troops returned fire after gunmen ambushed their convoy near Mandera, Kenya.",
    "Police in Lakki Marwat, Khyber Pakhtunkhwa, returned fire and the attackers fled.",
])
def test_fire_returned_is_a_battle(nlp, text):
    assert of_type(events_of(nlp, text), "battle"), events_of(nlp, text)


def test_returning_to_a_base_is_no_battle(nlp):
    text = "The soldiers returned to their base in Mandera, Kenya, on Monday."
    assert not of_type(events_of(nlp, text), "battle"), events_of(nlp, text)


def test_a_town_in_a_groups_name_is_no_theatre(nlp):
    text = ("Members of the Jalisco New Generation Cartel attacked the village of El Aguaje in Aguililla, "
            "Michoacan, on Sunday.\n\nThe cartel gunmen retreated toward the hills overnight, officials said.")
    found = of_type(events_of(nlp, text), "withdraw")
    assert found and "Jalisco" not in {e["place_name"] for e in found}, found


@pytest.mark.parametrize(("text", "town"), [
    ("Baloch separatists stormed a Frontier Corps camp in Balochistan's Panjgur district overnight.", "Panjgur"),
    ("The Nigerian Air Force struck bandit enclaves in Zamfara's Tsafe LGA, the military said.", "Tsafe"),
    ("Gunmen attacked a police post in Khyber Pakhtunkhwa's Lakki Marwat district on Monday.", "Lakki Marwat"),
])
def test_a_regions_town_is_the_place(nlp, text, town):
    found = [e for e in events_of(nlp, text) if e["type"] in {"attack", "territory_change"}]
    assert found and {e["place_name"] for e in found} == {town}, found


@pytest.mark.parametrize(("text", "side"), [
    ("Defence spokesman Major General Markus Kangye said the troops, acting on credible intelligence, ambushed "
     "the bandits at Tsaskiya village in Katsina State, Nigeria.", "NG"),
    ("The ministry said the soldiers, backed by helicopters, attacked a Maoist camp in Bijapur, Chhattisgarh, "
     "India.", "IN"),
])
def test_a_subject_parted_from_its_verb_by_commas_acts(nlp, text, side):
    found = of_type(events_of(nlp, text), "attack")
    assert found and sides(found) == {side}, found


LIVE_PAGE = """Ukraine war live: latest updates
Home | World | Live

15:10
Moscow says it captured village
Russia's defence ministry said its forces had captured the village of Novoekonomichne in Ukraine's Donetsk region.

14:05
Kherson
Russian forces shelled the centre of Kherson on Tuesday afternoon, wounding four people, the governor said.
"""

SUDAN_LIVE = """Sudan war live: latest
Home | Africa | Live

19:15
Army says RSF assault repelled in Babanusa
The Sudanese army said its 22nd Infantry Division had repelled an assault by the Rapid Support Forces on its
headquarters in Babanusa, West Kordofan, on Thursday.
"""


@pytest.mark.parametrize("page", [LIVE_PAGE, SUDAN_LIVE])
def test_a_live_entrys_heading_is_no_telling_of_its_own(nlp, page):
    found = events_of(nlp, page)
    assert found, found
    assert not [e for e in found if "\n" not in e["text"] and e["text"].strip().lower().startswith(
        ("moscow says", "army says"))], found
    assert "Kherson" not in {e["place_name"] for e in found if e["type"] == "territory_change"}, found


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("The YBS attacked an army checkpoint in Sinuni, Iraq, prompting the army to send reinforcements from Mosul.",
     "deploy", "army"),
    ("Air strikes on Jilib, Somalia, forced al-Shabaab fighters to withdraw from the town.", "withdraw",
     "al - Shabaab fighters"),  # the name as its tokens join
])
def test_who_was_made_to_act_acts(nlp, text, kind, actor):
    found = of_type(events_of(nlp, text), kind)
    assert found and {(e["actor"] or {}).get("name") for e in found} == {actor}, found


BENUE_INTERVIEW = """INTERVIEW: Benue police chief on the Yelwata attack
Channels Television | 14 May 2026

The following is an edited transcript of an interview with the Benue State Commissioner of Police, \
CP Emmanuel Adesina, about the attack on Yelwata in Guma, Benue State.

HOST: Commissioner, what happened in Yelwata?

ADESINA: Our officers pulled back to Daudu before dawn to regroup. We have since deployed two additional units \
of the Police Mobile Force to Yelwata.
"""

SAMAR_INTERVIEW = """TRANSCRIPT: Army spokesman on the Las Navas clash
Radyo Samar | August 4, 2026

The following is an edited transcript of an interview with the spokesman of the Philippine Army's 8th \
Infantry Division, Maj. Ruel Dacanay, about the clash in Las Navas, Northern Samar.

ANCHOR: Will you send more troops?

DACANAY: We have already deployed an additional company to Las Navas, and our troops pulled back from \
Sitio Tabok before dark.
"""


@pytest.mark.parametrize(("page", "side"), [(BENUE_INTERVIEW, "NG"), (SAMAR_INTERVIEW, "PH")])
def test_a_guest_introduced_with_a_state_office_speaks_for_the_state(nlp, page, side):
    found = [e for e in events_of(nlp, page) if e["type"] in {"deploy", "withdraw"}]
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize(("text", "side"), [
    ("The Sudanese army's spokesman, Brig. Gen. Nabil Abdallah, said the 22nd Infantry Division had repelled an "
     "RSF assault on Babanusa, West Kordofan.", "SD"),
    ("Army spokesman Col. Louie Dema-ala said the 20th Infantry Battalion had clashed with NPA rebels in Las "
     "Navas, Northern Samar, Philippines.", "PH"),
])
def test_a_numbered_unit_in_a_state_speakers_words_is_the_states(nlp, text, side):
    found = of_type(events_of(nlp, text), "battle")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize("text", [
    "Soldiers left Yelwata before dark, residents of Guma in Benue State, Nigeria, said.",
    "The police left the Alemao complex in Rio de Janeiro, Brazil, overnight after a gunfight.",
    "Troops left Tabok before dark on Friday, villagers in Las Navas, Northern Samar, said.",
])
def test_a_force_leaving_a_named_place_withdraws(nlp, text):
    assert of_type(events_of(nlp, text), "withdraw"), events_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Hundreds of families have left Yelwata since the attack, residents of Guma in Benue State said.",
    "Thousands of residents left Lascahobas for Belladere, Haiti, after the gangs arrived.",
])
def test_civilians_leaving_a_named_place_do_not_withdraw(nlp, text):
    assert not of_type(events_of(nlp, text), "withdraw"), events_of(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("SANAA, Nov. 12 (Saba) - In a statement, Yemeni Armed Forces spokesman Yahya Saree said the air defenses shot "
     "down an American MQ-9 drone over Marib province, Yemen.", "YE"),
    ("PORT SUDAN, Sudan (AP) - Air defences shot down six drones over Port Sudan on Sunday, the Sudanese army "
     "said.", "SD"),
])
def test_air_defences_are_a_states(nlp, text, side):
    found = of_type(events_of(nlp, text), "attack")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize(("text", "town"), [
    ("The RSF now controls El Fasher, the last army stronghold in Darfur, Sudan.", "El Fasher"),
    ("M23 rebels now control Goma, the capital of North Kivu, Congo.", "Goma"),
    ("Gang leader Ti Zo said his men now controlled \"all of Mirebalais\", in Haiti's Centre department.",
     "Mirebalais"),
])
def test_a_place_now_controlled_changed_hands(nlp, text, town):
    found = of_type(events_of(nlp, text), "territory_change")
    assert found and town in {e["place_name"] for e in found}, found


@pytest.mark.parametrize("text", [
    "The government controls the budget and the central bank in Juba, South Sudan.",
    "The army has long controlled Kidal's airport road in Mali.",
])
def test_control_with_no_start_changes_no_hands(nlp, text):
    assert not of_type(events_of(nlp, text), "territory_change"), events_of(nlp, text)


@pytest.mark.parametrize("text", [
    "More than 30 Khawarij were killed and their commanders fled toward the jungle near Jilib, Somalia.",
    "RSF commanders fled toward Nyala after the army retook the town of Babanusa, West Kordofan, Sudan.",
])
def test_commanders_fleeing_withdraw(nlp, text):
    assert of_type(events_of(nlp, text), "withdraw"), events_of(nlp, text)
