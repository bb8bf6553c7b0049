"""What "we" did to others is not "ours": a side's spokesman who says "we recovered 22
bodies" or "we killed 30 of them" counts the enemy's dead, while "we lost four soldiers"
counts the speaker's own."""

from __future__ import annotations

import pytest
from figure_texts import nlp

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"We have recovered 22 bodies from the forest after the raid," the Nigerian army spokesman, Colonel '
         'Ibrahim Musa, told reporters in Maiduguri.', 22),
        ('"After the clash we found 11 bodies in the ravine," a Peruvian police commander told the radio station.',
         11),
        ('Speaking to state television, the Burkinabe army chief said: "We counted 40 bodies on the ground when '
         'the fighting stopped."', 40),
    ],
)
def test_the_dead_we_found_are_not_ours(text: str, value: float) -> None:
    found = {(v, q, s) for v, q, s in record_figures(text) if v == value}
    assert found and all(s is None for _, _, s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We lost four soldiers in the ambush," the Nigerian army spokesman told reporters in Maiduguri.',
         (4, "NG")),
        ('"In the fighting we have lost three of our men," a Peruvian police commander told the radio station.',
         (3, "PE")),
    ],
)
def test_the_men_we_lost_are_still_ours(text: str, expected: tuple) -> None:
    assert expected in {(v, s) for v, _, s in record_figures(text)}


def test_the_troops_we_sent_are_ours() -> None:
    text = ('"We have sent 1,200 additional troops to the border districts," the Nigerien army commander told '
            'reporters in Niamey.')
    assert (1200, "deployed", "NE") in record_figures(text)
