"""An index for the listings' side filter on claims, read a batch of documents at a time.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

The web pager reads a filtered view for a batch of documents in publication order:
``speaker_side = ? AND document_id IN (…)``. Through ``ix_claims_document_id`` SQLite read
every claim of the batch's documents to keep the side's (most claims are of another side,
or none); ``(speaker_side, document_id)`` finds just those: at 100k reports a page of
claims by side cost 6.5 ms of CPU (median over sides and months; 27 ms for a rare side),
4.2 ms (17 ms) with it (bench/web_cpu.py). As 0008 did for figures and events.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_claims_speaker_side_document_id", "claims", ["speaker_side", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_claims_speaker_side_document_id", table_name="claims")
