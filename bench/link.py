"""Link-stage throughput: derivative detection and story assignment against a ledger of 10k and of 100k reports.

    .venv/bin/python bench/link.py                      # SQLite in a temporary folder, 10k then 100k
    .venv/bin/python bench/link.py --limit 100 --sizes 2000,10000 --measure 100   # a quick run
    .venv/bin/python bench/link.py --db postgresql://user@host/empty_db

One run, one ledger that grows: a synthetic archive of ``--sizes`` reports is stored and
indexed, the next ``--measure`` reports of the news stream are linked by the real
``Linker(engine).link(ids)`` (one transaction per report: candidate keys, comparisons,
links, story assignment) and timed; then the archive grows to the next size and the
next ``--measure`` reports are linked (or as many as ``--budget`` wall seconds allow:
the rate needs no more, and a slow stage must not stall the run). It prints reports
per CPU-second (this process) and per wall-second, ms per report, the ratio of the
per-report CPU cost at the largest size over the smallest (the goal is at most 1.3:
linking must not grow with the ledger), and memory while linking: the peak resident set (VmHWM, reset just before the
timed run) and, on a further ``--traced`` reports, the peak Python heap (tracemalloc).
CPU time is the figure the ratio uses: it does not move when other programs load the
machine (the load average is printed beside it).

**Recall and precision.** Recall: the batch's copies and rewrites linked to the origin
the stream made them from. Precision: of the links the batch made between two stored
reports, by what they rest on (a copy, a rewrite; a credited link by its content), the
share joining one family (an original and its copies and rewrites); two originals made
from one FA-KES report are reworded versions of one text, counted apart ("+ same
FA-KES source"), since a reader would call them rewrites though the stream does not.

**The corpus.** FA-KES (``../shared/data/fa-kes/``, 780 Syrian-war reports, 760 distinct
texts) is read and analysed once with the real pipeline (``analyze_many``); the records
are cached in ``bench/.cache/`` so reruns skip it. The corpus is read in place, never
copied into the repository.

**The stream** (deterministic: report *i* is a pure function of ``--seed`` and *i*, so
the fill process and the measuring process agree on it). Reports arrive at a constant
rate (``RATE`` = 50 a day from 2015-01-01), so a 100k ledger is a longer archive, not a
denser one. Each report is

* an **original** (85% of the archive, 70% of a measured batch): a random FA-KES record
  with its text perturbed: sentences after the first shuffled, ~28% of the words
  replaced by words drawn from the corpus (capitalisation kept), every number other
  than a year changed (in the text and, consistently, in the record's figures: value,
  low, high, out_of), a new title (perturbed the same way) and one of 300 synthetic
  outlets. Two originals from one FA-KES record share about 2% of their 5-word
  shingles, so unrelated originals do not meet in LSH; they do share speakers and
  places, as reports of one war do, which is what the fact index and the stories see.
* a **copy** (10% / 20%): an original of the last two days (50-100 reports back) wrapped
  in a lead and a tail of perturbed sentences from other reports, under another outlet
  and title; its record is the original's with every span shifted by the lead.
* a **rewrite** (5% / 10%): an original of the last two days with ~70% of its lower-case
  words replaced (names and numbers kept), another outlet and title, the original's
  record (same speakers, claims, figures, places).

Every text is distinct (the document id is the hash of the text; the fill checks it).
The records' spans are the FA-KES record's (shifted for copies): after shuffling and
rewording they point near, not exactly at, their words. Linking reads spans only to
order a report's facts, so this changes which rewrites are found, not what a
comparison costs.

**The fast path** that fills the archive (in a child process, so the measuring process's
memory is its own) writes the same state linking those reports one by one would, in
big transactions, except:

* ``documents`` and ``analyses`` rows are bulk-inserted; the item tables (claims,
  figures, events, places), sightings and the full-text index are not written: the
  link stage never reads them (it reads ``analyses.record`` and ``documents.text``).
* ``lsh_keys``, ``fact_keys`` and ``link_state`` are computed with the link stage's own
  functions (``shingles.band_keys``, ``facts.fact_keys``): deterministic functions of
  the record, so they are exactly what ``Linker`` would store.
* **Stories are not clustered**: the real clusterer costs tens of milliseconds a report
  (it is half of what is measured), hours at 100k. Each archive original opens a story
  and its copies and rewrites join it (the stream knows which), built with the real
  ``Story.add`` (centroid, index keys, dates, title); ``term_stats`` counts every
  report's terms as the clusterer does (exact: counts do not depend on grouping). Then
  ``stories``, ``story_keys``, ``story_members`` and ``term_stats`` are written in the
  shapes ``story_store.py`` reads. The real clusterer joins more reports than the
  stream's copies and rewrites (compare "joined" in the measured rows with the
  archive's share), so the archive has more, smaller stories than linking would give
  it: more postings per story key (up to about three times), and none of the cost of
  a story that grows over months. Stories idle for ``EVICT_DAYS`` are written out and
  dropped from the fill's memory (copies and rewrites follow within two days).
* **The links of the archive are not computed** (the pairwise comparisons are the very
  work being measured, and would take hours at 100k). A measured report's cost does
  not depend on them: it reads the candidate indexes and the candidates' records,
  never the archive's links; it only deletes and inserts its own links through the
  ``links`` indexes on document and origin, whose depth grows with the log of the
  table.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from link_fill import fill, run_child
from meters import console, new_progress, peak_rss_mb, reset_peak_rss, status_mb
from news_stream import CORPUS, MEASURED_MIX, ORIGIN_BACK, RATE, ROOT, Report, Stream, analyse_corpus, read_cache
from rich.table import Table
from sqlalchemy import Connection, Engine, func, select

RESULTS = ROOT / "bench" / "results" / "link.md"
SLICE = 10  # reports per Linker.link call, so the time budget is checked between slices
RATIO_GOAL = 1.3


# ----------------------------------------------------------------------------- measuring
@dataclass
class Measured:
    size: int  # reports in the ledger when the batch arrived
    planned: int  # reports in the batch
    reports: int  # reports linked within the time budget
    cpu: float
    wall: float
    story_cpu: float  # CPU seconds of it spent putting reports in stories (run.assign_story)
    rss_before_mb: float
    peak_rss_mb: float
    traced: int
    traced_peak_mb: float
    fill_seconds: float
    checks: dict[str, object]

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu / self.reports

    @property
    def wall_ms(self) -> float:
        return 1000 * self.wall / self.reports

    @property
    def story_cpu_ms(self) -> float:
        return 1000 * self.story_cpu / self.reports


class StoryMeter:
    """CPU time spent in ``run.assign_story`` (the story clusterer, its store reads and writes), while on:
    the story part of a report's cost, which the whole link stage's figure hides."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __enter__(self) -> StoryMeter:
        import claimledger.link.run as run

        self._original = run.assign_story

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.process_time()
            try:
                return self._original(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - start

        run.assign_story = timed
        return self

    def __exit__(self, *exc: object) -> None:
        import claimledger.link.run as run

        run.assign_story = self._original


def store_reports(engine: Engine, reports: list[Report]) -> None:
    """Store the batch as an ingest would (documents, analyses, items, sightings, search index); not timed."""
    from claimledger.ledger import db
    from claimledger.ledger.store import store_document
    from claimledger.model import Document

    def work(connection: Connection) -> None:
        for report in reports:
            doc = report.record["document"]
            document = Document(text=doc["text"], title=doc.get("title"), outlet=doc.get("outlet"), url=doc.get("url"),
                                published=doc.get("published"), declared_origin=doc.get("declared_origin"),
                                source=f"bench:{report.index}")
            store_document(connection, document, report.record)

    db.write(engine, work)


def link_timed(engine: Engine, ids: list[str], label: str, budget: float):  # type: ignore[no-untyped-def]
    """Link ``ids`` in order with one real ``Linker``, until done or ``budget`` wall seconds have gone:
    (what it did, reports linked, CPU s, wall s, CPU s in stories)."""
    from claimledger.link.run import Linker, LinkReport

    total = LinkReport()
    linker = Linker(engine)  # one linker: its IDF cache lives for the run, as in `claimledger link`
    done = 0
    with new_progress() as progress, StoryMeter() as stories:
        task = progress.add_task(label, total=len(ids))

        def advance(_report, _total: int) -> None:  # type: ignore[no-untyped-def]
            progress.advance(task)

        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        while done < len(ids) and time.perf_counter() - wall < budget:
            part = linker.link(ids[done:done + SLICE], advance)
            done += min(SLICE, len(ids) - done)
            total.linked += part.linked
            total.links.update(part.links)
            total.opened += part.opened
            total.joined += part.joined
            total.errors.update(part.errors)
        return total, done, time.process_time() - cpu, time.perf_counter() - wall, stories.seconds


def measure(engine: Engine, stream: Stream, size: int, batch: range, traced: range, fill_seconds: float,
            budget: float) -> Measured:
    reports = [stream.report(i) for i in batch]
    extra = [stream.report(i) for i in traced]
    store_reports(engine, reports + extra)
    import claimledger.link.run  # noqa: F401 - its imports (scipy, spaCy's word lists…) are in "before"

    gc.collect()
    rss_before = status_mb("VmRSS") or 0.0
    reset = reset_peak_rss()
    label = f"link {len(reports)} reports at {size:,}"
    report, done, cpu, wall, story_cpu = link_timed(engine, [r.id for r in reports], label, budget)
    reports = reports[:done]
    peak = peak_rss_mb() if reset else float("nan")
    traced_peak = 0.0
    if extra:
        from claimledger.link.run import Linker

        tracemalloc.start()
        Linker(engine).link([r.id for r in extra])
        traced_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    checks = check_links(engine, stream, reports)
    checks["errors"] = len(report.errors)
    if report.errors:
        checks["first error"] = next(iter(report.errors.values()))
    checks["links by kind"] = ", ".join(f"{k} {n}" for k, n in sorted(report.links.items()))
    checks["stories opened / joined"] = f"{report.opened} / {report.joined}"
    return Measured(size, len(batch), len(reports), cpu, wall, story_cpu, rss_before, peak, len(extra), traced_peak,
                    fill_seconds, checks)


def check_links(engine: Engine, stream: Stream, reports: list[Report]) -> dict[str, object]:
    """Did the batch's copies and rewrites find their origins, and join their stories?"""
    from claimledger.ledger import schema

    lk, m = schema.links, schema.story_members
    ids = [r.id for r in reports]
    origins = {r.id: stream.original(r.origin).id for r in reports if r.origin is not None}
    with engine.connect() as connection:
        pairs = set(connection.execute(select(lk.c.document_id, lk.c.origin_id)
                                       .where(lk.c.document_id.in_(ids) | lk.c.origin_id.in_(ids))).all())
        wanted = ids + list(origins.values())
        story = dict(connection.execute(select(m.c.document_id, m.c.story_id).where(m.c.document_id.in_(wanted))).all())
    out: dict[str, object] = {}
    for kind, plural in (("copy", "copies"), ("rewrite", "rewrites")):
        made = [r for r in reports if r.kind == kind]
        found = sum((r.id, origins[r.id]) in pairs for r in made)
        either = sum((r.id, origins[r.id]) in pairs or (origins[r.id], r.id) in pairs for r in made)
        same_story = sum(story.get(r.id) is not None and story.get(r.id) == story.get(origins[r.id]) for r in made)
        out[f"{plural} linked to their origin"] = f"{found}/{len(made)}" + (
            f" (+{either - found} reversed)" if either > found else "")
        out[f"{plural} in their origin's story"] = f"{same_story}/{len(made)}"
    # An original linked to a report other than its own copies and rewrites: a false link, or
    # two originals made from one FA-KES report (they share its speakers and places).
    derived: dict[str, set[str]] = {}
    for r in reports:
        if r.origin is not None:
            derived.setdefault(origins[r.id], set()).add(r.id)
    others: dict[str, set[str]] = {}
    for d, o in pairs:
        if o is not None:
            others.setdefault(d, set()).add(o)
            others.setdefault(o, set()).add(d)
    originals = [r for r in reports if r.kind == "original"]
    wrong = sum(bool(others.get(r.id, set()) - derived.get(r.id, set())) for r in originals)
    out["originals linked to another report"] = f"{wrong}/{len(originals)}"
    out.update(link_precision(engine, stream, reports))
    return out


def link_precision(engine: Engine, stream: Stream, reports: list[Report]) -> dict[str, str]:
    """Of the links the batch made between two stored reports, by what they rest on (copy or
    rewrite; a credited link by its content): how many join one family (a report and its
    copies and rewrites), and how many more join two originals made from one FA-KES report
    (reworded versions of one source text: a reader would call them rewrites, the stream
    does not). The rest are false links. Reports are matched to the stream within the days
    a derivative can reach (``REWRITE_MAX_DAYS`` of 4, so twice that is ample)."""
    from claimledger.ledger import schema

    if not reports:
        return {}
    lk = schema.links
    # the reports linked after the batch (the traced ones) may link to it: they are in the map too
    lo, hi = max(0, reports[0].index - 8 * RATE), reports[-1].index + 1 + 4 * RATE
    where = {stream.report(i).id: i for i in range(lo, hi)}
    ids = [r.id for r in reports]
    with engine.connect() as connection:
        rows = connection.execute(select(lk.c.document_id, lk.c.origin_id, lk.c.kind, lk.c.evidence).where(
            lk.c.origin_id.is_not(None), lk.c.document_id.in_(ids) | lk.c.origin_id.in_(ids))).all()
    tally: dict[str, Counter[str]] = {"copy": Counter(), "rewrite": Counter()}
    for document, origin, kind, evidence in rows:
        content = json.loads(evidence or "{}").get("content", kind) if kind == "credited" else kind
        counts = tally.setdefault(content, Counter())
        i, j = where.get(document), where.get(origin)
        if i is not None and j is not None and stream.family(i) == stream.family(j):
            counts["family"] += 1
        elif i is not None and j is not None and stream.source(i) == stream.source(j):
            counts["source"] += 1
        else:
            counts["false"] += 1
    out = {}
    for content, counts in tally.items():
        total = sum(counts.values())
        label = {"copy": "copy", "rewrite": "rewrite"}.get(content, f"credited ({content})")
        right = counts["family"] + counts["source"]
        out[f"{label} links right: same family (+ same FA-KES source)"] = (
            f"{counts['family']}/{total}" + (f" (+{counts['source']})" if counts["source"] else "")
            + (f" = {right / total:.0%}" if total else ""))
    return out


# ----------------------------------------------------------------------------- the run
def plan(sizes: list[int], batch: int, traced: int) -> list[tuple[int, range, range, range]]:
    """Per size: (size, archive indices to fill, measured indices, traced indices), in stream order."""
    steps, position, ledger = [], 0, 0
    for size in sizes:
        fill_range = range(position, position + size - ledger)
        measured = range(fill_range.stop, fill_range.stop + batch)
        extra = range(measured.stop, measured.stop + traced)
        steps.append((size, fill_range, measured, extra))
        position, ledger = extra.stop, size + batch + traced
    return steps


def _database(args: argparse.Namespace) -> tuple[str, Path | None]:
    if args.db:
        from claimledger.ledger import db

        return db.resolve_url(args.db), None
    folder = Path(tempfile.mkdtemp(prefix="claimledger-link-bench-"))
    return f"sqlite:///{folder / 'ledger.db'}", folder


def _commit() -> str:
    try:
        head = (ROOT / ".git" / "HEAD").read_text().strip()
        if head.startswith("ref: "):
            return (ROOT / ".git" / head[5:]).read_text().strip()[:7]
        return head[:7]
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=CORPUS, help="the FA-KES CSV")
    ap.add_argument("--limit", type=int, default=None, help="only the first N FA-KES reports as bases (quick runs)")
    ap.add_argument("--sizes", default="10000,100000", help="ledger sizes, comma-separated, ascending")
    ap.add_argument("--measure", type=int, default=500, help="reports linked and timed at each size")
    ap.add_argument("--budget", type=float, default=300,
                    help="wall seconds the timed batch may take at each size; past it the batch stops (counted)")
    ap.add_argument("--traced", type=int, default=10, help="further reports linked under tracemalloc at each size")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2, help="processes preparing the archive's rows (not the timed part)")
    ap.add_argument("--db", default=None, help="an empty PostgreSQL database (postgresql://…); default a temp SQLite")
    ap.add_argument("--keep", action="store_true", help="keep the temporary SQLite ledger")
    ap.add_argument("--reanalyse", action="store_true", help="analyse FA-KES again instead of reading the cache")
    ap.add_argument("--out", default=str(RESULTS), help="the Markdown results file ('' for none)")
    args = ap.parse_args(argv)
    command = "$ .venv/bin/python bench/link.py" + ("".join(f" {a}" for a in (argv or sys.argv[1:])))
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        sys.exit(f"error: --sizes takes whole numbers separated by commas, not {args.sizes!r}")
    if not sizes or sizes[0] < 2 * ORIGIN_BACK[1] or args.measure < 1:
        sys.exit(f"error: sizes must be at least {2 * ORIGIN_BACK[1]} reports and --measure at least 1")
    if not args.data.is_file():
        sys.exit(f"error: no FA-KES CSV at {args.data}")
    console.print(command)
    args.commit = _commit()  # the code that runs: others may commit while the run goes on
    load_before = os.getloadavg()
    console.print(f"{os.cpu_count()} CPUs, load average {load_before[0]:.2f} (1 min), {load_before[1]:.2f} (5 min)")

    # The extractor runs (once) in a child, so its model is not in this process's memory.
    records = read_cache(*run_child(analyse_corpus, args.data, args.limit, args.reanalyse))
    steps = plan(sizes, args.measure, args.traced)
    stream = Stream(records, args.seed, [(m.start, t.stop) for _, _, m, t in steps])

    from claimledger.ledger import db, migrate, schema

    url, folder = _database(args)
    engine = db.create(url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            if connection.execute(select(func.count()).select_from(schema.documents)).scalar():
                sys.exit("error: the ledger for the benchmark must be empty (give a fresh database)")
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True)
        console.print(f"{len(records)} FA-KES records as bases; ledger {where}")
        results = []
        for size, fill_range, batch, traced in steps:
            engine.dispose()  # no pooled connection crosses the fork
            filled = run_child(fill, url, stream, fill_range.start, fill_range.stop,
                                f"fill the archive to {size:,}", args.jobs)
            if filled["duplicates"]:
                console.print(f"[red]{filled['duplicates']} generated texts repeated an earlier one (skipped)")
            results.append(measure(engine, stream, size, batch, traced, filled["seconds"], args.budget))
            results[-1].checks["archive reports joining a story (fill)"] = (
                f"{filled['joined'] / max(1, filled['reports']):.0%} of {filled['reports']:,}")
            _print_step(results[-1])
        load_after = os.getloadavg()
        _report(results, command, load_before, load_after, engine, args)
    finally:
        engine.dispose()
        if folder is not None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif folder is not None:
            console.print(f"ledger kept at {folder / 'ledger.db'}")
    return 0


