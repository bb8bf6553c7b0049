"""Contradictions (figures beyond tolerance, assertions against denials) and silences."""

from __future__ import annotations

import json

import pytest
from link_records import analysed_sudan_story, claim, event, figure, place, report

from claimledger.link.disputes import contradictions, silences


def toll(rid: str, published: str | None, speaker: str, value: float, *, speaker_side: str | None = None,
         text: str | None = None, approximate: bool = False, low: float | None = None, high: float | None = None,
         counted: str = "UA") -> dict:
    return report(rid, published=published, outlet=f"{rid}.example", places=[place("p1", "Avdiivka", "UA")],
                  claims=[claim("c1", speaker, "troops were killed", side=speaker_side, figures=["f1"])],
                  figures=[figure("f1", value, "killed", side=counted, text=text, claim="c1", place="p1",
                                  approximate=approximate, low=low, high=high)])


def figure_disputes(records, origins=None, **kw):
    return [c for c in contradictions(records, origins or {}, **kw) if c.kind == "figures"]


# ---------------------------------------------------------------- figures
def test_independent_sources_beyond_their_tolerances_contradict_with_both_sources_shown():
    found = figure_disputes([toll("a", "2024-02-15", "Russia's Defence Ministry", 1500, speaker_side="RU",
                                  approximate=True, text="about 1,500 servicemen"),
                             toll("b", "2024-02-17", "Ukraine's General Staff", 300, speaker_side="UA")])
    assert len(found) == 1
    c = found[0]
    assert (c.a.document, c.a.speaker, c.a.side, c.a.published) == ("a", "Russia's Defence Ministry", "RU",
                                                                     "2024-02-15")
    assert (c.b.document, c.b.speaker, c.b.side, c.b.value) == ("b", "Ukraine's General Staff", "UA", 300)
    assert c.a.text == "about 1,500 servicemen" and c.a.interval == pytest.approx((1200, 1800))
    assert "do not overlap" in c.detail


@pytest.mark.parametrize("a,b", [
    (dict(value=4000, approximate=True, text="about 4,000 troops"), dict(value=4500)),  # 3,200–4,800 holds 4,500
    (dict(value=250, low=200, high=300, approximate=True, text="between 200 and 300 troops"), dict(value=290)),
    (dict(value=100, approximate=True, text="at least 100 troops"), dict(value=640)),  # a floor allows more
    (dict(value=400, approximate=True, text="up to 400 troops"), dict(value=90)),  # a ceiling allows fewer
    (dict(value=100, approximate=True, text="hundreds of troops"), dict(value=700)),
    (dict(value=300), dict(value=310)),  # a plain number allows 5%
])
def test_values_within_each_other_s_tolerance_do_not_contradict(a, b):
    records = [toll("a", "2024-02-15", "Russia's Defence Ministry", speaker_side="RU", **a),
               toll("b", "2024-02-15", "Ukraine's General Staff", speaker_side="UA", **b)]
    assert figure_disputes(records) == []


@pytest.mark.parametrize("a,b", [
    (dict(value=100, approximate=True, text="hundreds of troops"), dict(value=40, approximate=True,
                                                                        text="about 40 troops")),
    (dict(value=250, low=200, high=300, approximate=True, text="between 200 and 300 troops"), dict(value=500)),
    (dict(value=400, approximate=True, text="nearly 400 troops"), dict(value=200)),
    (dict(value=1000, approximate=True, text="more than 1,000 troops"), dict(value=600, approximate=True,
                                                                             text="some 600 troops")),
])
def test_values_outside_each_other_s_tolerance_contradict(a, b):
    records = [toll("a", "2024-02-15", "Russia's Defence Ministry", speaker_side="RU", **a),
               toll("b", "2024-02-16", "Ukraine's General Staff", speaker_side="UA", **b)]
    assert len(figure_disputes(records)) == 1


def test_an_update_by_one_family_is_not_a_contradiction():
    records = [toll("a", "2024-02-10", "Ukraine's General Staff", 100, speaker_side="UA"),
               toll("b", "2024-02-12", "Ukraine's defence minister", 900, speaker_side="UA")]
    assert figure_disputes(records) == []


