"""Contradictions between independent origins, end to end through ``ingest`` on both
backends. Reports written for this test (``link_reports/mali-niono``): a wire story of a
drone strike on a market near Niono, wrapped in another outlet's lead and tail, relayed
with "Original Source: www.reuters.com", and rewritten in other words by a fourth outlet
(linked by a person's correction, as a reader who knows it would); a hospital's own count
the next day; the army's denial on state media."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_ledger_support import BACKENDS, fresh_db
from typer.testing import CliRunner

from claimledger.cli import app

FOLDER = Path(__file__).parent / "link_reports" / "mali-niono"
WIRE_FAMILY = {"reuters.com", "sahelpost.net", "westafricawire.info", "bamakodaily.com"}


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _json(*args: str) -> list[dict]:
    return [json.loads(line) for line in _run(*args, "--json").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=BACKENDS)
def ledger(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for db in fresh_db(request.param, tmp_path_factory.mktemp("mali")):
        _run("ingest", str(FOLDER), "--db", db)
        ids = {row["outlet"]: row["id"] for row in _json("documents", "--db", db, "--limit", "0")}
        _run("link", ids["bamakodaily.com"], ids["reuters.com"], "--kind", "rewrite", "--db", db)
        yield db


@pytest.fixture(scope="module")
def outlet_of(ledger: str) -> dict[str, str]:
    return {row["id"]: row["outlet"] for row in _json("documents", "--db", ledger, "--limit", "0")}


def test_the_wire_family_disputes_the_hospital_once_per_count_with_every_carrier(ledger, outlet_of) -> None:
    found = _json("contradictions", "--db", ledger, "--limit", "0")
    figures = [c for c in found if c["kind"] == "figures"]
    for count in ("killed", "wounded"):
        (one,) = [c for c in figures if c["subject"].startswith(count)]
        sides = {outlet_of[one["a"]["document"]]: one["a"], outlet_of[one["b"]["document"]]: one["b"]}
        assert set(sides) == {"reuters.com", "lemonde.fr"}
        # the wire's side is carried by the wire, its copy, its relay and its rewrite
        assert {outlet_of[d] for d in sides["reuters.com"]["documents"]} == WIRE_FAMILY
        assert sides["reuters.com"]["outlets"][0] == "reuters.com"
        assert sides["lemonde.fr"]["documents"] == [sides["lemonde.fr"]["document"]]


def test_no_contradiction_has_both_sides_in_one_origin(ledger) -> None:
    found = _json("contradictions", "--db", ledger, "--limit", "0")
    assert found and all(c["a"]["origin"] != c["b"]["origin"] for c in found)


def test_the_army_denial_is_one_contradiction_against_the_wire(ledger, outlet_of) -> None:
    denials = [c for c in _json("contradictions", "--db", ledger, "--limit", "0") if c["kind"] == "denial"]
    assert len(denials) == 1
    (denial,) = denials
    assert outlet_of[denial["b"]["document"]] == "ortm.ml" and denial["b"]["side"] == "ML"
    assert outlet_of[denial["a"]["document"]] in WIRE_FAMILY
    assert len(denial["a"]["documents"]) >= 3


def test_the_army_s_silence_is_told_once_by_the_wire_family(ledger, outlet_of) -> None:
    (story,) = _json("stories", "--db", ledger, "--limit", "0")
    detail = _json("story", story["id"], "--db", ledger)[0]
    army = [s for s in detail["silences"] if s["side"] == "ML"]
    assert len(army) == 1
    # "did not respond to a request for comment" in the wire, "no immediate comment" in the rewrite
    assert {outlet_of[d] for d in army[0]["documents"]} == WIRE_FAMILY
