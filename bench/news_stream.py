"""The synthetic news stream of the link benchmarks: FA-KES reports analysed once, then
reworded into originals, copies and rewrites (report *i* a pure function of the seed and *i*).
bench/link.py's docstring says how each kind is made."""


from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from meters import console, new_progress

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "fa-kes" / "FA-KES-Dataset.csv"
CACHE = ROOT / "bench" / ".cache"
FIELDS = {"text_field": "article_content", "title_field": "article_title", "published_field": "date",
          "outlet_field": "source"}
RATE = 50  # reports a day: the archive grows in time, not in density
START = date(2015, 1, 1)
ARCHIVE_MIX = (0.85, 0.10, 0.05)  # originals, copies, rewrites
MEASURED_MIX = (0.70, 0.20, 0.10)
ORIGIN_BACK = (RATE, 2 * RATE)  # a derivative follows its origin by one to two days (in reports)
REPLACE_ORIGINAL = 0.28
REPLACE_REWRITE = 0.7
OUTLETS = 300


# ----------------------------------------------------------------------------- corpus
def analyse_corpus(data: Path, limit: int | None, reanalyse: bool) -> tuple[str, list[str]]:
    """Every distinct FA-KES report analysed by the real pipeline, cached as JSON lines:
    (the cache file, the ids wanted, in corpus order). Run in a child: the extractor's
    model and tables stay out of the measuring process."""
    from claimledger import __version__
    from claimledger.analyze import analyze_many
    from claimledger.documents import read_path
    from claimledger.model import Document
    from claimledger.nlp import load

    documents: dict[str, Document] = {}
    for item in read_path(data, **FIELDS):
        if isinstance(item, Document):
            documents.setdefault(item.id, item)
    digest = _file_digest(data)
    cache = CACHE / f"link-fakes-{digest}-{__version__}.jsonl"
    cached: dict[str, dict] = {}
    if cache.exists() and not reanalyse:
        with cache.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                cached[record["document"]["id"]] = record
    wanted = list(documents.values())[:limit] if limit else list(documents.values())
    missing = [d for d in wanted if d.id not in cached]
    if missing:
        CACHE.mkdir(parents=True, exist_ok=True)
        nlp = load()
        failed = 0

        def on_error(_document: Document, _exc: Exception) -> None:
            nonlocal failed
            failed += 1

        with new_progress() as progress, cache.open("a" if cached and not reanalyse else "w", encoding="utf-8") as out:
            task = progress.add_task("analyse FA-KES (once, cached)", total=len(missing))
            for record in analyze_many(missing, nlp, on_error=on_error):
                cached[record["document"]["id"]] = record
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                progress.advance(task)
        if failed:
            console.print(f"{failed} reports the extractor failed on are left out")
    return str(cache), [d.id for d in wanted if d.id in cached]


