"""Counts of people by what they are, not what befell them (extract/figures/strengths.py, data/quantities.tsv):

- people held, named so before the noun ("the 3 detained persons", "the 12 abducted pupils"): captured;
- attackers' strength ("a mob of 300 people armed with machetes", "an armed group of 9 persons",
  "40 men armed with rifles stormed"): deployed, with no state's side; a fate still wins
  ("40 men armed with rifles were killed"), and a crowd that marches stays other;
- formations of a police or force named after a province ("four platoons of the Sindh Police"):
  that country's own, when the province lies in one country only;
- members of a unit that is on its way ("25 members of a mobile squad were expected"): deployed.

Sentences written for these tests, from several wars and outlet styles."""

from __future__ import annotations

import pytest
from figure_texts import figures, one, triples


@pytest.mark.parametrize(("text", "value"), [
    # state media: the other side asks for its men back
    ("The Afghan side has demanded the return of the 3 detained persons, the agency said.", 3),
    # a wire from Nigeria
    ("Parents marched to demand the release of the 12 abducted pupils, police in Kaduna said.", 12),
    # an NGO release from the Sahel
    ("Lawyers said the 27 arrested men had been held without charge since March.", 27),
    # an aggregator rewrite of a Haitian story
    ("The families of the 17 kidnapped villagers appealed for their release on Sunday.", 17),
])
def test_people_named_as_held_are_captured(text: str, value: int) -> None:
    assert one(text, value).quantity == "captured"


@pytest.mark.parametrize(("text", "value"), [
    # a state daily from India: the mob that surrounded a patrol
    ('A forest patrol was surrounded by a mob of "around 300 people armed with machetes and stones", '
     "the superintendent said.", 300),
    # state media from Central Asia: the border violators
    ("In the night, an armed group of 9 persons illegally crossed the state border, the press center reported.", 9),
    # a wire from the Sahel
    ("About 40 men armed with rifles stormed the market in Djibo on Sunday, residents said.", 40),
    # an aggregator from Papua: a gang's strength
    ("A gang of 15 men attacked the health post at dawn, a nurse told the radio station.", 15),
])
def test_attackers_strength_is_deployed_with_no_side(text: str, value: int) -> None:
    fig = one(text, value)
    assert (fig.quantity, fig.side) == ("deployed", None)


def test_armed_people_whom_a_fate_befell_keep_the_fate() -> None:
    assert (40, "killed", None) in triples("Forty men armed with rifles were killed in the ambush, the army said.")


def test_a_marching_crowd_is_not_an_armed_force() -> None:
    found = [f for f in figures("A crowd of about 10,000 people marched to the parliament on Friday.")
             if f.value == 10000]
    assert all(f.quantity != "deployed" for f in found), found


def test_small_bands_are_still_no_tally() -> None:
    values = {f.value for f in figures("Fighters moved in groups of two or three men through the forest.")}
    assert not values & {2, 3}, values


@pytest.mark.parametrize(("text", "value", "side"), [
    # a Karachi daily: the province's police
    ("Four platoons of the Sindh Police were sent to the town after the clash, a spokesman said.", 4, "PK"),
    # a Lucknow wire: a state's armed constabulary, named with words between
    ("Two additional companies of the Uttar Pradesh Provincial Armed Constabulary were moved to the district, "
     "officials said.", 2, "IN"),
])
def test_formations_of_a_provinces_police_are_the_countrys(text: str, value: int, side: str) -> None:
    fig = one(text, value)
    assert (fig.quantity, fig.side) == ("deployed", side)


def test_a_province_two_countries_share_gives_no_side() -> None:
    # Punjab is a state of India and a province of Pakistan: the name alone does not say whose
    fig = one("Three companies of the Punjab Police were sent to the border district on Tuesday.", 3)
    assert fig.quantity == "deployed" and fig.side is None


def test_members_of_a_unit_on_its_way_are_deployed() -> None:
    fig = one("The commander said 40 officers had been flown south, and a further 25 members of a mobile squad "
              "were expected from the capital later this week.", 25)
    assert fig.quantity == "deployed"


def test_members_of_a_company_are_no_unit() -> None:
    found = [f for f in figures("Twelve members of a mining company were expected at the hearing.") if f.value == 12]
    assert all(f.quantity != "deployed" for f in found), found
