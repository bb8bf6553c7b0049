"""Figures: each number bound to its own noun and verb, the quantity it is, and the
styles of news copy it is read in (wire leads, state media, monitors, quote-first
paragraphs, headlines) about several wars. Refusals, sides, wholes and checks have
test modules of their own (``test_figures_*.py``); the helpers are in ``figure_texts``.
"""

from __future__ import annotations

import pytest
from figure_texts import checks, figures, one, parsed, triples
from spacy.language import Language

from claimledger.extract.figures import QUANTITIES, find_figures, lexicon


# ---------------------------------------------------------------- binding: the brief's cases
def test_each_number_gets_its_own_noun_and_verb() -> None:
    text = (
        "Kyiv's intelligence service reported North Korean units had pulled back, with estimates "
        "suggesting around 4,000 casualties among the 12,000 soldiers sent to Russia."
    )
    casualties = one(text, 4000)
    assert (casualties.quantity, casualties.side, casualties.approximate) == ("casualties", "KP", True)
    assert casualties.out_of == 12000
    sent = one(text, 12000)
    assert (sent.quantity, sent.side) == ("deployed", "KP")


def test_a_list_under_one_verb() -> None:
    text = (
        "The monitor said the raid on the two hamlets killed 15 civilians and 27 pro-government "
        "fighters, with another 10 bodies still unidentified."
    )
    got = triples(text)
    assert (15, "civilians_killed", None) in got
    assert any(v == 27 and q == "killed" for v, q, _ in got)
    assert (10, "killed", None) in got
    assert one(text, 2).quantity == "other"  # "two hamlets"


def test_others_inherit_the_side_of_the_count_before() -> None:
    text = "Sixty-two Syrian soldiers were killed and a hundred others were injured in the strikes."
    assert triples(text) == {(62, "killed", "SY"), (100, "wounded", "SY")}


def test_others_after_people_stay_sideless() -> None:
    text = '"Five people were killed in the attack, seven others injured," the governor said.'
    assert triples(text) == {(5, "killed", None), (7, "wounded", None)}


def test_lost_fighters_are_dead_and_a_group_has_no_side() -> None:
    # a handful a side "lost" in a fight are its dead (a daily tally of losses stays casualties)
    assert triples("ISIS also lost 15 fighters in the assault, the monitor said.") == {(15, "killed", None)}


def test_lost_fighters_after_a_death_toll_are_killed() -> None:
    text = (
        "The monitor said the raid on the two hamlets killed 9 villagers and 4 militiamen. "
        "The insurgents also lost 11 fighters in the raid, it said."
    )
    assert (11, "killed", None) in triples(text)


def test_death_toll_rose_to() -> None:
    assert triples("The death toll from Saturday's blast in Mogadishu rose to 12.") == {(12, "killed", None)}


def test_more_than_two_hundred_others_injured() -> None:
    f = one("Twelve people died and more than 200 others were injured in the shelling of Izium.", 200)
    assert (f.quantity, f.approximate) == ("wounded", True)


def test_no_human_casualties() -> None:
    text = "The rockets fell on farmland outside Sderot and there were no human casualties, police said."
    assert triples(text) == {(0, "casualties", None)}


def test_no_one_was_killed() -> None:
    assert (0, "killed", None) in triples("No one was killed when the drone hit the depot in Odesa.")


