"""Households on the move: families counted with the people they hold, families in a
relative clause that tells they left, and a count tacked on after the clause that tells
what its people did, are displaced; households that only stay somewhere are not."""

from __future__ import annotations

import pytest
from figure_texts import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 80 families who left villages near the front since Sunday have been received in "
         "Sloviansk.", {(80, "displaced", None)}),
        ("About 80 residents who left their homes were given blankets at the school.", {(80, "displaced", None)}),
        ("Some 200 households that left the camp for Goma were registered by the agency.",
         {(200, "displaced", None)}),
    ],
)
def test_people_who_left_their_homes_are_displaced(text: str, expected: set) -> None:
    assert expected <= triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district officer told reporters that 52 families, totalling 260 people, who fled villages near the "
         "lake since Friday have been sheltered in the town hall.",
         {(52, "displaced", None), (260, "displaced", None)}),
        ("The mayor said 31 households, numbering 170 people, who left the islands after the raids were staying "
         "in two schools.", {(31, "displaced", None), (170, "displaced", None)}),
    ],
)
def test_households_counted_with_their_people_share_their_fate(text: str, expected: set) -> None:
    assert expected <= triples(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some households moved to Kramatorsk out of fear of the shelling, perhaps 70 to 90 families.", 80),
        ("Many families fled to the hills around Ouallam, maybe 200 families in all.", 200),
    ],
)
def test_a_count_tacked_on_after_its_clause_shares_its_fate(text: str, value: float) -> None:
    assert (value, "displaced", None) in triples(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 40 soldiers who left the base on Friday returned on Sunday.", 40),
        ("The new settlement now houses 120 families, totalling 600 people.", 600),
    ],
)
def test_people_who_do_not_flee_are_not_displaced(text: str, value: float) -> None:
    assert not any(v == value and q == "displaced" for v, q, _ in triples(text))
