"""An editor's note speaks in the outlet's own voice (claims_notes.py, issue 8).

A standing note appended to every story about someone ("Editor's note: X … who has
vowed to …") is the outlet's description, not a report of this story; what a note
reports others saying (a correction's "an article reported that …", "the ministry said
…") stays a claim.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims

STORY = "The talks resumed in Geneva on Monday, officials said.\n\n"


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("note", "cue"), [
    # Gaza, a standing description of an armed group
    ("Editor's note: Hamas is an armed group, a designated terrorist organisation, a governing authority and "
     "militia that has repeatedly pledged to destroy Israel.", "pledged"),
    # Sahel, a standing description of a junta leader
    ("Editor’s note: Ibrahim Traoré is a coup leader, army captain, populist and strongman who has "
     "repeatedly vowed to drive the jihadists out of Burkina Faso.", "vowed"),
    # Ukraine, a standing description of a mercenary group
    ("Editor's Note: The Wagner Group is a private army whose founder promised to march on Moscow.",
     "promised"),
])
def test_an_editors_standing_description_is_no_claim(nlp, note, cue):
    claims = found(nlp, STORY + note + "\n")
    assert not any(c == cue for _, c, _ in claims), claims
    assert any(c == "said" for _, c, _ in claims), claims  # the story's own claim stays


@pytest.mark.parametrize(("note", "speaker", "content"), [
    # Sudan, a correction that reports a statement
    ("Editor's note: An earlier version of this article said the convoy reached El Fasher; the World Food "
     "Programme said on Tuesday that the trucks were still stopped at Tawila.", "World Food Programme",
     "the trucks were still stopped at Tawila"),
    # Myanmar, a correction citing the junta
    ("Editor’s note: This story has been updated. The military government said the airstrike hit a "
     "rebel training camp.", "military government", "the airstrike hit a rebel training camp"),
])
def test_what_a_note_reports_others_saying_stays(nlp, note, speaker, content):
    claims = found(nlp, STORY + note + "\n")
    assert any(speaker.lower() in s.lower() and content in c for s, _, c in claims), claims
