"""The story re-check (link/story_recheck.py): a small story that took a wrong report lets it go,
and a small story of two happenings splits, in memory and in the ledger's tables."""

from __future__ import annotations

import json

from link_records import event, figure, place, report

from claimledger.link.report_features import features_from_json, features_to_json, story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.story_recheck import recheck, two_groups
from claimledger.link.terms import Idf

# Reports written for these tests: two happenings far apart in kind and place that happen to share
# their toll (a drone strike on the fuel depot of Port Sudan; a mass grave found near Bucha's forest
# road: 31 dead each, the shared key a first pass finds them by), each told by two outlets, and a
# third happening (a dam breach on the Kakhovka reservoir).
PORT_SUDAN = [
    ("Drones struck the main fuel depot of Port Sudan before dawn on Sunday, setting storage tanks ablaze; "
     "the Sudanese army blamed the Rapid Support Forces for the attack on the Red Sea city that killed thirty-one."),
    ("Thick smoke rose over Port Sudan after a drone attack hit the fuel depot near the port on Sunday; army "
     "officials said the RSF launched the drones, which killed thirty-one workers, and firefighters fought the blaze."),
]
BUCHA = [
    ("Investigators exhumed 31 bodies from a mass grave beside a forest road outside Bucha, the regional "
     "prosecutor said, adding that several victims had their hands tied."),
    ("Ukrainian prosecutors said 31 bodies were recovered from a pit near a forest road on the edge of Bucha, "
     "some with bound hands, and forensic teams would work for weeks."),
]
KAKHOVKA = [
    ("Water poured through the breached Kakhovka dam on the Dnipro, flooding villages downstream of Nova "
     "Kakhovka as thousands of residents of Kherson were evacuated."),
    ("Floodwater from the Kakhovka reservoir swamped streets in Kherson after the dam on the Dnipro broke, "
     "and rescuers took residents from rooftops by boat near Nova Kakhovka."),
]


def sudan(k: int) -> dict:
    return report(f"sudan-{k}", text=PORT_SUDAN[k], places=[place("p1", "Port Sudan", "SD")],
                  figures=[figure("f1", 31, "killed")],
                  events=[event("e1", "attack", actor="Rapid Support Forces", place="p1")])


def bucha(k: int) -> dict:
    return report(f"bucha-{k}", text=BUCHA[k], places=[place("p1", "Bucha", "UA")],
                  figures=[figure("f1", 31, "killed")])


def kakhovka(k: int) -> dict:
    return report(f"kakhovka-{k}", text=KAKHOVKA[k],
                  places=[place("p1", "Nova Kakhovka", "UA"), place("p2", "Kherson", "UA")])


def groups_of(store: MemoryStoryStore) -> list[list[str]]:
    return sorted(sorted(s.documents) for s in store.stories.values())


def test_a_story_that_took_two_happenings_splits_into_them():
    store = MemoryStoryStore()
    # every report joins the best story whatever its score: the first pass makes one story of all
    clusterer = StoryClusterer(store, StoryParams(threshold=-1.0))
    for record in (sudan(0), bucha(0), sudan(1), bucha(1)):
        clusterer.add(story_features(record))
    assert groups_of(store) == [["bucha-0", "bucha-1"], ["sudan-0", "sudan-1"]]
    assert store.story_of("sudan-0") != store.story_of("bucha-0")


def test_without_the_recheck_the_first_pass_keeps_them_together():
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, StoryParams(threshold=-1.0, recheck_size=0))
    for record in (sudan(0), bucha(0), sudan(1), bucha(1)):
        clusterer.add(story_features(record))
    assert groups_of(store) == [["bucha-0", "bucha-1", "sudan-0", "sudan-1"]]


def test_a_lone_unlike_member_does_not_split_a_story():
    """One report unlike the rest is as often the same happening told otherwise: two groups need
    split_min reports each."""
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, StoryParams(threshold=-1.0))
    for record in (sudan(0), sudan(1), bucha(0)):
        clusterer.add(story_features(record))
    assert groups_of(store) == [["bucha-0", "sudan-0", "sudan-1"]]


def test_one_happening_told_four_times_stays_whole():
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    again = [report(f"sudan-{k}", text=PORT_SUDAN[k % 2] + " Flights at the airport were halted.",
                    places=[place("p1", "Port Sudan", "SD")]) for k in range(2, 4)]
    for record in (sudan(0), sudan(1), *again):
        clusterer.add(story_features(record))
    assert groups_of(store) == [["sudan-0", "sudan-1", "sudan-2", "sudan-3"]]


