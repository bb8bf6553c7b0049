"""Full-text search over stored reports: SQLite FTS5, or PostgreSQL's tsvector.

Both stem English words (FTS5's porter tokenizer, PostgreSQL's english config) and
both require every word of the query. PostgreSQL drops stop words from a query and
FTS5 has none, so the query's stop words are dropped here before either sees it:
then both backends find the same reports. Ranking is each backend's own (bm25,
ts_rank_cd), ties broken by id. Up to ``RANKED_HITS`` matching reports are ranked; a
query matching more (a common word in a large ledger) lists the newest stored first,
as ranking them all would take longer than the answer is worth. The snippet is cut
here, in Python, so it is the same on both.
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
# Ranking costs a few microseconds a hit (bm25, ts_rank_cd): a word in a third of 100k reports
# took 0.2 s to rank. Past this many hits the reports come newest stored first instead.
RANKED_HITS = 5000
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


def search(connection: Connection, query: str, limit: int = 20) -> list[Hit]:
    terms = words(query)
    if not terms:
        return []
    if connection.dialect.name == "sqlite":
        rows = _sqlite(connection, terms, limit)
    else:
        rows = _postgresql(connection, terms, limit)
    return [_hit(row, terms) for row in rows]


def _sqlite(connection: Connection, terms: list[str], limit: int) -> list:
    # Each term quoted: FTS5 would read AND, OR, NOT, NEAR and '*' as operators.
    match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
    # counted up to one past RANKED_HITS: all that decides is whether there are more (a word in
    # 60k reports cost 8 ms to count whole)
    found = connection.execute(text("SELECT count(*) FROM (SELECT 1 FROM documents_fts "
                                    "WHERE documents_fts MATCH :match LIMIT :most)"),
                               {"match": match, "most": RANKED_HITS + 1}).scalar_one()
    if found > RANKED_HITS:
        return connection.execute(text(
            "SELECT d.id, d.title, d.outlet, d.published, d.text FROM documents_fts "
            "JOIN documents d ON d.pk = documents_fts.rowid "
            "WHERE documents_fts MATCH :match ORDER BY documents_fts.rowid DESC LIMIT :limit"
        ), {"match": match, "limit": limit}).all()
    # The best hits: the lowest scores, ties by id. Every hit is scored once; only those scoring at most
    # the limit-th lowest score (the best ones and any tied with the last) are joined to their report,
    # for the id that breaks ties and the text: joining every hit for its id cost a fifth of the query
    # (4k hits), and sorting every hit with its whole text (tens of MB for a common word) cost 0.3 s.
    return connection.execute(text(
        "WITH scored AS MATERIALIZED (SELECT rowid AS pk, bm25(documents_fts) AS score FROM documents_fts "
        "WHERE documents_fts MATCH :match) "
        "SELECT d.id, d.title, d.outlet, d.published, d.text, scored.score FROM scored "
        "JOIN documents d ON d.pk = scored.pk "
        "WHERE scored.score <= coalesce((SELECT score FROM scored ORDER BY score LIMIT 1 OFFSET :last), "
        "(SELECT max(score) FROM scored)) "
        "ORDER BY scored.score, d.id LIMIT :limit"
    ), {"match": match, "limit": limit, "last": max(0, limit - 1)}).all()


def _postgresql(connection: Connection, terms: list[str], limit: int) -> list:
    found = connection.execute(text(  # up to one past RANKED_HITS, as on SQLite
        "SELECT count(*) FROM (SELECT 1 FROM documents d WHERE d.search @@ plainto_tsquery('english', :terms) "
        "LIMIT :most) AS hits"
    ), {"terms": " ".join(terms), "most": RANKED_HITS + 1}).scalar_one()
    if found > RANKED_HITS:
        return connection.execute(text(
            "SELECT d.id, d.title, d.outlet, d.published, d.text FROM documents d "
            "WHERE d.search @@ plainto_tsquery('english', :terms) ORDER BY d.pk DESC LIMIT :limit"
        ), {"terms": " ".join(terms), "limit": limit}).all()
    return connection.execute(text(
        "SELECT d.id, d.title, d.outlet, d.published, d.text, ts_rank_cd(d.search, q) AS score "
        "FROM documents d, plainto_tsquery('english', :terms) q "
        "WHERE d.search @@ q ORDER BY score DESC, d.id LIMIT :limit"
    ), {"terms": " ".join(terms), "limit": limit}).all()


def _hit(row, terms: list[str]) -> Hit:  # type: ignore[no-untyped-def]
    snippet, marks = snippet_of(row.text, terms)
    return Hit(row.id, row.title, row.outlet, row.published, snippet, marks)


def snippet_of(body: str, terms: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A window of the text around the first query word, and where the words are in it.

    Words match by their first letters (all but a short ending), so "grenades" in a
    query marks "grenade" too, roughly as the stemmers matched it."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t[:max(3, len(t) - 2)]) for t in terms) + r")\w*",
                         re.IGNORECASE)
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
