"""The small model sometimes tags a sentence's opening number word as a DATE ("Eighteen
soldiers were killed", "Forty fighters surrendered"); a number word that alone makes up the
date is a count. Dates and times with a word of time keep their numbers out. Texts written
for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def counts(nlp, text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["quantity"]) for f in analyze(Document(text="Dispatch\n\n" + text), nlp)["figures"]]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Eighteen soldiers were killed in Katsina.", (18, "killed")),
        ("Forty fighters surrendered in Idlib last week.", (40, "captured")),
        ("Eighteen abducted schoolchildren were released by their captors in Katsina on Sunday.", (18, "captured")),
    ],
)
def test_an_opening_number_word_is_a_count(nlp, text, count):
    assert count in counts(nlp, text)


def test_a_date_in_words_is_no_count(nlp):
    assert counts(nlp, "The officer was born in nineteen sixty-two and served for twenty years.") == []
