"""A body's own people under a pronoun reporter ("The Malian army said … In a statement, it
said eight of its men were killed"): "it" is the body the claims resolved it to, and its men
are that body's side. Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def side_of_value(nlp, text: str, value: float) -> str | None:
    return next(f["side"] for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value)


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The Malian army said on Tuesday that JNIM fighters had attacked its camp in Boulkessi.\nIn a statement, "
         "it said eight of its men were killed and 14 wounded.", 8, "ML"),
        ("The Nigerian army said bandits had attacked its base in Zamfara.\nIt said six of its men were killed in "
         "the fighting.", 6, "NG"),
        ("Thailand's army said insurgents had ambushed a patrol in Narathiwat.\nIt said two of its men were "
         "wounded.", 2, "TH"),
    ],
)
def test_its_men_under_a_pronoun_reporter_are_the_bodys(nlp, text, value, side):
    assert side_of_value(nlp, text, value) == side
