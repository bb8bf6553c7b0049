"""Stories' computed views, stored by the link stage and dropped by the database when their inputs change.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

A story's view (its origins tree, claims over time, figure series, contradictions and
silences) is ~50-150 ms of Python per story: a web server computing it per request
answered 16 clients in ~1 s. The link stage now computes it once per change and stores
it in ``story_views`` (the story's JSON, and its figure series by quantity); serving it
is one row read.

A stored view must never outlive its inputs, whoever changes them: the link stage, a
person's correction, a re-analysis, a tool writing to the database by hand. Triggers
delete the view of every story whose inputs a write touches:

* ``story_members`` (a report joins, leaves or moves) and ``stories`` (title, dates);
* ``links`` touching a member (origins, the origins tree);
* ``newest_analyses`` and ``documents`` of a member (the records, dates and titles).

A story without a stored view is computed per request as before, until the next link
run stores it again (``link.stored_views.refresh``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, the statement forgetting the views a row touches, written with ROW for OLD/NEW):
# frozen here, as a migration must not change when the code does.
OF_MEMBERS = "(SELECT story_id FROM story_members WHERE document_id IN ({ids}))"
FORGET = {
    "story_members": ("DELETE FROM story_views WHERE story_id = {row}.story_id", None),
    "stories": ("DELETE FROM story_views WHERE story_id = {row}.id", None),
    "links": ("DELETE FROM story_views WHERE story_id IN " + OF_MEMBERS,
              "{row}.document_id, {row}.origin_id"),
    "newest_analyses": ("DELETE FROM story_views WHERE story_id IN " + OF_MEMBERS, "{row}.document_id"),
    "documents": ("DELETE FROM story_views WHERE story_id IN " + OF_MEMBERS, "{row}.id"),
}
EVENTS = {"documents": ("UPDATE", "DELETE")}  # a document is never inserted into a story before its membership


def _statement(table: str, row: str) -> str:
    template, ids = FORGET[table]
    return template.format(row=row, ids=(ids or "").format(row=row))


def upgrade() -> None:
    op.create_table(
        "story_views",
        sa.Column("story_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("token", sa.String(32)),  # the refresh that claimed the row (see link.stored_views)
        sa.Column("computed_at", sa.String(32)),
        sa.Column("view", sa.LargeBinary),  # the API's JSON of the story; NULL while being computed
        sa.Column("series", sa.LargeBinary),  # JSON {quantity: [series]}, every quantity
    )
    dialect = op.get_bind().dialect.name
    for table in FORGET:
        events = EVENTS.get(table, ("INSERT", "UPDATE", "DELETE"))
        if dialect == "sqlite":
            for event in events:
                rows = {"INSERT": ["NEW"], "UPDATE": ["OLD", "NEW"], "DELETE": ["OLD"]}[event]
                body = "; ".join(_statement(table, row) for row in rows)
                op.execute(f"CREATE TRIGGER story_views_{table}_{event.lower()} AFTER {event} ON {table} "
                           f"BEGIN {body}; END")
        elif dialect == "postgresql":
            op.execute(f"""CREATE FUNCTION story_views_forget_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN {_statement(table, 'OLD')}; END IF;
  IF TG_OP <> 'DELETE' THEN {_statement(table, 'NEW')}; END IF;
  RETURN NULL;
END $$""")
            op.execute(f"CREATE TRIGGER story_views_{table} AFTER {' OR '.join(events)} ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION story_views_forget_{table}()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in FORGET:
        if dialect == "sqlite":
            for event in EVENTS.get(table, ("INSERT", "UPDATE", "DELETE")):
                op.execute(f"DROP TRIGGER IF EXISTS story_views_{table}_{event.lower()}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS story_views_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS story_views_forget_{table}()")
    op.drop_table("story_views")
