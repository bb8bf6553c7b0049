"""A reporting verb the tagger reads as a plural noun ("A note from the General Staff sent to
ANGOP states that …", the small model's "ANGOP states" compound) still reports, when it has a
subject of its own and a clause opened by "that"; "the United States" and "notes" as things do not."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[tuple[str, str]]:
    return [(c["cue"], c["text"]) for c in analyze(Document(text=text), nlp)["claims"]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("A note from the General Staff sent to ANGOP states that the operation came after an attack on a post.",
         "states", "the operation came after an attack on a post"),
    ],
)
def test_a_verb_read_as_a_plural_noun_still_reports(nlp, text, cue, content):
    assert (cue, content) in claims(nlp, text), claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States sent two notes of protest to Caracas.",
        "The claims of both sides could not be verified near Buco-Zau.",
        "Several states of the region closed their borders.",
    ],
)
def test_plural_nouns_report_nothing(nlp, text):
    assert claims(nlp, text) == []
