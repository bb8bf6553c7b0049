"""Figures of the sixth blind round's causes (notes/blind-figures6), each on sentences of
several wars: counts given as an estimate's value ("put the number of X at N"), a body's
own people ("14 of its members"), nominal fates ("the neutralisation of 22"), parts of a
harmed group ("Of the injured, 38 ..."), people freed in exchanges, a force gathering its
members, nationals arriving as refugees, a day's rise in brackets ("(+7)"), table rows
whose first cell names the row, and a verb's "over" that is no hedge."""

from __future__ import annotations

import pytest
from figure_texts import figures, nlp, triples

from claimledger.analyze import analyze
from claimledger.extract.numbers import find_numbers
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    """(value, quantity, side) read by the whole pipeline, with the claims that give sides."""
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


# ---------------------------------------------------------------- an estimate's value
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Zelensky put the number of Ukrainian soldiers killed at 46,000 and the number of "
         "wounded at about 380,000.", {(46000, "killed", "UA"), (380000, "wounded", "UA")}),
        ("The bulletins put the number of terrorists neutralised since January at more than 900.",
         {(900, "killed", None)}),
        ("Local officials estimated the number of civilians killed in Wad Madani at 120.",
         {(120, "civilians_killed", None)}),
        ("The monitor put the number of people displaced from Idlib's southern villages at 60,000.",
         {(60000, "displaced", None)}),
        ("Israel's army put the number of Hamas fighters captured in Rafah at about 200.",
         {(200, "captured", None)}),
    ],
)
def test_a_count_put_at_a_value_counts_what_the_estimate_names(text: str, expected: set) -> None:
    assert expected <= triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali's army said it repelled the attack on Boulkessi, in Mali. The army's bulletins put the number "
         "of militants neutralised at 300 and the army's own losses at 41 dead.", (41, "killed", "ML")),
        ("Sudan's army held El Obeid, in Sudan. A tally put the army's losses at 1,200.",
         (1200, "casualties", "SD")),
        ("Kyiv estimated Russia's losses at 1,100 over the past day.", (1100, "casualties", "RU")),
    ],
)
def test_losses_put_at_a_value_are_their_owners(text: str, expected: tuple) -> None:
    assert expected in triples(text)


def test_a_count_at_a_place_or_time_is_no_estimate() -> None:
    found = triples("The army put its soldiers on alert at 6 checkpoints around Goma.")
    assert not {q for _, q, _ in found} & {"killed", "wounded", "casualties"}


# ---------------------------------------------------------------- a body's own people
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ethiopian National Defense Force said that 14 of its members had been killed and 31 wounded.",
         {(14, "killed", "ET"), (31, "wounded", "ET")}),
        ("The Colombian army said 9 of its personnel were wounded in the ambush in Cauca.",
         {(9, "wounded", "CO")}),
        ("Pakistan's military said that six of its men were killed near the Afghan border.",
         {(6, "killed", "PK")}),
    ],
)
def test_a_body_s_own_members_are_its_side(text: str, expected: set) -> None:
    assert expected <= record_figures(text)


# ---------------------------------------------------------------- fates told as nouns
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vigorous reaction of our men allowed the neutralisation of 22 assailants.", (22, "killed", None)),
        ("The communique announced the neutralization of 15 terrorists near Djibo.", (15, "killed", None)),
        ("The operation ended with the elimination of 35 al-Shabaab fighters.", (35, "killed", None)),
    ],
)
def test_a_fate_told_as_a_noun_is_the_count_s_fate(text: str, expected: tuple) -> None:
    assert expected in triples(text)


# ---------------------------------------------------------------- parts of a harmed group
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 23 of the people killed in the drone strike on the market were civilians.",
         (23, "civilians_killed", None)),
        ("Eleven of the soldiers wounded in the ambush near Tera were flown to Niamey.", (11, "wounded", None)),
        ("Of the injured, 38 were evacuated by air to Malakal.", (38, "wounded", None)),
        ("Of those wounded, nine remain in hospital in Goma.", (9, "wounded", None)),
        ("Of the dead, 12 were women.", (12, "civilians_killed", None)),
    ],
)
def test_a_part_of_people_harmed_is_harmed_alike(text: str, expected: tuple) -> None:
    assert expected in triples(text)


