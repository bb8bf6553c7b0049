"""Attribution (PolNeAR): the BRAT reader, the scorer and the task."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import (
    Claimledger,
    Context,
    Record,
    Span,
    as_documents,
    fragments_overlap,
    greedy_pairs,
    prf,
    ratio,
    result_row,
    run,
    sentence_around,
    trim,
)


# --------------------------------------------------------------------------- attribution
@dataclass
class Attribution:
    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    # Whether the content is a proposition (has a verb: "that taxes will rise", a quoted
    # sentence) rather than a thing ("endorsed Ted Cruz", "love TPP"); set from the parse.
    clause: bool = True


@dataclass
class Article:
    name: str
    text: str
    attributions: list[Attribution]
    annotator: str = ""


def read_brat(ann: str) -> list[Attribution]:
    """PolNeAR's BRAT standoff: T lines hold (possibly discontinuous) spans, E lines tie a
    Content (and Content2, …) to its Cue and Source. Lines that do not parse are skipped:
    a few T lines in the corpus carry text with embedded line breaks."""
    spans: dict[str, list[Span]] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if line.startswith("T"):
            _, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
            except ValueError:
                continue
        elif line.startswith("E"):
            roles: dict[str, list[str]] = defaultdict(list)
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role.rstrip("0123456789")].append(ref)
            events.append(roles)
    out = []
    for roles in events:
        content = sorted(f for ref in roles.get("Content", []) for f in spans.get(ref, []))
        if not content:
            continue
        cue = sorted(f for ref in roles.get("Cue", []) for f in spans.get(ref, []))
        source = sorted(f for ref in roles.get("Source", []) for f in spans.get(ref, []))
        out.append(Attribution(content, cue, source))
    return out


def load_polnear(folder: Path, limit: int | None = None) -> list[Article]:
    """Articles of one PolNeAR split (``text/`` and ``attributions/`` below ``folder``)."""
    by_article: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((folder / "attributions").glob("*.ann")):
        by_article[path.stem.rsplit("_", 1)[0]].append(path)
    articles = []
    for name in sorted(by_article):
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        ann = by_article[name][0]  # the first annotator, so every article counts once
        articles.append(Article(name, text_path.read_text(encoding="utf-8"),
                                read_brat(ann.read_text(encoding="utf-8")), ann.stem.rsplit("_", 1)[1]))
        if limit and len(articles) >= limit:
            break
    return articles


PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my",
            "him", "them", "us", "me", "who", "which", "that", "this", "these", "those"}
# Words that never tell two speakers apart.
_NAME_STOP = {"the", "a", "an", "of", "and", "'s", "’s", "s", "in", "for", "to", "at", "on", "mr", "mrs",
              "ms", "dr"}


def name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")) if w not in _NAME_STOP}


def is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


def speaker_correct(claim: Record, gold: Attribution, antecedents: Sequence[str], text: str) -> bool:
    """A speaker is right when its mention overlaps the gold Source, or its name shares a
    word with it ("Trump" for "Donald Trump", "The Post" for "The New York Post"). PolNeAR
    has no coreference, so a gold pronoun Source is checked against the last three distinct
    non-pronoun gold Sources before it (an approximation, lenient by design); a predicted
    pronoun is unresolved, so wrong."""
    speaker = claim.get("speaker") or {}
    name = speaker.get("name") or ""
    if not name or is_pronoun(name):
        return False
    gold_text = " ".join(text[s:e] for s, e in gold.source)
    if is_pronoun(gold_text):
        return any(name_words(name) & name_words(a) for a in antecedents)
    span = speaker.get("span")
    if span and fragments_overlap(tuple(span), gold.source) > 0:
        return True
    return bool(name_words(name) & name_words(gold_text))


def cue_correct(claim: Record, gold: Attribution, text: str) -> bool:
    span = claim.get("cue_span")
    if span:
        return fragments_overlap(tuple(span), gold.cue) > 0
    gold_words = {w.lower() for s, e in gold.cue for w in re.findall(r"\w+", text[s:e])}
    return bool({w.lower() for w in re.findall(r"\w+", claim.get("cue") or "")} & gold_words)


def _is_quoted(text: str, fragments: Sequence[Span]) -> bool:
    return any(ch in '"“”' for s, e in fragments for ch in text[max(0, s - 1):e + 1])


# --------------------------------------------------------------------------- units
# PolNeAR annotates one attribution per cue, its Content possibly in several pieces
# ('"A," she said. "B."' is one Content of two fragments). spec/OUTPUT.md gives a quotation
# that runs on after its attribution, with no cue of its own, a claim of its own that
# repeats the speaker and cue of the claim it continues and has no cue_span. Mapping
# units: such a claim is a further fragment of the attribution it continues, and so is a
# claim of the same speaker through the very same cue (same cue_span).
Fragments = list[Span]


@dataclass
class Unit:
    claim: Record  # the claim that carries the cue: speaker and cue are read from it
    fragments: Fragments = field(default_factory=list)

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.fragments)

    @property
    def extent(self) -> Span:
        return (self.fragments[0][0], self.fragments[-1][1]) if self.fragments else (0, 0)


def _continues(claim: Record, unit: Unit) -> bool:
    """Whether a claim is a further part of the attribution before it: the same speaker,
    later in the text, and either no cue of its own with the same cue word (a run-on
    quotation: the extractor copies them) or the very same cue (one cue, one attribution:
    '"A," she said, "B."' read as two quotations)."""
    before = unit.claim
    if (claim.get("speaker") or {}).get("name") != (before.get("speaker") or {}).get("name") \
            or claim["span"][0] < unit.extent[1]:
        return False
    if claim.get("cue_span") is not None:
        return claim["cue_span"] == before.get("cue_span")
    if "cue_span" not in claim or not claim.get("cue") or claim["cue"] == ":":
        return False  # a transcript turn has no cue span either, but is a turn of its own
    return claim.get("cue") == before.get("cue")


def attribution_units(text: str, claims: Sequence[Record], join: bool = True) -> list[Unit]:
    """The claims of one record as PolNeAR's attribution units (see above); ``join=False``
    keeps every claim a unit of its own."""
    units: list[Unit] = []
    for claim in claims:
        span = trim(text, tuple(claim["span"]))
        if join and units and _continues(claim, units[-1]):
            units[-1].fragments.append(span)
        else:
            units.append(Unit(claim, [span]))
    return units


def _overlap(pred: Fragments, gold: Sequence[Span]) -> int:
    return sum(fragments_overlap(p, gold) for p in pred)


def _half_overlap(pred: Unit, gold: Sequence[Span]) -> float:
    """Overlap as a share of the shorter side (common.half_overlap, for a pred in pieces)."""
    shorter = min(pred.length, sum(e - s for s, e in gold))
    return _overlap(pred.fragments, gold) / shorter if shorter > 0 else 0.0


def score_attribution(articles: Sequence[Article], preds: Sequence[list[Record] | None],
                      errors: list[dict] | None = None, clauses_only: bool = False,
                      join: bool = True) -> dict[str, Any]:
    """Content P/R/F1 (half overlap and exact), speaker and cue accuracy on matched claims,
    and recall on the quoted (direct or mixed) gold contents alone.

    ``clauses_only`` scores propositional contents alone (see ``Attribution.clause``): a
    claim matching another gold content then counts neither way. ``join`` maps a run-on
    quotation's claim onto the attribution it continues (``attribution_units``)."""
    tp = fp = fn = tp_exact = fp_inside = fp_split = joined = 0
    spk_ok = spk_n = cue_ok = cue_n = quoted = quoted_found = failed = named_ok = named_n = gold_n = 0
    for article, claims in zip(articles, preds, strict=True):
        text, gold = article.text, article.attributions
        if claims is None:
            failed += 1
            claims = []
        golds = [[trim(text, f) for f in a.content] for a in gold]
        golds = [[f for f in g if f[1] > f[0]] or a.content for g, a in zip(golds, gold, strict=True)]
        counted = [a.clause or not clauses_only for a in gold]
        units = attribution_units(text, claims, join)
        joined += len(claims) - len(units)
        pairs = greedy_pairs((r, i, j) for i, u in enumerate(units) for j, g in enumerate(golds)
                             if (r := _half_overlap(u, g)) >= 0.5)
        ignored = {i for i, j in pairs if not counted[j]}
        pairs = [(i, j) for i, j in pairs if counted[j]]
        extents = [(g[0][0], g[-1][1]) for g in golds]
        exact = greedy_pairs((1.0, i, j) for i, u in enumerate(units) for j, g in enumerate(extents)
                             if u.extent == g and counted[j])
        hit = {i for i, _ in pairs}
        unmatched = [i for i in range(len(units)) if i not in hit and i not in ignored]
        tp += len(pairs)
        tp_exact += len(exact)
        fp += len(unmatched)
        gold_n += sum(counted)
        fn += sum(counted) - len(pairs)
        # False alarms lying inside a gold content: a quote split sentence by sentence, or a
        # claim nested in a quote ("I think …"), which PolNeAR leaves unannotated.
        fp_inside += sum(1 for i in unmatched if units[i].length > 0 and any(
            _overlap(units[i].fragments, g) * 2 >= units[i].length for g in golds))
        fp_split += _same_speaker_splits(units, golds, pairs, unmatched)
        matched = dict((j, i) for i, j in pairs)
        antecedents: list[str] = []
        for j, attr in enumerate(gold):
            source_text = " ".join(text[s:e] for s, e in attr.source)
            if counted[j] and _is_quoted(text, attr.content):
                quoted += 1
                quoted_found += j in matched
            if j in matched:
                claim = units[matched[j]].claim
                if attr.source:
                    spk_n += 1
                    ok = speaker_correct(claim, attr, antecedents[-3:], text)
                    spk_ok += ok
                    if not is_pronoun(source_text):
                        named_n += 1
                        named_ok += ok
                    if not ok and errors is not None:
                        errors.append({"kind": "speaker", "doc": article.name, "gold": source_text,
                                       "pred": (claim.get("speaker") or {}).get("name"),
                                       "content": text[attr.content[0][0]:attr.content[-1][1]][:160]})
                if attr.cue:
                    cue_n += 1
                    cue_ok += cue_correct(claim, attr, text)
            elif counted[j] and errors is not None:
                errors.append({"kind": "missed", "doc": article.name, "source": source_text,
                               "span": [attr.content[0][0], attr.content[-1][1]],
                               "cue": " ".join(text[s:e] for s, e in attr.cue),
                               "content": text[attr.content[0][0]:attr.content[-1][1]][:200],
                               "sentence": sentence_around(text, attr.content[0][0])})
            if attr.source and not is_pronoun(source_text):
                if source_text in antecedents:
                    antecedents.remove(source_text)
                antecedents.append(source_text)
        if errors is not None:
            for i in unmatched:
                s, e = units[i].extent
                speaker = (units[i].claim.get("speaker") or {}).get("name")
                errors.append({"kind": "false", "doc": article.name, "span": [s, e],
                               "text": text[s:e][:200], "speaker": speaker, "cue": units[i].claim.get("cue"),
                               "sentence": sentence_around(text, s)})
    return {"content": prf(tp, fp, fn), "exact": prf(tp_exact, tp + fp - tp_exact, tp + fn - tp_exact),
            "fp_inside_gold": fp_inside, "fp_same_speaker_split": fp_split, "joined": joined,
            "speaker_acc": ratio(spk_ok, spk_n), "speaker_n": spk_n,
            "speaker_acc_named": ratio(named_ok, named_n), "speaker_named_n": named_n,
            "cue_acc": ratio(cue_ok, cue_n), "cue_n": cue_n,
            "quoted_recall": ratio(quoted_found, quoted), "quoted_n": quoted,
            "docs": len(articles), "failed": failed, "gold": gold_n}


