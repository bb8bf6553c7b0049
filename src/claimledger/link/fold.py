"""One origin per family: a derivative's links that only repeat its family tree give way.

Three copies of one wire story are near-identical to each other, so comparing reports
pairwise finds more than the tree: the later copy "copies" the earlier copy as well as
the wire, and a rewrite of a credited relay also matches the wire the relay credits.
Every such extra link is true as a similarity and false as a derivation, and it clutters
``claimledger links`` and the origins tree. So when a derivative D links to X and to Y,
and X itself derives from Y (through any chain of stored links), one of the two links
says nothing the other and the chain do not already say:

* D → X is dropped when D → Y is as strong (confidence within ``CLOSER_MARGIN``) or
  names Y's outlet (credited): D took nothing from X that was not already Y's, as
  sibling copies of one wire take nothing from each other;
* D → Y is dropped when D → X is clearly stronger: D copied X's own telling (its lead,
  its tail), so X is the nearer origin and Y is reached through it.

Independent origins are unchanged: D stays in the same family either way. What a
dropped link showed is kept in the evidence of the link that stays (``also``), so
nothing is lost from view. The links a person made are never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from claimledger.ledger import schema
from claimledger.link.derivatives import Link

CLOSER_MARGIN = 0.05
MAX_DEPTH = 6  # chains of relays are short; the bound guards against a cycle a person made


@dataclass(frozen=True)
class Edge:
    """One stored or freshly found link, as far as folding needs it."""

    document: str
    origin: str
    kind: str
    confidence: float
    stored: bool  # already in the ledger (else found by this run)
    by_person: bool = False


def fold_links(connection: Connection, document_id: str, found: list[Link]) -> list[Link]:
    """The links found for ``document_id`` less those its families' trees imply; stored
    computed links the new ones make redundant are deleted. A dropped link is named in
    the evidence of the link that stays."""
    fresh = {Edge(link.document, link.origin, link.kind, link.confidence, False): link
             for link in found if link.origin}
    refused = _refused_pairs(connection, {e.document for e in fresh} | {e.origin for e in fresh})
    fresh = {e: link for e, link in fresh.items() if frozenset((e.document, e.origin)) not in refused}
    if not fresh:
        return found
    edges = list(fresh) + stored_edges(connection, {e.document for e in fresh}, document_id)
    family = ancestors(connection, {e.origin for e in edges}, fresh)
    dropped = redundant(edges, family)
    for loser, winner in dropped.items():
        if winner in fresh:
            fresh[winner].evidence.setdefault("also", []).append(
                {"origin": loser.origin, "kind": loser.kind, "confidence": round(loser.confidence, 4)})
    forget(connection, [e for e in dropped if e.stored])
    gone = {id(fresh[e]) for e in dropped if e in fresh}
    return [link for link in found if id(link) not in gone]


def redundant(edges: Iterable[Edge], ancestors_of: dict[str, set[str]]) -> dict[Edge, Edge]:
    """The edges a family tree already implies, by the rules above: each dropped edge
    with the edge that stays in its place."""
    by_derivative: dict[str, list[Edge]] = {}
    for edge in edges:
        by_derivative.setdefault(edge.document, []).append(edge)
    dropped: dict[Edge, Edge] = {}
    for links in by_derivative.values():
        for near in links:
            for far in links:
                if near == far or near in dropped or far in dropped:
                    continue
                if far.origin not in ancestors_of.get(near.origin, set()):
                    continue
                loser, winner = (near, far) if _far_wins(near, far) else (far, near)
                if not loser.by_person:
                    dropped[loser] = winner
    return dropped


def _refused_pairs(connection: Connection, ids: set[str]) -> set[frozenset[str]]:
    """Pairs a person said are not linked: a computed link between them will not be stored."""
    o = schema.link_overrides
    rows = connection.execute(select(o.c.document_id, o.c.origin_id).where(
        o.c.kind == "none", o.c.document_id.in_(ids)))
    return {frozenset(row) for row in rows}


def _far_wins(near: Edge, far: Edge) -> bool:
    """Whether the link to the older member of the chain is the one to keep."""
    if far.kind == "credited" and near.kind != "credited":
        return True
    return far.confidence + CLOSER_MARGIN >= near.confidence


def ancestors(connection: Connection, start: set[str], fresh: Iterable[Edge]) -> dict[str, set[str]]:
    """Every report each of ``start`` derives from, through stored links and ``fresh`` ones."""
    parents: dict[str, set[str]] = {}
    for edge in fresh:
        parents.setdefault(edge.document, set()).add(edge.origin)
    lk = schema.links
    frontier, seen = set(start), set()
    for _ in range(MAX_DEPTH):
        frontier -= seen
        if not frontier:
            break
        seen |= frontier
        rows = connection.execute(select(lk.c.document_id, lk.c.origin_id).where(
            lk.c.document_id.in_(frontier), lk.c.origin_id.is_not(None), lk.c.kind != "none"))
        for document_id, origin_id in rows:
            parents.setdefault(document_id, set()).add(origin_id)
        frontier = {o for d in frontier for o in parents.get(d, ())}
    return {node: _reach(node, parents) for node in seen | set(parents)}


def _reach(node: str, parents: dict[str, set[str]]) -> set[str]:
    found: set[str] = set()
    frontier = set(parents.get(node, ()))
    for _ in range(MAX_DEPTH):
        frontier -= found
        if not frontier:
            break
        found |= frontier
        frontier = {o for d in frontier for o in parents.get(d, ())}
    found.discard(node)
    return found


def stored_edges(connection: Connection, derivatives: set[str], skip: str) -> list[Edge]:
    """The links the ledger holds from ``derivatives``, except those touching ``skip``
    (the report being linked, whose computed links are about to be replaced)."""
    lk = schema.links
    rows = connection.execute(select(lk.c.document_id, lk.c.origin_id, lk.c.kind, lk.c.confidence,
                                     lk.c.decided_by).where(
        lk.c.document_id.in_(derivatives), lk.c.origin_id.is_not(None), lk.c.kind != "none"))
    return [Edge(d, o, kind, float(conf), True, by == "person") for d, o, kind, conf, by in rows
            if not (by == "link" and skip in (d, o))]


def forget(connection: Connection, edges: Iterable[Edge]) -> None:
    """Delete stored computed links the fold dropped."""
    lk = schema.links
    for edge in edges:
        connection.execute(delete(lk).where(lk.c.document_id == edge.document, lk.c.origin_id == edge.origin,
                                            lk.c.decided_by == "link"))
