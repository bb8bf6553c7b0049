"""The h75 blind link round, end to end through ``ingest``: rocket fire on Surin and a
fight for the Ta Muen Thom temple on the Thailand-Cambodia border (fictional, November 2026),
written as pages come off the web before any run, with its expected answer frozen beside it
(tests/link_reports/thai-cambodia-border.truth.json): a Reuters wire, its wrapped copy, a
"– Reuters" relay, a heavy rewrite, an AFP-credited France 24 report, a hospital report, the
Cambodian ministry's denial, the Thai toll told as risen twice over two weeks, and a decoy
exchange of fire nine days later told by both sides, which is a story of its own (its lead's days,
14 November, are not the main story's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from link_folders import ingest_folder, listing, names_by_id

FOLDER = Path(__file__).parent / "link_reports" / "thai-cambodia-border"
TRUTH = json.loads((FOLDER.parent / "thai-cambodia-border.truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_folder(FOLDER, tmp_path_factory.mktemp("thai") / "ledger.db")


@pytest.fixture(scope="module")
def name_of() -> dict[str, str]:
    return names_by_id(FOLDER)


def test_links_as_the_truth_file_says(ledger, name_of) -> None:
    found = {name_of[ln["document"]]: (name_of.get(ln["origin"]) or ln.get("origin_outlet"), ln["kind"], ln)
             for ln in listing(ledger, "links")}
    for doc, want in TRUTH["links"].items():
        if want.get("optional") and doc not in found:
            continue
        assert found[doc][:2] == (want["origin"] or want["origin_outlet"], want["kind"]), doc
    assert not set(found) & set(TRUTH["no_link"])
    # AFP's credit is its dateline, "Phanom Dong Rak (Thailand) (AFP) –"
    assert found["05-afp-independent"][2]["evidence"]["how"] == "dateline"


def test_one_denial_the_temple_and_no_figure_contradiction(ledger, name_of) -> None:
    found = listing(ledger, "contradictions")
    (denial,) = found  # the rising Thai toll, the hospital's part, the blast's zero: none disputed
    assert denial["kind"] == "denial"
    assert name_of[denial["a"]["document"]] == "01-wire" and denial["a"]["side"] == "TH"
    assert name_of[denial["b"]["document"]] == "07-kh-denial" and denial["b"]["side"] == "KH"
    assert "retaken" in denial["a"]["text"] and "not retaken" in denial["b"]["text"]


def test_the_thai_toll_rises_as_one_series(ledger) -> None:
    (killed,) = [s for s in listing(ledger, "series", "civilians_killed") if s["key"]["theatre"] == "TH"]
    values = [(s["date"], s["value"]) for s in killed["statements"] if not s["increment"] and not s["copy_of"]]
    assert ("2026-11-05", 4) in values and ("2026-11-12", 9) in values and ("2026-11-19", 12) in values
    assert killed["estimate"]["best"] == 12


def test_silences(ledger, name_of) -> None:
    story = listing(ledger, "story", "S1", limit=False)[0]
    kinds = {(name_of[s["document"]], s["side"], s["kind"]) for s in story["silences"]}
    assert {("01-wire", "KH", "declined_to_comment"), ("05-afp-independent", "TH", "neither_confirmed_nor_denied"),
            ("09-toll-update-reuters", "KH", "no_response")} <= kinds


def test_the_decoy_nine_days_later_is_a_story_of_its_own(ledger, name_of) -> None:
    found = {frozenset(name_of[d] for d in s["documents"]) for s in listing(ledger, "stories")}
    assert found == {frozenset(s["documents"]) for s in TRUTH["stories"]}