def test_a_count_of_things_after_a_fronted_group_is_no_part_of_it() -> None:
    found = triples("Of the injured, 38 were evacuated to Malakal, where the surgical ward, with 60 beds, is full.")
    assert (38, "wounded", None) in found and not any(v == 60 and q == "wounded" for v, q, _ in found)


def test_a_part_whose_own_verb_tells_a_harm_keeps_it() -> None:
    assert (5, "killed", None) in triples("Of the 40 wounded brought to Nyala hospital, 5 died overnight.")


# ---------------------------------------------------------------- people freed, people gathered
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine brought home 146 servicemen on Monday in an exchange and handed over 146 Russian prisoners of war.",
         {(146, "captured", "UA"), (146, "captured", "RU")}),
        ("Russia returned 84 Ukrainian soldiers in a swap mediated by the UAE.", {(84, "captured", "UA")}),
        ("In the exchange, 95 Sudanese soldiers were freed.", {(95, "captured", "SD")}),
        ("Armenia repatriated 32 soldiers held by Azerbaijan.", {(32, "captured", "AM")}),
    ],
)
def test_people_freed_or_swapped_were_prisoners(text: str, expected: set) -> None:
    assert expected <= triples(text)


def test_people_who_return_home_with_no_exchange_are_not_prisoners() -> None:
    assert not any(q == "captured" for _, q, _ in triples("About 2,000 residents returned to Bucha last week."))


def test_handed_over_is_no_hedge() -> None:
    (n,) = [n for n in find_numbers("Israel handed over 90 Palestinian detainees.") if n.value == 90]
    assert n.text == "90" and not n.approximate
    (m,) = [n for n in find_numbers("over 146 people died") if n.value == 146]
    assert m.approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The AA, which had gathered about 800 of its members with drones, attacked the outposts.",
         (800, "deployed", None)),
        ("Al-Shabaab mustered some 400 fighters near the base at Bulo Marer.", (400, "deployed", None)),
    ],
)
def test_a_force_gathering_its_members_gives_its_strength(text: str, expected: tuple) -> None:
    assert expected in triples(text)


def test_people_gathering_by_themselves_are_no_force() -> None:
    assert not any(q == "deployed" for _, q, _ in triples("About 5,000 people gathered in the square to mourn."))


# ---------------------------------------------------------------- refugees, not a contingent
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The refugee agency said some 9,500 South Sudanese had arrived at entry points in Gambella.",
         (9500, "displaced", "SS")),
        ("UNHCR said 2,300 Burkinabe had arrived in northern Ghana since Monday.", (2300, "displaced", "BF")),
    ],
)
def test_nationals_arriving_where_refuge_is_told_are_displaced(text: str, expected: tuple) -> None:
    assert expected in triples(text)


# ---------------------------------------------------------------- a day's rise, table rows
def test_a_day_s_rise_in_brackets_counts_the_equipment_before_it() -> None:
    found = triples("Ukrainian defenders have destroyed 23,710 armoured combat vehicles (+7), 34,985 artillery "
                    "systems (+41) and 1,237 air defence systems.")
    assert {(7, "equipment", None), (41, "equipment", None), (1237, "equipment", None)} <= found


def test_a_bracketed_count_alone_is_still_debris() -> None:
    assert not figures("Comments (200) Share this story")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("County | Newly displaced | Where they are\nNasir | 21,500 | Ulang, bush areas\nUlang | 11,200 | Mading\n",
         {(21500, "displaced", None), (11200, "displaced", None)}),
        ("Town | Date | Civilians killed\nKamituga | 3 May | 14\nMwenga | 5 May | 9\n",
         {(14, "civilians_killed", None), (9, "civilians_killed", None)}),
    ],
)
def test_a_table_row_s_first_cell_names_the_row_and_its_header_the_count(text: str, expected: set) -> None:
    found = {(f.value, f.quantity, f.side) for f in figures(text)}
    assert expected <= found
    assert all(f.text.strip()[-1].isdigit() for f in figures(text))  # no "|" taken for the noun


