"""Verbs that look like cues but report no statement (claims_unsaid.py): a group
"calling itself" a name goes by that name; a person who "showed" reporters a crater, or
showed restraint, acted. Their look-alikes keep their claims: a body calling itself
"ready for talks", a record or an image that shows something, a person showing that
something is so. Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize("text", [
    # wire: a claim of responsibility by a group known by the name it gives itself
    "A group calling itself the Islamic Resistance in Iraq claimed the drone attack on the base.",
    # a monitor's note on a channel
    'The video was posted by an account of a militia that calls itself "Lions of the Valley" on Telegram.',
    "Fighters of a faction that calls itself the Free Sahel Brigade were seen near Menaka.",
])
def test_a_name_a_group_goes_by_is_no_claim(nlp, text):
    assert not any(cue.lower().startswith("call") for _, cue, _ in found(nlp, text))


@pytest.mark.parametrize(("text", "content"), [
    ("Kyiv called itself ready for talks.", "itself ready for talks"),
    ("The junta calls itself the guardian of the revolution.", "itself the guardian of the revolution"),
    ("Hamas called the proposal a trap.", "the proposal a trap"),
])
def test_calling_something_something_is_a_claim(nlp, text, content):
    assert any(c == content for _, _, c in found(nlp, text))


@pytest.mark.parametrize("text", [
    "The general showed reporters the wreckage of the drone.",
    "Back at the base, the colonel showed me where the shell had landed.",
    "The former president showed considerable restraint on Monday.",
    "She showed the visitors around the ward in Khan Younis.",
])
def test_a_person_showing_a_thing_is_no_claim(nlp, text):
    assert not any(cue.lower().startswith("show") for _, cue, _ in found(nlp, text))


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The footage showed tanks entering the town.", "footage", "tanks entering the town"),
    ("Satellite images show that the runway at Saky was destroyed.", "Satellite images",
     "the runway at Saky was destroyed"),
    ("The minister showed that the casualty figures had been inflated.", "minister",
     "the casualty figures had been inflated"),
])
def test_what_a_record_shows_is_a_claim(nlp, text, speaker, content):
    assert (speaker, content) in {(s, c) for s, _, c in found(nlp, text)}
