"""The countries a report is about, and the names that show it."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from spacy.tokens import Doc

from claimledger.extract.context import context_of
from claimledger.extract.gazetteer import (
    PRIMARY,
    Gazetteer,
    compact,
    gazetteer,
)
from claimledger.extract.places.filters import rejected, strongly_covered
from claimledger.extract.places.scan import Match, entity_of, scan
from claimledger.extract.places.view import PlacesView, places_view


def focus_countries(doc: Doc | PlacesView, matches: list[Match] | None = None) -> set[str]:
    """The countries a report is about: those it names, those whose demonyms it
    uses, and those of big cities that have no namesake of comparable size."""
    return set(focus_evidence(doc, matches))


def focus_evidence(doc: Doc | PlacesView, matches: list[Match] | None = None) -> dict[str, set[str]]:
    """:func:`focus_countries` with, for each country, the names (lookup keys) that
    point to it, so that a name can be weighed against the rest of the report."""
    gaz = gazetteer()
    if not isinstance(doc, PlacesView):
        doc = places_view(context_of(doc))
    if matches is None:
        matches = scan(doc, gaz)
    covered = strongly_covered(matches)
    evidence: dict[str, set[str]] = {}

    def add(country: str | None, name: str) -> None:
        if country:
            evidence.setdefault(country, set()).add(name)

    for m in matches:
        ent = entity_of(doc, m)
        if m.abbreviation or rejected(doc, m, ent, covered):
            continue
        key = compact(m.text)
        countries = [h.entry for h in m.hits if h.entry.kind == "country"]
        if countries:
            add(countries[0].country, key)
            continue
        # A big city by its own name ("Aleppo", not "Antioquia" for Antakya), with no
        # namesake of comparable size and no admin1 area of that name elsewhere.
        cities = sorted((h for h in m.hits if h.entry.kind == "city"), key=lambda h: -h.entry.population)
        if cities and cities[0].quality == PRIMARY and cities[0].entry.population >= 100_000 and (
                len(cities) == 1 or cities[1].entry.population * 10 < cities[0].entry.population) and not any(
                h.entry.kind == "region" and h.entry.country != cities[0].entry.country for h in m.hits):
            add(cities[0].entry.country, key)
        curated = [h.entry for h in m.hits if h.entry.kind in ("region", "other") and h.entry.admin1 is None]
        if curated and curated[0].country:
            add(curated[0].country, key)
    lower, demonyms, ent_at = doc.lower, doc.demonyms, doc.ent_at
    heads = gaz.demonym_heads  # a two-word demonym ("North Korean") is asked only at its first word
    # only a demonym, a demonym's first word or a word of a NORP entity can name a side: those
    # words are picked out by C-level maps, in text order, instead of a Python step per token
    n = len(lower)
    picked = {*compress(range(n), map(demonyms.__contains__, lower)),
              *compress(range(n), map(heads.__contains__, lower)),
              *(i for ent in doc.ents if ent.label_ == "NORP" for i in range(ent.start, ent.end))}
    for i in sorted(picked):
        low = lower[i]
        side = demonyms.get(low)
        if side is None and low in heads and i + 1 < len(lower):
            side = demonyms.get(f"{low} {lower[i + 1]}")
        if side is None and ent_at[i] is not None and ent_at[i].label_ == "NORP":
            side = _demonym_country(gaz, doc.texts[i])
        if side:
            add(side, "demonym:" + low)
    evidence.pop("", None)
    return evidence


# Demonym endings and what the country's name ends with instead: "Georgian" ->
# "Georgia", "Sudanese" -> "Sudan", "Iraqi" -> "Iraq", "Egyptian" -> "Egypt".
_DEMONYM_STEMS = (("ians", ""), ("ians", "ia"), ("ans", "a"), ("ese", ""), ("ian", ""), ("ian", "ia"),
                  ("an", "a"), ("n", ""), ("is", ""), ("i", ""), ("ese", "a"), ("ish", ""))


@lru_cache(maxsize=4096)
def _demonym_country(gaz: Gazetteer, word: str) -> str | None:
    """The country a demonym NER tagged NORP names, from the country's own name."""
    if len(word) < 5 or not word[:1].isupper():
        return None
    low = word.lower()
    for ending, replacement in _DEMONYM_STEMS:
        if low.endswith(ending):
            stem = word[: -len(ending)] + replacement
            countries = [h.entry.country for h in gaz.lookup(stem) if h.entry.kind == "country"]
            if countries:
                return countries[0]
    return None
