"""Contradictions and silences are between independent origins: a wire's copies and rewrites
repeat the wire, they do not dispute anyone again. Reports written for this test: a drone
strike on a market near Niono, in central Mali, told by a wire, relayed by three outlets in
their own words, and disputed by the army in a report of its own."""

from __future__ import annotations

from link_records import claim, figure, place, report

from claimledger.link.disputes import contradictions, silences

WIRE_CLAIM = "the drone strike killed civilians at the Niono market"


def _toll(rid: str, published: str, speaker: str, value: float, number: str, *, side: str | None = None,
          claim_text: str = WIRE_CLAIM, text: str = "") -> dict:
    return report(rid, published=published, outlet=f"{rid}.example", text=text,
                  places=[place("p1", "Niono", "ML")],
                  claims=[claim("c1", speaker, claim_text, side=side, figures=["f1"])],
                  figures=[figure("f1", value, "killed", text=number, claim="c1", place="p1",
                                  approximate="about" in number)])


def _wire_family() -> tuple[list[dict], dict[str, str]]:
    """The wire, a verbatim copy, and two rewrites that name the speaker otherwise."""
    records = [
        _toll("wire", "2025-02-03", "a local official", 30, "at least 30 people"),
        _toll("copy", "2025-02-03", "a local official", 30, "at least 30 people"),
        _toll("rewrite", "2025-02-04", "the Niono mayor's office", 30, "no fewer than 30 people",
              claim_text="Drone strike killed civilians at Niono market, the mayor's office said"),
        _toll("digest", "2025-02-04", "local officials", 30, "about 30 people",
              claim_text="civilians killed by a drone strike at the Niono market"),
    ]
    return records, {"copy": "wire", "rewrite": "wire", "digest": "wire"}


def _army(rid: str = "army", published: str = "2025-02-04") -> dict:
    return _toll(rid, published, "Mali's army", 6, "six people", side="ML",
                 claim_text="six people, all of them armed fighters, were killed near Niono")


def test_a_report_disputing_a_rewritten_wire_is_one_contradiction_carried_by_every_rewrite():
    records, origins = _wire_family()
    found = [c for c in contradictions(records + [_army()], origins) if c.kind == "figures"]
    assert len(found) == 1
    (one,) = found
    wire_side, army_side = (one.a, one.b) if one.a.origin == "wire" else (one.b, one.a)
    assert wire_side.document == "wire" and army_side.document == "army"
    assert wire_side.documents == ["wire", "copy", "digest", "rewrite"]
    assert wire_side.outlets == ["wire.example", "copy.example", "digest.example", "rewrite.example"]
    assert army_side.documents == ["army"] and army_side.side == "ML"
    assert one.as_dict()["a"]["documents"] and one.as_dict()["b"]["documents"]


def test_without_the_links_each_outlet_is_its_own_origin_and_disputes_on_its_own():
    records, _ = _wire_family()
    found = [c for c in contradictions(records + [_army()], {}) if c.kind == "figures"]
    # one per pair of speaker families: the local official's ("local officials" is one with it) and
    # the mayor's office's, each against the army
    assert len(found) == 2
    assert all(len(c.a.documents) == 1 and len(c.b.documents) == 1 for c in found)


def test_two_sources_one_report_quotes_against_each_other_dispute_once_however_many_copies():
    # the wire quotes the army's count beside the local official's: two sources, one dispute
    wire = _toll("wire", "2025-02-03", "a local official", 30, "at least 30 people")
    army = _army()
    wire["claims"].append(dict(army["claims"][0], id="c2", figures=["f2"]))
    wire["figures"].append(dict(army["figures"][0], id="f2", claim="c2"))
    alone = contradictions([wire], {})
    assert len(alone) == 1 and (alone[0].a.document, alone[0].b.document) == ("wire", "wire")
    # a copy repeating the army's count adds no dispute of its own: it carries the wire's
    copy = _toll("copy", "2025-02-04", "Mali's army", 6, "six people", side="ML",
                 claim_text="six people, all of them armed fighters, were killed near Niono")
    with_copy = contradictions([wire, copy], {"copy": "wire"})
    assert len(with_copy) == 1
    assert {"wire", "copy"} <= set(with_copy[0].a.documents) | set(with_copy[0].b.documents)
    # the army's count told again by a report of its own: still one pair of families, one dispute
    assert len(contradictions([wire, _army("own")], {})) == 1


