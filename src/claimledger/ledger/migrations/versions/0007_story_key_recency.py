"""Story candidates by recency: an index on story_keys (key, last).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

A new report looks up, under each of its keys, the most recently active stories
(``ORDER BY last DESC LIMIT n``). With only the primary key, the database read and
sorted every story under a key: a common key ("killed", a town in the news for months)
made each lookup grow with the ledger. The index reads the newest postings directly.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_story_keys_key_last", "story_keys", ["key", "last"])


def downgrade() -> None:
    op.drop_index("ix_story_keys_key_last", table_name="story_keys")
