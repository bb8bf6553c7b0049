"""The HTML pages: search, report, stories and story, speaker, figures, map, API docs.

Server-rendered with Jinja2 (autoescaped); charts and the map are drawn by bundled
scripts from the JSON API. Pages read the ledger through the same library calls as
the API and the CLI.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from claimledger import present
from claimledger.ledger import Ledger, search
from claimledger.ledger.queries import Filters
from claimledger.web import paging, report_view, stored
from claimledger.web.api import DATE, TEXT

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
templates.env.globals["present"] = present
templates.env.filters["short"] = present.short_id
SHOWN = 100  # rows a page lists
STORIES_SHOWN = 100  # stories a page of /stories lists
QUANTITIES = ("killed", "wounded", "casualties", "civilians_killed", "captured", "missing", "deserted",
              "deployed", "displaced", "equipment", "distance", "other")
EVENT_TYPES = ("attack", "battle", "deploy", "withdraw", "territory_change", "agreement", "capture",
               "surrender", "casualty_report", "acknowledge", "deny", "other")

Text = Annotated[str | None, Query(max_length=TEXT)]
Date = Annotated[str | None, Query(pattern=DATE.replace("^", "^(?:").replace("$", ")?$"))]  # or empty: no filter
Side = Annotated[str | None, Query(max_length=40)]


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context)


def _blank(value: str | None) -> str | None:
    """An empty form field means no filter."""
    return value.strip() or None if value else None


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: Text = None, side: Side = None, since: Date = None, until: Date = None,
                quantity: Text = None, type: Text = None) -> HTMLResponse:  # noqa: A002
    ledger = _ledger(request)
    q, side, quantity, kind = _blank(q), _blank(side), _blank(quantity), _blank(type)
    since, until = _blank(since), _blank(until)
    results: dict[str, Any] = {}
    asked = any((q, side, since, until, quantity, kind))
    if asked:
        narrowed = Filters(side=side, since=since, until=until)
        results["reports"] = ledger.search(q, limit=SHOWN) if q else []
        if q:  # the words through the word indexes (ledger.search): no claim or place is read whole
            with ledger.engine.connect() as connection:
                results["claims"] = search.claim_rows(connection, q, narrowed, limit=SHOWN)
                results["speakers"] = _speakers(search.claim_rows(connection, q, narrowed, field="speaker",
                                                                  limit=SHOWN))
                results["places"] = _places(search.place_rows(connection, q, Filters(since=since, until=until),
                                                              limit=SHOWN))
        else:
            results["claims"] = _listed(ledger, "claims", narrowed)
            results["speakers"] = _speakers(results["claims"])
            results["places"] = []
        results["figures"] = _listed(ledger, "figures", Filters(quantity=quantity, side=side, since=since,
                                                               until=until)) if quantity else []
        results["events"] = _listed(ledger, "events", Filters(type=kind, side=side, since=since,
                                                             until=until)) if kind else []
    stories = [] if asked else ledger.stories(limit=20)
    return page(request, "search.html", q=q or "", side=side or "", since=since or "", until=until or "",
                quantity=quantity or "", type=kind or "", asked=asked, results=results, stories=stories,
                quantities=QUANTITIES, event_types=EVENT_TYPES)


def _listed(ledger: Ledger, view: str, filters: Filters, limit: int = SHOWN) -> list[dict]:
    """The first rows of a view, read as the API pages them: a batch of documents at a time in
    date order, so a common filter stops early (a single query sorted every matching row)."""
    with ledger.engine.connect() as connection:
        return paging.page(connection, view, filters, limit, None)[0]


def snippet_html(hit: Any) -> Markup:
    """A search hit's snippet with the query's words in <mark>, the rest escaped."""
    parts, position = [], 0
    for start, end in hit.marks:
        if start < position:
            continue
        parts += [escape(hit.snippet[position:start]), Markup("<mark class=\"hit\">"), escape(hit.snippet[start:end]),
                  Markup("</mark>")]
        position = end
    parts.append(escape(hit.snippet[position:]))
    return Markup("").join(parts)


templates.env.filters["snippet"] = snippet_html


def _speakers(claims: list[dict]) -> list[dict]:
    found: dict[str, dict] = {}
    for row in claims:
        entry = found.setdefault(row["speaker"], {"name": row["speaker"], "side": row["side"], "claims": 0,
                                                  "role": row["speaker_role"]})
        entry["claims"] += 1
    return sorted(found.values(), key=lambda e: -e["claims"])


def _places(rows: list[dict]) -> list[dict]:
    found: dict[str, dict] = {}
    for row in rows:
        entry = found.setdefault(row["name"], {**row, "reports": 0})
        entry["reports"] += 1
    return list(found.values())


@router.get("/reports/{document_id}", response_class=HTMLResponse)
def report_page(request: Request, document_id: str) -> HTMLResponse:
    ledger = _ledger(request)
    record = ledger.record(document_id[:80])
    full_id = record["document"]["id"]
    story = report_view.story_of(ledger, full_id)
    related = report_view.relations(ledger, full_id)
    named = report_view.titles(ledger, [lk["origin"] for lk in related["origins"] if lk["origin"]]
                               + [lk["document"] for lk in related["copies"]])
    claims = {c["id"]: c for c in record["claims"]}
    return page(request, "report.html", record=record, document=record["document"], story=story,
                text=report_view.marked_text(record, story), related=related, named=named, claims=claims,
                places={p["id"]: p for p in record["places"]}, series_href=report_view.series_href)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, start: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> HTMLResponse:
    from claimledger.link.views import story_rows

    with _ledger(request).engine.connect() as connection:  # a page of stories, and one more to know if there are
        stories = story_rows(connection, limit=STORIES_SHOWN + 1, offset=start)
    following = start + STORIES_SHOWN if len(stories) > STORIES_SHOWN else None
    return page(request, "stories.html", stories=stories[:STORIES_SHOWN], start=start, following=following,
                shown=STORIES_SHOWN)


@router.get("/stories/{story}", response_class=HTMLResponse)
def story_page(request: Request, story: str) -> HTMLResponse:
    detail = stored.story_dict(_ledger(request), story[:20])
    documents = {d["id"]: d for d in detail["documents"]}
    timeline = sorted(detail["claims"], key=lambda c: (c["first"].get("published") or "9999", c["first"]["document"]))
    return page(request, "story.html", detail=detail, story=detail["story"], documents=documents, timeline=timeline)


@router.get("/speakers", response_class=HTMLResponse)
def speaker_page(request: Request, name: Annotated[str, Query(min_length=1, max_length=TEXT)],
                 side: Side = None) -> HTMLResponse:
    ledger = _ledger(request)
    with ledger.engine.connect() as connection:  # the newest 1,000 by the speaker-name index, shown in date order
        rows = search.claim_rows(connection, name, Filters(side=_blank(side)), field="speaker", limit=1000)
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["document_id"], r["span_start"] or 0))
    names = sorted({r["speaker"] for r in rows})
    sides = sorted({r["side"] for r in rows if r["side"]})
    roles = sorted({r["speaker_role"] for r in rows if r["speaker_role"]}
                   | {r["speaker_organization"] for r in rows if r["speaker_organization"]})
    return page(request, "speaker.html", name=name, rows=rows, names=names, sides=sides, roles=roles)


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, quantity: Text = None, side: Side = None, place: Text = None,
                 story: Annotated[str | None, Query(max_length=20)] = None) -> HTMLResponse:
    ledger = _ledger(request)
    quantity, side, place, story = _blank(quantity), _blank(side), _blank(place), _blank(story)
    series = stored.series_dicts(ledger, quantity, side=side, place=place, story=story) if quantity else []
    rows = _listed(ledger, "figures", Filters(quantity=quantity, side=side, place=place)) if quantity else []
    query = {k: v for k, v in {"quantity": quantity, "side": side, "place": place, "story": story}.items() if v}
    return page(request, "figures.html", quantity=quantity or "", side=side or "", place=place or "",
                story=story or "", series=series, rows=rows, quantities=QUANTITIES,
                query=query)


@router.get("/figures.csv")
def figures_csv(request: Request, quantity: Text = None, side: Side = None, place: Text = None) -> Response:
    rows = _ledger(request).rows("figures", Filters(quantity=_blank(quantity), side=_blank(side),
                                                    place=_blank(place)))
    name = f"figures-{re.sub(r'[^a-z_]', '', (_blank(quantity) or 'all').lower()) or 'all'}.csv"
    return StreamingResponse(_csv_lines(rows), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _csv_lines(rows: Iterator[dict]) -> Iterator[str]:
    """The rows as CSV, a line at a time (an export of the whole ledger stays flat in memory)."""
    buffer = io.StringIO()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _cell(value: Any) -> Any:
    """Spreadsheets run a cell starting with = + - @ as a formula: such text gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    from claimledger.web.geo import PAGE_SHOWS

    return page(request, "map.html", tiles=request.app.state.settings.tiles, reports=PAGE_SHOWS)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    return page(request, "docs.html")
