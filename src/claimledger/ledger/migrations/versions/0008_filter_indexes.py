"""Indexes for the listings' quantity and type filters, read a batch of documents at a time.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

The web pager (and any listing) reads a filtered view for a batch of documents in
publication order: ``quantity = ? AND document_id IN (…)``. With only ``quantity``
indexed, SQLite took every figure of that quantity in the ledger and sorted them (about
120 ms a batch at 100k reports, ~0.5 s a page); ``(quantity, document_id)`` finds just
the batch's (about 1 ms). The same for events and their ``type``. Found by
bench/web.py's query plans.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_figures_quantity_document_id", "figures", ["quantity", "document_id"])
    op.create_index("ix_events_type_document_id", "events", ["type", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_events_type_document_id", table_name="events")
    op.drop_index("ix_figures_quantity_document_id", table_name="figures")
