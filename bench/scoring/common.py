"""Shared by every task: paths, metrics, the systems scored and how they are run."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "bench" / "results" / "eval.md"

Span = tuple[int, int]
# What a system returns for one document: the analysis record of spec/OUTPUT.md (only the
# sections a task reads need be there), or None when it failed on that document.
Record = dict[str, Any]
System = Callable[[Any, Any], Record]  # (spaCy Doc, claimledger Document) -> record



# --------------------------------------------------------------------------- metrics
def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def fragments_overlap(span: Span, fragments: Sequence[Span]) -> int:
    return sum(overlap(span, f) for f in fragments)


def fragments_length(fragments: Sequence[Span]) -> int:
    return sum(e - s for s, e in fragments)


def half_overlap(pred: Span, gold: Sequence[Span]) -> float:
    """Overlap as a share of the shorter side; a match needs at least 0.5."""
    shorter = min(pred[1] - pred[0], fragments_length(gold))
    return fragments_overlap(pred, gold) / shorter if shorter > 0 else 0.0


def greedy_pairs(scores: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred, gold), best score first: each side is used once."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(scores, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


# Quote marks and punctuation differ by convention at span edges ("said that …", a closing
# comma inside the quote); trimmed on both sides, they do not decide an exact match.
_EDGE = set(" \t\r\n\"'“”‘’«».,;:!?—–-()[]…")


def trim(text: str, span: Span) -> Span:
    s, e = span
    while True:
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if text[s:e].lower().startswith("that ") and e - s > 5:
            s += 5
            continue
        return s, e


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------- systems
class Claimledger:
    """claimledger as a user gets it: the analysis record built from the parse."""

    def __init__(self, nlp: Any) -> None:
        from claimledger.extract.record import build_record
        from claimledger.nlp import model_label

        self.label = model_label(nlp)
        self.build = build_record

    def __call__(self, doc: Any, document: Any) -> Record:
        return self.build(doc, document, self.label)


def run(system: System, docs: Sequence[Any], documents: Sequence[Any], section: str,
        problems: list[str] | None = None, ids: Sequence[str] | None = None) -> list[list[Record] | None]:
    """One system over parsed documents; a document it fails on gives None, not a crash."""
    out: list[list[Record] | None] = []
    for n, (doc, document) in enumerate(zip(docs, documents, strict=True)):
        try:
            record = system(doc, document)
            out.append(list(record.get(section) or []))
        except Exception as exc:  # one bad report must not end the evaluation
            out.append(None)
            if problems is not None:
                problems.append(f"{ids[n] if ids else n}: {type(exc).__name__}: {str(exc)[:200]}")
    return out


def pooled(rows: Sequence[dict], task: str, label: str) -> list[dict]:
    """One row per system summing true and false positives over several splits."""
    by_system: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["task"] == task and row["scores"] is not None:
            by_system[row["system"]].append(row["scores"])
    out = []
    for system, scores in by_system.items():
        total = prf(*(sum(s[k] for s in scores) for k in ("tp", "fp", "fn")))
        out.append(result_row(task, label, system, {**total, "docs": sum(s["docs"] for s in scores),
                                              "failed": sum(s["failed"] for s in scores)}))
    return out


class Context:
    """The parser, loaded once, and the bare model for the peers."""

    def __init__(self) -> None:
        self._nlp: Any = None
        self._bare: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from claimledger.nlp import load

            self._nlp = load()
        return self._nlp

    def parse(self, texts: Sequence[str]) -> list[Any]:
        return list(self.nlp.pipe(texts, batch_size=16))

    def bare_parse(self, texts: Sequence[str], parsed: list[Any]) -> list[Any]:
        """Peers use the plain model; claimledger's docs serve when its pipeline adds nothing."""
        import spacy

        from claimledger.nlp import model_name

        if self._bare is None:
            bare = spacy.load(model_name())
            self._bare = None if bare.pipe_names == self.nlp.pipe_names else bare
        return parsed if self._bare is None else list(self._bare.pipe(texts, batch_size=16))


def as_documents(texts: Sequence[str], titles: Sequence[str | None] | None = None) -> list[Any]:
    from claimledger.model import Document

    titles = titles or [None] * len(texts)
    return [Document(text=t, title=h) for t, h in zip(texts, titles, strict=True)]


def result_row(task: str, data: str, system: str, scores: dict[str, Any] | None, note: str = "",
         **more: Any) -> dict[str, Any]:
    return {"task": task, "data": data, "system": system, "scores": scores, "note": note, **more}



def sentence_around(text: str, pos: int, width: int = 220) -> str:
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1, pos - width)
    end = min(x for x in (text.find("\n", pos), text.find(". ", pos) + 1, pos + width) if x > 0)
    return text[max(0, start):end].strip()
