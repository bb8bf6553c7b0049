"""The web view's safety: untrusted article text is escaped, pages run no inline script,
filters are data (never SQL), bodies are bounded, static files stay in their folder,
writing needs the token, the ledger is never written by reading, no CORS by default."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from web_support import HOSTILE_OUTLET, built_ledger, copy_of_ledger, ids_by_outlet  # noqa: E402

from claimledger.ledger import Ledger  # noqa: E402
from claimledger.web import Settings, create_app  # noqa: E402

V1 = "/api/v1"
TOKEN = "s3cret-token-for-tests"
SQL = ["' OR 1=1 --", "\"; DROP TABLE claims; --", "') UNION SELECT id, text FROM documents --", "%", "_",
       "\\", "*", "NEAR(a b)", "a\"b", "\x00", "😀'; --"]
FILTERS = {
    "/documents": ["document", "since", "until"],
    "/claims": ["speaker", "side", "contains", "document", "since", "until"],
    "/figures": ["quantity", "side", "speaker", "place", "contains", "document", "since", "until"],
    "/events": ["type", "place", "side", "contains", "document", "since", "until"],
    "/places": ["place", "document", "since", "until"],
    "/links": ["document", "kind"],
    "/search": ["q"],
    "/series": ["quantity", "side", "place", "story"],
}


@pytest.fixture(scope="module")
def ledger_path() -> Path:
    return built_ledger()


@pytest.fixture(scope="module")
def client(ledger_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(ledger_path), token=None, max_body=50_000))
    with TestClient(app) as test_client:
        yield test_client
    app.state.ledger.close()


@pytest.fixture(scope="module")
def hostile(ledger_path: Path) -> str:
    return ids_by_outlet(ledger_path)[HOSTILE_OUTLET]


class Scripts(HTMLParser):
    """Collects what would run in a page: inline scripts and on* handler attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.external: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.handlers += [(tag, name) for name, _ in attrs if name.lower().startswith("on")]
        self.handlers += [(tag, name) for name, value in attrs if (value or "").lower().startswith("javascript:")]
        if tag == "script":
            self._in_script = True
            if found.get("src"):
                self.external.append(found["src"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append(data)


def pages(client: TestClient, ledger_path: Path) -> list[str]:
    ids = ids_by_outlet(ledger_path)
    stories = client.get(f"{V1}/stories").json()["items"]
    return (["/", "/?q=shelling", "/?q=Aleppo&side=SY", "/?quantity=killed&type=attack&since=2025-01-01",
             "/stories", "/figures", "/figures?quantity=killed", "/map", "/docs", "/speakers?name=Terekhov",
             "/reports/nothing-here", "/no-such-page"]
            + [f"/reports/{i}" for i in ids.values()] + [f"/stories/{s['id']}" for s in stories])


# ---------------------------------------------------------------------- escaping and scripts


def test_hostile_title_and_text_show_as_text_on_every_page(client: TestClient, hostile: str,
                                                          ledger_path: Path) -> None:
    story = next(s["id"] for s in client.get(f"{V1}/stories").json()["items"] if hostile in s["documents"])
    for path in (f"/reports/{hostile}", "/?q=Aleppo", f"/stories/{story}", "/stories", "/",
                 "/speakers?name=Civil Defence", "/figures?quantity=killed"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<script>document" not in html, path
        assert "<img src=x" not in html and "onerror=" not in html.replace("onerror=&#34;", "").replace(
            "onerror=alert(2)&gt;", ""), path
    report = client.get(f"/reports/{hostile}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in report  # the title, as text
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in report  # the body, as text
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in report
    assert "DROP TABLE claims;--" in report


@pytest.mark.parametrize("which", range(4))
def test_no_page_has_inline_script_or_event_handlers(client: TestClient, ledger_path: Path, which: int) -> None:
    every = pages(client, ledger_path)
    for path in every[which::4]:
        response = client.get(path, headers={"Accept": "text/html"})
        assert "text/html" in response.headers["content-type"], path
        parser = Scripts()
        parser.feed(response.text)
        assert parser.inline == [], path
        assert parser.handlers == [], path
        assert all(src.startswith("/static/") for src in parser.external), path


def test_every_response_carries_a_csp_forbidding_inline_script(client: TestClient) -> None:
    for path in ("/", "/api/v1/claims", "/static/app.css", "/nothing", "/openapi.json", "/sides.css"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        script = re.search(r"script-src ([^;]+)", policy)
        assert script and script.group(1).strip() == "'self'", policy
        assert "unsafe" not in policy and "http" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_online_tiles_are_allowed_only_from_the_configured_server(ledger_path: Path) -> None:
    app = create_app(Settings(db=str(ledger_path), tiles="https://{s}.tile.example.org/{z}/{x}/{y}.png"))
    with TestClient(app) as test_client:
        response = test_client.get("/map")
    app.state.ledger.close()
    policy = response.headers["content-security-policy"]
    assert "img-src 'self' data: https://*.tile.example.org;" in policy
    assert "script-src 'self';" in policy
    assert 'data-tiles="https://{s}.tile.example.org/{z}/{x}/{y}.png"' in response.text


# ---------------------------------------------------------------------- SQL metacharacters


def test_sql_metacharacters_in_every_filter_are_plain_data(client: TestClient, ledger_path: Path) -> None:
    with Ledger(ledger_path) as ledger:
        before = ledger.counts()
    for path, names in FILTERS.items():
        for name in names:
            for value in SQL:
                params = {name: value}
                if path == "/series" and name != "quantity":
                    params["quantity"] = "killed"
                response = client.get(V1 + path, params=params)
                assert response.status_code in (200, 400, 404, 422), (path, name, value, response.text)
                if response.status_code == 200 and name not in ("since", "until", "q") and path != "/series":
                    assert response.json()["items"] == [], (path, name, value)
    for path in ("/", "/figures", "/speakers"):
        for value in SQL:
            response = client.get(path, params={"q": value, "name": value, "quantity": value, "side": value,
                                                "place": value})
            assert response.status_code in (200, 400, 422), (path, value)
    with Ledger(ledger_path) as ledger:
        assert ledger.counts() == before


def test_like_wildcards_match_only_themselves(client: TestClient) -> None:
    every = client.get(f"{V1}/claims", params={"limit": 500}).json()["items"]
    assert every
    for wildcard in ("%", "_", "%%", "_%_"):
        assert client.get(f"{V1}/claims", params={"contains": wildcard}).json()["items"] == []
        assert client.get(f"{V1}/claims", params={"speaker": wildcard}).json()["items"] == []


# ---------------------------------------------------------------------- bodies and files


def test_an_oversized_body_is_a_clear_413(client: TestClient) -> None:
    big = b'{"text": "' + b"x" * 60_000 + b'"}'
    response = client.post(f"{V1}/documents", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "at most 50,000 bytes" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is counted as the body arrives
        for _ in range(20):
            yield b"y" * 5_000

    response = client.post(f"{V1}/documents", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    response = client.post(f"{V1}/documents", content=b"{}", headers={"Content-Length": "not-a-number"})
    assert response.status_code in (400, 413)


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/%2e%2e%2fapp.py", "/static/vendor/../../app.py",
                                  "/static/..%5capp.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
                                  "/static/js/../../store.py", "/static/....//app.py"])
def test_static_files_cannot_escape_their_folder(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "import" not in response.text and "root:" not in response.text


def test_bundled_files_are_served(client: TestClient) -> None:
    for path in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/swagger-ui/swagger-ui-bundle.js",
                 "/static/vendor/world/world-110m.geojson", "/static/js/chart.js", "/static/js/map.js"):
        assert client.get(path).status_code == 200, path


# ---------------------------------------------------------------------- writing


NEW_REPORT = {"title": "Shelling near Kramatorsk wounds four", "outlet": "ukrinform.example",
              "published": "2025-07-01",
              "text": "Russian shelling of Kramatorsk wounded four civilians on Monday, regional governor "
                      "Vadym Filashkin said. A school and two houses were damaged."}


def test_writing_is_off_without_a_server_token(client: TestClient) -> None:
    response = client.post(f"{V1}/documents", json=NEW_REPORT, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert "writing is off" in response.json()["detail"]


def test_writing_needs_the_right_bearer_token(tmp_path: Path) -> None:
    path = copy_of_ledger(tmp_path / "writable.db")
    app = create_app(Settings(db=str(path), token=TOKEN))
    with TestClient(app) as test_client:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                        {"Authorization": TOKEN}, {"Authorization": f"Bearer {TOKEN}x"}):
            response = test_client.post(f"{V1}/documents", json=NEW_REPORT, headers=headers)
            assert response.status_code == 401, headers
            assert response.headers["www-authenticate"] == "Bearer"
        with Ledger(path) as ledger:
            assert ledger.counts()["documents"] == 6
        bad = test_client.post(f"{V1}/documents", json={"text": ""}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 422
        stored = test_client.post(f"{V1}/documents", json=NEW_REPORT, headers={"Authorization": f"Bearer {TOKEN}"})
        assert stored.status_code == 201, stored.text
        body = stored.json()
        assert body["new"] is True and body["url"] == f"/reports/{body['id']}"
        assert test_client.get(f"{V1}/documents/{body['id']}").json()["document"]["outlet"] == "ukrinform.example"
        assert "Kramatorsk" in test_client.get(body["url"]).text
        again = test_client.post(f"{V1}/documents", json=NEW_REPORT, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.status_code == 201 and again.json()["new"] is False
    app.state.ledger.close()
    with Ledger(path) as ledger:
        assert ledger.counts()["documents"] == 7


# ---------------------------------------------------------------------- read-only, CORS


def test_the_view_opens_the_ledger_read_only(client: TestClient) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    engine = client.app.state.ledger.engine  # type: ignore[attr-defined]
    with pytest.raises(OperationalError, match="readonly|read-only|query_only"), engine.begin() as connection:
        connection.execute(text("DELETE FROM claims"))
    assert client.get(f"{V1}/claims", params={"limit": 1}).json()["items"]


def test_a_missing_or_empty_ledger_is_refused_in_one_line(tmp_path: Path) -> None:
    from claimledger.ledger import LedgerError

    with pytest.raises(LedgerError, match="no ledger at"):
        create_app(Settings(db=str(tmp_path / "absent.db")))
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(LedgerError, match="not a ledger|cannot open"):
        create_app(Settings(db=str(tmp_path / "empty.db")))


def test_no_cors_unless_configured(client: TestClient, ledger_path: Path) -> None:
    origin = {"Origin": "https://newsroom.example"}
    assert "access-control-allow-origin" not in client.get(f"{V1}/claims", headers=origin).headers
    app = create_app(Settings(db=str(ledger_path), cors_origins=["https://newsroom.example"]))
    with TestClient(app) as test_client:
        allowed = test_client.get(f"{V1}/claims", headers=origin).headers
        other = test_client.get(f"{V1}/claims", headers={"Origin": "https://elsewhere.example"}).headers
    app.state.ledger.close()
    assert allowed["access-control-allow-origin"] == "https://newsroom.example"
    assert "access-control-allow-origin" not in other


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client: TestClient) -> None:
    from claimledger.web.pages import _cell

    assert _cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _cell("+1") == "'+1" and _cell("@SUM(A1)") == "'@SUM(A1)" and _cell("-2") == "'-2"
    assert _cell("Hodeidah") == "Hodeidah" and _cell(12) == 12
    response = client.get("/figures.csv", params={"quantity": "killed\r\nSet-Cookie: x=1"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="figures-killedsetcookiex.csv"'
    assert "set-cookie" not in response.headers
