"""What keeps the web view fast on a large ledger, on both backends: word indexes for claims,
speakers and places (migration 0010, kept by the store), listings read through indexes a
batch at a time, the map bounded to the newest reports, story results remembered only
while their inputs are unchanged, and spaCy never imported by reading.

Reports here are analysed by the ledger tests' fake extractor ("X said that Y", places
after "near"/"from"); they are written for these tests, across several wars.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_ledger_support import BACKENDS, FakeAnalyzer, linked_db  # noqa: E402

from claimledger.ledger import Ledger, search  # noqa: E402
from claimledger.ledger.queries import Filters  # noqa: E402
from claimledger.model import Document  # noqa: E402
from claimledger.web import Settings, create_app  # noqa: E402

REPORTS = [
    ("2024-03-02", "Sudanese Red Crescent volunteers said that shelling hit a clinic near Omdurman overnight. "
                   "Witnesses said that 12 people were hurt."),
    ("2024-03-09", "Malian army officers said that drones struck a convoy near Menaka at dawn. "
                   "A local Red Crescent worker said that the roads from Gao were closed."),
    ("2024-04-14", "Yemeni health ministry officials said that shelled districts near Taiz lost water. "
                   "Houthi spokesmen denied that their artillery fired on Taiz."),
    ("2024-05-20", "Congolese army spokesmen said that rebels withdrew from Sake after heavy shelling. "
                   "Red Crescent medics said that 30 wounded reached Goma."),
    ("2024-06-01", "Ukrainian officials said that a glide bomb fell near Kharkiv. "
                   "Russian officials denied that their aircraft flew near Kharkiv that night."),
    (None, "Myanmar rebels said that the junta shelled villages near Lashio. "
           "Relief workers said that families fled from Lashio on foot."),
]


def documents() -> list[Document]:
    return [Document(text=body, title=body.split(" said")[0], outlet=f"desk{n}.example", published=day,
                     source=f"scale-test:{n}") for n, (day, body) in enumerate(REPORTS)]


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from linked_db(request.param, tmp_path_factory.mktemp("web-scale"), documents())


def claims(url: str, query: str, filters: Filters | None = None, field: str = "text") -> list[dict]:
    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        return search.claim_rows(connection, query, filters, field=field)


# ---------------------------------------------------------------------- word indexes


def test_claims_are_found_by_stemmed_words_newest_first(db_url: str) -> None:
    found = claims(db_url, "shelling")
    texts = [row["text"] for row in found]
    # "shelling", "shelled" and "shelling" again, in three reports; stored last comes first
    assert len(texts) == 4 and all("shell" in t for t in texts)
    assert texts[0].startswith("the junta shelled")
    assert [row["claim"] for row in found] and {"document_id", "published", "side", "speaker"} <= set(found[0])
    assert claims(db_url, "shelling clinic")[0]["text"].startswith("shelling hit a clinic")
    assert claims(db_url, "the of") == []  # stop words only: nothing to look for
    # operators are words here, not syntax: every word must be there
    assert {r["text"] for r in claims(db_url, '"NEAR" OR shell*')} == {t for t in texts if " near " in t}


def test_claim_search_keeps_the_filters(db_url: str) -> None:
    assert [r["published"] for r in claims(db_url, "shelling", Filters(since="2024-04-01", until="2024-05-31"))] \
        == ["2024-05-20", "2024-04-14"]
    assert {r["side"] for r in claims(db_url, "officials", Filters(side="RU"), field="speaker")} == {"RU"}


def test_speakers_and_places_have_their_own_indexes(db_url: str) -> None:
    speakers = {r["speaker"] for r in claims(db_url, "red crescent", field="speaker")}
    assert speakers == {"Sudanese Red Crescent volunteers", "A local Red Crescent worker", "Red Crescent medics"}
    assert claims(db_url, "clinic", field="speaker") == []  # a word of a claim, not of a name
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        places = search.place_rows(connection, "kharkiv")
        assert {p["name"] for p in places} == {"Kharkiv"} and len(places) == 2
        assert search.place_rows(connection, "khar") == []  # a whole word, not a part of one


def test_a_report_stored_later_is_found_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = str(tmp_path / "grows.db")
    with Ledger(url) as ledger:
        ledger.ingest(documents()[:2], analyzer=FakeAnalyzer())
        assert claims(url, "sandstorm") == []
        late = Document(text="Chadian border guards said that a sandstorm grounded flights near Abeche.",
                        title="Abeche", published="2024-07-01", source="scale-test:late")
        ledger.ingest([late], analyzer=FakeAnalyzer())
        assert [r["published"] for r in claims(url, "sandstorms")] == ["2024-07-01"]
        with ledger.engine.connect() as connection:
            assert [p["name"] for p in search.place_rows(connection, "abeche")] == ["Abeche"]


def test_the_search_page_shows_claims_speakers_and_places_by_word(db_url: str) -> None:
    with TestClient(create_app(Settings(db=db_url, cache=False))) as client:
        html = client.get("/", params={"q": "kharkiv"}).text
        assert 'id="h-places"' in html and "Kharkiv" in html
        speaker = client.get("/speakers", params={"name": "red crescent"}).text
        assert speaker.count("<time>") == 3 and "Red Crescent medics" in speaker


# ---------------------------------------------------------------------- listings and the map


def test_links_and_stories_read_in_batches_match_one_query(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.link import views

    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        whole = views.link_rows(connection)
        monkeypatch.setattr(views, "FIRST_BATCH", 1)  # a batch of one document, then four
        assert views.link_rows(connection, limit=len(whole) + 5) == whole
        assert views.link_rows(connection, limit=1) == whole[:1]
        stories = views.story_rows(connection)
        for story in stories:
            assert story["sides"] == views.speaker_sides(connection, story["documents"])
            assert views.story_rows(connection, story=story["id"]) == [story]


def test_the_map_reads_the_newest_reports_of_the_range(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import geo

    with TestClient(create_app(Settings(db=db_url, cache=False))) as client:
        every = client.get("/api/v1/geo").json()
        assert every["reports"] == len(REPORTS) and every["truncated"] is False and every["next"] is None
        # the fake extractor puts each mention at its own point: two points, one report each
        kharkiv = [f["properties"] for f in every["features"] if f["properties"].get("name") == "Kharkiv"]
        assert [(p["reports"], p["mentions"], len(p["documents"])) for p in kharkiv] == [(1, 1, 1), (1, 1, 1)]
        # reports are listed once, newest first, and named by their position in the list
        listed = every["documents"]
        assert [d["published"] for d in listed if d["published"]] == sorted(
            (d["published"] for d in listed if d["published"]), reverse=True)
        assert {k: v for k, v in listed[kharkiv[0]["documents"][0]].items() if k != "id"} \
            == {"published": "2024-06-01", "title": "Ukrainian officials"}
        events = [f["properties"] for f in every["features"] if f["properties"]["kind"] == "event"]
        assert events and all(0 <= e["document"] < len(listed) for e in events)
        monkeypatch.setattr(geo, "MAP_REPORTS", 1)
        newest = client.get("/api/v1/geo").json()
        assert newest["reports"] == 1 and newest["truncated"] is True and newest["next"]
        assert {f["properties"]["name"] for f in newest["features"] if f["properties"]["kind"] == "place"} \
            == {"Kharkiv"}
        march = client.get("/api/v1/geo", params={"since": "2024-03-01", "until": "2024-03-31"}).json()
        assert {f["properties"]["name"] for f in march["features"]} == {"Menaka", "Gao"}  # 9 March, not 2 March


@pytest.mark.parametrize("page", [1, 2, 3])
def test_the_maps_pages_by_cursor_hold_the_whole_map(db_url: str, page: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Following 'next' reads every report of the range once, newest first; a place named on several pages
    adds up to the point of the whole map (what the map page's script does)."""
    from claimledger.web import geo

    def by_id(answer: dict) -> tuple[list[str], dict, list]:
        ids = [d["id"] for d in answer["documents"]]
        places: dict = {}
        events = []
        for f in answer["features"]:
            p = f["properties"]
            if p["kind"] == "place":
                key = (p["name"], *f["geometry"]["coordinates"])
                seen = places.setdefault(key, [0, 0, []])
                seen[0] += p["reports"]
                seen[1] += p["mentions"]
                seen[2] = (seen[2] + [ids[n] for n in p["documents"]])[:geo.REPORTS_LISTED]
            else:
                events.append({**p, "document": ids[p["document"]]})
        return ids, places, events

    with TestClient(create_app(Settings(db=db_url, cache=False))) as client:
        whole_ids, whole_places, whole_events = by_id(client.get("/api/v1/geo").json())
        monkeypatch.setattr(geo, "MAP_REPORTS", page)
        ids, places, events, cursor = [], {}, [], None
        while True:
            answer = client.get("/api/v1/geo", params={"cursor": cursor} if cursor else {}).json()
            assert answer["reports"] <= page
            page_ids, page_places, page_events = by_id(answer)
            ids += page_ids
            events += page_events
            for key, (reports, mentions, listed) in page_places.items():
                seen = places.setdefault(key, [0, 0, []])
                seen[0] += reports
                seen[1] += mentions
                seen[2] = (seen[2] + listed)[:geo.REPORTS_LISTED]
            cursor = answer["next"]
            if not cursor:
                break
        assert client.get("/api/v1/geo", params={"cursor": "not-a-cursor"}).status_code == 400
    assert ids == whole_ids and places == whole_places and events == whole_events


