"""Claim clusters: one statement by one speaker across reports, with its independent origins."""

from __future__ import annotations

import json

import pytest
from link_records import analysed_sudan_story, claim, figure, report

from claimledger.link.corroborate import claim_clusters, content_words
from claimledger.link.report_view import RecordError
from claimledger.link.speaker_keys import SpeakerIndex


def person(name: str, side: str | None = None) -> dict:
    return {"name": name, "kind": "person", "side": side}


def body(name: str, side: str | None = None, kind: str = "organization") -> dict:
    return {"name": name, "kind": kind, "side": side}


# ---------------------------------------------------------------- speakers
def test_a_person_is_one_speaker_under_every_form_of_the_name():
    names = [person("Zelensky", "UA"), person("Volodymyr Zelensky", "UA"), person("President Zelensky"),
             person("Ukraine's President Volodymyr Zelensky", "UA")]
    index = SpeakerIndex(names)
    assert len({index.key(n) for n in names}) == 1
    assert index.label(index.key(names[0])) == "Ukraine's President Volodymyr Zelensky"
    # one unsided mention does not take the side away
    assert index.family(person("President Zelensky")) == "side:UA"


def test_two_people_with_one_surname_stay_apart():
    names = [person("Ahmed Hassan"), person("Omar Hassan"), person("Hassan")]
    index = SpeakerIndex(names)
    keys = [index.key(n) for n in names]
    assert len(set(keys)) == 3


def test_bodies_match_in_any_word_order_and_by_acronym():
    names = [body("Russia's Defence Ministry", "RU"), body("the Russian Ministry of Defense", "RU"),
             body("Rapid Support Forces"), body("RSF"), body("the army", "SD"), body("Sudanese army", "SD")]
    index = SpeakerIndex(names)
    assert index.key(names[0]) == index.key(names[1])
    assert index.key(names[2]) == index.key(names[3])
    assert index.key(names[4]) == index.key(names[5])
    assert index.label(index.key(names[3])) == "Rapid Support Forces"
    # a body without a side is its own source family; a state's body speaks for its side
    assert index.family(names[3]).startswith("speaker:")
    assert index.family(names[1]) == "side:RU"


def test_an_acronym_of_leading_words_joins_the_one_name_it_starts():
    names = [body("UN"), body("United Nations humanitarian office")]
    index = SpeakerIndex(names)
    assert index.key(names[0]) == index.key(names[1])
    # with two United Nations bodies in scope, "UN" could be either: it stays apart
    two = names + [body("United Nations refugee agency")]
    index = SpeakerIndex(two)
    assert len({index.key(n) for n in two}) == 3


def test_one_name_for_bodies_of_two_sides_is_two_bodies():
    names = [body("Russia's Defence Ministry", "RU"), body("Ukraine's Defence Ministry", "UA"),
             body("the Defence Ministry")]
    index = SpeakerIndex(names)
    assert len({index.key(n) for n in names}) == 3
    # with one side in scope an unsided mention joins it
    index = SpeakerIndex(names[:1] + names[2:])
    assert index.key(names[0]) == index.key(names[2])


def test_a_short_name_inside_two_bodies_joins_neither():
    names = [body("ministry", "SY"), body("Defence Ministry", "SY"), body("Foreign Ministry", "SY")]
    index = SpeakerIndex(names)
    assert len({index.key(n) for n in names}) == 3


def test_an_unnamed_speaker_is_not_merged_into_a_named_one():
    names = [body("a military source", kind="unnamed"), body("Military Intelligence")]
    index = SpeakerIndex(names)
    assert index.key(names[0]) != index.key(names[1])


# ---------------------------------------------------------------- content
def test_content_words_meet_across_inflections_and_number_formats():
    assert content_words("4,000 troops withdrawing") == content_words("the 4000 troop withdrawing")
    assert content_words("the militia fired shells") == content_words("militias firing a shell")
    assert "the" not in content_words("the army")


