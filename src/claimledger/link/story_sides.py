"""Sides: a small story is decided between two sibling stories by what sets them apart.

Two like happenings (two quakes on one island, two offers for one player, two elections in one
country) share every topic word, so a report scores about alike with both stories, and a report that
came early or tells its happening in other words stays alone: its fit to either is low for the same
reason that the two stories' fit to each other is high. Seen one level up, the two grown stories form
one coarse group (they score ``sides_coarse`` or more as wholes), and within it what matters is only
what one side's members mostly write and the other's hardly ever do: the side's *marks* (``side_marks``):
its main names and words, the numbers and places its members write, its figures, its times. A small
story (one to three reports) that carries ``sides_need`` or more of one side's marks and none of the
other's joins that side; carrying neither's, or both's, it stays alone.

It runs after each join, on the report's own candidates: the joined story, the grown story among the
other candidates that is its sibling, and at most ``SIDES_CHECKS`` small stories; the cost is bounded by
the candidates, not by the ledger.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimledger.link.story_match import story_similarity
from claimledger.link.story_model import Story, StoryParams, StoryStore
from claimledger.link.terms import Idf

SIDES_SMALL = 3  # a small story: at most this many reports
SIDES_GROWN = 3  # a side: a story of at least this many reports
SIDES_CHECKS = 3  # small stories decided per join, at most
MARK_SHARE = 0.5  # a side's mark: written by at least this share of its members ...
LACK_SHARE = 0.1  # ... and by under this share of the other side's (soft counts for names and words)
CORE_MIN = 2  # a coarse group: two sides sharing at least this many particulars MARK_SHARE of each side write
CORE_SHARE = 0.5  # ... of which a small story carries at least this share: it tells the group's topic


def _share(counts: dict[str, float], size: int) -> dict[str, float]:
    return {k: v / max(1, size) for k, v in counts.items()}


def written(story: Story) -> dict[str, float]:
    """The share of a story's members writing each particular, prefixed by kind: main names ("n:") and
    words ("t:") from its lookup keys, numbers ("x:"), places below a country ("p:"), figures ("f:")."""
    out = {k: v / max(1, story.size) for k, v in story.keys.items() if k[:2] in ("n:", "t:")}
    out.update({"x:" + k: v for k, v in _share(story.numbers, story.size).items()})
    out.update({"p:" + k: v for k, v in _share(story.places, story.size).items() if not k.startswith("cc:")})
    out.update({"f:" + k: v for k, v in _share(story.figures, story.size).items()})
    return out


def present(story: Story) -> dict[str, float]:
    """``written``, where a name or a word also counts when a member writes it in passing (its share of
    the story's summed name and word vectors, per member): what a side *lacks* must be lacking outright."""
    out = written(story)
    for prefix, bag in (("n:", story.names), ("t:", story.terms)):
        for k, v in bag.items():
            out[prefix + k] = max(out.get(prefix + k, 0.0), v / max(1, story.size))
    return out


def side_marks(side: Story, other: Story) -> set[str]:
    """The particulars ``MARK_SHARE`` of one side's members write and under ``LACK_SHARE`` of the other's."""
    theirs = present(other)
    return {k for k, share in written(side).items() if share >= MARK_SHARE and theirs.get(k, 0.0) < LACK_SHARE}


def carried(small: Story) -> set[str]:
    """Every particular any member of a small story writes, in ``written``'s kinds."""
    return set(present(small))


def core(a: Story, b: Story) -> set[str]:
    """What two sides share: the particulars ``MARK_SHARE`` of each side's members write (the player, the
    island, the kind of happening). Two stories of a coarse group share several; two of other topics few."""
    theirs = written(b)
    return {k for k, share in written(a).items() if share >= MARK_SHARE and theirs.get(k, 0.0) >= MARK_SHARE}


def choose_side(small: Story, a: Story, b: Story, need: int) -> Story | None:
    """The side whose marks the small story carries ``need`` or more of, carrying none of the other's; None
    unless the two sides form a coarse group (``CORE_MIN`` shared particulars) whose core the small story
    mostly carries (``CORE_SHARE``): marks tell two siblings apart only for a report of their topic."""
    return Sides(a, b).choose(small, need)


class Sides:
    """Two sides of a coarse group, their core and marks read once for the small stories decided between them."""

    def __init__(self, a: Story, b: Story) -> None:
        self.a, self.b = a, b
        self.core = core(a, b)
        self.marks_a, self.marks_b = side_marks(a, b), side_marks(b, a)

    def choose(self, small: Story, need: int) -> Story | None:
        """``choose_side`` for one small story."""
        if len(self.core) < CORE_MIN:
            return None
        have = carried(small)
        if len(self.core & have) < CORE_SHARE * len(self.core):
            return None
        on_a, on_b = len(self.marks_a & have), len(self.marks_b & have)
        if on_a >= need and not on_b:
            return self.a
        if on_b >= need and not on_a:
            return self.b
        return None


def sibling(story: Story, pool: Iterable[Story], stats: Idf, params: StoryParams) -> Story | None:
    """The first grown story of ``pool`` (the report's other candidates, best first) scoring ``sides_coarse``
    or more with ``story`` as wholes: the other happening of its coarse group."""
    for other in pool:
        if (other.id != story.id and other.size >= SIDES_GROWN
                and story_similarity(story, other, stats, params) >= params.sides_coarse):
            return other
    return None


def settle_sides(store: StoryStore, story: Story, pool: list[Story], stats: Idf, params: StoryParams) -> list[int]:
    """After a report joined ``story``: each small story of ``pool`` joins ``story`` or its sibling when it
    carries that side's marks only (module doc); the ids merged away."""
    merged: list[int] = []
    if not params.sides_need or story.size < SIDES_GROWN:
        return merged
    smalls = [s for s in pool if s.id != story.id and 0 < s.size <= SIDES_SMALL]
    if not smalls:  # nothing to decide: no sibling sought
        return merged
    other = sibling(story, pool, stats, params)
    if other is None:
        return merged
    sides = Sides(story, other)
    for small in [s for s in smalls if s.id != other.id][:SIDES_CHECKS]:
        side = sides.choose(small, params.sides_need)
        if side is None or story_similarity(small, side, stats, params) < params.sides_floor:
            continue
        if store.merge(side, small):
            merged.append(small.id)
    return merged

