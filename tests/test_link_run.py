"""The link stage end to end on both backends: the bundled folder of sample reports
(a wire story, an aggregator relay crediting it, a wrapped copy, a rewrite, an
independent report of the same shelling, toll updates, and an unrelated story with a
credited relay) ingested, linked, corrected, re-linked and re-analysed."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest
from test_ledger_support import BACKENDS, fresh_db
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ledger import Analyzer, Ledger
from claimledger.ledger.store import Versioned
from claimledger.model import Document

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "reports"


@dataclass(frozen=True)
class CachedAnalyzer(Analyzer):
    """The real extractor, run once per text for the whole module: each test then builds
    its ledgers in a moment. ``version`` tells one analysis run from another."""

    cache: ClassVar[dict[str, dict]] = {}
    version: str = "cached-1"

    def made_by(self) -> Versioned:
        return Versioned("claimledger", self.version, "en_core_web_sm (cached)")

    def _analyze(self, documents: list[Document]) -> list[dict]:
        missing = [d for d in documents if d.id not in self.cache]
        if missing:
            for document, record in zip(missing, super()._analyze(missing), strict=True):
                self.cache[document.id] = record
        return [copy.deepcopy(self.cache[d.id]) for d in documents]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


@pytest.fixture
def ledger(db_url: str) -> Iterator[Ledger]:
    with Ledger(db_url) as opened:
        opened.ingest_paths([SAMPLES], analyzer=CachedAnalyzer())
        opened.link()
        yield opened


def ids_by_outlet(ledger: Ledger) -> dict[str, str]:
    return {row["outlet"]: row["id"] for row in ledger.link_documents()}


def link_kinds(ledger: Ledger) -> dict[tuple[str, str], str]:
    """(derivative outlet, origin outlet or outside outlet) -> kind."""
    outlet = {v: k for k, v in ids_by_outlet(ledger).items()}
    return {(outlet[row["document"]], outlet.get(row["origin"]) or f"outside:{row['origin_outlet']}"): row["kind"]
            for row in ledger.links()}


# ---------------------------------------------------------------------- derivatives


def test_copies_rewrites_and_relays_fold_into_the_wire_story(ledger: Ledger) -> None:
    kinds = link_kinds(ledger)
    assert kinds[("africadesk.news", "reuters.com")] == "credited"  # "Original Source:" and the wire text
    assert kinds[("sahelwatch.net", "reuters.com")] == "copy"  # the wire text in the site's own wrapper
    assert kinds[("sudanmonitor.info", "reuters.com")] == "rewrite"  # reworded a day later
    assert kinds[("france24.com", "outside:AFP")] == "credited"  # (AFP) dateline: an agency not in the ledger
    assert not any(derivative == "reuters.com" for derivative, _ in kinds)  # the origin derives from nothing


def test_independent_reports_of_one_event_are_not_derivatives(ledger: Ledger) -> None:
    kinds = link_kinds(ledger)
    # Same shelling, same day, different reporters, witnesses and toll: not a copy, not a rewrite.
    assert ("france24.com", "reuters.com") not in kinds and ("reuters.com", "france24.com") not in kinds
    # A week later, a new toll from the same aid group is a new report, not a rewrite of the first.
    assert not any(derivative == "aljazeera.com" for derivative, _ in kinds)
    # Two reports of one air strike, one crediting the BBC: neither derives from the other.
    assert ("myanmarnowdigest.com", "irrawaddy.com") not in kinds


def test_every_link_says_why(ledger: Ledger) -> None:
    for row in ledger.links():
        assert 0 < row["confidence"] <= 1
        assert row["evidence"], row
        assert row["decided_by"] == "link"


# ---------------------------------------------------------------------- stories


def test_stories_group_reports_of_one_happening_and_count_independent_origins(ledger: Ledger) -> None:
    ids = ids_by_outlet(ledger)
    stories = ledger.stories()
    story_of = {d: s for s in stories for d in s["documents"]}
    shelling = story_of[ids["reuters.com"]]
    for outlet in ("africadesk.news", "sahelwatch.net", "sudanmonitor.info", "france24.com"):
        assert story_of[ids[outlet]] is shelling, outlet
    assert story_of[ids["irrawaddy.com"]] is story_of[ids["myanmarnowdigest.com"]]
    assert story_of[ids["irrawaddy.com"]] is not shelling
    # Five reports of the shelling, but only the wire story's family and AFP's report stand behind them;
    # the toll update a week later is a follow-up of the same shelling, an origin of its own.
    assert story_of[ids["aljazeera.com"]] is shelling
    assert shelling["origins"] == 3
    assert shelling["first"] == "2025-04-12"
    assert "SD" in shelling["sides"]


def test_linking_is_incremental(ledger: Ledger, tmp_path: Path) -> None:
    assert ledger.link().linked == 0  # nothing new: nothing to do
    wire = json.loads((SAMPLES / "01-wire-camp-shelled.json").read_text())
    relay = dict(wire, outlet="darfur24.example", url="https://darfur24.example/camp",
                 text="Darfur 24 brings you the wire report.\n\n" + wire["text"] + "\n\nFollow us for more.")
    path = tmp_path / "relay.json"
    path.write_text(json.dumps(relay))
    ledger.ingest_paths([path], analyzer=CachedAnalyzer())
    report = ledger.link()
    assert report.linked == 1
    kinds = link_kinds(ledger)
    assert kinds[("darfur24.example", "reuters.com")] in ("copy", "credited")


# ---------------------------------------------------------------------- corrections


def test_a_persons_link_corrections_survive_relinking_and_reanalysis(ledger: Ledger) -> None:
    ids = ids_by_outlet(ledger)
    ledger.correct_link(ids["sudanmonitor.info"], ids["reuters.com"], "none")
    ledger.correct_link(ids["sahelwatch.net"], ids["reuters.com"], "rewrite")
    ledger.link(rebuild=True)
    ledger.reanalyze(analyzer=CachedAnalyzer(version="cached-2"), force=True)
    assert ledger.link().linked == len(ids)  # every report has a newer analysis: all linked again
    kinds = link_kinds(ledger)
    assert ("sudanmonitor.info", "reuters.com") not in kinds
    assert kinds[("sahelwatch.net", "reuters.com")] == "rewrite"
    person = [row for row in ledger.links() if row["decided_by"] == "person"]
    assert [row["confidence"] for row in person] == [1.0]


def test_story_split_and_merge_survive_relinking(ledger: Ledger) -> None:
    ids = ids_by_outlet(ledger)
    shelling = next(s for s in ledger.stories() if ids["reuters.com"] in s["documents"])
    new = ledger.split_story(f"S{shelling['id']}", [ids["france24.com"]])
    ledger.link(rebuild=True)
    story_of = {d: s["id"] for s in ledger.stories() for d in s["documents"]}
    assert story_of[ids["france24.com"]] != story_of[ids["reuters.com"]]
    assert story_of[ids["sahelwatch.net"]] == story_of[ids["reuters.com"]]
    merged = ledger.merge_stories([f"S{story_of[ids['reuters.com']]}", f"S{story_of[ids['france24.com']]}"])
    ledger.link(rebuild=True)
    story_of = {d: s["id"] for s in ledger.stories() for d in s["documents"]}
    assert story_of[ids["france24.com"]] == story_of[ids["reuters.com"]]
    assert new != merged


# ---------------------------------------------------------------------- reconciliation through the ledger


def test_story_detail_reconciles_figures_and_records_silence(ledger: Ledger) -> None:
    ids = ids_by_outlet(ledger)
    shelling = next(s for s in ledger.stories() if ids["reuters.com"] in s["documents"])
    detail = ledger.story(f"S{shelling['id']}")
    assert [root.outlet for root in detail.tree if root.children]  # the wire story heads its copies
    wire_root = next(root for root in detail.tree if root.id == ids["reuters.com"])
    assert {child.outlet for child in wire_root.children} >= {"sahelwatch.net", "sudanmonitor.info"}
    # The wire story's "did not respond", once for its family (whichever copy carries it), and AFP's own.
    silent = {(s.party, s.origin) for s in detail.silences}
    assert any("RSF" in party and origin == ids["reuters.com"] for party, origin in silent)
    assert any("RSF" in party and origin == "outlet:afp" for party, origin in silent)
    killed = [one for one in detail.series if one.key.quantity == "killed"]
    assert killed and killed[0].estimate.low is not None


def test_series_across_the_ledger_follows_a_toll_over_time(ledger: Ledger) -> None:
    # the toll is placed at the camp the reports name ("the Abu Shouk displacement camp on
    # the edge of El Fasher"), the most precise place they give it
    found = ledger.series("killed", place="Abu Shouk")
    statements = [s for one in found for s in one.statements]
    dates = {s.date for s in statements}
    assert {"2025-04-12", "2025-04-20"} <= dates
    values = {s.value for s in statements}
    assert {40, 62} <= values


# ---------------------------------------------------------------------- the commands


def test_commands_print_fixed_shapes(db_url: str) -> None:
    with Ledger(db_url) as opened:
        opened.ingest_paths([SAMPLES], analyzer=CachedAnalyzer())
    runner = CliRunner()
    linked = runner.invoke(app, ["link", "--db", db_url, "-q"])
    assert linked.exit_code == 0, linked.output
    links = [json.loads(line) for line in runner.invoke(app, ["links", "--db", db_url, "--json"]).stdout.splitlines()]
    assert links and {"document", "origin", "origin_outlet", "kind", "confidence", "evidence"} <= set(links[0])
    stories = [json.loads(line) for line in
               runner.invoke(app, ["stories", "--db", db_url, "--json", "--limit", "0"]).stdout.splitlines()]
    assert {"id", "documents", "title", "first", "last", "origins", "sides"} <= set(stories[0])
    assert stories[0]["id"].startswith("S")
    documents = runner.invoke(app, ["documents", "--db", db_url, "--json", "--limit", "0"]).stdout.splitlines()
    assert len(documents) == len(list(SAMPLES.glob("*.json")))
    story = runner.invoke(app, ["story", stories[-1]["id"], "--db", db_url, "--json"])
    assert story.exit_code == 0 and {"story", "origins_tree", "claims", "series", "contradictions", "silences"} \
        <= set(json.loads(story.stdout))


def test_brief_is_one_html_file_with_a_chart(db_url: str, tmp_path: Path) -> None:
    with Ledger(db_url) as opened:
        opened.ingest_paths([SAMPLES], analyzer=CachedAnalyzer())
        opened.link()
        ids = ids_by_outlet(opened)
        story = next(s for s in opened.stories() if ids["reuters.com"] in s["documents"])
    out = tmp_path / "brief.html"
    runner = CliRunner()
    made = runner.invoke(app, ["brief", f"S{story['id']}", "--db", db_url, "--out", str(out)])
    assert made.exit_code == 0, made.output
    html = out.read_text()
    assert "<svg" in html and "<script" not in html
    assert "Emergency Response Room" in html
    again = runner.invoke(app, ["brief", f"S{story['id']}", "--db", db_url, "--out", str(out)])
    assert again.exit_code == 2 and "--force" in again.output  # never overwritten unasked


def test_bad_story_and_correction_are_one_line_errors(db_url: str) -> None:
    runner = CliRunner()
    for args in (["story", "S999"], ["story", "twelve"], ["link", "abc"], ["stories", "merge", "S1"],
                 ["link", "0000", "1111", "--kind", "rewrite"]):
        result = runner.invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output and result.output.count("error") == 1, result.output
