"""The ledger's SQL views (migration 0003) on both backends, and the ledger opened in Datasette.

Three short reports written for this test (Sudan, Myanmar, DR Congo) are stored with
hand-made analysis records; one of them is analysed twice, so the views must read the
newest analysis only. A story and a link are written as the link stage stores them.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text
from test_ledger_support import BACKENDS, fresh_db
from typer.testing import CliRunner

from claimledger.datasette_cli import database_name, metadata
from claimledger.ledger import Ledger, db, schema, store
from claimledger.ledger.analysis import Analyzer
from claimledger.ledger.store import Versioned
from claimledger.model import Document

datasette_app = pytest.importorskip("datasette.app", reason="datasette is in the dev extra")

FASHER = ("Drones Hit Market in El Fasher\n"
          "The Sudanese Armed Forces said that at least 40 civilians were killed when drones struck "
          "the cattle market in El Fasher on Sunday.")
MONYWA = ("Thousands Flee Air Strikes Near Monywa\n"
          "A spokesperson for the local resistance said about 2,000 residents had fled air strikes "
          "on villages outside Monywa.")
SAKE = ("Rebels Pull Out of Sake, Army Says\n"
        "Congolese army officials said that the rebels withdrew from Sake after two days of fighting.")
FASHER_AGAIN = "the Sudanese Armed Forces now say 52 civilians died in the market strike"


def _span(body: str, words: str) -> list[int]:
    start = body.index(words)
    return [start, start + len(words)]


def _record(document: Document, version: str, *, claims: list[dict], figures: list[dict] = (),
            events: list[dict] = (), places: list[dict] = ()) -> dict:
    return {
        "schema": "claimledger.analysis/1",
        "extractor": {"name": "claimledger", "version": version, "model": "hand-written"},
        "document": {"id": document.id, "title": document.title, "text": document.text, "outlet": document.outlet,
                     "url": document.url, "published": document.published,
                     "declared_origin": None, "language": "en"},
        "claims": claims, "figures": list(figures), "events": list(events), "places": list(places), "checks": [],
    }


def _claim(body: str, cid: str, speaker: str, side: str | None, cue: str, content: str, **extra: Any) -> dict:
    return {"id": cid, "speaker": {"name": speaker, "kind": "organization", "side": side,
                                   "span": _span(body, speaker)},
            "cue": cue, "mode": "indirect", "hedge": extra.get("hedge", "asserted"), "polarity": "affirmed",
            "text": content, "span": _span(body, content), "sentence_span": [0, len(body)],
            "cue_span": _span(body, cue), "figures": extra.get("figures", []), "events": extra.get("events", [])}


def _place(body: str, pid: str, name: str, country: str, lat: float, lon: float) -> dict:
    return {"id": pid, "name": name, "kind": "city", "country": country, "lat": lat, "lon": lon,
            "geonames_id": None, "mentions": [_span(body, name)]}


def fasher(document: Document) -> dict:
    body = document.text
    content = "at least 40 civilians were killed when drones struck the cattle market in El Fasher on Sunday"
    return _record(
        document, "1",
        claims=[_claim(body, "c1", "Sudanese Armed Forces", "SD", "said", content, figures=["f1"], events=["e1"])],
        figures=[{"id": "f1", "value": 40, "low": None, "high": None, "approximate": False,
                  "quantity": "civilians_killed", "unit": None, "subject": "civilians", "side": None,
                  "out_of": None, "fraction": None, "text": "at least 40 civilians",
                  "span": _span(body, "at least 40 civilians"), "claim": "c1", "place": "p1", "as_of": None}],
        events=[{"id": "e1", "type": "attack", "actor": None, "target": None, "place": "p1",
                 "when": {"text": "on Sunday", "start": None, "end": None}, "certainty": "asserted",
                 "claims": ["c1"], "text": "drones struck the cattle market", "span": _span(body, "drones struck")}],
        places=[_place(body, "p1", "El Fasher", "SD", 13.63, 25.35)],
    )


def monywa(document: Document) -> dict:
    body = document.text
    content = "about 2,000 residents had fled air strikes on villages outside Monywa"
    return _record(
        document, "1",
        claims=[_claim(body, "c1", "A spokesperson for the local resistance", None, "said", content,
                       hedge="estimate", figures=["f1"])],
        figures=[{"id": "f1", "value": 2000, "low": None, "high": None, "approximate": True,
                  "quantity": "displaced", "unit": None, "subject": "residents", "side": "MM", "out_of": None,
                  "fraction": None, "text": "about 2,000 residents", "span": _span(body, "about 2,000 residents"),
                  "claim": "c1", "place": "p1", "as_of": None}],
        places=[_place(body, "p1", "Monywa", "MM", 22.11, 95.13)],
    )


def sake(document: Document) -> dict:
    body = document.text
    content = "the rebels withdrew from Sake after two days of fighting"
    return _record(
        document, "1",
        claims=[_claim(body, "c1", "Congolese army officials", "CD", "said that", content, events=["e1"])],
        events=[{"id": "e1", "type": "withdraw", "actor": {"name": "the rebels", "side": None}, "target": None,
                 "place": "p1", "when": None, "certainty": "asserted", "claims": ["c1"],
                 "text": "the rebels withdrew from Sake", "span": _span(body, "the rebels withdrew from Sake")}],
        places=[_place(body, "p1", "Sake", "CD", -1.57, 29.04)],
    )


class HandWritten(Analyzer):
    """The records above, chosen by the report's headline."""

    def made_by(self) -> Versioned:
        return Versioned("claimledger", "1", "hand-written")

    def _analyze(self, documents: list[Document]) -> list[dict]:
        makers = {"Drones": fasher, "Thousands": monywa, "Rebels": sake}
        return [makers[(d.title or "").split()[0]](d) for d in documents]


