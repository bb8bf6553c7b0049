"""A quoted label after a labelling cue's object (claims_labels.py, issue 8).

'calling him "a disgrace"': the parser may hang the opening quotation mark on the cue,
between the object and its label; the label still ends the content, so the claim is the
object with its label, not the bare object (which says nothing and is dropped).

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # US politics, a royal's rebuke
    ('The prince called for Trump to drop out of the race, calling him "a disgrace not only to the GOP '
     'but to all America."', "prince", 'him "a disgrace'),
    # Ukraine, a president's label
    ('Zelensky called Putin "a war criminal" on Tuesday.', "Zelensky", '"a war criminal"'),
    # Gaza, an envoy's label
    ('The envoy called the strike "a grave violation".', "envoy", '"a grave violation'),
    # Myanmar, a junta's label after a participle
    ('The junta issued a statement, branding them "terrorists" and warning residents to stay away.', "junta",
     'them "terrorists'),
])
def test_a_quoted_label_after_the_object_is_said(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker.lower() in s.lower() and content in c for s, _, c in claims), claims


def test_an_object_without_a_label_still_says_nothing(nlp):
    assert not any(c.strip() == "him" for _, _, c in found(nlp, "The general called him at dawn."))


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a part of a group gives a label, as it says or believes ("Others say …", "Many fear …")
    ("Others call it a siege.", "Others", "it a siege"),
    ("In Goma, some call it a massacre.", "some", "it a massacre"),
    ("Many in Kharkiv call the strike a war crime.", "Many", "the strike a war crime"),
    ("Some describe the vote as a sham.", "Some", "the vote as a sham"),
])
def test_a_part_of_a_group_gives_a_label(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker.lower() in s.lower() and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", ["Some call him on Sundays.", "Others called the police."])
def test_a_part_of_a_group_calling_someone_says_nothing(nlp, text):
    assert found(nlp, text) == []
