"""Reading analysis records for reconciliation: one view per report, with its origin.

The reconciliation modules (corroborate, series, disputes) all need the same facts
about a record: its claims, figures, events and places by id, its date, outlet and
independent origin, and the place its report is about (its theatre). They are built
here once per record, from the stored JSON only (``spec/OUTPUT.md``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from claimledger.present import side_name
from claimledger.read.outlets import outlets
from claimledger.sides import home_state

__all__ = ["RecordError", "Report", "days_between", "iso_date", "reports", "side_name"]


# What one event placed in a country adds to it as the report's theatre.
EVENT_WEIGHT = 2


def is_newsroom(party: str) -> bool:
    """A news outlet or agency ("the BBC", "Reuters") or its staff ("AFP reporters")."""
    words = party.lower().removeprefix("the ").strip()
    return words in outlets().by_folded or words.endswith((" reporters", " journalists", " correspondent"))


class RecordError(ValueError):
    """A record that lacks what reconciliation needs: one line for the user."""


@dataclass
class Report:
    """One analysis record, indexed."""

    record: dict
    id: str
    origin: str
    outlet: str | None
    published: str | None
    title: str | None
    text: str
    claims: dict[str, dict] = field(default_factory=dict)
    figures: dict[str, dict] = field(default_factory=dict)
    events: dict[str, dict] = field(default_factory=dict)
    places: dict[str, dict] = field(default_factory=dict)
    theatre_country: str | None = None  # the country the report's places lie in most
    theatre_place: str | None = None  # its most mentioned place below country level
    places_per_country: Counter[str] = field(default_factory=Counter)  # distinct places named in each

    def speaker_of(self, claim_id: str | None) -> dict | None:
        """The claim's speaker. A credited newsroom ("…, the BBC reported") read as the
        speaker of words another claim gives to its source ("the provincial government said
        …, the BBC reported") gives way to that source: the outlet relays, the government states."""
        claim = self.claims.get(claim_id or "")
        if not claim:
            return None
        source = self.source_behind(claim)
        return source.get("speaker") if source is not None else claim.get("speaker")

    def source_behind(self, claim: dict) -> dict | None:
        """For a claim whose speaker is a newsroom, the claim by a source that is no newsroom
        on the same words, or on words around them; None otherwise."""
        speaker = claim.get("speaker") or {}
        if not is_newsroom(speaker.get("name") or ""):
            return None
        s, e = claim.get("span") or (0, 0)
        if not e:
            return None
        return next((c for c in self.claims.values()
                     if c is not claim and c.get("speaker") and not is_newsroom(c["speaker"].get("name") or "")
                     and (c.get("span") or (0, 0))[0] <= s and e <= (c.get("span") or (0, 0))[1] + 2), None)

    def place_name(self, place_id: str | None) -> str | None:
        place = self.places.get(place_id or "")
        return place.get("name") if place else None

    def place_country(self, place_id: str | None) -> str | None:
        place = self.places.get(place_id or "")
        return place.get("country") if place else None

    def theatre_of(self, place_id: str | None) -> str | None:
        """The country a figure or event at ``place_id`` is in: its place's own country
        when the report names that country in two places or more ("two soldiers wounded
        near Kiryat Shmona" in a report on Lebanon is in Israel); else the report's
        theatre, so that one misread town cannot move a figure abroad."""
        country = self.place_country(place_id)
        if country and (country == self.theatre_country or self.places_per_country[country] >= 2):
            return country
        return self.theatre_country or country


def reports(records: Sequence[dict], origins: Mapping[str, str]) -> list[Report]:
    """Index every record; a report missing from ``origins`` is its own origin."""
    out = []
    for n, record in enumerate(records):
        if not isinstance(record, dict) or not isinstance(record.get("document"), dict):
            raise RecordError(f"record {n + 1} is not an analysis record (no 'document')")
        doc = record["document"]
        if not doc.get("id"):
            raise RecordError(f"record {n + 1} has no document id")
        report = Report(
            record=record, id=doc["id"], origin=origins.get(doc["id"], doc["id"]), outlet=doc.get("outlet"),
            published=iso_date(doc.get("published")), title=doc.get("title"), text=doc.get("text") or "",
            claims=_by_id(record, "claims", n),
            # vague amounts ("dozens killed") come in their own section, so that scoring the
            # record's figures stays about definite counts; here they are lower bounds
            figures=_by_id(record, "figures", n) | _by_id(record, "vague_figures", n),
            events=_by_id(record, "events", n), places=_by_id(record, "places", n),
        )
        report.theatre_country, report.theatre_place = _theatre(report.places, report.events.values(), report.text)
        report.places_per_country = Counter(p["country"] for p in report.places.values() if p.get("country"))
        out.append(report)
    return out


def _by_id(record: dict, section: str, n: int) -> dict[str, dict]:
    items = record.get(section) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) and i.get("id") for i in items):
        raise RecordError(f"record {n + 1}: '{section}' must be a list of items with an 'id'")
    return {i["id"]: i for i in items}


def _theatre(places: Mapping[str, dict], events: Iterable[dict], text: str) -> tuple[str | None, str | None]:
    """The country the report is about, and its most mentioned place below country level.

    Countries are scored by how many distinct places the report names in them, plus
    two for each event the report places there (where things happen, not where the
    reporter filed from or whose demonym the actors carry), plus two for the state its
    demonyms and country names speak of most (:func:`home_state`): one misread town
    ("Abu" taken for a town in India, named three times) must not move a Darfur
    report's theatre, and "Israeli strikes on villages in southern Lebanon" happen in
    Lebanon."""
    countries: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    local: Counter[str] = Counter()
    happened = Counter(e.get("place") for e in events if e.get("place") in places)
    for place_id, place in places.items():
        weight = max(1, len(place.get("mentions") or [])) + EVENT_WEIGHT * happened[place_id]
        if place.get("country"):
            countries[place["country"]] += 1 + EVENT_WEIGHT * happened[place_id]
            mentions[place["country"]] += weight
        if place.get("kind") != "country" and place.get("name"):
            local[place["name"]] += weight
    home = home_state(text) if text else None
    if home:
        countries[home] += 2
    country = max(countries, key=lambda c: (countries[c], mentions[c])) if countries else None
    name = local.most_common(1)[0][0] if local else None
    return country, name


def iso_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date or datetime string; None when unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def days_between(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
