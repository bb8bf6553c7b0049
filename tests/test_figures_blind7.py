"""Rules found on blind round evfig7 (raw pages: a losses table relayed by a regional outlet,
a Kordofan wire story, a Congo relief update, a Marib prisoner exchange, a Sahel ambush claim),
each checked on sentences and short pages of several wars written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze_many
from claimledger.model import Document


def _figures(text: str) -> list[tuple[float, str, str | None]]:
    record = next(iter(analyze_many([Document(text=text)])))
    return [(f["value"], f["quantity"], f["side"]) for f in record["figures"]]


def _events(text: str) -> list[str]:
    record = next(iter(analyze_many([Document(text=text)])))
    return [e["type"] for e in record["events"]]


# ---------------------------------------------------------------- lists and tables of one side's losses
LOSS_TABLE = """Kyiv says Moscow lost another 940 soldiers, killed or wounded, in the past day, in its daily update.

| Category | Total | Past day |
| Personnel | about 1,102,300 | (+940) |
| Tanks | 10,988 | (+3) |
| Air defence systems | 1,190 | (+1) |
| Artillery systems | 33,012 | (+27) |
"""

LOSS_LIST = """The Russian defence ministry said Ukraine had lost up to 1,300 servicemen along the front over the week.
Its tally of Ukrainian losses since the start of the month:
- tanks: 64 (+9)
- armoured vehicles: 211 (+30)
- field artillery guns: 97 (+12)
"""


def test_a_table_of_losses_reads_each_rows_name_and_takes_the_side_whose_losses_it_follows() -> None:
    found = _figures(LOSS_TABLE)
    assert (10988, "equipment", "RU") in found and (3, "equipment", "RU") in found
    assert (1190, "equipment", "RU") in found and (27, "equipment", "RU") in found
    # the personnel row of a losses table counts people lost, not a force's strength
    assert (1102300, "casualties", "RU") in found and not any(q == "deployed" for _, q, _ in found)


def test_a_dash_list_of_losses_and_its_day_rises_take_the_side_of_the_losses_told_before() -> None:
    found = _figures(LOSS_LIST)
    assert (64, "equipment", "UA") in found and (9, "equipment", "UA") in found
    assert (211, "equipment", "UA") in found and (30, "equipment", "UA") in found
    assert (12, "equipment", "UA") in found


def test_a_list_after_a_toll_of_no_side_keeps_no_side() -> None:
    page = """The army said its units neutralised 31 terrorists in the Menaka region during the week.
- Terrorists neutralised: 31
- Motorcycles destroyed: 18
"""
    found = _figures(page)
    assert (18, "equipment", None) in found and (31, "killed", None) in found


def test_a_table_whose_header_names_the_fate_still_reads_the_header() -> None:
    page = """The ministry published the week's results.