def test_a_derivative_never_disputes_its_own_origin():
    wire = _toll("wire", "2025-02-03", "a local official", 30, "at least 30 people")
    rewrite = _toll("rewrite", "2025-02-04", "Mali's army", 6, "six people", side="ML",
                    claim_text="six people, all of them armed fighters, were killed near Niono")
    assert contradictions([wire, rewrite], {"rewrite": "wire"}) == []
    assert len(contradictions([wire, rewrite], {})) == 1


def test_a_family_s_figure_carried_under_another_name_is_still_its_update():
    records, origins = _wire_family()
    # a week later the mayor's office (named so in a rewrite of the wire) gives a higher toll itself
    later = _toll("later", "2025-02-09", "the Niono mayor's office", 45, "45 people",
                  claim_text="the toll from the market strike had reached 45, the mayor's office said")
    assert [c for c in contradictions(records + [later], origins) if c.kind == "figures"] == []


def _denial(rid: str, text: str, published: str = "2025-02-05") -> dict:
    return report(rid, published=published, outlet=f"{rid}.example",
                  claims=[claim("c1", "Mali's army", text, side="ML", cue="denied", polarity="denied")])


def test_a_denial_relayed_and_reworded_is_one_contradiction_with_its_carriers():
    records, origins = _wire_family()
    records += [_denial("deny", "civilians were killed at the Niono market"),
                _denial("deny-copy", "civilians were killed at the Niono market", "2025-02-06"),
                _denial("deny-rewrite", "civilians died when the Niono market was struck", "2025-02-06")]
    origins |= {"deny-copy": "deny", "deny-rewrite": "deny"}
    found = [c for c in contradictions(records, origins) if c.kind == "denial"]
    assert len(found) == 1
    (one,) = found
    assert one.a.origin == "wire" and one.b.document == "deny"
    assert set(one.b.documents) == {"deny", "deny-copy", "deny-rewrite"}
    assert one.a.documents[0] == "wire" and {"copy", "digest"} <= set(one.a.documents)


def test_a_denial_one_report_quotes_against_another_source_is_one_contradiction():
    # a report that says the market was hit and carries the army's denial of it
    both = report("both", published="2025-02-05", outlet="both.example", claims=[
        claim("c1", "a local official", WIRE_CLAIM),
        claim("c2", "Mali's army", "civilians were killed at the Niono market", side="ML", cue="denied",
              polarity="denied")])
    found = contradictions([both], {})
    assert [(c.kind, c.a.document, c.b.document) for c in found] == [("denial", "both", "both")]
    # its copy carries the same dispute: still one
    copy = report("copy", published="2025-02-06", outlet="copy.example",
                  claims=[dict(c) for c in both["claims"]])
    assert len(contradictions([both, copy], {"copy": "both"})) == 1


def test_a_silence_reworded_by_a_rewrite_is_one_silence_of_its_origin():
    wire = report("wire", published="2025-02-03", outlet="wire.example",
                  text="A drone struck the Niono market. The army did not respond to a request for comment.")
    rewrite = report("rewrite", published="2025-02-04", outlet="rewrite.example",
                     text="Civilians died at the Niono market. There was no immediate comment from the army.")
    own = report("own", published="2025-02-04", outlet="own.example",
                 text="The army declined to comment on the strike.")
    found = silences([wire, rewrite, own], {"rewrite": "wire"})
    assert [(s.document, s.documents, s.kind) for s in found] == [
        ("wire", ["wire", "rewrite"], "no_response"), ("own", ["own"], "declined_to_comment")]
    # unlinked, the rewrite's silence is its own
    assert len(silences([wire, rewrite, own], {})) == 3


def test_two_silences_of_one_party_in_one_report_stay_two():
    text = ("The army declined to comment on the strike. The army has not acknowledged the deaths of civilians "
            "in Niono.")
    found = silences([report("wire", published="2025-02-03", text=text),
                      report("copy", published="2025-02-03", text=text)], {"copy": "wire"})
    assert [(s.kind, s.documents) for s in found] == [("declined_to_comment", ["wire", "copy"]),
                                                      ("not_acknowledged", ["wire", "copy"])]
