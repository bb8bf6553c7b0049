"""Reports that name no one, and lone reports decided again at the end of a batch.

A one-line brief ("two suspected smugglers were arrested over the killing of a ranger ...") has no
names: its names cosine is 0 with every story, so the names' weight goes to its words
(``StoryParams.nameless_words``) and it can join the story it tells. A report of a sibling happening
of the same kind (another ranger killed on the same border, by a landmine) keeps its distance.
Read the other way round, the brief comes first and opens a story the named reports cannot join
(they weigh names it lacks): the end-of-batch re-homing (``StoryClusterer.settle``,
``story_settle.rehome``, off by default) decides it again against the stories the batch left.
"""

from __future__ import annotations

from dataclasses import replace

from link_records import event, figure, place, report

from claimledger.link.report_features import story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_match import similarity
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.terms import Idf, TermStats

# Reports written for these tests (fictional). One happening told by two outlets with names, and a
# brief of it naming no one; a sibling happening of the same kind on the same border.
CHECKPOINT = [
    ("Ranger Somchai Boonmee was shot dead at the Ban Khlong Luek checkpoint on Tuesday night by two men "
     "on a motorcycle who fled toward the river, the Sa Kaeo provincial police said."),
    ("Gunmen on a motorcycle killed Somchai Boonmee, a ranger checking cargo at Ban Khlong Luek, as he was "
     "about to go off duty on Tuesday; Sa Kaeo police suspect smugglers he had turned back."),
]
BRIEF = ("Two suspected smugglers were arrested over the killing of a ranger shot at a border checkpoint by men "
         "on a motorcycle as he was about to go off duty, police said.")
MINE = ("Ranger Prasert Wongsa was killed when a landmine exploded under his patrol near Ta Phraya on Tuesday, "
        "the Burapha Task Force said; two other rangers were wounded.")
REHOME = StoryParams(rehome_bar=0.19)


def checkpoint(k: int) -> dict:
    return report(f"checkpoint-{k}", text=CHECKPOINT[k], places=[place("p1", "Ban Khlong Luek", "TH")],
                  events=[event("e1", "attack", place="p1")], figures=[figure("f1", 1, "killed")])


def brief() -> dict:
    return report("brief", text=BRIEF, events=[event("e1", "attack")])


def mine() -> dict:
    return report("mine", text=MINE, places=[place("p1", "Ta Phraya", "TH")],
                  events=[event("e1", "attack", place="p1")],
                  figures=[figure("f1", 1, "killed"), figure("f2", 2, "wounded")])


def scored(params: StoryParams) -> tuple[float, float, float]:
    """The brief against the checkpoint story and against the landmine report; the landmine report
    (it names people) against the checkpoint story."""
    features = [story_features(r) for r in (checkpoint(0), checkpoint(1), brief(), mine())]
    counts = TermStats()
    for f in features:
        counts.add(f.all_terms())
    stats = Idf(counts)
    story, sibling = Story(id=1), Story(id=2)
    story.add(features[0])
    story.add(features[1])
    sibling.add(features[3])
    return (similarity(features[2], story, stats, params), similarity(features[2], sibling, stats, params),
            similarity(features[3], story, stats, params))


def test_a_brief_naming_no_one_reaches_its_story_and_not_the_sibling():
    assert story_features(brief()).names == {}
    params = StoryParams()
    to_story, to_sibling, sibling_to_story = scored(params)
    assert to_story >= params.threshold > to_sibling
    # without its words taking the names' weight the brief could not join its story
    before, _, same = scored(replace(params, nameless_words=0.0))
    assert before < params.threshold
    # a report that names people scores as before
    assert same == sibling_to_story < params.threshold


def test_in_arrival_order_the_brief_joins_and_the_sibling_stays_apart():
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    for record in (checkpoint(0), checkpoint(1), mine(), brief()):
        clusterer.add(story_features(record))
    assert store.story_of("brief") == store.story_of("checkpoint-0") == store.story_of("checkpoint-1")
    assert store.story_of("mine") != store.story_of("brief")


def reversed_order(params: StoryParams) -> tuple[MemoryStoryStore, StoryClusterer]:
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, params)
    for record in (brief(), mine(), checkpoint(1), checkpoint(0)):
        clusterer.add(story_features(record))
    return store, clusterer


def test_reversed_the_brief_opens_a_story_and_is_rehomed_at_the_end_of_the_batch():
    store, clusterer = reversed_order(REHOME)
    assert store.story_of("checkpoint-0") == store.story_of("checkpoint-1") != store.story_of("brief")
    alone = store.story_of("brief")
    assert [f.document for f in clusterer.opened] == ["brief", "mine", "checkpoint-1"]
    assert clusterer.settle() == [alone]
    assert store.story_of("brief") == store.story_of("checkpoint-0") == store.story_of("checkpoint-1")
    assert store.resolve(alone) == store.story_of("brief")
    assert store.story_of("mine") != store.story_of("brief")  # the sibling's report stays alone
    assert clusterer.opened == [] and clusterer.settle() == []  # a batch is settled once


def test_rehoming_is_off_by_default_and_needs_a_story_of_two():
    store, clusterer = reversed_order(StoryParams())
    assert clusterer.opened == [] and clusterer.settle() == []
    assert store.story_of("brief") != store.story_of("checkpoint-0")
    # the best story the brief finds holds one report: a lone report is not moved to another lone one
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, REHOME)
    for record in (brief(), checkpoint(1)):
        clusterer.add(story_features(record))
    assert clusterer.settle() == []
    assert store.story_of("brief") != store.story_of("checkpoint-1")


def test_rehoming_leaves_a_report_others_joined_and_keeps_to_the_bar():
    # the brief came first and a second outlet's copy of it joined: no longer alone, nothing to decide
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, REHOME)
    first = clusterer.add(story_features(brief())).story_id
    copy = replace(story_features(brief()), document="brief-copy")
    assert clusterer.add(copy).story_id == first
    for record in (checkpoint(1), checkpoint(0)):
        clusterer.add(story_features(record))
    assert store.story_of("checkpoint-0") != first
    assert clusterer.settle() == []
    assert store.story_of("brief") == store.story_of("brief-copy") == first
    # above the score the brief reaches, it stays where it is
    store, clusterer = reversed_order(replace(REHOME, rehome_bar=0.6))
    assert clusterer.settle() == []
    assert store.story_of("brief") != store.story_of("checkpoint-0")