def test_copies_of_one_origin_do_not_contradict_or_multiply():
    records = [toll("wire", "2024-02-10", "Russia's Defence Ministry", 1500, speaker_side="RU"),
               toll("copy", "2024-02-11", "Russia's Defence Ministry", 1500, speaker_side="RU"),
               toll("b", "2024-02-11", "Ukraine's General Staff", 300, speaker_side="UA")]
    found = figure_disputes(records, {"copy": "wire"})
    assert len(found) == 1 and found[0].a.document == "wire"


def test_figures_weeks_apart_describe_different_moments():
    records = [toll("a", "2024-02-01", "Russia's Defence Ministry", 1500, speaker_side="RU"),
               toll("b", "2024-03-01", "Ukraine's General Staff", 300, speaker_side="UA")]
    assert figure_disputes(records) == []
    assert len(figure_disputes(records, window_days=40)) == 1


def test_one_contradiction_per_pair_of_families_the_most_recent():
    records = [toll("a", "2024-02-01", "Russia's Defence Ministry", 1500, speaker_side="RU"),
               toll("b", "2024-02-02", "Ukraine's General Staff", 300, speaker_side="UA"),
               toll("c", "2024-02-05", "Russia's Defence Ministry", 1700, speaker_side="RU"),
               toll("d", "2024-02-06", "Ukraine's General Staff", 350, speaker_side="UA")]
    found = figure_disputes(records)
    assert len(found) == 1 and {found[0].a.document, found[0].b.document} == {"c", "d"}


# ---------------------------------------------------------------- denials
def _withdrawal(rid: str, speaker: str, side: str | None, text: str, *, certainty: str = "asserted",
                polarity: str = "affirmed", etype: str = "withdraw", town: str = "Shire", country: str = "ET",
                event_text: str | None = None, published: str = "2025-02-10") -> dict:
    body = f"{text}, {speaker} said."
    return report(rid, published=published, outlet=f"{rid}.example", text=body,
                  places=[place("p1", town, country, kind="region")],
                  claims=[claim("c1", speaker, text, side=side, polarity=polarity,
                                cue="denied" if polarity == "denied" else "said", events=["e1"])],
                  events=[event("e1", etype, actor="Eritrean troops", actor_side="ER", place="p1",
                                certainty=certainty, claims=["c1"], text=event_text or text)])


def test_a_withdrawal_asserted_by_one_side_and_denied_by_another_contradicts():
    records = [_withdrawal("a", "Ethiopia's Prime Minister Abiy Ahmed", "ET", "Eritrean troops pulled back from Shire"),
               _withdrawal("b", "the US State Department", "US", "Eritrean troops pulled back from Shire",
                           certainty="denied", polarity="denied")]
    found = [c for c in contradictions(records, {}) if c.kind == "denial"]
    assert len(found) == 1
    c = found[0]
    assert c.subject == "withdraw at shire"
    assert (c.a.speaker, c.a.side, c.a.document) == ("Ethiopia's Prime Minister Abiy Ahmed", "ET", "a")
    assert (c.b.speaker, c.b.side, c.b.document) == ("the US State Department", "US", "b")


def test_one_denial_against_many_asserting_voices_is_one_contradiction_with_the_weightiest():
    records = [_withdrawal("a", "a local elder", None, "Eritrean troops pulled back from Shire",
                           published="2021-06-01"),
               _withdrawal("b", "Ethiopia's government", "ET", "Eritrean troops pulled back from Shire",
                           published="2021-06-03"),
               _withdrawal("c", "the US State Department", "US", "Eritrean troops pulled back from Shire",
                           certainty="denied", polarity="denied", published="2021-06-04")]
    found = [c for c in contradictions(records, {}) if c.kind == "denial"]
    assert len(found) == 1 and found[0].a.speaker == "Ethiopia's government" and found[0].b.side == "US"


def test_liberated_against_not_retaken_contradicts_by_the_negation_on_the_event():
    records = [_withdrawal("a", "Russia's Defence Ministry", "RU", "Russian forces fully liberated the village of "
                           "Krasnohorivka", etype="territory_change", town="Krasnohorivka", country="UA",
                           event_text="fully liberated the village of Krasnohorivka"),
               _withdrawal("b", "Ukraine's General Staff", "UA", "Russian forces have not retaken Krasnohorivka",
                           etype="territory_change", town="Krasnohorivka", country="UA",
                           event_text="retaken Krasnohorivka")]
    found = [c for c in contradictions(records, {}) if c.kind == "denial"]
    assert len(found) == 1 and found[0].a.side == "RU" and found[0].b.side == "UA"


