"""The re-check: a wrong early join is undone while a story is still small.

A single pass decides once. A report that joined a one- or two-report story by mistake (two
arrests of players of one team, two quakes on one island, two raids by one navy) stays, and
the story then draws both happenings' later reports: in shuffled orders this is most of what
the clusterer gets wrong. So while a story holds few reports (its members' features kept as
``Story.seeds``), each join re-checks it as a whole:

- the member that fits the rest of the story worst, below the join threshold, leaves: for the
  other story it fits at the threshold (and better), or alone when it fits less than
  ``leave_threshold``;
- else the members are put in two groups (the two least alike start them, each other member
  goes where it fits better); when both groups hold ``split_min`` reports or more and score
  below ``split_threshold`` as wholes, the story is two happenings and splits: the group
  holding its oldest member keeps it.

The stories are rebuilt from the members' features, so a story without a member is exactly
what it would have been had the member never joined.
"""

from __future__ import annotations

from claimledger.link.report_features import StoryFeatures
from claimledger.link.story_match import similarity, story_similarity
from claimledger.link.story_model import SEED_LIMIT, Story, StoryParams, StoryStore
from claimledger.link.terms import Idf

# What a re-check did: the story without the members that left, those members, the story they went to.
Moved = tuple[Story, list[str], int]


def rebuilt(story_id: int, members: list[StoryFeatures], like: Story | None = None) -> Story:
    """A story made again from its members' features, in the order they joined; with ``like``, it keeps
    that story's count of reports at opening and the times of its joins (story_settle.settle_grown)."""
    out = Story(id=story_id, born=like.born, joins=list(like.joins)) if like else Story(id=story_id)
    for f in members:
        out.add(f)
    return out


def recheckable(story: Story, params: StoryParams) -> bool:
    """A small story whose every member's features are kept (a merge of larger ones drops them)."""
    return (3 <= story.size <= min(params.recheck_size, SEED_LIMIT) and len(set(story.documents)) == story.size
            and all(d in story.seeds for d in story.documents))


def recheck(store: StoryStore, story: Story, stats: Idf, params: StoryParams) -> Moved | None:
    """Re-check a small story after a join: what moved, or None when it stays whole."""
    if not recheckable(story, params):
        return None
    members = [story.seeds[d] for d in story.documents]
    return leave(store, story, members, stats, params) or split(store, story, members, stats, params)


def leave(store: StoryStore, story: Story, members: list[StoryFeatures], stats: Idf,
          params: StoryParams) -> Moved | None:
    """The member fitting the rest worst leaves, for a story it fits better or alone (module doc)."""
    scored = []
    for k, f in enumerate(members):
        rest = rebuilt(story.id, members[:k] + members[k + 1:], story)
        scored.append((similarity(f, rest, stats, params), k, f, rest))
    score, _, member, rest = min(scored, key=lambda s: (s[0], s[1]))
    if score >= params.threshold:
        return None
    others = [(similarity(member, s, stats, params), s) for s in store.candidates(member, params.candidates)
              if s.id != story.id]
    best = max(others, key=lambda pair: (pair[0], -pair[1].id), default=None)
    if best is not None and best[0] >= params.threshold and best[0] > score:
        target = best[1]
    elif score < params.leave_threshold:
        target = Story(id=store.new_story_id(), born=max(story.joins, default=story.born))  # opened now
    else:
        return None
    target.add(member)
    return (rest, [member.document], target.id) if store.move(rest, target, [member.document]) else None


def split(store: StoryStore, story: Story, members: list[StoryFeatures], stats: Idf,
          params: StoryParams) -> Moved | None:
    """A story of two happenings splits in two (module doc)."""
    if not params.split_threshold:
        return None
    groups = two_groups(members, stats, params)
    if min(len(g) for g in groups) < params.split_min:
        return None
    kept, gone = sorted(groups, key=min)  # the group of the oldest member keeps the story
    keep = rebuilt(story.id, [members[k] for k in kept], story)
    away = rebuilt(0, [members[k] for k in gone])
    away.born = max(story.joins, default=story.born)  # opened now
    if story_similarity(keep, away, stats, params) >= params.split_threshold:
        return None
    away.id = store.new_story_id()
    return (keep, away.documents, away.id) if store.move(keep, away, list(away.documents)) else None


def two_groups(members: list[StoryFeatures], stats: Idf, params: StoryParams) -> tuple[list[int], list[int]]:
    """The members' indexes in two groups: the two least alike start them, then the member most
    like one of the groups joins it, until all are placed."""
    single = [rebuilt(0, [f]) for f in members]
    n = len(members)
    pair = {(i, j): (similarity(members[i], single[j], stats, params)
                     + similarity(members[j], single[i], stats, params)) / 2
            for i in range(n) for j in range(i + 1, n)}
    a, b = min(pair, key=lambda ij: (pair[ij], ij))
    groups: tuple[list[int], list[int]] = ([a], [b])
    rest = [k for k in range(n) if k not in (a, b)]
    while rest:
        built = [rebuilt(0, [members[k] for k in g]) for g in groups]
        _, k, g = max((similarity(members[k], built[g], stats, params), k, g) for k in rest for g in (0, 1))
        groups[g].append(k)
        rest.remove(k)
    return sorted(groups[0]), sorted(groups[1])
