"""The API's items: rows of the ledger's views, shaped as the record of spec/OUTPUT.md.

A claim, figure, event or place from the API reads like the one in a document's
analysis record (nested speaker, actor, target, when; ``span`` as ``[start, end)``),
with the report it comes from under ``document`` ({id, published, outlet, title,
analysis_version}). Where a record names another item by id (a figure's claim, its
place), a view row carries what that item says instead: ``said_by`` and ``where``.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _document(row: Row) -> Row:
    return {"id": row["document_id"], "published": row["published"], "outlet": row["outlet"],
            "title": row["document_title"], "analysis_version": row["analysis_version"]}


def _span(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


def _where(row: Row, name: str = "place") -> Row | None:
    if not row.get(name):
        return None
    return {"name": row[name], "country": row.get("country"), "lat": row.get("lat"), "lon": row.get("lon")}


def document(row: Row) -> Row:
    return {"id": row["document_id"], "title": row["title"], "outlet": row["outlet"], "url": row["url"],
            "published": row["published"], "declared_origin": row["declared_origin"],
            "language": row["language"], "sightings": row["sightings"], "analyses": row["analyses"],
            "created_at": str(row["created_at"]) if row["created_at"] is not None else None}


def claim(row: Row) -> Row:
    return {
        "id": row["claim"], "document": _document(row),
        "speaker": {"name": row["speaker"], "kind": row["speaker_kind"], "title": row["speaker_title"],
                    "role": row["speaker_role"], "organization": row["speaker_organization"],
                    "side": row["side"]},
        "cue": row["cue"], "mode": row["mode"], "hedge": row["hedge"], "polarity": row["polarity"],
        "text": row["text"], "span": _span(row["span_start"], row["span_end"]),
    }


def figure(row: Row) -> Row:
    said = None
    if row["speaker"]:
        said = {"speaker": row["speaker"], "side": row["speaker_side"], "hedge": row["hedge"]}
    return {
        "id": row["figure"], "document": _document(row),
        "value": row["value"], "low": row["low"], "high": row["high"], "approximate": bool(row["approximate"]),
        "quantity": row["quantity"], "unit": row["unit"], "subject": row["subject"], "side": row["side"],
        "out_of": row["out_of"], "fraction": row["fraction"], "text": row["text"],
        "span": _span(row["span_start"], row["span_end"]), "said_by": said, "where": _where(row),
    }


def event(row: Row) -> Row:
    return {
        "id": row["event"], "document": _document(row), "type": row["type"],
        "actor": {"name": row["actor"], "side": row["actor_side"]} if row["actor"] else None,
        "target": {"name": row["target"], "side": row["target_side"]} if row["target"] else None,
        "where": _where(row),
        "when": {"text": row["when_text"], "start": row["when_start"], "end": row["when_end"]},
        "certainty": row["certainty"], "said_by": [s for s in (row.get("said_by") or "").split("; ") if s],
        "text": row["text"], "span": _span(row["span_start"], row["span_end"]),
    }


def place(row: Row) -> Row:
    return {
        "id": row["place_id"], "document": _document(row), "name": row["name"], "kind": row["kind"],
        "country": row["country"], "lat": row["lat"], "lon": row["lon"], "geonames_id": row["geonames_id"],
        "mentions": row["mentions"], "first_mention": _span(row["first_start"], row["first_end"]),
    }


SHAPES = {"documents": document, "claims": claim, "figures": figure, "events": event, "places": place}
