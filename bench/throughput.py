"""Throughput of `claimledger analyze` against bare spaCy on the same texts, in one run.

    .venv/bin/python bench/throughput.py [--data ../shared/data/fa-kes/FA-KES-Dataset.csv] [--limit N]

Both runs use the same model and the same texts (FA-KES war reports). The baseline
is `nlp.pipe` alone; ours is the full analysis (reading metadata aside): places,
times, claims, figures, events and the JSON record. It prints words per CPU-second
(and per wall-second) for each, their ratio (ours / bare; issue 8's target is at least 0.74: our
extraction costs at most about 35% over the parse), and the peak resident memory after each run.
What the extractor remembers across reports (gazetteer lookups, which words are capitalised)
is warm from the second round on, as it is a few reports into a long ingest.

The long-report row analyses one report of 5k, 50k and 150k words (FA-KES reports
joined as paragraphs), each in a fresh process so its peak memory is its own, and
prints seconds per 1,000 words for each: a cost that grows faster than the text
shows as a rising row (the target is flat within 1.5x).
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

from claimledger.analyze import analyze_many
from claimledger.model import Document
from claimledger.nlp import load, model_label

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fa-kes" / "FA-KES-Dataset.csv"


def read_reports(path: Path, limit: int | None) -> list[Document]:
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    docs = [Document(text=row["article_content"].strip(), title=row["article_title"], outlet=row["source"])
            for row in rows if row["article_content"].strip()]
    return docs[:limit] if limit else docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds). CPU time is what the ratio uses:
    it does not move when other programs load the machine."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


LONG_SIZES = (5_000, 50_000, 150_000)
TARGET_RATIO = 0.74  # issue 8: ours / bare spaCy, CPU time


def long_report(docs: list[Document], words: int) -> Document:
    """One report of at least ``words`` words: whole reports joined as paragraphs."""
    parts, count = [], 0
    while count < words:
        for d in docs:
            parts.append(d.text)
            count += len(d.text.split())
            if count >= words:
                break
    return Document(text="\n\n".join(parts), title="Long report")


def _time_one(document: Document, queue) -> None:
    """In a child process: analyse one report, send (words, CPU s, wall s, peak MB)."""
    from claimledger.analyze import analyze

    nlp = load()
    # spaCy refuses texts over max_length (1,000,000 characters); the bench measures the
    # extractor's growth, so it lifts the limit for this one report
    nlp.max_length = max(nlp.max_length, len(document.text) + 1)
    analyze(Document(text="Russian troops shelled Kharkiv, the ministry said."), nlp)  # tables loaded
    base = peak_rss_mb()
    cpu, wall = timed(lambda: analyze(document, nlp))
    queue.put((len(document.text.split()), cpu, wall, peak_rss_mb(), base))


def long_rows(docs: list[Document], sizes: tuple[int, ...] = LONG_SIZES) -> list[dict]:
    rows = []
    ctx = multiprocessing.get_context("spawn")
    for size in sizes:
        queue = ctx.Queue()
        child = ctx.Process(target=_time_one, args=(long_report(docs, size), queue))
        child.start()
        words, cpu, wall, peak, base = queue.get()
        child.join()
        rows.append({"words": words, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
                     "cpu_ms_per_1000_words": round(1000 * 1000 * cpu / words, 1),
                     "peak_rss_mb": round(peak), "rss_before_mb": round(base)})
    per_word = [r["cpu_ms_per_1000_words"] for r in rows]
    for r in rows:
        r["vs_smallest"] = round(r["cpu_ms_per_1000_words"] / per_word[0], 2)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None, help="only the first N reports")
    ap.add_argument("--rounds", type=int, default=2, help="interleaved runs of each; the best counts")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--long", default=",".join(map(str, LONG_SIZES)),
                    help="word counts of the long-report row (comma-separated; '' or 0 to skip)")
    ap.add_argument("--long-only", action="store_true", help="only the long-report row")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"error: no data at {args.data}", file=sys.stderr)
        return 2
    docs = read_reports(args.data, args.limit)
    sizes = tuple(int(n) for n in args.long.split(",") if n.strip() and int(n) > 0)
    if args.long_only:
        return _print_long(long_rows(docs, sizes), args.json)
    words = sum(len(d.text.split()) for d in docs)
    nlp = load()
    list(nlp.pipe(d.text for d in docs[:20]))  # warm up both paths alike
    list(analyze_many(docs[:20], nlp))

    bare_runs, ours_runs = [], []
    for _ in range(args.rounds):  # interleaved, best of each, so drift hits both alike
        bare_runs.append(timed(lambda: sum(1 for _ in nlp.pipe((d.text for d in docs), batch_size=16))))
        bare_peak = peak_rss_mb()
        ours_runs.append(timed(lambda: sum(1 for _ in analyze_many(docs, nlp, batch_size=16))))
        ours_peak = peak_rss_mb()
    bare = min(cpu for cpu, _ in bare_runs)
    ours = min(cpu for cpu, _ in ours_runs)
    result = {
        "reports": len(docs), "words": words, "rounds": args.rounds,
        "bare_spacy_words_per_cpu_s": round(words / bare), "claimledger_words_per_cpu_s": round(words / ours),
        "bare_spacy_words_per_wall_s": round(words / min(w for _, w in bare_runs)),
        "claimledger_words_per_wall_s": round(words / min(w for _, w in ours_runs)),
        "ratio": round(bare / ours, 3),
        "peak_rss_mb_after_bare": round(bare_peak), "peak_rss_mb_after_ours": round(ours_peak),
    }
    if sizes:
        result["long_report"] = long_rows(docs, sizes)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(docs)} reports, {words:,} words, model {model_label(nlp)}, best of {args.rounds} rounds")
        print(f"bare spaCy nlp.pipe : {result['bare_spacy_words_per_cpu_s']:>8,} words/CPU-s "
              f"({result['bare_spacy_words_per_wall_s']:,} words/wall-s)   peak RSS {bare_peak:,.0f} MB")
        print(f"claimledger analyze : {result['claimledger_words_per_cpu_s']:>8,} words/CPU-s "
              f"({result['claimledger_words_per_wall_s']:,} words/wall-s)   peak RSS {ours_peak:,.0f} MB")
        print(f"ratio (ours / bare, CPU time) : {result['ratio']:.3f}   (target >= {TARGET_RATIO})")
        if sizes:
            _print_long(result["long_report"], False)
    return 0


def _print_long(rows: list[dict], as_json: bool) -> int:
    if as_json:
        print(json.dumps({"long_report": rows}))
        return 0
    print("long report (one report, parse + extraction, fresh process each):")
    for r in rows:
        print(f"  {r['words']:>8,} words : {r['cpu_s']:>7.1f} CPU-s  {r['cpu_ms_per_1000_words']:>6.1f} ms/1000 words "
              f"({r['vs_smallest']:.2f}x the smallest)   peak RSS {r['peak_rss_mb']:,} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