# ---------------------------------------------------------------- round 2: idioms of death
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After an intense exchange of fire, 17 khwarij were sent to hell, while 4 were apprehended.",
         {(17, "killed", None), (4, "captured", None)}),
        ("In the raid near Tank, 9 terrorists were sent to hell by the security forces.", {(9, "killed", None)}),
        ("Pakistan's army said three brave sons of soil, having fought gallantly, embraced shahadat.",
         {(3, "killed", "PK")}),
        ("Iran's Revolutionary Guards said four of its members attained martyrdom in the clash near Saravan.",
         {(4, "killed", "IR")}),
    ],
)
def test_a_military_s_idiom_of_death_is_a_killing(text: str, expected: set) -> None:
    assert expected <= triples(text)


def test_troops_sent_to_a_place_called_hell_s_gate_are_deployed() -> None:
    assert (500, "deployed") in {(v, q) for v, q, _ in triples("The army sent 500 troops to Hell's Gate camp.")}


# ---------------------------------------------------------------- round 2: wholes and parts told together
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A local elder said at least 6 civilians, among them two women, were killed when a shell hit a house.",
         (6, "civilians_killed", None)),
        ("Witnesses said 30 people, including 12 children, were wounded in the strike on Kharkiv.",
         (30, "wounded", None)),
    ],
)
def test_a_whole_told_around_its_harmed_part_shares_the_harm(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to a tally kept by the Pakistan Institute for Conflict and Security Studies, 312 security "
         "personnel and 190 civilians were killed in militant attacks in Khyber Pakhtunkhwa.",
         {(312, "killed"), (190, "civilians_killed")}),
        ("According to figures compiled by the Armed Conflict Location and Event Data Project, 85 soldiers and "
         "40 civilians were wounded in Cabo Delgado.", {(85, "wounded"), (40, "wounded")}),
    ],
)
def test_counts_joined_before_a_passive_harm_share_it(text: str, expected: set) -> None:
    assert expected <= {(v, q) for v, q, _ in triples(text)}


def test_a_source_before_a_clause_of_its_own_takes_no_harm() -> None:
    found = triples("The attack killed between 24 and 30 soldiers, according to two security sources, and "
                    "some 40 were wounded, many of them seriously.")
    assert not any(v == 2 for v, _, _ in found) and (40, "wounded") in {(v, q) for v, q, _ in found}


# ---------------------------------------------------------------- round 2: strengths and sides
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A local official said the assailants, estimated at about 300, had arrived in some 50 canoes.",
         (300, "deployed", None)),
        ("The gunmen, estimated at 150, stormed the village of Kilwa.", (150, "deployed", None)),
    ],
)
def test_a_force_estimated_at_a_number_has_that_strength(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops fought in Gaza. Hamas's armed wing said its fighters had destroyed three Merkava tanks "
         "and killed or wounded 11 soldiers east of Gaza City.", {(3, "equipment", "IL"), (11, "casualties", "IL")}),
        ("Sudan's army held El Obeid. The RSF said its fighters had seized four armoured vehicles and killed "
         "or captured 30 soldiers near Bara.", {(4, "equipment", "SD")}),
    ],
)
def test_weapons_taken_beside_soldiers_harmed_are_those_soldiers_side(text: str, expected: set) -> None:
    assert expected <= triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad's army fought Boko Haram near Bol in Chad. President Mahamat Idriss Deby announced that 1,000 "
         "additional troops would be sent to the lake region.", (1000, "deployed", "TD")),
        ("Somalia's army retook Bulo Marer in Somalia. The defence minister said 800 more troops would be "
         "deployed to Lower Shabelle.", (800, "deployed", "SO")),
    ],
)
def test_troops_sent_on_a_leader_s_word_are_the_report_s_state_s(text: str, expected: tuple) -> None:
    assert expected in record_figures(text)
