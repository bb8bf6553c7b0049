"""Lone reports settled (``story_settle.py``): a story still holding one report once the ledger has
taken in ``settle_age`` more reports is decided again with today's stories and counts, and joins the
story it now fits. A young lone story (the first report of a sibling happening, whose own reports may
still come) is left alone. Records are the Halane mortar attacks of test_link_siblings.py."""

from __future__ import annotations

from test_link_siblings import FIRST_LOCAL, FIRST_TOLL, FIRST_WIRE, SECOND_WIRE, halane

from claimledger.link.report_features import story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.story_settle import settle_lone
from claimledger.link.terms import Idf

PARAMS = StoryParams(settle_age=20)  # off by default (story_model.py says why)


def ledger(lone_text: str, lone_date: str, killed: int = 4) -> tuple[MemoryStoryStore, Story, Story]:
    """A story of the first attack (wire and toll) and a lone story of one more report, opened when
    the ledger held 3 reports."""
    store = MemoryStoryStore()
    story, lone = Story(id=store.new_story_id()), Story(id=store.new_story_id(), born=3)
    for record in (halane("w1", FIRST_WIRE, "2026-05-05", 4), halane("t1", FIRST_TOLL, "2026-05-10", 6)):
        story.add(story_features(record))
        store.term_stats().add(story_features(record).all_terms())
    features = story_features(halane("l1", lone_text, lone_date, killed))
    lone.add(features)
    store.term_stats().add(features.all_terms())
    store.save(story)
    store.save(lone)
    return store, story, lone


def test_an_old_lone_report_joins_the_story_it_now_fits():
    store, story, lone = ledger(FIRST_LOCAL, "2026-05-05")
    stats = Idf(store.term_stats())
    assert settle_lone(store, [lone], 3 + PARAMS.settle_age, stats, PARAMS) == [lone.id]
    assert store.story_of("l1") == story.id and lone.id not in store.stories


def test_a_young_lone_report_is_left_alone():
    store, story, lone = ledger(FIRST_LOCAL, "2026-05-05")
    assert settle_lone(store, [lone], 3 + PARAMS.settle_age - 1, Idf(store.term_stats()), PARAMS) == []
    assert store.story_of("l1") == lone.id and lone.settled == 0


def test_a_lone_report_of_another_happening_stays_and_is_tried_a_few_times_only():
    store, story, lone = ledger(SECOND_WIRE, "2026-05-12", killed=2)  # the second attack, a week on
    stats = Idf(store.term_stats())
    for _ in range(PARAMS.settle_times + 2):
        assert settle_lone(store, [lone], 100, stats, PARAMS) == []
    assert store.story_of("w1") != store.story_of("l1")
    assert lone.settled == PARAMS.settle_times
    assert Story.from_json(lone.to_json()).settled == PARAMS.settle_times
    assert Story.from_json(lone.to_json()).born == 3


def test_off_when_settle_age_is_zero_as_by_default():
    store, story, lone = ledger(FIRST_LOCAL, "2026-05-05")
    assert StoryParams().settle_age == 0
    assert settle_lone(store, [lone], 1000, Idf(store.term_stats()), StoryParams()) == []


def test_a_story_opened_records_the_ledgers_count_of_reports():
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    first = clusterer.add(story_features(halane("w1", FIRST_WIRE, "2026-05-05", 4)))
    second = clusterer.add(story_features(halane("w2", SECOND_WIRE, "2026-05-12", 2)))
    assert store.stories[first.story_id].born == 1 and store.stories[second.story_id].born == 2
