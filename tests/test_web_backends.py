"""The web view on both backends: read-only, and the same pages and cursor pages on SQLite
and PostgreSQL (PostgreSQL runs where CLAIMLEDGER_TEST_PG names a server, as in CI).

Reports are analysed by the ledger tests' fake extractor: these tests are about the
view's reading, not the extraction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402
from test_ledger_support import BACKENDS, FakeAnalyzer, fresh_db  # noqa: E402

from claimledger.ledger import Ledger  # noqa: E402
from claimledger.model import Document  # noqa: E402
from claimledger.web import Settings, create_app  # noqa: E402

TOWNS = ["Babanusa", "Menaka", "Kidal", "Ansongo", "Djibo", "Kadugli", "Dilling", "Tawila"]


def report(n: int) -> Document:
    town = TOWNS[n % len(TOWNS)]
    body = (f"Army officials said that {10 + n} fighters were killed near {town} on day {n}. "
            f"Local monitors said that {200 + 7 * n} families fled from {town} after the clashes.")
    day = 1 + n % 28
    return Document(text=body, title=f"Clashes near {town}, day {n}", outlet=f"desk{n % 3}.example",
                    published=f"2025-0{1 + n % 9}-{day:02d}" if n % 5 else None, source=f"web-test:{n}")


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url_iter = fresh_db(request.param, tmp_path_factory.mktemp("web-backend"))
    url = next(url_iter)
    with Ledger(url) as ledger:
        ledger.ingest([report(n) for n in range(40)], analyzer=FakeAnalyzer())
        ledger.link()
    yield url
    for _ in url_iter:
        pass


FILTERED = [("/api/v1/claims", (("speaker", "monitors"),)), ("/api/v1/claims", (("since", "2025-03-01"),)),
            ("/api/v1/figures", (("quantity", "killed"),)), ("/api/v1/figures", (("place", "kidal"),)),
            ("/api/v1/places", (("place", "dil"),)), ("/api/v1/places", (("until", "2025-04-30"),)),
            ("/api/v1/events", ())]


def _walk(client: TestClient, path: str, params: dict, limit: int) -> list[dict]:
    found, cursor = [], None
    while True:
        body = client.get(path, params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        found += body["items"]
        cursor = body["next"]
        if not cursor:
            return found


# the ways a page is read (web/paging.py): the whole view in one query; a batch of reports at a time;
# on SQLite, one query walking the reports in date order (web/ordered.py; PostgreSQL reads batches then)
WAYS = {"whole view": (False, False), "batches": (True, False), "reports in order": (True, True)}


@pytest.mark.parametrize("way", list(WAYS))
def test_pages_and_cursor_pages_read_alike_on_both_backends(db_url: str, way: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import paging

    app = create_app(Settings(db=db_url, cache=False))  # each read computed: the ways of reading are switched below
    with TestClient(app) as client:
        whole = client.get("/api/v1/claims", params={"limit": 500}).json()["items"]
        assert len(whole) == 80
        filtered = {(path, params): client.get(path, params={**dict(params), "limit": 500}).json()["items"]
                    for path, params in FILTERED}
        by_documents, in_order = WAYS[way]
        monkeypatch.setattr(paging, "BY_DOCUMENTS", by_documents)
        monkeypatch.setattr(paging, "ORDERED_ON_SQLITE", in_order)
        monkeypatch.setattr(paging, "FIRST_BATCH", 2)
        paged, cursor = [], None
        while True:
            body = client.get("/api/v1/claims", params={"limit": 7, **({"cursor": cursor} if cursor else {})}).json()
            paged += body["items"]
            cursor = body["next"]
            if not cursor:
                break
        assert [(c["document"]["id"], c["id"]) for c in paged] == [(c["document"]["id"], c["id"]) for c in whole]
        dates = [c["document"]["published"] for c in whole]
        dated = [d for d in dates if d]
        assert dated == sorted(dated) and dates[len(dated):] == [None] * (len(dates) - len(dated))  # undated last
        killed = client.get("/api/v1/figures", params={"quantity": "killed", "place": "kidal", "limit": 500})
        assert killed.status_code == 200 and killed.json()["items"]
        for path, params in FILTERED:  # a filtered list, whole and by pages of 3, is the same read any way
            assert _walk(client, path, dict(params), 500) == filtered[(path, params)], (path, params)
            assert _walk(client, path, dict(params), 3) == filtered[(path, params)], (path, params)
        for path in ("/", "/?q=fighters", "/stories", "/figures?quantity=killed", "/map",
                     f"/reports/{whole[0]['document']['id']}", "/speakers?name=monitors"):
            assert client.get(path).status_code == 200, path
    app.state.ledger.close()


def test_the_view_cannot_write_on_either_backend(db_url: str) -> None:
    app = create_app(Settings(db=db_url))
    engine = app.state.ledger.engine
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(text("DELETE FROM claims"))
    app.state.ledger.close()
    with Ledger(db_url) as ledger:
        assert ledger.counts()["claims"] == 80


@pytest.mark.parametrize("params", [{}, {"since": "2025-03-01"}, {"until": "2025-05-31"},
                                    {"since": "2025-02-01", "until": "2025-06-30"}])
def test_documents_pages_read_as_the_documents_view_on_both_backends(db_url: str, params: dict) -> None:
    """The documents list (its own page statement, web/paging.py) gives the documents view's rows, in its
    order (dated by date and id, then undated), whole or by pages of 3 across the undated ones."""
    from claimledger.ledger import queries
    from claimledger.ledger.schema import documents
    from claimledger.web import shapes

    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        view = queries.documents_view(queries.Filters(**params)).order_by(documents.c.id)
        expected = [shapes.document(dict(row)) for row in connection.execute(view).mappings()]
    assert len(expected) > 6 and (params or expected[-1]["published"] is None)
    app = create_app(Settings(db=db_url, cache=False))
    with TestClient(app) as client:
        assert _walk(client, "/api/v1/documents", params, 500) == expected
        assert _walk(client, "/api/v1/documents", params, 3) == expected
    app.state.ledger.close()
