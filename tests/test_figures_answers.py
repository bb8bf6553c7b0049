"""A bare count that answers a "how many" question takes the fate the question asks about
("Q: How many people have you arrested since? — Nine"); a count later in the answer, or an
answer to a question that asks no fate, or about things, is not given one."""

from __future__ import annotations

import pytest
from figure_texts import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: How many people have you arrested since the raid?\nA: Nine, and more are wanted.\n", (9, "captured")),
        ("Q: How many people have been detained under the emergency?\nCommander Diallo: In the north alone, about "
         "4,300 since it began.\n", (4300, "captured")),
        ("Q: How many of your men were wounded?\nA: Eleven. Most of them are back on duty.\n", (11, "wounded")),
        ("Q: How many residents fled the district?\nMayor Okello: Around 2,000 in the first week alone.\n",
         (2000, "displaced")),
        ("Q: How many were treated at the clinic?\nA: Six were treated in hospital in Goma.\n", (6, "wounded")),
    ],
)
def test_a_bare_answer_takes_the_questions_fate(text: str, expected: tuple) -> None:
    assert expected in {(v, q) for v, q, _ in triples(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Q: How many years have you served in the north?\nA: Twelve, most of them in Gao.\n",
        "Q: How many drones did you launch?\nA: About 40 in the first night.\n",
        "Q: How many people were detained?\nA: I cannot say. Last year, in a different operation, 300.\n",
    ],
)
def test_no_fate_from_a_question_that_asks_none_or_for_a_later_count(text: str) -> None:
    assert not any(q in ("captured", "equipment") for _, q, _ in triples(text))
