"""Indexes the web view's listings need at 100k reports (found by bench/web.py's query plans).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Every listing of the ledger is in publication order (undated last), then by document:
``documents (published, id)`` lets the documents listing and the date filters
(``--since``/``--until``, ``since=``/``until=``) walk the index and stop at a page,
where they read and sorted every document before. On PostgreSQL an ascending btree
keeps nulls last, as the listings order them; SQLite walks it for ``NULLS LAST`` too.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_documents_published", "documents", ["published", "id"])


def downgrade() -> None:
    op.drop_index("ix_documents_published", table_name="documents")
