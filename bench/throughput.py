"""Throughput of `claimledger analyze` against bare spaCy on the same texts, in one run.

    .venv/bin/python bench/throughput.py [--data ../shared/data/fa-kes/FA-KES-Dataset.csv] [--limit N]

Both runs use the same model and the same texts (FA-KES war reports). The baseline
is `nlp.pipe` alone; ours is the full analysis (reading metadata aside): places,
times, claims, figures, events and the JSON record. It prints words per second for
each, their ratio (ours / bare; the target is at least 0.7: our extraction costs at
most 30% over the parse), and the peak resident memory after each run.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import resource
import sys
import time
from pathlib import Path

from claimledger.analyze import analyze_many
from claimledger.model import Document
from claimledger.nlp import load

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fa-kes" / "FA-KES-Dataset.csv"


def read_reports(path: Path, limit: int | None) -> list[Document]:
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    docs = [Document(text=row["article_content"].strip(), title=row["article_title"], outlet=row["source"])
            for row in rows if row["article_content"].strip()]
    return docs[:limit] if limit else docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None, help="only the first N reports")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"error: no data at {args.data}", file=sys.stderr)
        return 2
    docs = read_reports(args.data, args.limit)
    words = sum(len(d.text.split()) for d in docs)
    nlp = load()
    list(nlp.pipe(d.text for d in docs[:20]))  # warm up both paths alike
    list(analyze_many(docs[:20], nlp))

    bare = timed(lambda: sum(1 for _ in nlp.pipe((d.text for d in docs), batch_size=16)))
    bare_peak = peak_rss_mb()
    ours = timed(lambda: sum(1 for _ in analyze_many(docs, nlp, batch_size=16)))
    ours_peak = peak_rss_mb()
    result = {
        "reports": len(docs), "words": words,
        "bare_spacy_words_per_s": round(words / bare), "claimledger_words_per_s": round(words / ours),
        "ratio": round(bare / ours, 3),
        "peak_rss_mb_after_bare": round(bare_peak), "peak_rss_mb_after_ours": round(ours_peak),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(docs)} reports, {words:,} words, model {nlp.meta['name']} {nlp.meta['version']}")
        print(f"bare spaCy nlp.pipe : {result['bare_spacy_words_per_s']:>8,} words/s   peak RSS {bare_peak:,.0f} MB")
        print(f"claimledger analyze : {result['claimledger_words_per_s']:>8,} words/s   peak RSS {ours_peak:,.0f} MB")
        print(f"ratio (ours / bare) : {result['ratio']:.3f}   (target >= 0.7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
