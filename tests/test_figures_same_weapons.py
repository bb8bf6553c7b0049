"""Weapons named again by the same noun, no more of them, in the sentence of a count with a
side ("Russia launched 87 drones ...; 61 drones were shot down") are a part of that count
and share its side; a larger count, or one whose own words give a side, does not. Texts
written for these tests, from several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def sides(nlp, text: str) -> dict[str, str | None]:
    return {f["text"]: f["side"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        ("Ukraine's air force says Russia launched 87 Shahed-type drones and three missiles overnight; 61 drones "
         "were shot down or jammed.", "61 drones", "RU"),
        ("Russia's defence ministry said Ukraine launched 120 drones at Russian regions, and 95 drones were "
         "destroyed over Bryansk.", "95 drones", "UA"),
    ],
)
def test_a_part_of_the_weapons_launched_is_the_launchers(nlp, text, figure, side):
    assert sides(nlp, text)[figure] == side


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        ("Azerbaijan's ministry said Armenian forces lost 14 tanks; it said 40 tanks were destroyed in total "
         "since Sunday.", "40 tanks", None),
        ("Ukraine said it destroyed 30 Russian tanks near Pokrovsk, while Russia said it had destroyed 12 tanks "
         "near Kupiansk.", "12 tanks", "UA"),
    ],
)
def test_a_larger_count_or_one_with_its_own_side_keeps_its_own(nlp, text, figure, side):
    assert sides(nlp, text)[figure] == side
