"""Full-text search over stored reports: SQLite FTS5, or PostgreSQL's tsvector.

Both stem English words (FTS5's porter tokenizer, PostgreSQL's english config) and
both require every word of the query. PostgreSQL drops stop words from a query and
FTS5 has none, so the query's stop words are dropped here before either sees it:
then both backends find the same reports. The snippet is cut here, in Python, so it
is the same on both.

The order of the hits: the newest ``RANKED_HITS`` hits (the reports stored last) best
match first, by each backend's own ranking (bm25, ts_rank_cd; ties broken by id), then
any older hits, newest stored first. Ranking costs a few microseconds a hit, so ranking
every hit of a common word in a large ledger would cost tens of milliseconds a query;
ranking a window of the newest hits bounds it, and a query with fewer hits than the
window (most specific queries) is ranked whole. Every hit is listed once, in one order,
so offset pages (the API's cursor) give each once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, text
from sqlalchemy.sql import column as sql_column
from sqlalchemy.sql import table as sql_table

# PostgreSQL's english stop words (the Snowball list): what its parser would drop.
_STOP_WORDS = """
a about above after again against all am an and any are as at be because been before being below
between both but by can did do does doing don down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such t s than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
you your yours yourself yourselves
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
# The newest hits ranked. On SQLite bm25 first reads how many reports hold each word (FTS5 walks the
# word's whole list: 0.5-3 ms for the common words of a 100k ledger, whatever the window), then costs
# ~2 us a hit. A page of 20 of the bench's queries (bench/web_probes.py, 100k reports), CPU ms mean / p95:
# window 300: 2.9 / 4.2; window 500: 3.1 / 4.5; every hit ranked up to 5,000 (the rule before): 3.9 / 10.4.
RANKED_HITS = 300
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 220


@dataclass(frozen=True)
class Hit:
    document_id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    marks: list[tuple[int, int]]  # where the query's words are, as offsets into snippet

    def as_dict(self) -> dict:
        return {"document_id": self.document_id, "published": self.published, "outlet": self.outlet,
                "title": self.title, "snippet": self.snippet}


def words(query: str) -> list[str]:
    """The words a query searches for: lower case, no stop words, each once."""
    return list(dict.fromkeys(w for w in re.findall(r"\w+", query.lower()) if w not in STOP_WORDS))


def search(connection: Connection, query: str, limit: int = 20, offset: int = 0) -> list[Hit]:
    """The hits ``offset`` to ``offset + limit`` of the reports holding every word of ``query``, in the
    order the module's docstring says (the newest RANKED_HITS best first, then older ones newest first)."""
    terms = words(query)
    if not terms or limit <= 0:
        return []
    backend = _Sqlite(terms) if connection.dialect.name == "sqlite" else _Postgresql(terms)
    rows: list[Any] = []
    if offset < RANKED_HITS:  # a page past the window lists older hits only: nothing to rank
        rows = list(connection.execute(text(backend.RANKED), {**backend.bound, "window": RANKED_HITS,
                                                              "last": offset + limit - 1, "limit": limit,
                                                              "offset": offset}).all())
    if len(rows) < limit:  # the page runs past the ranked window: older hits, if the window was full
        ranked, oldest = connection.execute(text(backend.WINDOW), {**backend.bound, "window": RANKED_HITS}).one()
        if ranked == RANKED_HITS:
            rows += connection.execute(text(backend.OLDER), {**backend.bound, "oldest": oldest,
                                                             "limit": limit - len(rows),
                                                             "offset": max(0, offset - ranked)}).all()
    pattern = _pattern(terms)
    return [Hit(row.id, row.title, row.outlet, row.published, *_snippet(row.text, pattern)) for row in rows]


