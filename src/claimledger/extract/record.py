"""Builds the analysis record of ``spec/OUTPUT.md`` from a parsed report.

Extraction order follows the data: places and times first (claims use places to
give "Homs Governor" a side), then claims, figures bound to the claims they are said
in, events bound to claims and places, and the consistency checks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import asdict

from spacy.tokens import Doc

from claimledger import __version__
from claimledger.extract.claims import find_claims
from claimledger.extract.context import context_of, text_of
from claimledger.extract.events import categories, find_events
from claimledger.extract.figures import find_figures
from claimledger.extract.places import find_places
from claimledger.extract.when import find_times, time_spans
from claimledger.model import Claim, Document, Event, Figure, Place
from claimledger.sides import side_table

SCHEMA = "claimledger.analysis/1"


def extract(doc: Doc, document: Document) -> tuple[list[Claim], list[Figure], list[Event], list[Place], list]:
    places = find_places(doc)
    for n, place in enumerate(places, 1):
        place.id = f"p{n}"
    times = find_times(doc, document.published)
    claims = find_claims(doc, places)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    figures, checks = find_figures(doc, excluded=time_spans(doc))
    for n, figure in enumerate(figures, 1):
        figure.id = f"f{n}"
    _link_figures(figures, claims, places, doc)
    _resolve_enemy(figures, claims, doc)
    _resolve_our_own(figures, claims, doc)
    context_of(doc).memory.figures = figures  # the figures stated so far, for the events
    events = find_events(doc, claims, places, times)
    for n, event in enumerate(events, 1):
        event.id = f"e{n}"
    for claim in claims:
        claim.events = [e.id for e in events if claim.id in e.claims]
    return claims, figures, events, places, checks


def _link_figures(figures: list[Figure], claims: list[Claim], places: list[Place], doc: Doc) -> None:
    ctx = context_of(doc)
    # places other than countries, by the sentence they are named in, read once
    local: dict[int, str] = {}
    for place in places:
        if place.kind == "country":
            continue
        for start, _ in place.mentions:
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            if span is not None:
                local.setdefault(ctx.sent_index(span.start), place.id)
    order = {id(c): n for n, c in enumerate(claims)}
    by_start = sorted(claims, key=lambda c: c.span[0])
    starts = [c.span[0] for c in by_start]
    for figure in figures:
        # the claims that may hold the figure start before it; the nearest few suffice
        k = bisect_right(starts, figure.span[0])
        holders = [c for c in by_start[max(k - 20, 0):k] if figure.span[1] <= c.span[1]]
        holder = min(holders, key=lambda c: order[id(c)]) if holders else None
        if holder is not None:
            figure.claim = holder.id
            holder.figures.append(figure.id)
        span = doc.char_span(figure.span[0], figure.span[1], alignment_mode="expand")
        if span is None or figure.place is not None:
            continue
        # the first place of the sentence, as before: the lowest place id named in it
        k = ctx.sent_index(span.start)
        if k in local:
            figure.place = local[k]


ENEMY = re.compile(r"\b(?:the\s+)?(enemy|adversary|opponent|opposing side)(?:'s|’s)?\b", re.I)


def _resolve_enemy(figures: list[Figure], claims: list[Claim], doc: Doc) -> None:
    """"The enemy lost up to 120 servicemen", said by one side's ministry, counts the
    other side's people: the side the report names most often besides the speaker's."""
    by_id = {c.id: c for c in claims}
    counts = Counter(m.side for m in side_table().mentions(text_of(doc)))
    for figure in figures:
        claim = by_id.get(figure.claim or "")
        if figure.side is not None or claim is None or claim.speaker.side is None:
            continue
        if not ENEMY.search(text_of(doc)[claim.sentence_span[0]:claim.sentence_span[1]]):
            continue
        others = [side for side, _ in counts.most_common() if side != claim.speaker.side]
        if others:
            figure.side = others[0]


FIRST_PERSON = re.compile(r"\b(?:we|our|us|ours)\b[^.;]{0,60}$", re.I)


def _resolve_our_own(figures: list[Figure], claims: list[Claim], doc: Doc) -> None:
    """"We have lost 43 men", "our soldiers": in a speaker's own words, the speaker's side."""
    by_id = {c.id: c for c in claims}
    text = text_of(doc)
    for figure in figures:
        claim = by_id.get(figure.claim or "")
        if figure.side is not None or claim is None or claim.speaker.side is None:
            continue
        if figure.quantity in {"civilians_killed", "displaced", "distance", "other"}:
            continue
        if FIRST_PERSON.search(text[max(claim.span[0], figure.span[0] - 80):figure.span[0]]):
            figure.side = claim.speaker.side


def build_record(doc: Doc, document: Document, model: str) -> dict:
    claims, figures, events, places, checks = extract(doc, document)
    return {
        "schema": SCHEMA,
        "extractor": {"name": "claimledger", "version": __version__, "model": model},
        "document": {
            "id": document.id,
            "title": document.title,
            "text": document.text,
            "outlet": document.outlet,
            "url": document.url,
            "published": document.published,
            "declared_origin": document.declared_origin,
            "language": document.language,
        },
        "claims": [_claim(c) for c in claims],
        "figures": [_figure(f) for f in figures],
        "events": [_event(e) for e in events],
        "places": [_place(p) for p in places],
        "checks": [asdict(c) for c in checks],
    }


def _claim(c: Claim) -> dict:
    speaker = c.speaker
    return {
        "id": c.id,
        "speaker": {
            "name": speaker.name, "kind": speaker.kind, "title": speaker.title, "role": speaker.role,
            "organization": speaker.organization, "side": speaker.side,
            "span": list(speaker.span) if speaker.span else None,
        },
        "cue": c.cue, "mode": c.mode, "hedge": c.hedge, "polarity": c.polarity,
        "text": c.text, "span": list(c.span), "sentence_span": list(c.sentence_span),
        "cue_span": list(c.cue_span) if c.cue_span else None,
        "figures": c.figures, "events": c.events,
    }


def _figure(f: Figure) -> dict:
    return {
        "id": f.id, "value": _number(f.value), "low": _number(f.low), "high": _number(f.high),
        "approximate": f.approximate, "quantity": f.quantity, "unit": f.unit, "subject": f.subject,
        "side": f.side, "out_of": _number(f.out_of), "fraction": f.fraction, "text": f.text,
        "span": list(f.span), "claim": f.claim, "place": f.place, "as_of": f.as_of,
    }


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 4)


def _event(e: Event) -> dict:
    return {
        "id": e.id, "type": e.type, **categories(e.type),
        "actor": asdict(e.actor) if e.actor else None,
        "target": asdict(e.target) if e.target else None,
        "place": e.place,
        "when": {"text": e.when.text, "start": e.when.start, "end": e.when.end} if e.when else None,
        "certainty": e.certainty, "claims": e.claims, "text": e.text, "span": list(e.span),
    }


def _place(p: Place) -> dict:
    return {
        "id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "lat": p.lat, "lon": p.lon,
        "geonames_id": p.geonames_id, "admin1": p.admin1, "country_name": p.country_name,
        "mentions": [list(m) for m in p.mentions],
    }
