"""The absorb pass: a story that grows takes in the small stories it now plainly tells.

A single pass decides each report against the stories as they were when it arrived. A report
that came before its happening's story had taken shape (an early outlet with its own angle, a
follow-up read before the main reports) opened a story of its own and stays there: in shuffled
orders this is most of what splits a happening. So after each join, the other candidate stories
of the report that hold at most ``absorb_size`` reports are checked against the story joined:
when every member of one scores ``absorb_threshold`` or more with it (well above the join
threshold: a false merge costs more than a split), the small story merges into it. This is the
decision those members would have met had they arrived after the story grew.

Only the report's own candidates are checked (found through the store's index): the cost stays
bounded by ``StoryParams.candidates`` and the small stories' sizes, not by the ledger's.
"""

from __future__ import annotations

from claimledger.link.story_match import similarity
from claimledger.link.story_model import Story, StoryParams, StoryStore
from claimledger.link.terms import Idf


def absorbable(small: Story, story: Story, stats: Idf, params: StoryParams) -> bool:
    """Whether every member of a small story scores ``absorb_threshold`` or more with a larger story.
    Needs each member's own features (``Story.seeds``): a story's centroid alone blurs a member that
    does not fit among several that do."""
    if not params.absorb_size or not 0 < small.size <= params.absorb_size or small.size >= story.size:
        return False
    if not all(d in small.seeds for d in small.documents):
        return False
    return all(similarity(small.seeds[d], story, stats, params) >= params.absorb_threshold for d in small.documents)


def absorb_small(store: StoryStore, story: Story, others: list[Story], stats: Idf, params: StoryParams) -> list[int]:
    """Merge into ``story`` each of ``others`` it can absorb (``absorbable``); the ids merged."""
    merged = []
    for other in others:
        if other.id != story.id and absorbable(other, story, stats, params) and store.merge(story, other):
            merged.append(other.id)
    return merged
