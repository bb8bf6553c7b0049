"""Forced re-analysis passes, so that a killed ``reanalyze --force`` resumes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "reanalysis_passes",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("model", sa.String(128), nullable=False),
        sa.Column("after_analysis", sa.Integer, nullable=False),
        sa.Column("started_at", STAMP, nullable=False),
        sa.Column("finished_at", STAMP),
        sa.PrimaryKeyConstraint("id", name="pk_reanalysis_passes"),
    )


def downgrade() -> None:
    op.drop_table("reanalysis_passes")
