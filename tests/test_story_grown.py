"""Small stories settled into a grown one (``story_settle.settle_grown``): a report that came before
its happening's story took shape opened a story of its own; once the story has taken in
``grow_gain`` more members since, the report is decided again against it, and joins when it now
fits it best. A report of another happening stays, and so does a person's split."""

from __future__ import annotations

from dataclasses import replace

from link_records import event, figure, place, report

from claimledger.link.report_features import story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.story_settle import settle_grown
from claimledger.link.terms import Idf

# Reports written for these tests (fictional). One happening: the boat Bahati capsizes on Lake Kivu
# off Kalehe. The later reports add the day and where the passengers were going.
CAPSIZE = [
    ("The wooden boat Bahati capsized on Lake Kivu off Kalehe on Sunday evening, drowning at least 41 "
     "passengers, the South Kivu governor said."),
    ("At least 41 people drowned when the overloaded Bahati overturned near Kalehe on Lake Kivu, provincial "
     "authorities in South Kivu said on Monday."),
    ("Rescuers pulled 41 bodies from Lake Kivu after the Bahati, carrying traders to Goma, sank off Kalehe; "
     "the governor of South Kivu blamed overloading."),
    ("Survivors of the Bahati said the boat bound for Goma took on water minutes after leaving Kalehe on "
     "Sunday; 41 bodies have been recovered from Lake Kivu, officials in South Kivu said."),
    ("Congo's government declared three days of mourning for the 41 passengers of the Bahati who drowned on "
     "Sunday off Kalehe in Lake Kivu on their way to Goma's markets."),
    ("Divers searched Lake Kivu near Kalehe for traders bound for Goma on Sunday and still missing from the "
     "Bahati; South Kivu officials put the toll at 41 drowned."),
]
# The first word of it, before anyone named the boat or counted the dead.
LANDING = ("Relatives crowded the landing at Kalehe on Sunday night asking for news of traders who had boarded "
           "a boat for Goma, a local civil society leader said.")
# Another happening of the same kind on another lake, in another country.
KIGOMA = "A motorised canoe overturned on Lake Tanganyika near Kigoma, drowning 17 fishermen, Tanzanian police said."

KALEHE = [place("p1", "Kalehe", "CD"), place("p2", "Lake Kivu", "CD", kind="lake")]
PARAMS = StoryParams(grow_gain=3)


def capsize(k: int) -> dict:
    return report(f"bahati-{k}", text=CAPSIZE[k], places=KALEHE, figures=[figure("f1", 41, "killed")],
                  events=[event("e1", "accident", place="p1")])


def landing() -> dict:
    return report("landing", text=LANDING, places=KALEHE)


def kigoma() -> dict:
    return report("kigoma", text=KIGOMA, places=[place("p1", "Kigoma", "TZ"), place("p2", "Lake Tanganyika", "TZ")],
                  figures=[figure("f1", 17, "killed")], events=[event("e1", "accident", place="p1")])


def stories_of(store: MemoryStoryStore) -> list[list[str]]:
    return sorted(sorted(s.documents) for s in store.stories.values())


def ledger(grown_by: int) -> tuple[MemoryStoryStore, Story, Story, Story]:
    """The landing report and the Kigoma canoe each alone, opened when the ledger held 1 and 2 reports;
    the Bahati's story of 3 + ``grown_by`` reports, the last ``grown_by`` joined after both opened."""
    store = MemoryStoryStore()

    def opened(record: dict, born: int) -> Story:
        f = story_features(record)
        store.term_stats().add(f.all_terms())
        story = Story(id=store.new_story_id(), born=born)
        story.add(f)
        story.joined(born)
        store.save(story)
        return story

    lone, canoe = opened(landing(), 1), opened(kigoma(), 2)
    story = Story(id=store.new_story_id(), born=0)
    for k in range(3 + grown_by):
        f = story_features(capsize(k))
        store.term_stats().add(f.all_terms())
        story.add(f)
        story.joined(0 if k < 3 else 3 + k)
    store.save(story)
    return store, story, lone, canoe


def test_an_early_report_joins_the_story_once_it_has_grown_and_another_happening_stays():
    store, story, lone, canoe = ledger(grown_by=3)
    assert story.grown_since(lone.born) == 3
    assert settle_grown(store, story, [lone, canoe], Idf(store.term_stats()), PARAMS) == [lone.id]
    assert store.story_of("landing") == story.id
    assert store.story_of("kigoma") == canoe.id


