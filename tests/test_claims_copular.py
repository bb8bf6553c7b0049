"""A line told after the copula (claims_copular.py): "Israel's position is that …", "the
envoy's message was that …", "her argument was that …" are claims of the maker of the
line; a noun with no maker ("the problem is that …", "the fear is that …", "the truth is
that …") is the writer's framing, and a negated line says what it is not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a state's line, wire style (Israel/Lebanon, Ethiopia)
    ("Israel's position is that the strike in Tyre hit a weapons depot.", "Israel", "position",
     "the strike in Tyre hit a weapons depot"),
    ("Addis Ababa's message was that the port deal threatens no neighbour.", "Addis Ababa", "message",
     "the port deal threatens no neighbour"),
    # a body's explanation, state media (Sudan)
    ("The army's explanation was that the convoy had strayed into a firing zone near Kadugli.", "army",
     "explanation", "the convoy had strayed into a firing zone near Kadugli"),
    # a person's argument, an interview write-up (Colombia)
    ("Her argument was that the ceasefire with the ELN only buys the guerrillas time.", "she", "argument",
     "the ceasefire with the ELN only buys the guerrillas time"),
])
def test_a_line_after_the_copula_is_its_makers_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert len(claims) == 1
    name, said, text_ = claims[0]
    assert speaker in name and said == cue and text_ == content


@pytest.mark.parametrize("text", [
    "The problem is that the road to Kharkiv is mined.",
    "The fear is that the dam above Nova Kakhovka will burst.",
    "The truth is that nobody knows how many died in the camp.",
    "His position is not that the war in Tigray should end at any price.",
])
def test_a_line_with_no_maker_or_negated_is_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_a_line_inside_a_reported_clause_is_not_a_second_claim(nlp):
    claims = found(nlp, "The army said its position was that the strike on the depot was lawful.")
    assert [(n, c) for n, c, _ in claims] == [("army", "said")]
