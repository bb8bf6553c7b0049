"""The extraction pipeline: the stages of :data:`claimledger.extract.context.STAGES`,
run in their declared order over one report context.

Places and times first (claims use places to give "Homs Governor" a side), then
claims, figures bound to the claims they are said in, events bound to claims and
places, and the consistency checks. Each stage reads what the stages before it left
in the context's memory.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.extract.claims import find_claims
from claimledger.extract.context import STAGES, context_of
from claimledger.extract.events import find_events
from claimledger.extract.figures import find_figures
from claimledger.extract.linking import link_figures
from claimledger.extract.places import find_places
from claimledger.extract.when import find_times, time_spans
from claimledger.model import Check, Claim, Document, Event, Figure, Place


def extract(doc: Doc, document: Document) -> tuple[list[Claim], list[Figure], list[Event], list[Place], list[Check]]:
    """Claims, figures, events, places and checks of one parsed report, with ids."""
    ctx = context_of(doc, document.published)
    places = find_places(doc, title=document.title)
    for n, place in enumerate(places, 1):
        place.id = f"p{n}"
    ctx.set_places(places)
    times = find_times(doc, document.published)
    ctx.set_times(times)
    claims = find_claims(doc, places)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    ctx.set_claims(claims)
    figures, checks = find_figures(doc, excluded=time_spans(doc))
    for n, figure in enumerate(figures, 1):
        figure.id = f"f{n}"
    link_figures(figures, claims, places, doc)
    ctx.memory.figures = figures  # the figures stated so far, for the events
    events = find_events(doc, claims, places, times)
    for n, event in enumerate(events, 1):
        event.id = f"e{n}"
    for claim in claims:
        claim.events = [e.id for e in events if claim.id in e.claims]
    ctx.memory.done = [stage.name for stage in STAGES]
    return claims, figures, events, _located_or_used(places, figures, events), checks


def _located_or_used(places: list[Place], figures: list[Figure], events: list[Event]) -> list[Place]:
    """The places to record: every place with a point, and a place the gazetteer could not
    locate (a village known only by its country) only when an event or a figure is placed
    there. Unplaced and unused, such a name shows nowhere on a map and pins nothing a reader
    could check; where an event happened, the name is still the best answer there is."""
    used = {e.place for e in events} | {f.place for f in figures}
    return [p for p in places if p.lat is not None or p.kind == "country" or p.id in used]
