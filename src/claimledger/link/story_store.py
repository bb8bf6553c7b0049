"""Stories in the ledger: the SQL side of the story clusterer's storage contract.

``stories`` holds each story's row and the clusterer's JSON of it (centroid, keys);
``story_keys`` is the inverted index that finds candidate stories for a new report
(a bounded number of the most recently active stories per key, so a lookup does not
grow with the ledger); ``term_stats`` holds document frequencies for IDF, read through
a cache that one linking run keeps, and written back as increments.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, delete, desc, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from claimledger.ledger import schema
from claimledger.ledger.store import now
from claimledger.link.report_features import StoryFeatures, report_keys
from claimledger.link.story_model import Story

POSTINGS = 50  # stories read per key, the most recently active first
COUNT_TERM = ""  # the term_stats row whose df is the number of reports counted


class SqlTermStats:
    """Document frequencies, cached for a linking run; increments are written by ``flush``."""

    def __init__(self) -> None:
        self._df: dict[str, int] = {}
        self._pending: Counter[str] = Counter()
        self._connection: Connection | None = None

    def bind(self, connection: Connection) -> None:
        self._connection = connection

    @property
    def n(self) -> int:
        return self.df(COUNT_TERM)

    def df(self, term: str) -> int:
        if term not in self._df:
            self.prefetch([term])
        return self._df[term]

    def prefetch(self, terms: Iterable[str]) -> None:
        """Read the frequencies of ``terms`` not cached yet, in a few queries."""
        missing = sorted({t[:200] for t in terms} - self._df.keys())
        if not missing:
            return
        assert self._connection is not None, "bind a connection before reading term stats"
        t = schema.term_stats
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            found = dict(self._connection.execute(select(t.c.term, t.c.df).where(t.c.term.in_(chunk))).all())
            for term in chunk:
                self._df[term] = found.get(term, 0)

    def add(self, terms: Iterable[str]) -> None:
        unique = {t[:200] for t in terms} | {COUNT_TERM}
        self.prefetch(unique)
        for term in unique:
            self._df[term] += 1
            self._pending[term] += 1

    def flush(self, connection: Connection) -> None:
        """Write the increments made since the last flush (in the caller's transaction)."""
        if not self._pending:
            return
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(schema.term_stats)
        statement = statement.on_conflict_do_update(
            index_elements=[schema.term_stats.c.term],
            set_={"df": schema.term_stats.c.df + statement.excluded.df},
        )
        connection.execute(statement, [{"term": t, "df": d} for t, d in sorted(self._pending.items())])
        self._pending.clear()

    def forget(self) -> None:
        """Drop the cache and pending increments (after a rolled-back transaction)."""
        self._df.clear()
        self._pending.clear()


class SqlStoryStore:
    """The clusterer's ``StoryStore`` over the ledger's tables, in the caller's transaction."""

    def __init__(self, connection: Connection, stats: SqlTermStats) -> None:
        self.connection = connection
        self.stats = stats
        stats.bind(connection)

    def term_stats(self) -> SqlTermStats:
        return self.stats

    def new_story_id(self) -> int:
        return self.connection.execute(
            insert(schema.stories).values(title=None, size=0, state="{}", updated_at=now())
            .returning(schema.stories.c.id)
        ).scalar_one()

    def candidates(self, features: StoryFeatures, limit: int) -> list[Story]:
        k = schema.story_keys
        shared: Counter[int] = Counter()
        for key in sorted(report_keys(features)):
            shared.update(self.connection.execute(
                select(k.c.story_id).where(k.c.key == key[:200]).order_by(desc(k.c.last)).limit(POSTINGS)
            ).scalars())
        ranked = [sid for sid, _ in sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))[:limit]]
        stories = load_stories(self.connection, ranked)
        # the similarity reads the IDF of every word of the report and of the stories: one read
        self.stats.prefetch(_terms_of(features, stories))
        return [stories[sid] for sid in ranked if sid in stories]

    def save(self, story: Story) -> None:
        save_story(self.connection, story)

    def merge(self, into: Story, absorbed: Story) -> bool:
        """The clusterer's merge pass: members move, the absorbed story and its keys go. Refused
        when a person pinned the two stories' reports to different groups (a split is kept)."""
        if _pinned_apart(self.connection, into.id, absorbed.id):
            return False
        m, k, s = schema.story_members, schema.story_keys, schema.stories
        into.absorb(absorbed)
        self.connection.execute(update(m).where(m.c.story_id == absorbed.id).values(story_id=into.id))
        self.connection.execute(delete(k).where(k.c.story_id == absorbed.id))
        self.connection.execute(delete(s).where(s.c.id == absorbed.id))
        save_story(self.connection, into)
        return True


    def move(self, source: Story, target: Story, documents: list[str]) -> bool:
        """The re-check's move: both stories saved, the members re-pointed. Refused when a person
        pinned one of the reports (their groups are theirs to change); a story opened for the
        move is then dropped again."""
        m, p, s = schema.story_members, schema.story_pins, schema.stories
        if self.connection.execute(select(p.c.document_id).where(p.c.document_id.in_(documents)).limit(1)).first():
            if target.size == len(documents):
                self.connection.execute(delete(s).where(s.c.id == target.id))
            return False
        save_story(self.connection, source)
        save_story(self.connection, target)
        self.connection.execute(update(m).where(m.c.document_id.in_(documents)).values(story_id=target.id))
        return True


def _pinned_apart(connection: Connection, a: int, b: int) -> bool:
    """Whether the two stories hold reports a person pinned to different groups."""
    m, p = schema.story_members, schema.story_pins
    groups = connection.execute(
        select(m.c.story_id, p.c.pin_group).join(p, p.c.document_id == m.c.document_id)
        .where(m.c.story_id.in_([a, b])).distinct()).all()
    return len({g for _, g in groups}) > 1


def load_stories(connection: Connection, ids: list[int]) -> dict[int, Story]:
    if not ids:
        return {}
    s = schema.stories
    rows = connection.execute(select(s.c.id, s.c.state).where(s.c.id.in_(ids)))
    # a story a person made (split or merged) has no clusterer state: it takes no new reports
    return {row.id: Story.from_json(json.loads(row.state)) for row in rows if row.state not in ("", "{}")}


def save_story(connection: Connection, story: Story) -> None:
    """The story's row and its index keys (dropping keys it no longer has)."""
    s, k = schema.stories, schema.story_keys
    last = story.last.isoformat() if story.last else None
    connection.execute(update(s).where(s.c.id == story.id).values(
        title=story.title, first=story.first.isoformat() if story.first else None, last=last,
        size=story.size, state=json.dumps(story.to_json(), sort_keys=True), updated_at=now()))
    connection.execute(delete(k).where(k.c.story_id == story.id))
    keys = sorted(story.index_keys())
    if keys:
        connection.execute(insert(k), [{"key": key[:200], "story_id": story.id, "last": last} for key in keys])


def _terms_of(features: StoryFeatures, stories: dict[int, Story]) -> set[str]:
    terms = features.all_terms()
    for story in stories.values():
        terms.update(story.terms)
        terms.update(story.names)  # names are counted as plain words, like the report's (all_terms)
        for prefix, bag in (("p:", story.places), ("f:", story.figures), ("e:", story.events), ("x:", story.numbers)):
            terms.update(prefix + item for item in bag)
    return terms