def _same_speaker_splits(units: Sequence[Unit], golds: Sequence[Sequence[Span]],
                         pairs: Sequence[tuple[int, int]], unmatched: Sequence[int]) -> int:
    """False alarms that are the rest of a matched content, said by the same speaker but
    through a cue of their own, or a quotation longer than a claim may be. Counted apart
    for the table's notes."""
    speaker_of = {j: ((units[i].claim.get("speaker") or {}).get("name")) for i, j in pairs}
    count = 0
    for i in unmatched:
        name = (units[i].claim.get("speaker") or {}).get("name")
        if units[i].length > 0 and any(
                speaker_of.get(j) == name and _overlap(units[i].fragments, g) * 2 >= units[i].length
                for j, g in enumerate(golds)):
            count += 1
    return count


def textacy_quotes(doc: Any, _document: Any = None) -> Record:
    """Peer: textacy's direct_quotations, which finds quoted speech only.

    It gives up on a whole text when its quote marks do not pair up, so it is run paragraph
    by paragraph: an unclosed quote then costs only its paragraph (counted in ``bailed``)."""
    from textacy.extract.triples import direct_quotations

    claims, bailed = [], 0
    for para in re.finditer(r"[^\n]+", doc.text):
        span = doc.char_span(para.start(), para.end(), alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        base = span.start_char
        try:
            quotes = list(direct_quotations(span.as_doc()))
        except ValueError:
            bailed += 1
            continue
        for q in quotes:
            claims.append({
                "speaker": {"name": " ".join(t.text for t in q.speaker),
                            "span": _tokens_span(q.speaker, base)},
                "cue": " ".join(t.text for t in q.cue), "cue_span": _tokens_span(q.cue, base),
                "span": [base + q.content.start_char, base + q.content.end_char],
            })
    return {"claims": claims, "bailed": bailed}


def mark_clauses(article: Article, doc: Any) -> None:
    """Flag each gold content that holds a verb (a proposition) rather than only a thing."""
    for attr in article.attributions:
        tokens = [t for s, e in attr.content
                  for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
        attr.clause = any(t.pos_ in {"VERB", "AUX"} for t in tokens)


def task_polnear(ctx: Context, folder: Path, limit: int | None, errors: list[dict] | None) -> list[dict]:
    articles = load_polnear(folder, limit)
    texts = [a.text for a in articles]
    docs = ctx.parse(texts)
    for article, doc in zip(articles, docs, strict=True):
        mark_clauses(article, doc)
    gold_n = sum(len(a.attributions) for a in articles)
    clause_n = sum(a.clause for art in articles for a in art.attributions)
    label = f"PolNeAR {folder.name} ({len(articles)} articles, {gold_n:,} attributions)"
    clause_label = f"PolNeAR {folder.name}, propositional contents ({clause_n:,} of the {gold_n:,})"
    documents = as_documents(texts)
    ids = [a.name for a in articles]
    cl = Claimledger(ctx.nlp)
    rows = []
    problems: list[str] = []
    preds = run(cl, docs, documents, "claims", problems, ids)
    rows.append(result_row("attribution", label, "claimledger", score_attribution(articles, preds, errors),
                           problems=problems[:5]))
    rows.append(result_row("attribution", clause_label, "claimledger",
                           score_attribution(articles, preds, clauses_only=True)))
    if importlib.util.find_spec("textacy") is None:
        rows.append(result_row("attribution", label, "textacy direct_quotations", None,
                         "textacy not installed (pip install -e '.[eval]')"))
    else:
        problems = []
        preds = run(textacy_quotes, ctx.bare_parse(texts, docs), documents, "claims", problems, ids)
        note = "direct quotes only, by design"
        scores = score_attribution(articles, preds)
        rows.append(result_row("attribution", label, "textacy direct_quotations", scores, note,
                         problems=problems[:5]))
        rows.append(result_row("attribution", clause_label, "textacy direct_quotations",
                         score_attribution(articles, preds, clauses_only=True), note))
    return rows


def _tokens_span(tokens: Sequence[Any], base: int) -> list[int] | None:
    return [base + tokens[0].idx, base + tokens[-1].idx + len(tokens[-1])] if tokens else None
