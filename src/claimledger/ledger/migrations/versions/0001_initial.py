"""The first ledger schema: documents, sightings, analyses and the items they found.

Revision ID: 0001
Revises:
Create Date: 2026-11-29

Written out in full rather than imported from ``schema.py``: a migration must keep
building the schema of its day after ``schema.py`` moves on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOC_ID = sa.String(80)
LOCAL_ID = sa.String(16)
DATE = sa.String(10)
STAMP = sa.String(32)


def _item_keys(table: str) -> list:
    return [
        sa.Column("analysis_id", sa.Integer, sa.ForeignKey("analyses.id", name=f"fk_{table}_analysis_id"),
                  nullable=False),
        sa.Column("id", LOCAL_ID, nullable=False),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.PrimaryKeyConstraint("analysis_id", "id", name=f"pk_{table}"),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", DOC_ID, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("declared_origin", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", DATE),
        sa.Column("created_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_documents"),
        sa.UniqueConstraint("id", name="uq_documents_id"),
    )
    op.create_table(
        "sightings",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", name="fk_sightings_document_id"),
                  nullable=False),
        sa.Column("locator", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", DATE),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("seen_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_sightings"),
        sa.UniqueConstraint("document_id", "locator", name="uq_sightings_document_id"),
    )
    op.create_table(
        "analyses",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", name="fk_analyses_document_id"),
                  nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("extractor", sa.String(64)),
        sa.Column("extractor_version", sa.String(32)),
        sa.Column("model", sa.String(128)),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_analyses"),
        sa.UniqueConstraint("document_id", "version", name="uq_analyses_document_id"),
    )
    op.create_table(
        "claims",
        *_item_keys("claims"),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_kind", sa.String(16)),
        sa.Column("speaker_title", sa.Text),
        sa.Column("speaker_role", sa.Text),
        sa.Column("speaker_organization", sa.Text),
        sa.Column("speaker_side", sa.String(8)),
        sa.Column("cue", sa.Text),
        sa.Column("mode", sa.String(16)),
        sa.Column("hedge", sa.String(16)),
        sa.Column("polarity", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
    )
    op.create_table(
        "figures",
        *_item_keys("figures"),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("approximate", sa.Boolean),
        sa.Column("quantity", sa.String(32)),
        sa.Column("unit", sa.String(16)),
        sa.Column("subject", sa.Text),
        sa.Column("side", sa.String(8)),
        sa.Column("out_of", sa.Float),
        sa.Column("fraction", sa.Float),
        sa.Column("text", sa.Text),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("claim_id", LOCAL_ID),
        sa.Column("place_id", LOCAL_ID),
        sa.Column("as_of", sa.String(32)),
    )
    op.create_table(
        "events",
        *_item_keys("events"),
        sa.Column("type", sa.String(32)),
        sa.Column("actor", sa.Text),
        sa.Column("actor_side", sa.String(8)),
        sa.Column("target", sa.Text),
        sa.Column("target_side", sa.String(8)),
        sa.Column("place_id", LOCAL_ID),
        sa.Column("when_text", sa.Text),
        sa.Column("when_start", DATE),
        sa.Column("when_end", DATE),
        sa.Column("certainty", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
    )
    op.create_table(
        "event_claims",
        sa.Column("analysis_id", sa.Integer, nullable=False),
        sa.Column("event_id", LOCAL_ID, nullable=False),
        sa.Column("claim_id", LOCAL_ID, nullable=False),
        sa.PrimaryKeyConstraint("analysis_id", "event_id", "claim_id", name="pk_event_claims"),
        sa.ForeignKeyConstraint(["analysis_id", "event_id"], ["events.analysis_id", "events.id"],
                                name="fk_event_claims_event"),
    )
    op.create_table(
        "places",
        *_item_keys("places"),
        sa.Column("name", sa.Text),
        sa.Column("kind", sa.String(16)),
        sa.Column("country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("mentions", sa.Integer),
        sa.Column("first_start", sa.Integer),
        sa.Column("first_end", sa.Integer),
    )
    for table in ("claims", "figures", "events", "places"):
        op.create_index(f"ix_{table}_document_id", table, ["document_id"])
    op.create_index("ix_figures_quantity", "figures", ["quantity"])
    op.create_index("ix_events_type", "events", ["type"])
    _create_search()


def _create_search() -> None:
    """Full-text search, each backend its own way, both stemming English words."""
    if op.get_bind().dialect.name == "sqlite":
        # External content: the index reads title and text from documents by rowid (pk),
        # so the text is not stored twice. Rows are added by the ledger as it stores.
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5("
                   "title, text, content='documents', content_rowid='pk', tokenize='porter unicode61')")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED")
        op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("event_claims", "places", "events", "figures", "claims", "analyses", "sightings",
                  "documents"):
        op.drop_table(table)