# ---------------------------------------------------------------- quantities
@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        # killed, active and passive and nominal
        ("Israeli strikes killed 20 people in Rafah overnight, medics said.", 20, "killed"),
        ("Twenty people were killed when a barrel bomb hit a market in Idlib.", 20, "killed"),
        ("A suicide bomber in Kabul left 20 people dead.", 20, "killed"),
        ("The RSF attack on the camp, killing at least 20, drew condemnation.", 20, "killed"),
        ("Sudanese doctors gave a toll of 20 after the shelling of Omdurman.", 20, "killed"),
        ("The shelling claimed the lives of some 80 people in Aleppo.", 80, "killed"),
        ("20 dead as heavy fighting grips Tigray", 20, "killed"),
        ("Blast Kills 12 In Kabul Mosque", 12, "killed"),
        ("More than 40 people died in the attack on the convoy near Djibo.", 40, "killed"),
        ("The dead included 30 soldiers from the 3rd Battalion.", 30, "killed"),
        ("Five fighters were among the dead, the Observatory said.", 5, "killed"),
        ("Three militants were said to be killed in the raid near Garissa.", 3, "killed"),
        ("Officials counted 70 bodies at the morgue in Goma.", 70, "killed"),
        ("The fighting cost more than 500 lives in a week.", 500, "killed"),
        ("Ukraine said Russia had lost 1,150 troops over the past day.", 1150, "casualties"),
        # wounded
        ("At least 35 people were wounded in the drone attack on Kherson.", 35, "wounded"),
        ("The strike on the market left 35 people wounded.", 35, "wounded"),
        ("Gaza's health ministry said 140 injured people reached Nasser hospital.", 140, "wounded"),
        ("Sixteen residents were hurt by falling debris in Kyiv, the mayor said.", 16, "wounded"),
        ("Over 10 citizens have been hospitalized after the gas attack.", 10, "wounded"),
        # casualties
        ("Around 4,000 of the 12,000 troops have either been killed or injured.", 4000, "casualties"),
        ("The brigade suffered 300 casualties in a month near Bakhmut.", 300, "casualties"),
        ("Burkina Faso's army said 100 terrorists were neutralised in the Djibo area.", 100, "killed"),
        ("Nusra Front Mortar Attack Kills Injures over 70 in Aleppo", 70, "casualties"),
        # captured
        ("At least 20 Ukrainian soldiers were taken prisoner near Pokrovsk.", 20, "captured"),
        ("The militants abducted 50 schoolgirls from a boarding school in Zamfara.", 50, "captured"),
        ("Kyiv says more than 1,000 Russian soldiers surrendered in the Kursk region.", 1000, "captured"),
        ("Hamas is still holding 101 hostages in Gaza.", 101, "captured"),
        ("Almost 200 Ukrainian POWs were released in the exchange.", 200, "captured"),
        # missing
        ("Thirty fishermen remain missing after the strike on the port of Hodeidah.", 30, "missing"),
        ("Three soldiers went missing during the patrol near Timbuktu.", 3, "missing"),
        # deserted
        ("About 2,000 Russian servicemen have deserted since September.", 2000, "deserted"),
        ("Seven deserters crossed the front line near Vuhledar.", 7, "deserted"),
        # deployed
        ("Moscow has massed 100,000 troops near the border.", 100_000, "deployed"),
        ("A contingent of 12,000 North Korean troops arrived in the Kursk region.", 12000, "deployed"),
        ("Zelensky pointed to 60,000 Russian troops in the region.", 60000, "deployed"),
        ("Between 3,000 and 5,000 Wagner fighters were deployed to Mali.", 4000, "deployed"),
        ("About 1,500 rebels have massed on the western edge of the city.", 1500, "deployed"),
        # displaced
        ("Fighting in El Fasher has displaced 130,000 people since May.", 130_000, "displaced"),
        ("Some 1.2 million people have fled their homes in Sudan's Darfur.", 1_200_000, "displaced"),
        ("The offensive forced 13,000 residents to flee the town.", 13000, "displaced"),
        ("Lebanon hosts 1.5 million Syrian refugees, the UN says.", 1_500_000, "displaced"),
        ("An estimated 18,000 civilians left the besieged districts on Friday.", 18000, "displaced"),
        # civilians killed
        ("Russian shelling killed 11 civilians in Kharkiv overnight.", 11, "civilians_killed"),
        ("The airstrike killed 8 children at a school in Sagaing.", 8, "civilians_killed"),
        ("Four women and two girls were killed in the village of Ouahigouya.", 4, "civilians_killed"),
        (
            "The Observatory documented the killing of 5,812 civilians in barrel bombings.",
            5812,
            "civilians_killed",
        ),
        # equipment
        ("Moscow claimed its air defences shot down 47 Ukrainian drones.", 47, "equipment"),
        ("The US launched 59 Tomahawk cruise missiles at the Shayrat airbase.", 59, "equipment"),
        ("Germany will deliver 18 Leopard tanks to Ukraine by spring.", 18, "equipment"),
        ("Sudan's army said it destroyed 12 combat vehicles of the RSF.", 12, "equipment"),
        ("Two F-16 jets were lost over Donetsk.", 2, "equipment"),
        ("Ukraine received 31 artillery pieces from allies.", 31, "equipment"),
        # other counts
        ("Warplanes carried out 17 air strikes on Hodeidah on Sunday.", 17, "other"),
        ("The army said it had recaptured 35 villages in Kherson region.", 35, "other"),
        ("The shelling destroyed 300 homes in Khan Younis.", 300, "other"),
        ("Rebels seized 2 military bases in Shan state.", 2, "other"),
    ],
)
def test_quantity(text: str, value: float, quantity: str) -> None:
    f = one(text, value)
    assert f.quantity == quantity, (f.quantity, f.text)
    assert f.quantity in QUANTITIES


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate"),
    [
        ("The Ukrainian commander said his men hit the drones from 100 meters.", 100, "m", False),
        ("The town lies 14 kilometers (almost nine miles) from the border.", 14, "km", False),
        ("The town lies 14 kilometers (almost nine miles) from the border.", 9, "mi", True),
        ("The airfield is located about 40 km from Homs.", 40, "km", True),
        ("The column advanced 12km overnight.", 12, "km", False),
        ("Russia has fortified a 1,000-kilometre front.", 1000, "km", False),
        ("The tanker was struck 70 nautical miles off Aden.", 70, "nmi", False),
        ("Troops pushed back 3 miles south of Vovchansk.", 3, "mi", False),
    ],
)
def test_distances(text: str, value: float, unit: str, approximate: bool) -> None:
    f = one(text, value)
    assert (f.quantity, f.unit, f.approximate, f.side) == ("distance", unit, approximate, None)


