"""Figures on constructions first met in blind batches of raw reports (written with their
expectations before the analyser ran on them): a word the tokenizer splits at a hyphen,
soldiers who "fell" in fighting, people driven from their homes or crossing a border,
demonyms without a plural, parts listed under a verb, a body's own losses said as "it
had lost", "the deaths of", "lost their lives", troops of a body with no state side, and
weapons a side's speaker reports destroyed by no one named. Each rule is checked on
sentences of several wars, with the look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest
from figure_texts import figures, nlp, one

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    """(value, quantity, side) read by the whole pipeline, with the claims that give sides."""
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


# ---------------------------------------------------------------- hyphenated words
@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("The attackers left behind 3 pick-up trucks and a mortar near Djibo.", 3, "trucks"),
        ("Police seized 12 all-terrain vehicles from the gang in Artibonite.", 12, "vehicles"),
        ("Rebels captured 4 anti-aircraft guns at the base outside Lashio.", 4, "guns"),
    ],
)
def test_a_word_split_at_its_hyphen_does_not_cut_the_number_from_its_noun(text: str, value: float, noun: str) -> None:
    f = one(text, value)
    assert f.quantity == "equipment" and f.subject is not None and f.subject.endswith(noun)


# ---------------------------------------------------------------- fell in fighting
@pytest.mark.parametrize(
    "text",
    [
        "Eleven soldiers fell with arms in hand during the attack on the garrison.",
        "Three gendarmes fell in combat near Gao on Sunday, the army said.",
        "Twelve policemen fell as martyrs defending the station in Kidal.",
        "Four Kurdish fighters fell on the battlefield east of Raqqa.",
    ],
)
def test_falling_in_fighting_is_being_killed(text: str) -> None:
    assert [f.quantity for f in figures(text)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 soldiers fell back to the second line of defence near Pokrovsk.",
        "The number of air strikes fell to 12 last month, the monitor said.",
    ],
)
def test_other_falls_are_no_deaths(text: str) -> None:
    assert all(f.quantity != "killed" for f in figures(text))


# ---------------------------------------------------------------- driven from home, crossing a border
@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 people have been driven from their homes in South Kivu since January.",
        "More than 9,000 residents were forced out of their villages near Mopti.",
        "Gangs chased 3,000 people from their homes in Croix-des-Bouquets.",
        "Some 375,000 people have crossed into Syria from Lebanon in two weeks.",
        "More than 20,000 refugees crossed into Chad after the fall of the town.",
    ],
)
def test_people_driven_out_or_crossing_a_border_are_displaced(text: str) -> None:
    assert [f.quantity for f in figures(text)] == ["displaced"]


def test_troops_crossing_a_border_stay_troops() -> None:
    assert [(f.quantity, f.side) for f in figures("About 2,000 soldiers from Chad crossed into the region.")] == [
        ("deployed", "TD")
    ]


# ---------------------------------------------------------------- demonyms without a plural
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Some 2.1 million Burkinabe have fled their homes since 2015.", 2_100_000, "BF"),
        ("About 300 Congolese crossed into Uganda on Friday.", 300, "CD"),
        ("Some 12,000 Sudanese have been driven from their homes in Kordofan.", 12_000, "SD"),
    ],
)
def test_a_demonym_without_a_plural_counts_nationals(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("displaced", side)


# ---------------------------------------------------------------- a part listed under a verb
@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The militia detained dozens of residents, among them 17 health workers.", "captured"),
        ("Soldiers arrested scores of young men, including 14 students, in Bamako.", "captured"),
        ("Gunmen abducted dozens of worshippers, among them 9 women, in Zamfara.", "captured"),
    ],
)
def test_a_part_listed_under_a_verb_shares_its_fate(text: str, quantity: str) -> None:
    assert [f.quantity for f in figures(text)] == [quantity]


def test_a_part_listed_under_a_verb_of_no_fate_stays_a_thing() -> None:
    assert [f.quantity for f in figures("The strike hit several buildings, including 3 schools.")] == ["other"]


# ---------------------------------------------------------------- a body's own losses
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The US military said it had lost seven MQ-9 drones over Yemen since March.", 7, "US"),
        ("Russia's defence ministry said it had lost three helicopters in the Kursk region.", 3, "RU"),
        ("The Ukrainian army said they had lost two Leopard tanks near Robotyne.", 2, "UA"),
    ],
)
def test_what_it_had_lost_is_the_reporters(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("equipment", side)


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Ukraine's armed forces lost up to 1,325 servicemen over the past day, Moscow said.", 1325, "UA"),
        ("The Russian army lost up to 90 tanks last week, Kyiv said.", 90, "RU"),
    ],
)
def test_up_to_read_as_a_preposition_keeps_the_loser(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah said its fighters had killed eight Israeli soldiers near the border in Lebanon, "
            "Lebanon and Lebanon. The Israeli military confirmed the deaths of eight soldiers and said "
            "seven others were seriously wounded.",
            {(8, "killed", "IL"), (7, "wounded", "IL")},
        ),
        (
            "Myanmar's junta said on Tuesday its troops had repulsed attacks near Lashio, Myanmar. Seven "
            "security personnel lost their lives and 15 others were injured, the junta said.",
            {(7, "killed", "MM"), (15, "wounded", "MM")},
        ),
    ],
)
def test_soldiers_a_state_body_reports_dead_are_its_own(text: str, expected: set) -> None:
    assert expected <= record_figures(text)


# ---------------------------------------------------------------- troops of a body with no state side
@pytest.mark.parametrize(
    "text",
    [
        "The African Union mission, which has around 11,000 personnel in Somalia, said one of its "
        "Ugandan soldiers was killed.",
        "MONUSCO, which has 11,000 peacekeepers in Congo, said three of its Indian soldiers were wounded.",
    ],
)
def test_troops_a_sideless_body_holds_are_not_the_next_states(text: str) -> None:
    deployed = [f for f in figures(text) if f.quantity == "deployed"]
    assert [(f.value, f.side) for f in deployed] == [(11000, None)]


def test_troops_a_state_holds_stay_its_own() -> None:
    f = one("Russia, which has 2,000 troops in Mali, said two Malian soldiers died.", 2000)
    assert (f.quantity, f.side) == ("deployed", "RU")


# ---------------------------------------------------------------- weapons a side reports destroyed
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        (
            "Russia's Defence Ministry said Ukraine had lost 300 troops near Kupiansk. Since the start of the "
            "operation, 661 aircraft have been destroyed, the Russian ministry said.",
            661,
            "UA",
        ),
        (
            "Ukraine's air force said Russia launched drones at Odesa overnight, and Russian missiles hit Kyiv. "
            "Air defences shot down 48 drones, Ukraine's air force said.",
            48,
            "RU",
        ),
    ],
)
def test_weapons_a_sides_speaker_reports_destroyed_are_the_enemys(text: str, value: float, side: str) -> None:
    assert (value, "equipment", side) in record_figures(text)


def test_weapons_a_named_party_destroyed_are_not_read_through_the_speaker() -> None:
    text = (
        "Israel's army said it struck Houthi targets in Yemen. Houthi forces shot down two drones over Sanaa, "
        "Israel's army said."
    )
    assert (2, "equipment", "IL") not in record_figures(text)


# ---------------------------------------------------------------- batch 2: counts that continue a sided count
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Russia has lost around 929,000 troops in Ukraine, including 1,180 over the past day.", 1180, "RU"),
        ("Ukraine's air force said Russia launched 88 drones overnight, of which 51 were shot down.", 51, "RU"),
        ("Two Malian soldiers were killed and 7 were wounded near Gao.", 7, "ML"),
        ("Hamas said it had killed three Israeli soldiers and wounded 4 in Rafah.", 4, "IL"),
    ],
)
def test_a_count_continuing_a_sided_count_takes_its_side(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed 12 civilians and wounded 30 in Idlib.",
        "At least 19 people were killed, including 2 children, in the raid on Rafah.",
    ],
)
def test_a_count_continuing_civilians_or_people_stays_sideless(text: str) -> None:
    assert all(f.side is None for f in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mali's army said Mali's forces held the camp at Boulkessi. On the friendly side, the toll is "
        "30 killed and 17 wounded.",
        "Burkina's army said the army repelled the attack. Losses on our side were 30 killed and 17 wounded.",
    ],
)
def test_the_friendly_side_is_the_reports_state(text: str) -> None:
    found = {(f.value, f.quantity) for f in figures(text) if f.side in ("ML", "BF")}
    assert {(30, "killed"), (17, "wounded")} <= found


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        (
            "Colombia's army said Colombia's troops fought dissidents in Cauca. Two soldiers of the 29th Brigade "
            "lost their lives in the clash.",
            2,
            "CO",
        ),
        (
            "Sudan's army said Sudan's forces held El Obeid. Five soldiers of the 22nd Infantry Division were "
            "killed in the shelling.",
            5,
            "SD",
        ),
    ],
)
def test_a_numbered_formation_names_no_other_party(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's Defense Ministry claimed it had hit a meeting of Ukrainian commanders in Sumy, killing more "
            "than 60 servicemen. Kyiv rejected the claim.",
            (60, "killed", "UA"),
        ),
        (
            "Ukraine's General Staff said it had struck a Russian column near Kupiansk, killing 45 servicemen. "
            "Moscow did not comment.",
            (45, "killed", "RU"),
        ),
    ],
)
def test_a_participle_shares_its_sided_reporters_subject(text: str, expected: tuple) -> None:
    assert expected in record_figures(text)


# ---------------------------------------------------------------- police, senders, holders
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Kenya sent 400 police to Haiti last year.", 400, "KE"),
        ("About 1,000 police and soldiers from Kenya, Jamaica and Guatemala serve in the mission.", 1000, None),
        ("The UN-backed mission, which is meant to have 2,500 personnel, said a Kenyan officer was hurt.", 2500, None),
    ],
)
def test_police_are_a_force_of_their_sender(text: str, value: float, side: str | None) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("deployed", side)


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Ethiopia's army said Ethiopia's forces held Debre Markos. Fano said it seized 16 military trucks.", 16, "ET"),
        ("Haiti's police said Haiti's police held the area. Three police armored vehicles were damaged.", 3, "HT"),
    ],
)
def test_weapons_the_state_words_name_are_the_states(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("equipment", side)


def test_weapons_a_state_body_harmed_are_not_its_own() -> None:
    text = "Somalia's army said Somalia's forces held Sabiid. The army destroyed 12 military vehicles of al-Shabaab."
    assert one(text, 12).side != "SO"


@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        ("Pakistan's army said Pakistan's troops held Mir Ali. Last year 444 security personnel were killed.",
         444, "killed", "PK"),
        ("Syria's army said Syria's forces entered Latakia. Interim authorities said they had deployed 4,000 "
         "troops to the area.", 4000, "deployed", "SY"),
        ("Others crossed into Lebanon; the UN counted around 21,000 new arrivals in the north.",
         21000, "displaced", None),
    ],
)
def test_security_personnel_authorities_and_arrivals(text: str, value: float, quantity: str, side: str | None) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == (quantity, side)


# ---------------------------------------------------------------- batch 3
@pytest.mark.parametrize(
    ("text", "values", "side"),
    [
        (
            "Air defences intercepted 64 Ukrainian drones overnight, 27 of them over the Belgorod region and 15 "
            "over the Kursk region.",
            {64, 27, 15},
            "UA",
        ),
        ("Ukraine's air force downed 40 Russian drones, 12 of them over Kyiv and 9 over Odesa.", {40, 12, 9}, "RU"),
    ],
)
def test_parts_of_a_weapons_count_are_weapons_of_its_side(text: str, values: set, side: str) -> None:
    assert {(f.value, f.quantity, f.side) for f in figures(text)} == {(v, "equipment", side) for v in values}


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,300 residents of the border districts were still living in temporary accommodation centres.",
        "About 8,000 people are sheltering in schools in Tyre.",
        "More than 40,000 people are staying in camps around Goma.",
    ],
)
def test_people_living_in_shelters_are_displaced(text: str) -> None:
    assert [f.quantity for f in figures(text)] == ["displaced"]


def test_contingents_by_sender_are_deployed_by_their_state() -> None:
    text = "UNIFIL has some 10,000 peacekeepers, including around 1,000 from Italy and 700 from France."
    assert {(f.value, f.quantity, f.side) for f in figures(text)} == {
        (10000, "deployed", None),
        (1000, "deployed", "IT"),
        (700, "deployed", "FR"),
    }


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Hezbollah said it had fired rockets at Israeli positions and killed five soldiers near the border.", 5, "IL"),
        ("Al-Shabaab said its fighters stormed a Somali base and killed 14 soldiers.", 14, "SO"),
    ],
)
def test_soldiers_an_armed_group_harmed_are_the_one_named_states(text: str, value: float, side: str) -> None:
    assert one(text, value).side == side


def test_soldiers_a_state_harmed_are_not_read_as_the_one_named_state() -> None:
    f = one("Israeli strikes killed three soldiers near Tyre in Lebanon on Monday.", 3)
    assert f.side != "IL"


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Fano said it had captured 150 Ethiopian soldiers near Debre Markos and seized 16 trucks.", 16, "ET"),
        ("The Arakan Army said it captured 400 Myanmar soldiers and seized 8 artillery guns in Ann.", 8, "MM"),
    ],
)
def test_weapons_taken_beside_harmed_soldiers_are_their_sides(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("equipment", side)


def test_a_bare_toll_in_a_sentence_with_its_own_force_is_not_the_contingent_before() -> None:
    text = (
        "The Congolese army said two Congolese soldiers had been wounded in the pursuit. MONUSCO said its "
        "peacekeepers had evacuated 15 wounded to the hospital in Bunia."
    )
    assert one(text, 15).side is None


# ---------------------------------------------------------------- batch 4
@pytest.mark.parametrize(
    "text",
    [
        "Its air defence unit shot down an Israeli Hermes 450 drone over Nabatieh.",
        "Teams of the CRPF's 116 battalion joined the search near Pahalgam.",
        "Rebels said they hit a Leopard 2 tank near Kupiansk.",
    ],
)
def test_a_number_in_a_model_or_unit_name_is_no_count(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Russian troops dropped four guided aerial bombs on Kharkiv overnight.", 4, "RU"),
        ("Sudanese army aircraft dropped 12 barrel bombs on Nyala, activists said.", 12, "SD"),
    ],
)
def test_bombs_dropped_are_the_droppers(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("equipment", side)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF said it had repelled an attack by the Sudanese army on Bara, killing 170 of the attackers "
            "and capturing 34 others.",
            {(170, "killed", "SD"), (34, "captured", "SD")},
        ),
        (
            "Kyiv said its troops repelled an assault by Russian forces near Pokrovsk, killing 60 assailants.",
            {(60, "killed", "RU")},
        ),
    ],
)
def test_the_attackers_are_who_made_the_attack(text: str, expected: set) -> None:
    assert {(f.value, f.quantity, f.side) for f in figures(text)} == expected



# ---------------------------------------------------------------- batch 5
@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("More than 8,000 Ukrainians remain in Russian captivity, the headquarters said.", 8000, "captured"),
        ("Some 300 Sudanese soldiers are held in RSF custody in Nyala.", 300, "captured"),
        ("Around 2,000 servicemen are officially listed as missing in the Donetsk sector.", 2000, "missing"),
        ("Some 14,000 soldiers have left their units without leave since January.", 14000, "deserted"),
    ],
)
def test_captivity_lists_and_absence_without_leave(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Berlin has so far delivered three Patriot systems to Kyiv.", 3, "DE"),
        ("Germany will send two more Patriot air defense systems to Ukraine.", 2, "DE"),
        ("Hamas said it destroyed two Merkava tanks in Jabaliya, a claim Israel did not address.", 2, None),
    ],
)
def test_weapons_named_by_their_model(text: str, value: float, side: str | None) -> None:
    f = one(text, value)
    assert f.quantity == "equipment" and (side is None or f.side == side)


def test_soldiers_a_first_person_speaker_harmed_are_not_the_reports_state_by_default() -> None:
    text = (
        "Near Pokrovsk, in Ukraine's Donetsk region, the Russians attack every day. Last week we killed or wounded "
        "more than 150 of their soldiers."
    )
    assert one(text, 150).side != "UA"


def test_the_places_of_a_story_outweigh_a_neighbour_named_twice() -> None:
    text = (
        "Clashes in Catatumbo, in northeastern Colombia, left 80 dead. Some 1,200 people crossed into Venezuela, "
        "the Venezuelan government said, and 5,000 are sheltering in Cucuta. In Tibu, the army said "
        "3 soldiers had been wounded by drones near Tibu."
    )
    assert (3, "wounded", "CO") in record_figures(text)


def test_what_the_enemy_lost_is_left_to_the_speaker() -> None:
    text = (
        "Russia's Defence Ministry said Ukrainian forces had attacked in the Kursk region. Over the past day, the "
        "enemy lost more than 210 servicemen and three armored vehicles near Sudzha, Russia's ministry said."
    )
    found = record_figures(text)
    assert (210, "casualties", "UA") in found and (3, "equipment", "UA") in found