class _Sqlite:
    """The statements on SQLite's FTS5 table (documents_fts: rowid = documents.pk)."""

    # The window's hits scored once (FTS5 walks them newest first and stops at the window's end); only
    # those scoring at most the page's last score (the page and any tied with its last) are joined to
    # their reports, for the id that breaks ties and the text: joining every hit for its id cost a fifth
    # of the query, and sorting every hit with its whole text (tens of MB for a common word) cost 0.3 s.
    RANKED = ("WITH scored AS MATERIALIZED (SELECT rowid AS pk, bm25(documents_fts) AS score FROM documents_fts "
              "WHERE documents_fts MATCH :match ORDER BY rowid DESC LIMIT :window) "
              "SELECT d.id, d.title, d.outlet, d.published, d.text, scored.score FROM scored "
              "JOIN documents d ON d.pk = scored.pk "
              "WHERE scored.score <= coalesce((SELECT score FROM scored ORDER BY score LIMIT 1 OFFSET :last), "
              "(SELECT max(score) FROM scored)) "
              "ORDER BY scored.score, d.id LIMIT :limit OFFSET :offset")
    WINDOW = ("SELECT count(*), min(pk) FROM (SELECT rowid AS pk FROM documents_fts WHERE documents_fts MATCH :match "
              "ORDER BY rowid DESC LIMIT :window)")
    OLDER = ("SELECT d.id, d.title, d.outlet, d.published, d.text FROM documents_fts "
             "JOIN documents d ON d.pk = documents_fts.rowid "
             "WHERE documents_fts MATCH :match AND documents_fts.rowid < :oldest "
             "ORDER BY documents_fts.rowid DESC LIMIT :limit OFFSET :offset")

    def __init__(self, terms: list[str]) -> None:
        # Each term quoted: FTS5 would read AND, OR, NOT, NEAR and '*' as operators.
        self.bound = {"match": " ".join('"' + term.replace('"', '""') + '"' for term in terms)}


class _Postgresql:
    """The same statements on PostgreSQL's tsvector column (documents.search, GIN-indexed)."""

    RANKED = ("WITH q AS (SELECT plainto_tsquery('english', :terms) AS q), "
              "windowed AS MATERIALIZED (SELECT d.pk FROM documents d, q WHERE d.search @@ q.q "
              "ORDER BY d.pk DESC LIMIT :window) "
              "SELECT d.id, d.title, d.outlet, d.published, d.text, ts_rank_cd(d.search, q.q) AS score "
              "FROM windowed JOIN documents d ON d.pk = windowed.pk, q "
              "ORDER BY score DESC, d.id LIMIT :limit OFFSET :offset")
    WINDOW = ("SELECT count(*), min(pk) FROM (SELECT d.pk FROM documents d "
              "WHERE d.search @@ plainto_tsquery('english', :terms) ORDER BY d.pk DESC LIMIT :window) AS windowed")
    OLDER = ("SELECT d.id, d.title, d.outlet, d.published, d.text FROM documents d "
             "WHERE d.search @@ plainto_tsquery('english', :terms) AND d.pk < :oldest "
             "ORDER BY d.pk DESC LIMIT :limit OFFSET :offset")

    def __init__(self, terms: list[str]) -> None:
        self.bound = {"terms": " ".join(terms)}


def _pattern(terms: list[str]) -> re.Pattern[str]:
    """The query's words by their first letters (all but a short ending), so "grenades" in a query
    marks "grenade" too, roughly as the stemmers matched it."""
    return re.compile(r"\b(?:" + "|".join(re.escape(t[:max(3, len(t) - 2)]) for t in terms) + r")\w*", re.IGNORECASE)