# ---------------------------------------------------------------- number forms in context
@pytest.mark.parametrize(
    ("text", "value", "approximate", "low", "high"),
    [
        ("Some 80 people were killed in the massacre in Wad al-Noura.", 80, True, None, None),
        ("An estimated 1.2 million people have fled Khartoum.", 1_200_000, True, None, None),
        ("Nearly 2 million Gazans have been displaced.", 2_000_000, True, None, None),
        ("Up to 5,000 troops could be sent to the Sahel.", 5000, True, None, None),
        ("Between 3,000 and 5,000 troops were sent to Belarus.", 4000, True, 3000, 5000),
        ("From 3,000-5,000 fighters were deployed in Idlib, the report said.", 4000, True, 3000, 5000),
        ("Twelve thousand soldiers were deployed to the Kursk border.", 12000, False, None, None),
        ("12k soldiers were deployed along the Dnipro.", 12000, False, None, None),
        ("Two or three villagers were killed near Kidal.", 2.5, True, 2, 3),
        ("A dozen soldiers were wounded in the ambush near Menaka.", 12, True, None, None),
        ("The toll of 1.5m displaced people keeps rising.", 1_500_000, False, None, None),
    ],
)
def test_number_forms(
    text: str, value: float, approximate: bool, low: float | None, high: float | None
) -> None:
    f = one(text, value)
    assert (f.approximate, f.low, f.high) == (approximate, low, high)


def test_vague_amounts_are_left_out_unless_asked() -> None:
    text = "Dozens of people were injured and tens of thousands fled the shelling of Rafah."
    assert figures(text) == []
    vague = figures(text, vague=True)
    assert {(f.value, f.quantity) for f in vague} == {(12, "wounded"), (10_000, "displaced")}
    assert all(f.approximate for f in vague)


# ---------------------------------------------------------------- styles
def test_state_media_style() -> None:
    text = (
        "DAMASCUS, (SANA) - Three civilians were martyred and 12 others were injured as terrorists "
        "fired rocket shells on residential neighborhoods in Aleppo city, a police source told SANA."
    )
    assert triples(text) == {(3, "civilians_killed", None), (12, "wounded", None)}


def test_monitor_style() -> None:
    text = (
        "The Britain-based Syrian Observatory for Human Rights said at least 14 of the dead were "
        "rebels and that more than 30 people were wounded."
    )
    assert triples(text) == {(14, "killed", None), (30, "wounded", None)}


def test_quote_first_style() -> None:
    text = '"We have counted 42 bodies so far, and 7 others are missing," the Red Crescent official told AFP.'
    assert triples(text) == {(42, "killed", None), (7, "missing", None)}


def test_headline_style() -> None:
    assert triples("US Missile Strike on Syria Kills Five Injures Seven") == {
        (5, "killed", None),
        (7, "wounded", None),
    }
    assert (4, "killed", "TR") in triples("4 Turkish Troopers Killed 4 Wounded in Daesh Attack in N Syria")


