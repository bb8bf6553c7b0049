"""The men a force has or is are its strength (issue 8): interview answers and live-blog lines
say "we are about 3,000 men" or "Wagner had some 1,500 men in Mali", which the record counts as
``deployed``; men a town or a list of victims has are no force. Sentences written for these tests."""

from __future__ import annotations

import pytest
from figure_texts import triples


@pytest.mark.parametrize(("text", "value"), [
    ("Q: How big is your brigade now?\nA: We are about 3,000 men. The rest are in training.\n", 3000),
    ('"We have 800 men on the front line east of Sake," the M23 commander said.', 800),
    ("Wagner had some 1,500 men in Mali at the time, according to diplomats.", 1500),
    ("Hezbollah had 20,000 men south of the Litani, according to Israeli estimates.", 20000),
    ("10:42 — The brigade has 2,000 men around Pokrovsk, its commander told a Ukrainian channel.", 2000),
    ("Commander Ahmed: We number perhaps 600 men, no more, spread across the Tillaberi region.", 600),
])
def test_the_men_a_force_has_or_is_are_its_strength(text: str, value: int) -> None:
    assert (value, "deployed") in {(v, q) for v, q, _ in triples(text)}


@pytest.mark.parametrize(("text", "value"), [
    ("The victims were 30 men and 12 women, the mayor of Bama said.", 30),
    ("Kidal had 300 men of fighting age before the war, a resident said.", 300),
    ("The village had 200 men before the war, elders in Djugu said.", 200),
])
def test_men_a_town_or_a_list_of_victims_has_are_no_force(text: str, value: int) -> None:
    assert (value, "deployed") not in {(v, q) for v, q, _ in triples(text)}


@pytest.mark.parametrize(("text", "value", "quantity"), [
    ("A: We lost 40 men at Kidal and 15 more were wounded.", 40, "killed"),
    ("We are 3,000 men, and we lost 200 of them in the last month.", 3000, "deployed"),
])
def test_a_fate_the_clause_gives_stays_the_fate(text: str, value: int, quantity: str) -> None:
    assert (value, quantity) in {(v, q) for v, q, _ in triples(text)}
