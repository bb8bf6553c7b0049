"""Ledgers and logs as the source of show (data/speaker_words.tsv, issue 8).

"Flight logs show …", "ledgers showing he was paid …": a record speaks as a report or
a study does; what it shows is its claim. A weapon's test is no source ("denounced the
missile tests" is a stance on the tests), so "test" is not among them.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, a camp's ration ledgers
    ("Ration ledgers show the camp received half the flour it was promised.", "ledgers",
     "the camp received half the flour it was promised"),
    # Sahel, flight logs of a cargo plane
    ("Flight logs show the plane landed in Bamako twice in March.", "logs",
     "the plane landed in Bamako twice in March"),
    # Ukraine, a militia's handwritten ledgers
    ("Handwritten ledgers showing he was paid $2 million by the militia were found in the office.", "ledgers",
     "he was paid $2 million by the militia"),
    # Gaza, a crossing's logs
    ("Crossing logs showed that no fuel trucks entered Gaza that week.", "logs",
     "no fuel trucks entered Gaza that week"),
    # Myanmar, a brigade's ledger
    ("The ledger shows the brigade was paid in gold.", "ledger", "the brigade was paid in gold"),
])
def test_a_ledger_or_a_log_shows(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s.lower() and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The test failed after the missile veered off course near Kharkiv.",
    "He passed the test and joined the army in Khartoum.",
])
def test_a_test_that_shows_nothing_says_nothing(nlp, text):
    assert found(nlp, text) == []


def test_a_denounced_weapons_test_stays_the_content(nlp):
    claims = found(nlp, "The president denounced North Korea's missile tests on Friday.")
    assert any("missile tests" in c for _, _, c in claims), claims