def _print_step(m: Measured) -> None:
    console.print(f"  at {m.size:,}: {m.reports / m.cpu:,.1f} reports/CPU-s ({m.cpu_ms:,.1f} ms), "
                  f"{m.reports / m.wall:,.1f} reports/wall-s ({m.wall_ms:,.1f} ms), stories {m.story_cpu_ms:,.1f} ms; "
                  f"peak RSS {m.peak_rss_mb:,.0f} MB")


def _rows(results: list[Measured]) -> list[tuple[str, list[str]]]:
    def each(fn) -> list[str]:  # type: ignore[no-untyped-def]
        return [fn(m) for m in results]

    rows = [
        ("reports linked (timed)", each(lambda m: f"{m.reports:,} of {m.planned:,}")),
        ("reports / CPU-second", each(lambda m: f"{m.reports / m.cpu:,.1f}")),
        ("CPU ms / report", each(lambda m: f"{m.cpu_ms:,.1f}")),
        ("of which stories (run.assign_story)", each(lambda m: f"{m.story_cpu_ms:,.1f}")),
        ("reports / wall-second", each(lambda m: f"{m.reports / m.wall:,.1f}")),
        ("wall ms / report", each(lambda m: f"{m.wall_ms:,.1f}")),
        ("RSS before linking, modules loaded (MB)", each(lambda m: f"{m.rss_before_mb:,.0f}")),
        ("peak RSS while linking (MB)", each(lambda m: f"{m.peak_rss_mb:,.0f}")),
        ("peak Python heap, tracemalloc (MB)", each(lambda m: f"{m.traced_peak_mb:,.1f} ({m.traced} reports)")),
        ("archive fill, fast path (s, wall)", each(lambda m: f"{m.fill_seconds:,.0f}")),
    ]
    keys = list(dict.fromkeys(k for m in results for k in m.checks))
    rows += [(k, each(lambda m, k=k: str(m.checks.get(k, "")))) for k in keys]
    return rows


