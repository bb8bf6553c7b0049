"""Error study for attribution on PolNeAR: which annotated attributions claimledger misses
with no prediction at all, grouped by the gold cue's lemmas and by the syntactic shape of
the gold content (the part of speech and dependency of its root), and which false alarms
it makes, grouped by cue. For the train split (study there; dev is the split reported).

    .venv/bin/python bench/polnear_misses.py [--data ../shared/data/polnear/train] [--every 2]
        [--top 40] [--show "say"] [--errors FILE]

``--show LEMMAS`` prints the missed sentences whose cue lemmas are exactly LEMMAS ("talk
about"); ``--errors`` writes every miss and false alarm, with those groups, as JSON lines.
Scores are computed by scoring/attribution.py, unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scoring.attribution import load_polnear, mark_clauses, score_attribution
from scoring.common import DATA, Claimledger, Context, as_documents, run


def annotate(errors: list[dict], articles: list[Any], docs: list[Any], preds: list[Any]) -> None:
    """Add to each miss its cue's lemmas, its content's root shape, whether it is a
    proposition, and whether any claim overlaps it at all."""
    by_name = {a.name: (a, d, p or []) for a, d, p in zip(articles, docs, preds, strict=True)}
    for e in errors:
        if e["kind"] != "missed":
            continue
        article, doc, claims = by_name[e["doc"]]
        start, end = e["span"]
        span = doc.char_span(start, end, alignment_mode="expand")
        e["shape"] = f"{span.root.pos_}/{span.root.dep_}" if span is not None and len(span) else "?"
        attr = next((a for a in article.attributions if a.content and a.content[0][0] == start), None)
        cue = doc.char_span(attr.cue[0][0], attr.cue[-1][1], alignment_mode="expand") if attr and attr.cue else None
        e["cue_lemmas"] = " ".join(t.lemma_.lower() for t in cue) if cue is not None else ""
        e["proposition"] = bool(attr and attr.clause)
        e["overlapped"] = any(c["span"][0] < end and start < c["span"][1] for c in claims)


def report(errors: list[dict], top: int, show: str | None) -> None:
    missed = [e for e in errors if e["kind"] == "missed"]
    alone = [e for e in missed if not e["overlapped"]]
    print(f"missed {len(missed)}, with no overlapping claim {len(alone)} "
          f"({sum(e['proposition'] for e in alone)} propositions)")
    for title, key in (("by cue lemmas", "cue_lemmas"), ("by content shape", "shape")):
        print(f"\n{title}:")
        for value, n in Counter(e[key] for e in alone).most_common(top):
            print(f"  {n:5d}  {value}")
    false = [e for e in errors if e["kind"] == "false"]
    print(f"\nfalse alarms {len(false)} by cue:")
    for value, n in Counter((e.get("cue") or "").lower() for e in false).most_common(top):
        print(f"  {n:5d}  {value}")
    if show:
        print(f"\nmissed through '{show}':")
        for e in alone:
            if e["cue_lemmas"] == show:
                print(f"  [{e['source'][:30]}] {{{e['content'][:100]}}} || {e['sentence'][:200]}".replace("\n", " "))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA / "polnear" / "train")
    ap.add_argument("--every", type=int, default=1, help="study every Nth article (2: half the split)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--show", default=None, help="print the misses through these cue lemmas")
    ap.add_argument("--errors", type=Path, default=None, help="write misses and false alarms here (JSON lines)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: no PolNeAR split at {args.data}", file=sys.stderr)
        return 2
    articles = load_polnear(args.data)[::max(1, args.every)]
    ctx = Context()
    docs = ctx.parse([a.text for a in articles])
    for article, doc in zip(articles, docs, strict=True):
        mark_clauses(article, doc)
    preds = run(Claimledger(ctx.nlp), docs, as_documents([a.text for a in articles]), "claims")
    errors: list[dict] = []
    scores = score_attribution(articles, preds, errors)
    c = scores["content"]
    print(f"content P {c['p']:.3f} R {c['r']:.3f} F1 {c['f1']:.3f}; speaker acc {scores['speaker_acc']}")
    annotate(errors, articles, docs, preds)
    report(errors, args.top, args.show)
    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
