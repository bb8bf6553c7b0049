"""An amount quoted alone, its noun after the closing mark: 'told AFP that "at least 20" people had been killed'
(extract/figures/binding.py). The parse hangs the number on the quotation mark, so the noun after it is read
by word order. Sentences written for these tests, from a wire, a radio rewrite and an NGO release."""

from __future__ import annotations

import pytest
from figure_texts import one


@pytest.mark.parametrize(("text", "value", "quantity"), [
    ('A commander of the village militia told reporters by telephone that "at least 20" people had been killed.',
     20, "killed"),
    ('Elders in the valley said "more than 600" villagers had fled into the forest since the raid.', 600, "displaced"),
    ('The mayor told the radio that "over 40" civilians had been killed by the shelling.', 40, "civilians_killed"),
])
def test_a_quoted_amount_counts_the_noun_after_the_mark(text: str, value: int, quantity: str) -> None:
    assert one(text, value).quantity == quantity

