"""Households and the people they hold, told as ", or about N people", are the same people:
the count with no fate of its own shares the other's ("1,500 families, or about 6,800
people, who had fled"); a bare "or" between two counts ("five soldiers or six civilians")
is a choice, not a restatement. Texts written for these tests, from several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantities(nlp, text: str) -> dict[str, str]:
    return {f["text"]: f["quantity"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Regional officials said 1,500 families, or about 6,800 people, who had fled the fighting have returned "
         "to their homes in Debre Markos.", "1,500 families"),
        ("The county said 300 households, or nearly 1,800 people, had been forced from their homes by the "
         "clashes in Jonglei.", "300 households"),
        ("Some 90 families, or roughly 400 residents, fled Kalehe for Bukavu, OCHA said.", "Some 90 families"),
    ],
)
def test_households_restated_as_people_share_their_fate(nlp, text, figure):
    assert quantities(nlp, text)[figure] == "displaced"


def test_a_bare_or_is_a_choice(nlp):
    found = quantities(nlp, "The strike killed five soldiers or six civilians, depending on the source.")
    assert found["six civilians"] == "civilians_killed" and found["five soldiers"] == "killed"
