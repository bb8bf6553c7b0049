"""Denials matched across reports: an event placed at the region its town is named with,
and an actor's description inside a claim, which the speaker does not assert."""

from __future__ import annotations

from link_records import claim, event, place, report

from claimledger.link.disputes import contradictions


def _capture(rid: str, speaker: str, side: str | None, text: str, town: str, kind: str, *,
             denied: bool = False, published: str = "2024-12-09") -> dict:
    return report(rid, published=published, outlet=f"{rid}.example", text=f"{text}, {speaker} said.",
                  places=[place("p1", town, "MM", kind=kind)],
                  claims=[claim("c1", speaker, text, side=side, polarity="denied" if denied else "affirmed",
                                cue="denied" if denied else "said", events=["e1"])],
                  events=[event("e1", "territory_change", actor="Arakan Army", place="p1",
                                certainty="denied" if denied else "asserted", claims=["c1"], text=text)])


def _denials(records: list[dict]) -> list:
    return [c for c in contradictions(records, {}) if c.kind == "denial"]


def test_a_capture_denied_at_the_region_its_town_is_named_with_contradicts():
    records = [_capture("aa", "Arakan Army spokesman Khaing Thukha", None,
                        "the Arakan Army took full control of Maungdaw", "Maungdaw", "city"),
               _capture("junta", "Myanmar's military government", "MM",
                        "the town of Maungdaw in Rakhine State had been taken by the Arakan Army", "Rakhine State",
                        "region", denied=True, published="2024-12-10")]
    (found,) = _denials(records)
    assert (found.a.document, found.b.document) == ("aa", "junta")


def test_a_capture_of_another_town_in_the_region_does_not():
    records = [_capture("aa", "Arakan Army spokesman Khaing Thukha", None,
                        "the Arakan Army took full control of Maungdaw", "Maungdaw", "city"),
               _capture("junta", "Myanmar's military government", "MM",
                        "the town of Sittwe in Rakhine State had been taken by the Arakan Army", "Rakhine State",
                        "region", denied=True, published="2024-12-10")]
    assert _denials(records) == []


def _said(rid: str, speaker: str, side: str | None, text: str, *, denied: bool = False) -> dict:
    return report(rid, published="2024-03-02", outlet=f"{rid}.example", text=f"{text}, {speaker} said.",
                  claims=[claim("c1", speaker, text, side=side, polarity="denied" if denied else "affirmed",
                                cue="denied" if denied else "said")])


def test_an_actor_s_description_in_a_claim_is_not_the_speaker_s_assertion():
    # a Houthi spokesman's claim, worded by the reporter with "Iran-backed"; Tehran denies arming them
    records = [_said("wire", "Houthi spokesman Yahya Saree", None,
                     "Iran-backed Houthis struck a tanker in the Gulf of Aden"),
               _said("tehran", "Iran's foreign ministry", "IR", "backing the Houthis", denied=True)]
    assert _denials(records) == []
    # said in so many words, the backing is asserted and the denial contradicts it
    records[0] = _said("wire", "a US Navy spokesman", "US", "Iran was backing the Houthis with missiles")
    assert len(_denials(records)) == 1


def test_one_denying_statement_is_one_contradiction_against_the_origin_not_its_relay():
    wire = _capture("wire", "Arakan Army spokesman Khaing Thukha", None,
                    "the Arakan Army took full control of Maungdaw", "Maungdaw", "city")
    relay = _capture("relay", "Arakan Army spokesman Khaing Thukha", None,
                     "the Arakan Army took full control of Maungdaw", "Maungdaw", "city")
    # the junta's report restates the capture it denies, in an unnamed voice
    junta = report("junta", published="2024-12-10", outlet="junta.example",
                   text="Maungdaw has not been taken by the Arakan Army, the military government said. "
                        "Reports that the Arakan Army controlled Maungdaw were lies, it said.",
                   places=[place("p1", "Maungdaw", "MM")],
                   claims=[claim("c1", "Myanmar's military government", "Maungdaw has not been taken by the "
                                 "Arakan Army", side="MM", polarity="denied", events=["e1"]),
                           claim("c2", "reports", "the Arakan Army controlled Maungdaw", kind="unnamed")],
                   events=[event("e1", "territory_change", actor="Arakan Army", place="p1", certainty="denied",
                                 claims=["c1"], text="Maungdaw has not been taken by the Arakan Army")])
    (one,) = _denials([relay, wire, junta])
    assert (one.b.document, one.b.claim) == ("junta", "c1")
    # the relay repeats the wire under its own id; told that its origin is the wire, the wire speaks
    (one,) = _denials_with_origins([relay, wire, junta], {"relay": "wire"})
    assert (one.a.document, one.b.document, one.b.claim) == ("wire", "junta", "c1")


def _denials_with_origins(records: list[dict], origins: dict[str, str]) -> list:
    return [c for c in contradictions(records, origins) if c.kind == "denial"]