def test_before_the_story_has_grown_enough_nothing_moves():
    store, story, lone, canoe = ledger(grown_by=2)
    assert settle_grown(store, story, [lone, canoe], Idf(store.term_stats()), PARAMS) == []
    assert settle_grown(store, story, [lone], Idf(store.term_stats()), StoryParams()) == []  # grows by 6 by default
    assert settle_grown(store, story, [lone], Idf(store.term_stats()), replace(PARAMS, grow_gain=0)) == []  # off
    assert stories_of(store)[0] == ["bahati-0", "bahati-1", "bahati-2", "bahati-3", "bahati-4"]


def test_a_report_below_the_bar_or_fitting_another_story_better_stays():
    store, story, lone, _ = ledger(grown_by=3)
    stats = Idf(store.term_stats())
    assert settle_grown(store, story, [lone], stats, replace(PARAMS, grow_bar=0.3)) == []
    # a second story of the capsizing that the landing report fits better keeps it out of this one
    closer = Story(id=store.new_story_id(), born=2)
    for k in (3, 4, 5):
        f = story_features(capsize(k))
        closer.add(replace(f, document=f"copy-{k}"))
    store.save(closer)
    assert settle_grown(store, story, [lone], stats, PARAMS) == []
    assert settle_grown(store, story, [lone], stats, replace(PARAMS, grow_best=0)) == [lone.id]


def test_only_small_stories_with_their_members_features():
    store, story, lone, _ = ledger(grown_by=3)
    stats = Idf(store.term_stats())
    assert settle_grown(store, story, [lone], stats, replace(PARAMS, grow_small=0)) == []
    lone.seeds = {}
    assert settle_grown(store, story, [lone], stats, PARAMS) == []


def test_the_growth_counts_joins_and_survives_storage_and_merges():
    store, story, lone, canoe = ledger(grown_by=3)
    assert story.joins == [0, 0, 0, 6, 7, 8]
    assert Story.from_json(story.to_json()).joins == story.joins
    story.absorb(canoe)
    assert story.joins == [0, 0, 0, 2, 6, 7, 8] and story.grown_since(2) == 3


def test_the_clusterer_settles_an_early_report_as_its_story_grows():
    """In the clusterer: the landing report arrives first and opens a story; the Bahati reports
    follow. The absorb pass (bar 0.3) does not take it; once the story has grown, it joins."""
    for params, together in ((PARAMS, True), (replace(PARAMS, grow_gain=0), False)):
        store = MemoryStoryStore()
        clusterer = StoryClusterer(store, params)
        first = clusterer.add(story_features(landing()))
        clusterer.add(story_features(kigoma()))
        for k in range(6):
            clusterer.add(story_features(capsize(k)))
        assert (store.story_of("landing") == store.story_of("bahati-0")) is together
        assert store.story_of("kigoma") not in (store.story_of("bahati-0"), None)
        if not together:
            assert store.story_of("landing") == first.story_id


def test_in_the_ledger_a_persons_split_is_kept(tmp_path):
    from sqlalchemy import create_engine, insert, select

    from claimledger.ledger import schema
    from claimledger.link.story_store import SqlStoryStore, SqlTermStats

    engine = create_engine(f"sqlite:///{tmp_path / 'l.db'}")
    schema.metadata.create_all(engine)
    m = schema.story_members
    with engine.begin() as connection:
        store = SqlStoryStore(connection, SqlTermStats())

        def stored(records: list[dict], joins: list[int]) -> Story:
            story = Story(id=store.new_story_id(), born=joins[0])
            for r, n in zip(records, joins, strict=True):
                f = story_features(r)
                store.term_stats().add(f.all_terms())
                story.add(f)
                story.joined(n)
                connection.execute(insert(m).values(document_id=f.document, story_id=story.id, decided_by="link"))
            store.save(story)
            return story

        lone = stored([landing()], [1])
        story = stored([capsize(k) for k in range(6)], [0, 0, 0, 6, 7, 8])
        stats = Idf(store.term_stats())
        connection.execute(insert(schema.story_pins), [
            {"document_id": d, "pin_group": g, "created_at": "2026-11-30T00:00:00+00:00"}
            for d, g in (("bahati-0", "g1"), ("landing", "g2"))])
        assert settle_grown(store, story, [lone], stats, PARAMS) == []
        members = dict(connection.execute(select(m.c.document_id, m.c.story_id)).all())
        assert members["landing"] == lone.id != members["bahati-0"]