| Date | Township | Terrorists killed |
| 2 March | Kawlin | 14 |
"""
    assert (14, "killed", None) in _figures(page)


def test_a_heading_used_as_a_noun_gives_no_fate_to_things_counted_under_it() -> None:
    found = _figures("Shelter: 2,300 emergency shelter kits were handed out in Bunia on Monday.")
    assert not any(q == "displaced" for _, q, _ in found)
    assert (4500, "displaced", None) in _figures("- Displaced: 4,500 people\n- Killed: 41 civilians\n")


# ---------------------------------------------------------------- whose soldiers: the report's state
def test_a_story_whose_places_lie_in_one_country_but_one_is_about_that_country() -> None:
    page = ("Government forces repelled an attack on their positions south of Marib on Tuesday, a military "
            "source in Marib said. Two soldiers were wounded. Fighting also flared in Sirwah and in Harib, "
            "west and south of Marib, the source said, and shells fell on a market in Aden, while talks on "
            "prisoners continued in Saudi Arabia's Abha. Saudi officials declined to comment.")
    assert (2, "wounded", "YE") in _figures(page)


def test_soldiers_listed_before_members_of_a_named_militia_are_the_states() -> None:
    page = ("JNIM said its fighters had attacked a convoy near Djibo in northern Burkina Faso, "
            "killing 40 soldiers and members of the Volunteers for the Defence of the Homeland.")
    assert (40, "killed", "BF") in _figures(page)
    page = ("Al-Shabaab said its fighters had overrun a base near Baidoa in Somalia, killing 25 soldiers and "
            "members of the Macawisley clan militia.")
    assert (25, "killed", "SO") in _figures(page)


def test_counts_after_a_that_parsed_as_a_preposition_keep_their_fate() -> None:
    page = ("In a statement, it said the convoy had been attacked by \"a large group of terrorists\" about 25 "
            "kilometres south of Djibo and that seven soldiers and four VDP had been killed and 19 wounded.")
    found = _figures(page)
    assert (7, "killed", "BF") in found and not any(q == "deployed" for _, q, _ in found)


def test_equipment_joined_to_a_state_named_in_a_participle_is_the_destroyed_sides() -> None:
    page = ("Russian troops destroyed a Leopard tank supplied by Germany and four armoured vehicles near "
            "Pokrovsk, the Russian defence ministry said. Ukraine's army said it had held its positions. "
            "Ukrainian officials did not comment, and Ukraine's air force reported new drone attacks.")
    assert (4, "equipment", "UA") in _figures(page)


# ---------------------------------------------------------------- people held, freed, driven out
@pytest.mark.parametrize("sentence,count", [
    ("Those to be freed next week include six Egyptian nationals held by the Houthis.", (6, "captured", "EG")),
    ("The list also names 150 Houthi fighters held in Saudi Arabia.", (150, "captured", None)),
    ("The group said the army was still holding about 2,000 of its members.", (2000, "captured", None)),
    ("The ministry counts more than 900 of its people in RSF prisons in Nyala and Zalingei.",
     (900, "captured", None)),
    ("Another 120 are due to be freed on Sunday through Aden airport.", (120, "captured", None)),
])
def test_people_held_by_a_party_in_its_prisons_or_due_to_be_freed_were_captured(sentence, count) -> None:
    assert count in _figures(sentence)


def test_a_state_holding_troops_near_a_border_keeps_them_deployed() -> None:
    found = _figures("Russia is holding some 5,000 troops near the border with Lithuania, the ministry said.")
    assert not any(q == "captured" for _, q, _ in found)


@pytest.mark.parametrize("sentence,value", [
    ("Attacks by militiamen have forced about 94,000 people to leave their villages in Djugu.", 94000),
    ("Air strikes forced 12,000 residents to abandon their homes in Kalaymyo, local groups said.", 12000),
    ("The insurgents' raids compelled some 3,500 villagers to flee Macomia district last week.", 3500),
])
def test_people_forced_to_leave_their_homes_were_displaced(sentence, value) -> None:
    assert (value, "displaced", None) in _figures(sentence)


# ---------------------------------------------------------------- admissions not made
@pytest.mark.parametrize("sentence", [
    "The Russian side did not admit the losses near Kupiansk, the Ukrainian commander said.",
    "The junta has never admitted the bombing of the market in Demoso.",
    "Israel has yet to acknowledge the strike on the base near Homs.",
    "The army's statement did not admit the loss of any vehicles near Djibo.",
])
def test_an_admission_not_made_is_no_acknowledgement(sentence) -> None:
    assert "acknowledge" not in _events(sentence)


def test_an_admission_made_is_still_one() -> None:
    assert "acknowledge" in _events("The RSF admitted that its fighters had looted the market in Bara.")


# ---------------------------------------------------------------- no foreign country from elsewhere in the report
@pytest.mark.parametrize("page", [
    ("Army units repelled an attack by rebel groups on positions near Saraqib, a military source said. The army "
     "killed 15 terrorists and destroyed four vehicles fitted with machine guns. A UK-based war monitor put the "
     "toll higher. The Britain-based group said 19 fighters died."),
    ("KHARTOUM, May 3 (Xinhua) -- The Sudanese army said Saturday its forces destroyed six combat vehicles of the "
     "rebel militia near El Obeid, Xinhua reported. Xinhua could not verify the figure."),
])
def test_weapons_a_state_destroyed_in_its_own_war_take_no_country_named_only_as_a_base_or_agency(page) -> None:
    found = _figures(page)
    assert all(side is None for _, q, side in found if q == "equipment"), found


def test_weapons_a_coalition_destroyed_take_none_of_the_states_named_elsewhere() -> None:
    page = ("Moscow's reconciliation centre said Russian and Syrian jets had destroyed 14 vehicles of the militants "
            "near Maarat al-Numan. An Iranian adviser was killed in Aleppo, Iranian media said, and Iran's foreign "
            "minister flew to Damascus. Iran vowed to keep its advisers in Syria.")
    assert all(side is None for _, q, side in _figures(page) if q == "equipment")


@pytest.mark.parametrize("page,count", [
    ("In a message on its channels, the group said it had seized 14 vehicles near Djibo in Burkina Faso.",
     (14, "equipment", "BF")),
    ("Al-Shabaab fighters destroyed three military trucks near Baidoa, the group said. Somalia's army said it "
     "repelled the attack on the Baidoa base.", (3, "equipment", "SO")),
    ("The Arakan Army said it had seized 12 armoured vehicles at the Kyauktaw base in Rakhine. Myanmar's junta "
     "did not comment.", (12, "equipment", "MM")),
])
def test_weapons_an_armed_group_took_or_destroyed_are_the_states_it_fights(page, count) -> None:
    assert count in _figures(page)


def test_weapons_a_state_army_seized_from_rebels_are_not_its_own() -> None:
    found = _figures("The army said it had seized 12 armoured vehicles from the rebels near Kidal in Mali.")
    assert (12, "equipment", "ML") not in found


# ---------------------------------------------------------------- round 2 (three more blind pages)
def _placed_events(text: str) -> list[tuple[str, str | None, str | None]]:
    record = next(iter(analyze_many([Document(text=text)])))
    names = {p["id"]: p["name"] for p in record["places"]}
    return [(e["type"], (e["actor"] or {}).get("side"), names.get(e["place"])) for e in record["events"]]


@pytest.mark.parametrize("sentence,value", [
    ("\"Sadly, we lost four brave soldiers in the fight, while seven others sustained injuries,\" the Nigerian "
     "army spokesman said in Maiduguri.", 4),
    ("The Malian army said it lost six soldiers near Boni, and that 11 others suffered gunshot wounds.", 6),
])
def test_people_lost_beside_others_injured_were_killed(sentence, value) -> None:
    assert any(v == value and q == "killed" for v, q, _ in _figures(sentence))


@pytest.mark.parametrize("sentence,value", [
    ("Troops also arrested 11 suspected logistics suppliers in Bama, the army said.", 11),
    ("Police in Pemba detained five suspected informants of the insurgents on Friday.", 5),
    ("Security forces arrested 23 smugglers near the Lebanese border, the interior ministry said.", 23),
])
def test_helpers_an_army_arrests_were_captured(sentence, value) -> None:
    assert (value, "captured", None) in _figures(sentence)


def test_a_security_ministry_putting_its_own_losses_speaks_for_the_reports_state() -> None:
    page = ("Clashes in Syria's Sweida province killed 60 people, a monitor said. Fighting went on in Sweida city "
            "and in Shahba. The interior ministry put the number of its personnel killed at 21.")
    assert (21, "killed", "SY") in _figures(page)


def test_a_health_ministry_is_no_security_force() -> None:
    page = ("Strikes on Gaza City and Khan Younis killed 31 people, the health ministry in Gaza said. It put the "
            "number of its staff killed since the war began at 1,580. Israel's army said it struck militants.")
    assert not any(side == "IL" for v, q, side in _figures(page) if v == 1580)


def test_air_interdictions_are_attacks() -> None:
    found = _placed_events("Nigerian Air Force jets conducted air interdictions on ISWAP enclaves near Lake Chad "
                           "in Borno State on Sunday, the military said.")
    assert any(t == "attack" and side == "NG" for t, side, _ in found), found


@pytest.mark.parametrize("sentence,place", [
    ("Junta airstrikes on two villages in Sagaing Region's Wetlet Township killed 27 civilians on Monday.",
     "Sagaing Region"),
    ("Artillery shelling hit Ukraine's Kharkiv region overnight, the governor said.", "Kharkiv"),
])
def test_a_region_owning_a_named_part_is_where_it_happened(sentence, place) -> None:
    found = _placed_events(sentence)
    assert any(t == "attack" and (where or "").startswith(place) for t, _, where in found), found


@pytest.mark.parametrize("sentence,count", [
    ("The junta's information team said its troops had annihilated more than 40 insurgents near Sittwe.",
     (40, "killed", None)),
    ("State television said the army annihilated 120 terrorists in the forests of Sambisa.", (120, "killed", None)),
    ("At least 30 soldiers drowned when their boat capsized on the Kaladan river, a local official said.",
     (30, "killed", None)),
    ("Twelve migrants drowned off the coast of Libya, the IOM said.", (12, "killed", None)),
])
def test_annihilated_and_drowned_are_deaths(sentence, count) -> None:
    value, quantity, _ = count
    assert any(v == value and q == quantity for v, q, _ in _figures(sentence)), _figures(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry identified one of the dead as a 16-year-old boy from Tubas.",
    "Local officials named one of the victims as Amina Yusuf, a nurse in Maiduguri.",
])
def test_naming_one_of_the_dead_counts_no_one(sentence) -> None:
    assert not any(v == 1 for v, _, _ in _figures(sentence))


def test_one_of_the_wounded_who_died_is_still_a_death() -> None:
    assert (1, "killed", None) in _figures("One of the wounded died in hospital in Jenin on Sunday.")
