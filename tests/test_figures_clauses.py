"""Figures read from the clause around a count and from the report's own definitions:
constructions met in blind batch h30 (a Sudan wire, a Niger communique, a Gaza rewrite,
an Ethiopian Q/A interview, a Sweida live blog, a Congolese agency dispatch, a Rakhine
flash update, an AU press release), each rule checked on sentences of several wars."""

from __future__ import annotations

import pytest
from figure_texts import figures, nlp, triples

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    """(value, quantity, side) through the whole pipeline (claims give some sides)."""
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


# ---------------------------------------------------------------- the clause after a counted noun
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The IOM said between 6,000 and 8,000 people had fled villages around Bara since Saturday.", 7000),
        ("Aid workers said between 300 and 500 families had fled the camps near Kaya overnight.", 400),
        ("OCHA is trying to verify reports of between 10,000 and 15,000 people displaced in Sweida.", 12500),
        ("Officials spoke of some 2,500 residents displaced by the floods and the shelling in Cabo Delgado.", 2500),
    ],
)
def test_a_range_keeps_the_verb_or_participle_after_its_noun(text: str, value: float) -> None:
    assert (value, "displaced", None) in triples(text)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("The truce has let some 8,000 residents who fled the fighting return to Mahaday.", 8000, "displaced"),
        ("Medics treated 45 villagers who were wounded in the shelling of Kyauktaw.", 45, "wounded"),
        ("The army freed 12 soldiers who had been captured by the rebels near Uvira.", 12, "captured"),
    ],
)
def test_a_relative_clause_tells_what_happened_to_the_counted(text: str, value: float, quantity: str) -> None:
    assert (value, quantity) in {(v, q) for v, q, _ in triples(text)}


def test_a_relative_clause_of_what_they_did_is_not_their_fate() -> None:
    found = {(f.value, f.quantity) for f in figures("Police said 300 fighters who killed 20 villagers were arrested.")}
    assert (300, "killed") not in found


# ---------------------------------------------------------------- numbers that count nothing
@pytest.mark.parametrize(
    "text",
    [
        "Local sources told the Suwayda 24 news site that some 2,000 families had fled.",
        "Residents told the Lebanon 24 news website that the road was closed.",
    ],
)
def test_a_number_inside_an_outlets_name_is_no_count(text: str) -> None:
    assert 24 not in {f.value for f in figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A health official said 14 civilians died in one strike near Adi Arkay.",
        "Residents said nine people were killed in one raid on the market in Gao.",
        "The ministry said 30 fighters were killed in one attack on the base near Kidal.",
    ],
)
def test_one_event_is_no_count(text: str) -> None:
    assert 1 not in {f.value for f in figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "If they had taken 40 of my soldiers, they would have shown pictures.",
        "Officials said that if the rebels had not withdrawn, 300 more people would have been killed.",
        "Unless the convoy had turned back, its 60 soldiers would have walked into the ambush.",
    ],
)
def test_an_unreal_condition_counts_no_one(text: str) -> None:
    assert figures(text) == []


# ---------------------------------------------------------------- strength by estimate
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The post was attacked by a large group of armed terrorists estimated at over 200 individuals.", 200, None),
        ("The rebel column, estimated at about 500 men, entered the town of Kalehe.", 500, None),
        ("Analysts put the jihadists around Menaka at some 3,000 fighters.", 3000, None),
        ("The UN experts put the Rwandan presence at between 3,000 and 4,000 troops.", 3500, "RW"),
        ("Western officials estimate the Russian force near Pokrovsk at about 50,000 soldiers.", 50000, "RU"),
    ],
)
def test_an_estimated_strength_is_deployed(text: str, value: float, side: str | None) -> None:
    assert (value, "deployed", side) in triples(text)


def test_an_estimated_crowd_is_not_a_force() -> None:
    found = figures("Witnesses estimated the crowd at 5,000 people.")
    assert (5000, "deployed") not in {(f.value, f.quantity) for f in found}


# ---------------------------------------------------------------- losses told beside the wounded
@pytest.mark.parametrize(
    "text",
    [
        "We lost two men, and nine of our soldiers were wounded.",
        "The battalion lost 12 soldiers in the ambush, while another 20 were injured.",
        "The militia lost seven fighters near Manbij and had 15 wounded.",
    ],
)
def test_lost_beside_a_wounded_count_is_killed(text: str) -> None:
    assert figures(text)[0].quantity == "killed"


