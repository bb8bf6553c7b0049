"""A statement noun with its clause ("the militia's claim that it downed a drone") makes
its possessor the speaker, even a fighting group that cannot speak as a verb's subject
(claims_frames.noun_claim); an event or a thing as possessor still makes no claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # wire copy: an armed group's claim set against the army's denial (Yemen, Sahel)
    ("The rebels' claim that they shot down a surveillance drone over Marib was denied by the army.", "rebels",
     "claim", "they shot down a surveillance drone over Marib"),
    ("The militia's assertion that it controls the road to Gao could not be verified.", "militia", "assertion",
     "it controls the road to Gao"),
    # an aggregator's rewrite: soldiers' account disputed by villagers (eastern DRC)
    ("The soldiers' insistence that they were ambushed first was disputed by villagers in Rutshuru.", "soldiers",
     "insistence", "they were ambushed first"),
])
def test_a_fighting_groups_statement_noun_is_its_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert (speaker, cue, content) in [(n, c, t) for n, c, t in claims]


@pytest.mark.parametrize("text", [
    "The blast's confirmation that the depot was hit came hours later.",
    "The offensive's warning that more strikes would follow went unheeded.",
])
def test_an_event_as_possessor_makes_no_claim(nlp, text):
    assert found(nlp, text) == []