def _document(report: str, published: str, outlet: str) -> Document:
    title, body = report.split("\n", 1)
    return Document(text=body, title=title, published=published, outlet=outlet, source=f"test:{title}")


def build(url: str) -> dict[str, str]:
    """The three reports stored, El Fasher analysed twice, one story and one link; their ids by place."""
    docs = {"fasher": _document(FASHER, "2025-05-04", "darfur-monitor.example"),
            "monywa": _document(MONYWA, "2025-05-06", "irrawaddy-wire.example"),
            "sake": _document(SAKE, "2025-05-07", "kivu-news.example")}
    with Ledger(url) as ledger:
        ledger.ingest(list(docs.values()), analyzer=HandWritten())
        second = fasher(docs["fasher"])
        second["extractor"]["version"] = "2"
        second["claims"][0]["text"] = FASHER_AGAIN  # the newest analysis reads the claim differently
        second["claims"][0]["span"] = [0, 10]
        with db.writing(ledger.engine) as connection:
            store.add_analysis(connection, docs["fasher"].id, second)
            connection.execute(insert(schema.stories).values(
                id=7, title="Drone strikes on Darfur markets", first="2025-05-04", last="2025-05-06", size=2,
                state="{}", updated_at="2025-05-06T00:00:00+00:00"))
            connection.execute(insert(schema.story_members), [
                {"document_id": docs["fasher"].id, "story_id": 7, "score": 1.0, "decided_by": "link"},
                {"document_id": docs["monywa"].id, "story_id": 7, "score": 0.4, "decided_by": "person"}])
            connection.execute(insert(schema.links).values(
                document_id=docs["monywa"].id, origin_id=docs["fasher"].id, origin_outlet=None,
                origin_key=docs["fasher"].id, kind="rewrite", confidence=0.8, evidence="{}", decided_by="link",
                created_at="2025-05-06T00:00:00+00:00"))
    return {name: d.id for name, d in docs.items()}


@pytest.fixture(params=BACKENDS)
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


def rows(url: str, sql: str) -> list[dict]:
    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        return [dict(row) for row in connection.execute(text(sql)).mappings()]


# ---------------------------------------------------------------------- the views, both backends


def test_views_read_the_newest_analysis_only(ledger_url: str) -> None:
    ids = build(ledger_url)
    latest = rows(ledger_url, "SELECT document_id, analysis_version FROM latest_analyses ORDER BY document_id")
    assert {r["document_id"]: r["analysis_version"] for r in latest} == {
        ids["fasher"]: 2, ids["monywa"]: 1, ids["sake"]: 1}
    claims = rows(ledger_url, "SELECT * FROM claims_with_reports ORDER BY published")
    assert [c["claim_text"] for c in claims][0] == FASHER_AGAIN
    assert len(claims) == 3  # the first analysis of El Fasher is not read
    first = claims[0]
    assert (first["speaker"], first["speaker_side"], first["report_title"], first["outlet"], first["figures"]) == (
        "Sudanese Armed Forces", "SD", "Drones Hit Market in El Fasher", "darfur-monitor.example", 1)


def test_figures_carry_who_said_them_and_where(ledger_url: str) -> None:
    build(ledger_url)
    figures = rows(ledger_url, "SELECT * FROM figures_with_sources ORDER BY published")
    assert [(f["quantity"], f["value"], f["said_by"], f["said_by_side"], f["counted_side"], f["place"])
            for f in figures] == [
        ("civilians_killed", 40.0, "Sudanese Armed Forces", "SD", None, "El Fasher"),
        ("displaced", 2000.0, "A spokesperson for the local resistance", None, "MM", "Monywa")]
    assert figures[1]["hedge"] == "estimate" and figures[1]["place_country"] == "MM"
    assert bool(figures[1]["approximate"]) and not bool(figures[0]["approximate"])


