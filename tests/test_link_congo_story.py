"""One happening told eight ways, end to end through ``ingest``: an M23 advance on
Kamanyola (South Kivu), written for this test as pages come off the web (navigation,
bylines, share rows, feed and site footers): a wire story, two rewrites (one condensed), a
relay ending "Original Source: www.reuters.com", the wire wrapped in an outlet's own lead
and footer without credit, an independent report from Uvira with its own witnesses and
toll, the wire's toll update three days later ("has risen to 41"), and the army's denial
on state media, with silences from Kigali, Burundi's army and the M23. Written and run
before the link-stage fixes it led to (see the commit log)."""

from __future__ import annotations

from pathlib import Path

import pytest
from link_folders import ingest_folder, listing, names_by_id

FOLDER = Path(__file__).parent / "link_reports" / "congo-kamanyola"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_folder(FOLDER, tmp_path_factory.mktemp("congo") / "ledger.db")


@pytest.fixture(scope="module")
def name_of() -> dict[str, str]:
    return names_by_id(FOLDER)


def test_copies_rewrites_and_the_relay_fold_into_the_wire(ledger, name_of) -> None:
    links = {(name_of[ln["document"]], name_of.get(ln["origin"]), ln["kind"]) for ln in listing(ledger, "links")}
    for expected in [("04-relay", "01-wire", "credited"), ("05-wrapped-copy", "01-wire", "copy"),
                     ("02-rewrite", "01-wire", "rewrite"), ("03-condensed", "01-wire", "rewrite")]:
        assert expected in links
    # the independent report, the update and the wire derive from nothing; the denial is a
    # state agency's dispatch ("Kinshasa, 17 February 2026 (ACP) -"): it credits the agency,
    # an outlet outside the ledger, and derives from no report in it
    linked = {d for d, _, _ in links}
    assert not linked & {"06-independent", "07-update", "01-wire"}
    assert {(origin, kind) for d, origin, kind in links if d == "08-army-denies"} <= {(None, "credited")}


def test_one_story_with_four_independent_origins(ledger, name_of) -> None:
    (story,) = listing(ledger, "stories")
    assert {name_of[d] for d in story["documents"]} == set(name_of.values())
    # the wire's family, the Uvira report, the update, the army's statement
    assert story["origins"] == 4


def test_the_army_denial_contradicts_the_rebels_and_a_rising_toll_does_not(ledger, name_of) -> None:
    found = listing(ledger, "contradictions")
    denials = [c for c in found if c["kind"] == "denial"]
    assert len(denials) == 1
    (denial,) = denials
    assert name_of[denial["b"]["document"]] == "08-army-denies" and denial["b"]["side"] == "CD"
    # the capture asserted: by the wire's family, or by the M23's own statement that the Uvira
    # report carries ("said in a statement that they now controlled Kamanyola")
    assert name_of[denial["a"]["document"]] in {"01-wire", "02-rewrite", "03-condensed", "06-independent"}
    figures = [c for c in found if c["kind"] == "figures"]
    # the wounded: 40 (the wire's source) against more than 60 (the Uvira hospital), once
    assert len([c for c in figures if c["subject"].startswith("wounded")]) == 1
    # 23 bodies on the day, then "has risen to 41" three days later: an update, no contradiction
    assert not [c for c in figures if c["subject"].startswith("killed")]


def test_silences_of_kigali_burundi_and_the_m23(ledger, name_of) -> None:
    story = listing(ledger, "story", "S1", limit=False)[0]
    kinds = {(s["side"], s["kind"]) for s in story["silences"]}
    assert ("RW", "no_response") in kinds
    assert ("BI", "declined_to_comment") in kinds
    assert any("M23" in s["party"] and s["kind"] == "no_response" for s in story["silences"])
