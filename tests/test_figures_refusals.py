"""Figures: numbers that are not head counts (years, dates, ages, ids, page debris),
and counts that are no toll (aims, counterfactuals, wounds on one body), in sentences
written for these tests about several wars.
"""

from __future__ import annotations

import pytest
from figure_texts import figures, one, parsed, triples

from claimledger.extract.figures import find_figures


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    "text",
    [
        "The attack began at 1600 GMT on Saturday.",
        "The talks resumed at 10:50 on Thursday.",
        "The war in Syria began in 2011 and escalated in 2015.",
        "The offensive was launched on 3 March 2024.",
        "Fighting raged on September 18 near Bakhmut.",
        "A 19-year-old conscript was questioned by police.",
        "The suspect, aged 34, was arrested in Kano.",
        "North Korean troops had not appeared on the front for approximately three weeks.",
        "A 24-hour ceasefire was agreed in Khartoum.",
        "It was the first attack on the city since the truce.",
        "Two F-16 and two A-10 jets were photographed; an F-16 landed.",
        "The Security Council adopted Resolution 2254 unanimously.",
        "Soldiers of Brigade 47 were seen near Robotyne.",
        "US Missile Attack on Syrian Air Base (200) 0 38 Comment via Facebook",
        "Get short URL 548 A human rights group has said the town fell.",
        "The EU pledged $5 million in aid to Gaza.",
        "The army fired 155mm shells at the ridge.",
        "Call the hotline on 0800 555 0199 for help.",
        "27-07-2016 Syria car bomb in Qamishli",
        "Russia's T-72 and T-90 tanks were seen near Kupiansk.",
        "The 1990s were a decade of war in Chechnya.",
        "Clashes between the two forces rocked Hasakeh.",
        "Police said Ahmed Salem, 43, was shot at a checkpoint in Jenin.",
        "Surveys found that 1 in 4 residents lacked clean water.",
        "That is one reason he is hurting in the polls.",
    ],
)
def test_not_head_counts(text: str) -> None:
    assert [(f.value, f.quantity, f.text) for f in figures(text) if f.quantity != "equipment"] == []


def test_excluded_spans_are_left_alone() -> None:
    text = "Twenty people were killed and 30 wounded on day 3 of the offensive."
    start = text.index("3 of")
    got = find_figures(parsed(text), [(start, start + 1)])[0]
    assert {f.value for f in got} == {20, 30}


def test_a_count_beside_a_year_is_still_a_count() -> None:
    assert (2000, "deployed", "RU") in triples("In 2014 Moscow sent 2000 troops to the border.")


# ---------------------------------------------------------------- what is not a toll, and whose it is
@pytest.mark.parametrize(
    "text",
    [
        "The cartel threatened to kill 15 magistrates for every suspect handed over.",
        "The gang has sworn to murder 8 reporters if the paper keeps publishing.",
        "Prosecutors said the cell plotted to kill 30 officers at the parade.",
        "Experts said the device could kill 200 people in a crowded square.",
        "Had the fuse not failed, the bomb would have killed at least 3,000 [figure as given] people.",
        "Investigators said four masked men opened fire on the minister's convoy.",
        "At least five unidentified gunmen fired at the patrol from a hillside.",
        "The mayor received four bullet wounds but survived.",
        "The caller said he was losing 50,000 quetzales a week.",
    ],
)
def test_aims_counterfactuals_attackers_and_wounds_are_no_toll(text: str) -> None:
    got = {(f.value, f.quantity) for f in figures(text)}
    assert not {q for _, q in got} & {"killed", "civilians_killed", "wounded", "casualties"}, got


def test_may_have_been_killed_is_still_a_report() -> None:
    assert (6, "killed", None) in triples("Six miners may have been killed in the blast, officials said.")


def test_managed_to_kill_happened() -> None:
    assert one("The patrol managed to kill 7 insurgents near the river.", 7).quantity == "killed"


def test_a_denied_figure_is_dropped() -> None:
    assert triples("Eleven policemen -- not nine -- were injured.") == {(11, "wounded", None)}


def test_ages_beside_a_described_person_are_not_counts() -> None:
    assert triples("The Peruvian, 41, died along with 12 of his guards.") == {(12, "killed", None)}
    assert figures("A Bolivian trader, 52, was found dead near the border.") == []


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("He condemned the massacre of nine Maryknoll sisters.", 9, "killed"),
        ("The police are hunting the killers of the eleven miners.", 11, "killed"),
        ("A reward was offered for the assassins of the three judges.", 3, "killed"),
        ("Patrols found the bodies of four missing teachers near the dam.", 4, "killed"),
        ("She left a week after the death of three students who had been abducted.", 3, "killed"),
        ("Hikers said that on 12 March 19 bodies were found in a ravine.", 19, "killed"),
        ("About 45 marchers were beaten and detained by riot police.", 45, "wounded"),
        ("Witnesses said nine people have shrapnel wounds after the blast.", 9, "wounded"),
        ("Medics said 8 other people [names withheld] were also hurt.", 8, "wounded"),
        ("That morning three boys -- aged 9, 11 and 12 -- died in the crossfire.", 3, "killed"),
    ],
)
def test_nominal_and_interrupted_fates(text: str, value: float, quantity: str) -> None:
    f = one(text, value)
    assert _family(f.quantity) == quantity, (f.quantity, f.text)


def test_a_part_takes_the_fate_of_the_list_it_is_in() -> None:
    text = "One guard was killed and 14 were hurt on Friday, including 5 members of the customs police, in the raid."
    assert (5, "wounded", None) in triples(text)


def test_people_lost_are_casualties_and_the_enemy_keeps_no_side_here() -> None:
    got = triples("The enemy lost up to 90 servicemen, three tanks and two armoured vehicles, the ministry said.")
    assert got == {(90, "casualties", None), (3, "equipment", None), (2, "equipment", None)}


def test_counts_of_formations_are_other() -> None:
    f = one("Artillery units inflicted losses on four Ukrainian brigades near Kupiansk.", 4)
    assert (f.quantity, f.side) == ("other", "UA")
    assert one("Moscow sent a brigade of 2,500 troops to the border.", 2500).quantity == "deployed"


def test_townships_held_out_of_a_whole() -> None:
    f = one("The commander said his men now held 9 of the 12 townships in the district.", 9)
    assert (f.quantity, f.out_of) == ("other", 12)


def test_an_apposition_before_a_subjectless_verb_is_its_subject() -> None:
    text = "After the murder of the prosecutor Ana Ruiz, the 2,300 judges of the courts decided to strike."
    assert (2300, "other", None) in triples(text)


def test_a_relative_count_takes_its_own_sentence_count() -> None:
    text = (
        "Police said 40 guerrillas were killed last week. "
        "Troops seized 30 rifles -- 20 of which were new -- and two mortars."
    )
    assert not any(f.value == 20 and _family(f.quantity) == "killed" for f in figures(text))


def _family(quantity: str) -> str:
    return "killed" if quantity == "civilians_killed" else quantity


def test_a_verbless_list_after_a_toll_breaks_it_down() -> None:
    text = "Residents said 11 bodies lay in the square; seven militiamen, three policemen and a nurse."
    got = triples(text)
    assert {(7, "killed", None), (3, "killed", None)} <= got
    assert (30, "deployed", None) in triples("Officials said 5 soldiers were killed; 30 troops remain in the town.")