def test_the_stories_page_lists_a_page_at_a_time(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import pages

    with TestClient(create_app(Settings(db=db_url, cache=False))) as client:
        every = [s["id"] for s in client.get("/api/v1/stories", params={"limit": 500}).json()["items"]]
        assert len(every) >= 3
        monkeypatch.setattr(pages, "STORIES_SHOWN", 2)
        first = client.get("/stories").text
        assert [s for s in every if f'href="/stories/{s}"' in first] == every[:2]
        assert 'href="/stories?start=2"' in first and "Newer stories" not in first
        second = client.get("/stories", params={"start": 2}).text
        assert [s for s in every if f'href="/stories/{s}"' in second] == every[2:4]
        assert 'href="/stories">← Newer stories' in second
        assert client.get("/stories", params={"start": -1}).status_code == 422


# ---------------------------------------------------------------------- remembered results


class NewerAnalyzer(FakeAnalyzer):
    version = "0.1-test"


def test_a_story_is_remembered_only_while_its_inputs_stay(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimledger.link import detail

    url = str(tmp_path / "stories.db")
    wire = "Syrian civil defence workers said that shelling near Idlib killed 9 people on Monday."
    with Ledger(url) as ledger:
        ledger.ingest([Document(text=wire, title="Idlib", published="2024-02-05", source="s:1"),
                       Document(text=wire + " Rescuers said that more were trapped.", title="Idlib rescue",
                                published="2024-02-06", source="s:2")], analyzer=FakeAnalyzer())
        ledger.link()
        story = f"S{ledger.stories()[0]['id']}"
        first = ledger.story(story)
        assert ledger.story(story) is first  # nothing changed: the same result
        ledger.reanalyze(analyzer=NewerAnalyzer())  # every member gets a newer analysis
        again = ledger.story(story)
        assert again is not first and again.as_dict() == first.as_dict()  # computed again, to the same
    assert all(isinstance(key[0], str) for key in detail._stories.entries)


def test_a_map_is_remembered_only_while_its_reports_stay(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimledger.web import geo

    url = str(tmp_path / "map.db")
    with Ledger(url) as ledger:
        ledger.ingest(documents()[:3], analyzer=FakeAnalyzer())
        with ledger.engine.connect() as connection:
            first = geo.encoded(connection, Filters(), 2000)
            assert geo.encoded(connection, Filters(), 2000) is first
            assert geo.encoded(connection, Filters(), 2000, start=1) != first  # another page
        ledger.reanalyze(analyzer=NewerAnalyzer())  # the same reports, newer analyses
        with ledger.engine.connect() as connection:
            again = geo.encoded(connection, Filters(), 2000)
        assert again is not first and again == first
        ledger.ingest([Document(text="Somali elders said that floods cut the road near Beledweyne.",
                                title="Beledweyne", published="2024-08-01", source="scale-test:flood")],
                      analyzer=FakeAnalyzer())
        with ledger.engine.connect() as connection:
            assert b"Beledweyne" in geo.encoded(connection, Filters(), 2000)


# ---------------------------------------------------------------------- imports


def test_reading_the_ledger_never_imports_spacy() -> None:
    code = ("import sys, claimledger.web.app, claimledger.link.detail, claimledger.link.corroborate; "
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_stop_word_list_is_spacys() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    from claimledger.link.stop_words import english

    assert english() == frozenset(STOP_WORDS) and "said" not in english() and "the" in english()


# ---------------------------------------------------------------------- serve --workers


def test_serve_with_workers_serves_with_the_given_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal
    import urllib.request

    path = tmp_path / "served.db"
    with Ledger(path) as ledger:
        ledger.ingest(documents(), analyzer=FakeAnalyzer())
        ledger.link()
    command = [sys.executable, "-m", "claimledger.cli", "serve", "--db", str(path), "--port", "0", "--workers", "2",
               "--cors-origin", "https://newsroom.example"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "CLAIMLEDGER_TOKEN": "", "CLAIMLEDGER_DB": ""},
                               start_new_session=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.startswith("claimledger web view: http://127.0.0.1:") and "2 workers" in line, line
        url = line.split()[3]
        for _ in range(4):  # the socket is listening before the workers start: requests wait, none is refused
            request = urllib.request.Request(url + "api/v1/claims?limit=2", headers={"Origin": "https://newsroom.example"})
            with urllib.request.urlopen(request, timeout=60) as response:
                assert response.status == 200 and b'"items"' in response.read()
                # the settings reached the worker processes (through CLAIMLEDGER_WEB)
                assert response.headers["access-control-allow-origin"] == "https://newsroom.example"
    finally:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=30)

