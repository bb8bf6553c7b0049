"""A tally that names civilians ("the civilian death toll", "the number of civilians killed")
counts civilians killed; a tally of all the dead, or of soldiers, counts the killed. Texts
written for these tests, from several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantities(nlp, text: str) -> dict[float, str]:
    return {f["value"]: f["quantity"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("The attack brings to more than 110 the number of civilians killed in Djugu since August.", 110,
         "civilians_killed"),
        ("The number of civilians killed in the region has risen to 230, the UN said.", 230, "civilians_killed"),
        ("This brings the number of civilians killed in Sumy this year to 1,200, officials said.", 1200,
         "civilians_killed"),
        ("The civilian death toll from the strikes on Khan Younis rose to 47 on Monday.", 47, "civilians_killed"),
        ("The death toll from the strikes on Khan Younis rose to 47 on Monday.", 47, "killed"),
        ("The army said the toll among soldiers had risen to 19.", 19, "killed"),
    ],
)
def test_a_tally_of_civilians_counts_civilians_killed(nlp, text, value, quantity):
    assert quantities(nlp, text)[value] == quantity
