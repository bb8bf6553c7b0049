"""The HTML pages over the fixture ledger, read without a browser: what each page lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from web_support import WIRE_OUTLET, built_ledger, ids_by_outlet  # noqa: E402

from claimledger.web import Settings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def ledger_path() -> Path:
    return built_ledger()


@pytest.fixture(scope="module")
def client(ledger_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(ledger_path)))
    with TestClient(app) as test_client:
        yield test_client
    app.state.ledger.close()


@pytest.fixture(scope="module")
def ids(ledger_path: Path) -> dict[str, str]:
    return ids_by_outlet(ledger_path)


def yemen(client: TestClient) -> dict:
    """The story of the Hodeidah strike: the wire, its copy and the later rewrite."""
    wire = ids_by_outlet(built_ledger())[WIRE_OUTLET]
    stories = client.get("/api/v1/stories").json()["items"]
    found = [s for s in stories if wire in s["documents"]]
    assert found and len(found[0]["documents"]) == 3, stories
    return found[0]


def test_story_page_has_timeline_chart_contradictions_and_origins(client: TestClient, ids: dict[str, str]) -> None:
    story = yemen(client)
    detail = client.get(f"/api/v1/stories/{story['id']}").json()
    html = client.get(f"/stories/{story['id']}").text
    assert html.count('class="chart"') == len(detail["series"]) > 0
    assert f'data-src="/api/v1/stories/{story["id"]}"' in html
    timeline = html.split('id="h-timeline"')[1].split("</section>")[0]
    assert timeline.count("<li") == len(detail["claims"]) > 0
    versus = html.split('id="h-contradictions"')[1].split("</section>")[0]
    assert versus.count('class="versus"') == len(detail["contradictions"])
    assert versus.count("<blockquote") == 2 * len(detail["contradictions"])  # the two sides, side by side
    origins = html.split('id="h-origins"')[1]
    assert f"{story['origins']} independent origin" in origins
    for outlet in ("apnews.com", "yemenpost.example", "aljazeera.com"):
        assert f'href="/reports/{ids[outlet]}"' in origins


def test_report_page_marks_every_claim_figure_and_place(client: TestClient, ids: dict[str, str]) -> None:
    record = client.get(f"/api/v1/documents/{ids[WIRE_OUTLET]}").json()
    html = client.get(f"/reports/{ids[WIRE_OUTLET]}").text
    text = html.split('<div class="text" id="text">')[1].split("</div>")[0]
    for claim in record["claims"]:
        assert re.search(rf'<mark id="{claim["id"]}" class="claim side-\w+" tabindex="0" title="[^"]*cue: '
                         rf'{re.escape(claim["cue"])}', text), claim["id"]
    for figure in record["figures"]:
        assert re.search(rf'<a id="{figure["id"]}" class="figure" href="/figures\?quantity={figure["quantity"]}', text)
    mentions = sum(len(p["mentions"]) for p in record["places"])
    assert text.count('class="place"') == mentions
    plain = re.sub(r"<[^>]+>", "", text)
    assert plain.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") == record["document"]["text"]
    assert "Reports deriving from it" in html and f'href="/reports/{ids["yemenpost.example"]}"' in html


def test_a_copy_names_its_origin(client: TestClient, ids: dict[str, str]) -> None:
    html = client.get(f"/reports/{ids['yemenpost.example']}").text
    origin = html.split('id="h-origin"')[1].split("</section>")[0]
    assert "Derives from" in origin and "credited" in origin and f'href="/reports/{ids[WIRE_OUTLET]}"' in origin


def test_speaker_page_lists_what_they_said_over_time(client: TestClient) -> None:
    html = client.get("/speakers", params={"name": "health ministry"}).text
    dates = re.findall(r"<time>([^<]+)</time>", html)
    assert len(dates) >= 3 and dates == sorted(dates)
    assert "Houthi-run health ministry" in html
    assert client.get("/speakers").status_code == 422


def test_search_page_filters_and_marks_the_query_words(client: TestClient) -> None:
    html = client.get("/", params={"q": "depot"}).text
    assert '<mark class="hit">depot</mark>' in html
    figures = client.get("/", params={"quantity": "wounded", "since": "2025-05-01", "until": "", "side": ""}).text
    listed = figures.split('id="h-figures"')[1].split("</section>")[0]
    assert "30" in listed and "21" in listed
    events = client.get("/", params={"type": "attack"}).text
    assert 'id="h-events"' in events
    assert client.get("/", params={"since": "yesterday"}).status_code == 422


def test_figures_page_lists_series_and_rows(client: TestClient) -> None:
    html = client.get("/figures", params={"quantity": "killed", "place": "kharkiv"}).text
    assert 'class="chart"' in html and "figures.csv?quantity=killed&amp;place=kharkiv" in html
    assert "Ihor Terekhov" in html
    assert "Pick a quantity" in client.get("/figures").text


def test_unknown_report_and_story_pages_are_404_pages(client: TestClient) -> None:
    for path in ("/reports/abcdef123456", "/stories/S999"):
        response = client.get(path, headers={"Accept": "text/html"})
        assert response.status_code == 404 and "<h1>404</h1>" in response.text
