"""Figures on constructions met in the h91 batch of tests/figure_reports (VRAEM, Sinai,
Bijapur, South Ossetia 2008, Cabinda, Barrio 18, Vanni 2009, Savanes), each rule checked
on sentences of several wars written for these tests: a whole set before its part ("Of
the 10 dead, four were officers"), a part's own predicate ("12 were Malian soldiers"), a
state's forces named by no country as a subject that suffers, "on the Georgian side",
a group's strength ("has some 12,000 members"), idioms ("put out of action"), and
subjects the parse strands (after a date, after a range's "between")."""

from __future__ import annotations

import pytest
from figure_texts import figures, nlp, one, triples

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    """(value, quantity, side) read by the whole pipeline (the report's state and the
    claims are read before the figures)."""
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


# ---------------------------------------------------------------- a whole set before its part
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Medical sources said 10 Egyptian soldiers were killed. Of the 10 dead, four were officers.", 4, "EG"),
        ("Kyiv said 30 Ukrainian soldiers died in the assault. Of the 30 dead, six were officers.", 6, "UA"),
        ("Russia said 74 Russian servicemen had been killed. Of the 74 dead, nine were officers.", 9, "RU"),
    ],
)
def test_a_part_of_a_fronted_whole_takes_the_wholes_side(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("killed", side)


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Shelling killed at least 52 civilians in Mullaitivu. Of the 52 dead, 19 were children.", 52, 19),
        ("An air strike killed 24 civilians in Idlib. Of the 24 dead, nine were women.", 24, 9),
    ],
)
def test_a_fronted_whole_restating_civilians_is_not_a_second_toll(text: str, whole: float, part: float) -> None:
    assert triples(text) == {(whole, "civilians_killed", None), (part, "civilians_killed", None)}


# ---------------------------------------------------------------- a part's own predicate says whose
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("At least 40 people were killed in the attack on the market in Gao. Of the 40 dead, 12 were Malian soldiers.",
         12, "ML"),
        ("A car bomb killed 23 people at a checkpoint in Mogadishu. Of those killed, nine were Somali soldiers.",
         9, "SO"),
        ("Mali's army has fought jihadists for a decade. At least 40 people were killed in the attack on the market "
         "in Gao. Of the 40 dead, 12 were soldiers.", 12, "ML"),
    ],
)
def test_a_part_said_to_be_soldiers_is_their_states(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("killed", side)


def test_a_part_said_to_be_farmers_is_no_ones() -> None:
    f = one("Gunmen killed 18 people in a village in Zamfara. Of the 18 dead, 11 were farmers.", 11)
    assert (f.quantity, f.side) == ("civilians_killed", None)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("The Maoists claimed that only 12 of its cadres had died and that the remaining 19 were villagers "
         "killed in a fake encounter.", 19, "civilians_killed"),
        ("Police said five were women abducted from a farm near Kaduna.", 5, "captured"),
    ],
)
def test_a_bare_count_said_to_be_people_harmed(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


# ---------------------------------------------------------------- a state's forces named by no country
@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        ("Togo's army has fought jihadists in the north since 2022. Government forces suffered more than 40 deaths "
         "in 2024, the defence ministry in Lome said.", 40, "killed", "TG"),
        ("Egypt's army has fought militants in North Sinai for years. The army spokesman said the armed forces "
         "suffered 26 casualties in the attack near El-Arish.", 26, "casualties", "EG"),
        ("Pakistan's army has fought the TTP in the northwest for years. Security forces suffered 12 casualties "
         "in the raid near Bannu, the military said.", 12, "casualties", "PK"),
    ],
)
def test_government_forces_that_suffer_are_the_reports_state(
    text: str, value: float, quantity: str, side: str
) -> None:
    assert (value, quantity, side) in record_figures(text)


def test_rebel_forces_that_suffer_are_not_the_state() -> None:
    text = ("Mali's army has fought rebels in the north since 2012. Rebel forces suffered 30 casualties in the "
            "assault on Kidal, the government said.")
    assert (30, "casualties", None) in record_figures(text)


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Peru's Defence Minister said in Lima that the state had deployed more than 2,000 soldiers and police "
         "officers to the VRAEM.", 2000, "PE"),
        ("Russia, which kept about 1,000 peacekeepers in South Ossetia, has said it will leave 2,600 troops "
         "in the region.", 2600, "RU"),
        ("The US will leave 2,500 troops in Iraq, the Pentagon said.", 2500, "US"),
    ],
)
def test_a_state_that_deploys_or_leaves_troops(text: str, value: float, side: str) -> None:
    assert (value, "deployed", side) in record_figures(text)