def test_events_at_different_places_or_of_different_types_do_not_contradict():
    records = [_withdrawal("a", "Ethiopia's government", "ET", "Eritrean troops pulled back from Shire"),
               _withdrawal("b", "the US State Department", "US", "Eritrean troops pulled back from Axum",
                           certainty="denied", polarity="denied", town="Axum"),
               _withdrawal("c", "the US State Department", "US", "Eritrean troops deployed to Shire",
                           certainty="denied", polarity="denied", etype="deploy")]
    assert [c for c in contradictions(records, {}) if c.kind == "denial"] == []


def test_one_family_asserting_and_denying_is_not_a_contradiction_between_sides():
    records = [_withdrawal("a", "Ethiopia's foreign ministry", "ET", "Eritrean troops pulled back from Shire"),
               _withdrawal("b", "the Ethiopian army", "ET", "Eritrean troops pulled back from Shire",
                           certainty="denied", polarity="denied")]
    assert [c for c in contradictions(records, {}) if c.kind == "denial"] == []


def test_a_denying_claim_contradicts_an_affirmed_claim_of_the_same_content():
    records = [report("a", published="2024-01-10", claims=[
                   claim("c1", "Israel Defense Forces", "its aircraft struck a Hamas command centre in Khan Younis",
                         side="IL")]),
               report("b", published="2024-01-11", claims=[
                   claim("c1", "Hamas", "any command centre existed in the Khan Younis hospital", cue="denied",
                         polarity="denied")])]
    found = contradictions(records, {})
    assert len(found) == 1 and found[0].kind == "denial"
    assert found[0].a.speaker == "Israel Defense Forces" and found[0].b.speaker == "Hamas"


def test_not_acknowledging_is_silence_not_denial():
    records = [report("a", claims=[claim("c1", "Syrian army", "rebels took the airbase", side="SY")]),
               report("b", claims=[claim("c1", "Damascus", "rebels took the airbase", side="SY",
                                         cue="acknowledgment", polarity="denied")]),
               report("c", claims=[claim("c1", "Turkey", "rebels took the airbase", side="TR")])]
    assert contradictions(records, {}) == []
    quiet = silences(records, {})
    assert [(s.party, s.side, s.kind, s.claim) for s in quiet] == [("Damascus", "SY", "not_acknowledged", "c1")]


def test_contradictions_are_json():
    records = [toll("a", "2024-02-15", "Russia's Defence Ministry", 1500, speaker_side="RU"),
               toll("b", "2024-02-17", "Ukraine's General Staff", 300, speaker_side="UA")]
    data = json.loads(json.dumps([c.as_dict() for c in contradictions(records, {})]))
    assert data[0]["a"]["interval"] == [1425, 1575] and data[0]["b"]["side"] == "UA"


# ---------------------------------------------------------------- silences in the text
SILENT = [
    ("The Kremlin did not comment on the report.", "The Kremlin", "RU", "no_comment"),
    ("Moscow has not acknowledged sending any conscripts across the border.", "Moscow", "RU", "not_acknowledged"),
    ("Asked about the strike, the Israeli military declined to comment.", "the Israeli military", "IL",
     "declined_to_comment"),
    ("The interior ministry in Khartoum did not respond to a request for comment.",
     "The interior ministry in Khartoum", "SD", "no_response"),
    ("There has been no acknowledgment by Tehran of any casualties.", "Tehran", "IR", "not_acknowledged"),
    ("A junta spokesman refused to confirm or deny that the airbase had been hit.", "A junta spokesman", None,
     "neither_confirmed_nor_denied"),
    ("Officials in Sanaa would neither confirm nor deny the sinking.", "Officials in Sanaa", "YE",
     "neither_confirmed_nor_denied"),
    ("Hamas has remained silent about the fate of its commander.", "Hamas", None, "silent"),
    ("M23 rebels could not be reached for comment on Sunday.", "M23 rebels", None, "no_response"),
    # Wagner is a state contractor (data/state_forces.tsv): it speaks for Russia
    ("There was no immediate comment from the Wagner group.", "the Wagner group", "RU", "no_comment"),
    ("The French defence ministry said it was studying the footage but did not confirm the losses.",
     "The French defence ministry", "FR", "not_confirmed"),
    ("Damascus has yet to publicly acknowledge the loss of the airbase.", "Damascus", "SY", "not_acknowledged"),
    ("The Pentagon was not immediately available for comment.", "The Pentagon", "US", "no_response"),
    ("Beijing made no comment on the patrols.", "Beijing", "CN", "no_comment"),
    ("Ethiopia's government did not immediately reply to emailed questions.", "Ethiopia's government", "ET",
     "no_response"),
    ("U.S. Central Command did not comment on the Red Sea strikes.", "U.S. Central Command", "US", "no_comment"),
    ("A spokesman for Gen. Abdel Fattah al-Burhan declined to comment.", "A spokesman for Gen. Abdel Fattah al-Burhan",
     None, "declined_to_comment"),
]


