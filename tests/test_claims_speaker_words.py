"""People named by their part in a campaign or a war, and a body's leadership, hold
views as speakers (data/speaker_words.tsv, issue 8).

"Say" takes almost any subject; a view ("believes", "fears") only a known kind of
speaker. Staffers, delegates, donors, operatives, veterans and a leadership are such.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The Hamas leadership believes that the truce will hold.", "leadership", "the truce will hold"),
    ("The Taliban leadership fears that the aid cuts will turn villagers against it.", "leadership",
     "the aid cuts will turn villagers against it"),
    ("Veterans of the 2014 battle believe the airport cannot be held again.", "Veterans",
     "the airport cannot be held again"),
    ("Several delegates fear the resolution will be vetoed.", "delegates", "the resolution will be vetoed"),
    ("Campaign staffers believe the debate helped their candidate.", "staffers", "the debate helped their candidate"),
])
def test_a_view_held_by_these_speakers_is_a_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims
