"""Serialises one report's extraction as the analysis record of ``spec/OUTPUT.md``.

The extraction itself runs in :mod:`claimledger.extract.pipeline`; this module only
turns its dataclasses into the record's JSON shape.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from spacy.tokens import Doc

from claimledger import __version__
from claimledger.extract.events import categories
from claimledger.extract.pipeline import extract
from claimledger.model import Claim, Document, Event, Figure, Place, Speaker

SCHEMA = "claimledger.analysis/1"


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


# A body's full name longer than this many words goes by the short form it gives in brackets.
LONG_NAME_WORDS = 10
_BRACKETED_SHORT_FORM = re.compile(r"^(?P<full>.+?)\s*\((?P<short>[A-Z][A-Za-z0-9&.\-]{1,11})\)$")


def _called(speaker: Speaker) -> tuple[str, str | None]:
    """The speaker's name and organization as the record gives them. "The Directorate of Information
    and Public Relations of the Armed Forces (DIRPA)" is DIRPA, of that directorate: the short form
    a long name gives in brackets is what the report and its readers call the body by, and a name of
    a dozen words reads as a sentence in every listing. Shorter names stay whole."""
    found = _BRACKETED_SHORT_FORM.match(speaker.name)
    if found is None or speaker.organization or len(speaker.name.split()) <= LONG_NAME_WORDS:
        return speaker.name, speaker.organization
    return found["short"], found["full"]


def _claim(c: Claim) -> dict:
    speaker = c.speaker
    name, organization = _called(speaker)
    return {
        "id": c.id,
        "speaker": {
            "name": name, "kind": speaker.kind, "title": speaker.title, "role": speaker.role,
            "organization": organization, "side": speaker.side,
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
        "id": e.id, "type": e.type, **categories(e.type, e),
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
        **({"title_mentions": [list(m) for m in p.title_mentions]} if p.title_mentions else {}),
        **({"point_of": p.point_of} if p.point_of else {}),
    }
