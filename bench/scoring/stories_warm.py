"""Stories (ECB+) on a warm ledger: the clusterer, and the peer, given the tuning topics' reports as history.

The cold rows (``stories.claimledger_stories``) start from an empty ledger. A real ledger holds history,
so two more ways to start are scored, on the evaluated reports only:

* ``idf``: the tuning topics' reports are counted into the ledger's document frequencies (IDF) first, and
  are no candidates for joins;
* ``ledger``: they are ingested first as stories (file order, then the batch's settling), a ledger with a
  past; an evaluated report may join one of their stories (a false merge if two evaluated reports of
  different stories do).

The peer gets the same background: its IDF counts the evaluated and the tuning texts (its threshold is
still chosen on the tuning topics, as in the cold row).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from .common import result_row
from .stories import (
    SHUFFLES,
    Report,
    analysed_records,
    average_link_merges,
    cut,
    mean_scores,
    score_grouping,
    tfidf_similarity,
)

WARM = ("idf", "ledger")


def cluster_warm(features: Sequence[Any], order: Sequence[int], background: Sequence[Any], warm: str) -> list[int]:
    """Each evaluated report's story once the background is in (as ``warm`` says) and the reports are fed
    in ``order``."""
    from claimledger.link.stories import MemoryStoryStore, StoryClusterer

    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    if warm == "idf":
        counts = store.term_stats()
        for f in background:
            counts.add(f.all_terms())
    elif warm == "ledger":
        for f in background:
            clusterer.add(f)
        clusterer.settle()
    else:
        raise ValueError(f"no warm start {warm!r}")
    groups = [0] * len(features)
    for i in order:
        groups[i] = clusterer.add(features[i]).story_id
    clusterer.settle()
    return [store.story_of(features[i].document) or store.resolve(groups[i]) for i in range(len(features))]


def claimledger_warm(evaluated: Sequence[Report], tuning: Sequence[Report], label: str, warm: str) -> list[dict]:
    """claimledger's rows (file order, shuffled mean) on a ledger warmed on the tuning reports."""
    from claimledger.link.report_features import story_features

    features = [story_features(r) for r in analysed_records(evaluated)]
    background = [story_features(r) for r in analysed_records(tuning)]
    gold = [r.story for r in evaluated]
    in_order = score_grouping(gold, cluster_warm(features, range(len(features)), background, warm))
    shuffled = []
    for seed in SHUFFLES:
        order = list(range(len(features)))
        random.Random(seed).shuffle(order)
        shuffled.append(score_grouping(gold, cluster_warm(features, order, background, warm)))
    how = ("IDF counted on" if warm == "idf" else "ledger holding") + f" the {len(tuning)} tuning reports first"
    return [result_row("stories", label, f"claimledger, file order, warm ({warm})", in_order, how),
            result_row("stories", label, f"claimledger, {len(SHUFFLES)} shuffled orders (mean), warm ({warm})",
                       mean_scores(shuffled), how)]


def peer_warm(evaluated: Sequence[Report], tuning: Sequence[Report], label: str, threshold: float,
              tune_topics: str) -> dict:
    """The TF-IDF peer's row with the same background: IDF over the evaluated and the tuning texts."""
    sim = tfidf_similarity([r.text for r in evaluated], [r.text for r in tuning])
    groups = cut(average_link_merges(sim), len(evaluated), threshold)
    return result_row("stories", label, "TF-IDF cosine, average link, warm (IDF)",
                      score_grouping([r.story for r in evaluated], groups),
                      f"one threshold {threshold:.2f}, chosen on topics {tune_topics}; IDF also on them")
