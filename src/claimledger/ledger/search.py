"""Full-text search over stored reports: SQLite FTS5, or PostgreSQL's tsvector.

Both stem English words (FTS5's porter tokenizer, PostgreSQL's english config) and
both require every word of the query. PostgreSQL drops stop words from a query and
FTS5 has none, so the query's stop words are dropped here before either sees it:
then both backends find the same reports. Ranking is each backend's own (bm25,
ts_rank_cd), ties broken by id. The snippet is cut here, in Python, so it is the
same on both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

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
    return connection.execute(text(
        "SELECT d.id, d.title, d.outlet, d.published, d.text, bm25(documents_fts) AS score "
        "FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
        "WHERE documents_fts MATCH :match ORDER BY score, d.id LIMIT :limit"
    ), {"match": match, "limit": limit}).all()


def _postgresql(connection: Connection, terms: list[str], limit: int) -> list:
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