def test_events_with_places_reports_stories_and_links(ledger_url: str) -> None:
    ids = build(ledger_url)
    events = rows(ledger_url, "SELECT * FROM events_with_places ORDER BY published")
    assert [(e["type"], e["place"], e["place_country"], e["claims_saying_it"]) for e in events] == [
        ("attack", "El Fasher", "SD", 1), ("withdraw", "Sake", "CD", 1)]
    assert events[1]["actor"] == "the rebels" and events[1]["lat"] == pytest.approx(-1.57)
    reports = {r["document_id"]: r for r in rows(ledger_url, "SELECT * FROM reports")}
    assert (reports[ids["fasher"]]["claims"], reports[ids["fasher"]]["figures"],
            reports[ids["fasher"]]["copies_seen"]) == (1, 1, 1)
    assert reports[ids["sake"]]["events"] == 1 and reports[ids["sake"]]["places"] == 1
    places = rows(ledger_url, "SELECT place, country FROM places_with_reports ORDER BY place")
    assert places == [{"place": "El Fasher", "country": "SD"}, {"place": "Monywa", "country": "MM"},
                      {"place": "Sake", "country": "CD"}]
    story = rows(ledger_url, "SELECT story, story_title, report_title, decided_by FROM story_reports "
                             "ORDER BY published")
    assert [(s["story"], s["report_title"], s["decided_by"]) for s in story] == [
        ("S7", "Drones Hit Market in El Fasher", "link"), ("S7", "Thousands Flee Air Strikes Near Monywa", "person")]
    links = rows(ledger_url, "SELECT * FROM links_readable")
    assert [(k["outlet"], k["kind"], k["origin_outlet"], k["origin_title"]) for k in links] == [
        ("irrawaddy-wire.example", "rewrite", "darfur-monitor.example", "Drones Hit Market in El Fasher")]


def test_views_are_not_tables_of_the_modelled_schema(ledger_url: str) -> None:
    build(ledger_url)
    with Ledger(ledger_url) as ledger:
        from sqlalchemy import inspect

        inspector = inspect(ledger.engine)
        views = set(inspector.get_view_names())
        assert {"claims_with_reports", "figures_with_sources", "events_with_places", "story_reports",
                "links_readable", "latest_analyses", "reports", "places_with_reports"} <= views
        assert not views & set(inspector.get_table_names())


# ---------------------------------------------------------------------- Datasette (SQLite)


def _datasette(path: Path, with_metadata: bool):  # type: ignore[no-untyped-def]
    meta = metadata(database_name(str(path))) if with_metadata else None
    return datasette_app.Datasette([str(path)], metadata=meta)


def _get(ds, path: str) -> Any:  # type: ignore[no-untyped-def]
    async def fetch() -> Any:
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return response.json()

    return asyncio.run(fetch())


@pytest.fixture
def sqlite_ledger(tmp_path: Path) -> Path:
    path = tmp_path / "sudan.db"
    build(str(path))
    return path


def test_datasette_queries_a_view(sqlite_ledger: Path) -> None:
    ds = _datasette(sqlite_ledger, with_metadata=True)
    found = _get(ds, "/sudan/claims_with_reports.json?_shape=array&speaker_side=SD")
    assert [(r["speaker"], r["claim_text"]) for r in found] == [("Sudanese Armed Forces", FASHER_AGAIN)]
    sql = _get(ds, "/sudan.json?_shape=array&sql=" +
               "select+place,+value+from+figures_with_sources+where+quantity+%3D+%27displaced%27")
    assert sql == [{"place": "Monywa", "value": 2000.0}]


def test_datasette_searches_reports_without_metadata(sqlite_ledger: Path) -> None:
    ds = _datasette(sqlite_ledger, with_metadata=False)
    # porter stemming: "strike" finds "strikes" and "struck" is not needed
    found = _get(ds, "/sudan/documents.json?_shape=array&_search=strike")
    assert sorted(r["title"] for r in found) == ["Thousands Flee Air Strikes Near Monywa"]


def test_datasette_searches_a_view_through_its_report(sqlite_ledger: Path) -> None:
    ds = _datasette(sqlite_ledger, with_metadata=True)
    found = _get(ds, "/sudan/figures_with_sources.json?_shape=array&_search=Monywa+residents")
    assert [r["place"] for r in found] == ["Monywa"]
    described = _get(ds, "/-/metadata.json")
    tables = described["databases"]["sudan"]["tables"]
    assert "Who claims what" in tables["claims_with_reports"]["description"]
    assert tables["lsh_keys"] == {"hidden": True}


def test_metadata_command_names_the_database_by_its_file(tmp_path: Path) -> None:
    from claimledger.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["datasette-metadata", "--db", str(tmp_path / "myanmar.db")])
    assert result.exit_code == 0, result.output
    assert list(json.loads(result.stdout)["databases"]) == ["myanmar"]
    target = tmp_path / "metadata.json"
    assert runner.invoke(app, ["datasette-metadata", "--db", "x.db", "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text())["databases"]["x"]["tables"]["documents"]["fts_table"] == "documents_fts"
    again = runner.invoke(app, ["datasette-metadata", "--db", "x.db", "-o", str(target)])
    assert again.exit_code == 2 and "--force" in again.output
    refused = runner.invoke(app, ["datasette-metadata", "--db", "postgresql://someone@127.0.0.1/ledger"])
    assert refused.exit_code == 2 and "SQLite" in refused.output and "Traceback" not in refused.output