def test_lost_alone_stays_casualties() -> None:
    assert figures("The enemy lost up to 120 servicemen near Kupiansk.")[0].quantity == "casualties"


# ---------------------------------------------------------------- sides from the phrase and the report
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Four SNA soldiers and one AUSSOM peacekeeper from the Ugandan contingent lost their lives.", 1, "UG"),
        ("Two UN peacekeepers from the Malawian battalion were killed near Beni.", 2, "MW"),
        ("Three MINUSMA soldiers from Chad were wounded by a mine near Tessalit.", 3, "TD"),
    ],
)
def test_a_mission_member_is_the_sending_states(text: str, value: float, side: str) -> None:
    assert {f.side for f in figures(text) if f.value == value} == {side}


def test_those_who_lost_their_lives_are_counted_in_the_sentence_sides() -> None:
    text = ("Four SNA soldiers and one AUSSOM peacekeeper from the Ugandan contingent lost their lives, "
            "and 15 soldiers were wounded.")
    assert (15, "wounded", "UG") not in triples(text)  # two states' soldiers: the 15 are neither's for sure


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Fighting between the Myanmar Armed Forces (MAF) and the Arakan Army (AA) grew. "
         "The AA said it had taken 86 MAF personnel prisoner.", 86, "MM"),
        ("The Armed Forces of the Democratic Republic of the Congo (FARDC) said 12 FARDC men were hurt.", 12, "CD"),
        ("The Sudanese Armed Forces (SAF) said 40 SAF troops were killed at the bridge.", 40, "SD"),
    ],
)
def test_a_short_name_the_report_defines_has_the_long_names_side(text: str, value: float, side: str) -> None:
    assert {f.side for f in figures(text) if f.value == value} == {side}


def test_a_short_name_of_a_group_gives_no_side() -> None:
    text = "The Arakan Army (AA) said 30 AA fighters were killed."
    assert {f.side for f in figures(text) if f.value == 30} == {None}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Fano commanders say they killed over 100 Ethiopian soldiers and took 40 prisoners.", "ET"),
        ("The RSF said it killed more than 60 Sudanese soldiers and took 25 prisoners near Bara.", "SD"),
        ("The Houthis said they had killed 14 Saudi soldiers and taken 9 prisoners in Jizan.", "SA"),
    ],
)
def test_prisoners_taken_beside_soldiers_killed_are_theirs(text: str, side: str) -> None:
    assert {f.side for f in figures(text) if f.quantity == "captured"} == {side}


def test_hostages_taken_beside_soldiers_killed_have_no_side() -> None:
    text = "Al-Shabaab said it killed 12 Kenyan soldiers and took 5 hostages in Lamu."
    assert {f.side for f in figures(text) if f.quantity == "captured"} == {None}


def test_others_after_a_part_are_more_of_the_whole() -> None:
    text = ("The army said 74 assailants were neutralised, among them 11 elements of the Rwandan army, "
            "and 5 others were captured.")
    assert (5, "captured", None) in triples(text)


# ---------------------------------------------------------------- the reporter as a pronoun
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Israeli strikes killed at least 45 Palestinians in Gaza, health officials said. The Israeli military said "
         "its jets killed about 20 Hamas militants. It said two of its soldiers were killed in Khan Younis.", "IL"),
        ("Drones hit El Obeid on Tuesday, killing 27 people, medics said. The Sudanese army said it repelled an RSF "
         "attack near Bara. It said 12 of its soldiers were killed.", "SD"),
    ],
)
def test_its_soldiers_under_it_said_are_the_speakers(text: str, side: str) -> None:
    assert any(q == "killed" and s == side for _, q, s in record_figures(text) if _ in (2, 12))


# ---------------------------------------------------------------- an enemy that is an armed group
def test_an_enemy_counted_as_assailants_is_no_state() -> None:
    text = ('Congo\'s army said it repelled an attack by M23 rebels backed by Rwanda. "Our forces inflicted heavy '
            'losses on the enemy: 74 assailants were neutralised and 5 others were captured," the spokesman said.')
    found = record_figures(text)
    assert (74, "killed", None) in found and (5, "captured", None) in found


def test_an_enemy_counted_as_servicemen_is_still_the_other_state() -> None:
    text = ("Russian forces repelled three Ukrainian counterattacks near Kupiansk, Russia's defence ministry said. "
            "The enemy lost up to 120 servicemen and two tanks, the ministry said.")
    assert (120, "casualties", "UA") in record_figures(text)


