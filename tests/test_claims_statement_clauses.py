"""A statement noun's clause, however the parser hangs it (claims_frames.py, issue 8).

"Aid agencies' warnings that famine is imminent have gone unheeded": the small model may
read the "that" opening the clause as the determiner of its subject ("that famine"), or
hang the clause as a relative one; it is still what the warning says. A real relative
clause ("the warnings that he issued", "his warning that was ignored") says nothing.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Aid agencies' warnings that famine is imminent have gone unheeded.", "agencies", "famine is imminent"),
    ("The statements sparked a backlash, particularly his warning that Britain would go to the back of the queue.",
     "he", "Britain would go to the back of the queue"),
    ("The general's warning that the front could collapse went unheeded.", "general", "the front could collapse"),
])
def test_a_statement_noun_s_clause_is_its_content(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The warnings that he issued were ignored.",
    "The claim that the army made was false.",
    "His warning that was ignored came too late.",
])
def test_a_relative_clause_on_a_statement_noun_says_nothing(nlp, text):
    assert found(nlp, text) == []