@pytest.mark.parametrize("sentence,party,side,kind", SILENT)
def test_silence_phrasings_give_party_side_and_kind(sentence, party, side, kind):
    record = report("r", published="2024-04-02", outlet="desk.example",
                    text=f"Fighting went on through the night. {sentence} Residents fled south.")
    found = silences([record], {})
    assert len(found) == 1, found
    s = found[0]
    assert (s.party, s.side, s.kind) == (party, side, kind)
    assert s.sentence == sentence and (s.document, s.published, s.outlet) == ("r", "2024-04-02", "desk.example")
    assert record["document"]["text"][s.span[0]:s.span[1]] == sentence


@pytest.mark.parametrize("sentence", [
    "Israel did not respond to the rocket fire overnight.",
    "The guns were silent by midnight.",
    "The convoy did not reach the town.",
    "The ministry said 40 soldiers were killed.",
    "The front line remained quiet on Tuesday.",
    "Reuters could not independently confirm the casualty figures.",
    "The Associated Press did not confirm the account.",
    "Rights monitors could not confirm the number of dead in Deir ez-Zor.",
])
def test_sentences_that_are_not_silences(sentence):
    assert silences([report("r", text=sentence)], {}) == []


def test_a_pronoun_is_the_speaker_of_the_claim_before_it():
    text = "The Sudanese army said it had repelled the attack. It did not respond to questions about its losses."
    record = report("r", text=text, claims=[claim("c1", "The Sudanese army", "it had repelled the attack",
                                                  side="SD")])
    found = silences([record], {})
    assert [(s.party, s.side, s.kind) for s in found] == [("The Sudanese army", "SD", "no_response")]


def test_the_army_of_a_report_about_one_state_takes_that_state_s_side():
    text = ("Syrian rebels said they entered Hama. Syria's army had pulled back from Hama, Syrian troops said. "
            "The army declined to comment on the losses.")
    found = silences([report("r", text=text)], {})
    assert [(s.party, s.side) for s in found] == [("The army", "SY")]


# ---------------------------------------------------------------- analysed reports
@pytest.fixture(scope="module")
def story(nlp):
    return analysed_sudan_story(nlp)


def test_the_analysed_story_has_its_silences_and_the_denial_one_report_quotes(story):
    ids = [r["document"]["id"] for r in story]
    found = silences(story, {ids[1]: ids[0]})
    assert [(s.party, s.side, s.kind, s.published) for s in found] == [
        ("The Sudanese army", "SD", "declined_to_comment", "2024-06-03"),
        ("The Rapid Support Forces", None, "no_response", "2024-07-01")]
    disputes = contradictions(story, {ids[1]: ids[0]})
    # one report quotes the RSF's claim of a withdrawal and the army's denial: two sources
    denial = [c for c in disputes if c.kind == "denial"]
    assert len(denial) == 1
    assert denial[0].a.speaker == "Rapid Support Forces" and denial[0].b.speaker == "Nabil Abdallah"
    assert denial[0].subject == "withdraw at el fasher"
    # the UN's rising toll is one family's updates: no figure contradiction
    assert [c for c in disputes if c.kind == "figures"] == []


