"""Events told in many phrasings, sentence by sentence: who does an event told in a side
clause ("before withdrawing", "responded with strikes"), whose a state's voice is when
the report gives it no side, what a kind of thing named by an event word is ("attack
drones"), and the page around the story that tells no event. Sentences written for
these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def events(nlp, text: str) -> list[dict]:
    rec = analyze(Document(text=text), nlp)
    names = {p["id"]: p["name"] for p in rec["places"]}
    return [{**e, "place_name": names.get(e["place"])} for e in rec["events"]]


def of_type(found: list[dict], kind: str) -> list[dict]:
    return [e for e in found if e["type"] == kind]


def sides(found: list[dict]) -> set:
    return {(e["actor"] or {}).get("side") for e in found}


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        ("An Israeli patrol entered the village of Kudna in Quneitra on Monday, searched several homes and "
         "detained a shepherd before withdrawing, the agency said.", "withdraw", "IL"),
        ("Russian troops shelled the outskirts of Kherson for an hour before pulling back, the governor said.",
         "withdraw", "RU"),
        ("Turkish troops stayed in the village of Tal Tamr for a week after crossing the border.",
         "deploy", None),
    ],
)
def test_an_event_in_a_time_clause_is_done_by_the_clauses_subject(nlp, text, kind, side):
    found = of_type(events(nlp, text), kind)
    if side is None:
        assert all((e["actor"] or {}).get("side") != "SY" for e in found), found
    else:
        assert found and sides(found) == {side}, found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Myanmar's junta responded with air strikes on villages around Kawlin on Friday.", "MM"),
        ("The Sudanese army retaliated with drone strikes on RSF positions near Bara.", "SD"),
    ],
)
def test_strikes_a_force_responded_with_are_its_own(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "attack"))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Somali National Army said it had launched a counter-offensive near Afgoye with support "
         "from African Union troops.", "SO"),
        ("Ukraine's General Staff said its units had mounted a counter-attack near Toretsk overnight.", "UA"),
    ],
)
def test_a_hyphenated_counter_offensive_is_an_attack_by_the_teller(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "attack"))


@pytest.mark.parametrize(
    "text",
    [
        "Russian aviation, attack drones and artillery struck 120 areas, the ministry said.",
        "The rebels were armed with assault rifles and rocket launchers, police in Cap-Haitien said.",
        "Ceasefire talks between the army and the Arakan Army are due to resume in Kunming.",
        "Strikes hit temporary deployment points of Ukrainian formations, the Russian ministry said.",
    ],
)
def test_an_event_word_naming_a_kind_of_thing_is_no_event(nlp, text):
    found = events(nlp, text)
    assert not any(e["text"].strip().lower() in {"attack", "assault", "ceasefire", "deployment"} for e in found), found
    assert not of_type(found, "deploy") and not of_type(found, "agreement"), found


@pytest.mark.parametrize(
    "text",
    [
        "Operational-tactical aviation, missile troops and artillery of the Russian Armed Forces struck "
        "fuel depots near Pavlohrad, the ministry said.",
        "Drones, gunboats and marines of the Ukrainian Navy attacked a ferry off Chornomorsk.",
    ],
)
def test_a_list_of_arms_belongs_to_the_force_named_after_it(nlp, text):
    found = of_type(events(nlp, text), "attack")
    assert found and all((e["actor"] or {}).get("side") in {"RU", "UA"} for e in found), found
    assert len(sides(found)) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Units of the Dnepr Group inflicted fire damage on a Ukrainian brigade near Kamianske.",
        "The Houthis said they had inflicted heavy damage on a US destroyer in the Red Sea.",
    ],
)
def test_inflicting_damage_on_a_force_is_an_attack(nlp, text):
    assert of_type(events(nlp, text), "attack")


def test_inflicting_losses_of_a_number_is_told_by_its_figure_not_as_an_attack(nlp):
    found = events(nlp, "Russian forces inflicted losses of up to 400 Ukrainian servicemen, the ministry said.")
    assert not of_type(found, "attack"), found


@pytest.mark.parametrize(
    "text",
    [
        "The UN said it had evacuated 140 patients and nurses from the hospital in El Fasher.",
        "Aid groups evacuated dozens of families from Rafah on Sunday.",
        "Hundreds of residents were evacuated from Kupiansk as the shelling grew heavier.",
    ],
)
def test_evacuating_people_is_no_withdrawal(nlp, text):
    assert not of_type(events(nlp, text), "withdraw")


def test_troops_evacuating_a_base_withdraw(nlp):
    found = events(nlp, "Malian soldiers evacuated the base at Ber before the jihadists arrived.")
    assert of_type(found, "withdraw"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kachin Independence Army and the junta met in Kunming but failed to agree on a truce.",
        "Hamas refused to sign the ceasefire proposal presented in Cairo.",
    ],
)
def test_failing_to_agree_is_no_agreement(nlp, text):
    assert not of_type(events(nlp, text), "agreement")


def test_signing_a_pact_is_one_agreement_not_placed_at_its_parties(nlp):
    found = of_type(events(nlp, "Khartoum and Juba signed a security pact in Addis Ababa in May."), "agreement")
    assert len(found) == 1, found
    assert found[0]["place_name"] not in {"Khartoum", "Juba"}, found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Government spokesman Getachew Reda denied that the air force had bombed the market in Mekelle, "
         "Ethiopia.", "ET"),
        ("A presidency spokesman in Bamako denied that Malian soldiers had killed civilians near Moura.", "ML"),
    ],
)
def test_a_government_spokesman_denies_for_the_state(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "deny"))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Fighting raged in Sudan's El Obeid. The army says it has sent reinforcements to El Obeid.", "SD"),
        ("Clashes spread across Somalia's Hiraan region. The army said it had sent two battalions to Beledweyne.",
         "SO"),
    ],
)
def test_an_army_with_no_side_saying_it_sent_troops_is_the_theatres(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "deploy"))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Fighting broke out in Syria's Latakia province. The Ministry of Interior announced that security "
         "reinforcements had been deployed to Jableh.", "SY"),
        ("Gangs attacked police in Haiti's capital. The Ministry of Justice said extra police units had been "
         "deployed to Petion-Ville.", "HT"),
    ],
)
def test_a_ministry_announcing_a_deployment_no_one_is_said_to_make_made_it(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "deploy"))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Latakia, SANA- Units of the Syrian Arab Army repelled an attack on checkpoints near Jableh.", "SY"),
        ("Aden, Saba - Units of the Yemeni army repelled a Houthi attack on positions in Marib.", "YE"),
    ],
)
def test_an_agencys_dateline_left_in_the_copy_is_not_the_actor(nlp, text, side):
    found = [e for e in events(nlp, text) if e["type"] in {"battle", "attack"}]
    assert side in sides(found), found


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Kinshasa / Goma (agencies) — Congolese troops pulled out of Bukavu overnight, residents said.",
         "Kinshasa"),
        ("Mogadishu, Somalia (AFP) - Government troops withdrew from Beledweyne on Sunday, elders said.",
         "Mogadishu"),
    ],
)
def test_a_dateline_in_any_case_is_not_where_it_happened(nlp, text, dateline):
    found = of_type(events(nlp, text), "withdraw")
    assert found and all(e["place_name"] != dateline for e in found), found


def test_an_agency_name_before_the_dash_is_not_the_actor(nlp):
    text = ("NNA - An Israeli drone struck a motorcycle near Bint Jbeil on Tuesday, the health ministry said.")
    assert "IL" in sides(of_type(events(nlp, text), "attack"))


def test_a_line_of_headlines_cut_by_bars_tells_no_event(nlp):
    text = ("Rebels shelled Uvira on Monday, the army said.\n"
            "Trending: Kagame meets envoy | Coltan prices rise | Uganda sends more troops to Bunia\n")
    assert not of_type(events(nlp, text), "deploy")


def test_headlines_under_read_more_tell_no_event(nlp):
    text = ("The RSF shelled the market in El Obeid on Sunday, the hospital said.\n"
            "Read more:\n"
            "Army drone strike hits fuel depot in Nyala\n")
    found = of_type(events(nlp, text), "attack")
    assert found and all(e["place_name"] != "Nyala" for e in found), found


def test_words_that_make_an_event_word_a_kind_of_thing_are_listed():
    from claimledger.data.tables import word_lists

    assert {"talks", "proposal", "violations"} <= word_lists("event_words.tsv")["thing_noun"]


@pytest.mark.parametrize(
    ("text", "where", "not_where"),
    [
        ("MAPUTO - Insurgents raided a village in Macomia district on Sunday, officials said.\n"
         "A police spokesman in Maputo said soldiers had been sent to the area.\n", "Macomia", "Maputo"),
        ("Gunmen attacked a convoy near Djibo on Friday.\n"
         "An army officer in Ouagadougou said reinforcements had been sent to the area.\n", "Djibo", "Ouagadougou"),
    ],
)
def test_where_a_speaker_sits_does_not_place_what_the_area_points_back_to(nlp, text, where, not_where):
    found = of_type(events(nlp, text), "deploy")
    assert found and all(e["place_name"] != not_where for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed the town of Mahaday on Sunday, and government troops withdrew from the town hours later.",
        "Rebels shelled the village of Kibumba at dawn, and the army pulled out of the village by noon.",
    ],
)
def test_the_town_after_the_town_of_x_points_back_to_x(nlp, text):
    found = of_type(events(nlp, text), "withdraw")
    assert found and all(e["place_name"] in {"Mahaday", "Kibumba"} for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A joint force of the Kachin Independence Army stormed a junta outpost near Bhamo.",
        "The Global New Light of Myanmar said troops had pulled out of a camp near Pinlebu.",
    ],
)
def test_a_place_inside_a_groups_or_papers_name_places_nothing(nlp, text):
    found = events(nlp, text)
    assert all(e["place_name"] not in {"Kachin", "Myanmar"} for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Fano, an Amhara militia, said their fighters had taken control of the town of Debre Tabor.",
        "The Mai-Mai, a Congolese militia, said its fighters had seized the village of Lubero.",
    ],
)
def test_a_militia_speaking_of_its_fighters_gives_them_no_state(nlp, text):
    found = of_type(events(nlp, text), "territory_change")
    assert found and all((e["actor"] or {}).get("side") is None for e in found), found


def test_an_answer_naming_the_army_is_the_army_not_the_asker(nlp):
    text = "Fighting spread in Sudan's North Kordofan.\nDabanga: The army says it has sent reinforcements to Bara.\n"
    assert "SD" in sides(of_type(events(nlp, text), "deploy"))


def test_a_withdrawal_made_after_a_defence_is_the_defenders(nlp):
    text = ("Sudan's army said its soldiers had held the garrison in Babanusa for a week before making "
            "an orderly withdrawal.")
    assert "SD" in sides(of_type(events(nlp, text), "withdraw"))


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops launched a military operation against jihadists in the Sambisa forest on Monday.",
        "At least 30 militants were killed in an operation near Djibo, the Burkinabe army said.",
        "A joint operation by Kenyan and Somali forces targeted al-Shabaab hideouts near Kismayo.",
    ],
)
def test_a_military_operation_is_an_attack(nlp, text):
    assert of_type(events(nlp, text), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "A rescue operation was under way in the rubble of the building in Kharkiv.",
        "The UN launched a humanitarian operation to feed 200,000 people in El Fasher.",
        "A police operation in Port-au-Prince ended with the arrest of nine suspects.",
    ],
)
def test_a_rescue_aid_or_police_operation_is_no_attack(nlp, text):
    assert not of_type(events(nlp, text), "attack")


def test_a_sides_strike_told_after_a_placed_toll_is_there(nlp):
    text = ("At least 19 fighters were killed on Sunday in northern Syria in a Turkish air operation, officials said. "
            "Turkish artillery hit 20 positions including rocket launchers, the officials said.")
    found = [e for e in of_type(events(nlp, text), "attack") if (e["actor"] or {}).get("side") == "TR"]
    assert found and all(e["place_name"] == "Syria" for e in found), found


def test_a_strike_in_a_new_paragraph_takes_no_place_from_the_last(nlp):
    text = ("Four civilians were killed in Kharkiv on Monday, the governor said.\n"
            "Separately, Russian drones hit an energy facility, the ministry said.\n")
    found = of_type(events(nlp, text), "attack")
    assert found and all(e["place_name"] != "Kharkiv" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were wounded and evacuated to Popayan, the ministry said.",
        "Three policemen were injured and evacuated by helicopter to Port-au-Prince.",
    ],
)
def test_evacuating_the_wounded_is_no_withdrawal(nlp, text):
    assert not of_type(events(nlp, text), "withdraw")


@pytest.mark.parametrize(
    "text",
    [
        "Haitian police have set up a permanent post in Cabaret with 60 officers.",
        "Malian troops established a base near Kidal last month.",
    ],
)
def test_setting_up_a_post_is_a_deployment(nlp, text):
    assert of_type(events(nlp, text), "deploy")


def test_setting_up_a_committee_is_none(nlp):
    assert not of_type(events(nlp, "The ministers set up a committee to study the proposal in Nairobi."), "deploy")


def test_where_the_rest_fled_does_not_place_the_arrests(nlp):
    text = "Police killed four gang members in Cabaret and arrested nine, and the rest fled towards Arcahaie."
    found = of_type(events(nlp, text), "capture")
    assert found and all(e["place_name"] != "Arcahaie" for e in found), found


def test_an_agency_dateline_after_a_misparsed_participle_leaves_the_killers_the_attack(nlp):
    text = ("Insurgents linked to the Islamic State killed at least six civilians in an attack on a village "
            "near Mocimboa da Praia on Monday, local sources said.")
    found = of_type(events(nlp, text), "attack")
    assert found and any("Insurgents" in (e["actor"] or {}).get("name", "") for e in found), found


def test_the_killed_are_not_who_struck(nlp):
    text = "Gaza's Health Ministry said 27 Palestinians were killed in the strikes on Khan Younis."
    found = of_type(events(nlp, text), "attack")
    assert all("Palestinians" not in (e["actor"] or {}).get("name", "") for e in found), found


def test_strikes_after_which_a_group_pulled_out_are_not_the_groups(nlp):
    text = "The TNLA said its fighters had pulled out of Kyaukme after relentless air strikes."
    found = of_type(events(nlp, text), "attack")
    assert all("fighters" not in (e["actor"] or {}).get("name", "") for e in found), found


def test_a_dissident_front_named_after_a_general_staff_is_no_state(nlp):
    text = "FARC dissidents of the Central General Staff attacked a police station in Suarez, Colombia."
    found = of_type(events(nlp, text), "attack")
    assert found and all((e["actor"] or {}).get("side") != "CO" for e in found), found


def test_a_head_of_state_ordering_a_deployment_makes_it(nlp):
    text = ("Jihadists attacked Djibo in Burkina Faso on Saturday. On Sunday the head of state, Captain Ibrahim "
            "Traore, ordered the deployment of an additional battalion to Djibo.")
    assert "BF" in sides(of_type(events(nlp, text), "deploy"))


def test_a_unit_saying_it_withdrew_is_not_the_enemy_named_before(nlp):
    text = ("Russian forces launched guided bombs at Kostiantynivka, Ukrainian officials said.\n"
            "The 3rd Assault Brigade said it had withdrawn from positions near the village of Shakhove.\n")
    found = of_type(events(nlp, text), "withdraw")
    assert found and all((e["actor"] or {}).get("side") != "RU" for e in found), found


def test_a_headline_line_above_the_lead_tells_no_event_of_its_own(nlp):
    text = ("The Kyiv Herald\n"
            "Front update\n"
            "General Staff: Ukraine hits refinery in Saratov, repels 40 assaults near Pokrovsk\n"
            "Ukrainian troops repelled 40 Russian assaults in the Pokrovsk sector over the past day, "
            "the General Staff said on Sunday.\n")
    found = of_type(events(nlp, text), "battle")
    assert found and all(e["place_name"] != "Saratov" for e in found), found


def test_a_communiques_number_and_date_lines_are_not_its_lead(nlp):
    text = ("Ministry of Defence\n"
            "COMMUNIQUE No. 88\n"
            "Bogota, 3 September 2025\n"
            "The Ministry of Defence informs that army units fought dissidents of the former FARC in the "
            "municipality of Argelia, Cauca, on Tuesday.\n"
            "The Ministry rejects the statements of the dissidents, who claimed to have shot down a helicopter.\n")
    found = of_type(events(nlp, text), "deny")
    assert "CO" in sides(found), found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("U.S. fighter jets launched a wave of airstrikes on Hodeidah port on Tuesday.", "US"),
        ("Russian forces carried out a series of raids on villages near Kupiansk.", "RU"),
    ],
)
def test_a_wave_or_series_of_strikes_is_done_by_the_light_verbs_subject(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "attack"))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("News | Briefings\n"
         "Summary of the Ministry of Defence of the Russian Federation on the special military operation\n"
         "Units of the West Group of Forces liberated the settlement of Kindrashivka in the Kharkov region.\n"
         "Units of the South Group of Forces inflicted fire damage on a Ukrainian brigade near Siversk.\n", "RU"),
        ("Ministry of Defence of Ukraine\n"
         "Operational update\n"
         "Units of the Kharkiv Operational Group repelled nine assaults near Vovchansk over the past day.\n", "UA"),
    ],
)
def test_on_a_state_bodys_own_page_its_unattributed_units_are_its_own(nlp, text, side):
    found = [e for e in events(nlp, text) if e["type"] in {"territory_change", "attack", "battle"}
             and (e["actor"] or {}).get("name", "").startswith("Units")]
    assert found and sides(found) == {side}, found


def test_a_news_headline_about_what_a_ministry_says_gives_no_voice(nlp):
    text = ("Russian Defence Ministry says its troops took two villages\n"
            "Units of the Kharkiv Operational Group repelled nine assaults near Vovchansk, a Ukrainian "
            "spokesman told reporters on Sunday.\n")
    found = of_type(events(nlp, text), "battle")
    assert all((e["actor"] or {}).get("side") != "RU" for e in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Haitian police units, backed by Kenyan officers, entered Cabaret on Wednesday.", "deploy"),
        ("Chadian troops entered the town of Abeche at dawn.", "deploy"),
        ("Rebels entered the town of Bunagana on Monday after the army fled.", "territory_change"),
        ("RSF fighters entered the city of El Fasher on Sunday.", "territory_change"),
    ],
)
def test_forces_entering_a_town_deploy_and_fighters_entering_it_take_it(nlp, text, kind):
    assert of_type(events(nlp, text), kind)


def test_aid_entering_a_place_is_no_event(nlp):
    found = events(nlp, "Aid trucks entered Gaza through the Kerem Shalom crossing on Sunday.")
    assert not of_type(found, "deploy") and not of_type(found, "territory_change"), found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Jihadists attacked Djibo in Burkina Faso. Air force aircraft then pursued the attackers and struck "
         "their columns near the border.", "BF"),
        ("Houthi boats approached a tanker off Hodeidah in Yemen. The navy fired on the boats and sank one.", "YE"),
    ],
)
def test_an_air_force_or_navy_with_no_side_is_the_reports_state(nlp, text, side):
    assert side in sides(of_type(events(nlp, text), "attack"))


def test_a_named_attacker_told_right_after_a_placed_event_is_there(nlp):
    text = ("Haitian police units entered the town of Cabaret on Wednesday, the commander said. The 400 Mawozo "
            "gang fired on the "
            "officers from the hills for two hours.")
    found = of_type(events(nlp, text), "attack")
    assert found and all(e["place_name"] == "Cabaret" for e in found), found


@pytest.mark.parametrize("text", [
    "FARC dissidents of the Central General Staff attacked a police station in Suarez late on Monday, killing "
    "two officers, Colombia's Defense Ministry said.",
    "Rebels of the Army High Command attacked a checkpoint near Kidal on Sunday, Mali's army said.",
    "Militants of the military council stormed a border post near Diffa, Niger's Interior Ministry said.",
])
def test_rebels_named_after_a_staff_or_army_are_not_the_speakers_state(nlp, text):
    attacks = of_type(events(nlp, text), "attack")
    assert attacks and sides(attacks) == {None}
