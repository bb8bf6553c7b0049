"""Reading what the link stage made: documents with their origins, links, stories.

Shared by the CLI and (later) the web view; every function returns plain dicts with
fixed keys, so ``--json`` prints them as they are. Documents are named by their full
ids here; the terminal shortens them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, desc, func, or_, select

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
              limit: int | None = None) -> list[Row]:
    """Derivative → origin links, newest derivative first."""
    lk, d = schema.links, schema.documents
    origin = d.alias("origin")
    query = (select(lk, d.c.published, d.c.outlet, d.c.title, origin.c.published.label("origin_published"),
                    origin.c.outlet.label("origin_ledger_outlet"), origin.c.title.label("origin_title"))
             .join(d, d.c.id == lk.c.document_id)
             .join(origin, origin.c.id == lk.c.origin_id, isouter=True)
             .order_by(desc(d.c.published).nulls_last(), desc(d.c.id), desc(lk.c.confidence)))
    if document:
        query = query.where(or_(lk.c.document_id == document, lk.c.origin_id == document))
    if kind:
        query = query.where(lk.c.kind == kind)
    return [_link_row(row) for row in connection.execute(_limited(query, limit)).mappings()]


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


def story_rows(connection: Connection, *, limit: int | None = None, story: int | None = None) -> list[Row]:
    """Stories, newest first: title, dates, reports, independent origins, sides heard."""
    s, m = schema.stories, schema.story_members
    query = (select(s.c.id, s.c.title, s.c.first, s.c.last)
             .where(s.c.id.in_(select(m.c.story_id)))
             .order_by(desc(s.c.last).nulls_last(), desc(s.c.id)))
    if story is not None:
        query = query.where(s.c.id == story)
    stories = connection.execute(_limited(query, limit)).mappings().all()
    members: dict[int, list[str]] = defaultdict(list)
    ids = [row["id"] for row in stories]
    for chunk in chunks(ids):
        for sid, document in connection.execute(
                select(m.c.story_id, m.c.document_id).where(m.c.story_id.in_(chunk))
                .order_by(m.c.document_id)):
            members[sid].append(document)
    out = []
    for row in stories:
        documents = _by_date(connection, members[row["id"]])
        origins = origins_of(connection, documents)
        out.append({
            "id": row["id"], "title": row["title"], "first": row["first"], "last": row["last"],
            "documents": documents, "origins": len(set(origins.values())),
            "sides": speaker_sides(connection, documents),
        })
    return out


def _by_date(connection: Connection, documents: list[str]) -> list[str]:
    published = published_of(connection, documents)
    return sorted(documents, key=lambda d: (published.get(d) or "9999-99-99", d))


def speaker_sides(connection: Connection, documents: list[str]) -> list[str]:
    """The sides the reports' speakers speak for (newest analyses), most heard first."""
    c, newest = schema.claims, schema.newest_analyses
    counts = connection.execute(
        select(c.c.speaker_side, func.count()).join(newest, newest.c.analysis_id == c.c.analysis_id)
        .where(newest.c.document_id.in_(documents), c.c.speaker_side.is_not(None)).group_by(c.c.speaker_side)
    ).all()
    return [side for side, _ in sorted(counts, key=lambda kv: (-kv[1], kv[0]))]


def resolve_story(value: str | int) -> int:
    """A story id as the user types it: "S12", "s12" or "12"."""
    text = str(value).strip()
    number = text[1:] if text[:1] in ("S", "s") else text
    if not number.isdigit():
        from claimledger.ledger.db import LedgerError

        raise LedgerError(f"a story is named like S12, not {text!r}")
    return int(number)
