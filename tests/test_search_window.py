"""Search's order on both backends (ledger/search.py): the newest RANKED_HITS hits best match first,
then the older hits newest stored first; offset pages of that order give every hit once.

Reports are analysed by the ledger tests' fake extractor: these tests are about search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from test_ledger_support import BACKENDS, FakeAnalyzer, fresh_db

from claimledger.ledger import Ledger, search
from claimledger.model import Document

# how often a report says "shelling" and how long it is vary, so the ranking is not the storing order
OPENINGS = [
    "Shelling hit the outskirts of El Fasher overnight, residents said, and shelling resumed at dawn.",
    "Aid convoys waited at the Kerem Shalom crossing while officials argued over inspections.",
    "Monitors in Mopti counted three villages emptied after the shelling of a weekly market.",
    "In Sittwe, fishermen said the navy had closed the harbour; no shelling was heard in the town.",
    "Heavy shelling, then more shelling, then silence: Goma's northern districts spent the night in cellars.",
    "Houthi officials in Sanaa denied that their forces had fired on a tanker in the Red Sea.",
    "A nurse in Kharkiv said the shelling near the clinic had stopped only when the power failed.",
]
WORD = "shelling"


def report(n: int) -> Document:
    body = OPENINGS[n % len(OPENINGS)] + " " + " ".join(["Witnesses described the damage street by street."]
                                                        * (n % 4))
    return Document(text=body, title=f"Dispatch {n}", outlet=f"desk{n % 3}.example",
                    published=f"2025-0{1 + n % 9}-{1 + n % 28:02d}", source=f"search-window:{n}")


@pytest.fixture(scope="module", params=BACKENDS)
def ledger_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url_iter = fresh_db(request.param, tmp_path_factory.mktemp("search-window"))
    url = next(url_iter)
    with Ledger(url) as ledger:
        for n in range(35):  # one at a time: stored in this order, report 34 the newest
            ledger.ingest([report(n)], analyzer=FakeAnalyzer())
    yield url
    for _ in url_iter:
        pass


def stored_hits(connection) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """(pk, id) of every report holding the word, newest stored first, read without the search code."""
    if connection.dialect.name == "sqlite":
        sql = ("SELECT d.pk, d.id FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
               "WHERE documents_fts MATCH :word ORDER BY d.pk DESC")
    else:
        sql = "SELECT pk, id FROM documents WHERE search @@ plainto_tsquery('english', :word) ORDER BY pk DESC"
    return [(row[0], row[1]) for row in connection.execute(text(sql), {"word": WORD})]


def ranked(connection, pks: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    """These reports best match first, by the backend's own ranking, ties by id."""
    listed = ",".join(str(pk) for pk in pks)
    if connection.dialect.name == "sqlite":
        sql = ("SELECT d.id FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
               f"WHERE documents_fts MATCH :word AND documents_fts.rowid IN ({listed}) "
               "ORDER BY bm25(documents_fts), d.id")
    else:
        sql = ("SELECT d.id FROM documents d, plainto_tsquery('english', :word) q "
               f"WHERE d.search @@ q AND d.pk IN ({listed}) ORDER BY ts_rank_cd(d.search, q) DESC, d.id")
    return list(connection.execute(text(sql), {"word": WORD}).scalars())


@pytest.mark.parametrize("window", [1, 6, 13])
def test_the_newest_hits_come_best_first_then_the_older_newest_first(ledger_url: str, window: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANKED_HITS", window)
    with Ledger(ledger_url) as ledger, ledger.engine.connect() as connection:
        hits = stored_hits(connection)
        found = [hit.document_id for hit in search.search(connection, "the shelling", limit=100)]
        assert len(hits) > window
        expected = ranked(connection, [pk for pk, _ in hits[:window]]) + [doc for _, doc in hits[window:]]
    assert found == expected


def test_a_window_as_large_as_the_hits_ranks_every_hit(ledger_url: str) -> None:
    with Ledger(ledger_url) as ledger, ledger.engine.connect() as connection:
        hits = stored_hits(connection)
        assert len(hits) < search.RANKED_HITS
        found = [hit.document_id for hit in search.search(connection, WORD, limit=100)]
        assert found == ranked(connection, [pk for pk, _ in hits])
        assert found != [doc for _, doc in hits]  # the ranking is not the storing order


@pytest.mark.parametrize("page", [1, 3, 4])
def test_offset_pages_across_the_window_give_each_hit_once(ledger_url: str, page: int,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANKED_HITS", 7)
    with Ledger(ledger_url) as ledger, ledger.engine.connect() as connection:
        whole = [hit.document_id for hit in search.search(connection, WORD, limit=100)]
        paged: list[str] = []
        while chunk := search.search(connection, WORD, limit=page, offset=len(paged)):
            paged += [hit.document_id for hit in chunk]
    assert paged == whole and len(set(whole)) == len(whole) > 7


def test_stop_words_alone_find_nothing(ledger_url: str) -> None:
    with Ledger(ledger_url) as ledger, ledger.engine.connect() as connection:
        assert search.search(connection, "the and of", limit=10) == []
        assert search.search(connection, WORD, limit=0) == []
