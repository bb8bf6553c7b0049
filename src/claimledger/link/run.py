"""Linking reports as they arrive: derivative links, then the story each report joins.

For each report not linked yet (or linked from an older analysis), in order of
publication, in one transaction of its own:

1. its keys go into the candidate indexes (LSH bands of its text, facts of its record);
2. the reports sharing keys with it are compared with it (``derivatives.compare``):
   copies and rewrites, in whichever direction the evidence points; the outlets its
   text credits are resolved to a report of that outlet among them, or kept as an
   outlet outside the ledger;
3. a person's corrections on any of those pairs win over what was computed;
4. the story clusterer puts it in a story, or opens one; a person's pins win.

A rerun links only what is new; ``link_all`` rebuilds everything the stage made,
keeping the corrections, which are keyed by document ids (content hashes) and so
survive re-analysis.
"""

from __future__ import annotations

import json
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, delete, insert, or_, select, text

from claimledger.ledger import db, schema
from claimledger.ledger.store import now
from claimledger.link import corrections, credits, derivatives, facts, fold, index, shingles, stored_views
from claimledger.link.origins import outlet_key
from claimledger.link.records import load_records, newest_versions
from claimledger.link.report_features import story_features
from claimledger.link.stories import StoryClusterer
from claimledger.link.story_store import SqlStoryStore, SqlTermStats

# Any fixed number: names the PostgreSQL lock that lets one linker run at a time.
PG_LINK_LOCK = 7_240_412


@dataclass
class LinkReport:
    linked: int = 0
    links: Counter[str] = field(default_factory=Counter)
    opened: int = 0  # stories a report opened
    joined: int = 0  # reports that joined a story
    errors: dict[str, str] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started


Progress = Callable[[LinkReport, int], None]  # (report so far, documents to link in all)


def pending(connection: Connection) -> list[str]:
    """Documents never linked, or linked from an older analysis than their newest, oldest first."""
    versions = newest_versions(connection)
    s = schema.link_state
    linked = dict(connection.execute(select(s.c.document_id, s.c.analysis_version)).all())
    stale = [d for d, v in versions.items() if linked.get(d) != v]
    return _chronological(connection, stale)


def _chronological(connection: Connection, ids: list[str]) -> list[str]:
    d = schema.documents
    order: dict[str, tuple[str, int]] = {}
    wanted = set(ids)
    for row in connection.execute(select(d.c.id, d.c.published, d.c.pk)):
        if row.id in wanted:
            order[row.id] = (row.published or "9999-99-99", row.pk)
    return sorted(wanted, key=lambda i: order.get(i, ("9999-99-99", 0)))


