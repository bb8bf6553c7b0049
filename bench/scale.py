"""Scaling of `claimledger batch` on Dask, in one run, on the FA-KES corpus repeated with variations.

    .venv/bin/python bench/scale.py [--data ../shared/data/fa-kes/FA-KES-Dataset.csv] [--reports 300] [--repeats 2]

The corpus: the first ``--reports`` FA-KES reports, ``--repeats`` times; every repeat
after the first is a variation (a lead added, the last sentence dropped), so each is a
distinct text and a near-duplicate of its original, as rewrites and updates of one wire
story are. It is written as JSON Lines to a temporary folder (never into the repository).

Measured, all on the same corpus:

- single-process ``analyze_many`` (words/s, wall and per CPU-second);
- ``claimledger batch`` on a LocalCluster of 1 worker, then 2 workers (words/s; the
  workers load spaCy before the clock starts, as a long run amortises it);
- the scaling ratio, 2 workers over 1, on wall time (the goal is 1.7x on 2 cores) and on
  CPU time; this machine is shared, so the wall ratio says as much about the others'
  load as about ours (the load average is printed): the CPU time shows the work itself;
- peak resident memory per worker;
- the MinHash/LSH stage: signing rate (reports/s) and the Dask shuffle + compare stage;
- the projected hours per million reports per core, from words per CPU-second.

Results go to stdout and bench/results/scale.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from claimledger.analyze import analyze_many
from claimledger.model import Document
from claimledger.nlp import load
from claimledger.read import read_sources

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fa-kes" / "FA-KES-Dataset.csv"
RESULTS = ROOT / "bench" / "results" / "scale.md"
PARTITION_SIZE = 64_000  # bytes: enough partitions for two workers to stay busy to the end


def corpus(path: Path, reports: int, repeats: int) -> list[dict]:
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if r["article_content"].strip()][:reports]
    records = []
    for repeat in range(repeats):
        for index, row in enumerate(rows):
            text = row["article_content"].strip()
            if repeat:
                # a variation: an update's lead, the last sentence dropped
                sentences = re.split(r"(?<=[.!?])\s+", text)
                text = f"Update {repeat}: this report was revised. " + " ".join(sentences[:-1] or sentences)
            records.append({"title": row["article_title"], "text": text, "outlet": row["source"],
                            "url": f"https://{row['source']}.example/{row['unit_id']}/{repeat}",
                            "id": f"{index}-{repeat}"})
    return records


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def single_process(inputs: Path) -> dict:
    """What `claimledger analyze corpus.jsonl --json-lines` does: read, then analyse, in one process."""
    nlp = load()
    list(analyze_many([Document(text="Officials in Kyiv said two people were killed.")], nlp))  # warm up
    cpu, wall = time.process_time(), time.perf_counter()
    documents = [item for _, item in read_sources([inputs]) if isinstance(item, Document)]
    count = sum(1 for _ in analyze_many(documents, nlp))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    words = sum(len(d.text.split()) for d in documents)
    return {"reports": count, "words": words, "wall": wall, "cpu": cpu, "peak_mb": peak_rss_mb()}


def _worker_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch(inputs: Path, out: Path, workers: int) -> dict:
    from claimledger.scale.cluster import LoadModel, connect, run_batch
    from claimledger.scale.dedup import find_links
    from claimledger.scale.partitions import plan
    from claimledger.scale.work import Options

    partitions, _ = plan([str(inputs)], PARTITION_SIZE)
    with connect(workers=workers) as client:
        client.register_plugin(LoadModel(None))  # spaCy loaded and warm before the clock starts
        wall = time.perf_counter()
        report = run_batch(client, partitions, Options(out=str(out)))
        wall = time.perf_counter() - wall
        peaks = sorted(client.run(_worker_peak_mb).values())
        links = None
        if workers > 1:
            links = find_links(client, str(out))
    return {"partitions": len(partitions), "reports": report.documents, "words": report.words, "wall": wall,
            "cpu": report.cpu_seconds, "peaks_mb": peaks, "failed": len(report.failed), "links": links}


def signing(records: list[dict]) -> dict:
    from claimledger.scale.work import bands_of

    cpu, wall = time.process_time(), time.perf_counter()
    keys = sum(len(bands_of(r["text"])) for r in records)
    return {"reports": len(records), "keys": keys, "wall": time.perf_counter() - wall,
            "cpu": time.process_time() - cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"error: {args.data}: no such file (FA-KES, see ../shared/data/fa-kes/SOURCE.md)")
    command = "python bench/scale.py " + " ".join(sys.argv[1:])
    records = corpus(args.data, args.reports, args.repeats)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="claimledger-scale-") as folder:
        inputs = Path(folder) / "corpus.jsonl"
        inputs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        single = single_process(inputs)
        print(f"single process: {single['words'] / single['wall']:,.0f} words/s", flush=True)
        one = batch(inputs, Path(folder) / "run-1", 1)
        print(f"1 worker: {one['words'] / one['wall']:,.0f} words/s", flush=True)
        two = batch(inputs, Path(folder) / "run-2", 2)
        print(f"2 workers: {two['words'] / two['wall']:,.0f} words/s", flush=True)
    signed = signing(records)
    lines = report_lines(command, args, records, single, one, two, signed, load_before, os.getloadavg())
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")


def report_lines(command: str, args: argparse.Namespace, records: list[dict], single: dict, one: dict, two: dict,
                 signed: dict, load_before: tuple, load_after: tuple) -> list[str]:
    # say the wall-clock figures were depressed only when other programs did load the machine
    busy = ("; other programs held much of the machine" if max(load_before[0], load_after[0]) > os.cpu_count()
            else "")
    def rate(run: dict, key: str = "wall") -> float:
        return run["words"] / run[key] if run[key] else 0.0

    words_per_report = single["words"] / max(1, single["reports"])
    per_cpu = rate(one, "cpu")
    hours = 1_000_000 * words_per_report / per_cpu / 3600 if per_cpu else float("nan")
    links = two["links"] or {}
    link_seconds = links.get("seconds") or 0.0
    lines = [
        "# Scale: claimledger batch on Dask",
        "",
        "```",
        command,
        "```",
        "",
        f"Corpus: {args.reports} FA-KES reports x {args.repeats} (each repeat a variation: an update's lead, the "
        f"last sentence dropped) = {len(records)} reports, {single['words']:,} words "
        f"({words_per_report:.0f} words a report), JSON Lines cut into {two['partitions']} partitions of "
        f"{PARTITION_SIZE // 1000} kB. Machine: {os.cpu_count()} cores (load average {load_before[0]:.1f} "
        f"before, {load_after[0]:.1f} after{busy}): CPU-second rates do not move with other programs' load, "
        "wall-clock rates do.",
        "",
        "All three read the same JSON Lines file through the same readers; the batch also writes Parquet and "
        "signs each report (MinHash/LSH). CPU seconds: the process's own for one process, the tasks' own summed "
        "for the batch (scheduling and the workers' idle time not counted).",
        "",
        "| run | reports | wall s | words/s (wall) | CPU s | words per CPU-s | peak memory |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        f"| single process `analyze_many` | {single['reports']} | {single['wall']:.1f} | {rate(single):,.0f} "
        f"| {single['cpu']:.1f} | {rate(single, 'cpu'):,.0f} | {single['peak_mb']:.0f} MB (the process) |",
    ]
    for label, run in (("batch, 1 worker", one), ("batch, 2 workers", two)):
        peaks = ", ".join(f"{p:.0f}" for p in run["peaks_mb"])
        lines.append(f"| {label} | {run['reports']} | {run['wall']:.1f} | {rate(run):,.0f} | {run['cpu']:.1f} "
                     f"| {rate(run, 'cpu'):,.0f} | {peaks} MB per worker |")
    wall_ratio = rate(two) / rate(one) if rate(one) else float("nan")
    cpu_ratio = rate(two, "cpu") / rate(one, "cpu") if rate(one, "cpu") else float("nan")
    lines += [
        "",
        f"- Scaling, 2 workers over 1: **{wall_ratio:.2f}x** on wall-clock words/s (goal >= 1.7x on 2 cores){busy}. "
        f"Per CPU-second, each of 2 workers did {cpu_ratio:.2f}x the work of 1 worker alone; with a core each, 2 "
        f"workers would do {2 * cpu_ratio:.2f}x (a projection from CPU time, not a measurement).",
        f"- 1 worker against one process: {rate(one) / rate(single):.2f}x on wall-clock words/s, "
        f"{rate(one, 'cpu') / rate(single, 'cpu'):.2f}x per CPU-second (a worker's CPU time also counts Dask's own "
        "threads; the task also writes Parquet and signs each report).",
        f"- MinHash/LSH signing (5-word shingles, 128 permutations, {signed['keys'] // max(1, signed['reports'])} "
        f"band keys a report), in one process: {signed['reports'] / signed['wall']:,.0f} reports/s "
        f"({signed['reports'] / max(signed['cpu'], 1e-9):,.0f} per CPU-s); it runs inside the analysis tasks.",
        f"- Links stage on 2 workers (band keys grouped by a Dask shuffle, pairs joined with their records, "
        f"`derivatives.compare`): {link_seconds:.1f} s for {two['reports']} reports "
        f"({two['reports'] / link_seconds if link_seconds else 0:,.0f} reports/s), {links.get('links', 0)} links "
        f"found (the {len(records) - args.reports} variations are near-duplicates of their originals).",
        f"- Projected: **{hours:.1f} hours per million reports per core** (at {words_per_report:.0f} words a "
        f"report and {per_cpu:,.0f} words per CPU-second); on N cores divide by N.",
    ]
    return lines


if __name__ == "__main__":
    main()
