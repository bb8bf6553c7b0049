"""Readable SQL views over the ledger, for Datasette and any SQL client; full-text search Datasette finds.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

The item tables are keyed by analysis, so a person reading them by hand must first
find each document's newest analysis and then join four tables. The views do that
once: ``latest_analyses`` picks the newest analysis of every document and the others
read only through it, joining claims with their reports, figures with who said them
and where, events with their places, stories with their reports and links with both
ends. Columns are named for what they hold (``claim_text``, ``said_by``,
``counted_side``), the same on SQLite and PostgreSQL.

On SQLite the full-text index is made again with its content table written as
``content="documents"``: Datasette recognises an FTS table by that spelling, so
``datasette claimledger.db`` offers search on ``documents`` without any metadata.
Its index is rebuilt from the documents (once, here).

Views are not tables: the schema comparison with ``schema.py`` does not see them.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The newest analysis of each document: no analysis of it with a higher version
# (an index lookup on uq_analyses_document_id per analysis).
LATEST_ANALYSES = """
SELECT a.id AS analysis_id, a.document_id, a.version AS analysis_version, a.extractor,
       a.extractor_version, a.model, a.created_at AS analysed_at
FROM analyses a
WHERE NOT EXISTS (SELECT 1 FROM analyses newer
                  WHERE newer.document_id = a.document_id AND newer.version > a.version)
"""

REPORTS = """
SELECT d.pk AS report_pk, d.id AS document_id, d.published, d.outlet, d.title, d.url, d.declared_origin,
       d.language, l.analysis_version, l.extractor_version,
       (SELECT count(*) FROM claims c WHERE c.analysis_id = l.analysis_id) AS claims,
       (SELECT count(*) FROM figures f WHERE f.analysis_id = l.analysis_id) AS figures,
       (SELECT count(*) FROM events e WHERE e.analysis_id = l.analysis_id) AS events,
       (SELECT count(*) FROM places p WHERE p.analysis_id = l.analysis_id) AS places,
       (SELECT count(*) FROM sightings s WHERE s.document_id = d.id) AS copies_seen,
       d.created_at AS stored_at, d.text
FROM documents d
LEFT JOIN latest_analyses l ON l.document_id = d.id
"""

CLAIMS_WITH_REPORTS = """
SELECT d.pk AS report_pk, c.document_id, d.published, d.outlet, d.title AS report_title, l.analysis_version,
       c.id AS claim_id, c.speaker, c.speaker_kind, c.speaker_title, c.speaker_role, c.speaker_organization,
       c.speaker_side, c.cue, c.mode, c.hedge, c.polarity, c.text AS claim_text,
       (SELECT count(*) FROM figures f WHERE f.analysis_id = c.analysis_id AND f.claim_id = c.id) AS figures,
       c.span_start, c.span_end
FROM claims c
JOIN latest_analyses l ON l.analysis_id = c.analysis_id
JOIN documents d ON d.id = c.document_id
"""

FIGURES_WITH_SOURCES = """
SELECT d.pk AS report_pk, f.document_id, d.published, d.outlet, d.title AS report_title, l.analysis_version,
       f.id AS figure_id, f.quantity, f.value, f.low, f.high, f.approximate, f.out_of, f.fraction, f.unit,
       f.subject, f.side AS counted_side, f.text AS figure_text, f.as_of,
       f.claim_id, c.speaker AS said_by, c.speaker_side AS said_by_side, c.hedge, c.text AS claim_text,
       f.place_id, p.name AS place, p.country AS place_country, p.lat, p.lon, f.span_start, f.span_end
FROM figures f
JOIN latest_analyses l ON l.analysis_id = f.analysis_id
JOIN documents d ON d.id = f.document_id
LEFT JOIN claims c ON c.analysis_id = f.analysis_id AND c.id = f.claim_id
LEFT JOIN places p ON p.analysis_id = f.analysis_id AND p.id = f.place_id
"""

EVENTS_WITH_PLACES = """
SELECT d.pk AS report_pk, e.document_id, d.published, d.outlet, d.title AS report_title, l.analysis_version,
       e.id AS event_id, e.type, e.actor, e.actor_side, e.target, e.target_side,
       e.place_id, p.name AS place, p.kind AS place_kind, p.country AS place_country, p.lat, p.lon,
       e.when_text, e.when_start, e.when_end, e.certainty, e.text AS event_text,
       (SELECT count(*) FROM event_claims ec WHERE ec.analysis_id = e.analysis_id AND ec.event_id = e.id)
           AS claims_saying_it,
       e.span_start, e.span_end
FROM events e
JOIN latest_analyses l ON l.analysis_id = e.analysis_id
JOIN documents d ON d.id = e.document_id
LEFT JOIN places p ON p.analysis_id = e.analysis_id AND p.id = e.place_id
"""

PLACES_WITH_REPORTS = """
SELECT d.pk AS report_pk, p.document_id, d.published, d.outlet, d.title AS report_title, l.analysis_version,
       p.id AS place_id, p.name AS place, p.kind, p.country, p.lat, p.lon, p.geonames_id, p.mentions,
       p.first_start, p.first_end
FROM places p
JOIN latest_analyses l ON l.analysis_id = p.analysis_id
JOIN documents d ON d.id = p.document_id
"""

STORY_REPORTS = """
SELECT s.id AS story_id, 'S' || CAST(s.id AS VARCHAR(12)) AS story, s.title AS story_title,
       s."first" AS story_first, s."last" AS story_last, s.size AS story_size,
       d.pk AS report_pk, m.document_id, d.published, d.outlet, d.title AS report_title,
       m.score, m.decided_by
FROM story_members m
JOIN stories s ON s.id = m.story_id
JOIN documents d ON d.id = m.document_id
"""

LINKS_READABLE = """
SELECT k.pk AS link_pk, d.pk AS report_pk, k.document_id, d.published, d.outlet, d.title AS report_title,
       k.kind, k.confidence, k.decided_by,
       k.origin_id, o.published AS origin_published, COALESCE(o.outlet, k.origin_outlet) AS origin_outlet,
       o.title AS origin_title, k.evidence, k.created_at AS linked_at
FROM links k
JOIN documents d ON d.id = k.document_id
LEFT JOIN documents o ON o.id = k.origin_id
"""

# Dependency order: latest_analyses first (the others read it), dropped last.
VIEWS: dict[str, str] = {
    "latest_analyses": LATEST_ANALYSES,
    "reports": REPORTS,
    "claims_with_reports": CLAIMS_WITH_REPORTS,
    "figures_with_sources": FIGURES_WITH_SOURCES,
    "events_with_places": EVENTS_WITH_PLACES,
    "places_with_reports": PLACES_WITH_REPORTS,
    "story_reports": STORY_REPORTS,
    "links_readable": LINKS_READABLE,
}

FTS_DATASETTE = ('CREATE VIRTUAL TABLE documents_fts USING fts5('
                 'title, text, content="documents", content_rowid="pk", tokenize="porter unicode61")')
FTS_BEFORE = ("CREATE VIRTUAL TABLE documents_fts USING fts5("
              "title, text, content='documents', content_rowid='pk', tokenize='porter unicode61')")


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql.strip()}")
    if op.get_bind().dialect.name == "sqlite":
        _remake_fts(FTS_DATASETTE)


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    if op.get_bind().dialect.name == "sqlite":
        _remake_fts(FTS_BEFORE)


def _remake_fts(create: str) -> None:
    """The same external-content index under another spelling, refilled from documents."""
    op.execute("DROP TABLE IF EXISTS documents_fts")
    op.execute(create)
    op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
