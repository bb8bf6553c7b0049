"""Events as raw pages tell them (issue 8): actors named a sentence before, forces carried
by air or road, targets past the weapon spent, and the ACLED sub-event read from the means.
Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import re

import pytest
from test_events_phrasings import events, of_type, sides


@pytest.mark.parametrize(("text", "actor"), [
    ("The militants had overrun two border posts the week before, residents said.", "militants"),
    ("Al-Shabaab fighters had overrun three army bases in Hiiraan, a local elder said.", "Al-Shabaab fighters"),
    ("The rebels had overran four police stations in Shan State by Friday.", "rebels"),
])
def test_a_misread_past_form_before_a_counted_object_keeps_its_subject(nlp, text, actor):
    found = of_type(events(nlp, text), "territory_change")
    assert found and actor.lower() in ((found[0]["actor"] or {}).get("name") or "").lower().replace(" - ", "-"), found


@pytest.mark.parametrize(("text", "side", "place"), [
    ("Burkinabe soldiers were airlifted to Djibo on Sunday after the attack, the army said.", "BF", "Djibo"),
    ("The Kenyan battalion was flown to Port-au-Prince on Thursday, police said.", "KE", "Port-au-Prince"),
    ("Sudan's army rushed reinforcements to Kadugli on Monday, a military source said.", "SD", "Kadugli"),
    ("Kenyan police officers flew into Port-au-Prince on Tuesday to join the mission.", "KE", "Port-au-Prince"),
    ("The Malian army redeployed two battalions to Gao, a security source said.", "ML", "Gao"),
    ("Philippine Navy boats ferried marines to Jolo island, the military said.", "PH", "Jolo"),
])
def test_forces_carried_somewhere_deploy(nlp, text, side, place):
    found = of_type(events(nlp, text), "deploy")
    assert found and sides(found) == {side} and found[0]["place_name"].startswith(place), found


@pytest.mark.parametrize("text", [
    "Russian drones flew over Kyiv overnight, the air force said.",
    "Helicopters airlifted the wounded to hospital in Bamako.",
    "The UN airlifted food aid to El Fasher on Monday.",
    "Families rushed to the border crossing at Adre as the fighting spread.",
])
def test_aid_the_wounded_and_flights_over_deploy_no_one(nlp, text):
    assert not of_type(events(nlp, text), "deploy"), events(nlp, text)


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("Al-Shabaab fighters stormed a military base in Lower Shabelle on Sunday. They pulled out after heavy "
     "losses, the Somali army said.", "withdraw", "Al-Shabaab"),
    ("JNIM fighters attacked an army camp near Boulkessi on Tuesday. They withdrew toward the border with "
     "Burkina Faso, the Malian army said.", "withdraw", "JNIM"),
    ("Gang members attacked the police station in Mirebalais on Monday. They later set fire to the prison, "
     "the Haitian police said.", "attack", "Gang members"),
])
def test_they_opening_a_told_sentence_is_who_acted_just_before(nlp, text, kind, actor):
    found = of_type(events(nlp, text), kind)
    assert found and actor in (found[-1]["actor"] or {}).get("name", "").replace(" - ", "-"), found
    assert (found[-1]["actor"] or {}).get("side") is None, found


def test_the_army_that_says_it_acted_stays_the_actor(nlp):
    text = ("Rebels attacked the town of Kadugli on Monday. The army said they had been repelled and that "
            "it had retaken two villages.")
    found = of_type(events(nlp, text), "territory_change")
    assert found and sides(found) == {"SD"}, found


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Houthi forces fired missiles at a ship in the Red Sea, the group's spokesman said.", "attack", "ship"),
    ("Gunmen opened fire on a bus in Sinaloa, killing six passengers, prosecutors said.", "attack", "bus"),
    ("Haitian gangs set fire to homes in Mirebalais on Monday, the UN said.", "attack", "homes"),
    ("Colombian troops were deployed to Catatumbo on Saturday, the defense ministry said.", "deploy", None),
    ("Philippine Army troops clashed with New People's Army rebels in Negros Occidental on Monday.", "battle",
     "rebels"),
    ("Assam Rifles troops destroyed two militant camps near Moreh from which the group operated.", "attack",
     "two militant camps near Moreh"),
])
def test_the_target_is_what_was_hit_never_the_weapon_or_the_day(nlp, text, kind, target):
    found = of_type(events(nlp, text), kind)
    assert found, events(nlp, text)
    got = (found[0]["target"] or {}).get("name")
    assert (got or None) == target if target is None else target in (got or ""), found


@pytest.mark.parametrize(("text", "acled"), [
    ("Gunmen attacked a village in Zamfara State on Sunday, killing 20 people, police said.",
     "Violence against civilians / Attack"),
    ("FARC dissidents ambushed a police patrol in Cauca, killing three officers, the police said.",
     "Battles / Armed clash"),
    ("A suicide bomber killed 12 people at a market in Maiduguri, police said.",
     "Explosions/Remote violence / Suicide bomb"),
    ("A roadside bomb struck a Pakistani army convoy in North Waziristan, the military said.",
     "Explosions/Remote violence / Remote explosive/landmine/IED"),
    ("Ethiopian Air Force drones struck a market in Gojjam, witnesses said.", "Explosions/Remote violence / "
     "Air/drone strike"),
    ("RSF artillery shelled the Abu Shouk camp in El Fasher, the UN said.",
     "Explosions/Remote violence / Shelling/artillery/missile attack"),
    ("Attackers threw a grenade at a bar in Kitgum, police said.", "Explosions/Remote violence / Grenade"),
    ("Suspected herdsmen killed 30 villagers in Benue State overnight, officials said.",
     "Violence against civilians / Attack"),
])
def test_an_attacks_acled_sub_event_follows_its_means(nlp, text, acled):
    found = of_type(events(nlp, text), "attack")
    assert found and found[0]["acled"] == acled, found


@pytest.mark.parametrize(("text", "kind", "acled"), [
    ("Gunmen abducted 30 students from a school in Kaduna State, police said.", "capture",
     "Violence against civilians / Abduction/forced disappearance"),
    ("Police arrested 14 gang members in Port-au-Prince on Monday.", "capture", "Strategic developments / Arrests"),
    ("Chadian troops set up a base near Adre on Monday, the army said.", "deploy",
     "Strategic developments / Headquarters or base established"),
    ("Ugandan troops were sent to Bunia on Monday, the army said.", "deploy", "Strategic developments / Other"),
])
def test_captures_and_deployments_are_coded_by_what_was_done(nlp, text, kind, acled):
    found = of_type(events(nlp, text), kind)
    assert found and found[0]["acled"] == acled, found


@pytest.mark.parametrize("text", [
    'In the documentary "Soldiers Who Retook Menaka", aired last year, state television praised the army.',
    "The army's statement, titled \"Our Forces Repel Terrorist Attack on Boulkessi\", was read on the radio.",
    "The militia's anthem, \"We Shall Capture Every Hill of Kivu\", was played at the rally in Goma.",
])
def test_a_quoted_title_tells_no_event(nlp, text):
    assert not [e for e in events(nlp, text) if e["type"] in {"territory_change", "battle", "attack"}], \
        events(nlp, text)


def test_a_quotation_in_sentence_case_is_still_told(nlp):
    text = '"We retook the town of Menaka from the terrorists on Monday," the Malian army spokesman said.'
    assert of_type(events(nlp, text), "territory_change"), events(nlp, text)


@pytest.mark.parametrize("text", [
    "Gunmen killed five men at a car wash in Culiacan. Nobody has been arrested, prosecutors said.",
    "Bandits abducted 20 villagers in Zamfara. No one has been detained so far, police said.",
    "Three soldiers died when their vehicle hit a mine near Gao. None of the attackers were captured, the army said.",
])
def test_nobody_arrested_is_no_capture(nlp, text):
    told = [e for e in of_type(events(nlp, text), "capture") if re.search(r"\b(nobody|no one|none)\b", e["text"], re.I)]
    assert not told, told


@pytest.mark.parametrize(("text", "side"), [
    ("The Attorney General's Office said agents had arrested a suspected cell leader in Mazatlan on Saturday.", "MX"),
    ("Prosecutors in Guayaquil said officers had arrested nine suspects on Tuesday.", "EC"),
])
def test_agents_of_a_states_prosecutors_are_the_states(nlp, text, side):
    found = of_type(events(nlp, text), "capture")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize("text", [
    "Anglophone separatists attacked a gendarmerie post near Bamenda, the Cameroonian army said.",
    "ELN guerrillas attacked a police station in Arauca, Colombia's army said.",
])
def test_an_armed_groups_fighters_never_take_the_speakers_side(nlp, text):
    found = of_type(events(nlp, text), "attack")
    assert found and sides(found) == {None}, found


@pytest.mark.parametrize(("text", "kind", "side"), [
    ("Burundi has some 10,000 troops in eastern Congo, according to UN experts. It sent another battalion to "
     "Uvira last week, a Burundian officer said.", "deploy", "BI"),
    ("Egypt signed a defence pact with Somalia in August. It flew hundreds of troops to Mogadishu in December, "
     "a Somali official said.", "deploy", "EG"),
])
def test_it_opening_a_sentence_is_the_state_the_sentence_before_spoke_of(nlp, text, kind, side):
    found = of_type(events(nlp, text), kind)
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize("text", [
    "The SDF said it had handed over its positions in Deir Hafer to the Syrian army and pulled its fighters back "
    "east of the Euphrates.",
    "The TPLF said it had handed over control of Alamata to federal forces.",
])
def test_a_group_handing_over_ground_withdraws_itself(nlp, text):
    found = of_type(events(nlp, text), "withdraw")
    assert found and sides(found) == {None}, found


@pytest.mark.parametrize("text", [
    "Hamas handed over 33 hostages to the Red Cross in Gaza on Saturday.",
    "The delegation handed over a letter to the UN envoy in Juba.",
])
def test_handing_over_people_or_papers_gives_up_no_ground(nlp, text):
    assert not of_type(events(nlp, text), "withdraw"), events(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("Ethiopia sent troops into Somalia's Gedo region, residents said. The soldiers set up camps near Dolow.", "ET"),
    ("Burundi deployed 1,000 soldiers to South Kivu in October, a Burundian officer said. The troops set up "
     "positions around Uvira.", "BI"),
    ("Rwanda sent troops to Cabo Delgado in 2021. The soldiers set up a base in Mocimboa da Praia.", "RW"),
])
def test_the_soldiers_a_state_sent_the_sentence_before_are_that_states(nlp, text, side):
    found = of_type(events(nlp, text), "deploy")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize(("text", "side"), [
    ("Russian troops took up positions around the town of Kupiansk, the Ukrainian General Staff said.", "RU"),
    ("Turkey has massed troops and tanks on the border with Syria near Kobani, the SDF said.", "TR"),
    ("The Ethiopian army built up forces near the Eritrean border in Tigray, diplomats said.", "ET"),
    ("Venezuela amassed soldiers and armoured vehicles near the Essequibo border, Guyana said.", "VE"),
])
def test_forces_gathered_or_posted_deploy(nlp, text, side):
    found = events(nlp, text)
    assert of_type(found, "deploy") and sides(of_type(found, "deploy")) == {side}, found
    assert not of_type(found, "territory_change"), found


@pytest.mark.parametrize("text", [
    "Young men in the village took up arms after the massacre, residents said.",
    "The governor built up pressure on the federal government in Abuja.",
    "The general amassed a fortune while commanding troops in Kivu, investigators said.",
])
def test_arms_pressure_and_wealth_gathered_deploy_no_one(nlp, text):
    assert not of_type(events(nlp, text), "deploy"), events(nlp, text)


@pytest.mark.parametrize("text", [
    "Our troops arrived within an hour and the assailants fled into the forest toward Irumu, the army spokesman said.",
    "The defence forces arrived within the hour and the fighters fled towards the forest, a resident said.",
])
def test_a_force_arriving_only_in_time_answers_an_attack_and_deploys_nowhere(nlp, text):
    assert not of_type(events(nlp, text), "deploy"), events(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("Burundian troops arrived in Uvira on Monday, residents said.", "BI"),
    ("Kenyan police arrived in Port-au-Prince on Tuesday to lead the mission.", "KE"),
])
def test_a_force_arriving_somewhere_deploys(nlp, text, side):
    found = of_type(events(nlp, text), "deploy")
    assert found and sides(found) == {side}, found


def test_raiders_entering_to_strike_take_no_ground(nlp):
    text = "The terrorists entered Komanda during the night and attacked worshippers with machetes, the army said."
    found = events(nlp, text)
    assert of_type(found, "attack") and not of_type(found, "territory_change"), found


@pytest.mark.parametrize(("text", "side"), [
    ("Somali government spokesman Farhan Jimale said the army had retaken three villages near Bardhere, where "
     "Kenyan troops are based.", "SO"),
    ("The Kenya Defence Forces have 3,500 soldiers in Somalia. Somalia's defence minister said the army had "
     "recaptured Bardhere district on Monday.", "SO"),
])
def test_the_army_told_by_the_theatres_own_speaker_is_that_states(nlp, text, side):
    found = of_type(events(nlp, text), "territory_change")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize(("text", "side"), [
    ("The Ugandan army has about 4,000 soldiers in Ituri and North Kivu under the Shujaa operation.", "UG"),
    ("Burundi has some 10,000 troops in eastern Congo, according to UN experts.", "BI"),
    ("The Kenya Defence Forces have about 3,500 soldiers in Somalia as part of the African Union mission.", "KE"),
    ("Turkey has thousands of troops in northern Syria, the SDF said.", "TR"),
])
def test_a_state_that_has_a_counted_force_somewhere_has_it_deployed(nlp, text, side):
    found = of_type(events(nlp, text), "deploy")
    assert found and sides(found) == {side}, found


@pytest.mark.parametrize("text", [
    "Since August we have lost 112 soldiers in North Kordofan, the commander said.",
    "The hospital in Goma has treated 40 soldiers since Monday.",
    "The army has had troops in the region for years, officials said.",
])
def test_forces_lost_treated_or_uncounted_are_no_deployment(nlp, text):
    assert not of_type(events(nlp, text), "deploy"), events(nlp, text)
