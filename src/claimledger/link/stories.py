"""Stories: reports about the same happening, grouped incrementally as they arrive.

A single-pass clusterer in the manner of Miranda et al. (2018, "Multilingual clustering
of streaming news"): each new report is compared with a few candidate stories (found
through an inverted index of salient keys, so the cost per report does not grow with
the ledger) on several signals — IDF-weighted cosine of words, of names (capitalised
words, speakers, bodies, event actors), of places and of figures, and event types —
combined linearly and decayed by the days between the report and the story when both
are dated. It joins the best story above a threshold, or opens a new one. A false merge
corrupts the count of independent origins, a split only repeats a story: the threshold
favours precision.

Two refinements for how news arrives. A merge pass: a report that also scores high with a
second story may show the two tell one happening (an outlet with its own witnesses and its
own toll opened a story of its own); they merge when they also match as wholes, the smaller
into the larger (``StoryStore.merge``). An absorb pass (``story_absorb.py``): the small stories among
the report's candidates that every member of which now fits the story joined well merge into it (a
report that came before its happening's story took shape opened one of its own). A re-check
(``story_recheck.py``) undoes a small story's wrong join. A settling of small stories into a grown one
(``story_settle.settle_grown``): once the story joined has grown by several members since a lone
report among the candidates opened, that report is decided again against it, at the join threshold
(``story_settle.settle_lone``, off by default, does the same by the ledger's count of reports). At the
end of a batch (``StoryClusterer.settle``), the reports of the batch still alone in the story they
opened are decided again against the stories the batch left (``story_settle.rehome``).
Stories of several reports that agree in their particulars (``story_agree.py``: the same main names
put first, the same lead numbers, the same main times) merge whole after a join: two waves of one
happening, each opened before the other looked alike. A small story among the candidates that carries
the marks of the joined story or of its sibling (``story_sides.py``: what one of two like happenings'
members mostly write and the other's hardly ever do) joins that one.
And follow-ups: a dated report that looks back
("the toll from last week's shelling has risen to 62") decays over weeks, not days, and its
own tolls and weekdays are no clash with the story's. Sibling happenings: a dated report whose lead
gives its happening other calendar days than the story's (a second clash on the same border a week
later, "a week after the first") is no follow-up and scores lower (``story_match.day_clash``).

It works on analysis records (``spec/OUTPUT.md``) and never re-parses text. What a report brings
(``StoryFeatures``) is read in ``report_features.py``; a story, its parameters and the storage
contract are in ``story_model.py``; how alike a report and a story are in ``story_match.py``; IDF,
and the general-English prior that weighs words before the ledger has counted many reports (the
cold start), in ``terms.py``.

Use::

    store = MemoryStoryStore()                 # or a SQL store keeping the same contract
    clusterer = StoryClusterer(store)
    assignment = clusterer.add(story_features(record))   # Assignment(story_id, score, opened)

A store keeps ``Story.to_json()`` per story, an inverted index from each of
``story.index_keys()`` to the story (replaced at every save), and one ``TermStats``
(``to_json()``: ``{"n": reports, "df": {term: reports holding it}}``). ``candidates`` looks
up ``report_keys(features)``, ranks stories by keys shared, skips stories dated more than
ACTIVE_DAYS from a dated report, and returns at most ``limit``: the cost of a report is
bounded by the keys it has, the stories kept per key and ``limit``, not by the ledger's size.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice

from claimledger.link.report_features import StoryFeatures, report_keys
from claimledger.link.story_absorb import absorb_small
from claimledger.link.story_agree import merge_agreeing
from claimledger.link.story_match import days_apart, similarity, story_similarity
from claimledger.link.story_model import ACTIVE_DAYS, Assignment, Story, StoryParams, StoryStore
from claimledger.link.story_recheck import recheck
from claimledger.link.story_settle import rehome, settle_grown, settle_lone
from claimledger.link.story_sides import settle_sides
from claimledger.link.terms import Idf, TermStats


# ----------------------------------------------------------------------------- clustering
class StoryClusterer:
    """Assigns each new report to a story, or opens one: single pass, one report at a time."""

    def __init__(self, store: StoryStore, params: StoryParams | None = None) -> None:
        self.store = store
        self.params = params or StoryParams()
        # the reports that opened a story since the last ``settle`` (the last rehome_batch of them)
        self.opened: list[StoryFeatures] = []

    def add(self, features: StoryFeatures) -> Assignment:
        counts = self.store.term_stats()
        counts.add(features.all_terms())
        stats = Idf(counts)
        scored = sorted(((similarity(features, story, stats, self.params), story)
                         for story in self.store.candidates(features, self.params.candidates)),
                        key=lambda pair: (-pair[0], pair[1].id))
        lone = [story for _, story in scored if story.size == 1]
        if not scored or scored[0][0] < self.params.threshold:
            story = Story(id=self.store.new_story_id(), born=counts.n)
            story.add(features)
            story.joined(counts.n)
            self.store.save(story)
            settle_lone(self.store, lone, counts.n, stats, self.params)
            if self.params.rehome_bar:
                self.opened = (self.opened + [features])[-self.params.rehome_batch:]
            return Assignment(story.id, 1.0, opened=True)
        best_score, best = scored[0]
        best.add(features)
        best.joined(counts.n)
        self.store.save(best)
        bridged = [story for score, story in scored[1:] if score >= self.params.bridge_threshold]
        # the stories the re-check or the merge pass may change are left to them
        small = [story for score, story in scored[1:] if score < self.params.bridge_threshold]
        moved = recheck(self.store, best, stats, self.params)
        gone = {best.id}
        if moved is not None:
            best, documents, target = moved
            gone.add(target)
            bridged = [s for s in bridged if s.id != target]
            small = [s for s in small if s.id != target]
            if features.document in documents:  # the report itself went: it tells the other happening
                return Assignment(target, round(best_score, 4), opened=False)
        survivor, merged = self._merge_bridged(best, bridged, stats)
        if survivor == best.id:  # a bridged story the merge pass left apart may still be absorbed
            others = [s for s in small + bridged if s.id not in merged]
            merged |= set(absorb_small(self.store, best, others, stats, self.params))
            # the small stories still apart, decided again against the story they may have come early to
            others = [s for s in small + bridged if s.id not in merged]
            merged |= set(settle_grown(self.store, best, others, stats, self.params))
            # the small stories still apart, decided between the story and its sibling by what sets them apart
            others = [s for s in bridged + small if s.id not in merged]
            merged |= set(settle_sides(self.store, best, others, stats, self.params))
            # the stories of several reports that agree with it in their particulars: two halves of one happening
            others = [s for s in bridged + small if s.id not in merged]
            survivor, agreed = merge_agreeing(self.store, best, others, stats, self.params)
            merged |= set(agreed)
        gone |= merged | {survivor}
        settle_lone(self.store, [s for s in lone if s.id not in gone], counts.n, stats, self.params)
        return Assignment(survivor, round(best_score, 4), opened=False)

    def settle(self) -> list[int]:
        """The end of a batch: each report of it still alone in the story it opened is decided again
        against the stories the batch left (``story_settle.rehome``); the ids of the stories merged
        away (their reports are in the story ``store.resolve`` gives)."""
        merged = rehome(self.store, self.opened, Idf(self.store.term_stats()), self.params)
        self.opened = []
        return merged

    def _merge_bridged(self, story: Story, others: list[Story], stats: Idf) -> tuple[int, set[int]]:
        """The second pass: a report close to two stories may show they tell one happening (an
        outlet's own witnesses and toll opened a story of its own). The stories merge when they
        also resemble each other as wholes, the smaller into the larger; returns the survivor's id
        and the ids of the stories merged into it."""
        merged = set()
        for other in others[:self.params.merges]:
            if story_similarity(other, story, stats, self.params) < self.params.merge_threshold:
                continue
            into, absorbed = (story, other) if story.size >= other.size else (other, story)
            if self.store.merge(into, absorbed):
                story = into
                merged.add(absorbed.id)
        return story.id, merged


class MemoryStoryStore:
    """A store in memory, for tests and the evaluation: the same contract a SQL store keeps.

    The inverted index keeps, per key, only the most recently saved POSTINGS stories: a key
    shared by thousands of stories would otherwise make each lookup grow with the ledger.
    """

    POSTINGS = 50  # stories remembered per key; older ones stay reachable through rarer keys

    def __init__(self) -> None:
        self.stories: dict[int, Story] = {}
        self._index: dict[str, dict[int, None]] = {}  # key -> story ids, oldest save first
        self._indexed: dict[int, set[str]] = {}
        self._stats = TermStats()
        self._next = 1
        self._merged: dict[int, int] = {}  # absorbed story -> the story it went into

    def new_story_id(self) -> int:
        self._next += 1
        return self._next - 1

    def term_stats(self) -> TermStats:
        return self._stats

    def save(self, story: Story) -> None:
        self.stories[story.id] = story
        keys = story.index_keys()
        for key in self._indexed.get(story.id, set()) - keys:
            self._index.get(key, {}).pop(story.id, None)
        for key in keys:
            posting = self._index.setdefault(key, {})
            posting.pop(story.id, None)
            posting[story.id] = None
            while len(posting) > self.POSTINGS:
                dropped = next(iter(posting))
                del posting[dropped]
                self._indexed.get(dropped, set()).discard(key)
        self._indexed[story.id] = keys

    def merge(self, into: Story, absorbed: Story) -> bool:
        into.absorb(absorbed)
        self.save(into)
        for key in self._indexed.pop(absorbed.id, set()):
            self._index.get(key, {}).pop(absorbed.id, None)
        del self.stories[absorbed.id]
        self._merged[absorbed.id] = into.id
        return True

    def move(self, source: Story, target: Story, documents: list[str]) -> bool:
        self.save(source)
        self.save(target)
        return True

    def story_of(self, document: str) -> int | None:
        """The story a report is in now."""
        return next((s.id for s in self.stories.values() if document in s.documents), None)

    def resolve(self, story_id: int) -> int:
        """The story a story id given out earlier is part of now (merges move reports on)."""
        while story_id in self._merged:
            story_id = self._merged[story_id]
        return story_id

    def candidates(self, features: StoryFeatures, limit: int) -> list[Story]:
        shared: Counter[int] = Counter()
        for key in report_keys(features):
            shared.update(list(self._index.get(key, {})))
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))
        active = (self.stories[sid] for sid, _ in ranked)
        return list(islice((s for s in active if (days_apart(features.published, s) or 0) <= ACTIVE_DAYS), limit))
