"""What the report page shows: the text with its items marked, and its origin and copies."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup
from sqlalchemy import select

from claimledger import present
from claimledger.ledger import Ledger, schema
from claimledger.web.highlight import Mark, render, tag


def claim_title(claim: dict) -> str:
    speaker = claim.get("speaker") or {}
    return (f"{present.speaker_label(speaker)} — {present.side_label(speaker.get('side'))} — "
            f"cue: {claim.get('cue') or '?'} — hedge: {claim.get('hedge') or '?'}"
            + (" — denied" if claim.get("polarity") == "denied" else ""))


def series_href(figure: dict, story: int | None) -> str:
    query = {"quantity": figure.get("quantity"), "side": figure.get("side"),
             "story": f"S{story}" if story is not None else None}
    return "/figures?" + urlencode({k: v for k, v in query.items() if v})


def marked_text(record: dict, story: int | None) -> Markup:
    text = record["document"]["text"]
    claims = {c["id"]: c for c in record["claims"]}
    places = {p["id"]: p for p in record["places"]}
    marks: list[Mark] = []
    for claim in record["claims"]:
        side = (claim.get("speaker") or {}).get("side")
        opening, closing = tag("mark", id=claim["id"], class_=f"claim side-{side or 'none'}", tabindex="0",
                               title=claim_title(claim))()
        marks.append(Mark("claim", *claim["span"], opening, closing))
    for figure in record["figures"]:
        said = claims.get(figure.get("claim") or "")
        who = present.speaker_label(said["speaker"]) if said else "the report"
        where = places.get(figure.get("place") or "")
        title = (f"{present.quantity_label(figure.get('quantity'))}: {present.figure_value(figure)} "
                 f"({present.side_label(figure.get('side'))} counted) — said by {who}"
                 + (f" — at {where['name']}" if where else "") + " — open its series")
        opening, closing = tag("a", id=figure["id"], class_="figure", href=series_href(figure, story), title=title)()
        marks.append(Mark("figure", *figure["span"], opening, closing))
    for place in record["places"]:
        title = f"{place['name']} ({place.get('kind') or 'place'}, {place.get('country') or '?'}) " \
                f"{present.coordinates(place.get('lat'), place.get('lon'))}"
        for number, (start, end) in enumerate(place.get("mentions") or []):
            opening, closing = tag("span", id=place["id"] if number == 0 else None, class_="place", title=title)()
            marks.append(Mark("place", start, end, opening, closing))
    return render(text, marks)


def story_of(ledger: Ledger, document_id: str) -> int | None:
    m = schema.story_members
    with ledger.engine.connect() as connection:
        return connection.execute(select(m.c.story_id).where(m.c.document_id == document_id).limit(1)).scalar()


def relations(ledger: Ledger, document_id: str) -> dict[str, list[dict[str, Any]]]:
    """Where the report comes from (its origins) and which reports derive from it (its copies)."""
    found = ledger.links(document=document_id)
    return {"origins": [lk for lk in found if lk["document"] == document_id],
            "copies": [lk for lk in found if lk["origin"] == document_id]}


def titles(ledger: Ledger, ids: list[str]) -> dict[str, dict]:
    d = schema.documents
    if not ids:
        return {}
    with ledger.engine.connect() as connection:
        rows = connection.execute(select(d.c.id, d.c.title, d.c.outlet, d.c.published).where(d.c.id.in_(ids)))
        return {r.id: {"title": r.title, "outlet": r.outlet, "published": r.published} for r in rows}