# ---------------------------------------------------------------- question-and-answer interviews
ETHIOPIA_QA = "\n".join([
    "The army says it has retaken districts in Amhara. Our reporter spoke with Colonel Abebe Tadesse, "
    "who commands a division of the Ethiopian National Defense Force near Debark.",
    "Q: What happened last week?",
    "A: A Fano group of about 400 fighters attacked the town. We lost two men, and nine of our soldiers "
    "were wounded. We counted 63 bodies and captured 18 of them.",
    "Q: Fano says it killed over 100 of your soldiers.",
    "A: That is propaganda. Two more brigades, roughly 3,000 men, arrived this month.",
])

GAZA_QA = "\n".join([
    "Our correspondent talked to a commander of the Israeli army's southern division about the fighting in Rafah.",
    "Q: How many soldiers have you lost?",
    "A: We lost four soldiers this week, and 11 of our men were wounded by an explosive device. "
    "We killed dozens of gunmen.",
    "Q: Hamas says it destroyed 6 of your tanks.",
    "A: They say many things.",
])


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (ETHIOPIA_QA, {(2, "killed", "ET"), (9, "wounded", "ET"), (100, "killed", "ET"), (3000, "deployed", "ET")},
         {(63, "killed", "ET"), (18, "captured", "ET"), (400, "deployed", "ET")}),
        (GAZA_QA, {(4, "killed", "IL"), (11, "wounded", "IL")}, set()),
    ],
)
def test_first_person_counts_in_answers_are_the_interviewees(
    text: str, expected: set[tuple[float, str, str]], not_expected: set[tuple[float, str, str]]
) -> None:
    found = record_figures(text)
    assert expected <= found
    assert not (not_expected & found)


# ---------------------------------------------------------------- round 2: strength by "number", joined adjectives
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("According to the police spokesperson, Eugénia Nhamussua, the attackers, numbering about 40, "
         "also burned down some 70 houses.", 40, None),
        ("Rwandan troops, who have been deployed in Cabo Delgado since 2021 and now number about 4,000, "
         "were not involved.", 4000, "RW"),
        ("The fighters, who number between 2,000 and 3,000 according to UN experts, hold the road to Menaka.",
         2500, None),
    ],
)
def test_people_said_to_number_a_count_are_a_force_of_that_size(text: str, value: float, side: str | None) -> None:
    assert (value, "deployed", side) in triples(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The naval forces had targeted the aircraft carrier with 9 ballistic and winged missiles and 6 drones.", 9),
        ("Air defences shot down 40 Russian and Iranian-made drones over Odesa overnight.", 40),
        ("Rebels seized 7 light and heavy machine guns near Goma.", 7),
    ],
)
def test_adjectives_joined_before_the_noun_do_not_cut_it_from_its_number(text: str, value: float) -> None:
    assert (value, "equipment") in {(f.value, f.quantity) for f in figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Police said the force had sent 120 reinforcements from the capital to Mirebalais.",
        "The army rushed 300 reinforcements to El Fasher, a military source said.",
    ],
)
def test_reinforcements_sent_are_deployed(text: str) -> None:
    assert [f.quantity for f in figures(text)] == ["deployed"]


# ---------------------------------------------------------------- round 3: more weapons, weapons beside the harmed
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The army said it destroyed 31 combat vehicles of the militia, while seizing 12 others in good condition.",
         12, None),
        ("Ukrainian forces destroyed 9 Russian tanks and captured 3 others near Kupiansk.", 3, "RU"),
    ],
)
def test_others_after_weapons_are_weapons(text: str, value: float, side: str | None) -> None:
    assert (value, "equipment", side) in triples(text)


def test_others_after_people_stay_people() -> None:
    assert (12, "captured", None) in triples("The army killed 40 militants and captured 12 others.")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("An officer said 17 Somali soldiers were killed and that the militants seized four technicals.", "SO"),
        ("Two Russian soldiers were killed and Ukrainian drones destroyed 3 tanks near Bakhmut.", "RU"),
    ],
)
def test_weapons_taken_beside_soldiers_killed_in_the_passive_are_theirs(text: str, side: str) -> None:
    assert {f.side for f in figures(text) if f.quantity == "equipment"} == {side}
