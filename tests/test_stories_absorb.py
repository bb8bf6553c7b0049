"""The absorb pass (link/story_absorb.py): a story that grows takes in a small story of the same
happening that a report opened before the story took shape, and leaves other happenings alone."""

from __future__ import annotations

from link_records import event, figure, place, report, stored_story

from claimledger.link.report_features import story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_absorb import absorb_small, absorbable
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.terms import Idf

# Reports written for these tests. One happening told by five outlets: a junta airstrike on a
# monastery school in a Sagaing village (Myanmar). The first to arrive is a report of the funerals
# the next day, in other words than the rest.
MONASTERY = [
    ("Military jets bombed a monastery school in Let Yet Kone village in Sagaing region on Friday, "
     "killing 13 children and wounding dozens, residents and the National Unity Government said."),
    ("An airstrike by Myanmar's junta hit the monastery school at Let Yet Kone in Sagaing on Friday; "
     "13 children were among those killed, a teacher at the school and local resistance fighters said."),
    ("Villagers in Let Yet Kone, Sagaing, said junta aircraft struck the monastery compound during classes "
     "on Friday, killing 13 children; the military said it had targeted resistance fighters hiding there."),
    ("The United Nations condemned Friday's airstrike on a monastery school in Let Yet Kone, Sagaing region, "
     "in which 13 children were killed, and called on Myanmar's military to stop bombing civilians."),
]
FUNERALS = ("Families in Let Yet Kone buried 13 children a day after the bombing of the village monastery "
            "school in Sagaing, as mourners blamed the junta for the airstrike.")
# Another happening of the same kind in the same region, weeks apart: another village, another toll.
OTHER_STRIKE = ("A junta airstrike on a crowded market in Pa Zi Gyi village in Sagaing region killed about "
                "160 people gathered for the opening of a local administration office, survivors said.")
# And one far from both: a Houthi drone on a tanker in the Red Sea.
TANKER = ("A Houthi drone struck a fuel tanker off Hodeidah in the Red Sea, setting its deck alight; the "
          "crew of 22 was taken off by a passing warship, Yemen's Houthi movement said it targeted the ship.")

SAGAING = [place("p1", "Let Yet Kone", "MM"), place("p2", "Sagaing", "MM")]


def monastery(k: int) -> dict:
    return report(f"monastery-{k}", text=MONASTERY[k], places=SAGAING, figures=[figure("f1", 13, "killed")],
                  events=[event("e1", "attack", actor="Myanmar military", place="p1")])


def funerals() -> dict:
    return report("funerals", text=FUNERALS, places=SAGAING, figures=[figure("f1", 13, "killed")])


def other_strike() -> dict:
    return report("pa-zi-gyi", text=OTHER_STRIKE, places=[place("p1", "Pa Zi Gyi", "MM"), SAGAING[1]],
                  figures=[figure("f1", 160, "killed")],
                  events=[event("e1", "attack", actor="Myanmar military", place="p1")])


def tanker() -> dict:
    return report("tanker", text=TANKER, places=[place("p1", "Hodeidah", "YE")],
                  events=[event("e1", "attack", actor="Houthi movement")])



def groups_of(store: MemoryStoryStore) -> list[list[str]]:
    return sorted(sorted(s.documents) for s in store.stories.values())


def test_a_lone_report_of_the_happening_is_absorbed_and_others_are_not():
    store = MemoryStoryStore()
    grown = stored_story(store, [monastery(k) for k in range(3)])
    lone = stored_story(store, [funerals()])
    market = stored_story(store, [other_strike()])
    ship = stored_story(store, [tanker()])
    stats, params = Idf(store.term_stats()), StoryParams()
    assert absorbable(lone, grown, stats, params)
    assert not absorbable(market, grown, stats, params)
    assert not absorbable(ship, grown, stats, params)
    assert absorb_small(store, grown, [lone, market, ship], stats, params) == [lone.id]
    assert groups_of(store) == [["funerals", "monastery-0", "monastery-1", "monastery-2"], ["pa-zi-gyi"], ["tanker"]]