def read_cache(cache: str, ids: list[str]) -> list[dict]:
    wanted = set(ids)
    found: dict[str, dict] = {}
    with open(cache, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["document"]["id"] in wanted:
                found[record["document"]["id"]] = record
    return [found[i] for i in ids]


def _file_digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


# ----------------------------------------------------------------------------- the synthetic stream
WORD = re.compile(r"[A-Za-z]+")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
SPAN_KEYS = ("span", "sentence_span", "cue_span")


@dataclass
class Base:
    record: str  # the record as JSON, without text: each use loads its own copy
    text: str
    title: str
    sentences: list[str]


@dataclass
class Report:
    index: int
    kind: str  # original | copy | rewrite
    origin: int | None  # the stream index of the origin, for derivatives
    record: dict = field(repr=False)

    @property
    def id(self) -> str:
        return self.record["document"]["id"]


class Stream:
    """Report ``i`` of the news stream, the same in every process for one seed."""

    def __init__(self, records: list[dict], seed: int, measured: list[tuple[int, int]]) -> None:
        self.seed = seed
        self.measured = measured
        self.bases = []
        for record in records:
            doc = record["document"]
            text = doc.get("text") or ""
            stripped = {**record, "document": {k: v for k, v in doc.items() if k != "text"}}
            self.bases.append(Base(json.dumps(stripped), text, doc.get("title") or "",
                                   [s for s in SENTENCE.split(text) if s.strip()]))
        # Words drawn by frequency, as a writer draws them: common words often, rare ones rarely.
        self.vocab = [w.lower() for b in self.bases for w in WORD.findall(b.text) if len(w) > 1]
        self._originals: dict[int, Report] = {}

    def day(self, i: int) -> date:
        return START + timedelta(days=i // RATE)

    def _rng(self, i: int, purpose: str) -> random.Random:
        return random.Random(f"{self.seed}:{purpose}:{i}")

    def kind(self, i: int) -> str:
        mix = MEASURED_MIX if any(a <= i < b for a, b in self.measured) else ARCHIVE_MIX
        roll = self._rng(i, "kind").random()
        if i < ORIGIN_BACK[1] or roll < mix[0]:
            return "original"
        return "copy" if roll < mix[0] + mix[1] else "rewrite"

    def origin(self, i: int) -> int:
        j = i - self._rng(i, "origin").randint(*ORIGIN_BACK)
        while self.kind(j) != "original":
            j -= 1
        return j

    def family(self, i: int) -> int:
        """The original report ``i`` is or derives from: a copy or rewrite and its origin are one family."""
        return i if self.kind(i) == "original" else self.origin(i)

    def source(self, i: int) -> int:
        """The FA-KES base report ``i``'s family was made from (the draw ``original`` makes)."""
        return self._rng(self.family(i), "original").choice(range(len(self.bases)))

    def report(self, i: int) -> Report:
        kind = self.kind(i)
        if kind == "original":
            return self.original(i)
        j = self.origin(i)
        origin = self.original(j)
        rng = self._rng(i, "derive")
        make = self._copy if kind == "copy" else self._rewrite
        return Report(i, kind, j, make(i, origin.record, rng))

    def original(self, i: int) -> Report:
        if i in self._originals:
            return self._originals[i]
        rng = self._rng(i, "original")
        base = rng.choice(self.bases)
        record = json.loads(base.record)
        numbers: dict[str, str] = {}
        sentences = list(base.sentences) or [base.text]
        rest = sentences[1:]
        rng.shuffle(rest)
        body = self._reword(" ".join(sentences[:1] + rest), rng, REPLACE_ORIGINAL, numbers, names=True)
        title = self._reword(base.title, rng, REPLACE_ORIGINAL, numbers, names=True)
        _renumber_figures(record, numbers, rng)
        self._set_document(record, i, body, title, rng)
        report = Report(i, "original", None, record)
        if len(self._originals) > 4 * ORIGIN_BACK[1]:  # a derivative's origin is at most two days back
            self._originals.pop(next(iter(self._originals)))
        self._originals[i] = report
        return report

    def _copy(self, i: int, origin: dict, rng: random.Random) -> dict:
        lead = self._reword(" ".join(self._sentences(rng, 2)), rng, REPLACE_ORIGINAL, {}, names=True)
        tail = self._reword(" ".join(self._sentences(rng, 1)), rng, REPLACE_ORIGINAL, {}, names=True)
        record = json.loads(json.dumps(origin))
        body = f"{lead} {origin['document']['text']} {tail}"
        _shift_spans(record, len(lead) + 1)
        title = self._reword(origin["document"].get("title") or "", rng, 0.3, {}, names=False)
        self._set_document(record, i, body, title, rng)
        return record

    def _rewrite(self, i: int, origin: dict, rng: random.Random) -> dict:
        record = json.loads(json.dumps(origin))
        body = self._reword(origin["document"]["text"], rng, REPLACE_REWRITE, {}, names=False)
        title = self._reword(origin["document"].get("title") or "", rng, 0.5, {}, names=False)
        self._set_document(record, i, body, title, rng)
        return record

    def _sentences(self, rng: random.Random, n: int) -> list[str]:
        base = rng.choice(self.bases)
        sentences = base.sentences or [base.text]
        start = rng.randrange(len(sentences))
        return sentences[start:start + n]

    def _reword(self, text: str, rng: random.Random, share: float, numbers: dict[str, str] | None,
                names: bool) -> str:
        """Words replaced with probability ``share`` (capitalised ones too when ``names``),
        numbers other than years changed when ``numbers`` is a dict (kept otherwise)."""
        def word(m: re.Match[str]) -> str:
            w = m.group(0)
            if (not names and w[0].isupper()) or rng.random() >= share:
                return w
            new = rng.choice(self.vocab)
            return new.capitalize() if w[0].isupper() else new

        out = WORD.sub(word, text)
        if numbers is None:
            return out
        return NUMBER.sub(lambda m: _new_number(m.group(0), numbers, rng), out)

    def _set_document(self, record: dict, i: int, body: str, title: str, rng: random.Random) -> None:
        from claimledger.model import Document

        doc = record.setdefault("document", {})
        doc.update(text=body, title=title or None, outlet=f"outlet{rng.randrange(OUTLETS):03d}.example",
                   url=None, published=self.day(i).isoformat())
        doc["id"] = Document(text=body).id


def _new_number(written: str, numbers: dict[str, str], rng: random.Random) -> str:
    if written in numbers:
        return numbers[written]
    value = float(written.replace(",", ""))
    if 1900 <= value <= 2030 and value.is_integer():  # a year: the date stays the stream's
        numbers[written] = written
        return written
    new = max(1, round(value * rng.uniform(0.4, 1.9)))
    while str(new) == written.replace(",", "") and value > 1:
        new += 1
    numbers[written] = f"{new:,}" if "," in written else str(new)
    return numbers[written]


def _renumber_figures(record: dict, numbers: dict[str, str], rng: random.Random) -> None:
    """The record's figures follow the text's new numbers (or move alike when written in words)."""
    by_value = {float(k.replace(",", "")): float(v.replace(",", "")) for k, v in numbers.items()}
    for figure in record.get("figures") or []:
        for key in ("value", "low", "high", "out_of"):
            value = figure.get(key)
            if isinstance(value, int | float):
                new = by_value.get(float(value))
                if new is None:
                    new = max(1.0, round(value * rng.uniform(0.4, 1.9)))
                figure[key] = int(new) if float(new).is_integer() else new


def _shift_spans(node: object, by: int) -> None:
    """Every character offset in a record moved by ``by`` (a lead put before the text)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SPAN_KEYS and isinstance(value, list) and len(value) == 2:
                node[key] = [value[0] + by, value[1] + by]
            elif key == "mentions" and isinstance(value, list):
                node[key] = [[m[0] + by, m[1] + by] for m in value if isinstance(m, list) and len(m) == 2]
            else:
                _shift_spans(value, by)
    elif isinstance(node, list):
        for item in node:
            _shift_spans(item, by)

