"""A poll or a tally closing the sentence tells the standing before it, even where the
parser hangs the phrase on the verb's object (claims_according.py, issue 8).

"Zelensky's approval rating stood at 60 percent in a KIIS survey": the survey says so,
as "In a KIIS survey, his rating stood at 60 percent" already reads. Only a measure
(poll, survey, tally, count, census) closing the sentence: "a copy in his report" says
where a thing is, and "leads in the polls" is a standing no one document reports.

Sentences written for these tests, across countries and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Ukraine, a wartime approval poll
    ("Zelensky's approval rating stood at 60 percent in a KIIS survey.", "KIIS", "stood at 60 percent"),
    # US primaries, a lead among a group of voters
    ("Clinton held a 24-point lead over Obama among black voters in a CNN national poll.", "CNN",
     "held a 24-point lead"),
    # an election abroad
    ("The ruling party held a narrow lead in a Gallup poll published on Monday.", "Gallup", "held a narrow lead"),
    # Israel, support for a deal
    ("The hostage deal won 70 percent support in a Channel 12 poll.", "Channel 12", "won 70 percent support"),
])
def test_a_closing_poll_tells_the_standing_before_it(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "Clinton continues to lead in the polls.",
    "The commander keeps the maps in a tally book.",
])
def test_no_single_poll_no_claim(nlp, text):
    assert found(nlp, text) == []
