"""The newest analysis of each document as a table (newest_analyses), kept as analyses are written.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

Every view of the ledger reads each document's newest analysis. Computed on the fly
(max(version) per document) it grouped every analysis on every query: seconds at 100k
reports. This table holds the answer, one row per document, updated in the same
transaction that adds an analysis; filled here from the analyses already stored.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "newest_analyses",
        sa.Column("document_id", sa.String(80),
                  sa.ForeignKey("documents.id", name="fk_newest_analyses_document_id"), nullable=False),
        sa.Column("analysis_id", sa.Integer, sa.ForeignKey("analyses.id", name="fk_newest_analyses_analysis_id"),
                  nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_newest_analyses"),
        sa.UniqueConstraint("analysis_id", name="uq_newest_analyses_analysis_id"),
    )
    op.execute(
        "INSERT INTO newest_analyses (document_id, analysis_id) "
        "SELECT a.document_id, a.id FROM analyses a "
        "WHERE a.version = (SELECT max(b.version) FROM analyses b WHERE b.document_id = a.document_id)"
    )


def downgrade() -> None:
    op.drop_table("newest_analyses")
