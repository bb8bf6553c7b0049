"""A tally's row under a label is nobody's words (claims_unsaid.tally_row, issue 8).

"Pledged: 781." or "Killed: 45" counts something under a heading; it is not a transcript
turn of someone called "Pledged". Words a labelled speaker says stay that speaker's claim,
and so does a headline's "Name: what they said".

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize("text", [
    # Sudan, a displacement tally
    "Displaced since April, by state:\nKhartoum: 3,100,000.\nDarfur: 1,650,000.\n",
    # Ukraine, a delegation's vote count
    "How the assembly voted:\nZelensky: 312.\nOpposition: 46.\n",
    # Sahel, an election's turnout
    "Provisional results in Mali's referendum.\nTurnout: 38.4%\nYes: 97%\n",
    # Myanmar, a casualty list
    "Casualties reported by the rebels:\nKilled: 45\nWounded: 120\n",
])
def test_a_tally_row_is_no_claim(nlp, text):
    assert not any(cue == ":" for _, cue, _ in found(nlp, text)), found(nlp, text)


@pytest.mark.parametrize(("text", "speaker"), [
    # Sudan, a transcript turn
    ("Interview with the governor.\n\nMINNAWI: The city has been under siege for months and the "
     "Rapid Support Forces shell it every night.\n", "Minnawi"),
    # Gaza, a described speaker's line
    ("The health ministry: at least 14 people were killed in the strike on the school.\n", "ministry"),
    # Ukraine, a headline's quoted speaker
    ("Zelensky: We Will Not Give Up Kharkiv\n\nThe president spoke in Kyiv on Monday.\n", "Zelensky"),
])
def test_words_under_a_label_stay_a_claim(nlp, text, speaker):
    claims = found(nlp, text)
    assert any(speaker.lower() in s.lower() and cue == ":" for s, cue, _ in claims), claims
