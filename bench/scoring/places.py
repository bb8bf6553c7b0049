"""Places (LGL, GeoVirus): toponyms with coordinates, the scorer, the peer and the task."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import (
    Claimledger,
    Context,
    Record,
    Span,
    as_documents,
    greedy_pairs,
    half_overlap,
    haversine_km,
    overlap,
    prf,
    ratio,
    result_row,
    run,
)


# --------------------------------------------------------------------------- places
@dataclass
class Toponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


@dataclass
class GeoArticle:
    id: str
    text: str
    toponyms: list[Toponym]


def _locate(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the gold name really is: GeoVirus offsets are one character late."""
    if text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift:end + shift] == name:
            return start + shift, end + shift
    return None


def load_places(path: Path, limit: int | None = None) -> tuple[str, list[GeoArticle], int]:
    """LGL (``<toponyms>``) or GeoVirus (``<locations>``) XML; returns the set's name, the
    articles and how many gold toponyms could not be placed in the text (dropped)."""
    root = ET.parse(path).getroot()
    articles, dropped, kind = [], 0, "places"
    for n, art in enumerate(root):
        text = art.findtext("text") or ""
        tops = []
        if art.find("toponyms") is not None:
            kind = "LGL"
            for t in art.find("toponyms"):
                gaz = t.find("gaztag")
                lat = gaz.findtext("lat") if gaz is not None else None
                lon = gaz.findtext("lon") if gaz is not None else None
                tops.append((t.findtext("phrase") or "", int(t.findtext("start")), int(t.findtext("end")),
                             lat, lon))
        else:
            kind = "GeoVirus"
            for t in art.find("locations") if art.find("locations") is not None else []:
                tops.append((t.findtext("name") or "", int(t.findtext("start")), int(t.findtext("end")),
                             t.findtext("lat"), t.findtext("lon")))
        toponyms = []
        for name, s, e, lat, lon in tops:
            where = _locate(text, name, s, e)
            if where is None:
                dropped += 1
                continue
            toponyms.append(Toponym(where[0], where[1], name, float(lat) if lat else None,
                                    float(lon) if lon else None))
        articles.append(GeoArticle(art.get("docid") or art.findtext("source") or str(n), text, toponyms))
        if limit and len(articles) >= limit:
            break
    return kind, articles, dropped


def place_mentions(places: Iterable[Record]) -> list[tuple[Span, float | None, float | None, str]]:
    return [((int(s), int(e)), p.get("lat"), p.get("lon"), p.get("name") or "")
            for p in places for s, e in p.get("mentions") or []]


def score_places(articles: Sequence[GeoArticle], preds: Sequence[list[Record] | None],
                 errors: list[dict] | None = None, km: float = 161.0) -> dict[str, Any]:
    """Recognition P/R/F1 over toponyms with coordinates, and resolution within ``km``.

    LGL also marks streets and other toponyms without coordinates: a predicted mention on
    one of those counts neither way."""
    tp = fp = fn = near = failed = 0
    for art, places in zip(articles, preds, strict=True):
        if places is None:
            failed += 1
            places = []
        mentions = place_mentions(places)
        gold = [t for t in art.toponyms if t.lat is not None and t.lon is not None]
        blind = [(t.start, t.end) for t in art.toponyms if t.lat is None or t.lon is None]
        keep = [m for m in mentions if not any(overlap(m[0], b) for b in blind)]
        pairs = greedy_pairs((r, i, j) for i, m in enumerate(keep) for j, g in enumerate(gold)
                             if (r := half_overlap(m[0], [(g.start, g.end)])) >= 0.5)
        tp += len(pairs)
        fp += len(keep) - len(pairs)
        fn += len(gold) - len(pairs)
        matched = dict((j, i) for i, j in pairs)
        for j, g in enumerate(gold):
            if j not in matched:
                if errors is not None:
                    errors.append({"kind": "missed", "doc": art.id, "name": g.name,
                                   "context": art.text[max(0, g.start - 80):g.end + 80]})
                continue
            _, lat, lon, name = keep[matched[j]]
            dist = haversine_km(lat, lon, g.lat, g.lon) if lat is not None and lon is not None else None
            if dist is not None and dist <= km:
                near += 1
            elif errors is not None:
                errors.append({"kind": "far", "doc": art.id, "name": g.name, "pred": name,
                               "km": dist and round(dist), "gold": [g.lat, g.lon], "got": [lat, lon]})
        if errors is not None:
            hit = {i for i, _ in pairs}
            for i, (span, _, _, name) in enumerate(keep):
                if i not in hit:
                    errors.append({"kind": "false", "doc": art.id, "name": name,
                                   "text": art.text[span[0]:span[1]],
                                   "context": art.text[max(0, span[0] - 80):span[1] + 80]})
    recognition = prf(tp, fp, fn)
    return {**recognition, "within_km": km, "acc_e2e": ratio(near, tp + fn), "acc_found": ratio(near, tp),
            "docs": len(articles), "failed": failed, "gold": tp + fn}


def most_populous_places(doc: Any, _document: Any = None) -> Record:
    """Peer: spaCy's GPE/LOC entities, each placed at the most populous same-name entry of
    claimledger's gazetteer (countries and regions included)."""
    from claimledger.extract.gazetteer import gazetteer

    gaz = gazetteer()
    places = []
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        text = re.sub(r"^(?:the|The)\s+", "", ent.text)
        hits = gaz.lookup(text)
        best = max(hits, key=lambda h: h.entry.population, default=None)
        entry = best.entry if best else None
        places.append({"name": entry.name if entry else text, "lat": entry.lat if entry else None,
                       "lon": entry.lon if entry else None, "mentions": [[ent.start_char, ent.end_char]]})
    return {"places": places}


def task_places(ctx: Context, path: Path, limit: int | None, errors: list[dict] | None) -> list[dict]:
    kind, articles, dropped = load_places(path, limit)
    gold_n = sum(1 for a in articles for t in a.toponyms if t.lat is not None)
    label = f"{kind} ({len(articles)} articles, {gold_n:,} toponyms)"
    texts = [a.text for a in articles]
    docs = ctx.parse(texts)
    cl = Claimledger(ctx.nlp)
    rows = []
    note = f"{dropped} gold toponyms not found at their offsets, dropped" if dropped else ""
    problems: list[str] = []
    ids = [a.id for a in articles]
    preds = run(cl, docs, as_documents(texts), "places", problems, ids)
    rows.append(result_row("places", label, "claimledger", score_places(articles, preds, errors), note,
                           problems=problems[:5]))
    problems = []
    preds = run(most_populous_places, ctx.bare_parse(texts, docs), as_documents(texts), "places", problems, ids)
    rows.append(result_row("places", label, "spaCy GPE/LOC + most populous", score_places(articles, preds),
                           note, problems=problems[:5]))
    return rows
