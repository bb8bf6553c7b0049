"""Sides the tables lacked: the United Kingdom's nations speak for the UK ("the Police Service
of Northern Ireland" is not Ireland's), and a navy's sailors, a state's marines and
commandos harmed in its own statement are its own, as its soldiers are. Sentences of ours."""

from __future__ import annotations

import pytest
from claim_checks import record_of

from claimledger.sides import side_of


@pytest.mark.parametrize(("phrase", "side"), [
    ("the Police Service of Northern Ireland", "GB"),
    ("Police Scotland", "GB"),
    ("the Irish government", "IE"),
    ("New South Wales police", "AU"),
])
def test_the_uks_nations_speak_for_the_uk(phrase, side):
    assert side_of(phrase) == side


@pytest.mark.parametrize("text, value, side", [
    ("Ghana's navy said four sailors were killed when pirates boarded the patrol boat off Axim.", 4, "GH"),
    ("The Philippine Marine Corps said two marines were wounded in the clash near Patikul.", 2, "PH"),
])
def test_a_state_forces_own_harmed_in_its_statement_are_its_own(text, value, side):
    figures = record_of(text)["figures"]
    assert any(f["value"] == value and f["side"] == side for f in figures), figures


def test_sailors_killed_by_a_state_are_not_its_own():
    figures = record_of("The navy said its patrol boats sank two pirate skiffs and killed three sailors "
                        "on board.")["figures"]
    assert not any(f["value"] == 3 and f["side"] is not None for f in figures), figures
