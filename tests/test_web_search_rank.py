"""Search's ranking on SQLite (ledger/search.py): every hit scored once, only the best and those tied
with the last joined to their reports, gives the hits that ranking every hit with its id gives."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from test_ledger_support import FakeAnalyzer

from claimledger.ledger import Ledger, search
from claimledger.model import Document

# reports repeated word for word (equal scores: ties broken by id) and varied
BODIES = [
    "Relief workers said that shelling near Kadugli killed 4 people at the market.",
    "A local official said that the market near Menaka was closed after shelling.",
    "Witnesses said that drones struck a convoy near Marib; the market stayed open.",
    "Residents said that the market in Goma reopened a week after the shelling stopped.",
]

# the ranking as it was written before: every hit joined to its report for its id, sorted by both
EVERY_HIT = ("SELECT d.id FROM (SELECT documents_fts.rowid AS pk, bm25(documents_fts) AS score, hit.id AS id "
             "FROM documents_fts JOIN documents hit ON hit.pk = documents_fts.rowid "
             "WHERE documents_fts MATCH :match ORDER BY score, hit.id LIMIT :limit) AS best "
             "JOIN documents d ON d.pk = best.pk ORDER BY best.score, best.id")


@pytest.fixture(scope="module")
def ledger_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = str(tmp_path_factory.mktemp("rank") / "rank.db")
    reports = [Document(text=BODIES[n % len(BODIES)] + ("" if n % 3 else f" Update {n}."), title=f"Report {n}",
                        published=f"2024-0{1 + n % 9}-1{n % 10}", source=f"rank:{n}") for n in range(40)]
    with Ledger(url) as ledger:
        ledger.ingest(reports, analyzer=FakeAnalyzer())
    return url


@pytest.mark.parametrize("query", ["market", "market shelling", "convoy Marib", "shelling near Kadugli", "goma"])
@pytest.mark.parametrize("limit", [1, 2, 3, 7, 20, 100])
def test_the_best_hits_are_those_ranking_every_hit_gives(ledger_url: str, query: str, limit: int) -> None:
    with Ledger(ledger_url) as ledger, ledger.engine.connect() as connection:
        terms = search.words(query)
        match = " ".join(f'"{term}"' for term in terms)
        expected = list(connection.execute(text(EVERY_HIT), {"match": match, "limit": limit}).scalars())
        found = [hit.document_id for hit in search.search(connection, query, limit)]
    assert found == expected and found
