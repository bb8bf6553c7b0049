"""The ledger's tables, as SQLAlchemy Core objects shared by SQLite and PostgreSQL.

Documents are stored once, by the hash of their normalised text; every copy seen
(another URL, another file) is a sighting. Each analysis of a document is a new row,
never an update, numbered per document (``version`` 1, 2, ...), and the items it
found are spread over claims / figures / events / places rows keyed by the analysis,
so that queries are SQL and an older analysis stays readable.

Dates and timestamps are ISO strings, not native types: they sort the same way on
both backends and come back as the same values, so both give identical results.

The migrations under ``migrations/versions`` build exactly these tables (a test
compares them); full-text search adds backend-specific objects there, which are not
modelled here: an FTS5 table on SQLite, a tsvector column on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints, so that migrations can refer to them on both backends.
metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
})

DOC_ID = String(80)  # "sha256:" + 64 hex digits
LOCAL_ID = String(16)  # "c1", "f2": an item's id inside its analysis record
DATE = String(10)  # YYYY-MM-DD
STAMP = String(32)  # ISO 8601 UTC timestamp

documents = Table(
    "documents", metadata,
    # An integer key for SQLite's FTS5 index (it needs a stable integer rowid).
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", DOC_ID, nullable=False, unique=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("language", String(16)),
    Column("declared_origin", Text),
    # Metadata of the first copy stored; every copy keeps its own in sightings.
    Column("outlet", Text),
    Column("url", Text),
    Column("published", DATE),
    Column("created_at", STAMP, nullable=False),
)

sightings = Table(
    "sightings", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_id", DOC_ID, ForeignKey("documents.id"), nullable=False),
    # What makes this copy distinct: its URL, else where it was read from.
    Column("locator", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", DATE),
    Column("title", Text),
    Column("source", Text),
    Column("seen_at", STAMP, nullable=False),
    UniqueConstraint("document_id", "locator"),
)

analyses = Table(
    "analyses", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", DOC_ID, ForeignKey("documents.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("extractor", String(64)),
    Column("extractor_version", String(32)),
    Column("model", String(128)),
    Column("created_at", STAMP, nullable=False),
    # The whole record as JSON, without document.text (that is in documents).
    Column("record", Text, nullable=False),
    UniqueConstraint("document_id", "version"),
)


# A forced re-analysis (reanalyze --force) in progress or done: a run killed part way
# finds its unfinished pass here and resumes it, so each document gets one new version.
reanalysis_passes = Table(
    "reanalysis_passes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("extractor", String(64), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("model", String(128), nullable=False),
    # The newest analysis id when the pass began: analyses after it are the pass's own.
    Column("after_analysis", Integer, nullable=False),
    Column("started_at", STAMP, nullable=False),
    Column("finished_at", STAMP),
)


# The newest analysis of each document, kept as it is written: every view reads the
# newest analyses, and a join with this small table is an index lookup per document,
# where computing max(version) per document meant grouping every analysis on every query.
newest_analyses = Table(
    "newest_analyses", metadata,
    Column("document_id", DOC_ID, ForeignKey("documents.id"), primary_key=True),
    Column("analysis_id", Integer, ForeignKey("analyses.id"), nullable=False, unique=True),
)


def _item_keys() -> list[Column]:
    """Columns every extracted item has: its analysis, its document, its local id."""
    return [
        Column("analysis_id", Integer, ForeignKey("analyses.id"), primary_key=True),
        Column("id", LOCAL_ID, primary_key=True),
        Column("document_id", DOC_ID, nullable=False, index=True),
    ]


claims = Table(
    "claims", metadata,
    *_item_keys(),
    Column("speaker", Text),
    Column("speaker_kind", String(16)),
    Column("speaker_title", Text),
    Column("speaker_role", Text),
    Column("speaker_organization", Text),
    Column("speaker_side", String(8)),
    Column("cue", Text),
    Column("mode", String(16)),
    Column("hedge", String(16)),
    Column("polarity", String(16)),
    Column("text", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
)

figures = Table(
    "figures", metadata,
    *_item_keys(),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("approximate", Boolean),
    Column("quantity", String(32), index=True),
    Column("unit", String(16)),
    Column("subject", Text),
    Column("side", String(8)),
    Column("out_of", Float),
    Column("fraction", Float),
    Column("text", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("claim_id", LOCAL_ID),
    Column("place_id", LOCAL_ID),
    Column("as_of", String(32)),
)

events = Table(
    "events", metadata,
    *_item_keys(),
    Column("type", String(32), index=True),
    Column("actor", Text),
    Column("actor_side", String(8)),
    Column("target", Text),
    Column("target_side", String(8)),
    Column("place_id", LOCAL_ID),
    Column("when_text", Text),
    Column("when_start", DATE),
    Column("when_end", DATE),
    Column("certainty", String(16)),
    Column("text", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
)

# Which claims say an event happened: many to many within one analysis.
event_claims = Table(
    "event_claims", metadata,
    Column("analysis_id", Integer, primary_key=True),
    Column("event_id", LOCAL_ID, primary_key=True),
    Column("claim_id", LOCAL_ID, primary_key=True),
    ForeignKeyConstraint(["analysis_id", "event_id"], ["events.analysis_id", "events.id"],
                         name="fk_event_claims_event"),
)

places = Table(
    "places", metadata,
    *_item_keys(),
    Column("name", Text),
    Column("kind", String(16)),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", Integer),
    Column("mentions", Integer),  # how many times the text names it
    Column("first_start", Integer),  # its first mention, for highlighting
    Column("first_end", Integer),
)

ITEM_TABLES = {"claims": claims, "figures": figures, "events": events, "places": places}

# ---------------------------------------------------------------------- the link stage
# What linking made of the stored reports. Everything here can be rebuilt from the
# documents and analyses (``claimledger link --all``) except the corrections a person
# made, which live in their own tables keyed by document ids (content hashes), so they
# survive re-analysis and re-linking.

KEY = String(200)  # an index key: an LSH band, a fact, a story term

link_state = Table(
    "link_state", metadata,
    # One row per linked document: which analysis its links were made from.
    Column("document_id", DOC_ID, ForeignKey("documents.id"), primary_key=True),
    Column("analysis_version", Integer, nullable=False),
    Column("published", DATE),
    Column("shingles", Integer, nullable=False),
    Column("linked_at", STAMP, nullable=False),
)


def _candidate_index(name: str) -> Table:
    """A candidate index: a new report finds the reports it may derive from through the keys
    it shares with them, in constant time per key (index range scans with a LIMIT)."""
    return Table(
        name, metadata,
        Column("key", KEY, primary_key=True),
        Column("document_id", DOC_ID, primary_key=True),
        Column("published", DATE),
    )


lsh_keys = _candidate_index("lsh_keys")  # keys: LSH bands of the text's shingles
fact_keys = _candidate_index("fact_keys")  # keys: the facts it reports

links = Table(
    "links", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_id", DOC_ID, nullable=False, index=True),  # the derivative
    Column("origin_id", DOC_ID, index=True),  # the report it derives from, when in the ledger
    Column("origin_outlet", Text),  # the credited outlet, when the origin is not in the ledger
    # origin_id, or "outlet:<name>": one non-null key for the unique constraint
    Column("origin_key", KEY, nullable=False),
    Column("kind", String(16), nullable=False),  # credited | copy | rewrite
    Column("confidence", Float, nullable=False),
    Column("evidence", Text, nullable=False),  # JSON
    Column("decided_by", String(8), nullable=False),  # link | person
    Column("created_at", STAMP, nullable=False),
    UniqueConstraint("document_id", "origin_key"),
)

link_overrides = Table(
    "link_overrides", metadata,
    Column("document_id", DOC_ID, primary_key=True),
    Column("origin_id", DOC_ID, primary_key=True),
    Column("kind", String(16), nullable=False),  # credited | copy | rewrite | none
    Column("created_at", STAMP, nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("first", DATE),
    Column("last", DATE),
    Column("size", Integer, nullable=False),
    Column("state", Text, nullable=False),  # the clusterer's JSON of the story (centroid, keys)
    Column("updated_at", STAMP, nullable=False),
)

story_keys = Table(
    "story_keys", metadata,
    Column("key", KEY, primary_key=True),
    Column("story_id", Integer, primary_key=True),
    Column("last", DATE),
)

story_members = Table(
    "story_members", metadata,
    Column("document_id", DOC_ID, primary_key=True),
    Column("story_id", Integer, nullable=False, index=True),
    Column("score", Float),
    Column("decided_by", String(8), nullable=False),  # link | person
)

# A person's story corrections: documents pinned to a group. Pinned documents with the
# same group share a story; with different groups they never do (merge pins two
# stories' documents to one group, split pins the parts to two).
story_pins = Table(
    "story_pins", metadata,
    Column("document_id", DOC_ID, primary_key=True),
    Column("pin_group", String(40), nullable=False, index=True),
    Column("created_at", STAMP, nullable=False),
)

# Each story's view as the API serves it, computed by the link stage (link/stored_views.py);
# triggers (migration 0012) delete a story's row whenever a write touches its inputs.
story_views = Table(
    "story_views", metadata,
    Column("story_id", Integer, primary_key=True, autoincrement=False),
    Column("token", String(32)),  # the refresh that claimed the row
    Column("computed_at", STAMP),
    Column("view", LargeBinary),  # JSON of the story; NULL while being computed
    Column("series", LargeBinary),  # JSON {quantity: [series]} of the quantities the view leaves out
    Column("summary", LargeBinary),  # JSON: the story's reports, origins and sides (the listing's; migration 0013)
)

# Each analysis's places and events with coordinates as the map reads them, stored by the link stage
# (link/stored_views.py, migration 0014): compact JSON lists; an analysis never changes, nor its row.
map_rows = Table(
    "map_rows", metadata,
    Column("analysis_id", Integer, ForeignKey("analyses.id"), primary_key=True, autoincrement=False),
    Column("places", LargeBinary, nullable=False),
    Column("events", LargeBinary, nullable=False),
)

# Document frequencies of the terms stories are compared by (term "" holds the count).
term_stats = Table(
    "term_stats", metadata,
    Column("term", KEY, primary_key=True),
    Column("df", Integer, nullable=False),
)

# Lookups by document (re-linking one report replaces its keys) and, for facts, the
# reports near a date that share a key.
Index("ix_lsh_keys_document_id", lsh_keys.c.document_id)
Index("ix_fact_keys_document_id", fact_keys.c.document_id)
Index("ix_fact_keys_key_published", fact_keys.c.key, fact_keys.c.published)
Index("ix_story_keys_story_id", story_keys.c.story_id)
# Stories newest first (the stories listing), a page at a time.
Index("ix_stories_last", stories.c.last, stories.c.id)
# A report's story candidates: the most recently active stories under each of its keys.
Index("ix_story_keys_key_last", story_keys.c.key, story_keys.c.last)
# Listings in publication order and date filters walk this (migration 0005).
Index("ix_documents_published", documents.c.published, documents.c.id)
# A filter read a batch of documents at a time: quantity / type, then the document (migration 0008).
Index("ix_figures_quantity_document_id", figures.c.quantity, figures.c.document_id)
Index("ix_events_type_document_id", events.c.type, events.c.document_id)
# ... and the claims' side (migration 0011).
Index("ix_claims_speaker_side_document_id", claims.c.speaker_side, claims.c.document_id)

LINK_TABLES = ("link_state", "lsh_keys", "fact_keys", "links", "stories", "story_keys", "story_members",
               "term_stats")