def _report(results: list[Measured], command: str, load_before: tuple[float, float, float],
            load_after: tuple[float, float, float], engine: Engine, args: argparse.Namespace) -> None:
    from claimledger.nlp import model_label  # noqa: F401 - the record says which model; nothing to load

    heads = [f"ledger of {m.size:,}" for m in results]
    rows = _rows(results)
    table = Table(title="claimledger link stage: derivatives and stories, per report")
    table.add_column("")
    for head in heads:
        table.add_column(head, justify="right")
    for name, values in rows:
        table.add_row(name, *values)
    console.print(table)
    first, last = results[0], results[-1]
    ratio_cpu, ratio_wall = last.cpu_ms / first.cpu_ms, last.wall_ms / first.wall_ms
    verdict = "met" if ratio_cpu <= RATIO_GOAL else "NOT met"
    summary = (f"per-report cost at {last.size:,} / at {first.size:,}: {ratio_cpu:.2f} in CPU time "
               f"({ratio_wall:.2f} in wall time); goal <= {RATIO_GOAL}: {verdict}")
    console.print(summary)
    console.print(f"load average {load_before[0]:.2f} at the start, {load_after[0]:.2f} at the end "
                  f"({os.cpu_count()} CPUs shared)")
    if not args.out:
        return
    lines = [
        "# claimledger link stage: throughput against a growing ledger",
        "",
        "```",
        command,
        "```",
        "",
        f"Generated by `bench/link.py` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: claimledger "
        f"{args.commit}, {engine.dialect.name}, {os.cpu_count()} CPUs shared with other work (load average "
        f"{load_before[0]:.1f} at the start, {load_after[0]:.1f} at the end). Bases: FA-KES, synthetic stream "
        f"at {RATE} reports a day (seed {args.seed}); each measured batch is the next {args.measure} reports of "
        f"the stream ({MEASURED_MIX[0]:.0%} originals, {MEASURED_MIX[1]:.0%} copies, {MEASURED_MIX[2]:.0%} "
        "rewrites of reports one to two days older), linked with `Linker(engine).link(ids)`. How the archive is "
        "made and what its fast fill skips: the docstring of `bench/link.py`.",
        "",
        "| | " + " | ".join(heads) + " |",
        "|---|" + "---:|" * len(heads),
        *[f"| {name} | " + " | ".join(values) + " |" for name, values in rows],
        "",
        f"**{summary}.**",
        "",
        "CPU time is this process's (the linker runs in it; the database is SQLite in-process, or a PostgreSQL "
        "server whose time is not counted). Peak RSS is the kernel's high-water mark (VmHWM), reset just before "
        "the timed batch; the Python heap peak is measured on a further batch under tracemalloc (which slows "
        "it, so it is not timed).",
        "",
    ]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    console.print(f"written to {args.out}")


if __name__ == "__main__":
    sys.exit(main())
