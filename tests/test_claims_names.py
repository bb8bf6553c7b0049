"""A surname the parser tags a common noun still speaks when the report names the person
elsewhere (claims_names.py, issue 8).

"State Department spokesman Ned Price briefed reporters. Price said …": at a sentence's
head, a surname that is also an English word may be read as a common noun with no
entity; the report's "Ned Price" makes it a name. A common noun the report never names
("Fighting blamed …") stays no speaker.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Donald Trump spoke in Ohio. Trump blamed Clinton directly for the past decade of foreign policies.",
     "Trump", "Clinton directly for the past decade"),
    ("The Wagner group took the town on Friday. Wagner said its fighters had lost 20 men.", "Wagner",
     "its fighters had lost 20 men"),
    ("State Department spokesman Ned Price briefed reporters on Ukraine. Price blamed Moscow for the "
     "strike on the grain port.", "Price", "Moscow for the strike on the grain port"),
])
def test_a_name_read_as_a_noun_speaks(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


def test_a_common_noun_the_report_never_names_does_not_speak(nlp):
    assert found(nlp, "The ceasefire collapsed. Fighting blamed the rebels for the attack.") == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # "claims" read as a noun after the speaker, its clause opened by a subject pronoun
    ("Donald Trump spoke on Friday. Trump claims he's worth $10 billion.", "Trump", "he's worth $10 billion"),
    ("The Wagner group posted a video. Wagner claims it has taken the station.", "Wagner", "it has taken the station"),
])
def test_claims_read_as_a_noun_with_its_clause(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


def test_claims_as_a_noun_with_its_owner_stay_a_noun(nlp):
    assert not any(c.startswith("they shot down") for _, _, c in found(
        nlp, "The rebels' claims they shot down a jet could not be verified."))
