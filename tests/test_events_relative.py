"""Events told in a relative clause: the noun the clause hangs on acts ("Russia, which
keeps troops in Armenia"), and a kept base or post moves no force. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type


@pytest.mark.parametrize("text, side", [
    ("Russia, which keeps about 3,000 troops in Armenia, urged both sides to show restraint.", "RU"),
    ("France, which kept some 5,000 soldiers in the Sahel until 2022, declined to comment.", "FR"),
    ("Kenya, which maintains hundreds of soldiers in Somalia, said its convoy was not hit.", "KE"),
])
def test_the_relative_clauses_noun_keeps_the_force(nlp, text: str, side: str) -> None:
    deploys = of_type(events(nlp, text), "deploy")
    assert deploys and deploys[0]["actor"]["side"] == side, deploys


@pytest.mark.parametrize("text", [
    "Turkey, which keeps a military base in northern Iraq, said nothing about the strike.",
    "The United States, which maintains an air base in Djibouti, called for calm in Somalia.",
])
def test_a_kept_base_is_no_deployment(nlp, text: str) -> None:
    assert not of_type(events(nlp, text), "deploy")


def test_a_militia_named_before_its_relative_clause_attacks(nlp) -> None:
    found = events(nlp, "The militia, which attacked a convoy near Bunia on Monday, later withdrew to the hills.")
    attacks = of_type(found, "attack")
    assert attacks and attacks[0]["actor"]["name"].lower().endswith("militia")
