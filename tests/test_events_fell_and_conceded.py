"""Ground that "fell to" a party changed hands, taken by that party; a side that "conceded"
a thing told happened acknowledged it. Written for these tests from several wars (Congo,
the Sahel, Afghanistan, Myanmar, Sudan, Ukraine), with the figures and contests that use
the same words for no event."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type


@pytest.mark.parametrize(("text", "taker"), [
    ("Residents said Walikale fell to M23 rebels on Wednesday.", "M23"),
    ("The base at Diapaga fell to JNIM fighters after a two-day siege, a security source said.", "JNIM"),
    ("Local officials said the district centre fell to the Taliban overnight.", "Taliban"),
    ("The junta conceded that the town had fallen to the resistance after a week of fighting.", "resistance"),
])
def test_ground_that_fell_to_a_party_was_taken_by_it(nlp, text, taker):
    found = of_type(events(nlp, text), "territory_change")
    assert found and taker in (found[0]["actor"] or {}).get("name", ""), found


@pytest.mark.parametrize("text", [
    "Oil prices fell to their lowest level in a year.",
    "The death toll fell to 12 after a recount.",
    "Turnout fell to 40 percent in the capital.",
])
def test_a_figure_that_fell_took_no_ground(nlp, text):
    assert not of_type(events(nlp, text), "territory_change")


@pytest.mark.parametrize("text", [
    "The army conceded the loss of the town of Lashio.",
    "The army conceded that two of its helicopters had been shot down over Kordofan.",
    "Kyiv conceded that its troops had withdrawn from Avdiivka.",
])
def test_a_side_that_concedes_what_happened_acknowledges_it(nlp, text):
    assert of_type(events(nlp, text), "acknowledge"), events(nlp, text)


@pytest.mark.parametrize("text", [
    "The opposition leader conceded defeat in the election on Monday.",
    "The visitors conceded a goal in the final minutes.",
])
def test_a_contest_conceded_is_no_acknowledgement(nlp, text):
    assert not of_type(events(nlp, text), "acknowledge")
