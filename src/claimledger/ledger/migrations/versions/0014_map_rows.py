"""Each analysis's places and events with coordinates, stored compact for the map.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

The map (``/api/v1/geo``, web/geo.py) reads the places and events of a range's newest 200
reports: ~1,100 place and ~560 event rows, each found through its analysis's index, 9 ms of
a request's 18 ms of CPU at 100k reports. The link stage now stores, per analysis, the rows
the map reads as two small JSON lists (``link.stored_views.fill_map_rows``): the map reads
200 of them. An analysis never changes once stored, so a row is good for as long as its
analysis is; a report re-analysed has a new analysis, without a row until the next link run,
and the map then reads that range's rows as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "map_rows",
        sa.Column("analysis_id", sa.Integer, sa.ForeignKey("analyses.id", name="fk_map_rows_analysis_id"),
                  nullable=False, autoincrement=False),
        sa.Column("places", sa.LargeBinary, nullable=False),  # JSON [[name, country, lat, lon, mentions], ...]
        sa.Column("events", sa.LargeBinary, nullable=False),  # JSON [[span_start, id, type, side, text, place,
        # lat, lon], ...]
        sa.PrimaryKeyConstraint("analysis_id", name="pk_map_rows"),
    )


def downgrade() -> None:
    op.drop_table("map_rows")
