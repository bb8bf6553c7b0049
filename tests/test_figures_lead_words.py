"""A lead's first word kept with its sentence after a headline (the parser sometimes cut
"Seven | soldiers were killed …" in two, and the count lost its noun and its fate).
Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> set[tuple[float, str]]:
    return {(f["value"], f["quantity"]) for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Army patrol ambushed in Cauca\n\nSeven soldiers were killed and four wounded when dissidents "
         "ambushed a patrol, the army said.", (7.0, "killed")),
        ("Army patrol ambushed in Cauca\n\nTwelve soldiers and 30 militants were killed in the fighting, "
         "the military said.", (12.0, "killed")),
        ("Attack on market\n\nGunmen killed 14 villagers in Katsina, police said.", (14.0, "civilians_killed")),
    ],
)
def test_a_leads_first_word_stays_in_its_sentence(nlp, text, figure):
    assert figure in figures(nlp, text)

