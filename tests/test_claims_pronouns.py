"""Nobody speaks in "No resident reported …", "Neither side confirmed …", "None of …";
and the "he" after a clause of time that met one office-holder ("When the team met the
Superintendent of Police in Chaibasa, he rejected …") is that office-holder
(claims_pronouns.py).

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize("text", [
    "No resident reported seeing any armed fighters in the village.",
    "Neither side confirmed the exchange of prisoners near Kupiansk.",
    "No official commented on the strike in Rafah.",
    "None of the witnesses said the gunmen wore uniforms.",
])
def test_nobody_speaks(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("No resident saw fighters. When the team met the Superintendent of Police in Chaibasa, he rejected the "
     "allegations as baseless.", "Superintendent of Police"),
    ("None of the witnesses saw the gunmen. When reporters reached the district commissioner in Kalat, he said "
     "the road had reopened.", "district commissioner"),
    ("Nobody could name the dead. When Reuters spoke to the army spokesman in Goma, he said the rebels had "
     "withdrawn.", "army spokesman"),
    ("No official commented. After the delegation met the governor of Kherson, she said 12 people had been "
     "killed.", "governor"),
])
def test_the_office_holder_met_before_the_pronoun_speaks(nlp, text, speaker):
    claims = found(nlp, text)
    assert claims and all(speaker in s for s, _ in claims), claims


@pytest.mark.parametrize(("text", "body", "side"), [
    ("India's foreign ministry rejected the accusation, with a spokesman saying in New Delhi that Pakistan "
     "should look inward.", "India's foreign ministry", "IN"),
    ("The Russian Defence Ministry denied the report, with a spokesman telling TASS that no strike took place "
     "in Kursk.", "Russian Defence Ministry", "RU"),
    ("Hamas rejected the proposal, with an official saying the group would not disarm.", "Hamas", None),
])
def test_a_spokesman_in_a_with_phrase_speaks_for_the_body(nlp, text, body, side):
    claims = find_claims(nlp(text))
    assert any(c.speaker.kind == "unnamed" and c.speaker.organization == body and c.speaker.side == side
               for c in claims), [c.speaker for c in claims]
