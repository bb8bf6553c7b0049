"""The fast fill of bench/link.py: the archive written in big transactions in the state linking
it report by report would leave (bench/link.py's docstring lists the exceptions)."""


from __future__ import annotations

import json
import multiprocessing
import resource
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from meters import new_progress
from news_stream import ORIGIN_BACK, Stream
from sqlalchemy import Connection, delete, func, insert, select, text

CHUNK = 1000  # archive reports per transaction
EVICT_DAYS = 30  # stories idle this long leave the fill's memory (copies follow within two days)
WORK_CHUNK = 100  # reports a fill worker prepares at a time
JOIN_SCORE = 0.5  # story_members.score of a report the fill put in its origin's story


# ----------------------------------------------------------------------------- the fast fill
class ArchiveStories:
    """The archive's stories while it is filled: the term counts, the stories still active
    (older ones are written out and dropped, so memory stays bounded), which changed."""

    def __init__(self, connection: Connection, since: date) -> None:
        from claimledger.ledger import schema
        from claimledger.link.story_model import Story
        from claimledger.link.story_store import COUNT_TERM
        from claimledger.link.terms import TermStats

        t, s = schema.term_stats, schema.stories
        dfs = Counter(dict(connection.execute(select(t.c.term, t.c.df)).all()))
        n = dfs.pop(COUNT_TERM, 0)
        self.stats = TermStats(n=n, dfs=dfs)  # continues the counts in the ledger
        self.next_id = (connection.execute(select(func.max(s.c.id))).scalar() or 0) + 1
        self.stories: dict[int, Story] = {}
        for (state,) in connection.execute(select(s.c.state).where(s.c.last >= since.isoformat())):
            if state not in ("", "{}"):
                story = Story.from_json(json.loads(state))
                self.stories[story.id] = story
        self.of_document: dict[str, int] = {}  # recent reports' stories: where their copies go
        self.dirty: set[int] = set()
        self.connection = connection

    def add(self, features, origin: str | None) -> tuple[int, float]:  # type: ignore[no-untyped-def]
        """Count the report's terms; put it in its origin's story, or open one: (story id, score)."""
        from claimledger.link.story_model import Story

        self.stats.add(features.all_terms())
        story = self._story_of(origin) if origin else None
        score = 1.0
        if story is None:
            story = Story(id=self.next_id)
            self.next_id += 1
            self.stories[story.id] = story
        else:
            score = JOIN_SCORE
        story.add(features)
        self.dirty.add(story.id)
        self.of_document[features.document] = story.id
        if len(self.of_document) > 8 * ORIGIN_BACK[1]:  # origins are at most two days back
            self.of_document.pop(next(iter(self.of_document)))
        return story.id, score

    def _story_of(self, document_id: str):  # type: ignore[no-untyped-def]
        from claimledger.ledger import schema
        from claimledger.link.story_store import load_stories

        sid = self.of_document.get(document_id)
        if sid is None:  # an origin linked by the measured batch: its story is in the ledger
            m = schema.story_members
            sid = self.connection.execute(select(m.c.story_id).where(m.c.document_id == document_id)).scalar()
            if sid is None:
                return None
        if sid not in self.stories:
            self.stories.update(load_stories(self.connection, [sid]))
        return self.stories.get(sid)

    def evict(self, before: date) -> list:  # type: ignore[type-arg]
        """Drop stories last active before ``before``; the changed ones are returned, to be written."""
        old = [sid for sid, story in self.stories.items() if story.last is not None and story.last < before]
        written = [self.stories[sid] for sid in old if sid in self.dirty]
        for sid in old:
            del self.stories[sid]
            self.dirty.discard(sid)
        return written

    def changed(self) -> list:  # type: ignore[type-arg]
        stories = [self.stories[sid] for sid in sorted(self.dirty) if sid in self.stories]
        self.dirty.clear()
        return stories


