"""The map's rows in format 3: events name their report by its position in the map's list.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

The map (``/api/v1/geo``, web/geo.py) now lists a page's reports once and names them by
position in features, instead of repeating each report's id and date in every event (three
fifths of a month's map). The events stored in ``map_rows`` (migration 0014) held the id and
a cut around the date; rows of format 3 hold each event's JSON up to its report's position
(``link.stored_views.map_rows_of``). No column changes: the rows of the older format are
deleted, the map reads those reports from the places and events tables meanwhile, and the
next link run stores every newest analysis's row again (~25 s at 100k reports).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DELETE FROM map_rows")


def downgrade() -> None:
    op.execute("DELETE FROM map_rows")  # format 3 rows mean nothing to the older map: the next link run refills