def test_only_small_stories_into_larger_ones_and_only_when_on():
    store = MemoryStoryStore()
    grown = stored_story(store, [monastery(k) for k in range(2)])
    pair = stored_story(store, [funerals(), monastery(2)])
    stats = Idf(store.term_stats())
    assert not absorbable(pair, grown, stats, StoryParams())  # as large as the story: the merge pass decides
    assert absorbable(pair, grown, stats, StoryParams(absorb_threshold=0.0)) is False
    lone = stored_story(store, [funerals()])
    assert absorbable(lone, grown, stats, StoryParams())
    assert not absorbable(lone, grown, stats, StoryParams(absorb_size=0))
    assert not absorbable(lone, grown, stats, StoryParams(absorb_threshold=0.99))


def test_a_small_story_without_its_members_features_is_left_alone():
    """A story merged from larger ones keeps no member's features: its centroid alone could hide a
    member unlike the story."""
    store = MemoryStoryStore()
    grown = stored_story(store, [monastery(k) for k in range(3)])
    lone = stored_story(store, [funerals()])
    lone.seeds = {}
    assert not absorbable(lone, grown, Idf(store.term_stats()), StoryParams())


def test_the_clusterer_absorbs_a_story_a_report_opened_too_early():
    """The funerals report came first and opened a story; once the airstrike's story has grown, the
    next report joining it brings the lone story in. With the pass off, the split stays (the merge
    pass, which would also mend this one, is off in both runs: the absorb pass alone is tested)."""
    for params, expected in ((StoryParams(bridge_threshold=1.0), [["funerals", "monastery-0", "monastery-1",
                                                                  "monastery-2", "monastery-3"], ["tanker"]]),
                             (StoryParams(bridge_threshold=1.0, absorb_size=0), None)):
        store = MemoryStoryStore()
        opened = stored_story(store, [funerals()])  # as if it had arrived when the ledger knew nothing like it
        stored_story(store, [monastery(0), monastery(1), monastery(2)])
        clusterer = StoryClusterer(store, params)
        clusterer.add(story_features(tanker()))
        assignment = clusterer.add(story_features(monastery(3)))
        assert not assignment.opened
        if expected is None:
            assert store.story_of("funerals") == opened.id != store.story_of("monastery-3")
        else:
            assert groups_of(store) == expected
            assert store.story_of("funerals") == assignment.story_id


def test_the_recheck_and_absorb_passes_stand_without_the_clusterer_module():
    """story_recheck.py and story_absorb.py read what they need from story_model.py and story_match.py:
    no import of stories.py (which imports them), so no cycle to work around."""
    import subprocess
    import sys

    code = ("import sys, claimledger.link.story_recheck, claimledger.link.story_absorb; "
            "assert 'claimledger.link.stories' not in sys.modules")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_in_the_ledger_the_pass_moves_members_and_keeps_a_persons_split(tmp_path):
    from sqlalchemy import create_engine, insert, select

    from claimledger.ledger import schema
    from claimledger.link.story_store import SqlStoryStore, SqlTermStats

    engine = create_engine(f"sqlite:///{tmp_path / 'l.db'}")
    schema.metadata.create_all(engine)
    m = schema.story_members
    with engine.begin() as connection:
        store = SqlStoryStore(connection, SqlTermStats())

        def stored(records: list[dict]) -> Story:
            story = Story(id=store.new_story_id())
            for r in records:
                f = story_features(r)
                store.term_stats().add(f.all_terms())
                story.add(f)
                connection.execute(insert(m).values(document_id=f.document, story_id=story.id, decided_by="link"))
            store.save(story)
            return story

        grown = stored([monastery(k) for k in range(3)])
        lone, kept_apart = stored([funerals()]), stored([monastery(3)])
        # a person split monastery-3 from the story: the pass may not join it again
        connection.execute(insert(schema.story_pins), [
            {"document_id": d, "pin_group": g, "created_at": "2025-06-11T00:00:00+00:00"}
            for d, g in (("monastery-0", "g1"), ("monastery-3", "g2"))])
        stats = Idf(store.term_stats())
        assert absorbable(kept_apart, grown, stats, StoryParams())
        assert absorb_small(store, grown, [lone, kept_apart], stats, StoryParams()) == [lone.id]
        members = dict(connection.execute(select(m.c.document_id, m.c.story_id)).all())
        assert members == {"monastery-0": grown.id, "monastery-1": grown.id, "monastery-2": grown.id,
                           "funerals": grown.id, "monastery-3": kept_apart.id}