# ---------------------------------------------------------------- "on the Georgian side"
@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        ("A ministry spokesman said 1,460 people had been wounded on the Georgian side.", 1460, "wounded", "GE"),
        ("Officials said 40 people were killed on the Armenian side and 12 on the Azerbaijani side.", 40, "killed",
         "AM"),
        ("On the Ukrainian side, 14 soldiers were killed and 30 wounded, the brigade said.", 30, "wounded", "UA"),
    ],
)
def test_a_harm_on_a_named_side_is_that_sides(text: str, value: float, quantity: str, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == (quantity, side)


# ---------------------------------------------------------------- a unit of the state's own
@pytest.mark.parametrize(
    "text",
    [
        "Two jawans of the District Reserve Guard (DRG) were killed and two others were injured in Bijapur, "
        "Chhattisgarh, police said.",
        "Two jawans were killed and two others were injured in an IED blast in Sukma, Chhattisgarh, police said.",
    ],
)
def test_jawans_and_the_others_with_them_are_the_states(text: str) -> None:
    assert {(2, "killed", "IN"), (2, "wounded", "IN")} <= record_figures(text)


def test_soldiers_of_a_named_armed_group_are_no_states() -> None:
    assert one("Five soldiers of the Arakan Army were killed in Rakhine, Myanmar.", 5).side is None


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Two members of the Militarized Communist Party of Peru (MPCP) were killed. Between 30 and 40 armed "
         "members of the MPCP remain active.", 35, None),
        ("The Myanmar Armed Forces (MAF) said 86 MAF personnel were killed.", 86, "MM"),
    ],
)
def test_a_short_name_gives_a_side_unless_it_names_a_party(text: str, value: float, side: str | None) -> None:
    assert one(text, value).side == side


# ---------------------------------------------------------------- a group's strength
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Members of the Barrio 18 gang killed seven police officers. Police estimate that Barrio 18 has some "
         "12,000 members in Guatemala.", 12_000),
        ("The Tren de Aragua gang has grown fast. Officials say Tren de Aragua has about 5,000 members in Chile.",
         5000),
        ("The militia numbers some 3,000 men, according to local officials.", 3000),
        ("Al-Shabaab has about 7,000 members, the UN estimates.", 7000),
        ("Between 30 and 40 armed members of the MPCP remain active in the area, the minister said.", 35),
        ("Some 200 armed men attacked the village at dawn.", 200),
    ],
)
def test_a_groups_members_and_armed_men_are_a_strength(text: str, value: float) -> None:
    assert one(text, value).quantity == "deployed"


def test_a_partys_members_are_no_strength() -> None:
    assert one("The ruling party has 2 million members.", 2_000_000).quantity == "other"


def test_armed_men_killed_are_killed() -> None:
    assert one("Soldiers killed 12 armed men near the border, the army said.", 12).quantity == "killed"


# ---------------------------------------------------------------- idioms and words
@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ('Nogovitsyn said Russian forces had "put out of action" around 3,000 Georgian servicemen.', 3000,
         "casualties"),
        ("Russian forces put out of action 200 Ukrainian servicemen near Pokrovsk, the ministry said.", 200,
         "casualties"),
        ("The brigade put four tanks out of action near Vuhledar.", 4, "equipment"),
        ("The country recorded 2,900 homicides last year, police in Guatemala said.", 2900, "killed"),
        ("Police counted 340 murders in Port-au-Prince in March.", 340, "killed"),
    ],
)
def test_out_of_action_homicides_and_murders(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


# ---------------------------------------------------------------- subjects the parse strands
@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Russia said on Wednesday 74 of its servicemen had been killed in the war.", 74, "killed"),
        ("The army said on Monday 30 soldiers had died in the ambush.", 30, "killed"),
        ("Kyiv said on Sunday 1,200 Russian troops had been killed over the past day.", 1200, "killed"),
    ],
)
def test_a_count_after_a_date_is_the_subject_of_the_verb_after_it(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


def test_a_list_after_a_stranded_count_shares_its_side() -> None:
    text = "Russia said on Wednesday 74 of its servicemen had been killed in the war, 171 wounded and 19 were missing."
    assert triples(text) == {(74, "killed", "RU"), (171, "wounded", "RU"), (19, "missing", "RU")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Residents said between 200 and 300 families had left villages around Rafah in recent weeks.", 250),
        ("Elders said between 500 and 800 residents have left their homes since the raid.", 650),
    ],
)
def test_people_of_a_range_who_left_their_villages_are_displaced(text: str, value: float) -> None:
    assert one(text, value).quantity == "displaced"


