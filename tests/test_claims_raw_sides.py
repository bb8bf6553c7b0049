"""A state's force or office named without its state ("police said", "the military said") in a
report whose places lie in one country, told twice or more, and which names no other state's
forces, speaks for that country, as the figure stage reads a sideless count of soldiers there
(speaker_sides._only_states_forces). Pages written for these tests, across wars."""

from __future__ import annotations

import pytest
from claim_checks import record_of


def side_of_claim(record: dict, words: str) -> str | None:
    claim = next(c for c in record["claims"] if words in c["text"])
    return claim["speaker"].get("side")


KADUNA = ("Gunmen attack checkpoint in Kaduna\n\n"
          "KADUNA - Gunmen attacked a police checkpoint in Kajuru, Kaduna State, on Sunday night, killing three "
          "officers, police said.\n\n"
          "The attackers also abducted 12 travellers on the highway near Kajuru, the state police command said.\n")

MINDANAO = ("Blasts in Mindanao\n\n"
            "COTABATO CITY - Two bombs exploded near a market in Datu Piang, Maguindanao del Sur, on Friday, "
            "wounding 11 people, the military said.\n\n"
            "Police in Datu Piang said they had arrested one suspect.\n")

PATTANI = """Bombs hit the Deep South

Police in Pattani say at least 11 explosions were reported between 1am and 4am in Pattani, Yala and Narathiwat.
"""

GAZA = ("Strike on Gaza school\n\n"
        "An airstrike hit a school sheltering displaced families in Khan Younis and Rafah, the military said, "
        "adding that it had targeted militants in Deir al-Balah.\n")


@pytest.mark.parametrize(("text", "words", "side"), [
    (KADUNA, "three officers", "NG"),
    (MINDANAO, "wounding 11", "PH"),
    (MINDANAO, "one suspect", "PH"),
    (PATTANI, "11 explosions", "TH"),
])
def test_a_sideless_state_force_in_one_countrys_story_is_that_countrys(text, words, side):
    assert side_of_claim(record_of(text), words) == side


def test_a_land_without_an_army_gives_its_story_no_side_for_the_military():
    assert side_of_claim(record_of(GAZA), "school sheltering") != "PS"


def test_another_states_forces_in_the_story_leave_the_army_open():
    text = ("Border clash\n\nEthiopian troops and Eritrean troops clashed near Zalambessa and Adigrat on Monday, "
            "the army said.\n\nThe fighting near Adigrat went on into the night, police said.\n")
    assert side_of_claim(record_of(text), "went on into the night") is None
