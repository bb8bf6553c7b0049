"""The link stage: derivative links, stories, their candidate indexes and a person's corrections.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06

Written out in full, like 0001: a migration keeps building the schema of its day.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOC_ID = sa.String(80)
DATE = sa.String(10)
STAMP = sa.String(32)
KEY = sa.String(200)


def upgrade() -> None:
    op.create_table(
        "link_state",
        sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", name="fk_link_state_document_id"),
                  nullable=False),
        sa.Column("analysis_version", sa.Integer, nullable=False),
        sa.Column("published", DATE),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.Column("linked_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_link_state"),
    )
    for name in ("lsh_keys", "fact_keys"):
        op.create_table(
            name,
            sa.Column("key", KEY, nullable=False),
            sa.Column("document_id", DOC_ID, nullable=False),
            sa.Column("published", DATE),
            sa.PrimaryKeyConstraint("key", "document_id", name=f"pk_{name}"),
        )
        op.create_index(f"ix_{name}_document_id", name, ["document_id"])
    op.create_index("ix_fact_keys_key_published", "fact_keys", ["key", "published"])
    op.create_table(
        "links",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("origin_id", DOC_ID),
        sa.Column("origin_outlet", sa.Text),
        sa.Column("origin_key", KEY, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(8), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_links"),
        sa.UniqueConstraint("document_id", "origin_key", name="uq_links_document_id"),
    )
    op.create_index("ix_links_document_id", "links", ["document_id"])
    op.create_index("ix_links_origin_id", "links", ["origin_id"])
    op.create_table(
        "link_overrides",
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("origin_id", DOC_ID, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("document_id", "origin_id", name="pk_link_overrides"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("title", sa.Text),
        sa.Column("first", DATE),
        sa.Column("last", DATE),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_table(
        "story_keys",
        sa.Column("key", KEY, nullable=False),
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.Column("last", DATE),
        sa.PrimaryKeyConstraint("key", "story_id", name="pk_story_keys"),
    )
    op.create_index("ix_story_keys_story_id", "story_keys", ["story_id"])
    op.create_table(
        "story_members",
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("decided_by", sa.String(8), nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_story_members"),
    )
    op.create_index("ix_story_members_story_id", "story_members", ["story_id"])
    op.create_table(
        "story_pins",
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("pin_group", sa.String(40), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_story_pins"),
    )
    op.create_index("ix_story_pins_pin_group", "story_pins", ["pin_group"])
    op.create_table(
        "term_stats",
        sa.Column("term", KEY, nullable=False),
        sa.Column("df", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("term", name="pk_term_stats"),
    )


def downgrade() -> None:
    for name in ("term_stats", "story_pins", "story_members", "story_keys", "stories", "link_overrides",
                 "links", "fact_keys", "lsh_keys", "link_state"):
        op.drop_table(name)
