"""How well a report's story features tell its story from its topic's sibling, pair by pair, on frozen ECB+ records.

    .venv/bin/python bench/story_pairs.py --frozen /tmp/stories/frozen.jsonl --halves 1-11 12-22

For each half of the tuning topics, every ordered pair of reports of one topic is scored with the
clusterer's own ``similarity`` (the second report as a story of one; IDF counted over the whole half,
as a grown ledger would), and so is each report against the rest of its gold story and against the
topic's other story. It prints the share of same-story and of sibling pairs at or above the join
threshold, the AUC of the pair scores, the reports below the bar against their own story and above it
against the sibling's, and each signal's mean weighted part in four groups (same / sibling, above /
below the bar). Seconds per half, no clustering: a quick read of a change to ``report_features``
before ``stories_study.py grid`` scores it in every order. Study the tuning topics (1-22) only.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from scoring.stories import _topic_range
from stories_study import load_frozen, parse_sets

# Signals and the StoryParams weight each is summed with (a penalty's weight counts negative).
WEIGHTS = {"text": "w_text", "names": "w_names", "numbers": "w_numbers", "figures": "w_figures",
           "events": "w_events", "conflict": "-w_conflict", "novel": "-w_novel", "when": "w_when",
           "when_clash": "-w_when_clash", "year": "w_year", "year_clash": "-w_year_clash"}


def _auc(positive: list[float], negative: list[float]) -> float:
    """The chance a same-story pair outscores a sibling pair (ties count half)."""
    if not positive or not negative:
        return float("nan")
    ranked = sorted(negative)
    wins = sum(bisect.bisect_left(ranked, x) + 0.5 * (bisect.bisect_right(ranked, x) - bisect.bisect_left(ranked, x))
               for x in positive)
    return wins / (len(positive) * len(negative))


def study(frozen: Path, half: str, sets: list[str] | None = None) -> None:
    from claimledger.link.report_features import story_features
    from claimledger.link.story_match import signals, similarity
    from claimledger.link.story_model import Story, StoryParams
    from claimledger.link.terms import Idf, TermStats

    rows = load_frozen(frozen, _topic_range(half))
    features = [story_features(r["record"]) for r in rows]
    params = replace(StoryParams(), **parse_sets(sets or []))
    weights = {k: (-1 if w.startswith("-") else 1) * getattr(params, w.lstrip("-")) for k, w in WEIGHTS.items()}
    counts = TermStats()
    for f in features:
        counts.add(f.all_terms())
    stats = Idf(counts)

    def story_of(members: list[int]) -> Story:
        story = Story(id=0)
        for j in members:
            story.add(features[j])
        return story

    scores: dict[bool, list[float]] = {True: [], False: []}
    parts: dict[str, list[dict[str, float]]] = defaultdict(list)
    alone: dict[bool, list[dict[str, float]]] = {True: [], False: []}  # each pair's signals, same story or not
    low_own, high_sibling = [], []
    by_story: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_story[(r["topic"], r["story"])].append(i)
    for i, r in enumerate(rows):
        own = [j for j in by_story[(r["topic"], r["story"])] if j != i]
        sibling = [j for (t, s), js in by_story.items() if t == r["topic"] and s != r["story"] for j in js]
        if own and similarity(features[i], story_of(own), stats, params) < params.threshold:
            low_own.append(r["name"])
        if sibling and similarity(features[i], story_of(sibling), stats, params) >= params.threshold:
            high_sibling.append(r["name"])
        for j in own + sibling:
            story = story_of([j])
            score = similarity(features[i], story, stats, params)
            same = j in own
            scores[same].append(score)
            group = ("same" if same else "sibling") + (" above" if score >= params.threshold else " below")
            parts[group].append(signals(features[i], story, stats, params))
            alone[same].append(parts[group][-1])
    same, sib = scores[True], scores[False]
    print(f"topics {half}: {len(rows)} reports; pairs at or above the bar: same story "
          f"{sum(x >= params.threshold for x in same) / max(1, len(same)):.3f}, sibling "
          f"{sum(x >= params.threshold for x in sib) / max(1, len(sib)):.3f}; AUC {_auc(same, sib):.4f}; "
          f"below the bar against their own story {len(low_own)}, above it against the sibling's {len(high_sibling)}")
    # each signal alone: how well it orders same-story pairs above sibling pairs (a penalty's negated),
    # and on how many pairs of each kind it is not zero
    print("  each signal's own AUC: " + " ".join(
        f"{k} {_auc([sgn * s[k] for s in alone[True]], [sgn * s[k] for s in alone[False]]):.3f}"
        f"({sum(1 for s in alone[True] if s[k]) / max(1, len(alone[True])):.2f}/"
        f"{sum(1 for s in alone[False] if s[k]) / max(1, len(alone[False])):.2f})"
        for k, w in WEIGHTS.items() for sgn in [-1 if w.startswith("-") else 1]))
    for group, found in sorted(parts.items()):
        print(f"  {group:<14} {len(found):>5} pairs  " + " ".join(
            f"{k} {sum(s[k] for s in found) / len(found) * w:+.3f}" for k, w in weights.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frozen", type=Path, required=True)
    ap.add_argument("--halves", nargs="+", default=["1-11", "12-22"])
    ap.add_argument("--set", action="append", default=[], help="a StoryParams field=value")
    args = ap.parse_args(argv)
    try:
        for half in args.halves:
            study(args.frozen, half, args.set)
    except (OSError, ValueError) as exc:
        print(f"story_pairs: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