def test_wire_lead_with_dateline() -> None:
    text = (
        "KHARTOUM, June 5 (Reuters) - The Rapid Support Forces killed more than 100 villagers in "
        "El Gezira state, activists said, while 30 others remain missing."
    )
    assert triples(text) == {(100, "civilians_killed", None), (30, "missing", None)}


def test_repeated_figure_is_one_per_mention() -> None:
    text = (
        "Sixty-two Syrian soldiers were killed, the army said. "
        "The army repeated that 62 Syrian soldiers were killed."
    )
    assert [(f.value, f.quantity, f.side) for f in figures(text)] == [(62, "killed", "SY")] * 2


def test_spans_point_at_the_text() -> None:
    text = "KYIV (AP) - At least 20 Ukrainian soldiers were taken prisoner near Pokrovsk."
    for f in figures(text):
        assert text[f.span[0] : f.span[1]] == f.text


# ---------------------------------------------------------------- data and speed
def test_lexicon_tables_load() -> None:
    lex = lexicon()
    assert lex.nouns["casualty"] == "casualties"
    assert lex.verbs["kill"] == "killed"
    assert lex.adjs["missing"] == "missing"
    assert lex.units["km"] == ("distance", "km")
    assert lex.verb_forms["kills"] == "kill"
    assert set(lex.nouns.values()) <= set(QUANTITIES) | {
        "person",
        "civilian",
        "force",
        "armed",
        "tally",
        "container",
    }