def snippet_of(body: str, terms: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A window of the text around the first query word, and where the words are in it."""
    return _snippet(body, _pattern(terms))


def _snippet(body: str, pattern: re.Pattern[str]) -> tuple[str, list[tuple[int, int]]]:
    first = pattern.search(body)
    start = max(0, (first.start() if first else 0) - SNIPPET_BEFORE)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start  # begin on a word
    end = min(len(body), start + SNIPPET_LENGTH)
    window = " ".join(body[start:end].split())
    prefix = "…" if start else ""
    suffix = "…" if end < len(body) else ""
    shown = prefix + window + suffix
    return shown, [(m.start(), m.end()) for m in pattern.finditer(shown)]


# ---------------------------------------------------------------------- claims, speakers, places
#
# The search page finds its words in claims (text), speakers (name and organisation) and
# place names through word indexes (migration 0010): SQLite's FTS5 tables claims_search and
# places_search, PostgreSQL's GIN indexes over these very to_tsvector expressions. A word
# then matches as a word (stemmed in claims and speakers, as in reports), not as any part
# of a longer one. Hits come newest first (the latest stored analysis first).

PG_CLAIM_TEXT = "to_tsvector('english', coalesce(claims.text, ''))"
PG_CLAIM_SPEAKER = ("to_tsvector('english', coalesce(claims.speaker, '') || ' ' || "
                    "coalesce(claims.speaker_organization, ''))")
PG_PLACE_NAME = "to_tsvector('simple', coalesce(places.name, ''))"


def index_items(connection: Connection, analysis_id: int) -> None:
    """Add an analysis's claims and places to SQLite's word indexes (PostgreSQL keeps its own)."""
    if connection.dialect.name == "sqlite":
        _fill_sqlite(connection, "WHERE analysis_id = :analysis", {"analysis": analysis_id})


def reindex_items(connection: Connection) -> None:
    """Fill SQLite's word indexes again from every claim and place (after a bulk load)."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("DELETE FROM claims_search"))
        connection.execute(text("DELETE FROM places_search"))
        _fill_sqlite(connection, "", {})


def _fill_sqlite(connection: Connection, where: str, parameters: dict) -> None:
    connection.execute(text(
        "INSERT INTO claims_search (text, speaker, analysis_id, claim_id) "
        "SELECT text, trim(coalesce(speaker, '') || ' ' || coalesce(speaker_organization, '')), analysis_id, id "
        f"FROM claims {where} ORDER BY analysis_id, id"), parameters)
    connection.execute(text(
        f"INSERT INTO places_search (name, analysis_id, place_id) SELECT name, analysis_id, id FROM places {where} "
        "ORDER BY analysis_id, id"), parameters)


def claim_rows(connection: Connection, query: str, filters: Any = None, *, field: str = "text",
               limit: int = 100) -> list[dict]:
    """Claims (rows of the claims view) whose ``field`` ("text" or "speaker") holds every word
    of ``query``, narrowed by ``filters`` (side, dates, document), newest first."""
    from claimledger.ledger import queries, schema

    view = queries.claims_view(filters or queries.Filters()).order_by(None)
    keys = (schema.claims.c.analysis_id, schema.claims.c.id)
    return _item_rows(connection, "claims", query, field, view, keys, "claim_id", limit)


def place_rows(connection: Connection, query: str, filters: Any = None, *, limit: int = 100) -> list[dict]:
    """Places (rows of the places view) whose name holds every word of ``query``, newest first."""
    from claimledger.ledger import queries, schema

    view = queries.places_view(filters or queries.Filters()).order_by(None)
    keys = (schema.places.c.analysis_id, schema.places.c.id)
    return _item_rows(connection, "places", query, "name", view, keys, "place_id", limit)


def _item_rows(connection: Connection, table: str, query: str, field: str, view: Any, keys: tuple,
               item: str, limit: int) -> list[dict]:
    terms = words(query)
    if not terms:
        return []
    if connection.dialect.name == "sqlite":
        # The word index drives the query: its hits come newest first (FTS5 walks them by
        # rowid, the order they were stored) and each is joined to its item by key, so the
        # query stops at the page's end; filters (side, dates) are checked on each hit.
        index = sql_table(f"{table}_search", sql_column("rowid"), sql_column("analysis_id"), sql_column(item))
        matched = (view.join(index, and_(index.c.analysis_id == keys[0], index.c[item] == keys[1]))
                   .where(text(f"{table}_search MATCH :match").bindparams(match=_fts_match(field, terms)))
                   .order_by(index.c.rowid.desc()))
    else:
        vector = {"text": PG_CLAIM_TEXT, "speaker": PG_CLAIM_SPEAKER, "name": PG_PLACE_NAME}[field]
        config = "simple" if field == "name" else "english"
        matched = (view.where(text(f"{vector} @@ plainto_tsquery('{config}', :terms)")
                              .bindparams(terms=" ".join(terms)))
                   .order_by(keys[0].desc(), keys[1].desc()))
    return [dict(row) for row in connection.execute(matched.limit(limit)).mappings()]


def _fts_match(field: str, terms: list[str]) -> str:
    # Each term quoted: FTS5 would read AND, OR, NOT, NEAR and '*' as operators.
    return f"{field} : (" + " ".join('"' + term.replace('"', '""') + '"' for term in terms) + ")"
