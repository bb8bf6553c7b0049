"""A story in full, and figure series and contradictions across the ledger.

Reads what the link stage stored (members, links) and the reports' records, and hands
them to the reconciliation modules (``corroborate``, ``series``, ``disputes``) with
the reports' independent origins. Nothing is written.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from claimledger.ledger import schema
from claimledger.ledger.db import LedgerError
from claimledger.link.corroborate import ClaimCluster, claim_clusters
from claimledger.link.disputes import Contradiction, Silence, contradictions, silences
from claimledger.link.records import chunks, load_records, newest_versions
from claimledger.link.series import every_series, series
from claimledger.link.series_model import UNSERIED, FigureSeries
from claimledger.link.series_statements import stored_as
from claimledger.link.views import document_rows, origins_of, published_of, story_rows

SERIES_DOCUMENTS = 5000  # reports read for one series across the ledger, the newest first


@dataclass
class OriginNode:
    """A report (or an outlet outside the ledger) with the reports that derive from it."""

    id: str  # a document id, or "outlet:<name>"
    title: str | None
    outlet: str | None
    published: str | None
    kind: str | None  # how it derives from its parent; None for a root
    children: list[OriginNode] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "outlet": self.outlet, "published": self.published,
                "kind": self.kind, "children": [c.as_dict() for c in self.children]}


@dataclass
class StoryDetail:
    story: dict
    documents: list[dict]
    origins: dict[str, str]
    tree: list[OriginNode]
    clusters: list[ClaimCluster]
    series: list[FigureSeries]
    contradictions: list[Contradiction]
    silences: list[Silence]
    _dict: dict | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict:
        """The story as plain data; made once per (remembered) story and shared: read it, do not change it."""
        if self._dict is None:
            self._dict = self._plain()
        return self._dict

    def _plain(self) -> dict:
        return {
            "story": {**self.story, "id": f"S{self.story['id']}"},
            "documents": self.documents,
            "origins_tree": [node.as_dict() for node in self.tree],
            "claims": [c.as_dict() for c in self.clusters],
            "series": [s.as_dict() for s in self.series],
            "contradictions": [c.as_dict() for c in self.contradictions],
            "silences": [s.as_dict() for s in self.silences],
        }


def story_detail(connection: Connection, story_id: int) -> StoryDetail:
    story, documents, origins = _story_inputs(connection, story_id)
    versions = newest_versions(connection, story["documents"])
    inputs = repr((story, documents, sorted(origins.items()), sorted(versions.items())))
    cached = _stories.get(connection, (story_id,), inputs)
    if isinstance(cached, StoryDetail):
        return cached
    detail, _ = _computed(connection, story, documents, origins)
    _stories.put(connection, (story_id,), inputs, detail)
    return detail


def computed_story(connection: Connection, story_id: int) -> tuple[StoryDetail, list[FigureSeries]]:
    """A story computed now (nothing remembered), with every series of its reports, of every
    quantity: what the link stage stores (``stored_views``)."""
    return _computed(connection, *_story_inputs(connection, story_id))


def _story_inputs(connection: Connection, story_id: int) -> tuple[dict, list[dict], dict[str, str]]:
    found = story_rows(connection, story=story_id)
    if not found:
        raise LedgerError(f"no story S{story_id} in the ledger")
    story = found[0]
    return story, document_rows(connection, story=story_id), origins_of(connection, story["documents"])


def _computed(connection: Connection, story: dict, documents: list[dict],
              origins: dict[str, str]) -> tuple[StoryDetail, list[FigureSeries]]:
    records = _records_in_order(connection, story["documents"])
    every = every_series(records, origins)
    found = [s for s in every if s.key.quantity not in UNSERIED]  # series(records, origins), reconciled once
    detail = StoryDetail(
        story=story, documents=documents, origins=origins, tree=origins_tree(documents),
        clusters=claim_clusters(records, origins), series=found,
        contradictions=contradictions(records, origins, found_series=found), silences=silences(records, origins),
    )
    return detail, every


def _records_in_order(connection: Connection, ids: list[str]) -> list[dict]:
    """The reports' records in the order of ``ids`` (a story's: by date), on which ties between series rest."""
    order = {document: n for n, document in enumerate(ids)}
    return [r for _, r in sorted(load_records(connection, ids).items(), key=lambda kv: order[kv[0]])]


# Reconciling reports (clusters, series, contradictions, silences) takes ~100 ms of Python
# for a dozen reports, against ~10 ms to read what it is computed from. A server keeps what
# it computed, each with its exact inputs: for a story its row, its members with their
# links and origins, and the version of each member's newest analysis (an analysis and a
# document never change once stored); for a series the same of the reports stating it.
# A result is served from memory only while all of these are unchanged, so a re-link, a
# correction or a re-analysis is seen at once.
class Remembered:
    """Results kept with the exact inputs they were computed from (see above); thread-safe, least recently used out."""

    def __init__(self, size: int) -> None:
        self.size, self.lock = size, threading.Lock()
        self.entries: OrderedDict[tuple, tuple[str, object]] = OrderedDict()

    def get(self, connection: Connection, key: tuple, inputs: str) -> object | None:
        with self.lock:
            found = self.entries.get((str(connection.engine.url), *key))
            if found is None or found[0] != inputs:
                return None
            self.entries.move_to_end((str(connection.engine.url), *key))
            return found[1]

    def put(self, connection: Connection, key: tuple, inputs: str, value: object) -> None:
        with self.lock:
            self.entries[(str(connection.engine.url), *key)] = (inputs, value)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_stories = Remembered(256)
_series = Remembered(64)


def origins_tree(documents: Sequence[dict]) -> list[OriginNode]:
    """Each report under the report (or outlet) it derives from most surely; roots by date."""
    nodes = {d["id"]: OriginNode(d["id"], d["title"], d["outlet"], d["published"], d.get("origin_kind"))
             for d in documents}
    roots: dict[str, OriginNode] = {}
    for document in documents:
        node = nodes[document["id"]]
        parent_id = document.get("origin")
        if parent_id in nodes and not _descends(nodes, documents, parent_id, document["id"]):
            nodes[parent_id].children.append(node)
        elif parent_id is None and document.get("origin_outlet"):
            key = "outlet:" + document["origin_outlet"].lower()
            outlet = roots.setdefault(key, OriginNode(key, None, document["origin_outlet"], None, None))
            outlet.children.append(node)
        else:
            node.kind = None if parent_id is None else node.kind
            roots[document["id"]] = node
    order = sorted(roots.values(), key=lambda n: (n.published or _first_date(n) or "9999", n.id))
    for node in nodes.values():
        node.children.sort(key=lambda n: (n.published or "9999", n.id))
    return order


def _descends(nodes: dict[str, OriginNode], documents: Sequence[dict], parent: str, child: str) -> bool:
    """Whether ``parent`` derives (through origins) from ``child``: a cycle to break."""
    origin = {d["id"]: d.get("origin") for d in documents}
    seen, current = set(), origin.get(parent)
    while current and current not in seen:
        if current == child:
            return True
        seen.add(current)
        current = origin.get(current)
    return False


def _first_date(node: OriginNode) -> str | None:
    dates = [c.published for c in node.children if c.published]
    return min(dates) if dates else None


# ---------------------------------------------------------------------- across the ledger


def series_across(connection: Connection, quantity: str, *, side: str | None = None, place: str | None = None,
                  story: int | None = None, since: str | None = None, until: str | None = None) -> list[FigureSeries]:
    """The series of one quantity over the reports that state it, or over one story's reports
    (all of them, as the story's view reconciles them: the same families and silent sides)."""
    if story is not None:
        found = story_rows(connection, story=story)
        ids = found[0]["documents"] if found else []
    else:
        ids = _reports_stating(connection, quantity, side)
    origins = origins_of(connection, ids)
    # across stories, each story's own toll is a series of its own (two attacks, two tolls)
    stories = None if story is not None else _stories_of(connection, ids)
    key = (quantity, side, place, story, since, until)
    inputs = repr((ids, sorted(origins.items()), sorted(newest_versions(connection, ids).items()),
                   sorted((stories or {}).items())))
    cached = _series.get(connection, key, inputs)
    if isinstance(cached, list):
        return cached
    records = _records_in_order(connection, ids)
    found_series = series(records, origins, quantity=quantity, side=side, place=place, since=since, until=until,
                          stories=stories)
    _series.put(connection, key, inputs, found_series)
    return found_series


def _stories_of(connection: Connection, ids: list[str]) -> dict[str, str]:
    """The story ("S3") each of ``ids`` belongs to, where it belongs to one."""
    m = schema.story_members
    found: dict[str, str] = {}
    for chunk in chunks(ids):
        for story_id, document in connection.execute(
                select(m.c.story_id, m.c.document_id).where(m.c.document_id.in_(chunk))):
            found[document] = f"S{story_id}"
    return found


def _reports_stating(connection: Connection, quantity: str, side: str | None) -> list[str]:
    f, newest = schema.figures, schema.newest_analyses
    query = (select(f.c.document_id).distinct()
             .join(newest, newest.c.analysis_id == f.c.analysis_id)
             .where(f.c.quantity.in_(sorted(stored_as(quantity.lower())))))
    if side:
        query = query.where(f.c.side == side.upper())
    ids = list(connection.execute(query).scalars())
    published = published_of(connection, ids)
    ids.sort(key=lambda i: published.get(i) or "", reverse=True)
    return ids[:SERIES_DOCUMENTS]


def contradictions_across(connection: Connection, *, story: int | None = None,
                          limit: int | None = None) -> list[tuple[dict, Contradiction]]:
    """Contradictions within each story (newest stories first), or within one."""
    found: list[tuple[dict, Contradiction]] = []
    stories = story_rows(connection, story=story)
    for row in stories:
        ids = row["documents"]
        records = list(load_records(connection, ids).values())
        for item in contradictions(records, origins_of(connection, ids)):
            found.append((row, item))
            if limit and len(found) >= limit:
                return found
    return found