class Linker:
    """Links reports one transaction at a time; keeps the IDF cache of one run."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.stats = SqlTermStats()
        self.shingle_cache = ShingleCache()

    def link(self, ids: list[str], progress: Progress | None = None) -> LinkReport:
        report = LinkReport()
        for document_id in ids:
            try:
                db.write(self.engine, lambda c, d=document_id: self._link_one(c, d, report))
            except Exception as exc:  # noqa: BLE001 - one bad record is one counted error, the run goes on
                self.stats.forget()
                report.errors[document_id] = f"{type(exc).__name__}: {exc}"
            if progress:
                progress(report, len(ids))
        report.finished = time.monotonic()
        return report

    def _link_one(self, connection: Connection, document_id: str, report: LinkReport) -> None:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LINK_LOCK})
        loaded = load_records(connection, [document_id])
        if document_id not in loaded:
            return
        record = loaded[document_id]
        version = newest_versions(connection, [document_id])[document_id]
        published = record["document"].get("published")
        own = shingles.word_shingles(record["document"].get("text") or "")
        made = derive(connection, record, own=own, cache=self.shingle_cache)
        report.links.update(link.kind for link in made)
        assignment = assign_story(connection, record, self.stats)
        if assignment is not None:
            report.opened += assignment.opened
            report.joined += not assignment.opened
        connection.execute(delete(schema.link_state).where(schema.link_state.c.document_id == document_id))
        connection.execute(insert(schema.link_state).values(
            document_id=document_id, analysis_version=version, published=published,
            shingles=len(own), linked_at=now()))
        self.stats.flush(connection)
        report.linked += 1


# ---------------------------------------------------------------------- derivatives


class ShingleCache:
    """The shingles of reports recently met as candidates: a story's reports meet the same
    few origins again and again, and shingling a text costs more than comparing it."""

    SIZE = 2000

    def __init__(self) -> None:
        self._shingles: OrderedDict[str, set[int]] = OrderedDict()

    def get(self, record: dict) -> set[int]:
        document_id = record["document"]["id"]
        if document_id in self._shingles:
            self._shingles.move_to_end(document_id)
            return self._shingles[document_id]
        found = shingles.word_shingles(record["document"].get("text") or "")
        self._shingles[document_id] = found
        if len(self._shingles) > self.SIZE:
            self._shingles.popitem(last=False)
        return found


def derive(connection: Connection, record: dict, *, own: set[int] | None = None,
           cache: ShingleCache | None = None) -> list[derivatives.Link]:
    """Index a report and store the derivative links between it and the reports it meets."""
    document = record["document"]
    document_id, published = document["id"], document.get("published")
    cache = cache or ShingleCache()
    if own is None:
        own = shingles.word_shingles(document.get("text") or "")
    bands = shingles.band_keys(shingles.minhash(own)) if own else []
    keys = facts.fact_keys(record)
    index.replace_keys(connection, schema.lsh_keys, document_id, published, bands)
    index.replace_keys(connection, schema.fact_keys, document_id, published, keys)
    candidate_ids = list(dict.fromkeys(
        index.lsh_candidates(connection, document_id, bands)
        + [d for d, _ in index.fact_candidates(connection, document_id, keys, published)]))
    others = load_records(connection, candidate_ids)
    found: list[derivatives.Link] = []
    for other_id in candidate_ids:
        other = others.get(other_id)
        if other is None:
            continue
        link = derivatives.compare(record, other, shingles_a=own, shingles_b=cache.get(other))
        if link is not None:
            found.append(link)
    found = _resolve_credits(record, others, found)
    found = fold.fold_links(connection, document_id, found)
    _replace_links(connection, document_id, found)
    _resolve_earlier_credits(connection, record, found)
    return found


def _resolve_earlier_credits(connection: Connection, record: dict, found: list[derivatives.Link]) -> None:
    """A report that arrives after a derivative crediting its outlet resolves that credit: the
    derivative's link to the outlet outside the ledger gives way to its link to this report,
    which becomes a credited one. (Reports arriving in publication order meet their origin
    first; a relay ingested before the wire it credits would otherwise keep both links.)"""
    document_id = record["document"]["id"]
    lk = schema.links
    for link in found:
        if link.origin != document_id or link.document == document_id:
            continue
        outside = connection.execute(select(lk.c.origin_key, lk.c.origin_outlet, lk.c.confidence, lk.c.evidence).where(
            lk.c.document_id == link.document, lk.c.origin_id.is_(None), lk.c.decided_by == "link",
            lk.c.kind == "credited")).all()
        named = [row for row in outside if row.origin_outlet and credits.credit_matches(
            credits.Credit(row.origin_outlet, "", "attribution"), record)]
        for row in named:
            connection.execute(delete(lk).where(lk.c.document_id == link.document, lk.c.origin_key == row.origin_key,
                                                lk.c.decided_by == "link"))
            if link.kind == "credited":
                continue
            evidence = {**link.evidence, **json.loads(row.evidence or "{}"), "also": link.kind}
            connection.execute(lk.update().where(
                lk.c.document_id == link.document, lk.c.origin_id == document_id, lk.c.decided_by == "link").values(
                kind="credited", origin_outlet=row.origin_outlet,
                confidence=round(max(float(link.confidence), float(row.confidence)), 4),
                evidence=json.dumps(evidence, ensure_ascii=False, sort_keys=True, default=str)))


def _resolve_credits(record: dict, others: dict[str, dict], found: list[derivatives.Link]) -> list[derivatives.Link]:
    """Each outlet the text credits: the compared report of that outlet it derives from, else the outlet."""
    document_id = record["document"]["id"]
    resolved = list(found)
    for credit, outside in zip(credits.credited_origins(record), derivatives.credited_links(record), strict=True):
        match = next((link for link in resolved if link.document == document_id and link.origin
                      and credits.credit_matches(credit, others[link.origin])), None)
        if match is None:
            resolved.append(outside)
        elif match.kind != "credited":
            resolved.remove(match)
            resolved.append(derivatives.Link(
                document=document_id, origin=match.origin, origin_outlet=credit.outlet, kind="credited",
                confidence=max(match.confidence, outside.confidence),
                evidence={**match.evidence, **outside.evidence, "also": match.kind}))
    return resolved


def _replace_links(connection: Connection, document_id: str, found: list[derivatives.Link]) -> None:
    """Computed links touching this report give way to the new ones; a person's corrections stay and win."""
    lk = schema.links
    connection.execute(delete(lk).where(lk.c.decided_by == "link",
                                        or_(lk.c.document_id == document_id, lk.c.origin_id == document_id)))
    corrected = corrected_pairs(connection, document_id)
    rows = {}
    for link in found:
        if link.origin and frozenset((link.document, link.origin)) in corrected:
            continue
        key = link.origin or outlet_key(link.origin_outlet or "unknown")
        rows[(link.document, key)] = {
            "document_id": link.document, "origin_id": link.origin, "origin_outlet": link.origin_outlet,
            "origin_key": key[:200], "kind": link.kind, "confidence": round(float(link.confidence), 4),
            "evidence": json.dumps(link.evidence, ensure_ascii=False, sort_keys=True, default=str),
            "decided_by": "link", "created_at": now()}
    if rows:
        existing = {tuple(row) for row in connection.execute(
            select(lk.c.document_id, lk.c.origin_key).where(lk.c.document_id.in_({d for d, _ in rows})))}
        fresh = [row for pair, row in rows.items() if pair not in existing]
        if fresh:
            connection.execute(insert(lk), fresh)


