"""Reading what the link stage made: documents with their origins, links, stories.

Shared by the CLI and (later) the web view; every function returns plain dicts with
fixed keys, so ``--json`` prints them as they are. Documents are named by their full
ids here; the terminal shortens them.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

import orjson
from sqlalchemy import Connection, desc, exists, func, or_, select, tuple_

from claimledger.ledger import schema
from claimledger.link.origins import Edge, origin_map
from claimledger.link.records import chunks

Row = dict


# Newest first, undated last: DESC NULLS LAST is the order a backward walk of an
# ascending (published, id) or (last, id) index gives on SQLite, so a page reads the
# index instead of sorting every row (a coalesce() in the ORDER BY could use no index).


def _limited(query, limit: int | None):  # type: ignore[no-untyped-def]
    return query.limit(limit) if limit else query


# ---------------------------------------------------------------------- links


def link_rows(connection: Connection, *, document: str | None = None, kind: str | None = None,
              limit: int | None = None, after: tuple[str | None, str, int] | None = None) -> list[Row]:
    """Derivative → origin links, newest derivative first (``after`` (published, document, n):
    from that document on, past its first n links, as the web API's cursor pages read them)."""
    lk = schema.links
    query = _links_query()
    if kind:
        query = query.where(lk.c.kind == kind)
    if document:
        query = query.where(or_(lk.c.document_id == document, lk.c.origin_id == document))
    if (document or not limit) and not after:
        return [_link_row(row) for row in connection.execute(_limited(query, limit)).mappings()]
    # A page of the newest links: documents are walked newest first through their index a
    # batch at a time and their links fetched by index. One join ordered by the documents'
    # date would read every link and sort them (the planner puts the smaller table outside).
    found: list[Row] = []
    skip = after[2] if after else 0
    batches = newest_documents(connection, (after[0], after[1]) if after else None)
    batch, documents = next(batches, None), 0
    while batch is not None:
        rows = connection.execute(_limited(query.where(lk.c.document_id.in_(batch)),
                                           limit and limit - len(found) + skip)).mappings().all()
        # the first batch starts with the cursor's document: its first `skip` links were given
        found += [_link_row(row) for row in rows[skip:]]
        skip = 0
        if limit and len(found) >= limit:
            break
        documents += len(batch)
        # the next batch sized from the links per report so far (a report in seven has one): reading
        # 4x more reports each time read ~1,000 reports and their links for a page of 50
        wanted = math.ceil((limit - len(found)) * documents / len(found) * MARGIN) if limit and found else None
        try:
            batch = batches.send(min(wanted, LARGEST_BATCH) if wanted else None)
        except StopIteration:
            break
    return found


def _links_query():  # type: ignore[no-untyped-def]
    lk, d = schema.links, schema.documents
    origin = d.alias("origin")
    return (select(lk, d.c.published, d.c.outlet, d.c.title, origin.c.published.label("origin_published"),
                   origin.c.outlet.label("origin_ledger_outlet"), origin.c.title.label("origin_title"))
            .join(d, d.c.id == lk.c.document_id)
            .join(origin, origin.c.id == lk.c.origin_id, isouter=True)
            .order_by(desc(d.c.published).nulls_last(), desc(d.c.id), desc(lk.c.confidence), lk.c.pk))


FIRST_BATCH = 200  # documents read at first; each further batch is GROWTH times larger (unless sent a size)
GROWTH = 4
LARGEST_BATCH = 20_000
MARGIN = 1.5  # a batch sized from the yield so far asks for this many times the reports it says are needed


def newest_documents(connection: Connection, start: tuple[str | None, str] | None = None) -> Iterator[list[str]]:
    """Document ids newest first (dated by date and id descending, then undated by id
    descending), from ``start`` (published, id) on when given, in growing batches: each a
    backward range of ix_documents_published. A size sent in (``send``) is the next batch's."""
    d = schema.documents
    dated, last, size = start is None or start[0] is not None, None, FIRST_BATCH
    while True:
        if dated:
            query = select(d.c.id, d.c.published).where(d.c.published.is_not(None))
            if last:
                query = query.where(tuple_(d.c.published, d.c.id) < tuple_(last.published, last.id))
            elif start:
                query = query.where(tuple_(d.c.published, d.c.id) <= tuple_(start[0], start[1]))
            query = query.order_by(desc(d.c.published), desc(d.c.id))
        else:
            query = select(d.c.id, d.c.published).where(d.c.published.is_(None))
            if last:
                query = query.where(d.c.id < last.id)
            elif start and start[0] is None:
                query = query.where(d.c.id <= start[1])
            query = query.order_by(desc(d.c.id))
        rows = connection.execute(query.limit(size)).all()
        asked, sent = size, None
        if rows:
            sent = yield [row.id for row in rows]
            last = rows[-1]
        if len(rows) < asked:
            if not dated:
                return
            dated, last = False, None  # the undated documents come last
        size = max(1, sent) if sent else min(asked * GROWTH, LARGEST_BATCH)


def _link_row(row) -> Row:  # type: ignore[no-untyped-def]
    return {
        "document": row["document_id"], "origin": row["origin_id"], "origin_outlet": row["origin_outlet"],
        "kind": row["kind"], "confidence": row["confidence"], "evidence": json.loads(row["evidence"]),
        "decided_by": row["decided_by"], "published": row["published"], "outlet": row["outlet"],
        "title": row["title"], "origin_published": row["origin_published"],
        "origin_title": row["origin_title"],
    }


def edges_touching(connection: Connection, documents: Iterable[str]) -> list[Edge]:
    lk = schema.links
    ids = list(dict.fromkeys(documents))
    edges: list[Edge] = []
    for chunk in chunks(ids):
        rows = connection.execute(select(lk.c.document_id, lk.c.origin_id, lk.c.origin_outlet)
                                  .where(or_(lk.c.document_id.in_(chunk), lk.c.origin_id.in_(chunk))))
        edges += [Edge(r.document_id, r.origin_id, r.origin_outlet) for r in rows]
    return list(dict.fromkeys(edges))


def published_of(connection: Connection, documents: Iterable[str]) -> dict[str, str | None]:
    d = schema.documents
    ids = list(dict.fromkeys(documents))
    found: dict[str, str | None] = {}
    for chunk in chunks(ids):
        found.update(connection.execute(select(d.c.id, d.c.published).where(d.c.id.in_(chunk)))
                     .all())
    return found


def origins_of(connection: Connection, documents: Iterable[str]) -> dict[str, str]:
    """Each document's independent origin family (see ``origins.origin_map``)."""
    ids = list(dict.fromkeys(documents))
    edges = edges_touching(connection, ids)
    nodes = set(ids) | {e.document for e in edges} | {e.origin for e in edges if e.origin}
    return origin_map(ids, edges, published_of(connection, nodes))


# ---------------------------------------------------------------------- documents


def document_rows(connection: Connection, *, limit: int | None = None, story: int | None = None) -> list[Row]:
    """Reports, newest first, each with its closest origin, its copies and its story."""
    d, lk, m = schema.documents, schema.links, schema.story_members
    query = (select(d.c.id, d.c.published, d.c.outlet, d.c.title, m.c.story_id)
             .join(m, m.c.document_id == d.c.id, isouter=True)
             .order_by(desc(d.c.published).nulls_last(), desc(d.c.id)))
    if story is not None:
        query = query.where(m.c.story_id == story)
    documents = connection.execute(_limited(query, limit)).mappings().all()
    ids = [row["id"] for row in documents]
    outgoing: dict[str, list[Row]] = defaultdict(list)
    copies: dict[str, int] = defaultdict(int)
    for chunk in chunks(ids):
        for link in connection.execute(select(lk).where(or_(lk.c.document_id.in_(chunk), lk.c.origin_id.in_(chunk)))
                                       ).mappings():
            if link["document_id"] in chunk:
                outgoing[link["document_id"]].append(dict(link))
            if link["origin_id"] in chunk:
                copies[link["origin_id"]] += 1
    derivatives = set(outgoing)
    published = {row["id"]: row["published"] for row in documents}

    def closeness(link: Row) -> tuple:
        # the surest link first; between links about as sure, an origin that derives from
        # nothing (the wire story rather than its copy), then the earlier origin
        origin = link["origin_id"]
        return (-round(link["confidence"], 1), origin in derivatives, published.get(origin) or "9999", origin or "")

    best = {document: min(links, key=closeness) for document, links in outgoing.items()}
    return [{
        "id": row["id"], "published": row["published"], "outlet": row["outlet"], "title": row["title"],
        "story": row["story_id"],
        "origin": (best.get(row["id"]) or {}).get("origin_id"),
        "origin_outlet": (best.get(row["id"]) or {}).get("origin_outlet"),
        "origin_kind": (best.get(row["id"]) or {}).get("kind"),
        "copies": copies.get(row["id"], 0),
    } for row in documents]


# ---------------------------------------------------------------------- stories


def story_rows(connection: Connection, *, limit: int | None = None, story: int | None = None,
               offset: int = 0, ids: list[int] | None = None, stored: bool = True) -> list[Row]:
    """Stories, newest first (after the first ``offset``): title, dates, reports, independent origins,
    sides heard. Each story's reports, origins and sides as the link stage stored them (``stored_views``)
    when it did, else computed (always with ``stored=False``)."""
    s, m = schema.stories, schema.story_members
    # EXISTS, not IN (SELECT story_id ...): the listing then walks ix_stories_last backwards
    # and stops at the page's end, where IN read every membership and sorted the stories.
    query = (select(s.c.id, s.c.title, s.c.first, s.c.last)
             .where(exists().where(m.c.story_id == s.c.id))
             .order_by(desc(s.c.last).nulls_last(), desc(s.c.id)))
    if story is not None:
        query = query.where(s.c.id == story)
    if ids is not None:
        query = query.where(s.c.id.in_(ids))
    stories = connection.execute(_limited(query.offset(offset or None), limit)).mappings().all()
    summaries = _stored_summaries(connection, [row["id"] for row in stories]) if stored else {}
    summaries.update(story_summaries(connection, [row["id"] for row in stories if row["id"] not in summaries]))
    return [{"id": row["id"], "title": row["title"], "first": row["first"], "last": row["last"],
             **summaries[row["id"]]} for row in stories]


def _stored_summaries(connection: Connection, ids: list[int]) -> dict[int, Row]:
    v = schema.story_views
    found: dict[int, Row] = {}
    for chunk in chunks(ids):
        found.update((story, orjson.loads(summary)) for story, summary in connection.execute(
            select(v.c.story_id, v.c.summary).where(v.c.story_id.in_(chunk), v.c.summary.is_not(None))))
    return found


def story_summaries(connection: Connection, ids: list[int]) -> dict[int, Row]:
    """Each story's reports (by date), how many independent origins they have, and the sides heard, computed."""
    m = schema.story_members
    members: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for sid, document in connection.execute(
                select(m.c.story_id, m.c.document_id).where(m.c.story_id.in_(chunk))
                .order_by(m.c.document_id)):
            members[sid].append(document)
    # What every story needs, read once for the page's stories together (a few queries per
    # page, where reading it story by story took four queries per story).
    everyone = [document for story in ids for document in members[story]]
    edges = edges_touching(connection, everyone)
    nodes = set(everyone) | {e.document for e in edges} | {e.origin for e in edges if e.origin}
    published = published_of(connection, nodes)
    sides = _sides_by_document(connection, everyone)
    out = {}
    for story in ids:
        documents = sorted(members[story], key=lambda d: (published.get(d) or "9999-99-99", d))
        mine = set(documents)
        touching = [e for e in edges if e.document in mine or e.origin in mine]
        origins = origin_map(documents, touching, published)
        out[story] = {"documents": documents, "origins": len(set(origins.values())),
                      "sides": _most_heard(sides, documents)}
    return out


def speaker_sides(connection: Connection, documents: list[str]) -> list[str]:
    """The sides the reports' speakers speak for (newest analyses), most heard first."""
    return _most_heard(_sides_by_document(connection, documents), documents)


def _sides_by_document(connection: Connection, documents: Iterable[str]) -> dict[str, dict[str, int]]:
    """How many claims (newest analyses) each side's speakers make, per document."""
    c, newest = schema.claims, schema.newest_analyses
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for chunk in chunks(list(dict.fromkeys(documents))):
        for document, side, count in connection.execute(
                select(newest.c.document_id, c.c.speaker_side, func.count())
                .join(c, c.c.analysis_id == newest.c.analysis_id)
                .where(newest.c.document_id.in_(chunk), c.c.speaker_side.is_not(None))
                .group_by(newest.c.document_id, c.c.speaker_side)):
            found[document][side] = count
    return found


def _most_heard(sides: dict[str, dict[str, int]], documents: Iterable[str]) -> list[str]:
    total: dict[str, int] = defaultdict(int)
    for document in documents:
        for side, count in sides.get(document, {}).items():
            total[side] += count
    return [side for side, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))]


def resolve_story(value: str | int) -> int:
    """A story id as the user types it: "S12", "s12" or "12"."""
    text = str(value).strip()
    number = text[1:] if text[:1] in ("S", "s") else text
    if not number.isdigit():
        from claimledger.ledger.db import LedgerError

        raise LedgerError(f"a story is named like S12, not {text!r}")
    return int(number)
