"""Answers kept while the ledger is unchanged (web/cache.py): sent again byte for byte with an
ETag, 304 for a browser that has them, and never once the ledger changed (an ingest, a link
run, a write through the API), as SQLite's data_version says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402 - after the skip
from test_ledger_support import FakeAnalyzer  # noqa: E402
from web_support import copy_of_ledger  # noqa: E402

from claimledger.ledger import Ledger  # noqa: E402
from claimledger.model import Document  # noqa: E402
from claimledger.web import Settings, create_app  # noqa: E402
from claimledger.web.cache import ResponseCache  # noqa: E402

LATE_REPORT = ("Sudanese army artillery shelled a market in El Fasher on Tuesday, killing at least 14 "
               "civilians, the local resistance committee said. The Rapid Support Forces denied firing "
               "on the market and accused the army of staging the attack.")


@pytest.fixture()
def ledger_path(tmp_path: Path) -> Path:
    return copy_of_ledger(tmp_path / "kept.db")


@pytest.fixture()
def client(ledger_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(ledger_path), token=None))
    with TestClient(app) as test_client:
        yield test_client
    app.state.ledger.close()


def cache_of(client: TestClient) -> ResponseCache:
    stack = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(stack, ResponseCache):
        stack = stack.app
    return stack


def test_a_second_read_is_the_kept_answer_with_its_etag(client: TestClient) -> None:
    first = client.get("/api/v1/claims", params={"limit": 5})
    kept = cache_of(client)
    hits = kept.hits
    second = client.get("/api/v1/claims", params={"limit": 5})
    assert kept.hits == hits + 1
    assert second.content == first.content and second.headers["etag"] == first.headers["etag"]
    assert second.headers["cache-control"] == "no-cache"
    assert "script-src 'self'" in second.headers["content-security-policy"]  # the safety headers still go out
    other = client.get("/api/v1/claims", params={"limit": 6})  # another URL: computed, its own tag
    assert kept.hits == hits + 1 and other.headers["etag"] != first.headers["etag"]


def test_a_browser_holding_the_answer_gets_304_without_a_body(client: TestClient) -> None:
    first = client.get("/stories")
    again = client.get("/stories", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == first.headers["etag"]
    changed = client.get("/stories", headers={"If-None-Match": '"not-this-one"'})
    assert changed.status_code == 200 and changed.content == first.content


def test_errors_and_downloads_are_not_kept(client: TestClient) -> None:
    kept = cache_of(client)
    assert client.get("/api/v1/documents/sha256:" + "0" * 64).status_code == 404
    assert client.get("/api/v1/claims", params={"limit": 0}).status_code == 422
    assert not kept.kept
    download = client.get("/figures.csv", params={"quantity": "killed"})
    if download.status_code == 200:  # a streamed CSV passes through: no tag, nothing kept
        assert "etag" not in download.headers
        assert not kept.kept


def test_an_ingest_is_seen_at_once_never_an_old_answer(client: TestClient, ledger_path: Path) -> None:
    before = client.get("/api/v1/documents", params={"limit": 500}).json()["items"]
    searched = client.get("/api/v1/search", params={"q": "Fasher market"}).json()["items"]
    hits = cache_of(client).hits
    assert client.get("/api/v1/documents", params={"limit": 500}).json()["items"] == before
    assert cache_of(client).hits == hits + 1  # kept: without the version check the next read would be stale
    with Ledger(ledger_path) as writable:  # another connection (another process would do the same)
        writable.ingest([Document(text=LATE_REPORT, title="Market shelled in El Fasher", published="2025-07-02",
                                  outlet="darfur24.example")], analyzer=FakeAnalyzer())
    after = client.get("/api/v1/documents", params={"limit": 500}).json()["items"]
    assert len(after) == len(before) + 1
    assert "darfur24.example" in {d["outlet"] for d in after}
    found = client.get("/api/v1/search", params={"q": "Fasher market"}).json()["items"]
    assert len(found) == len(searched) + 1


def test_no_cache_computes_every_answer(ledger_path: Path) -> None:
    app = create_app(Settings(db=str(ledger_path), cache=False))
    with TestClient(app) as client:
        first = client.get("/api/v1/claims", params={"limit": 3})
        assert first.headers.get("etag") is None
        stack = app.middleware_stack
        while stack is not None and not isinstance(stack, ResponseCache):
            stack = getattr(stack, "app", None)
        assert stack is None
    app.state.ledger.close()


def test_data_version_moves_only_when_another_connection_commits(ledger_path: Path) -> None:
    from claimledger.web.store import ReadOnlyLedger

    ledger = ReadOnlyLedger(ledger_path)
    try:
        first = ledger.data_version()
        with ledger.engine.connect() as connection:  # reading changes nothing
            connection.exec_driver_sql("SELECT count(*) FROM documents").all()
        assert ledger.data_version() == first
        with Ledger(ledger_path) as writable, writable.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE documents SET title = title || ' (corrected)' "
                                       "WHERE pk = (SELECT min(pk) FROM documents)")
        assert ledger.data_version() != first
    finally:
        ledger.close()


def test_a_static_file_keeps_its_own_single_etag(client: TestClient) -> None:
    first = client.get("/static/app.css")
    assert first.status_code == 200
    assert len(first.headers.get_list("etag")) == 1
    again = client.get("/static/app.css", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


def test_server_processes_share_kept_answers_until_the_ledger_changes(ledger_path: Path, tmp_path: Path) -> None:
    """Two apps (two worker processes of one server) with one shared file: what one computed the other
    sends; after a commit, neither sends an answer computed before it (web/shared_cache.py)."""
    shared = str(tmp_path / "answers.db")
    apps = [create_app(Settings(db=str(ledger_path), token=None, shared_cache=shared)) for _ in range(2)]
    with TestClient(apps[0]) as one, TestClient(apps[1]) as other:
        url = "/api/v1/documents?limit=500"
        computed = one.get(url)
        assert cache_of(one).misses == 1
        again = other.get(url)
        assert cache_of(other).shared_hits == 1 and cache_of(other).misses == 0
        assert again.content == computed.content and again.headers["etag"] == computed.headers["etag"]
        with Ledger(ledger_path) as writable:
            writable.ingest([Document(text=LATE_REPORT, title="Market shelled in El Fasher", published="2025-07-02",
                                      outlet="darfur24.example")], analyzer=FakeAnalyzer())
        for client in (other, one):  # each sees the commit itself: the answer kept before it is not used
            answer = client.get(url).json()["items"]
            assert "darfur24.example" in {d["outlet"] for d in answer}
        # `one` saw the commit after `other` began its answer: it cannot tell that answer read the commit, so computes
        assert cache_of(other).misses == 1 and cache_of(one).misses == 2
    for app in apps:
        app.state.ledger.close()


def test_a_broken_shared_file_costs_a_computed_answer_not_a_failed_request(ledger_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "answers.db"
    broken.write_bytes(b"not a database" * 100)
    app = create_app(Settings(db=str(ledger_path), token=None, shared_cache=str(broken)))
    with TestClient(app) as client:
        first = client.get("/api/v1/claims", params={"limit": 3})
        assert first.status_code == 200
        assert client.get("/api/v1/claims", params={"limit": 3}).content == first.content  # kept in the process
    app.state.ledger.close()
