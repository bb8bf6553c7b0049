"""Stories (ECB+): reports grouped by the event they report, claimledger's clusterer and a TF-IDF peer."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import ROOT, Record, prf, result_row


# --------------------------------------------------------------------------- stories
@dataclass
class Report:
    name: str
    topic: int
    story: str
    text: str


def load_stories(path: Path, topics: set[int] | None = None) -> list[Report]:
    reports = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if topics and int(d["topic"]) not in topics:
                continue
            # ECB+ keeps the source URL as a first sentence: its slug names the story, so it goes.
            sents = [s for s in d["sentences"] if not re.match(r"^\s*(?:https?://|www\.)", s)]
            reports.append(Report(d["doc_name"], int(d["topic"]), d["seminal_event_key"], " ".join(sents)))
    return reports


CACHE = ROOT / "bench" / ".cache"
# Parts of the package that do not change an analysis record: editing them keeps the cache.
NOT_ANALYSIS = {"link", "ledger", "cli.py", "ledger_cli.py", "show.py", "__pycache__"}


def analyser_fingerprint() -> str:
    """A hash of the analyser's code and word lists: cached records serve only while it is unchanged."""
    import hashlib

    src = ROOT / "src" / "claimledger"
    h = hashlib.sha256()
    for p in sorted(src.rglob("*")):
        rel = p.relative_to(src)
        if p.is_file() and not NOT_ANALYSIS & set(rel.parts) and p.suffix != ".pyc":
            h.update(str(rel).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def analysed_records(reports: Sequence[Report], cache: Path = CACHE) -> list[Record]:
    """The analysis record of each report, from the on-disk cache or analysed (and cached) now."""
    from claimledger.analyze import analyze_many
    from claimledger.model import Document

    documents = [Document(text=r.text) for r in reports]
    path = cache / f"records-{analyser_fingerprint()}.jsonl"
    known: dict[str, Record] = {}
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                known[record["document"]["id"]] = record
    todo = list({d.id: d for d in documents if d.id not in known}.values())
    if todo:
        cache.mkdir(parents=True, exist_ok=True)
        for stale in cache.glob("records-*.jsonl"):  # made by an analyser that has changed since
            if stale != path:
                stale.unlink()
        with path.open("a", encoding="utf-8") as fh:
            for record in analyze_many(todo):
                known[record["document"]["id"]] = record
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [known[d.id] for d in documents]


def score_grouping(gold: Sequence[str], pred: Sequence[int]) -> dict[str, Any]:
    """Pairwise P/R/F1 over same-group pairs, and B-cubed P/R/F1 over items."""
    n = len(gold)
    tp = fp = fn = 0
    for i in range(n):
        for j in range(i + 1, n):
            same_g, same_p = gold[i] == gold[j], pred[i] == pred[j]
            tp += same_g and same_p
            fp += same_p and not same_g
            fn += same_g and not same_p
    g_size, p_size, both = Counter(gold), Counter(pred), Counter(zip(gold, pred, strict=True))
    bp = sum(both[(g, p)] / p_size[p] for g, p in zip(gold, pred, strict=True)) / n if n else 0.0
    br = sum(both[(g, p)] / g_size[g] for g, p in zip(gold, pred, strict=True)) / n if n else 0.0
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return {"pairwise": prf(tp, fp, fn),
            "bcubed": {"p": round(bp, 4), "r": round(br, 4), "f1": round(bf, 4)},
            "docs": n, "stories": len(g_size), "groups": len(p_size)}


def tfidf_similarity(texts: Sequence[str], background: Sequence[str] = ()) -> Any:
    """Cosine similarity of log-scaled, IDF-weighted word counts (stop words dropped); the document
    frequencies count the ``background`` texts too (a warm start: other reports seen before)."""
    import numpy as np
    from spacy.lang.en.stop_words import STOP_WORDS

    def bag(t: str) -> Counter[str]:
        return Counter(w for w in re.findall(r"[a-z0-9]+", t.lower()) if len(w) > 1 and w not in STOP_WORDS)

    docs = [bag(t) for t in texts]
    vocab = {w: k for k, w in enumerate(sorted({w for d in docs for w in d}))}
    df = Counter(w for d in docs for w in d)
    df.update(w for t in background for w in bag(t))
    n = len(docs) + len(background)
    idf = np.array([math.log(n / df[w]) + 1 for w in sorted(vocab, key=vocab.__getitem__)])
    m = np.zeros((len(docs), len(vocab)))
    for i, d in enumerate(docs):
        for w, c in d.items():
            m[i, vocab[w]] = 1 + math.log(c)
    m *= idf
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
    return m @ m.T


def average_link_merges(sim: Any) -> list[tuple[float, int, int]]:
    """The merges of average-link clustering, best first: (similarity, a, b)."""
    import numpy as np

    s = sim.astype(float).copy()
    n = len(s)
    np.fill_diagonal(s, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    merges = []
    for _ in range(n - 1):
        flat = int(np.argmax(s))
        a, b = divmod(flat, n)
        best = s[a, b]
        if not np.isfinite(best):
            break
        merges.append((float(best), a, b))
        row = (size[a] * s[a] + size[b] * s[b]) / (size[a] + size[b])
        s[a], s[:, a] = row, row
        s[a, a] = -np.inf
        s[b], s[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        alive[b] = False
    return merges


def cut(merges: Sequence[tuple[float, int, int]], n: int, threshold: float) -> list[int]:
    """Groups left once every merge at or above ``threshold`` is made."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for score, a, b in merges:
        if score < threshold:
            break
        parent[find(b)] = find(a)
    return [find(i) for i in range(n)]


def tfidf_groups(texts: Sequence[str], threshold: float) -> list[int]:
    return cut(average_link_merges(tfidf_similarity(texts)), len(texts), threshold)


def tune_threshold(reports: Sequence[Report]) -> float:
    """The one threshold, chosen for B-cubed F1 on the tuning topics."""
    merges = average_link_merges(tfidf_similarity([r.text for r in reports]))
    gold = [r.story for r in reports]
    grid = [round(0.05 + 0.01 * k, 2) for k in range(60)]
    return max(grid, key=lambda t: score_grouping(gold, cut(merges, len(reports), t))["bcubed"]["f1"])


def _topic_range(text: str) -> set[int]:
    out: set[int] = set()
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


SHUFFLES = (1, 2, 3, 4, 5)  # seeds of the shuffled report orders the clusterer is also scored on


def cluster_reports(features: Sequence[Any], order: Sequence[int]) -> list[int]:
    """Feed reports one by one, in ``order``, to the incremental clusterer; each report's story id."""
    from claimledger.link.stories import MemoryStoryStore, StoryClusterer

    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    groups = [0] * len(features)
    for i in order:
        groups[i] = clusterer.add(features[i]).story_id
    clusterer.settle()  # the end of the batch: lone reports decided again (story_settle.rehome)
    # the merge pass and the re-check move reports into other stories: where each is now
    return [store.story_of(features[i].document) or store.resolve(groups[i]) for i in range(len(features))]


def mean_scores(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The mean of several ``score_grouping`` results, in the same shape."""
    out: dict[str, Any] = {k: {m: round(sum(r[k][m] for r in runs) / len(runs), 4) for m in ("p", "r", "f1")}
                           for k in ("pairwise", "bcubed")}
    out.update(docs=runs[0]["docs"], stories=runs[0]["stories"],
               groups=round(sum(r["groups"] for r in runs) / len(runs), 1))
    return out


def claimledger_stories(reports: Sequence[Report], label: str) -> list[dict]:
    """claimledger's rows: reports analysed (records cached), then clustered in file order and shuffled."""
    import random

    from claimledger.link.report_features import story_features

    features = [story_features(r) for r in analysed_records(reports)]
    gold = [r.story for r in reports]
    in_order = score_grouping(gold, cluster_reports(features, range(len(reports))))
    shuffled = []
    for seed in SHUFFLES:
        order = list(range(len(reports)))
        random.Random(seed).shuffle(order)
        shuffled.append(score_grouping(gold, cluster_reports(features, order)))
    note = ("single pass with a merge step, incremental, from an empty ledger (IDF smoothed by a general-English"
            " prior); parameters fixed in claimledger.link, tuned on topics 1-22")
    return [result_row("stories", label, "claimledger, file order", in_order, note),
            result_row("stories", label, f"claimledger, {len(SHUFFLES)} shuffled orders (mean)", mean_scores(shuffled),
                 f"seeds {', '.join(map(str, SHUFFLES))}")]


def task_stories(path: Path, topics: str, tune_topics: str) -> list[dict]:
    evaluated = load_stories(path, _topic_range(topics))
    tuning = load_stories(path, _topic_range(tune_topics))
    label = f"ECB+ topics {topics} ({len(evaluated)} reports, {len({r.story for r in evaluated})} stories)"
    rows = claimledger_stories(evaluated, label)
    threshold = tune_threshold(tuning)
    groups = tfidf_groups([r.text for r in evaluated], threshold)
    scores = score_grouping([r.story for r in evaluated], groups)
    rows.append(result_row("stories", label, "TF-IDF cosine, average link", scores,
                     f"one threshold {threshold:.2f}, chosen on topics {tune_topics}"))
    return rows
