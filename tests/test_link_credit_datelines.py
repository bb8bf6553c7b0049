"""Datelines that credit an agency after the town's country in brackets, as France 24 and
other AFP clients print them ("Phanom Dong Rak (Thailand) (AFP) –"), from the h75 blind link
round: the credit is a dateline, not only a later "told AFP". Examples in own words."""

from __future__ import annotations

import pytest

from claimledger.link.credits import credited_origins


def _record(text: str, outlet: str | None = "France 24") -> dict:
    return {"document": {"id": "sha256:x", "text": text, "outlet": outlet, "url": None, "published": None,
                         "declared_origin": None}, "claims": [], "figures": [], "events": [], "places": []}


@pytest.mark.parametrize("text, outlet", [
    ("Kharkiv (Ukraine) (AFP) – Drones struck a power plant overnight, officials said.", "AFP"),
    ("Goma (DR Congo) (AFP) - Rebels entered the city at dawn.", "AFP"),
    ("Gao (Mali) (Reuters) — Soldiers patrolled the market on Sunday.", "Reuters"),
])
def test_a_dateline_with_the_country_in_brackets_credits_its_agency(text: str, outlet: str) -> None:
    assert (outlet, "dateline") in [(c.outlet, c.how) for c in credited_origins(_record(text))]


def test_a_bracketed_country_alone_credits_nothing() -> None:
    # no agency after the country: a place, not a credit
    assert credited_origins(_record("Gao (Mali) – Soldiers patrolled the market on Sunday.")) == []
