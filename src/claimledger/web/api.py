"""The JSON API, /api/v1: the ledger's views with the CLI's filters, cursor-paged.

Every list answers ``{"items": [...], "next": cursor | null}``; pass ``cursor=next``
for the following page. Items are shaped as spec/OUTPUT.md's record (see ``shapes``).
Reading never writes; ``POST /documents`` (analyze, ingest and link one report) is
off unless the server was given a token, and then needs it as a bearer token.
"""

from __future__ import annotations

import hmac
import threading
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from claimledger.ledger import Ledger
from claimledger.ledger.queries import Filters
from claimledger.ledger.search import RANKED_HITS
from claimledger.ledger.search import search as find_reports
from claimledger.link.views import link_rows, story_rows
from claimledger.web import links_page, paging, shapes, stored

router = APIRouter(prefix="/api/v1", tags=["ledger"])

MAX_PAGE = 500
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # 2025, 2025-04 or 2025-04-12: compared as ISO strings
TEXT = 200  # longest text filter: a name or a phrase, never a document
WRITE_LOCK = threading.Lock()  # one report analysed and linked at a time


class Page(BaseModel):
    items: list[dict[str, Any]]
    next: str | None = Field(None, description="Cursor of the next page; null on the last page.")


class NewDocument(BaseModel):
    text: str = Field(..., min_length=1, description="The report's body.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date")
    outlet: str | None = Field(None, max_length=200)


class Stored(BaseModel):
    id: str
    new: bool
    linked: int
    url: str


async def ledger_of(request: Request) -> Ledger:  # async: a sync dependency would cost a thread hand-off
    return request.app.state.ledger


def json_response(content: Any) -> Response:
    """JSON bytes made by orjson from plain data, sent as they are.

    The API's answers are plain dicts and lists already shaped as spec/OUTPUT.md says: FastAPI's
    own path (validating them against the response model, jsonable_encoder, json.dumps) cost more
    CPU than reading them (2.6 ms for a page of 50 events). The response models stay declared
    for the OpenAPI schema; a returned Response is sent as it is.
    """
    return Response(orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS), media_type="application/json")


def page_response(items: list[Any], following: str | None) -> Response:
    return json_response({"items": items, "next": following})