def test_a_rewrite_typing_one_count_differently_is_still_the_same_statement():
    records = [
        report("a", published="2024-04-12", claims=[
            claim("c1", "United Nations", "around 400,000 people have fled to the Zamzam camp", figures=["f1"])],
            figures=[figure("f1", 400000, "displaced", claim="c1")]),
        report("b", published="2024-04-13", claims=[
            claim("c1", "UN", "some 400,000 people have sought refuge in the Zamzam camp", figures=["f1"])],
            figures=[figure("f1", 400000, "other", claim="c1")]),
    ]
    clusters = claim_clusters(records, {"b": "a"})
    assert len(clusters) == 1 and clusters[0].documents == ["a", "b"] and clusters[0].speaker == "United Nations"


def _zelensky_reports() -> list[dict]:
    return [
        report("wire", published="2025-02-10", outlet="wire.example", claims=[
            claim("c1", "Volodymyr Zelensky", "about 1,200 Russian soldiers had been killed or wounded near Pokrovsk",
                  side="UA", kind="person", figures=["f1"])],
            figures=[figure("f1", 1200, "casualties", side="RU", approximate=True, claim="c1")]),
        report("copy", published="2025-02-10", outlet="copy.example", claims=[
            claim("c1", "Zelensky", "about 1,200 Russian soldiers had been killed or wounded near Pokrovsk",
                  side="UA", kind="person", figures=["f1"])],
            figures=[figure("f1", 1200, "casualties", side="RU", approximate=True, claim="c1")]),
        report("own", published="2025-02-11", outlet="paper.example", claims=[
            claim("c7", "President Zelensky",
                  "some 1,200 Russian soldiers were killed or wounded in the Pokrovsk assault",
                  kind="person", figures=["f3"])],
            figures=[figure("f3", 1200, "casualties", side="RU", claim="c7")]),
        report("early", published="2025-02-09", outlet="tv.example", claims=[
            claim("c2", "Zelensky", "Russian units were pulled back from the Vovchansk front", side="UA",
                  kind="person")]),
    ]


def test_a_statement_is_clustered_across_reports_and_its_copies_count_once():
    records = _zelensky_reports()
    clusters = claim_clusters(records, {"copy": "wire"})
    toll = next(c for c in clusters if "1,200" in c.text)
    assert toll.documents == ["wire", "copy", "own"]
    assert [m.claim for m in toll.mentions] == ["c1", "c1", "c7"]
    assert toll.independent_origins == 2  # the copy folds into the wire story
    assert toll.origins == ["wire", "own"]
    assert toll.first.document == "wire" and toll.first.published == "2025-02-10"
    assert toll.speaker == "Volodymyr Zelensky" and toll.side == "UA"
    # without the link stage's origins every report is its own origin
    assert next(c for c in claim_clusters(records, {}) if "1,200" in c.text).independent_origins == 3


def test_the_first_report_is_the_earliest_and_the_origin_before_its_copy_on_one_day():
    records = _zelensky_reports()
    records[1]["document"]["published"] = "2025-02-10"
    clusters = claim_clusters(list(reversed(records)), {"copy": "wire"})
    toll = next(c for c in clusters if "1,200" in c.text)
    assert toll.first.document == "wire"


def test_different_statements_of_one_speaker_stay_apart():
    clusters = claim_clusters(_zelensky_reports(), {})
    assert len(clusters) == 2
    assert {c.independent_origins for c in clusters} == {3, 1}
    assert clusters[0].independent_origins == 3  # most independent origins first


def test_a_different_figure_is_a_different_statement():
    records = [
        report("a", published="2024-01-05", claims=[claim("c1", "the health ministry", "31 people were killed in Rafah",
                                                          figures=["f1"])],
               figures=[figure("f1", 31, claim="c1")]),
        report("b", published="2024-01-06", claims=[claim("c1", "the health ministry", "45 people were killed in Rafah",
                                                          figures=["f1"])],
               figures=[figure("f1", 45, claim="c1")]),
    ]
    assert len(claim_clusters(records, {})) == 2


def test_a_denial_is_not_the_assertion_it_denies():
    records = [
        report("a", claims=[claim("c1", "Myanmar's military", "rebels captured the border town of Lashio", side="MM")]),
        report("b", claims=[claim("c1", "Myanmar's military", "rebels captured the border town of Lashio", side="MM",
                                  cue="denied", polarity="denied")]),
    ]
    clusters = claim_clusters(records, {})
    assert sorted(c.polarity for c in clusters) == ["affirmed", "denied"]


