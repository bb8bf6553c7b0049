"""Beliefs a part of a group holds (claims_speaker.HELD_BY_SOME): "Many fear the truce will
collapse", "Most think the talks will fail" are claims of "many", "most", as "Others say …"
already was; with no clause to hold ("Many fear for their lives") or with a verb that is no
belief ("Many showed signs of torture") there is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # wire copy from a displacement camp (Sudan), a front town (Ukraine), a vote (DRC)
    ("In the camps around Tawila, many fear the rainy season will bring cholera.", "many", "fear",
     "the rainy season will bring cholera"),
    ("Most in Pokrovsk think the front will reach the town by spring.", "Most", "think",
     "the front will reach the town by spring"),
    ("Several believe the ballots in Kasai were switched overnight.", "Several", "believe",
     "the ballots in Kasai were switched overnight"),
    # an interview's summary: both sides of a table
    ("Both agree that the crossing at Rafah must stay open for fuel.", "Both", "agree",
     "the crossing at Rafah must stay open for fuel"),
])
def test_a_belief_of_a_part_of_a_group_is_a_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert len(claims) == 1
    name, said, text_ = claims[0]
    assert name.lower() == speaker.lower() and said == cue and text_ == content


@pytest.mark.parametrize("text", [
    "Many fear for their lives after the raid on Kidal.",
    "Many showed signs of torture, the coroner's office in Bucha found none of the men armed.",
    "Most fled toward the border before the shelling began.",
])
def test_no_clause_or_no_belief_is_no_claim_of_the_group(nlp, text):
    assert not any(name.lower() in {"many", "most"} for name, _, _ in found(nlp, text))
