"""'As X show(s), …': any cue opening the sentence with "as" and its subject vouches for
the clause after it, as "As the ministry said, …" does (claims_closing.py, issue 8).

Not when the cue has its own object ("As the ministry reported the losses, …": a
circumstance), nor a verb that is no cue ("As the army advanced, …"), nor "As expected".

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("As satellite images show, the base was hit.", "satellite images", "the base was hit"),
    ("As Tuesday's figures show, the front has barely moved.", "figures", "the front has barely moved"),
    ("As analysts had predicted, the offensive stalled within days.", "analysts", "the offensive stalled"),
])
def test_as_x_show_vouches_for_the_clause(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "As the ministry reported the losses, the army pulled back.",
    "As the army advanced, residents fled.",
    "As expected, the vote was delayed.",
])
def test_a_circumstance_with_as_vouches_for_nothing(nlp, text):
    assert found(nlp, text) == []


def test_as_inside_a_noun_phrase_vouches_for_nothing(nlp):
    assert found(nlp, "The old order is gone; the front as we know it is safe for now.") == []
