"""Full-text search over claims (text, speaker) and place names.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

The search page looked for its words in claims, speakers and places with
``LIKE '%word%'``, which reads every claim and every place (2 s at 100k reports).
Word indexes, each backend its own way, find them directly:

* SQLite: FTS5 tables ``claims_search`` (claim text, and speaker with organisation;
  Porter-stemmed like ``documents_fts``) and ``places_search`` (place name, not
  stemmed), each row keyed by its item's analysis and local id. The ledger adds the
  rows of every analysis it stores (``ledger.store``); filled here from the items
  already stored.
* PostgreSQL: GIN indexes over the same ``to_tsvector`` expressions that
  ``ledger.search`` queries, kept by PostgreSQL itself.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the expressions ledger/search.py uses (a migration must not change
# when the code does); a query uses a PostgreSQL expression index only when it repeats
# the expression exactly.
PG_CLAIM_TEXT = "to_tsvector('english', coalesce(text, ''))"
PG_CLAIM_SPEAKER = "to_tsvector('english', coalesce(speaker, '') || ' ' || coalesce(speaker_organization, ''))"
PG_PLACE_NAME = "to_tsvector('simple', coalesce(name, ''))"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE claims_search USING fts5("
                   "text, speaker, analysis_id UNINDEXED, claim_id UNINDEXED, tokenize='porter unicode61')")
        op.execute("CREATE VIRTUAL TABLE places_search USING fts5("
                   "name, analysis_id UNINDEXED, place_id UNINDEXED, tokenize='unicode61')")
        op.execute("INSERT INTO claims_search (text, speaker, analysis_id, claim_id) "
                   "SELECT text, trim(coalesce(speaker, '') || ' ' || coalesce(speaker_organization, '')), "
                   "analysis_id, id FROM claims ORDER BY analysis_id, id")
        op.execute("INSERT INTO places_search (name, analysis_id, place_id) "
                   "SELECT name, analysis_id, id FROM places ORDER BY analysis_id, id")
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_claims_text_search ON claims USING gin ({PG_CLAIM_TEXT})")
        op.execute(f"CREATE INDEX ix_claims_speaker_search ON claims USING gin ({PG_CLAIM_SPEAKER})")
        op.execute(f"CREATE INDEX ix_places_name_search ON places USING gin ({PG_PLACE_NAME})")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS claims_search")
        op.execute("DROP TABLE IF EXISTS places_search")
    elif dialect == "postgresql":
        for name in ("ix_claims_text_search", "ix_claims_speaker_search", "ix_places_name_search"):
            op.execute(f"DROP INDEX IF EXISTS {name}")