@dataclass
class Prepared:
    """One archive report, computed in a worker: its rows, as linking would leave them, and its story features."""

    document: dict
    analysis: dict
    lsh: list[dict]
    facts: list[dict]
    state: dict
    features: object
    origin: str | None  # the origin's document id, for a copy or rewrite


_worker_stream: Stream | None = None


def _prepare_chunk(bounds: tuple[int, int]) -> list[Prepared]:
    from claimledger.ledger import rows
    from claimledger.ledger.store import now, versioned
    from claimledger.link import facts, shingles
    from claimledger.link.report_features import story_features

    stream = _worker_stream
    assert stream is not None
    out = []
    for i in range(*bounds):
        report = stream.report(i)
        record = report.record
        doc = record["document"]
        doc_id, published, body = doc["id"], doc.get("published"), doc["text"]
        stamp = now()
        made_by = versioned(record)
        own = shingles.word_shingles(body)
        bands = shingles.band_keys(shingles.minhash(own)) if own else []

        def keyed(keys: Iterable[str], doc_id: str = doc_id, published: str | None = published) -> list[dict]:
            return [{"key": k[:200], "document_id": doc_id, "published": published} for k in sorted(set(keys))]

        out.append(Prepared(
            document={"id": doc_id, "title": doc.get("title"), "text": body, "language": doc.get("language") or "en",
                      "declared_origin": doc.get("declared_origin"), "outlet": doc.get("outlet"), "url": doc.get("url"),
                      "published": published, "created_at": stamp},
            analysis={"document_id": doc_id, "version": 1, "extractor": made_by.extractor,
                      "extractor_version": made_by.version, "model": made_by.model, "created_at": stamp,
                      "record": rows.stored_record(record)},
            lsh=keyed(bands), facts=keyed(facts.fact_keys(record)),
            state={"document_id": doc_id, "analysis_version": 1, "published": published, "shingles": len(own),
                   "linked_at": stamp},
            features=story_features(record),
            origin=stream.original(report.origin).id if report.origin is not None else None))
    return out


def _write_batch(connection: Connection, batch: list[Prepared], members: list[dict]) -> None:
    from claimledger.ledger import schema

    for table, values in ((schema.documents, [p.document for p in batch]),
                          (schema.analyses, [p.analysis for p in batch]),
                          (schema.lsh_keys, [row for p in batch for row in p.lsh]),
                          (schema.fact_keys, [row for p in batch for row in p.facts]),
                          (schema.link_state, [p.state for p in batch]), (schema.story_members, members)):
        if values:
            connection.execute(insert(table), values)
    # each report's one analysis is its newest: the table the link stage finds records through
    a = schema.analyses
    connection.execute(insert(schema.newest_analyses).from_select(
        ["document_id", "analysis_id"],
        select(a.c.document_id, a.c.id).where(a.c.document_id.in_([p.document["id"] for p in batch]))))


def write_stories(connection: Connection, stories: list) -> None:  # type: ignore[type-arg]
    """Stories' rows and index keys, in the shapes ``story_store.save_story`` writes."""
    from sqlalchemy.dialects import postgresql, sqlite

    from claimledger.ledger import schema
    from claimledger.ledger.store import now

    s, k = schema.stories, schema.story_keys
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    for start in range(0, len(stories), 500):
        chunk = stories[start:start + 500]
        rows, keys = [], []
        for story in chunk:
            last = story.last.isoformat() if story.last else None
            first = story.first.isoformat() if story.first else None
            rows.append({"id": story.id, "title": story.title, "first": first, "last": last, "size": story.size,
                         "state": json.dumps(story.to_json(), sort_keys=True), "updated_at": now()})
            keys += [{"key": key[:200], "story_id": story.id, "last": last} for key in sorted(story.index_keys())]
        statement = dialect.insert(s)
        statement = statement.on_conflict_do_update(index_elements=[s.c.id], set_={
            c: statement.excluded[c] for c in ("title", "first", "last", "size", "state", "updated_at")})
        connection.execute(statement, rows)
        connection.execute(delete(k).where(k.c.story_id.in_([story.id for story in chunk])))
        if keys:
            connection.execute(insert(k), keys)


