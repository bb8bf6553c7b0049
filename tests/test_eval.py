"""The scorers of bench/eval.py (bench/scoring/), on a few gold documents and small hand-made cases.

The extractor is not run here (its quality is what bench/eval.py measures); these tests
check that the metric code counts what it says it counts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))  # the scorers live in bench/scoring, run as bench/eval.py

from scoring import attribution as att  # noqa: E402
from scoring import common, table  # noqa: E402
from scoring import figures as muc  # noqa: E402
from scoring import places as geo  # noqa: E402
from scoring import stories as ecb  # noqa: E402

DATA = common.DATA
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data is not there")


def perfect_claims(article):
    """Claims exactly as the gold has them: content extent, speaker and cue spans."""
    return [{"span": [a.content[0][0], a.content[-1][1]],
             "speaker": {"name": " ".join(article.text[s:e] for s, e in a.source) or "someone",
                         "span": list(a.source[0]) if a.source else None},
             "cue": " ".join(article.text[s:e] for s, e in a.cue),
             "cue_span": list(a.cue[0]) if a.cue else None}
            for a in article.attributions]


# --------------------------------------------------------------------------- attribution
def test_brat_reader_joins_fragments_and_second_contents():
    ann = "\n".join([
        "T1\tSource 0 5\tTrump",
        "T2\tCue 6 10\tsaid",
        "T3\tContent 11 20;25 30\tthe plan  works",
        "T4\tAttribution 6 10\tsaid",
        "T5\tContent 40 50\tmore words",
        "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3 Content2:T5",
        "T6\tContent 60 70\tno source!",
        "T7\tCue 71 75\tsaid",
        "E2\tAttribution-no-source:T8 Content:T6 Cue:T7",
        "E3\tAttribution-no-source:T9 ",
        "a continuation line of some T text",
    ])
    first, second = att.read_brat(ann)
    assert first.content == [(11, 20), (25, 30), (40, 50)]
    assert first.source == [(0, 5)] and first.cue == [(6, 10)]
    assert second.source == [] and second.content == [(60, 70)]


@needs_data
def test_gold_answers_score_perfectly_on_polnear_articles():
    articles = att.load_polnear(DATA / "polnear" / "annotator-training", limit=2)
    assert len(articles) == 2 and all(a.attributions for a in articles)
    first = articles[0].attributions[0]
    assert articles[0].text[first.cue[0][0]:first.cue[0][1]].strip()  # offsets land on text
    scores = att.score_attribution(articles, [perfect_claims(a) for a in articles])
    assert scores["content"]["f1"] == 1.0 and scores["exact"]["f1"] == 1.0
    # Gold pronoun Sources are copied as pronouns here, which counts as unresolved.
    assert scores["speaker_acc_named"] == 1.0 and scores["cue_acc"] == 1.0
    assert scores["gold"] == sum(len(a.attributions) for a in articles)


@needs_data
def test_a_failed_article_counts_its_gold_as_missed():
    articles = att.load_polnear(DATA / "polnear" / "annotator-training", limit=2)
    scores = att.score_attribution(articles, [perfect_claims(articles[0]), None])
    n0, n1 = (len(a.attributions) for a in articles)
    assert scores["failed"] == 1
    assert scores["content"]["tp"] == n0 and scores["content"]["fn"] == n1 and scores["content"]["fp"] == 0


def test_half_overlap_and_exact_boundaries():
    text = 'Officials said that "the bridge was destroyed on Monday," adding more.'
    start = text.index("the bridge")
    end = text.index(",\"") + 1
    gold = att.Article("a", text, [att.Attribution([(text.index("that"), end + 1)], [(10, 14)], [(0, 9)])])

    def score(span):
        claim = {"span": list(span), "speaker": {"name": "Officials", "span": [0, 9]}, "cue": "said",
                 "cue_span": [10, 14]}
        return att.score_attribution([gold], [[claim]])

    exact = score((start, end - 1))  # no "that", no quote marks, no comma: same once trimmed
    assert exact["content"]["tp"] == 1 and exact["exact"]["tp"] == 1
    half = score((start, start + 20))  # all inside the gold: overlap is all of the shorter
    assert half["content"]["tp"] == 1 and half["exact"]["tp"] == 0
    outside = score((0, start + 3))  # mostly the speaker and cue
    assert outside["content"]["tp"] == 0 and outside["content"]["fp"] == 1 and outside["content"]["fn"] == 1


def test_a_resumed_quotation_split_from_its_claim_is_counted_apart():
    text = '"We hold the bridge," the major said. "They have not crossed it." A medic said 12 were hurt.'
    a, b = (1, text.index(",\"")), (text.index("They"), text.index(".\" A"))
    medic = (text.index("12"), len(text) - 1)
    gold = att.Article("a", text, [att.Attribution([a, b], [(text.index("said"), text.index("said") + 4)],
                                                 [(22, 31)]),
                                  att.Attribution([medic], [(text.index("said 12"), text.index("said 12") + 4)],
                                                 [(text.index("A medic"), text.index(" said 12"))])])

    def claim(span, name):
        return {"span": list(span), "speaker": {"name": name}, "cue": "said"}

    scores = att.score_attribution([gold], [[claim(a, "major"), claim(b, "major"), claim(medic, "medic")]])
    assert scores["content"]["tp"] == 2 and scores["content"]["fp"] == 1
    assert scores["fp_inside_gold"] == 1 and scores["fp_same_speaker_split"] == 1
    other = att.score_attribution([gold], [[claim(a, "major"), claim(b, "someone else"), claim(medic, "medic")]])
    assert other["fp_inside_gold"] == 1 and other["fp_same_speaker_split"] == 0


def test_speaker_rules():
    text = "Donald Trump spoke. He said it was rigged."
    gold = att.Attribution([(28, 41)], [(23, 27)], [(20, 22)])  # Source "He"
    claim = {"speaker": {"name": "Donald Trump", "span": [20, 22]}}
    assert att.speaker_correct(claim, gold, ["Trump"], text)
    assert not att.speaker_correct(claim, gold, ["Hillary Clinton"], text)
    assert not att.speaker_correct({"speaker": {"name": "he", "span": [20, 22]}}, gold, ["Trump"], text)
    named = att.Attribution([(28, 41)], [(23, 27)], [(0, 12)])
    assert att.speaker_correct({"speaker": {"name": "Mr. Trump", "span": None}}, named, [], text)
    assert not att.speaker_correct({"speaker": {"name": "Clinton", "span": None}}, named, [], text)


# --------------------------------------------------------------------------- figures
def test_muc_keys_become_number_effect_pairs():
    templates = [{
        "hum_tgt_number": ['6: "JESUITS" / "CLERGYMEN"', '2: "MAIDS"', '1: "ELLACURIA"',
                           'PLURAL: "PEASANTS"'],
        "hum_tgt_effect": ['DEATH: "JESUITS" / "CLERGYMEN"', 'DEATH: "MAIDS"', 'DEATH: "ELLACURIA"',
                           'NO INJURY OR DEATH: "PEASANTS"'],
        "hum_tgt_total_number": ["-"],
    }, {
        "hum_tgt_number": ['10 / 10- / PLURAL: "PEOPLE"'],
        "hum_tgt_effect": ['? INJURY / DEATH: "PEOPLE"'],
        "hum_tgt_total_number": ["*"],
    }]
    gold = {(tuple(sorted(g.values)), tuple(sorted(g.quantities))) for g in muc.muc_gold(templates)}
    assert gold == {((6,), ("killed",)), ((2,), ("killed",)), ((10,), ("killed", "wounded"))}


@needs_data
def test_muc_gold_from_the_answer_keys():
    docs = {d.message_id: d for d in muc.load_muc(DATA / "muc34" / "docs.jsonl", "dev", limit=20)}
    jesuits = docs["DEV-MUC3-0014"]
    assert jesuits.text.isupper()
    assert {(min(g.values), min(g.quantities)) for g in jesuits.gold} == {(6, "killed"), (2, "killed")}
    found = [{"value": 6, "quantity": "killed"}, {"value": 6.0, "quantity": "civilians_killed"},
             {"value": 2, "quantity": "wounded"}, {"value": 1, "quantity": "killed"}]
    scores = muc.score_figures([jesuits], [found])
    # 6 killed matches once (the repeat is one pair); 2 wounded is a false alarm; 1 is no figure.
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 1)
    failed = muc.score_figures([jesuits], [None])
    assert failed["failed"] == 1 and failed["fn"] == 2


def test_stated_numbers_read_digits_and_words():
    found = muc.stated_numbers("TWENTY-FIVE MEN, TWO HUNDRED PEOPLE, [9] DEAD AND 1,200 WOUNDED")
    assert {25, 200, 9, 1200} <= found


def test_truecaser_restores_case_and_keeps_offsets():
    tc = muc.Truecaser.from_texts([
        "Officials in San Salvador said on Monday that six people were killed by the police.",
        "The army said the rebels of the group attacked the town at the end of the week.",
    ])
    upper = "SAN SALVADOR, 3 JAN 90 -- THE POLICE SAID THAT SIX PEOPLE WERE KILLED BY THE FMLN. NIGHT'S END."
    cased = tc(upper)
    assert len(cased) == len(upper)
    assert cased.startswith("San Salvador, 3 JAN 90 -- The police said that six people were killed by the")
    assert "Night's end." in cased
    assert muc.unwrap("ONE\nTWO\n\nTHREE") == "ONE TWO\n\nTHREE"


# --------------------------------------------------------------------------- places
@needs_data
def test_geovirus_offsets_are_realigned_and_gold_scores_perfectly():
    kind, articles, dropped = geo.load_places(DATA / "geovirus" / "GeoVirus.xml", limit=2)
    assert kind == "GeoVirus" and dropped == 0
    for art in articles:
        for t in art.toponyms:
            assert art.text[t.start:t.end] == t.name
    perfect = [[{"name": t.name, "lat": t.lat, "lon": t.lon, "mentions": [[t.start, t.end]]}
                for t in a.toponyms] for a in articles]
    scores = geo.score_places(articles, perfect)
    assert scores["f1"] == 1.0 and scores["acc_e2e"] == 1.0
    # Two degrees of latitude is about 222 km: found, but not within 161 km.
    off = [[{**p, "lat": p["lat"] + 2} for p in places] for places in perfect]
    scores = geo.score_places(articles, off)
    assert scores["f1"] == 1.0 and scores["acc_e2e"] == 0.0
    assert geo.score_places(articles, [perfect[0], None])["failed"] == 1


def test_toponyms_without_coordinates_count_neither_way():
    art = geo.GeoArticle("x", "Main Street in Alexandria", [geo.Toponym(0, 11, "Main Street", None, None),
                                                           geo.Toponym(15, 25, "Alexandria", 31.31, -92.45)])
    preds = [[{"name": "Main", "lat": 1.0, "lon": 1.0, "mentions": [[0, 4]]},
              {"name": "Alexandria", "lat": 31.2, "lon": -92.5, "mentions": [[15, 25]]},
              {"name": "Egypt", "lat": 26.0, "lon": 30.0, "mentions": [[30, 35]]}]]
    scores = geo.score_places([art], preds)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 0)
    assert scores["acc_e2e"] == 1.0


# --------------------------------------------------------------------------- stories
def test_grouping_scores():
    gold = ["a", "a", "a", "b", "b"]
    perfect = ecb.score_grouping(gold, [1, 1, 1, 2, 2])
    assert perfect["pairwise"]["f1"] == 1.0 and perfect["bcubed"]["f1"] == 1.0
    lumped = ecb.score_grouping(gold, [1, 1, 1, 1, 1])
    assert lumped["pairwise"]["r"] == 1.0 and lumped["pairwise"]["p"] == 0.4  # 4 true of 10 pairs
    assert lumped["bcubed"]["r"] == 1.0 and abs(lumped["bcubed"]["p"] - (3 * 3 / 5 + 2 * 2 / 5) / 5) < 1e-4
    split = ecb.score_grouping(gold, [1, 2, 3, 4, 5])
    assert split["pairwise"]["tp"] == 0 and split["bcubed"]["p"] == 1.0


def test_tfidf_average_link_groups_by_story():
    texts = ["earthquake strikes Chile coast magnitude tsunami warning",
             "Chile earthquake magnitude tsunami warning issued coast",
             "actress checks into rehab clinic Malibu",
             "actress enters rehab clinic Malibu treatment"]
    groups = ecb.tfidf_groups(texts, 0.2)
    assert groups[0] == groups[1] and groups[2] == groups[3] and groups[0] != groups[2]


@needs_data
def test_story_loader_drops_source_urls():
    reports = ecb.load_stories(DATA / "ecbplus" / "docs.jsonl", {1})
    assert reports and not any("http" in r.text.split(" ")[0] for r in reports)
    assert len({r.story for r in reports}) == 2


# --------------------------------------------------------------------------- harness
def test_a_system_that_raises_is_counted_not_fatal():
    def flaky(doc, document):
        if doc == "bad":
            raise RecursionError("too deep")
        return {"claims": [{"span": [0, 1]}]}

    problems: list[str] = []
    out = common.run(flaky, ["good", "bad"], [None, None], "claims", problems, ["d1", "d2"])
    assert out == [[{"span": [0, 1]}], None]
    assert problems == ["d2: RecursionError: too deep"]


def test_table_renders_rows_without_scores():
    rows = [common.result_row("stories", "ECB+", "claimledger", None, "not yet"),
            common.result_row("figures", "MUC", "peer", {**common.prf(1, 1, 1), "docs": 2, "failed": 0})]
    md = table.markdown(rows, 1.0, {"date": "d", "version": "v", "commit": "c", "model": "m"})
    assert "| stories | ECB+ | claimledger | – | – | – | not yet |" in md
    assert "| figures | MUC | peer | 0.500 | 0.500 | 0.500 |" in md
    assert "not measured here" in md


def test_peers_on_parsed_text(nlp):
    pytest.importorskip("textacy")
    text = 'He said "this is open.\n\n"We will win," Trump said on Monday. Seven people were killed.'
    quotes = att.textacy_quotes(nlp(text))
    assert quotes["bailed"] == 1
    assert [text[s:e] for s, e in (c["span"] for c in quotes["claims"])] == ['"We will win,"']
    figures = muc.baseline_figures(nlp(text))["figures"]
    assert [(f["value"], f["quantity"]) for f in figures] == [(7, "killed")]


def test_the_warm_peer_counts_the_background_in_its_idf():
    texts = ["Quake of magnitude 6.1 hits Sumatra", "Sumatra quake magnitude 6.1 kills four"]
    cold = ecb.tfidf_similarity(texts)
    warm = ecb.tfidf_similarity(texts, ["Sumatra floods", "Sumatra ferry sinks", "Sumatra vote"])
    assert warm.shape == cold.shape == (2, 2)
    # "sumatra", common in the background, weighs less: the reports' shared rarer words weigh more
    assert warm[0, 1] != cold[0, 1]
    assert ecb.tfidf_similarity(texts, []).round(6).tolist() == cold.round(6).tolist()
