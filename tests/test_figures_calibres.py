"""A weapon's calibre ("60mm", "155 mm") is a measure, never a count, and it neither hides
the count before it ("two 60mm mortars") nor joins it as a thousands group ("40 155mm
howitzers" is no 40,155). Texts written for these tests, from several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.numbers import find_numbers
from claimledger.model import Document


def counts(nlp, text: str) -> dict[str, tuple[float, str]]:
    return {f["text"]: (f["value"], f["quantity"]) for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Security forces seized two 60mm mortars near Kyaukme, the information team said.", "two 60mm mortars", 2),
        ("Ukraine received 40 155mm howitzers from its allies this year, the ministry said.",
         "40 155mm howitzers", 40),
        ("Israel said Hamas fired 12 rockets and two 120mm mortar rounds from Gaza.", "two 120mm mortar rounds", 2),
        ("Police found four 9mm pistols in a car in Culiacán, the prosecutor said.", "four 9mm pistols", 4),
    ],
)
def test_the_count_before_a_calibre_counts_the_weapons(nlp, text, figure, value):
    assert counts(nlp, text)[figure] == (value, "equipment")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("fired 30 155 mm shells", [30, 155]),
        ("received 40 155mm howitzers", [40, 155]),
        ("some 12 000 troops", [12000]),
        ("a 1 500 km front", [1500]),
    ],
)
def test_a_calibre_is_no_thousands_group(text, values):
    assert [n.value for n in find_numbers(text)] == values
