"""A court's ruling and a writer's thesis are claims of their own (cues.tsv, issue 8).

"The ICJ ruled that Israel must allow aid into Gaza": what a court rules is its holding,
as what it finds is; "posited that …" states a thesis as "argued that …" does. Only with
their clause: "The Taliban ruled Afghanistan", "ruled out a ceasefire", "has ruled by
decree" say nothing.

Sentences written for these tests, across countries and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The ICJ ruled that Israel must allow aid into Gaza.", "ICJ", "Israel must allow aid into Gaza"),
    ("The Supreme Court ruled that the detention of the activists was unlawful.", "Supreme Court",
     "the detention of the activists was unlawful"),
    ("A military court in Kinshasa ruled on Friday that the officers had ordered the killings.", "court",
     "the officers had ordered the killings"),
    ("The judge ruled that 17-year-olds who turn 18 before November may vote in the primary.", "judge",
     "may vote in the primary"),
    ("Geoff Garin, a pollster, posited that turnout among young voters would fall.", "Geoff Garin",
     "turnout among young voters would fall"),
])
def test_a_ruling_or_a_thesis_with_its_clause_is_said(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The Taliban ruled Afghanistan from 1996 to 2001.",
    "The army ruled out a ceasefire.",
    "The junta has ruled by decree since the coup.",
])
def test_ruling_a_country_or_ruling_out_says_nothing(nlp, text):
    assert found(nlp, text) == []
