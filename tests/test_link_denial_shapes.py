"""Denials matched across reports, from the h75 blind link round (Thailand-Cambodia border,
tests/link_reports/thai-cambodia-border): a refusal to confirm or deny denies nothing; a
quote saying "has not retaken" denies the capture its paraphrase reports; the city where a
press conference was held is not where the fighting was; a dismissal of one strike ("a
hospital") is no denial of another ("villages"); a claim sharing only a name with a denial
is no assertion it denies. Examples written for these tests, across other wars."""

from __future__ import annotations

from link_records import claim, event, place, report

from claimledger.link.disputes import contradictions
from claimledger.link.silences import is_silence_claim


def _denials(records: list[dict]) -> list:
    return [c for c in contradictions(records, {}) if c.kind == "denial"]


def _strike(rid: str, speaker: str, side: str, text: str, target: str, *, denied: bool = False,
            town: str = "Kadugli", published: str = "2025-06-02") -> dict:
    rec = report(rid, published=published, outlet=f"{rid}.example", text=f"{speaker} said {text}.",
                 places=[place("p1", town, "SD")],
                 claims=[claim("c1", speaker, text, side=side, polarity="denied" if denied else "affirmed",
                               cue="dismissed" if denied else "said", events=["e1"])],
                 events=[event("e1", "attack", actor="the army", actor_side="SD", place="p1",
                               certainty="denied" if denied else "asserted", claims=["c1"], text=text)])
    rec["events"][0]["target"] = {"name": target, "side": None}
    return rec


def test_a_dismissed_strike_on_one_target_is_no_denial_of_a_strike_on_another():
    market = _strike("splm", "SPLM-N spokesman", "SPLM-N", "army drones struck the livestock market in Kadugli",
                     "the livestock market")
    school = _strike("army", "the army spokesman", "SD", "army drones had hit a school in Kadugli", "a school",
                     denied=True, published="2025-06-03")
    assert _denials([market, school]) == []
    # the same target named by both: the dismissal contradicts the assertion
    market_denied = _strike("army", "the army spokesman", "SD", "army drones had struck the market in Kadugli",
                            "the market", denied=True, published="2025-06-03")
    assert len(_denials([market, market_denied])) == 1


def test_a_named_target_the_other_report_never_mentions_parts_them():
    # the assertion reads no target ("opened fire on a patrol"), the dismissal names a hospital
    patrol = _strike("wire", "the border police", "SD", "the army opened fire first on a patrol near Kadugli",
                     "")
    patrol["events"][0]["target"] = None
    hospital = _strike("army", "the army spokesman", "SD", "army shells had struck a hospital in Kadugli",
                       "a hospital", denied=True, published="2025-06-03")
    assert _denials([patrol, hospital]) == []


def test_neither_confirming_nor_denying_denies_nothing():
    text = ("The defence ministry neither confirmed nor denied that its jets had bombed the bridge at Sittwe. "
            "Rebels said jets had bombed the bridge at Sittwe.")
    said = "its jets had bombed the bridge at Sittwe"
    refusal = claim("c1", "the defence ministry", said, side="MM", polarity="denied", cue="denied")
    at = text.find("denied that")
    refusal["cue_span"] = [at, at + len("denied")]
    assert is_silence_claim(refusal, text)
    assert not is_silence_claim(refusal)  # without the report's words, the cue alone decides
    plain = "The defence ministry denied that its jets had bombed the bridge at Sittwe."
    denial = dict(refusal, cue_span=[plain.find("denied"), plain.find("denied") + 6])
    assert not is_silence_claim(denial, plain)
    ministry = report("mm", published="2025-01-10", outlet="mm.example", text=text,
                      places=[place("p1", "Sittwe", "MM")], claims=[refusal],
                      events=[event("e1", "attack", actor="its jets", place="p1", certainty="denied",
                                    claims=["c1"], text=said)])
    rebels = report("aa", published="2025-01-10", outlet="aa.example", text="Rebels said jets had bombed the "
                    "bridge at Sittwe.", places=[place("p1", "Sittwe", "MM")],
                    claims=[claim("c1", "Rebels", "jets had bombed the bridge at Sittwe", events=["e1"])],
                    events=[event("e1", "attack", actor="jets", place="p1", claims=["c1"],
                                  text="jets had bombed the bridge at Sittwe")])
    assert _denials([rebels, ministry]) == []


def _capture_claimed() -> dict:
    text = "Rebel spokesman Ali Musa said: Our fighters have recaptured the Dolo Bridge and hold the road."
    return report("rebels", published="2025-03-01", outlet="rebels.example", text=text,
                  places=[place("p1", "Gedo", "SO", kind="region")],
                  claims=[claim("c1", "Ali Musa", "Our fighters have recaptured the Dolo Bridge and hold the road",
                                kind="person", events=["e1"])],
                  events=[event("e1", "territory_change", actor="Our fighters", actor_side="REB", place="p1",
                                claims=["c1"], text="Our fighters have recaptured the Dolo Bridge")])