LedgerDep = Annotated[Ledger, Depends(ledger_of)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")]
Cursor = Annotated[str | None, Query(max_length=1000, description="The 'next' value of the previous page.")]
Since = Annotated[str | None, Query(pattern=DATE, description="Published on or after (ISO date).")]
Until = Annotated[str | None, Query(pattern=DATE, description="Published on or before (ISO date).")]
Document = Annotated[str | None, Query(pattern=r"^(sha256:)?[0-9a-fA-F]{1,64}$",
                                      description="A document id or its first hex digits.")]
Side = Annotated[str | None, Query(max_length=40, description="A side code: UA, RU, SD, ...")]


def _text(description: str) -> Any:
    return Query(None, max_length=TEXT, description=description)


def _view_page(ledger: Ledger, view: str, filters: Filters, limit: int, cursor: str | None) -> Response:
    try:
        with ledger.engine.connect() as connection:
            rows, following = paging.page(connection, view, filters, limit, cursor)
    except paging.BadCursor as exc:
        raise HTTPException(400, str(exc)) from None
    shape = shapes.SHAPES[view]
    return page_response([shape(row) for row in rows], following)


@router.get("/documents", response_model=Page, summary="Reports, by publication date")
def documents(ledger: LedgerDep, since: Since = None, until: Until = None, document: Document = None,
              limit: Limit = 50, cursor: Cursor = None) -> Response:
    return _view_page(ledger, "documents", Filters(since=since, until=until, document=document), limit, cursor)


@router.get("/documents/{document_id}", response_model=dict[str, Any],
            summary="A report's analysis record (spec/OUTPUT.md)")
def document_record(ledger: LedgerDep, document_id: Annotated[str, Path(max_length=80)]) -> Response:
    record = ledger.record(document_id)
    record["links"] = ledger.links(document=record["document"]["id"])
    return json_response(record)


@router.get("/claims", response_model=Page, summary="Attributed claims")
def claims(ledger: LedgerDep, speaker: str | None = _text("Speaker name or organisation contains this."),
           side: Side = None, contains: str | None = _text("Claim text contains this."),
           since: Since = None, until: Until = None, document: Document = None,
           limit: Limit = 50, cursor: Cursor = None) -> Response:
    filters = Filters(speaker=speaker, side=side, contains=contains, since=since, until=until, document=document)
    return _view_page(ledger, "claims", filters, limit, cursor)


@router.get("/figures", response_model=Page, summary="Figures with who states them")
def figures(ledger: LedgerDep, quantity: str | None = _text("killed, wounded, displaced, ..."),
            side: Side = None, speaker: str | None = _text("Said by a speaker whose name contains this."),
            place: str | None = _text("At a place whose name contains this."),
            contains: str | None = _text("The figure's text contains this."),
            since: Since = None, until: Until = None, document: Document = None,
            limit: Limit = 50, cursor: Cursor = None) -> Response:
    filters = Filters(quantity=quantity, side=side, speaker=speaker, place=place, contains=contains,
                      since=since, until=until, document=document)
    return _view_page(ledger, "figures", filters, limit, cursor)


@router.get("/events", response_model=Page, summary="Events with where and who says so")
def events(ledger: LedgerDep, type: str | None = _text("attack, battle, withdraw, ..."),  # noqa: A002
           place: str | None = _text("At a place whose name contains this."),
           side: Side = None, contains: str | None = _text("The event's text contains this."),
           since: Since = None, until: Until = None, document: Document = None,
           limit: Limit = 50, cursor: Cursor = None) -> Response:
    filters = Filters(type=type, place=place, side=side, contains=contains, since=since, until=until,
                      document=document)
    return _view_page(ledger, "events", filters, limit, cursor)


@router.get("/places", response_model=Page, summary="Places the reports name")
def places(ledger: LedgerDep, place: str | None = _text("The name contains this."),
           since: Since = None, until: Until = None, document: Document = None,
           limit: Limit = 50, cursor: Cursor = None) -> Response:
    filters = Filters(place=place, since=since, until=until, document=document)
    return _view_page(ledger, "places", filters, limit, cursor)


@router.get("/stories", response_model=Page, summary="Stories, newest first")
def stories(ledger: LedgerDep, limit: Limit = 50, cursor: Cursor = None) -> Response:
    start = _offset("stories", cursor)
    with ledger.engine.connect() as connection:  # the page (and one more story, to know there is more) only
        found = story_rows(connection, limit=limit + 1, offset=start)
    following = paging.encode("stories", [start + limit]) if len(found) > limit else None
    return page_response([{**s, "id": f"S{s['id']}"} for s in found[:limit]], following)


@router.get("/stories/{story}", response_model=dict[str, Any],
            summary="A story in full: origins tree, claims, series, contradictions")
def story(ledger: LedgerDep, story: Annotated[str, Path(max_length=20, description="S12 or 12")]) -> Response:
    return Response(stored.story_json(ledger, story), media_type="application/json")


@router.get("/links", response_model=Page, summary="Derivative → origin links")
def links(ledger: LedgerDep, document: Document = None,
          kind: str | None = Query(None, max_length=20, description="copy, rewrite, credited"),
          limit: Limit = 50, cursor: Cursor = None) -> Response:
    if document:  # a report's links: a few, listed whole and paged by offset
        start = _offset("links", cursor)
        found = ledger.links(document=document, kind=kind, limit=start + limit + 1)
        items, following = paging.offset_page("links", found, start, limit)
        return page_response(items, following)
    # the newest links: the cursor is where the page ended (a report's date and id, and how many of its
    # links were given), so page 100 costs what page 1 does (an offset read every link before it)
    after = _links_cursor(cursor)
    with ledger.engine.connect() as connection:
        if connection.dialect.name == "sqlite" and paging.ORDERED_ON_SQLITE:  # one walk of the reports
            found = links_page.newest_links(connection, kind, limit + 1, after)
        else:
            found = link_rows(connection, kind=kind, limit=limit + 1, after=after)
    following = None
    if len(found) > limit:
        last = found[limit - 1]
        given = sum(1 for row in found[:limit] if row["document"] == last["document"])
        if after and after[1] == last["document"]:
            given += after[2]
        following = paging.encode("links", [last["published"], last["document"], given])
    return page_response(found[:limit], following)


def _links_cursor(cursor: str | None) -> tuple[str | None, str, int] | None:
    if not cursor:
        return None
    try:
        published, document, given = paging.decode("links", cursor, 3)
    except paging.BadCursor as exc:
        raise HTTPException(400, str(exc)) from None
    if not isinstance(document, str) or not isinstance(given, int) or given < 0:
        raise HTTPException(400, "not a cursor of links: pass the 'next' value of the previous page")
    return published, document, given


@router.get("/search", response_model=Page, summary="Full-text search of the reports",
            description=f"Reports holding every word (stemmed). The newest {RANKED_HITS} hits come first, best match "
                        "first; then any older hits, newest stored first.")
def search(ledger: LedgerDep, q: Annotated[str, Query(min_length=1, max_length=TEXT, description="Words")],
           limit: Limit = 20, cursor: Cursor = None) -> Response:
    start = _offset("search", cursor)
    with ledger.engine.connect() as connection:  # this page's hits and one more (is there a next page?)
        hits = find_reports(connection, q, limit=limit + 1, offset=start)
    following = paging.encode("search", [start + limit]) if len(hits) > limit else None
    return page_response([h.as_dict() for h in hits[:limit]], following)


@router.get("/series", response_model=list[dict[str, Any]],
            summary="Figure series of one quantity, reconciled (low / best / high)")
def series(ledger: LedgerDep, quantity: Annotated[str, Query(min_length=1, max_length=40)],
           side: Side = None, place: str | None = _text("At a place whose name contains this."),
           story: str | None = Query(None, max_length=20, description="S12"),
           since: Since = None, until: Until = None) -> Response:
    return json_response(stored.series_dicts(ledger, quantity, side=side, place=place, story=story,
                                             since=since, until=until))


@router.get("/geo", response_model=dict[str, Any],
            summary="Places and events with coordinates, as GeoJSON, a page of reports at a time",
            description="The newest 100 reports of the range (then the older ones: pass `next` as `cursor`). "
                        "`documents` lists the page's reports (id, published, title), newest first; a place's "
                        "`documents` and an event's `document` are positions in that list. A place is one point "
                        "per name and coordinates, with how many of the page's reports name it; `limit`: at "
                        "most this many places and this many events.")
def geo(ledger: LedgerDep, since: Since = None, until: Until = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 2000, cursor: Cursor = None) -> Response:
    from claimledger.web.geo import encoded

    start = _offset("geo", cursor)
    with ledger.engine.connect() as connection:
        return Response(encoded(connection, Filters(since=since, until=until), limit, start),
                        media_type="application/json")


def _offset(kind: str, cursor: str | None) -> int:
    try:
        return paging.offset_of(kind, cursor)
    except paging.BadCursor as exc:
        raise HTTPException(400, str(exc)) from None


# ---------------------------------------------------------------------- writing


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writing is off without a server token; with one, the request must carry it."""
    token = request.app.state.settings.token
    if not token:
        raise HTTPException(403, "writing is off: start the server with CLAIMLEDGER_TOKEN set to allow it")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is needed to write", headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", status_code=201, response_model=Stored, dependencies=[Depends(require_token)],
             summary="Analyze, ingest and link one report (needs the bearer token)")
def add_document(request: Request, body: NewDocument) -> Stored:
    from claimledger.ledger.analysis import Analyzer
    from claimledger.model import Document as Report
    from claimledger.nlp import ModelNotFound

    settings = request.app.state.settings
    analyzer = settings.analyzer or Analyzer()
    try:
        analyzer.check()
    except ModelNotFound as exc:
        raise HTTPException(503, f"cannot analyse reports on this server: {exc}") from None
    report = Report(text=body.text, title=body.title, url=body.url, published=body.published, outlet=body.outlet,
                    source="api")
    with WRITE_LOCK, Ledger(settings.db) as writable:
        result = writable.ingest([report], analyzer=analyzer)
        errors = [reason for f in result.files.values() for reason in f.errors]
        if errors:
            raise HTTPException(422, f"the report was not stored: {errors[0]}")
        linked = writable.link()
    new = sum(f.new for f in result.files.values()) > 0
    return Stored(id=report.id, new=new, linked=getattr(linked, "linked", 0), url=f"/reports/{report.id}")
