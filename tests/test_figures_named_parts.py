"""Some of the people counted before, named one by one ("two of the dead were a father and his
son", "three of the victims were a teacher, a nurse and a farmer"), are who they were, not a
count; "eight of the dead were children" still tells a count of what they were. Texts written
for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> set[tuple[float, str]]:
    return {(f["value"], f["quantity"]) for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Soldiers killed six people in Las Navas. Karapatan says two of the dead were a father and his son "
         "from Catubig.", 2),
        ("A strike killed 12 people in Kherson. Relatives said three of the victims were a teacher, a nurse and "
         "a farmer.", 3),
    ],
)
def test_people_named_one_by_one_are_no_count(nlp, text, value):
    assert not any(v == value for v, _ in figures(nlp, text))


def test_what_some_of_them_were_is_still_a_count(nlp):
    text = "A drone strike killed 20 people in El Fasher. Doctors said eight of the dead were children."
    assert (8, "civilians_killed") in figures(nlp, text)
