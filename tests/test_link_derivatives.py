"""Copies, rewrites and credited relays between stored reports, and their negatives.

The reports in tests/link_reports were written for these tests: five happenings (a
drone strike on a Sudanese market, a missile strike on Odesa's port, a Houthi missile
attack on a ship, a strike on a Gaza school shelter, a battle for a Myanmar town), told
by wires, their copies, rewrites and relays, and by independent outlets and state media
with their own reporters, witnesses and quotes.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimledger.analyze import analyze_many
from claimledger.documents import read_text
from claimledger.link.derivatives import COPY_CONTAINMENT, Link, compare, credited_links, order_agreement
from claimledger.link.facts import Fact, cue_lemma, figure_value, record_facts
from claimledger.link.shingles import band_keys, containment, lsh_params, minhash, word_shingles

REPORTS = Path(__file__).parent / "link_reports"

# Every derivative among the reports: (derivative, origin, kind). All other pairs are independent.
EXPECTED = {
    ("sudan-aggregator", "sudan-wire", "credited"),  # the wire pasted between a lead and a tail, credited
    ("sudan-rewrite", "sudan-wire", "rewrite"),  # reworded a day later, same facts in the same order
    ("sudan-rewrite", "sudan-aggregator", "rewrite"),  # ... and so also a rewrite of the wire's copy
    ("ukraine-relay", "ukraine-wire", "credited"),  # condensed, "told the AP", "The Associated Press reported"
    ("ukraine-late-rewrite", "ukraine-wire", "rewrite"),  # two days later, quotes turned into paraphrase
    ("yemen-copy", "yemen-wire", "copy"),  # pasted without credit, last paragraphs dropped
    ("gaza-feed", "gaza-origin", "credited"),  # reworded, "The post … appeared first on Middle East Eye"
}


def load(path: Path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    return read_text(body, url=meta["url"], published=meta["published"], outlet=meta["outlet"], source=path.name)


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    paths = sorted(REPORTS.glob("*.txt"))
    return {p.stem: rec for p, rec in zip(paths, analyze_many([load(p) for p in paths], nlp), strict=True)}


@pytest.fixture(scope="module")
def links(records) -> dict[tuple[str, str], Link | None]:
    return {(a, b): compare(records[a], records[b]) for a, b in itertools.combinations(sorted(records), 2)}


def names(records: dict[str, dict], link: Link) -> tuple[str, str]:
    by_id = {r["document"]["id"]: name for name, r in records.items()}
    return by_id[link.document], by_id[link.origin]


# ---------------------------------------------------------------------- on the written reports


def test_exactly_the_derivatives_are_linked(records, links) -> None:
    found = {(*names(records, link), link.kind) for link in links.values() if link}
    assert found == EXPECTED


def test_independent_reports_of_one_event_are_not_derivatives(links) -> None:
    # Same event, same toll, often the same official and his words at a news conference;
    # but other reporters, witnesses, quotes and details.
    for pair in [("sudan-independent", "sudan-wire"), ("sudan-independent", "sudan-rewrite"),
                 ("sudan-presser", "sudan-wire"), ("sudan-presser", "sudan-rewrite"),
                 ("sudan-state", "sudan-wire"), ("sudan-update", "sudan-wire"), ("sudan-aggregator", "sudan-update"),
                 ("ukraine-independent", "ukraine-wire"), ("ukraine-state", "ukraine-wire"),
                 ("yemen-independent", "yemen-wire"), ("yemen-copy", "yemen-independent"),
                 ("myanmar-resistance", "myanmar-state")]:
        assert links[tuple(sorted(pair))] is None, pair


def test_a_copy_is_judged_by_containment(records, links) -> None:
    link = links[("yemen-copy", "yemen-wire")]
    assert link.kind == "copy" and link.evidence["containment"] >= 0.9
    assert link.evidence["direction"] == "date" and link.confidence >= 0.9


def test_a_wrapped_wire_is_credited_and_the_wrapper_derives(records, links) -> None:
    link = links[("sudan-aggregator", "sudan-wire")]
    assert names(records, link) == ("sudan-aggregator", "sudan-wire")
    assert link.kind == "credited" and link.evidence["content"] == "copy"
    assert link.evidence["direction"] == "credit" and link.evidence["how"] == "declared"
    assert link.confidence >= 0.95 and link.origin_outlet == "Reuters"


def test_a_rewrite_shares_facts_not_words(links) -> None:
    for pair in [("sudan-rewrite", "sudan-wire"), ("ukraine-late-rewrite", "ukraine-wire")]:
        link = links[pair]
        assert link.kind == "rewrite"
        assert link.evidence["containment"] < 0.2  # word shingles miss it
        assert link.evidence["order_agreement"] > 0.8
        assert "marchenko" in link.evidence["speakers"] or "khatim" in link.evidence["speakers"]
        assert len(link.evidence["figures"]) >= 2


def test_a_later_report_by_the_credited_outlet_is_not_the_origin(links) -> None:
    # The aggregator credits Reuters, but the Reuters update came out two days after it.
    assert links[("sudan-aggregator", "sudan-update")] is None


def test_the_decision_does_not_depend_on_argument_order(records, links) -> None:
    for (a, b), link in links.items():
        swapped = compare(records[b], records[a])
        assert (swapped is None) == (link is None)
        if link:
            assert (swapped.document, swapped.origin, swapped.kind) == (link.document, link.origin, link.kind)
            assert swapped.confidence == pytest.approx(link.confidence)


def test_links_are_json_and_confidence_in_range(links) -> None:
    for link in filter(None, links.values()):
        assert 0 < link.confidence <= 1
        assert json.loads(json.dumps(link.to_json()))["kind"] == link.kind


def test_credited_links_point_outside_the_ledger(records) -> None:
    (link,) = credited_links(records["sudan-aggregator"])
    assert (link.origin, link.origin_outlet, link.kind) == (None, "Reuters", "credited")
    assert link.confidence >= 0.9
    assert [ln.origin_outlet for ln in credited_links(records["ukraine-relay"])] == ["AP"]
    assert credited_links(records["sudan-wire"]) == []  # Reuters' own dateline
    assert credited_links(records["myanmar-resistance"]) == []  # "Myanmar Now could not verify", in Myanmar Now
    (feed,) = credited_links(records["gaza-feed"])
    # the reader cuts the feed's note as page furniture and declares the site it names
    assert (feed.origin_outlet, feed.evidence["how"]) == ("Middle East Eye", "declared")


def test_a_feed_credit_and_a_rewrite_make_a_credited_link(records, links) -> None:
    link = links[("gaza-feed", "gaza-origin")]
    assert names(records, link) == ("gaza-feed", "gaza-origin")
    assert (link.kind, link.evidence["content"], link.evidence["how"]) == ("credited", "rewrite", "declared")
    assert link.evidence["containment"] < 0.2 and {"nasser", "shanab", "touma"} <= set(link.evidence["speakers"])


def test_lsh_brings_up_copies_and_only_them(records) -> None:
    keys = {name: set(band_keys(minhash(word_shingles(r["document"]["text"])))) for name, r in records.items()}
    sharing = {(a, b) for a, b in itertools.combinations(sorted(keys), 2) if keys[a] & keys[b]}
    assert sharing == {("sudan-aggregator", "sudan-wire"), ("yemen-copy", "yemen-wire")}


# ---------------------------------------------------------------------- shingles and LSH


WIRE = ("Heavy fighting broke out on Tuesday between the army and the rebels around the northern town of Kalemie "
        "after the rebels attacked a checkpoint on the main road, killing six soldiers and wounding nine, a "
        "provincial official said. The rebels then moved toward the airport, where peacekeepers reinforced their "
        "positions with armoured vehicles and helicopters, according to a spokesman for the United Nations "
        "mission. Thousands of residents fled by boat across the lake, and aid groups warned that the town's "
        "only hospital was running out of medicines and fuel for its generators.")
LEAD = ("Here is the latest from eastern Congo, where our correspondents follow a conflict that has forced "
        "millions from their homes over three decades of war and broken peace deals. ")
TAIL = (" Subscribe to our morning newsletter for more reports from the region, and follow our live page for "
        "updates on the fighting as they come in from our partners on the ground.")


def test_shingles_ignore_case_punctuation_quotes_and_separators() -> None:
    assert word_shingles("The army said 1,200 people fled Syria’s north.") == \
        word_shingles("the army said 1200 people fled -- Syria's north")
    assert len(word_shingles("two words")) == 1 and word_shingles("  ") == set()


def test_a_wrapped_wire_is_contained_though_its_jaccard_is_low() -> None:
    wire, wrapped = word_shingles(WIRE), word_shingles(LEAD + WIRE + TAIL)
    assert containment(wire, wrapped) == 1.0
    assert containment(wrapped, wire) < 0.7
    assert set(band_keys(minhash(wire))) & set(band_keys(minhash(wrapped)))


def test_band_keys_are_stable_across_processes() -> None:
    here = band_keys(minhash(word_shingles(WIRE)))
    bands, _rows = lsh_params()
    assert len(here) == bands and here[0].startswith("b0:")
    code = ("from claimledger.link.shingles import *; import sys; "
            "print(','.join(band_keys(minhash(word_shingles(sys.argv[1])))))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, WIRE], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().split(",") == here
    assert band_keys(minhash(set())) == []


def bare(text: str, published: str | None = None, outlet: str | None = None, ident: str | None = None) -> dict:
    """A record with text only: copies are decided on the words."""
    return {"document": {"id": ident or f"sha256:{abs(hash(text))}", "text": text, "outlet": outlet, "url": None,
                         "published": published, "declared_origin": None},
            "claims": [], "figures": [], "events": [], "places": []}


def test_copy_threshold_separates_wrapped_wire_and_excerpt_from_a_shared_statement() -> None:
    wire = bare(WIRE, "2025-04-01")
    wrapped = bare(LEAD + WIRE + TAIL, "2025-04-01")
    first_half = WIRE[:WIRE.index(" Thousands")]
    excerpt = bare(LEAD + first_half, "2025-04-01")
    # Two other reports quoting one provincial statement word for word, each with its own story.
    statement = ('"The rebels attacked a checkpoint on the main road, killing six soldiers and wounding nine, '
                 'and we have sent reinforcements," the provincial governor said in a statement.')
    one = bare("Boats packed with families reached the far shore of the lake at dusk, where volunteers handed out "
               "water and blankets and a nurse treated children for exhaustion. " + statement, "2025-04-01")
    two = bare("Traders in the market said prices of flour and fuel had doubled within a day, and several banks "
               "kept their doors shut as gunfire echoed near the airport road. " + statement, "2025-04-01")
    assert compare(wrapped, wire).kind == "copy"
    assert compare(excerpt, wire).kind == "copy"
    shared = containment(word_shingles(one["document"]["text"]), word_shingles(two["document"]["text"]))
    assert 0.2 <= shared < COPY_CONTAINMENT  # churnalism would flag it as reuse; it is no copy
    assert compare(one, two) is None


def test_a_shared_sign_off_under_two_short_reports_is_no_copy() -> None:
    sign_off = ("Stay with Frontline Daily for more updates on the conflict in the region, and follow our "
                "correspondents on the ground.")
    one = bare("Rebels shelled the port overnight. " + sign_off, "2025-04-01", outlet="frontlinedaily.example")
    two = bare("The army reopened the northern road. " + sign_off, "2025-04-02", outlet="frontlinedaily.example")
    assert containment(word_shingles(one["document"]["text"]), word_shingles(two["document"]["text"])) >= 0.5
    assert compare(one, two) is None


def test_copy_direction_date_then_containment() -> None:
    wire, wrapped = bare(WIRE, "2025-04-02", ident="sha256:w"), bare(LEAD + WIRE + TAIL, "2025-04-01", ident="sha256:x")
    assert compare(wire, wrapped).document == "sha256:w"  # the later publication derives
    assert compare(wire, wrapped).evidence["direction"] == "date"
    wire["document"]["published"] = wrapped["document"]["published"] = None
    link = compare(wrapped, wire)
    assert (link.document, link.origin, link.evidence["direction"]) == ("sha256:x", "sha256:w", "containment")


def test_credit_decides_direction_and_kind() -> None:
    wire = bare(WIRE, "2025-04-01", outlet="reuters.com", ident="sha256:w")
    wrapped = bare(LEAD + WIRE + TAIL + "\nSource: Reuters", None, outlet="dailyfront.example", ident="sha256:x")
    link = compare(wire, wrapped)
    assert (link.document, link.kind, link.evidence["direction"]) == ("sha256:x", "credited", "credit")


def test_the_same_report_is_not_its_own_derivative() -> None:
    assert compare(bare(WIRE, ident="sha256:s"), bare(WIRE, ident="sha256:s")) is None


def test_a_record_without_document_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no document id"):
        compare({"claims": []}, bare(WIRE))
    with pytest.raises(ValueError, match="no document id"):
        credited_links({"document": {"text": "x"}})


# ---------------------------------------------------------------------- rewrites from facts


def facts_record(ident: str, published: str, people: list[str], figures: list[tuple[str, int, str | None]],
                 places: list[str], words: str = "") -> dict:
    """A record made of facts, in the order given (people, then figures, then places)."""
    rec = bare(words or f"text of {ident}", published, ident=ident)
    pos = 0
    for person in people:
        rec["claims"].append({"speaker": {"name": person, "kind": "person"}, "cue": "said", "span": [pos, pos + 5]})
        pos += 10
    for quantity, value, side in figures:
        rec["figures"].append({"value": value, "low": None, "high": None, "quantity": quantity, "side": side,
                               "span": [pos, pos + 5]})
        pos += 10
    for place in places:
        rec["places"].append({"name": place, "kind": "city", "geonames_id": None, "mentions": [[pos, pos + 5]]})
        pos += 10
    return rec


def test_rewrite_from_shared_speakers_figures_and_places() -> None:
    origin = facts_record("sha256:o", "2025-05-01", ["Aye Min", "Zaw Htet"], [("killed", 37, "MM"),
                          ("displaced", 4000, None)], ["Lashio"])
    rewrite = facts_record("sha256:r", "2025-05-02", ["Aye Min", "Zaw Htet"], [("killed", 37, None),
                           ("displaced", 4000, None)], ["Lashio"])
    link = compare(rewrite, origin)
    assert (link.document, link.origin, link.kind) == ("sha256:r", "sha256:o", "rewrite")
    assert link.evidence["order_agreement"] == 1.0 and link.evidence["days_apart"] == 1


def test_no_rewrite_on_one_shared_figure_or_far_apart_or_reordered() -> None:
    origin = facts_record("sha256:o", "2025-05-01", ["Aye Min", "Zaw Htet"], [("killed", 37, "MM"),
                          ("displaced", 4000, None)], ["Lashio"])
    only_figure = facts_record("sha256:f", "2025-05-01", [], [("killed", 37, "MM")], [])
    assert compare(only_figure, origin) is None
    later = facts_record("sha256:l", "2025-05-20", ["Aye Min", "Zaw Htet"], [("killed", 37, "MM"),
                         ("displaced", 4000, None)], ["Lashio"])
    assert compare(later, origin) is None
    other_side = facts_record("sha256:s", "2025-05-01", ["Aye Min", "Zaw Htet"], [("killed", 37, "CN"),
                              ("displaced", 4000, None)], ["Lashio"])
    assert "killed|37|MM" not in compare(other_side, origin).evidence["figures"]
    reordered = facts_record("sha256:x", "2025-05-01", ["Zaw Htet", "Aye Min"], [("displaced", 4000, None),
                             ("killed", 37, "MM")], ["Lashio"])
    for i, fact in enumerate(reversed(reordered["claims"] + reordered["figures"] + reordered["places"])):
        (fact.get("span") or fact.get("mentions")[0])[0] = i * 10
    assert compare(reordered, origin) is None


def test_independent_witnesses_keep_reports_apart() -> None:
    # Same officials and toll; each report adds its own named witnesses.
    base = dict(figures=[("killed", 37, "MM"), ("wounded", 52, None)], places=["Lashio"])
    one = facts_record("sha256:1", "2025-05-01", ["Aye Min", "Nang Seng", "Khin Oo", "Sai Lin"], **base)
    two = facts_record("sha256:2", "2025-05-01", ["Aye Min", "Hla Win", "Myo Thant", "Thura Zaw"], **base)
    assert compare(one, two) is None


def test_helpers() -> None:
    assert cue_lemma("told") == "tell" and cue_lemma("claiming") == "claim" and cue_lemma("Says") == "say"
    assert cue_lemma("according to") == "according to" and cue_lemma("denied") == "deny"
    assert figure_value({"value": 300, "low": None, "high": None}) == "300"
    assert figure_value({"value": None, "low": 3000, "high": 5000.0}) == "3000-5000"
    assert figure_value({"value": 2.5}) == "2.5"
    a = [Fact("person", f"person:{i}", 1.0, i) for i in range(4)]
    b = [Fact("person", f"person:{i}", 1.0, 10 - i) for i in range(4)]
    assert order_agreement(list(zip(a, a, strict=True))) == 1.0
    assert order_agreement(list(zip(a, b, strict=True))) == -1.0
    assert order_agreement(list(zip(a[:2], a[:2], strict=True))) is None


def test_record_facts_come_in_text_order(records) -> None:
    facts = record_facts(records["sudan-wire"])
    assert [f.position for f in facts] == sorted(f.position for f in facts)
    assert {"person:khatim", "person:idris", "fig:killed|23", "fig:wounded|41"} <= {f.key for f in facts}


def test_partly_reused_words_with_agreeing_facts_make_a_rewrite() -> None:
    # A third of the words kept and three facts in common: a partial copy, reworded.
    kept = " ".join(WIRE.split()[:30])
    origin = facts_record("sha256:o", "2025-04-01", ["Jean Mukendi"], [("killed", 16, None)], ["Kalemie"],
                          words=WIRE)
    partial = facts_record("sha256:p", "2025-04-01", ["Jean Mukendi"], [("killed", 16, None)], ["Kalemie"],
                           words=kept + " in the early hours. Local radio said the road to the lake was closed and "
                                        "schools shut their doors for the week while families waited for news of "
                                        "relatives in the villages along the shore, where fishermen had stopped "
                                        "going out and the market stood empty for a second day.")
    link = compare(partial, origin)
    assert link.kind == "rewrite" and 0.2 <= link.evidence["containment"] < COPY_CONTAINMENT
    # The same facts without the reused words are too few for a rewrite.
    partial["document"]["text"] = "Other words entirely, written by another reporter on another day."
    assert compare(partial, origin) is None


def test_three_agreeing_figures_tell_a_report_without_named_sources() -> None:
    # A Sahel village raid told without named sources: the rewrite carries its four figures
    # and three places, reworded; an independent report shares the toll and the places only.
    figures = [("killed", 14, None), ("wounded", 6, None), ("missing", 3, None), ("abducted", 4, None)]
    places = ["Bankass", "Ogossagou", "Mopti"]
    origin = facts_record("sha256:o", "2025-03-10", [], figures, places)
    rewrite = facts_record("sha256:r", "2025-03-11", [], figures, places)
    link = compare(rewrite, origin)
    assert (link.document, link.origin, link.kind) == ("sha256:r", "sha256:o", "rewrite")
    assert len(link.evidence["figures"]) == 4
    independent = facts_record("sha256:i", "2025-03-11", [], [("killed", 14, None), ("wounded", 6, None),
                               ("houses", 40, None), ("cattle", 300, None)], places)
    assert compare(independent, origin) is None


@pytest.mark.parametrize(
    ("rewrite", "wire"), [("sudan-rewrite", "sudan-wire"), ("ukraine-late-rewrite", "ukraine-wire")]
)
def test_undated_rewrite_takes_the_fuller_telling_as_its_origin(records, rewrite: str, wire: str) -> None:
    # plain-text pages often carry no date: a rewrite condenses, so the fuller report is the origin
    undated = {name: json.loads(json.dumps(records[name])) for name in (rewrite, wire)}
    for record in undated.values():
        record["document"]["published"] = None
    for a, b in ((rewrite, wire), (wire, rewrite)):
        link = compare(undated[a], undated[b])
        assert link is not None and link.kind == "rewrite"
        assert names(records, link) == (rewrite, wire), link.evidence["direction"]
