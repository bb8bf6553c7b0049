"""A report of another's word inside what a person says is part of that person's claim:
"Police spokesman X said the command had confirmed 12 deaths" is X's claim, not also the
command's. An outlet's or a body's relay ("the agency reported that the governor said …")
still lets the one relayed speak. Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import pytest
from claim_checks import claims_in


@pytest.mark.parametrize(("text", "speaker", "inner"), [
    ("Police spokesman Nahum Daso said the command had confirmed 12 deaths in Bama.", "Daso", "command"),
    ("A doctor at Al-Nao hospital said the health ministry had confirmed 30 deaths by evening.", "doctor",
     "ministry"),
    ("Governor Oleh Syniehubov said the emergency service had reported five people trapped under the rubble.",
     "Syniehubov", "service"),
    ("A village chief in Ménaka told AFP that the army had announced the death of 15 soldiers.", "chief", "army"),
])
def test_a_confirmation_inside_a_persons_words_is_theirs(nlp, text, speaker, inner):
    claims = claims_in(nlp, text)
    assert any(speaker in c.speaker.name or speaker in (c.speaker.role or "") for c in claims), \
        [(c.speaker.name, c.text) for c in claims]
    assert not any(inner in c.speaker.name.lower() for c in claims), [(c.speaker.name, c.text) for c in claims]


@pytest.mark.parametrize(("text", "inner"), [
    ("The state news agency reported that the governor of Homs said five soldiers were killed at the airfield.",
     "governor"),
    ("The health ministry confirmed 12 deaths in Khan Younis.", "ministry"),
])
def test_a_relay_by_a_body_or_the_page_still_lets_the_source_speak(nlp, text, inner):
    claims = claims_in(nlp, text)
    assert any(inner in c.speaker.name.lower() or inner in (c.speaker.role or "").lower() for c in claims), \
        [(c.speaker.name, c.text) for c in claims]


def test_a_speech_reported_whole_inside_keeps_its_claim(nlp):
    claims = claims_in(nlp, "The mayor said the army had warned that residents of Suárez should stay indoors.")
    assert {c.speaker.name for c in claims} >= {"mayor", "army"}, [(c.speaker.name, c.text) for c in claims]
