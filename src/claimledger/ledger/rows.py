"""Flatten one analysis record (spec/OUTPUT.md) into rows of the ledger's item tables.

Pure functions, no database: what a record becomes is testable on its own, and the
writer only inserts what these return. Fields the spec marks optional may be absent,
so every read is a ``.get``.
"""

from __future__ import annotations

import json
from typing import Any

Row = dict[str, Any]


def stored_record(record: dict) -> str:
    """The record as stored in analyses.record: without the text, which documents holds."""
    document = {k: v for k, v in record.get("document", {}).items() if k != "text"}
    return json.dumps({**record, "document": document}, ensure_ascii=False, sort_keys=True)


def full_record(stored: str, text: str) -> dict:
    """The record as the extractor made it, from analyses.record and documents.text."""
    record = json.loads(stored)
    record["document"]["text"] = text
    return record


def _span(item: dict, key: str = "span") -> tuple[int | None, int | None]:
    span = item.get(key)
    if isinstance(span, list | tuple) and len(span) == 2:
        return span[0], span[1]
    return None, None


def _keys(item: dict, analysis_id: int, document_id: str) -> Row:
    return {"analysis_id": analysis_id, "id": item["id"], "document_id": document_id}


def claim_rows(record: dict, analysis_id: int, document_id: str) -> list[Row]:
    rows = []
    for claim in record.get("claims", []):
        speaker = claim.get("speaker") or {}
        start, end = _span(claim)
        sentence_start, sentence_end = _span(claim, "sentence_span")
        rows.append({
            **_keys(claim, analysis_id, document_id),
            "speaker": speaker.get("name"), "speaker_kind": speaker.get("kind"),
            "speaker_title": speaker.get("title"), "speaker_role": speaker.get("role"),
            "speaker_organization": speaker.get("organization"), "speaker_side": speaker.get("side"),
            "cue": claim.get("cue"), "mode": claim.get("mode"), "hedge": claim.get("hedge"),
            "polarity": claim.get("polarity"), "text": claim.get("text"),
            "span_start": start, "span_end": end,
            "sentence_start": sentence_start, "sentence_end": sentence_end,
        })
    return rows


def figure_rows(record: dict, analysis_id: int, document_id: str) -> list[Row]:
    rows = []
    for figure in record.get("figures", []):
        start, end = _span(figure)
        rows.append({
            **_keys(figure, analysis_id, document_id),
            **{k: _float(figure.get(k)) for k in ("value", "low", "high", "out_of", "fraction")},
            "approximate": bool(figure.get("approximate")),
            **{k: figure.get(k) for k in ("quantity", "unit", "subject", "side", "text")},
            "span_start": start, "span_end": end,
            "claim_id": figure.get("claim"), "place_id": figure.get("place"),
            "as_of": _text(figure.get("as_of")),
        })
    return rows


def event_rows(record: dict, analysis_id: int, document_id: str) -> list[Row]:
    rows = []
    for event in record.get("events", []):
        actor = event.get("actor") or {}
        target = event.get("target") or {}
        when = event.get("when") or {}
        start, end = _span(event)
        rows.append({
            **_keys(event, analysis_id, document_id),
            "type": event.get("type"),
            "actor": actor.get("name"), "actor_side": actor.get("side"),
            "target": target.get("name"), "target_side": target.get("side"),
            "place_id": event.get("place"),
            "when_text": when.get("text"), "when_start": when.get("start"), "when_end": when.get("end"),
            "certainty": event.get("certainty"), "text": event.get("text"),
            "span_start": start, "span_end": end,
        })
    return rows


def event_claim_rows(record: dict, analysis_id: int) -> list[Row]:
    """(event, claim) pairs: who says each event happened."""
    known = {claim["id"] for claim in record.get("claims", [])}
    return [{"analysis_id": analysis_id, "event_id": event["id"], "claim_id": claim_id}
            for event in record.get("events", [])
            for claim_id in dict.fromkeys(event.get("claims") or [])  # once each, in order
            if claim_id in known]


def place_rows(record: dict, analysis_id: int, document_id: str) -> list[Row]:
    rows = []
    for place in record.get("places", []):
        mentions = [m for m in place.get("mentions") or [] if isinstance(m, list | tuple) and len(m) == 2]
        first = min(mentions) if mentions else (None, None)
        rows.append({
            **_keys(place, analysis_id, document_id),
            **{k: place.get(k) for k in ("name", "kind", "country", "geonames_id")},
            "lat": _float(place.get("lat")), "lon": _float(place.get("lon")),
            "mentions": len(mentions), "first_start": first[0], "first_end": first[1],
        })
    return rows


def item_rows(record: dict, analysis_id: int, document_id: str) -> dict[str, list[Row]]:
    """All item rows of a record, by table, in the order they can be inserted."""
    return {
        "claims": claim_rows(record, analysis_id, document_id),
        "figures": figure_rows(record, analysis_id, document_id),
        "events": event_rows(record, analysis_id, document_id),
        "event_claims": event_claim_rows(record, analysis_id),
        "places": place_rows(record, analysis_id, document_id),
    }


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
