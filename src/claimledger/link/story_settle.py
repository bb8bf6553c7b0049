"""The settling of lone reports: a report still alone once the ledger has moved on is decided again.

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
"""

from __future__ import annotations

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
