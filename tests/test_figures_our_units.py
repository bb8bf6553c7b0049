"""What a speaker's own unit did to others is not the speaker's side's loss (issue 8): "our
brigade destroyed 14 tanks" counts the enemy's tanks, as "we destroyed 14 tanks" does; what
"our brigade lost" is the speaker's. Interview and live-blog shapes, in sentences written for
these tests; read through the whole record, where a speaker's side is given to own losses."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _sides(nlp, text: str) -> dict[float, str | None]:
    return {f["value"]: f["side"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(("text", "value"), [
    ('"Our brigade destroyed 14 tanks and 30 armoured vehicles last week," the Ukrainian commander told the BBC.',
     14),
    ("Q: What did your unit achieve?\nA: My unit destroyed nine tanks near Vuhledar, the Ukrainian sergeant said.", 9),
    ('"Our forces shot down 23 drones over Kursk," the Russian defence ministry said.', 23),
])
def test_what_our_unit_destroyed_is_not_our_sides(nlp, text: str, value: float) -> None:
    sides = _sides(nlp, text)
    assert value in sides, sides
    own = "UA" if "Ukrainian" in text else "RU"
    assert sides[value] != own


@pytest.mark.parametrize(("text", "value", "side"), [
    ('"Our brigade lost 14 tanks last week," the Ukrainian commander told the BBC.', 14, "UA"),
    ('"We lost 40 men at Pokrovsk," the Ukrainian commander said.', 40, "UA"),
])
def test_what_our_unit_lost_is_our_sides(nlp, text: str, value: float, side: str) -> None:
    assert _sides(nlp, text).get(value) == side
