"""The map's rows in format 4: each place stored as its point and its feature written out.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

A month's map (``/api/v1/geo``, web/geo.py) groups a page's ~550 places into ~120 points and
writes each point's feature. Rows of format 3 (migration 0015) held each place's name,
country, coordinates and mentions, which the map made into a key and a dict per place and
point, then wrote out. Rows of format 4 hold, per place, the point it falls in as text that
sorts as the map orders points, its mentions, and its feature written up to the numbers
the page's reports give it (``link.stored_views.place_entry``): the map groups by that text
and ends each point's feature with its numbers. No column changes: the rows of the older
format are deleted, the map reads those reports from the places and events tables
meanwhile, and the next link run stores every newest analysis's row again (~30 s at 100k
reports).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DELETE FROM map_rows")


def downgrade() -> None:
    op.execute("DELETE FROM map_rows")  # format 4 rows mean nothing to the older map: the next link run refills