def test_the_same_words_from_two_speakers_are_two_statements():
    text = "Houthi forces fired two missiles at a cargo ship in the Red Sea"
    records = [report("a", claims=[claim("c1", "US Central Command", text, side="US")]),
               report("b", claims=[claim("c1", "the Houthis", text)])]
    assert len(claim_clusters(records, {})) == 2


def _gaza_wire_and_rewrite() -> list[dict]:
    return [
        report("wire", published="2024-03-02", outlet="wire.example", claims=[
            claim("c1", "Gaza civil defence", "most of those killed were children who had been waiting for flour"),
            claim("c2", "Gaza civil defence", "rescuers were still digging through the rubble of two houses")]),
        report("rewrite", published="2024-03-03", outlet="blog.example", claims=[
            claim("c4", "Gaza civil defence", "children queuing for flour made up most of the dead"),
            claim("c5", "Gaza civil defence", "the strikes hit a bakery queue shortly after dawn")]),
    ]


def test_a_rewrite_rewording_its_origin_joins_the_origins_statement():
    clusters = claim_clusters(_gaza_wire_and_rewrite(), {"rewrite": "wire"})
    flour = next(c for c in clusters if "flour" in c.text)
    assert flour.documents == ["wire", "rewrite"] and [m.claim for m in flour.mentions] == ["c1", "c4"]
    assert flour.independent_origins == 1
    # what only the rewrite says stays its own statement, and the origin's other statement too
    assert sorted(len(c.mentions) for c in clusters) == [1, 1, 2]


def test_the_same_rewording_from_an_independent_report_stays_apart():
    # the looser test holds only inside one origin: two outlets' own wordings need the strict one
    clusters = claim_clusters(_gaza_wire_and_rewrite(), {})
    assert len(clusters) == 4


def test_a_rewording_with_another_figure_is_not_the_origins_statement():
    records = [
        report("wire", published="2024-03-02", claims=[
            claim("c1", "the health ministry", "31 people were killed in strikes on Rafah overnight", figures=["f1"])],
            figures=[figure("f1", 31, claim="c1")]),
        report("rewrite", published="2024-03-03", claims=[
            claim("c1", "the health ministry", "overnight strikes on Rafah killed 45 people", figures=["f1"])],
            figures=[figure("f1", 45, claim="c1")]),
    ]
    assert len(claim_clusters(records, {"rewrite": "wire"})) == 2


def test_min_origins_keeps_only_corroborated_statements_and_everything_is_json():
    clusters = claim_clusters(_zelensky_reports(), {"copy": "wire"}, min_origins=2)
    assert len(clusters) == 1
    data = json.loads(json.dumps([c.as_dict() for c in clusters]))
    assert data[0]["independent_origins"] == 2
    assert data[0]["first"]["document"] == "wire"
    assert data[0]["documents"] == ["wire", "copy", "own"]


def test_a_record_without_a_document_is_a_clear_error():
    with pytest.raises(RecordError, match="record 2"):
        claim_clusters([report("a"), {"claims": []}], {})


# ---------------------------------------------------------------- analysed reports
@pytest.fixture(scope="module")
def story(nlp):
    return analysed_sudan_story(nlp)


def test_a_reworded_relay_of_analysed_reports_carries_the_same_statements(story):
    wire, relay = story[0]["document"]["id"], story[1]["document"]["id"]
    clusters = claim_clusters(story, {relay: wire})
    toll = next(c for c in clusters if "120" in c.text)
    assert toll.documents == [wire, relay]
    assert toll.independent_origins == 1
    assert toll.speaker == "United Nations humanitarian office"
    rsf = next(c for c in clusters if "300 soldiers" in c.text)
    assert rsf.documents == [wire, relay] and rsf.speaker == "Rapid Support Forces"
    # the UN's later, different tolls are statements of their own
    assert sum(1 for c in clusters if c.speaker == "United Nations humanitarian office") == 3