def test_a_wrong_member_leaves_for_the_story_it_fits():
    store = MemoryStoryStore()
    features = {r["document"]["id"]: story_features(r) for r in (sudan(0), sudan(1), bucha(0), bucha(1))}
    for f in features.values():
        store.term_stats().add(f.all_terms())
    wrong = Story(id=store.new_story_id())
    for d in ("sudan-0", "sudan-1", "bucha-1"):
        wrong.add(features[d])
    store.save(wrong)
    right = Story(id=store.new_story_id())
    right.add(features["bucha-0"])
    store.save(right)
    moved = recheck(store, wrong, Idf(store.term_stats()), StoryParams())
    assert moved is not None
    rest, documents, target = moved
    assert documents == ["bucha-1"] and target == right.id
    assert groups_of(store) == [["bucha-0", "bucha-1"], ["sudan-0", "sudan-1"]]
    assert rest.documents == ["sudan-0", "sudan-1"] and "bucha" not in rest.names


def test_two_groups_start_from_the_least_alike_pair():
    features = [story_features(r) for r in (sudan(0), kakhovka(0), sudan(1), kakhovka(1))]
    stats = Idf(_counted(features))
    assert two_groups(features, stats, StoryParams()) == ([0, 2], [1, 3])


def test_small_stories_keep_their_members_features_through_json():
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    clusterer.add(story_features(sudan(0)))
    clusterer.add(story_features(sudan(1)))
    (story,) = store.stories.values()
    assert set(story.seeds) == {"sudan-0", "sudan-1"}
    again = Story.from_json(json.loads(json.dumps(story.to_json())))
    assert again == story
    f = story.seeds["sudan-0"]
    assert features_from_json(json.loads(json.dumps(features_to_json(f)))) == f


def test_a_story_past_the_seed_limit_drops_its_members_features():
    from claimledger.link.story_model import SEED_LIMIT

    story = Story(id=1)
    for k in range(SEED_LIMIT + 1):
        story.add(story_features(report(f"r{k}", text=PORT_SUDAN[k % 2])))
    assert story.seeds == {}


def test_sql_store_moves_members_and_leaves_pinned_reports(tmp_path):
    from datetime import datetime

    from sqlalchemy import create_engine, insert, select

    from claimledger.ledger import schema
    from claimledger.link.story_store import SqlStoryStore, SqlTermStats

    engine = create_engine(f"sqlite:///{tmp_path / 'l.db'}")
    schema.metadata.create_all(engine)
    with engine.begin() as connection:
        store = SqlStoryStore(connection, SqlTermStats())
        source, target = Story(id=store.new_story_id()), Story(id=store.new_story_id())
        a, b = story_features(sudan(0)), story_features(bucha(0))
        source.add(a)
        target.add(b)
        m = schema.story_members
        connection.execute(insert(m), [{"document_id": d, "story_id": source.id, "decided_by": "link"}
                                       for d in ("sudan-0", "bucha-0")])
        assert store.move(source, target, ["bucha-0"])
        members = dict(connection.execute(select(m.c.document_id, m.c.story_id)).all())
        assert members == {"sudan-0": source.id, "bucha-0": target.id}

        connection.execute(insert(schema.story_pins).values(document_id="sudan-0", pin_group="g1",
                                                            created_at=datetime(2025, 6, 1)))
        alone = Story(id=store.new_story_id())
        alone.add(a)
        assert not store.move(Story(id=source.id), alone, ["sudan-0"])
        members = dict(connection.execute(select(m.c.document_id, m.c.story_id)).all())
        assert members["sudan-0"] == source.id
        ids = set(connection.execute(select(schema.stories.c.id)).scalars())
        assert alone.id not in ids  # the story opened for a refused move is gone


def _counted(features: list) -> object:
    from claimledger.link.terms import TermStats

    stats = TermStats()
    for f in features:
        stats.add(f.all_terms())
    return stats


# Outlets' closing lines, so the eight reports of the Port Sudan strike are not one text eight times.
TAILS = ["Flights at the airport were suspended.", "The port authority halted fuel deliveries.",
         "Residents queued for petrol across the city.", "Aid agencies warned of shortages.",
         "A government spokesman called the strike a crime.", "Shipping agents said tankers turned back.",
         "Hospitals treated burned workers overnight.", "Prices at the pump doubled by noon."]


def test_a_story_of_ten_reports_still_splits_off_a_siblings_two():
    """A sibling's reports that got into a story of eight leave it as one group: the re-check reaches
    stories of up to SEED_LIMIT reports, not only the first few."""
    from claimledger.link.story_model import SEED_LIMIT

    assert SEED_LIMIT >= 10
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, StoryParams(threshold=-1.0))
    for k, tail in enumerate(TAILS):
        record = sudan(k % 2)
        record["document"]["id"] = f"sudan-{k}"
        record["document"]["text"] += " " + tail
        clusterer.add(story_features(record))
    assert len(store.stories) == 1
    for record in (bucha(0), bucha(1)):
        clusterer.add(story_features(record))
    assert groups_of(store) == [["bucha-0", "bucha-1"], sorted(f"sudan-{k}" for k in range(8))]
