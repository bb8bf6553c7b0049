"""Places and events with coordinates, as one GeoJSON FeatureCollection for the map.

A place named by many reports is one point (by name and coordinates) with how many
reports name it; an event is a point at its place with its type and date.
"""

from __future__ import annotations

from typing import Any

from claimledger.ledger import Ledger
from claimledger.ledger.queries import Filters

REPORTS_LISTED = 5  # reports named in a place's popup


def features(ledger: Ledger, filters: Filters, limit: int) -> dict[str, Any]:
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    for row in ledger.rows("places", filters):
        if row["lat"] is None or row["lon"] is None:
            continue
        key = (row["name"], round(row["lat"], 4), round(row["lon"], 4))
        found = places.setdefault(key, {"name": row["name"], "country": row["country"], "reports": 0,
                                        "mentions": 0, "documents": []})
        found["reports"] += 1
        found["mentions"] += row["mentions"] or 0
        if len(found["documents"]) < REPORTS_LISTED:
            found["documents"].append({"id": row["document_id"], "title": row["document_title"],
                                       "published": row["published"]})
        if len(places) >= limit:
            break
    out = [_point(lon, lat, {"kind": "place", **props}) for (_, lat, lon), props in places.items()]
    for row in ledger.rows("events", filters, limit):
        if row["lat"] is None or row["lon"] is None:
            continue
        out.append(_point(row["lon"], row["lat"], {
            "kind": "event", "type": row["type"], "place": row["place"], "text": row["text"],
            "side": row["actor_side"], "published": row["published"], "document": row["document_id"],
            "event": row["event"], "title": row["document_title"]}))
    return {"type": "FeatureCollection", "features": out}


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