def write_term_stats(connection: Connection, stats) -> None:  # type: ignore[no-untyped-def]
    from claimledger.ledger import schema
    from claimledger.link.story_store import COUNT_TERM

    merged: Counter[str] = Counter()
    for term, df in stats.dfs.items():
        merged[term[:200]] += df
    merged[COUNT_TERM] = stats.n
    connection.execute(delete(schema.term_stats))
    values = [{"term": t, "df": d} for t, d in merged.items()]
    for start in range(0, len(values), 20_000):
        connection.execute(insert(schema.term_stats), values[start:start + 20_000])


def fill(url: str, stream: Stream, start: int, end: int, label: str, jobs: int) -> dict:
    """Reports ``start``..``end`` of the stream into the ledger, by the fast path (see the docstring)."""
    from claimledger.ledger import db, schema

    global _worker_stream
    _worker_stream = stream  # the workers are forked: they inherit it
    engine = db.create(url)
    began = time.perf_counter()
    skipped = joined = 0
    chunks = [(lo, min(end, lo + WORK_CHUNK)) for lo in range(start, end, WORK_CHUNK)]
    try:
        with engine.connect() as reading, new_progress() as progress, \
                multiprocessing.get_context("fork").Pool(jobs) as pool:
            stories = ArchiveStories(reading, stream.day(start) - timedelta(days=EVICT_DAYS))
            seen = set(reading.execute(select(schema.documents.c.id)).scalars())
            reading.commit()  # end the read transaction: SQLite lets the writer go on
            task = progress.add_task(label, total=end - start)
            batch: list[Prepared] = []
            members: list[dict] = []
            for done, prepared in enumerate(pool.imap(_prepare_chunk, chunks), 1):
                for p in prepared:
                    if p.document["id"] in seen:  # never expected: texts are random
                        skipped += 1
                        continue
                    seen.add(p.document["id"])
                    sid, score = stories.add(p.features, p.origin)
                    joined += score != 1.0
                    members.append({"document_id": p.document["id"], "story_id": sid, "score": score,
                                    "decided_by": "link"})
                    batch.append(p)
                progress.advance(task, len(prepared))
                if len(batch) >= CHUNK or done == len(chunks):
                    day = date.fromisoformat(batch[-1].document["published"]) if batch else stream.day(end)
                    evicted = stories.evict(day - timedelta(days=EVICT_DAYS))
                    with db.writing(engine) as connection:
                        _write_batch(connection, batch, members)
                        write_stories(connection, evicted)
                    reading.commit()
                    batch, members = [], []
            with db.writing(engine) as connection:
                write_stories(connection, stories.changed())
                write_term_stats(connection, stories.stats)
                if connection.dialect.name == "postgresql":  # explicit ids: move the sequence past them
                    connection.execute(text("SELECT setval(pg_get_serial_sequence('stories', 'id'), "
                                            "(SELECT max(id) FROM stories))"))
    finally:
        engine.dispose()
    return {"seconds": time.perf_counter() - began, "duplicates": skipped, "reports": end - start, "joined": joined,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(target, *args):  # type: ignore[no-untyped-def]
    """``target(*args)`` in a forked process (its memory is not ours); its result, or SystemExit."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()

    def work() -> None:
        try:
            queue.put(("ok", target(*args)))
        except BaseException as exc:  # noqa: BLE001 - the parent reports it in one line
            queue.put(("error", f"{type(exc).__name__}: {exc}"))

    child = ctx.Process(target=work)
    child.start()
    status, value = queue.get()
    child.join()
    if status != "ok":
        raise SystemExit(f"error: {value}")
    return value


