"""Figures (MUC-3/4): the answer keys read as (number, killed|wounded), the scorer, a truecaser, the task."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import DATA, Claimledger, Context, Record, as_documents, prf, result_row, run, sentence_around


# --------------------------------------------------------------------------- figures (MUC)
@dataclass(frozen=True)
class GoldFigure:
    values: frozenset[int]  # any of these is right ("10 / 10-" alternatives, ranges)
    quantities: frozenset[str]  # killed, wounded, or either when the key says "INJURY / DEATH"
    victim: str = ""


@dataclass
class MucDoc:
    message_id: str
    split: str
    text: str
    gold: list[GoldFigure]
    unstated: int = 0  # key figures whose number the text never writes (annotators' sums)


EFFECTS = {"DEATH": "killed", "INJURY": "wounded"}
_KEY_ENTRY = re.compile(r'^\s*([^"]*?)\s*(?::\s*(".*))?\s*$')


def _key_entry(entry: str) -> tuple[str, str | None]:
    m = _KEY_ENTRY.match(entry)
    if not m:
        return entry, None
    return m.group(1).strip(), (m.group(2) or "").strip() or None


def muc_gold(templates: Iterable[dict]) -> list[GoldFigure]:
    """Distinct (number, effect) pairs of a message's answer-key templates, counts of one
    left out (see the module docstring)."""
    items: dict[tuple[frozenset[int], frozenset[str]], GoldFigure] = {}
    for t in templates:
        effects: list[tuple[frozenset[str], str | None]] = []
        for entry in t.get("hum_tgt_effect") or []:
            head, victim = _key_entry(entry)
            # "NO INJURY OR DEATH", "NO DEATH": the words of a negated effect are no effect.
            said = re.sub(r"NO (?:INJURY OR DEATH|DEATH|INJURY)", "", head)
            kinds = frozenset(EFFECTS[w] for w in re.findall(r"[A-Z]+", said) if w in EFFECTS)
            if kinds:
                effects.append((kinds, victim))
        if not effects:
            continue
        numbers = [_key_entry(e) for e in t.get("hum_tgt_number") or []]
        for head, victim in numbers:
            values = frozenset(int(v) for v in re.findall(r"\d+", head) if int(v) >= 2)
            if not values:
                continue
            kinds = frozenset().union(*(k for k, v in effects if v is None or v == victim
                                        or len(numbers) == 1))
            if kinds:
                items.setdefault((values, kinds), GoldFigure(values, kinds, (victim or "").strip('"')))
        every = frozenset().union(*(k for k, _ in effects))
        if len(every) == 1:
            for head, _ in (_key_entry(e) for e in t.get("hum_tgt_total_number") or []):
                values = frozenset(int(v) for v in re.findall(r"\d+", head) if int(v) >= 2)
                if values:
                    items.setdefault((values, every), GoldFigure(values, every, "TOTAL"))
    return list(items.values())


def load_muc(docs_file: Path, split: str | None, limit: int | None = None,
             templates_file: Path | None = None) -> list[MucDoc]:
    templates_file = templates_file or docs_file.with_name("derived_templates.jsonl")
    keys: dict[str, list[dict]] = defaultdict(list)
    with templates_file.open(encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)
            keys[t["message_id"]].append(t)
    docs = []
    with docs_file.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if split and d["split"] != split:
                continue
            gold = muc_gold(keys.get(d["message_id"], []))
            written = stated_numbers(d["text"])
            stated = [g for g in gold if g.values & written]
            docs.append(MucDoc(d["message_id"], d["split"], d["text"], stated, len(gold) - len(stated)))
            if limit and len(docs) >= limit:
                break
    return docs


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES = {w: n for n, w in enumerate(_UNITS)} | {w: 10 * n for n, w in enumerate(_TENS, 2)}
_WORD_VALUES["dozen"] = 12
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def stated_numbers(text: str) -> set[int]:
    """Every whole number a text writes, in digits or words ("SIX", "TWENTY-FIVE", "TWO
    HUNDRED"), generously: a key figure is kept when its number is written anywhere."""
    found = {int(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", text)}
    current: int | None = None
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _WORD_VALUES:
            current = (current or 0) + _WORD_VALUES[word]
        elif word in _SCALE_WORDS:
            current = (current or 1) * _SCALE_WORDS[word]
        elif word != "and":
            current = None
        if current is not None:
            found.add(current)
    return found


def unwrap(text: str) -> str:
    """Wire copy breaks lines inside sentences; a single line break becomes a space (same
    length, so offsets hold). Paragraph breaks stay."""
    return re.sub(r"(?<!\n)\n(?!\s*\n)", " ", text)


FIGURE_QUANTITIES = {"killed": "killed", "civilians_killed": "killed", "wounded": "wounded"}


def figure_pairs(figures: Iterable[Record]) -> list[tuple[frozenset[int], str, Record]]:
    """Distinct (values, quantity) of killed / wounded figures; counts of one dropped."""
    seen: dict[tuple[frozenset[int], str], Record] = {}
    for f in figures:
        quantity = FIGURE_QUANTITIES.get(f.get("quantity") or "")
        if quantity is None:
            continue
        values = frozenset(int(v) for v in (f.get("value"), f.get("low"), f.get("high"))
                           if isinstance(v, int | float) and float(v).is_integer() and v >= 2)
        if values:
            seen.setdefault((values, quantity), f)
    return [(v, q, f) for (v, q), f in seen.items()]


def score_figures(docs: Sequence[MucDoc], preds: Sequence[list[Record] | None],
                  errors: list[dict] | None = None) -> dict[str, Any]:
    tp = fp = fn = failed = 0
    for doc, figures in zip(docs, preds, strict=True):
        if figures is None:
            failed += 1
            figures = []
        pairs = figure_pairs(figures)
        used: set[int] = set()
        missed = []
        # Gold items with fewer alternatives first, so a loose one does not take a strict one's match.
        for g in sorted(doc.gold, key=lambda g: (len(g.values), len(g.quantities))):
            hit = next((i for i, (vals, q, _) in enumerate(pairs)
                        if i not in used and q in g.quantities and vals & g.values), None)
            if hit is None:
                missed.append(g)
            else:
                used.add(hit)
        tp += len(used)
        fp += len(pairs) - len(used)
        fn += len(missed)
        if errors is not None and (missed or len(used) < len(pairs)):
            errors.append({
                "doc": doc.message_id,
                "missed": [{"values": sorted(g.values), "quantity": sorted(g.quantities), "victim": g.victim}
                           for g in missed],
                "false": [{"value": sorted(v), "quantity": q, "text": f.get("text"),
                           "context": sentence_around(doc.text, f["span"][0]) if f.get("span") else None}
                          for i, (v, q, f) in enumerate(pairs) if i not in used]})
    return {**prf(tp, fp, fn), "docs": len(docs), "failed": failed, "gold": tp + fn}


# Casualty words as the baseline sees them: by form, not lemma, so upper-case copy (whose
# lemmas spaCy gets wrong) is read alike.
_KILLED = re.compile(r"^(kill(s|ed|ing)?|dead|die[sd]?|dying|deaths?|murder(s|ed)?|massacred?|assassinated"
                     r"|slain|executed|bodies|corpses|lives)$", re.I)
_WOUNDED = re.compile(r"^(wound(s|ed)?|injur(e|ed|es|y|ies|ing)|hurt)$", re.I)


def baseline_figures(doc: Any, _document: Any = None) -> Record:
    """Every CARDINAL number in a sentence with a casualty word, counted as whatever the
    nearest casualty word says."""
    from claimledger.extract.numbers import parse_number

    figures = []
    for sent in doc.sents:
        marks = [(t.i, "killed" if _KILLED.match(t.text) else "wounded") for t in sent
                 if _KILLED.match(t.text) or _WOUNDED.match(t.text)]
        if not marks:
            continue
        for ent in sent.ents:
            if ent.label_ != "CARDINAL":
                continue
            value = parse_number(ent.text)
            if value is None:
                continue
            quantity = min(marks, key=lambda m: abs(m[0] - ent.start))[1]
            figures.append({"value": value, "quantity": quantity, "text": ent.text,
                            "span": [ent.start_char, ent.end_char]})
    return {"figures": figures}


class Truecaser:
    """Restores the case of upper-case wire copy, word by word, same length out as in.

    Each word takes the form it most often has inside sentences of mixed-case news read at
    run time (never MUC); for a word seen in both forms ("new", "may", "bill") the form it
    takes beside the same next or previous word decides when that pair was seen ("New York",
    "a new bill"). A word never seen there is a common word when the parser's vocabulary
    knows it in lower case only ("guerrillas"), else a name (Title case), or an acronym when
    short or vowel-less ("FMLN"). Sentence starts are raised. It knows nothing of MUC's keys.
    """

    WORD = re.compile(r"[A-Za-z]+")
    CLITICS = {"s", "t", "re", "ve", "ll", "d", "m"}
    # Bracketed wire headers after which a sentence starts: "[TEXT] THE ARMY …".
    HEADERS = re.compile(r"\[(?:TEXT|EXCERPTS?|REPORT|PASSAGE OMITTED|COMMUNIQUE)[^\]]*\]\s*$", re.I)

    def __init__(self, best: dict[str, str], pairs: dict[tuple[str, str, int], str],
                 known: Callable[[str], bool] | None = None) -> None:
        self.best = best
        self.pairs = pairs  # (word, neighbour, +1 next / -1 previous) -> form
        self.known = known

    @classmethod
    def _inside_words(cls, text: str) -> list[tuple[str, bool]]:
        """(word, informative) in order; sentence starts and clitics say nothing of case."""
        out = []
        upper_text = text.isupper()
        for m in cls.WORD.finditer(text):
            word = m.group()
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \"'“‘(")
            informative = not (not before or before[-1] in ".!?\n:" or text[m.start() - 1:m.start()] in "'’"
                               or upper_text)
            out.append((word, informative))
        return out

    @classmethod
    def from_texts(cls, texts: Iterable[str], known: Callable[[str], bool] | None = None) -> Truecaser:
        texts = list(texts)
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for text in texts:
            for word, informative in cls._inside_words(text):
                if informative:
                    forms[word.lower()][word] += 1
        best = {w: c.most_common(1)[0][0] for w, c in forms.items()}
        # Words whose runner-up form is common enough to matter get context counts.
        ambiguous = {w for w, c in forms.items() if len(c) > 1 and c.most_common(2)[1][1] >= 0.1 * c.total()}
        context: dict[tuple[str, str, int], Counter[str]] = defaultdict(Counter)
        for text in texts:
            words = cls._inside_words(text)
            for k, (word, informative) in enumerate(words):
                low = word.lower()
                if not informative or low not in ambiguous:
                    continue
                if k + 1 < len(words):
                    context[(low, words[k + 1][0].lower(), 1)][word] += 1
                if k > 0:
                    context[(low, words[k - 1][0].lower(), -1)][word] += 1
        pairs = {key: c.most_common(1)[0][0] for key, c in context.items() if c.total() >= 2}
        return cls(best, pairs, known)

    def form(self, word: str, before: str = "", after: str = "") -> str:
        low = word.lower()
        for key in ((low, after.lower(), 1), (low, before.lower(), -1)):
            if key in self.pairs:
                return self.pairs[key]
        best = self.best.get(low)
        if best is not None:
            return best
        if self.known is not None and self.known(low) and not self.known(low.title()):
            return low
        if len(word) <= 3 or not re.search(r"[aeiouy]", low):
            return word.upper()
        return word[:1].upper() + low[1:]

    def __call__(self, text: str) -> str:
        out = list(text)
        matches = list(self.WORD.finditer(text))
        for k, m in enumerate(matches):
            word = m.group()
            if m.start() > 0 and text[m.start() - 1] in "'’" and word.lower() in self.CLITICS:
                cased = word.lower()
            else:
                cased = self.form(word, matches[k - 1].group() if k else "",
                                  matches[k + 1].group() if k + 1 < len(matches) else "")
            before = text[max(0, m.start() - 40):m.start()].rstrip(" \"'(")
            if not before or before[-1] in ".!?\n" or before.endswith("--") or self.HEADERS.search(before):
                cased = cased[:1].upper() + cased[1:]
            out[m.start():m.end()] = cased
        return "".join(out)


def reference_texts(data: Path = DATA) -> Iterable[str]:
    """Mixed-case news the truecaser learns word forms from: PolNeAR train, FA-KES, LGL,
    GeoVirus and ECB+ (all of it other data than MUC)."""
    for path in sorted((data / "polnear" / "train" / "text").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    fakes = data / "fa-kes" / "FA-KES-Dataset.csv"
    if fakes.exists():
        with fakes.open(encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                yield row.get("article_content") or ""
    for path in (data / "lgl" / "lgl.xml", data / "geovirus" / "GeoVirus.xml"):
        if path.exists():
            yield from (a.findtext("text") or "" for a in ET.parse(path).getroot())
    ecb = data / "ecbplus" / "docs.jsonl"
    if ecb.exists():
        with ecb.open(encoding="utf-8") as fh:
            yield from (" ".join(json.loads(line)["sentences"]) for line in fh)


_TRUECASER: Truecaser | None = None


def truecaser(nlp: Any = None) -> Truecaser:
    global _TRUECASER
    if _TRUECASER is None:
        strings = nlp.vocab.strings if nlp is not None else None
        _TRUECASER = Truecaser.from_texts(reference_texts(), strings.__contains__ if strings else None)
    return _TRUECASER


def task_muc(ctx: Context, docs_file: Path, split: str, limit: int | None,
             errors: list[dict] | None) -> list[dict]:
    docs = load_muc(docs_file, split, limit)
    gold_n = sum(len(d.gold) for d in docs)
    unstated = sum(d.unstated for d in docs)
    upper = sum(d.text.isupper() for d in docs)
    case = "upper case" if upper == len(docs) else "mixed case" if upper == 0 else f"{upper} upper-case"
    label = (f"MUC-3/4 {split.upper()} ({len(docs)} reports, {case}; {gold_n} key figures written"
             f" in the text, {unstated} not)")
    raw = [unwrap(d.text) for d in docs]
    ids = [d.message_id for d in docs]
    cl = Claimledger(ctx.nlp)
    rows = []
    raw_docs = ctx.parse(raw)
    problems: list[str] = []
    preds = run(cl, raw_docs, as_documents(raw), "figures", problems, ids)
    rows.append(result_row("figures", label, "claimledger, text as given", score_figures(docs, preds),
                           problems=problems[:5]))
    if upper:
        cased = [truecaser(ctx.nlp)(t) for t in raw]
        problems = []
        preds = run(cl, ctx.parse(cased), as_documents(cased), "figures", problems, ids)
        rows.append(result_row("figures", label, "claimledger + truecasing", score_figures(docs, preds, errors),
                               "truecaser in bench/scoring/figures.py, counted as part of claimledger",
                               problems=problems[:5]))
    problems = []
    preds = run(baseline_figures, ctx.bare_parse(raw, raw_docs), as_documents(raw), "figures", problems, ids)
    rows.append(result_row("figures", label, "CARDINAL + casualty word", score_figures(docs, preds),
                     "text as given", problems=problems[:5]))
    return rows