def test_the_figures_of_a_debris_line_are_not_counted() -> None:
    text = (
        "Lima, Aug. 22 (ANDINA). 1,200 views\n\n"
        "Two members of the MPCP were killed in a clash in the VRAEM, the Joint Command said.\n\n"
        "Related news\nPeru extends state of emergency in 32 VRAEM districts for 60 days\n"
    )
    assert {f.value for f in figures(text)} == {2}


# ---------------------------------------------------------------- men a state loses; a count told again under "the"
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Ukraine lost 40 men near Bakhmut, Kyiv said.", 40, "UA"),
        ("Armenia lost 15 men in the clashes on the border, Yerevan said.", 15, "AM"),
        ("The rebels said they lost 40 men in the fighting near Goma, Congo.", 40, None),
        ("Hezbollah lost 12 men in the strikes, the group said.", 12, None),
    ],
)
def test_men_a_state_loses_are_its_own(text: str, value: float, side: str | None) -> None:
    assert {s for v, _, s in record_figures(text) if v == value} == {side}


@pytest.mark.parametrize(
    ("text", "value", "quantity", "side"),
    [
        ("Togo's army said 12 of its soldiers were killed at the post. The 12 soldiers were buried in Dapaong "
         "on Saturday.", 12, "killed", "TG"),
        ("Niger's army said 20 soldiers were killed in the ambush near Tillaberi. The funeral of the 20 soldiers "
         "was held in Niamey.", 20, "killed", "NE"),
        ("Gunmen killed 30 villagers in Borno, Nigeria. The 30 victims were buried in a mass grave, residents "
         "said.", 30, "civilians_killed", None),
        ("Russia has 12,000 troops in the region. The 12,000 troops arrived in May.", 12_000, "deployed", "RU"),
    ],
)
def test_a_count_told_again_under_the_is_the_same_count(
    text: str, value: float, quantity: str, side: str | None
) -> None:
    assert {(v, q, s) for v, q, s in record_figures(text) if v == value} == {(value, quantity, side)}


# ---------------------------------------------------------------- "a third" after two; the few who tell the story
@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The movement said it lost two of its fighters in the fighting and that a third was missing.", "missing"),
        ("Two soldiers were killed and a third was wounded when the patrol hit a mine near Tinzaouaten.", "wounded"),
        ("Three fishermen drowned and a fourth is missing off Lamu.", "missing"),
    ],
)
def test_a_third_after_two_is_one_more(text: str, quantity: str) -> None:
    assert one(text, 1).quantity == quantity


def test_a_third_of_a_whole_is_still_a_share() -> None:
    assert one("A third of the 600 homes were burned.", 200).out_of == 600


@pytest.mark.parametrize(
    "text",
    [
        "About a third of the residents fled, two elders said.",
        "Roads to the camp were cut, three residents told the radio.",
    ],
)
def test_the_few_who_tell_the_story_are_no_count(text: str) -> None:
    assert figures(text) == []


# ---------------------------------------------------------------- crews of a side's destroyed weapons
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The LTTE said its cadres had sunk three Sri Lankan navy boats and killed 25 sailors.", 25, "LK"),
        ("Hamas said it destroyed four Israeli tanks and killed 10 soldiers in Gaza.", 10, "IL"),
    ],
)
def test_soldiers_harmed_beside_a_sides_destroyed_weapons_are_its(text: str, value: float, side: str) -> None:
    assert (value, "killed", side) in record_figures(text)


def test_soldiers_harmed_beside_weapons_fired_take_no_side_from_them() -> None:
    assert (3, "killed", None) in record_figures("The Houthis said they fired 12 missiles and killed three sailors.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Interior Minister Marco Villeda said that 41 suspected members of Barrio 18 had been arrested.", 18),
        ("Gunmen from Calle 18 attacked a bus in Tegucigalpa, killing three.", 18),
        ("Troops on Route 7 were ambushed near Gao and four were killed.", 7),
        ("Security forces seized weapons, explosives and two four-wheel-drive vehicles near Arish.", 4),
        ("The militants used three two-man-crew mortars in the attack.", 2),
    ],
)
def test_a_names_number_or_a_hyphenated_modifier_counts_nothing(nlp, text, value):
    """'Barrio 18', 'Route 7': the number of a name; 'four-wheel-drive': what a thing has."""
    values = [f["value"] for f in analyze(Document(text=text), nlp)["figures"]]
    assert value not in values, values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In Gaza 20 were killed on Sunday, the civil defence said.", 20),
        ("A 5,000-strong force was sent to the border, the ministry said.", 5000),
        ("Twenty-five soldiers were wounded near Kidal, the army said.", 25),
    ],
)
def test_counts_that_look_alike_stay(nlp, text, value):
    values = [f["value"] for f in analyze(Document(text=text), nlp)["figures"]]
    assert value in values, values
