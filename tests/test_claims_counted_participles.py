"""A participle between a number and the noun it counts ("60 pledged delegates", "40
reported cases") modifies that noun, even where the small model makes the number its
subject: no one speaks. A speaker whose age is set off by commas still does."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[tuple[str, str]]:
    return [(c["cue"], c["text"]) for c in analyze(Document(text=text), nlp)["claims"]]


@pytest.mark.parametrize(
    "text",
    [
        "In Puerto Rico, 60 pledged delegates and seven superdelegates were at stake.",
        "In Kharkiv, 40 reported cases and seven deaths were recorded last week.",
        "In Kherson, 40 reported strikes and seven deaths were logged by the regional administration.",
        "About 200 promised tents and 40 generators reached Idlib on Monday.",
    ],
)
def test_a_counted_participle_reports_nothing(nlp, text):
    assert not any(cue in {"pledged", "reported", "promised"} for cue, _ in claims(nlp, text)), claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ahmed Salah, 60, pledged to rebuild the mosque in Mosul.", "pledged", "to rebuild the mosque in Mosul"),
        ("Nearly 60 said they would stay in Gaza.", "said", "they would stay in Gaza"),
    ],
)
def test_a_speaker_with_a_number_still_speaks(nlp, text, cue, content):
    assert (cue, content) in claims(nlp, text), claims(nlp, text)