def test_figures_read_the_parse_they_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figure stage reads the report's one parse: it never runs the model again, on
    the text or on a piece of it (speed itself is measured by bench/throughput.py)."""
    text = " ".join(
        [
            "KYIV (Reuters) - Russian shelling killed 11 civilians, including three children, in Kharkiv.",
            "Ukraine's General Staff said Russia had lost 1,150 troops, 9 tanks and 31 artillery systems.",
            "About 2,000 Russian servicemen have deserted since September, an outlet reported.",
            "The town lies 14 kilometers (almost nine miles) from the border.",
        ]
        * 25
    )
    doc = parsed(text)
    runs: list[str] = []
    real_call, real_pipe = Language.__call__, Language.pipe

    def counted_call(self, *args, **kwargs):
        runs.append("call")
        return real_call(self, *args, **kwargs)

    def counted_pipe(self, *args, **kwargs):
        runs.append("pipe")
        return real_pipe(self, *args, **kwargs)

    monkeypatch.setattr(Language, "__call__", counted_call)
    monkeypatch.setattr(Language, "pipe", counted_pipe)
    figs, _ = find_figures(doc)
    assert len(figs) >= 200
    assert runs == []


# ---------------------------------------------------------------- constructions read from real copy
@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Militants beat 9 villagers to death in Borno, police said.", 9, "civilians_killed"),
        ("Among the wounded in Kharkiv were four members of one family.", 4, "wounded"),
        ("The blast killed 12 soldiers along with three interpreters.", 3, "killed"),
        ("Doctors treated 41 people who sustained burns in the strike.", 41, "wounded"),
        ("The raids near Raqqa claimed more than 100 civilians, a monitor said.", 100, "civilians_killed"),
        ("A total of 24 fighters (members of a banned group) were eliminated.", 24, "killed"),
        ("Officials described a massacre against 14 villagers in Ituri.", 14, "civilians_killed"),
        ("The junta conscripted about 5,000 young men in the first round.", 5000, "deployed"),
        ("Enemy losses amounted to up to 300 servicemen over the week.", 300, "casualties"),
        ("Rebels shot 16 farmers at a roadblock near Bunia.", 16, "casualties"),  # shot: killed or hurt
    ],
)
def test_constructions(text: str, value: float, quantity: str) -> None:
    f = one(text, value)
    assert f.quantity == quantity, (f.quantity, f.text)


def test_killed_and_many_more_wounded_is_not_a_shared_subject() -> None:
    text = "At least five civilians were killed and many more wounded in the shelling of Kherson."
    assert triples(text) == {(5, "civilians_killed", None)}


def test_a_name_like_noun_counts_when_its_fate_is_said() -> None:
    assert (6, "killed", None) in triples("Prosecutors reopened the murder of six Jesuits in San Salvador.")


def test_nouns_a_conflict_report_does_not_count_are_dropped() -> None:
    assert figures("A picture is worth a thousand words, and the coalition has 68 nations.") == []


def test_drones_launched_by_a_state_are_its_own() -> None:
    f = one("Of the 45 drones launched by Russia overnight, 38 were shot down.", 45)
    assert (f.quantity, f.side) == ("equipment", "RU")


def test_a_run_of_other_counts_is_no_sum() -> None:
    text = "The raids damaged 517 homes three schools 240 farms 13 clinics and 6 hospitals."
    assert checks(text) == []


def test_nearly_is_close_to_not_at_most() -> None:
    text = (
        "Shelling killed nearly 50 people in Sumy, officials said. "
        "Officials said the shelling killed 25 civilians and 7 soldiers."
    )
    (c,) = checks(text)
    assert not c.ok and "32" in c.detail


def test_whoever_keeps_the_troops_owns_them() -> None:
    f = one("Western officials believe Moscow keeps about 50,000 troops near Kharkiv.", 50000)
    assert (f.quantity, f.side) == ("deployed", "RU")


def test_no_home_state_when_the_sentence_names_another() -> None:
    text = (
        "Syria's army said the strike hit its positions. "
        "Syrian state media added that Syria's army lost ground. "
        "Turkey's military said 12 troops were killed in the Syrian army's shelling."
    )
    assert one(text, 12).side != "SY"


def test_a_bare_participle_after_a_number() -> None:
    text = "Rights groups say 4,800 civilians have been killed by the junta and 26,000 arrested."
    assert (26000, "captured", None) in triples(text)


def test_including_after_a_subordinate_clause() -> None:
    text = "Some 9 million people have fled since the war began, including 1.3 million who crossed into Chad."
    assert (1_300_000, "displaced", None) in triples(text)


def test_civilian_vehicles_are_not_equipment() -> None:
    assert triples("Only 14 aid trucks crossed into Rafah on Tuesday.") == {(14, "other", None)}


def test_its_soldiers_belong_to_the_body_that_reports_them() -> None:
    text = "The Turkish military said four of its soldiers were killed in an attack near al-Bab."
    assert one(text, 4).side == "TR"
    assert one("Hamas said 3 of its fighters died in the strike.", 3).side is None


def test_a_monitor_named_after_a_state_names_no_state() -> None:
    text = (
        "Syria's army said it repelled the attack near Hama, Syria's state agency reported. "
        "The Britain-based Syrian Observatory for Human Rights said ISIS overran two army posts "
        "and killed nine troops."
    )
    assert one(text, 9).side == "SY"


def test_a_bare_total_with_its_breakdown() -> None:
    (c,) = checks("Jihadists killed 20, including 5 children and 9 soldiers, in an attack on Djibo.")
    assert c.ok and "5 + 9 = 14" in c.detail


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 4,000 North Koreans are dead or wounded.",
        "The army reported 4,000 killed or wounded since January.",
        "About 4,000 Russian troops were killed or wounded in a week.",
    ],
)
def test_killed_or_wounded_is_casualties(text: str) -> None:
    assert one(text, 4000).quantity == "casualties"


def test_an_of_phrase_gives_a_side_only_when_it_names_a_force() -> None:
    assert one("Twelve soldiers of the Syrian army were killed near Palmyra.", 12).side == "SY"
    text = "The war has displaced 11 million, half of Syria's pre-war population."
    assert one(text, 11_000_000).side is None


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Casualties stand at 300 dead and 1,200 wounded, the ministry said.", 300, "killed"),
        ("Casualties stand at 300 dead and 1,200 wounded, the ministry said.", 1200, "wounded"),
        ("Death toll: 27.", 27, "killed"),
        ("Officials said 27 were confirmed dead and at least 15 believed killed.", 15, "killed"),
        ("The Health Ministry put the number of dead at 63.", 63, "killed"),
        ("The number of those killed has risen to 45, the ministry said.", 45, "killed"),
    ],
)
def test_tallies(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


def test_tables_are_well_formed() -> None:
    from claimledger.data import read_table

    parts = {"noun", "verb", "adj"}
    seen: set[tuple[str, str]] = set()
    for row in read_table("quantities.tsv"):
        assert len(row) == 3 and row[1] in parts, row
        assert (row[0], row[1]) not in seen, row
        seen.add((row[0], row[1]))
    kinds = {"distance", "area", "time", "clock", "month", "money", "measure", "age", "name"}
    for row in read_table("units.tsv"):
        assert row[1] in kinds, row
        assert (len(row) == 3) == (row[1] in ("distance", "area")), row
