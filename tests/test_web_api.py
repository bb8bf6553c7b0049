"""The JSON API over a ledger built from the web fixture reports: every endpoint, every
filter, cursor pagination, record shapes and errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from web_support import HOSTILE_OUTLET, WIRE_OUTLET, built_ledger, ids_by_outlet  # noqa: E402

from claimledger.web import Settings, create_app  # noqa: E402

V1 = "/api/v1"


@pytest.fixture(scope="module")
def ledger_path() -> Path:
    return built_ledger()


@pytest.fixture(scope="module")
def client(ledger_path: Path) -> Iterator[TestClient]:
    # cache=False: every request computes its answer (tests below switch the ways of reading pages)
    app = create_app(Settings(db=str(ledger_path), token=None, cache=False))
    with TestClient(app) as test_client:
        yield test_client
    app.state.ledger.close()


@pytest.fixture(scope="module")
def ids(ledger_path: Path) -> dict[str, str]:
    return ids_by_outlet(ledger_path)


def items(client: TestClient, path: str, **params: object) -> list[dict]:
    response = client.get(V1 + path, params={**params, "limit": 500})
    assert response.status_code == 200, response.text
    return response.json()["items"]


def walk(client: TestClient, path: str, limit: int, **params: object) -> list[dict]:
    """Every item of a list, page by page, following the cursors."""
    found, cursor, pages = [], None, 0
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = client.get(V1 + path, params=query).json()
        assert len(body["items"]) <= limit
        found += body["items"]
        pages += 1
        cursor = body["next"]
        if cursor is None:
            return found
        assert pages < 200


def key(item: dict) -> tuple:
    return (item.get("document", {}).get("id") if isinstance(item.get("document"), dict) else item.get("id"),
            item.get("id"))


# ---------------------------------------------------------------------- documents


def test_documents_list_every_report_by_date(client: TestClient) -> None:
    found = items(client, "/documents")
    assert len(found) == 6
    dates = [d["published"] for d in found]
    assert dates == sorted(dates)
    assert {"id", "title", "outlet", "url", "published", "sightings", "analyses"} <= set(found[0])
    assert "text" not in found[0]  # lists stay small; the record has the text


@pytest.mark.parametrize("view", ["/documents", "/claims", "/figures", "/events", "/places"])
def test_cursor_pages_give_every_item_once_in_the_same_order(client: TestClient, view: str) -> None:
    whole = items(client, view)
    assert whole, f"the fixture ledger has no {view}"
    for limit in (1, 2, 5):
        paged = walk(client, view, limit)
        assert [key(i) for i in paged] == [key(i) for i in whole]


@pytest.mark.parametrize("view", ["/claims", "/figures", "/events", "/places"])
def test_reading_a_few_documents_at_a_time_gives_the_same_pages(client: TestClient, view: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import paging

    ranges = {"all": {}, "june": {"since": "2025-06-01"}, "spring": {"until": "2025-05-31"},
              # free texts are bound (web/ordered.split): wildcards and capitals as the view takes them
              "texts": {"place": "A", "contains": "e", "speaker": "s"}, "wildcards": {"contains": "%"},
              "escape": {"place": "_\\"}, "texts and a date": {"contains": "the", "since": "2025-01-01"}}
    monkeypatch.setattr(paging, "BY_DOCUMENTS", False)  # the whole view in one query: the reference
    plain = {name: items(client, view, **params) for name, params in ranges.items()}
    monkeypatch.setattr(paging, "BY_DOCUMENTS", True)
    monkeypatch.setattr(paging, "FIRST_BATCH", 1)  # 1 document first, then sized by yield: every step taken
    for in_order in (False, True):  # batches of documents; one query walking them in order (web/ordered.py)
        monkeypatch.setattr(paging, "ORDERED_ON_SQLITE", in_order)
        for name, params in ranges.items():
            assert items(client, view, **params) == plain[name], name
            for limit in (1, 3):
                assert [key(i) for i in walk(client, view, limit, **params)] == [key(i) for i in plain[name]], name


def test_documents_filters_by_date_and_id_prefix(client: TestClient, ids: dict[str, str]) -> None:
    june = items(client, "/documents", since="2025-06-01")
    assert {d["outlet"] for d in june} == {"apnews.com", "yemenpost.example", "aljazeera.com"}
    early = items(client, "/documents", until="2025-03-15")
    assert {d["outlet"] for d in early} == {"reuters.com", HOSTILE_OUTLET}
    assert [d["outlet"] for d in items(client, "/documents", since="2025-05", until="2025-05-31")] == [
        "kyivindependent.com"]
    prefix = ids[WIRE_OUTLET].removeprefix("sha256:")[:10]
    assert [d["id"] for d in items(client, "/documents", document=prefix)] == [ids[WIRE_OUTLET]]


def test_a_documents_record_has_the_spec_shape_and_its_links(client: TestClient, ids: dict[str, str]) -> None:
    short = ids[WIRE_OUTLET].removeprefix("sha256:")[:12]
    record = client.get(f"{V1}/documents/{short}").json()
    assert record["schema"] == "claimledger.analysis/1"
    text = record["document"]["text"]
    assert record["document"]["id"] == ids[WIRE_OUTLET]
    for item in record["claims"] + record["figures"] + record["events"]:
        start, end = item["span"]
        assert 0 <= start < end <= len(text)
    assert any(f["value"] == 12 and f["quantity"] == "killed" for f in record["figures"])
    assert any(link["document"] == ids["yemenpost.example"] for link in record["links"])
    assert record["ledger"]["version"] == 1


def test_an_unknown_document_is_404_with_a_message(client: TestClient) -> None:
    response = client.get(f"{V1}/documents/ffffffffffff")
    assert response.status_code == 404
    assert "no document" in response.json()["detail"]


# ---------------------------------------------------------------------- claims


def test_claims_have_the_record_shape_and_spans_into_the_text(client: TestClient, ids: dict[str, str]) -> None:
    found = items(client, "/claims", document=ids[WIRE_OUTLET])
    record = client.get(f"{V1}/documents/{ids[WIRE_OUTLET]}").json()
    text = record["document"]["text"]
    assert len(found) == len(record["claims"])
    for claim in found:
        assert set(claim["speaker"]) == {"name", "kind", "title", "role", "organization", "side"}
        assert claim["document"]["id"] == ids[WIRE_OUTLET]
        start, end = claim["span"]
        assert text[start:end] == claim["text"]


def test_claims_filter_by_speaker_side_text_and_dates(client: TestClient) -> None:
    by_speaker = items(client, "/claims", speaker="asbahi")
    assert by_speaker and all("asbahi" in c["speaker"]["name"].lower() for c in by_speaker)
    by_side = items(client, "/claims", side="ru")
    assert by_side and all(c["speaker"]["side"] == "RU" for c in by_side)
    by_text = items(client, "/claims", contains="DOCK WORKERS")
    assert by_text and all("dock workers" in c["text"].lower() for c in by_text)
    june = items(client, "/claims", since="2025-06-03")
    assert june and all(c["document"]["published"] >= "2025-06-03" for c in june)
    january = items(client, "/claims", until="2025-01-31")
    assert january and all(c["document"]["outlet"] == "reuters.com" for c in january)
    assert items(client, "/claims", speaker="nobody by this name") == []


# ---------------------------------------------------------------------- figures


def test_figures_filter_by_quantity_side_speaker_place_and_text(client: TestClient) -> None:
    killed = items(client, "/figures", quantity="KILLED")
    assert {f["value"] for f in killed} >= {12, 19}
    assert all(f["quantity"] == "killed" for f in killed)
    wounded = items(client, "/figures", quantity="wounded")
    assert {f["value"] for f in wounded} >= {30, 21}
    by_speaker = items(client, "/figures", speaker="terekhov")
    assert {f["value"] for f in by_speaker} == {3, 21}
    assert all(f["said_by"]["speaker"] == "Ihor Terekhov" for f in by_speaker)
    by_place = items(client, "/figures", place="goma")
    assert by_place and all("goma" in f["where"]["name"].lower() for f in by_place)
    assert [f["value"] for f in items(client, "/figures", contains="400,000")] == [400000]
    assert items(client, "/figures", side="ZZ") == []
    assert items(client, "/figures", since="2025-06-03", quantity="killed") and all(
        f["document"]["published"] >= "2025-06-03" for f in items(client, "/figures", since="2025-06-03"))


# ---------------------------------------------------------------------- events and places


def test_events_filter_by_type_place_side_and_text(client: TestClient) -> None:
    every = items(client, "/events")
    assert every and all({"type", "actor", "where", "when", "certainty", "said_by", "span"} <= set(e) for e in every)
    kind = every[0]["type"]
    assert all(e["type"] == kind for e in items(client, "/events", type=kind))
    placed = [e for e in every if e["where"]]
    assert placed
    name = placed[0]["where"]["name"]
    assert all(name.lower() in e["where"]["name"].lower() for e in items(client, "/events", place=name))
    sided = [e for e in every if e["actor"] and e["actor"]["side"]]
    if sided:
        side = sided[0]["actor"]["side"]
        assert all(e["actor"]["side"] == side for e in items(client, "/events", side=side))
    word = every[0]["text"].split()[0]
    assert all(word.lower() in e["text"].lower() for e in items(client, "/events", contains=word))
    assert all(e["document"]["published"] <= "2025-03-31" for e in items(client, "/events", until="2025-03-31"))


def test_places_filter_by_name_and_dates(client: TestClient) -> None:
    goma = items(client, "/places", place="GOMA")
    assert goma and all("goma" in p["name"].lower() for p in goma)
    assert {p["document"]["outlet"] for p in goma} == {"reuters.com"}
    assert all(p["lat"] is not None and p["country"] == "CD" for p in goma)
    red_sea = items(client, "/places", place="red sea")
    assert {p["document"]["outlet"] for p in red_sea} >= {"apnews.com", "aljazeera.com"}
    assert all(p["document"]["published"] >= "2025-06-01" for p in items(client, "/places", since="2025-06-01"))


# ---------------------------------------------------------------------- stories, links, search, series


def test_stories_list_and_page(client: TestClient) -> None:
    stories = items(client, "/stories")
    yemen = [s for s in stories if len(s["documents"]) == 3]
    assert len(yemen) == 1 and yemen[0]["id"].startswith("S"), stories
    assert [s["id"] for s in walk(client, "/stories", 1)] == [s["id"] for s in stories]


def test_a_story_in_full_has_its_origins_series_and_claims(client: TestClient, ids: dict[str, str]) -> None:
    story = next(s for s in items(client, "/stories") if ids[WIRE_OUTLET] in s["documents"])
    detail = client.get(f"{V1}/stories/{story['id']}").json()
    assert set(detail) >= {"story", "documents", "origins_tree", "claims", "series", "contradictions", "silences"}
    assert {d["id"] for d in detail["documents"]} == {ids["apnews.com"], ids["yemenpost.example"],
                                                     ids["aljazeera.com"]}
    killed = [s for s in detail["series"] if s["key"]["quantity"] == "killed"]
    values = {st["value"] for s in killed for st in s["statements"]}
    assert {12, 19} <= values
    assert client.get(f"{V1}/stories/{story['id'].lower()}").status_code == 200
    assert client.get(f"{V1}/stories/S9999").status_code == 404
    assert client.get(f"{V1}/stories/nonsense").status_code == 400


def test_links_filter_by_kind_and_document(client: TestClient, ids: dict[str, str]) -> None:
    credited = items(client, "/links", kind="credited")
    assert [(lk["document"], lk["origin"]) for lk in credited] == [(ids["yemenpost.example"], ids["apnews.com"])]
    touching = items(client, "/links", document=ids["aljazeera.com"][:20])
    assert touching and all(ids["aljazeera.com"] in (lk["document"], lk["origin"]) for lk in touching)
    every = items(client, "/links")
    assert [lk["document"] for lk in walk(client, "/links", 1)] == [lk["document"] for lk in every]


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_links_and_stories_pages_by_cursor_give_each_once_in_order(client: TestClient, ledger_path: Path, limit: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.ledger import Ledger
    from claimledger.link import views

    with Ledger(ledger_path) as ledger, ledger.engine.connect() as connection:
        links = [(lk["document"], lk["origin"], lk["kind"]) for lk in views.link_rows(connection)]
        stories = [f"S{s['id']}" for s in views.story_rows(connection)]
    assert len(links) > 1 and len(stories) > 1
    monkeypatch.setattr(views, "FIRST_BATCH", 1)  # the pages cross batches of documents too
    assert [(lk["document"], lk["origin"], lk["kind"]) for lk in walk(client, "/links", limit)] == links
    assert [s["id"] for s in walk(client, "/stories", limit)] == stories


def test_search_finds_reports_by_stemmed_words_and_pages(client: TestClient, ids: dict[str, str]) -> None:
    hits = items(client, "/search", q="fuel depots")
    assert {h["document_id"] for h in hits} == {ids["apnews.com"], ids["yemenpost.example"], ids["aljazeera.com"]}
    assert all("snippet" in h for h in hits)
    assert [h["document_id"] for h in walk(client, "/search", 1, q="fuel depots")] == [h["document_id"]
                                                                                       for h in hits]
    assert items(client, "/search", q="the of and") == []
    assert client.get(f"{V1}/search").status_code == 422


def test_search_ranks_the_newest_hits_then_lists_older_ones_newest_first(client: TestClient,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.ledger import search

    ranked = items(client, "/search", q="fuel depots")
    monkeypatch.setattr(search, "RANKED_HITS", len(ranked))  # as many as match: still ranked
    assert items(client, "/search", q="fuel depots") == ranked
    monkeypatch.setattr(search, "RANKED_HITS", len(ranked) - 1)  # one more than it ranks: the oldest comes last
    windowed = items(client, "/search", q="fuel depots")
    assert sorted(h["document_id"] for h in windowed) == sorted(h["document_id"] for h in ranked)
    assert walk(client, "/search", 1, q="fuel depots") == windowed  # a page of one: each hit once, same order


def test_series_of_a_quantity_across_the_ledger_and_in_a_story(client: TestClient) -> None:
    across = client.get(f"{V1}/series", params={"quantity": "killed"}).json()
    assert across and all(s["key"]["quantity"] == "killed" for s in across)
    wire = ids_by_outlet(built_ledger())[WIRE_OUTLET]
    story = next(s for s in items(client, "/stories") if wire in s["documents"])
    within = client.get(f"{V1}/series", params={"quantity": "killed", "story": story["id"]}).json()
    assert within and {st["value"] for s in within for st in s["statements"]} >= {12, 19}
    assert client.get(f"{V1}/series", params={"quantity": "killed", "place": "kharkiv"}).status_code == 200
    assert client.get(f"{V1}/series").status_code == 422


def test_geo_is_geojson_of_places_and_events(client: TestClient) -> None:
    geo = client.get(f"{V1}/geo").json()
    assert geo["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in geo["features"]}
    assert "place" in kinds
    names = {f["properties"].get("name") for f in geo["features"]}
    assert {"Goma", "Kharkiv", "Aleppo"} <= names
    for feature in geo["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        named = feature["properties"].get("documents", [feature["properties"].get("document")])
        assert all(0 <= n < len(geo["documents"]) for n in named)  # positions in the page's list of reports
    assert geo["next"] is None  # the fixture's reports fit one page


def test_the_geo_api_documents_its_page_of_reports(client: TestClient) -> None:
    from claimledger.web import geo

    described = client.get("/openapi.json").json()["paths"][f"{V1}/geo"]["get"]
    assert f"newest {geo.MAP_REPORTS} reports" in described["description"]
    assert "cursor" in {p["name"] for p in described["parameters"]}


# ---------------------------------------------------------------------- errors


@pytest.mark.parametrize("cursor", ["not-a-cursor", "WyJub3RoaW5nIiwxXQ", "e30", "%%%"])
def test_a_cursor_the_server_did_not_give_is_a_clear_400(client: TestClient, cursor: str) -> None:
    for path, params in (("/claims", {}), ("/documents", {}), ("/stories", {}), ("/search", {"q": "strike"})):
        response = client.get(V1 + path, params={**params, "cursor": cursor})
        assert response.status_code == 400, (path, response.text)
        assert "cursor" in response.json()["detail"]


def test_a_cursor_of_one_list_is_refused_by_another(client: TestClient) -> None:
    cursor = client.get(f"{V1}/claims", params={"limit": 1}).json()["next"]
    assert client.get(f"{V1}/figures", params={"cursor": cursor}).status_code == 400


@pytest.mark.parametrize("params", [{"since": "last week"}, {"until": "2025-13-45x"}, {"limit": 0},
                                    {"limit": 501}, {"limit": "many"}, {"speaker": "x" * 201}])
def test_bad_parameters_are_422_naming_the_parameter(client: TestClient, params: dict) -> None:
    response = client.get(f"{V1}/claims", params=params)
    assert response.status_code == 422
    assert next(iter(params)) in response.text


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("documents", "claims", "figures", "events", "places", "stories", "links", "search"):
        assert f"{V1}/{path}" in spec["paths"]
    assert "post" in spec["paths"][f"{V1}/documents"]
    assert not any(p.startswith(("/reports", "/static")) for p in spec["paths"])
