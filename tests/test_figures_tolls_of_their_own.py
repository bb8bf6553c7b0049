"""A toll a source puts of its own ("a rights group put the number of dead at 23", "which
put the overall toll at 34") counts all the dead, even after a count of civilians; only a
toll raised or put again ("later put the toll at 11", "the toll rose to") is the civilians
told before, revised. Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantity_of(nlp, text: str, value: float) -> str | None:
    return next((f["quantity"] for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Local officials counted at least 17 civilians killed in Lascahobas. A local rights group put the number "
         "of dead at 23.", 23),
        ("Among the dead were 11 children and seven women, according to the Sudan Doctors Network, which put the "
         "overall toll at 34.", 34),
        ("Police said 12 civilians were killed in the raid on Kankara. The state government put the death toll "
         "at 15.", 15),
    ],
)
def test_a_toll_of_its_own_counts_all_the_dead(nlp, text, value):
    assert quantity_of(nlp, text, value) == "killed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Health officials said 9 civilians were killed in the shelling of Kherson. The regional governor later "
         "put the toll at 11 dead.", 11),
        ("Activists said six civilians were killed in the air strike on Kyaukme. The toll later rose to ten.", 10),
    ],
)
def test_a_toll_put_again_revises_the_civilians_count(nlp, text, value):
    assert quantity_of(nlp, text, value) == "civilians_killed"
