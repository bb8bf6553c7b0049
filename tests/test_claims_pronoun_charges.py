"""A charge or a praise laid on a pronoun is a claim (claims.py, issue 8).

"Moscow blamed it for the blast": the speaker says what the one named before did, as
"blamed them for …" and "blamed the rebels for …" already say. "It", "this" and "that"
alone as an object say nothing ("confirmed it in a statement"), and neither does a
preposition after a cue that lays no charge ("denied it for hours", "said it for the
cameras").

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # South China Sea, a senator's speech
    ("He has called China provocative, accusing it of militarizing the disputed waters.", "He",
     "it of militarizing the disputed waters"),
    # Ukraine, the plant on the front line
    ("Kyiv accused it of shelling the plant again.", "Kyiv", "it of shelling the plant"),
    # Russia, a depot blast
    ("Moscow blamed it for the blast at the depot.", "Moscow", "it for the blast at the depot"),
    # Sudan, an army communique
    ("The army praised it for its courage under fire.", "army", "it for its courage under fire"),
    # Ethiopia, an opposition statement
    ("Rebels criticised it over the arrests in the capital.", "Rebels", "it over the arrests"),
])
def test_a_charge_laid_on_a_pronoun_is_said(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The ministry reported it to the police.",
    "The general confirmed it in a statement.",
    "Officials denied it for hours before admitting the strike.",
    "She said it for the cameras.",
    "He announced it over the radio.",
])
def test_a_pronoun_object_without_a_charge_says_nothing(nlp, text):
    assert not any(c.startswith("it ") for _, _, c in found(nlp, text)), found(nlp, text)