def _ministry_rejects(venue: str = "told a news conference in") -> dict:
    paraphrase = "rebels had recaptured the Dolo Bridge"
    quote = "The rebels have not recaptured the Dolo Bridge. Our troops are on it"
    text = (f"The defence ministry on Sunday rejected claims that {paraphrase}. \"{quote},\" ministry "
            f"spokesman Abdi Nur {venue} Mogadishu.")
    rec = report("ministry", published="2025-03-02", outlet="ministry.example", text=text,
                 places=[place("p1", "Mogadishu", "SO")],
                 claims=[claim("c1", "the defence ministry", paraphrase, side="SO", polarity="denied",
                               cue="rejected", events=["e1"]),
                         claim("c2", "Abdi Nur", quote, side="SO", kind="person", cue="told", events=["e1"])],
                 events=[event("e1", "territory_change", actor="rebels", actor_side="REB", place="p1",
                               certainty="denied", claims=["c1", "c2"], text=paraphrase)])
    rec["places"][0]["mentions"] = [[text.find("Mogadishu"), text.find("Mogadishu") + 9]]
    rec["claims"][1]["mode"] = "direct"
    return rec


def test_a_quote_saying_not_recaptured_is_the_ministry_s_one_denial_of_the_capture():
    (found,) = _denials([_capture_claimed(), _ministry_rejects()])
    assert (found.a.document, found.b.document) == ("rebels", "ministry")
    # the spokesman's own words stand for the ministry's paraphrase of them: one denial
    assert found.b.claim == "c2"


def test_the_city_of_a_press_conference_does_not_place_the_denied_capture():
    # told at a news conference in Mogadishu, the denial is of the capture in Gedo: it matches;
    # a capture the report places in Mogadishu ("said in Mogadishu" is no venue's wording
    # here: "fighting in Mogadishu") would be another town's
    assert len(_denials([_capture_claimed(), _ministry_rejects()])) == 1
    assert _denials([_capture_claimed(), _ministry_rejects("said after fighting in")]) == []


def test_a_claim_sharing_only_a_name_with_a_denial_asserts_nothing_it_denies():
    calm = report("army", published="2025-03-03", outlet="army.example",
                  text="The situation around the Dolo Bridge was calm, the army said.",
                  claims=[claim("c1", "the army", "The situation around the Dolo Bridge was calm", side="SO")])
    denial = report("rebels", published="2025-03-03", outlet="rebels.example",
                    text="The rebels denied they had blown up the Dolo Bridge.",
                    claims=[claim("c1", "The rebels", "they had blown up the Dolo Bridge", side="REB",
                                  polarity="denied", cue="denied")])
    assert _denials([calm, denial]) == []
    blown = report("army", published="2025-03-03", outlet="army.example",
                   text="Rebels blew up the Dolo Bridge, the army said.",
                   claims=[claim("c1", "the army", "Rebels blew up the Dolo Bridge", side="SO")])
    blown["claims"][0]["text"] = "Rebels had blown up the Dolo Bridge"
    assert len(_denials([blown, denial])) == 1


def _hospital(body: str, *, title: str | None = None, speaker: str | None = None) -> dict:
    words = "Rebel rocket hits hospital in Beni"
    claims = [claim("c1", speaker, words, side="CD", events=["e1"])] if speaker else []
    rec = report("local", published="2025-04-02", outlet="local.example", text=body, title=title,
                 places=[place("p1", "Beni", "CD")], claims=claims,
                 events=[event("e1", "attack", actor="Rebel rocket", place="p1", claims=["c1"] if speaker else [],
                               text=words)])
    rec["events"][0]["target"] = {"name": "hospital", "side": None}
    return rec


def _dismissal() -> dict:
    text = "The ADF dismissed as lies reports that its rockets had hit a hospital in Beni."
    said = "its rockets had hit a hospital in Beni"
    rec = report("adf", published="2025-04-03", outlet="adf.example", text=text, places=[place("p1", "Beni", "CD")],
                 claims=[claim("c1", "The ADF", said, side="ADF", polarity="denied", cue="dismissed", events=["e1"])],
                 events=[event("e1", "attack", actor="its rockets", place="p1", certainty="denied", claims=["c1"],
                               text=said)])
    rec["events"][0]["target"] = {"name": "a hospital", "side": None}
    return rec


def test_a_headline_left_in_the_text_is_no_statement_a_dismissal_contradicts():
    title = "Rebel rocket hits hospital in Beni"
    body = f"{title}\n\nA rocket landed in the yard of Beni general hospital on Tuesday, staff said."
    assert _denials([_hospital(body, title=title), _dismissal()]) == []
    # an untitled page whose headline the reader left as a line of its own: the same
    assert _denials([_hospital(body), _dismissal()]) == []
    # said in the body by a party, the strike is asserted and the dismissal contradicts it
    body = "The governor said: Rebel rocket hits hospital in Beni. Staff moved patients to safety."
    (found,) = _denials([_hospital(body, speaker="the governor"), _dismissal()])
    assert (found.a.document, found.b.document) == ("local", "adf")
