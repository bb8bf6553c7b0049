"""Whose people a count is, and what befell them, in phrasings of wire copy, local papers and
radio (texts written for these tests, across wars):

- "shot dead two soldiers", with "dead" parsed on the soldiers, is killed (meanings.verb_meaning);
- men a state body sends, in apposition to its reinforcements ("the army had sent
  reinforcements, around 200 men"), are that state's force (owners.owner_side);
- people "in uniform" in a report about one state's war are that state's forces;
- men a group sends stay the group's, with no state's side.
"""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _figure(text: str, value: int) -> dict:
    return next(f for f in analyze(Document(text=text))["figures"] if f["value"] == value)


@pytest.mark.parametrize("text, value", [
    ("The rebels' spokesman claimed that its fighters shot dead two soldiers near Sinunuk on Wednesday.", 2),
    ("Gunmen on motorbikes shot dead three police officers at a checkpoint in Tsafe, residents said.", 3),
])
def test_shot_dead_before_the_count_is_killed(text, value):
    assert _figure(text, value)["quantity"] == "killed"


def test_shot_without_dead_stays_casualties():
    assert _figure("Gunmen shot 16 villagers in a market near Kananga, witnesses said.", 16)["quantity"] == "casualties"


@pytest.mark.parametrize("text, value, side", [
    ("ABIDJAN - Ivory Coast's army says two soldiers were killed near Tougbo. Ivorian troops patrol the "
     "border. A spokesman said the army had sent reinforcements, around 200 men, to the area.", 200, "CI"),
    ("MOPTI, Mali - Mali's army said it had repelled an attack near Djenne. Malian troops hold the town. "
     "The army later dispatched a column, about 150 men, to the villages around it.", 150, "ML"),
])
def test_men_a_state_sends_are_its_force(text, value, side):
    found = _figure(text, value)
    assert (found["quantity"], found["side"]) == ("deployed", side)


def test_men_a_group_sends_have_no_state_side():
    text = ("Gunmen attacked Kucheri, Nigerian police said. Nigeria's army has fought bandits there. "
            "The bandits sent about 300 men into the village.")
    assert _figure(text, 300)["side"] is None


@pytest.mark.parametrize("text, value, side", [
    ("NEMBE, Nigeria - Nigeria's navy said its post was attacked. Nigerian troops patrol the creeks. A "
     "community leader said residents had watched the bodies of eight men in uniform being loaded onto a "
     "navy boat.", 8, "NG"),
    ("GAO, Mali - Mali's army said its convoy was ambushed. Malian troops returned fire. A local official "
     "said the bodies of five men in uniform were brought to the hospital in Gao.", 5, "ML"),
])
def test_people_in_uniform_are_the_states_forces(text, value, side):
    assert _figure(text, value)["side"] == side


def test_people_without_uniform_keep_no_side():
    text = ("GAO, Mali - Mali's army said its convoy was ambushed. Malian troops returned fire. A local "
            "official said the bodies of five men were brought to the hospital in Gao.")
    assert _figure(text, 5)["side"] is None


@pytest.mark.parametrize("text, value", [
    ("A lawmaker said two of the three men killed were rubber tappers with no links to any armed group.", 2),
    ("Of the 12 dead, seven were vendors from the weekly market, the mayor of Djibo said.", 7),
    ("Police said 14 labourers were killed when gunmen stormed the road works near Kidal.", 14),
])
def test_the_dead_named_by_a_civilian_trade_are_civilians(text, value):
    assert _figure(text, value)["quantity"] == "civilians_killed"


@pytest.mark.parametrize("text, value, quantity", [
    ("RAWALPINDI: The ISPR said a group of about 25 khwarij trying to infiltrate through the border near "
     "Chaman had been intercepted.", 25, "deployed"),
    ("Security forces said 11 miscreants were killed in an exchange of fire in Kech district.", 11, "killed"),
    ("The army said some 40 infiltrators had crossed the Line of Control near Uri overnight.", 40, "deployed"),
])
def test_a_states_words_for_its_armed_opponents_count_fighters(text, value, quantity):
    found = _figure(text, value)
    assert (found["quantity"], found["side"]) == (quantity, None)


@pytest.mark.parametrize("text, value, side", [
    # a corps known by its name in its own army's statements, the country never named
    ("Shelling resumed along the Line of Control overnight. The army's Srinagar-based Chinar Corps said "
     "two soldiers were killed and five injured near Tangdhar, and that Pakistani posts had been hit.", 5, "IN"),
    ("The Fire and Fury Corps said three soldiers were injured when a patrol came under fire near Chushul.",
     3, "IN"),
    # the Guards' name as Iranian state media spell it ("Revolution", "Guards")
    ("Tehran - Seven people, including four members of the Islamic Revolution Guards Corps, were killed in "
     "the strike on a depot near Kermanshah, the provincial governor told reporters.", 4, "IR"),
])
def test_forces_known_by_their_own_names(text, value, side):
    assert _figure(text, value)["side"] == side
