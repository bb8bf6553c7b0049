"""A statement noun's "that" clause still says what the statement says when the small model
hangs "that" on the clause's own verb as its object ("belying budget hawks' warnings that
they would skyrocket"); a relative clause saying who voiced the statement ("the fears that
the villagers voiced") says nothing."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[tuple[str, str]]:
    return [(c["cue"], c["text"]) for c in analyze(Document(text=text), nlp)["claims"]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Meanwhile, inflation and interest rates have stayed very low by historic standards, belying budget "
         "hawks' warnings that they would skyrocket.", "warnings", "they would skyrocket"),
        ("The grain still moved through Odesa, despite the navy's threats that the port would be closed.",
         "threats", "the port would be closed"),
        ("The ceasefire held, defying the generals' warnings that it would collapse within a week.",
         "warnings", "it would collapse within a week"),
    ],
)
def test_that_read_as_an_object_still_opens_the_statement(nlp, text, cue, content):
    assert (cue, content) in claims(nlp, text), claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody heeded the fears that the villagers voiced about the dam near Kakhovka.",
        "The warnings that the general issued were ignored in Khartoum.",
        "The promises that Kabul made to the donors were broken.",
    ],
)
def test_a_relative_clause_naming_who_voiced_it_says_nothing(nlp, text):
    assert claims(nlp, text) == [], claims(nlp, text)
