"""Weapons a state's force destroyed, in a story of its war with an armed group, are not the
third state's the story names as where the group shelters (Venezuela for the ELN,
Afghanistan for the TTP, Bangladesh for the Arakan Army): an armed group named as often as
that state is the likelier enemy, and a group has no side. A war of two states keeps its
opponent. Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def side_of_value(nlp, text: str, value: float) -> str | None:
    return next(f["side"] for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Colombia has sent troops to Catatumbo after ELN attacks near the border with Venezuela. Venezuela denies "
         "the ELN has camps on its soil. Venezuela's interior minister said the border was calm, and the ELN did "
         "not comment.\nColombian troops shot down four explosive-laden drones launched at the army base in Tibú, "
         "the army said.", 4),
        ("Pakistan has launched an operation against the TTP in Khyber Pakhtunkhwa. Afghanistan denies sheltering "
         "the TTP. Afghanistan's government said the TTP was Pakistan's problem.\nPakistani troops destroyed three "
         "vehicles near the Afghan border, the military said.", 3),
        ("Myanmar's army has lost ground to the Arakan Army in Rakhine, near the border with Bangladesh. "
         "Bangladesh has closed the border, and the Arakan Army says it holds Maungdaw. Bangladesh said refugees "
         "were arriving.\nMyanmar troops destroyed five boats near Sittwe, state media said. The Arakan Army did not "
         "comment.", 5),
    ],
)
def test_a_third_state_is_not_an_armed_groups_war_enemy(nlp, text, value):
    assert side_of_value(nlp, text, value) is None


def test_a_war_of_two_states_keeps_its_opponent(nlp):
    text = ("Ukrainian forces repelled Russian attacks near Pokrovsk, where Russia has massed troops. Russian forces "
            "shelled Kharkiv. Russia said it had taken a village.\nUkrainian troops destroyed 14 tanks near "
            "Pokrovsk, the General Staff said.")
    assert side_of_value(nlp, text, 14) == "RU"


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Colombia's army said two Colombian soldiers were killed and five wounded when their patrol struck a mine, "
         "and that troops had shot down four explosive-laden drones launched at the base in Tibú.", 4, None),
        ("Pakistan's military said three Pakistani soldiers were wounded in Bannu and that troops destroyed two "
         "vehicles near the checkpoint.", 2, None),
        ("Fano fighters killed 20 Ethiopian soldiers and captured 6 military trucks in Gojjam, the group said.", 6,
         "ET"),
    ],
)
def test_weapons_share_the_harmed_soldiers_side_only_when_one_doer_did_both(nlp, text, value, side):
    assert side_of_value(nlp, text, value) == side
