"""The settling of small stories: a report still alone once its story has taken shape is decided again.

``settle_grown`` (on): after a report joins a story, the small stories among the report's candidates
that opened before the story took in ``grow_gain`` more members are decided again against it (below).
``settle_lone`` (off, ``settle_age`` 0): the same by the ledger's count of reports instead of the
story's growth.

A report that opened a story of its own was decided against the stories and the counts of words
the ledger had when it arrived. Both move: its happening's story grows (its fit rises as the story
takes in more of the happening's words), and the IDF of the names and words it shares with that
story changes as the ledger counts more reports. So a story that still holds one report once
``settle_age`` more reports have come in is decided again, as a report arriving now would be: it
joins the candidate story it now scores ``threshold`` or more with, the best one, when that story
holds at least two reports. A report of the first hours of a happening of its own (the seed of a
sibling happening) is no lone story by then: its happening's reports have joined it, or it has been
joined into its happening by the clusterer's other passes; a lone story this young is left alone
(absorbing such seeds early is what failed at the last stop).

It runs after each report is placed, on the lone stories among that report's candidates: the cost
stays bounded: at most ``settles`` lone stories a report (those it scored highest with), each
decided again at most ``settle_times`` times; and a ledger linked report by report settles as one
linked in a single run does.

``rehome`` (``rehome_bar``; 0: off): at the end of a batch, each report of the batch that opened a story
and is still alone in it is decided again once, against its candidate stories as the whole batch left
them. A report read before its happening's first reports came (in the order a feed delivers, the
blog or the follow-up often comes first) opened a story of its own; by the batch's end the happening's
story has filled in, and what the report could not be matched with when it came may be there now. It
joins the story it now scores ``rehome_bar`` or more with when that story holds two reports or more
and scores highest of all its candidates. The cost is bounded by the batch: the last ``rehome_batch``
lone reports, each scored with its ``candidates`` once.
"""

from __future__ import annotations

from claimledger.link.report_features import StoryFeatures
from claimledger.link.story_match import similarity
from claimledger.link.story_model import Story, StoryParams, StoryStore
from claimledger.link.terms import Idf


def settle_lone(store: StoryStore, lone: list[Story], reports: int, stats: Idf, params: StoryParams) -> list[int]:
    """Decide each lone story of ``lone`` again when ``reports`` (the ledger's count of reports)
    is ``settle_age`` past the count it opened at; the ids of the stories merged into another."""
    merged: list[int] = []
    if not params.settle_age:
        return merged
    due = [s for s in lone if s.size == 1 and s.settled < params.settle_times and reports - s.born >= params.settle_age]
    for story in due[:params.settles]:
        features = story.seeds.get(story.documents[0])
        if features is None:
            continue
        others = [s for s in store.candidates(features, params.candidates) if s.id != story.id and s.id not in merged]
        scored = sorted(((similarity(features, s, stats, params), s) for s in others),
                        key=lambda pair: (-pair[0], pair[1].id))
        best = next(((score, s) for score, s in scored if s.size >= 2), None)
        if best is not None and best[0] >= params.threshold and best[0] >= scored[0][0] and store.merge(best[1], story):
            merged.append(story.id)
            continue
        story.settled += 1
        store.save(story)
    return merged


def rehome(store: StoryStore, opened: list[StoryFeatures], stats: Idf, params: StoryParams) -> list[int]:
    """Decide again each report of ``opened`` (the reports that opened a story in a batch, oldest first) that
    is still alone in its story (module doc); the ids of the lone stories merged into another."""
    merged: list[int] = []
    if not params.rehome_bar:
        return merged
    for features in opened[-params.rehome_batch:]:
        found = store.candidates(features, params.candidates)
        own = next((s for s in found if s.documents == [features.document]), None)
        if own is None:  # joined by later reports, or merged into another story: no longer alone
            continue
        scored = sorted(((similarity(features, s, stats, params), s) for s in found if s.id != own.id),
                        key=lambda pair: (-pair[0], pair[1].id))
        if not scored:
            continue
        score, best = scored[0]
        if best.size >= 2 and score >= params.rehome_bar and store.merge(best, own):
            merged.append(own.id)
    return merged


def settle_grown(store: StoryStore, story: Story, pool: list[Story], stats: Idf, params: StoryParams) -> list[int]:
    """After a report joined ``story``: each small story of ``pool`` (the report's other candidates)
    opened before ``story`` took in ``grow_gain`` more members merges into it when every member of the
    small story now scores ``grow_bar`` with it and (``grow_best``) fits no other story better; the ids
    merged. The growth is counted in the joined story's own members, not in the ledger's reports: a
    report that came before its happening's story took shape is decided again once that story has
    shape, whatever else the ledger took in meanwhile. A sibling happening's first report is left
    alone: its own reports, arriving alongside, have joined it, so it is no small story by then.
    The cost is bounded: at most ``grow_checks`` small stories a join, each member scored with the
    story and (``grow_best``) with its own ``candidates``, whatever the ledger's size."""
    merged: list[int] = []
    if not params.grow_gain:
        return merged
    checked = 0
    for small in pool:
        if checked >= params.grow_checks:
            break
        if (small.id == story.id or not 0 < small.size <= params.grow_small or small.size >= story.size
                or story.grown_since(small.born) < params.grow_gain
                or not all(d in small.seeds for d in small.documents)):
            continue
        checked += 1
        if (all(fits(store, small.seeds[d], small, story, stats, params) for d in small.documents)
                and store.merge(story, small)):
            merged.append(small.id)
    return merged


def fits(store: StoryStore, features: StoryFeatures, own: Story, story: Story, stats: Idf,
         params: StoryParams) -> bool:
    """Whether a small story's member scores ``grow_bar`` with ``story`` and, with ``grow_best``, no
    other candidate story of its own (its own small story left out) scores higher."""
    score = similarity(features, story, stats, params)
    if score < params.grow_bar:
        return False
    if not params.grow_best:
        return True
    return all(similarity(features, other, stats, params) <= score
               for other in store.candidates(features, params.candidates) if other.id not in (own.id, story.id))