def corrected_pairs(connection: Connection, document_id: str) -> set[frozenset[str]]:
    o = schema.link_overrides
    rows = connection.execute(select(o.c.document_id, o.c.origin_id)
                              .where(or_(o.c.document_id == document_id, o.c.origin_id == document_id)))
    return {frozenset(pair) for pair in rows}


# ---------------------------------------------------------------------- stories


def assign_story(connection: Connection, record: dict, stats: SqlTermStats):  # type: ignore[no-untyped-def]
    """Put the report in a story (the one a person pinned it to, if any), replacing any earlier membership."""
    document_id = record["document"]["id"]
    m = schema.story_members
    connection.execute(delete(m).where(m.c.document_id == document_id))
    store = SqlStoryStore(connection, stats)
    assignment = StoryClusterer(store).add(story_features(record))
    connection.execute(insert(m).values(document_id=document_id, story_id=assignment.story_id,
                                        score=assignment.score, decided_by="link"))
    corrections.apply_pin_of(connection, document_id)
    return assignment


# ---------------------------------------------------------------------- entry points


def link_pending(engine: Engine, progress: Progress | None = None) -> LinkReport:
    """Link every report not linked yet (or re-analysed since), oldest first."""
    with engine.connect() as connection:
        ids = pending(connection)
    report = Linker(engine).link(ids, progress)
    # the stories this run changed lost their stored views (the database's triggers): computed
    # once here, so that serving a story is a row read (stored_views)
    stored_views.refresh(engine)
    report.finished = time.monotonic()
    return report


def link_all(engine: Engine, progress: Progress | None = None) -> LinkReport:
    """Rebuild everything the link stage computed, keeping a person's corrections."""
    def clear(connection: Connection) -> None:
        lk = schema.links
        for name in reversed(schema.LINK_TABLES):
            table = schema.metadata.tables[name]
            if name == "links":
                connection.execute(delete(lk).where(lk.c.decided_by == "link"))
            else:
                connection.execute(delete(table))
    db.write(engine, clear)
    return link_pending(engine, progress)
