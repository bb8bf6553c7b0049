"""Deaths told as a gift of one's life or a last price ("paid the supreme price", "made the
ultimate sacrifice", "laid down their lives", "gave their lives") are deaths, not forces
present; a heavy price or sacrifices made are not. Texts written for these tests, from
several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantities(nlp, text: str) -> dict[str, str]:
    return {f["text"]: f["quantity"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two soldiers paid the supreme price while four others sustained injuries during the clash near "
         "Maiduguri, the army said.", "Two soldiers"),
        ("Three policemen made the ultimate sacrifice when gunmen stormed the station in Zamfara, the police "
         "command said.", "Three policemen"),
        ("Kenya's defence ministry said five soldiers laid down their lives defending the camp at Mandera.",
         "five soldiers"),
        ("Seven Ukrainian soldiers gave their lives holding the line near Pokrovsk, the brigade said.",
         "Seven Ukrainian soldiers"),
        ("Two Indian Army jawans made the supreme sacrifice in the encounter at Kupwara, officials said.",
         "Two Indian Army jawans"),
        ("The ministry said 12 Filipino soldiers paid the ultimate price in the fighting on Jolo.",
         "12 Filipino soldiers"),
    ],
)
def test_a_life_given_is_a_death(nlp, text, figure):
    assert quantities(nlp, text)[figure] == "killed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 300 soldiers paid a heavy price for the advance near Bakhmut, but held the town, the army said.",
         "About 300 soldiers"),
        ("The 400 troops made great sacrifices to reach the town of Kidal, the Malian army said.", "400 troops"),
    ],
)
def test_a_heavy_price_or_sacrifices_are_no_death(nlp, text, figure):
    assert quantities(nlp, text).get(figure) != "killed"
