"""Figures on fresh text: constructions met in reports written for these tests on wars
the older tests did not cover (Kordofan, Haiti, Colombia, Israel-Iran, Menaka, the Red
Sea, Kashmir, Zaporizhzhia, Tripoli), each rule checked on sentences of several wars,
and the reports of tests/figure_reports scored with the shared scorer (each batch was written
before the rules it led to).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figure_texts import figures, nlp, one, triples

from claimledger.analyze import analyze
from claimledger.model import Document

HERE = Path(__file__).parent


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    """(value, quantity, side) of a text read by the whole pipeline: some sides come
    from the claims read before the figures."""
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


# ---------------------------------------------------------------- an attacker's demonym is not the dead's side
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The death toll from Israeli air strikes on villages in southern Lebanon has risen to 14.", 14),
        ("The toll from Russian drone attacks on Kharkiv over the weekend rose to 11, the governor said.", 11),
        ("The death toll from Saudi-led air raids on the market climbed to 36, medics said.", 36),
        ("The toll from US strikes on the port has risen to 58, Houthi-run media said.", 58),
    ],
)
def test_a_toll_from_an_attackers_strikes_has_no_side(text: str, value: float) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("killed", None)


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("About 2,000 soldiers from Chad crossed into the region.", 2000, "TD"),
        ("Around 600 mercenaries from Colombia are fighting in Sudan.", 600, "CO"),
    ],
)
def test_from_a_country_still_names_the_sender(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


# ---------------------------------------------------------------- neutralised
@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's air force said it had neutralised 40 bandits in Zamfara state.",
        "The Malian army neutralized about 30 terrorists near Boni, state television said.",
        "Troops neutralised 12 ELN guerrillas in a clash in Arauca.",
    ],
)
def test_neutralised_is_killed(text: str) -> None:
    assert [f.quantity for f in figures(text)] == ["killed"]


# ---------------------------------------------------------------- soldiers a state's body reports harmed
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Israeli strikes on radar sites killed four soldiers, Iran's army said on Saturday.", 4, "IR"),
        ("Gunmen ambushed a convoy and killed six soldiers, Niger's defence ministry said.", 6, "NE"),
        ("Pakistan's military said Indian shelling had wounded three soldiers near Kotli.", 3, "PK"),
    ],
)
def test_soldiers_a_states_body_reports_harmed_are_its_own(text: str, value: float, side: str) -> None:
    assert (value, "killed" if "killed" in text else "wounded", side) in record_figures(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russia's defence ministry said its troops had destroyed a depot and killed up to 70 servicemen.", 70),
        ("Mali's army said it had killed 25 soldiers of a rebel coalition near Kidal.", 25),
        ("Ukraine's military said its forces had killed 40 soldiers near Pokrovsk.", 40),
    ],
)
def test_soldiers_killed_by_the_speakers_own_forces_are_not_its_own(text: str, value: float) -> None:
    sides = {side for v, _, side in record_figures(text) if v == value}
    assert not sides & {"RU", "ML", "UA"}


@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        (
            "Sudan's army has fought the RSF since 2023. The RSF said it had captured 45 soldiers near Dilling.",
            45,
            "captured",
            "SD",
        ),
        (
            "The Malian army said it had killed 60 terrorists near Menaka. The army said it had lost five soldiers.",
            5,
            "killed",
            "ML",
        ),
    ],
)
def test_soldiers_an_armed_group_took_or_the_army_lost_are_the_states(
    text: str, value: float, quantity: str, side: str
) -> None:
    assert (value, quantity, side) in record_figures(text)


def test_the_enemy_lost_is_not_the_speakers_own() -> None:
    text = "According to the ministry, Russian units repelled three attacks and the enemy lost up to 90 servicemen."
    assert (90, "casualties", "RU") not in record_figures(text)


# ---------------------------------------------------------------- lists: sides across conjuncts
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        (
            "Burkina Faso's army said it had pushed back the attack on Djibo. "
            "Eleven soldiers and four volunteers lost their lives.",
            4,
            "BF",
        ),
        ("Units eliminated up to 300 Ukrainian servicemen, three tanks and 9 field artillery guns.", 3, "UA"),
        ("Units eliminated up to 300 Ukrainian servicemen, three tanks and 9 field artillery guns.", 9, "UA"),
        ("Air defences shot down 12 Russian drones and 4 missiles over Odesa.", 4, "RU"),
    ],
)
def test_a_bare_force_or_weapon_in_a_list_shares_the_sided_counts_side(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


def test_people_in_a_list_keep_their_own_phrase() -> None:
    assert one("Israeli troops killed 10 Syrian soldiers and 5 Hezbollah fighters.", 5).side is None


def test_a_number_hung_on_the_first_word_of_a_compound_counts_the_head() -> None:
    assert triples("Kyiv said it had destroyed 11 field artillery guns near Tokmak.") == {(11, "equipment", None)}


# ---------------------------------------------------------------- weapons used "with", "its" of a clause
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The Yemeni armed forces said they had targeted a destroyer with 12 cruise missiles.", 12, "YE"),
        ("Iran struck the base with 20 ballistic missiles, state media said.", 20, "IR"),
    ],
)
def test_weapons_used_with_a_verb_are_its_subjects(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("equipment", side)


def test_its_after_a_sided_clause_subject_is_that_subjects() -> None:
    text = (
        "Ukraine's General Staff said Russia had lost 1,100 troops in a day, "
        "bringing its total losses since the invasion to about 870,000."
    )
    assert one(text, 870_000).side == "RU"


# ---------------------------------------------------------------- parts of a toll said to be civilians
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 31 people were killed. The ministry said 19 of the dead were women and children.", 19),
        ("Of the 47 civilians killed, 19 were children, local officials said.", 19),
        ("Twelve of the dead were schoolchildren, the governor of Sumy said.", 12),
    ],
)
def test_a_part_of_the_dead_said_to_be_civilians(text: str, value: float) -> None:
    assert one(text, value).quantity == "civilians_killed"


def test_others_after_a_part_of_the_dead_take_the_tolls_side() -> None:
    text = (
        "At least 25 Palestinians were killed in strikes on Khan Younis. "
        "Officials said 9 of the dead were children and that 60 others were wounded."
    )
    assert one(text, 60).side == "PS"


# ---------------------------------------------------------------- displaced, names, lexicon
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 1,500 residents of border villages have moved to camps in Poonch.", 1500),
        ("Kyiv has moved more than 2,000 residents out of front-line villages near Huliaipole.", 2000),
        ("Authorities relocated 800 families from the flooded camp to Kassala.", 800),
    ],
)
def test_people_moved_out_or_to_camps_are_displaced(text: str, value: float) -> None:
    assert one(text, value).quantity == "displaced"


def test_troops_moved_are_not_displaced() -> None:
    assert one("The army moved 3,000 troops to the border with Armenia.", 3000).quantity == "deployed"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the 444 Brigade clashed with the Radaa force in Tripoli.",
        "A commander of the 47 Brigade was wounded near Avdiivka.",
    ],
)
def test_a_number_before_a_capitalised_unit_is_its_name(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        ("Police arrested 12 suspects after the attack in Cap-Haitien.", 12, "captured", None),
        ("Kenya has deployed about 400 police officers from Kenya to Port-au-Prince.", 400, "deployed", "KE"),
        ("The raids on Sanaa killed 12 citizens, the Houthi health ministry said.", 12, "civilians_killed", None),
    ],
)
def test_suspects_officers_and_citizens(text: str, value: float, quantity: str, side: str | None) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == (quantity, side)


def test_us_the_country_is_not_a_first_person_speaker() -> None:
    text = "The ministry in Sanaa said the toll from US air strikes on the port had risen to 80 dead."
    assert (80, "killed", None) in record_figures(text)


def test_a_speakers_fighters_take_no_state_side() -> None:
    text = 'The governor of Darfur, Minni Minnawi, told the radio: "We have 8,000 fighters inside the city."'
    assert (8000, "deployed", "SD") not in record_figures(text)


# ---------------------------------------------------------------- what the clause says outweighs the noun
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 17 of the wounded died in the hospital in Goma, MSF said.", 17),
        ("The junta accused the rebels of killing 19 prisoners of war near Ann.", 19),
        ("Four of the hostages were killed when the house in Khan Younis was hit.", 4),
        ("Two of the missing soldiers were later found dead near Timbuktu.", 2),
    ],
)
def test_a_fate_told_of_the_wounded_the_captive_or_the_missing(text: str, value: float) -> None:
    assert one(text, value).quantity == "killed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A blast at a fuel depot killed at least 68 people and left 105 missing.", 105),
        ("The flood of the camp left 40 missing, the Red Crescent said.", 40),
    ],
)
def test_left_n_missing(text: str, value: float) -> None:
    assert one(text, value).quantity == "missing"


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Russia, which had deployed some 2,000 peacekeepers in Karabakh, pulled them out.", 2000, "RU"),
        ("Kenya, which sent 400 police officers to Haiti, promised more.", 400, "KE"),
    ],
)
def test_a_relative_pronoun_sender_is_its_antecedent(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("deployed", side)


def test_technicals_are_equipment() -> None:
    assert triples("The army said it destroyed four technicals in Middle Shabelle.") == {(4, "equipment", None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three people were killed in Bat Yam and 87 were taken to hospital, medics said.", 87),
        ("Some 40 wounded soldiers were rushed to hospital in Dnipro overnight.", 40),
        ("Twelve children were admitted to hospital in Port Sudan after the shelling.", 12),
    ],
)
def test_taken_to_hospital_is_wounded(text: str, value: float) -> None:
    assert one(text, value).quantity == "wounded"


def test_a_share_of_them_said_to_be_civilians() -> None:
    text = "The toll from the strikes has risen to 224 dead, 90 percent of them civilians, the ministry said."
    assert one(text, 202).quantity == "civilians_killed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two women were shot. About 3,000 of us ran into the bush and stayed there.", 3000),
        ("After the raid on the camp some 5,000 of us ran to the hills near Kutum.", 5000),
    ],
)
def test_us_is_the_speakers_people_not_an_earlier_count(text: str, value: float) -> None:
    assert one(text, value).quantity == "displaced"


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        (
            "Syria's army pushed back the rebels near Hama. "
            "Two of its pilots were killed when their helicopter came down, the army said.",
            2,
            "SY",
        ),
        (
            "Burkina Faso's junta has lost ground in the north. "
            "Nine of its soldiers died in the ambush near Djibo, the army said.",
            9,
            "BF",
        ),
    ],
)
def test_its_under_a_sideless_army_is_the_reports_state(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


# ---------------------------------------------------------------- counts that continue or break down a count
@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        (
            "Russia lost 1,300 soldiers over the past day, Kyiv said, bringing the total to 705,000.",
            705_000,
            "casualties",
            "RU",
        ),
        ("Some 3,000 people fled Sake on Monday, bringing the total to 40,000.", 40_000, "displaced", None),
    ],
)
def test_bringing_the_total_to_continues_the_count_before(
    text: str, value: float, quantity: str, side: str | None
) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == (quantity, side)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A drone hit the bus station on Sunday, killing at least 30 people, among them two health workers, "
            "witnesses and a health official told local media.",
            2,
        ),
        ("Shelling of the camp killed 14 people, including three nurses, residents and a medic said.", 3),
    ],
)
def test_a_part_listed_after_a_toll_by_word_order(text: str, value: float) -> None:
    assert one(text, value).quantity == "civilians_killed"


def test_a_bare_count_after_sideless_people_is_theirs() -> None:
    text = (
        "A third of the 600 Russian troops in the assault were killed or wounded. "
        "Two civilians were killed and nine injured in Russian strikes on the town."
    )
    assert one(text, 9).side is None


def test_taken_prisoner_after_a_sided_count_shares_its_side() -> None:
    text = (
        "Ethiopia's army has fought Fano since 2023. "
        "A Fano commander said his fighters had killed 50 federal soldiers and taken 200 prisoner."
    )
    f = one(text, 200)
    assert (f.quantity, f.side) == ("captured", "ET")


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Israeli fire killed at least 31 Palestinians and wounded more than 170 near the aid site.", 170, "PS"),
        ("Russian shelling killed four Ukrainian soldiers and wounded 11 near Chasiv Yar.", 11, "UA"),
    ],
)
def test_a_bare_object_of_a_coordinated_verb_counts_the_same_people(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


def test_half_of_them_refers_to_the_count_just_before() -> None:
    text = (
        "The army said it had killed 120 RSF fighters west of the city. "
        "About 260,000 civilians, half of them children, remain trapped in El Fasher."
    )
    assert all(f.quantity not in ("killed", "civilians_killed") for f in figures(text) if f.value == 130_000)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ('"We have already buried 38 people in a mass grave," a civil society leader said.', 38, "killed"),
        ("Volunteers buried 60 bodies near the camp in Zamzam.", 60, "killed"),
        ("A drone struck the mosque in El Fasher and killed 75 worshippers.", 75, "civilians_killed"),
        ("Since 2023 the attacks on shipping have killed at least eight seafarers.", 8, "civilians_killed"),
    ],
)
def test_buried_and_worshippers(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


# ---------------------------------------------------------------- tallies and the report's state
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The Ukrainian army's losses near Kupiansk amounted to more than 200 servicemen, Moscow said.", 200, "UA"),
        ("Russia's losses in the battle for Avdiivka reached 16,000 troops, Kyiv said.", 16_000, "RU"),
        (
            "The Ukrainian army's losses amounted to 210 servicemen, bringing its total losses since the "
            "start of hostilities in the region to over 72,000 troops.",
            72_000,
            "UA",
        ),
    ],
)
def test_a_tally_verb_gives_the_side_of_the_losses_it_counts(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("casualties", side)


def test_a_ministry_reporting_the_enemys_losses_does_not_make_them_its_own() -> None:
    text = (
        "The Ukrainian army's losses in the Kursk area amounted to more than 210 servicemen, the Russian ministry said."
    )
    assert (210, "casualties", "UA") in record_figures(text)


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        (
            "Units of the Second Division clashed with the ELN in Catatumbo. "
            "Two of our soldiers were killed near Tibu, in Norte de Santander.",
            2,
            "CO",
        ),
        (
            "Shells hit a mosque in Poonch overnight. Two soldiers were also killed at a post above Poonch.",
            2,
            "IN",
        ),
    ],
)
def test_bare_soldiers_in_a_report_whose_places_lie_in_one_state(text: str, value: float, side: str) -> None:
    assert (value, "killed", side) in record_figures(text)


def test_its_men_are_the_reporters() -> None:
    text = "Sudan's army said it had repelled the attack on Babanusa, losing 12 of its men."
    assert one(text, 12).side == "SD"


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The Ukrainian side fired more than 150 shells and launched 57 drones at the region.", 57, "UA"),
        ("Russia launched 539 drones overnight. Ukraine's air force shot down 476 of the drones.", 476, "RU"),
        ("Iran fired 180 missiles at Israel. Israel said it had intercepted 160 of the missiles.", 160, "IR"),
    ],
)
def test_weapons_of_a_second_verb_or_a_part_of_the_same_weapons(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("equipment", side)


def test_members_of_the_governments_forces_are_the_states() -> None:
    text = (
        "Syria's government sent troops to Latakia after clashes in Syria's west. "
        "The monitor said 125 members of the new government's security forces were among the dead."
    )
    assert (125, "killed", "SY") in record_figures(text)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        (
            "The monitor said 1,018 people had been killed in two days of clashes on the coast, "
            "including 745 Alawite civilians.",
            745,
            "civilians_killed",
        ),
        ("About 8,000 people were sheltering at the air base, local sources said.", 8000, "displaced"),
    ],
)
def test_a_part_far_from_its_toll_and_people_sheltering(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Kyiv said Russia attacked again. Ukrainian defenders destroyed nine tanks near Pokrovsk.", 9, "RU"),
        ("Russia says Ukraine lost ground. Russian troops killed 20 soldiers near Kupiansk, Moscow said.", 20, "UA"),
    ],
)
def test_what_a_sided_force_harmed_in_a_two_party_report_is_the_others(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


def test_no_opponent_when_a_non_state_party_is_in_the_list() -> None:
    text = (
        "American and British jets struck Sanaa. US forces shot down seven Houthi drones and two missiles, "
        "the US said, as Britain sent a ship."
    )
    assert one(text, 2).side is None


def test_one_more_after_a_sided_count_in_its_sentence() -> None:
    text = (
        "Ukraine's border guard said two of its servicemen had been captured by Russian forces near Sumy "
        "and one was killed."
    )
    assert (1, "killed", "UA") in record_figures(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ukraine's forces eliminated 1,170 Russian invaders over the past day.", 1170),
        ("The brigade said it had killed 40 Russian occupiers near Vovchansk.", 40),
    ],
)
def test_invaders_and_occupiers_take_their_demonym(text: str, value: float) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("killed", "RU")


# ---------------------------------------------------------------- whole reports
def test_own_figure_reports_score_well_together(shared_scorer) -> None:
    scorer = shared_scorer
    hit = predicted = expected = 0
    for report in sorted((HERE / "figure_reports").glob("*.txt")):
        gold = json.loads(report.with_suffix(".expected.json").read_text())
        record = analyze(Document(text=report.read_text()), nlp())
        result = scorer.score_figures(gold["figures"], record["figures"])[0]
        hit, predicted, expected = hit + result["hit"], predicted + result["predicted"], expected + result["expected"]
    assert scorer.prf(hit, predicted, expected)["f1"] >= 0.9