def test_copies_of_one_origin_carry_one_silence_and_one_denial():
    text = ("Kenyan police said they had dispersed the protest in Nairobi. "
            "The interior ministry declined to comment on the arrests.")
    records = [report("wire", published="2024-06-25", text=text),
               report("copy", published="2024-06-26", text="Reported from the capital. " + text),
               report("own", published="2024-06-26", text="The interior ministry declined to comment on the arrests.")]
    found = silences(records, {"copy": "wire"})
    assert [(s.document, s.documents) for s in found] == [("wire", ["wire", "copy"]), ("own", ["own"])]
    denial = [claim("c1", "Kenya's interior ministry", "police fired live rounds at the Nairobi protesters",
                    side="KE", cue="denied", polarity="denied")]
    records = [report("a", claims=[claim("c1", "Amnesty International",
                                         "police fired live rounds at the Nairobi protesters")]),
               report("d1", claims=[dict(c) for c in denial]), report("d2", claims=[dict(c) for c in denial])]
    assert len(contradictions(records, {"d2": "d1"})) == 1


def test_a_claim_reporting_a_denial_asserts_nothing():
    records = [report("a", published="2025-03-03", claims=[
                   claim("c1", "the People's Defence Force", "the airstrike killed civilians in Sagaing village")]),
               report("b", published="2025-03-02", claims=[
                   claim("c1", "a BBC correspondent", "the junta denied killing civilians in Sagaing village")]),
               report("c", published="2025-03-04", claims=[
                   claim("c1", "Myanmar's air force", "civilians were killed in Sagaing village", side="MM",
                         cue="denied", polarity="denied")])]
    found = contradictions(records, {})
    assert len(found) == 1 and found[0].a.speaker == "the People's Defence Force"


def test_figures_of_unrelated_things_are_never_compared():
    records = [toll("a", "2024-02-15", "Russia's Defence Ministry", 3, speaker_side="RU"),
               toll("b", "2024-02-15", "Ukraine's General Staff", 400, speaker_side="UA")]
    for r in records:
        r["figures"][0]["quantity"] = "other"
    assert contradictions(records, {}) == []


@pytest.fixture(scope="module")
def liberated(nlp):
    from claimledger.analyze import analyze_many
    from claimledger.model import Document

    texts = [("2023-09-01", "Russia's Defence Ministry said on Friday that its forces had fully liberated the village "
                            "of Robotyne in the Zaporizhzhia region."),
             ("2023-09-02", "Ukraine's General Staff said Russian troops had not retaken Robotyne and that fighting "
                            "continued on the village's southern outskirts.")]
    return list(analyze_many([Document(text=t, published=d, outlet=f"o{n}.example") for n, (d, t) in enumerate(texts)],
                             nlp))


def test_analysed_fully_liberated_against_not_retaken(liberated):
    found = contradictions(liberated, {})
    assert len(found) == 1
    c = found[0]
    assert (c.kind, c.subject) == ("denial", "territory_change at robotyne")
    assert (c.a.speaker, c.a.side, c.a.published) == ("Russia's Defence Ministry", "RU", "2023-09-01")
    assert (c.b.speaker, c.b.side, c.b.published) == ("Ukraine's General Staff", "UA", "2023-09-02")
    assert "not retaken" in c.b.text


def test_one_day_tolls_of_different_days_are_not_compared():
    records = [toll("a", "2024-02-10", "Russia's Defence Ministry", 120, speaker_side="RU"),
               toll("b", "2024-02-13", "Ukraine's General Staff", 30, speaker_side="UA"),
               toll("c", "2024-02-13", "Russia's Defence Ministry", 150, speaker_side="RU")]
    for r in records:
        r["claims"][0]["text"] = "troops were killed overnight"
    found = figure_disputes(records)
    assert len(found) == 1 and {found[0].a.document, found[0].b.document} == {"b", "c"}


@pytest.mark.parametrize("sentence,about", [
    ("The Sudanese army declined to comment on its losses when reached by phone.", "its losses"),
    ("Moscow has not acknowledged the deployment of conscripts to the border.",
     "the deployment of conscripts to the border"),
    ("Hamas has remained silent about the fate of the hostages.", "the fate of the hostages"),
    ("The ministry did not respond to a request for comment.", None),
])
def test_a_silence_says_what_it_is_about_when_the_sentence_does(sentence, about):
    assert silences([report("r", text=sentence)], {})[0].about == about


def test_a_bound_written_with_a_negation_is_no_denial():
    from claimledger.link.disputes import NEGATED_BOUND, NEGATION

    for text in ("killed no fewer than 40 displaced people", "not less than 200 were wounded",
                 "no more than a dozen fighters were captured"):
        assert not NEGATION.search(NEGATED_BOUND.sub(" ", text)), text
    assert NEGATION.search(NEGATED_BOUND.sub(" ", "the army has not retaken the town"))
