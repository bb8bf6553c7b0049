"""Study the story clusterer on frozen ECB+ records: scores, order spread and the errors behind them.

    .venv/bin/python bench/stories_study.py freeze --out /tmp/stories/frozen.jsonl      # analyse once
    .venv/bin/python bench/stories_study.py score --frozen /tmp/stories/frozen.jsonl --topics 1-22 \
        [--set threshold=0.2 --set w_names=0.4] [--errors]

``freeze`` writes each report's analysis record with its topic and gold story, so the clusterer
can be studied on records that do not move while the analyser changes. ``score`` clusters them
(file order and the shuffled orders of ``bench/eval.py``), prints B-cubed scores and, with
``--errors``, the wrong merges and splits of the file order, and with ``--fragments`` the sizes of
the pieces each split story falls into and the mixed groups, in every order (lone outliers that
stay out in every order are another problem than a story cut in halves): study them on the tuning
topics (1-22) only; the test topics (23-35) are for measuring. ``grid`` scores several parameter
sets on each half of the tuning topics, features read once (a change that wins on one half and
loses on the other is fitting)::

    .venv/bin/python bench/stories_study.py grid --frozen /tmp/stories/frozen.jsonl \
        --halves 1-11 12-22 --spec "" --spec "threshold=0.18,w_names=0.4"

``--warm idf`` (or ``ledger``) gives the ledger history first: with ``grid``, each half is warmed on the other
halves; with ``score``, on ``--background`` topics. ``idf`` counts the background reports into the document
frequencies only (no candidates for joins), ``ledger`` ingests them as stories; only the scored reports are
scored. Topics 1-22, stop 30 (h153): a warm start lost on 1-11 (file order F1 0.962 -> 0.935, P 0.952 ->
0.911: the Sixers' 2005 hiring and 2008 firing of Cheeks merge) and a little on 12-22 shuffled (0.980 ->
0.976), IDF only and as a ledger alike; the cold parameters were chosen cold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from scoring.common import DATA
from scoring.stories import SHUFFLES, _topic_range, analysed_records, load_stories, mean_scores, score_grouping


def freeze(data: Path, out: Path) -> None:
    reports = load_stories(data)
    records = analysed_records(reports)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r, rec in zip(reports, records, strict=True):
            fh.write(json.dumps({"name": r.name, "topic": r.topic, "story": r.story, "record": rec}) + "\n")
    print(f"{len(records)} records -> {out}")


def load_frozen(path: Path, topics: set[int]) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r for r in rows if r["topic"] in topics]


WARM = ("cold", "idf", "ledger")  # how the ledger starts: empty, IDF counted on a background, background ingested


def cluster(features: list, order: list[int], params: object, background: list | None = None,
            warm: str = "cold") -> list[int]:
    """Each report's story once all are fed in ``order``. A warm start first gives the ledger history:
    ``idf`` counts the background reports' terms into its document frequencies only (they are no
    candidates for joins), ``ledger`` ingests them as stories (file order, then the batch's settling);
    either way only ``features`` are returned, and so scored."""
    from claimledger.link.stories import MemoryStoryStore, StoryClusterer

    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, params)  # type: ignore[arg-type]
    if background and warm == "idf":
        counts = store.term_stats()
        for f in background:
            counts.add(f.all_terms())
    elif background and warm == "ledger":
        for f in background:
            clusterer.add(f)
        clusterer.settle()
    groups = [0] * len(features)
    for i in order:
        groups[i] = clusterer.add(features[i]).story_id
    clusterer.settle()  # the end of the batch: lone reports decided again (story_settle.rehome)
    # the merge pass and the re-check move reports into other stories: where each is now
    return [store.story_of(features[i].document) or store.resolve(groups[i]) for i in range(len(features))]


def errors(rows: list[dict], groups: list[int]) -> None:
    """Each predicted group holding more than one gold story (a merge), each gold story split."""
    by_group: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        by_group[g].append(i)
    print("\n== merged (a group with several gold stories)")
    for g, members in sorted(by_group.items()):
        stories = Counter(rows[i]["story"] for i in members)
        if len(stories) > 1:
            print(f"group {g}: {dict(stories)}")
            for i in members:
                print(f"   {rows[i]['story']:>8} {rows[i]['name']:<16} {_headline(rows[i])}")
    print("\n== split (a gold story over several groups)")
    by_story: dict[str, Counter[int]] = defaultdict(Counter)
    for i, g in enumerate(groups):
        by_story[rows[i]["story"]][g] += 1
    for story, gs in sorted(by_story.items()):
        if len(gs) > 1:
            print(f"{story}: {dict(gs)}")


def fragments(rows: list[dict], groups: list[int]) -> tuple[list[str], list[str]]:
    """Each split gold story with the sizes of its pieces, largest first ("9_ecb:[9, 1]"), and
    each group holding several gold stories with its count of each."""
    by_story: dict[str, Counter[int]] = defaultdict(Counter)
    by_group: dict[int, Counter[str]] = defaultdict(Counter)
    for i, g in enumerate(groups):
        by_story[rows[i]["story"]][g] += 1
        by_group[g][rows[i]["story"]] += 1
    split = [f"{s}:{sorted(c.values(), reverse=True)}" for s, c in sorted(by_story.items()) if len(c) > 1]
    mixed = [str(dict(c.most_common())) for _, c in sorted(by_group.items()) if len(c) > 1]
    return split, mixed


def _headline(row: dict) -> str:
    text = row["record"]["document"].get("text") or ""
    return text[:110].replace("\n", " ")


def parse_sets(sets: list[str]) -> dict[str, float]:
    """``field=value`` pairs for StoryParams, each value of its field's type."""
    from claimledger.link.story_model import StoryParams

    defaults = StoryParams()
    out = {}
    for s in sets:
        key, _, value = s.partition("=")
        if not hasattr(defaults, key):
            raise ValueError(f"no StoryParams field {key!r}")
        out[key] = type(getattr(defaults, key))(float(value))
    return out


def score(frozen: Path, topics: str, sets: list[str], show_errors: bool, as_json: bool,
          show_fragments: bool = False, warm: str = "cold", background_topics: str = "") -> dict:
    from claimledger.link.report_features import story_features
    from claimledger.link.story_model import StoryParams

    rows = load_frozen(frozen, _topic_range(topics))
    params = replace(StoryParams(), **parse_sets(sets))
    features = [story_features(r["record"]) for r in rows]
    background = ([story_features(r["record"]) for r in load_frozen(frozen, _topic_range(background_topics))]
                  if background_topics and warm != "cold" else None)
    gold = [r["story"] for r in rows]
    groups = cluster(features, list(range(len(rows))), params, background, warm)
    in_order = score_grouping(gold, groups)
    shuffled = []
    pieces = [("file", fragments(rows, groups))]
    for seed in SHUFFLES:
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        grouping = cluster(features, order, params, background, warm)
        shuffled.append(score_grouping(gold, grouping))
        pieces.append((f"seed {seed}", fragments(rows, grouping)))
    mean = mean_scores(shuffled)
    result = {"file": in_order["bcubed"], "shuffled": mean["bcubed"], "groups": in_order["groups"],
              "shuffled_f1": [s["bcubed"]["f1"] for s in shuffled]}
    if as_json:
        print(json.dumps(result))
    else:
        b, m = in_order["bcubed"], mean["bcubed"]
        print(f"topics {topics} ({len(rows)} reports, {in_order['stories']} stories)")
        print(f"file order   P {b['p']:.3f} R {b['r']:.3f} F1 {b['f1']:.3f}  groups {in_order['groups']}")
        print(f"shuffled x{len(SHUFFLES)} P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}  "
              f"(each: {', '.join(f'{f:.3f}' for f in result['shuffled_f1'])})")
        if show_errors:
            errors(rows, groups)
        if show_fragments:
            print("\n== fragments (split stories: their pieces' sizes; mixed groups: gold stories in each)")
            for label, (split, mixed) in pieces:
                print(f"{label:>8} split: {' '.join(split) or '-'}")
                print(f"{'':>8} mixed: {' '.join(mixed) or '-'}")
    return result


def _scores(features: list, gold: list[str], params: object, background: list | None = None,
            warm: str = "cold") -> tuple[dict, dict]:
    """B-cubed of the file order and the mean of the shuffled orders."""
    in_order = score_grouping(gold, cluster(features, list(range(len(features))), params, background, warm))
    shuffled = []
    for seed in SHUFFLES:
        order = list(range(len(features)))
        random.Random(seed).shuffle(order)
        shuffled.append(score_grouping(gold, cluster(features, order, params, background, warm)))
    return in_order["bcubed"], mean_scores(shuffled)["bcubed"]


def grid(frozen: Path, halves: list[str], specs: list[str], warm: str = "cold") -> None:
    """Each spec ("field=value,field=value"; "" for the defaults) on each half: one line a spec. A warm
    start (``idf``, ``ledger``) takes the other halves' reports, in file order, as each half's background."""
    from claimledger.link.report_features import story_features
    from claimledger.link.story_model import StoryParams

    data = {}
    for half in halves:
        rows = load_frozen(frozen, _topic_range(half))
        data[half] = ([story_features(r["record"]) for r in rows], [r["story"] for r in rows])
    for spec in specs:
        params = replace(StoryParams(), **parse_sets([s for s in spec.split(",") if s]))
        out = []
        for half, (features, gold) in data.items():
            background = [f for other, (fs, _) in data.items() if other != half for f in fs]
            f, m = _scores(features, gold, params, background, warm)
            out.append(f"{half}: file {f['f1']:.3f} (P {f['p']:.3f} R {f['r']:.3f}) "
                       f"shuf {m['f1']:.3f} (P {m['p']:.3f} R {m['r']:.3f})")
        print(f"[{spec or 'defaults'}{'' if warm == 'cold' else ' warm ' + warm}] " + " | ".join(out), flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("freeze")
    p.add_argument("--data", type=Path, default=DATA / "ecbplus" / "docs.jsonl")
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("score")
    p.add_argument("--frozen", type=Path, required=True)
    p.add_argument("--topics", default="1-22")
    p.add_argument("--set", action="append", default=[], help="a StoryParams field=value")
    p.add_argument("--errors", action="store_true")
    p.add_argument("--fragments", action="store_true", help="pieces of split stories and mixed groups, every order")
    p.add_argument("--json", action="store_true")
    p.add_argument("--warm", choices=WARM, default="cold", help="how the ledger starts (see cluster)")
    p.add_argument("--background", default="", help="topics of a warm start's background reports")
    p = sub.add_parser("grid")
    p.add_argument("--warm", choices=WARM, default="cold", help="each half warmed on the other halves")
    p.add_argument("--frozen", type=Path, required=True)
    p.add_argument("--halves", nargs="+", default=["1-11", "12-22"])
    p.add_argument("--spec", action="append", default=[], help='"field=value,..." ("" for the defaults)')
    args = ap.parse_args(argv)
    try:
        if args.command == "freeze":
            freeze(args.data, args.out)
        elif args.command == "grid":
            grid(args.frozen, args.halves, args.spec or [""], args.warm)
        else:
            score(args.frozen, args.topics, args.set, args.errors, args.json, args.fragments, args.warm,
                  args.background)
    except (OSError, ValueError, TypeError) as exc:
        print(f"stories_study: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
