"""The web view in a real browser: Debian's headless Chromium driven by Playwright.

One live server (uvicorn in a thread, on a free loopback port) serves the fixture
ledger for the whole module. The tests search, open a story and see its chart drawn,
follow a figure to its report and see the span highlighted, and check that no page
logs a console error (a CSP violation is one) or asks for anything off this machine.
Screenshots for the README go to docs/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("fastapi")
playwright_api = pytest.importorskip("playwright.sync_api")
from web_support import CHROMIUM, CHROMIUM_ARGS, HOSTILE_OUTLET, LiveServer, built_ledger, ids_by_outlet  # noqa: E402

from claimledger.web import Settings, create_app  # noqa: E402

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                "(apt-get install chromium); the browser tests never download one")
SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
DESKTOP = {"width": 1100, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    app = create_app(Settings(db=str(built_ledger())))
    with LiveServer(app) as live:
        yield live
    app.state.ledger.close()


@pytest.fixture(scope="module")
def browser() -> Iterator:  # type: ignore[type-arg]
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


class Watched:
    """A page with its console errors, uncaught errors, dialogs and off-machine requests recorded."""

    def __init__(self, browser, server: LiveServer, viewport: dict) -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context(viewport=viewport, accept_downloads=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        host = urlsplit(server.url).netloc

        def route(route) -> None:  # type: ignore[no-untyped-def]
            url = route.request.url
            if urlsplit(url).netloc == host or url.startswith("data:"):
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        self.page.route("**/*", route)
        self.base = server.url

    def _dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def go(self, path: str) -> None:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status < 400, path
        # charts and the map mark themselves drawn (or failed) once their data came; the
        # API docs are drawn when Swagger UI lists the operations
        self.page.wait_for_function("() => [...document.querySelectorAll('.chart, #map')]"
                                    ".every(node => node.dataset.drawn)")
        if path.startswith("/docs"):
            self.page.locator(".opblock").first.wait_for()

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"))

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser, server: LiveServer) -> Iterator[Watched]:  # type: ignore[no-untyped-def]
    watched = Watched(browser, server, DESKTOP)
    yield watched
    watched.close()
    assert watched.errors == [], watched.errors
    assert watched.dialogs == [], watched.dialogs
    assert watched.outside == [], watched.outside


def yemen_story(tab: Watched) -> str:
    """The story of the Hodeidah strike (the wire, its copy, the later rewrite)."""
    wire = ids_by_outlet(built_ledger())["apnews.com"]
    stories = tab.page.request.get(tab.base + "/api/v1/stories").json()["items"]
    found = [s["id"] for s in stories if wire in s["documents"]]
    assert found, stories
    return found[0]


def test_search_finds_the_reports_and_speakers(tab: Watched) -> None:
    tab.go("/")
    tab.page.get_by_role("searchbox").fill("fuel depot")
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url("**/?q=fuel+depot*")
    hits = tab.page.locator("#h-reports + ol li a")
    assert hits.count() == 3
    assert "Hodeidah" in hits.first.inner_text()
    tab.shot("search")
    tab.page.locator("#h-reports + ol li a").first.click()
    tab.page.wait_for_url("**/reports/*")
    assert tab.page.locator("mark.claim").count() >= 2


def test_a_story_draws_its_chart_and_a_figure_leads_to_its_highlighted_span(tab: Watched) -> None:
    story = yemen_story(tab)
    tab.go("/stories")
    tab.page.locator(f"a[href='/stories/{story}']").click()
    tab.page.wait_for_url(f"**/stories/{story}")
    chart = tab.page.locator(".chart[data-drawn='1']").first
    chart.wait_for()
    points = chart.locator("svg g.point")
    assert points.count() >= 2
    assert chart.locator("svg polygon.band").count() == 1
    tip = points.first.locator("title").text_content() or ""
    assert "health ministry" in tip.lower() and "2025-06-0" in tip  # who said it and when, on hover
    points.first.hover()
    tab.shot("story")
    statement = tab.page.locator("a.statement").filter(has_text="19").first
    statement.click()
    tab.page.wait_for_url("**/reports/*#f*")
    target = tab.page.locator(":target")
    assert target.count() == 1
    assert "figure" in (target.get_attribute("class") or "")
    assert "19" in target.inner_text()
    background = target.evaluate("node => getComputedStyle(node).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the span is highlighted
    tab.page.evaluate("window.scrollTo(0, 0)")
    tab.shot("report")


def test_claims_are_coloured_by_side_and_focus_shows_speaker_cue_and_hedge(tab: Watched, server: LiveServer) -> None:
    ids = ids_by_outlet(built_ledger())
    tab.go(f"/reports/{ids['kyivindependent.com']}")
    claims = tab.page.locator("mark.claim")
    assert claims.count() >= 2
    colours = {claims.nth(i).evaluate("n => getComputedStyle(n).borderBottomColor") for i in range(claims.count())}
    assert len(colours) >= 1
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("document.activeElement.className") == "skip"
    for _ in range(40):  # tab through the page to the first claim
        tab.page.keyboard.press("Tab")
        if tab.page.evaluate("document.activeElement.tagName") == "MARK":
            break
    focused_title = tab.page.evaluate("document.activeElement.title")
    assert "cue:" in focused_title and "hedge:" in focused_title
    assert tab.page.locator(".tip").inner_text() == focused_title


def test_hostile_markup_in_a_report_shows_as_text_and_runs_nothing(tab: Watched) -> None:
    ids = ids_by_outlet(built_ledger())
    tab.go(f"/reports/{ids[HOSTILE_OUTLET]}")
    assert tab.page.title() != "pwned"
    heading = tab.page.locator("h1").inner_text()
    assert heading.startswith("<script>alert('title')</script>")
    assert "<img src=x onerror=\"alert(1)\">" in tab.page.locator("#text").inner_text()
    assert tab.page.locator("#text img, #text script, h1 script, h1 img").count() == 0


def test_figures_page_draws_a_chart_and_offers_csv(tab: Watched) -> None:
    tab.go("/figures")
    tab.page.select_option("select[name=quantity]", "killed")
    tab.page.get_by_role("button", name="Show").click()
    tab.page.wait_for_url("**/figures?quantity=killed*")
    tab.page.locator(".chart[data-drawn]").first.wait_for()
    assert tab.page.locator(".chart[data-drawn='1'] svg g.point").count() >= 1
    with tab.page.expect_download() as download:
        tab.page.get_by_role("link", name="Download CSV").click()
    path = download.value.path()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("document_id,") and len(lines) > 4
    tab.shot("figures")


def test_the_map_draws_offline_with_the_bundled_outline(tab: Watched) -> None:
    tab.go("/map")
    tab.page.locator("#map[data-drawn='1']").wait_for()
    assert tab.page.locator("#map path.leaflet-interactive.map-point").count() >= 3
    assert tab.page.locator("#map svg path").count() > 100  # the countries of the world outline
    tab.page.locator("#map-list a").first.click()
    assert tab.page.locator(".leaflet-popup-content").count() == 1
    tab.shot("map")


def test_the_map_follows_the_pages_of_reports_and_shows_the_whole_map(browser,  # type: ignore[no-untyped-def]
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import geo

    app = create_app(Settings(db=str(built_ledger()), cache=False))
    shown = {}
    with LiveServer(app) as live:
        for page in (geo.MAP_REPORTS, 2):  # the fixture's reports on one page, then two reports a page
            monkeypatch.setattr(geo, "MAP_REPORTS", page)
            watched = Watched(browser, live, DESKTOP)
            asked: list[str] = []
            watched.page.on("request", lambda r, asked=asked: asked.append(r.url) if "/api/v1/geo" in r.url else None)
            watched.go("/map")
            shown[page] = (watched.page.locator("#map-list li").all_text_contents(),
                           watched.page.locator("#map path.leaflet-interactive.map-point").count(), len(asked))
            watched.close()
            assert watched.errors == [] and watched.outside == []
    app.state.ledger.close()
    (whole, points, one), (paged, paged_points, requests) = shown.values()
    assert one == 1 and requests > 2  # the pages were followed by their cursor
    assert sorted(paged) == sorted(whole) and paged_points == points  # places added up across pages


def test_the_api_docs_render_from_bundled_files(tab: Watched) -> None:
    tab.go("/docs")
    tab.page.locator(".opblock").first.wait_for()
    assert tab.page.locator(".opblock").count() >= 10


def test_no_console_error_on_any_page(browser, server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    watched = Watched(browser, server, DESKTOP)
    ids = ids_by_outlet(built_ledger())
    stories = watched.page.request.get(server.url + "/api/v1/stories").json()["items"]
    paths = (["/", "/?q=strike&side=&since=2025-01-01&quantity=killed&type=attack", "/stories", "/figures",
              "/figures?quantity=wounded", "/map", "/docs", "/speakers?name=Terekhov"]
             + [f"/reports/{i}" for i in ids.values()] + [f"/stories/{s['id']}" for s in stories])
    for path in paths:
        watched.go(path)
    watched.close()
    assert watched.errors == []
    assert watched.dialogs == []
    assert watched.outside == []


def test_pages_fit_a_phone_screen(browser, server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    watched = Watched(browser, server, PHONE)
    ids = ids_by_outlet(built_ledger())
    story = yemen_story(watched)
    for path in ("/", f"/reports/{ids['aljazeera.com']}", f"/stories/{story}", "/figures?quantity=killed", "/map"):
        watched.go(path)
        overflow = watched.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, (path, overflow)
    watched.go(f"/reports/{ids['aljazeera.com']}")
    watched.shot("phone-report")
    watched.close()
    assert watched.errors == []
