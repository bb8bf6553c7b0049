"""The map's rows stored by the link stage (migration 0014, link/stored_views.fill_map_rows): the map
read from them is the map read from the places and events tables, on both backends, and a report
re-analysed since the last link run is read from the tables until the next one stores its rows."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest
from sqlalchemy import func, select
from test_ledger_support import BACKENDS, FakeAnalyzer, linked_db

from claimledger.ledger import Ledger, schema
from claimledger.ledger.queries import Filters
from claimledger.model import Document

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from claimledger.web import Settings, create_app, geo  # noqa: E402

# (published, text): places after "near"/"from" (the fake extractor puts a report's n-th place at its own
# latitude, so Menaka named first in two reports is one point of two reports), events at "withdrew"
REPORTS = [
    ("2024-03-02", "Malian army officers said that fighters withdrew from Menaka after 2 days near Gao."),
    ("2024-03-09", "Local elders said that 40 families fled from Menaka toward camps near Ansongo."),
    ("2024-03-09", "A UN official said that a convoy withdrew near Menaka while rebels withdrew from Kidal."),
    ("2024-04-15", "Sudanese doctors said that 12 patients were moved from Kadugli near Dilling."),
    ("2024-05-20", "Yemeni officials said that their forces withdrew from Marib and took positions near Sirwah."),
    ("2024-05-21", "Aid workers said that 300 people sheltered near Sirwah as troops withdrew from Marib."),
    (None, "Residents said that gunmen withdrew from Goma after clashes near Sake."),
]
RANGES = [Filters(), Filters(since="2024-03-01", until="2024-03-31"), Filters(since="2024-05-01"),
          Filters(until="2024-04-30"), Filters(document="0")]


class NewerAnalyzer(FakeAnalyzer):
    version = "0.2-test"


def documents() -> list[Document]:
    return [Document(text=body, title=body[:30], published=day, outlet="desk.example", source=f"map-rows:{n}")
            for n, (day, body) in enumerate(REPORTS)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield from linked_db(request.param, tmp_path, documents())


def _maps(url: str, limit: int = 2000) -> list[tuple[bytes, bytes]]:
    """Each range's map read from the stored rows and from the tables."""
    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        return [(orjson.dumps(geo.features(connection, filters, limit)),
                 orjson.dumps(geo.features(connection, filters, limit, stored_rows=False))) for filters in RANGES]


def _stored_count(url: str) -> tuple[int, int]:
    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        rows = connection.execute(select(func.count()).select_from(schema.map_rows)).scalar_one()
        newest = connection.execute(
            select(func.count()).select_from(schema.newest_analyses.join(
                schema.map_rows, schema.map_rows.c.analysis_id == schema.newest_analyses.c.analysis_id))).scalar_one()
    return rows, newest


def test_a_link_run_stores_every_reports_map_rows_and_the_map_reads_them_alike(db_url: str,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert _stored_count(db_url) == (len(REPORTS), len(REPORTS))
    for limit in (2000, 2):  # 2: the places and the events cut at the limit
        for stored, tables in _maps(db_url, limit):
            assert stored == tables
    every = orjson.loads(_maps(db_url)[0][0])
    menaka = [f["properties"] for f in every["features"] if f["properties"].get("name") == "Menaka"]
    assert [p["reports"] for p in menaka] == [3]  # the first place of three reports: one point
    assert sum(f["properties"]["kind"] == "event" for f in every["features"]) == sum(b.count("withdrew")
                                                                                    for _, b in REPORTS)
    # every report's rows stored: the places and events tables are not read
    monkeypatch.setattr(geo, "_rows", lambda *a, **k: pytest.fail("read the tables"))
    app = create_app(Settings(db=db_url, cache=False))
    with TestClient(app) as client:
        assert client.get("/api/v1/geo").content == orjson.dumps(every)
    app.state.ledger.close()


def test_a_report_analysed_again_is_mapped_from_the_tables_until_the_next_link_run(db_url: str) -> None:
    before = _maps(db_url)
    with Ledger(db_url) as ledger:
        ledger.reanalyze(analyzer=NewerAnalyzer())  # newer analyses, no map rows yet
    assert _stored_count(db_url) == (len(REPORTS), 0)
    after = _maps(db_url)
    assert after == before and all(stored == tables for stored, tables in after)
    with Ledger(db_url) as ledger:
        ledger.link()
    assert _stored_count(db_url) == (2 * len(REPORTS), len(REPORTS))  # an old analysis's row stays good for it
    assert _maps(db_url) == before


@pytest.mark.parametrize("older", [("0014", [2]), ("0015", [3, ["Menaka", "ML", 15.9, 2.4, 1]])])
def test_migrations_0015_and_0016_drop_rows_of_an_older_format_and_the_next_link_run_stores_them_again(
        db_url: str, monkeypatch: pytest.MonkeyPatch, older: tuple[str, list]) -> None:
    from sqlalchemy import text, update

    from claimledger.ledger import migrate

    revision, places = older
    before = _maps(db_url)
    with Ledger(db_url) as ledger, ledger.engine.begin() as connection:  # as a ledger of that revision holds them
        connection.execute(update(schema.map_rows).values(places=orjson.dumps(places), events=b""))
        connection.execute(text(f"UPDATE alembic_version SET version_num = '{revision}'"))
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:  # opening migrates
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == migrate.head()
    assert _stored_count(db_url) == (0, 0)
    assert _maps(db_url) == before  # meanwhile read from the tables
    with Ledger(db_url) as ledger:
        ledger.link()
    assert _stored_count(db_url) == (len(REPORTS), len(REPORTS))
    assert _maps(db_url) == before
    monkeypatch.setattr(geo, "_rows", lambda *a, **k: pytest.fail("read the tables"))
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        assert [orjson.dumps(geo.features(connection, filters, 2000)) for filters in RANGES] \
            == [stored for stored, _ in before]


def test_an_events_stored_json_is_its_feature_but_for_its_reports_position() -> None:
    from claimledger.link import stored_views

    said = 'militia "document":0}} fighters\x00 withdrew'  # what the cut and the join must survive
    feature = stored_views.event_feature("e3", "withdraw", "ML", said, "Kidal", 18.44, 1.41, 0)
    prefix = stored_views.event_prefix(feature)
    assert stored_views.EVENT_CUT not in prefix
    assert orjson.loads(prefix + b"7}}") == {**feature, "properties": {**feature["properties"], "document": 7}}
    with pytest.raises(ValueError):
        stored_views.event_prefix({**feature, "properties": {"document": 0, "kind": "event"}})


def test_places_stored_in_an_older_format_are_mapped_from_the_tables(db_url: str) -> None:
    from sqlalchemy import update

    with Ledger(db_url) as ledger, ledger.engine.begin() as connection:
        first = connection.execute(select(schema.map_rows.c.analysis_id, schema.map_rows.c.places)
                                   .order_by(schema.map_rows.c.analysis_id)).first()
        older = orjson.dumps(orjson.loads(first.places)[1:])  # the rows without the format's number
        connection.execute(update(schema.map_rows).where(schema.map_rows.c.analysis_id == first.analysis_id)
                           .values(places=older))
    for stored, tables in _maps(db_url):
        assert stored == tables
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        reports, kept = geo._reports(connection, Filters(), 0)
        assert geo._stored_rows({row[0]: n for n, row in enumerate(reports)}, kept) is None


def test_a_missing_row_near_the_newest_is_stored_again_at_the_next_link_run(db_url: str) -> None:
    from sqlalchemy import delete

    with Ledger(db_url) as ledger, ledger.engine.begin() as connection:
        lowest = connection.execute(select(func.min(schema.map_rows.c.analysis_id))).scalar_one()
        connection.execute(delete(schema.map_rows).where(schema.map_rows.c.analysis_id == lowest))
    assert _stored_count(db_url) == (len(REPORTS) - 1, len(REPORTS) - 1)
    with Ledger(db_url) as ledger:
        ledger.link()
    assert _stored_count(db_url) == (len(REPORTS), len(REPORTS))


def test_a_places_point_sorts_and_matches_as_its_name_and_coordinates_do() -> None:
    """The map groups places by their stored point and orders points by it (web/geo.py): as the tables'
    path groups and orders (name, lat, lon) tuples, whatever the names (a prefix of another, NULs, case,
    accents) and coordinates (negative, -0.0, far apart)."""
    import random

    from claimledger.link.stored_views import place_point

    names = ["Gao", "Gaoua", "Ga", "Ga\x00o", "Ga\x00", "G\x00\x01", "gao", "Gão", "", "\x00", "Z\u00e9", "Zz"]
    coordinates = [0.0, -0.0, 0.0001, -0.0001, 15.9, -15.9, 89.9999, -179.9999, 180.0, 1234.5678]
    rng = random.Random(5)
    points = [(rng.choice(names), rng.choice(coordinates), rng.choice(coordinates)) for _ in range(3000)]
    by_text = sorted(points, key=lambda p: place_point(*p))
    assert by_text == sorted(points)  # a stable sort of equal keys keeps the same order either way
    for a, b in zip(points, points[1:], strict=False):
        assert (place_point(*a) == place_point(*b)) == (a == b)
    assert place_point("far", 1e4, 0.0) is None and place_point("near", 9999.9999, -9999.9999) is not None


def test_a_stored_place_is_its_feature_but_for_the_pages_numbers() -> None:
    from claimledger.link import stored_views

    point, mentions, at, named = stored_views.place_entry('Kidal "north"', None, 18.4411, 1.4078, None)
    assert mentions == 0 and point == stored_views.place_point('Kidal "north"', 18.4411, 1.4078)
    written = (f"{stored_views.PLACE_START}{at}{stored_views.PLACE_MIDDLE}{named}"
               '"reports":2,"mentions":5,"documents":[0,3]}}')
    assert orjson.loads(written) == stored_views.place_feature('Kidal "north"', None, 18.4411, 1.4078, 2, 5, [0, 3])
    assert stored_views.place_entry("far", None, 12345.0, 0.0, 1) is None  # no point: the map reads the tables


def test_an_analysis_with_a_place_beyond_the_maps_range_is_read_from_the_tables(db_url: str) -> None:
    from sqlalchemy import update

    with Ledger(db_url) as ledger, ledger.engine.begin() as connection:
        connection.execute(update(schema.places).where(schema.places.c.name == "Menaka").values(lat=20000.0))
        connection.execute(schema.map_rows.delete())
    with Ledger(db_url) as ledger:
        ledger.link()
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        stored = [orjson.loads(p) for p in connection.execute(select(schema.map_rows.c.places)).scalars()]
    from claimledger.link import stored_views

    assert stored_views.UNMAPPED in stored and any(p[0] == stored_views.PLACES_FORMAT for p in stored)
    for with_rows, tables in _maps(db_url):
        assert with_rows == tables


def test_the_map_cut_at_a_limit_among_a_reports_events_and_places_reads_alike(db_url: str) -> None:
    for limit in (1, 2, 3, 4, 5, 7):
        for stored, tables in _maps(db_url, limit):
            assert stored == tables


def _statement(filters: Filters, start: int) -> tuple[object, dict]:
    statement = geo._statement("reports", bool(filters.since), bool(filters.until), filters.document)
    return statement, geo._params(filters, start, geo.MAP_REPORTS + 1)


def _one_by_one(connection, statement: object, params: dict) -> list[list]:  # type: ignore[no-untyped-def]
    from claimledger.web import driver

    rows = [list(row) for row in driver.rows(connection, statement, params)[1]]
    for row in rows:  # as the packed read gives them: places parsed, events bytes (None: none)
        row[4] = orjson.loads(row[4]) if row[4] is not None else None
        row[5] = bytes(row[5]) if row[5] else None
    return rows


def test_the_maps_reports_read_as_one_row_are_the_rows_read_one_by_one(db_url: str) -> None:
    """On SQLite the map reads its reports' rows as one row (one step: a few let-goes of the GIL, not one
    per column of every row); they are the rows, in the order, read one by one. PostgreSQL reads them
    one by one (as does a ledger whose engine's events are listened to: see web/driver.py)."""
    from claimledger.web.store import ReadOnlyLedger

    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        assert geo._packed(connection, *_statement(Filters(), 0)) is None
    ledger = ReadOnlyLedger(db_url)  # as the web view opens it
    with ledger, ledger.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        for filters in [*RANGES, Filters(since="2030-01-01")]:
            for start in (0, 2):
                statement, params = _statement(filters, start)
                packed = geo._packed(connection, statement, params)
                assert packed == (_one_by_one(connection, statement, params) if sqlite else None)
        if sqlite:  # every report of the ledger has its rows: each kind of value is there
            rows = geo._packed(connection, *_statement(Filters(), 0))
            assert rows and all(isinstance(row[4], list) for row in rows)
            assert {type(row[5]) for row in rows} == {bytes, type(None)}  # reports with events and without
            assert None in [row[1] for row in rows]  # an undated report


@pytest.mark.parametrize("change", [{"events": b'{"odd":"\x1e"}'}, {"places": b"[4,"}])
def test_a_stored_row_the_packed_read_cannot_cut_is_read_row_by_row(tmp_path, change: dict) -> None:  # type: ignore[no-untyped-def]
    """A stored events value holding the packed read's separator, or places that are not JSON (neither is
    what the link stage writes): the reports are read row by row, as before."""
    from sqlalchemy import update

    from claimledger.web.store import ReadOnlyLedger

    url = next(linked_db("sqlite", tmp_path, documents()))
    with Ledger(url) as ledger, ledger.engine.begin() as connection:
        listed = [row[0] for row in _one_by_one(connection, *_statement(Filters(), 0))]
        first = connection.execute(select(func.min(schema.map_rows.c.analysis_id))).scalar_one()
        connection.execute(update(schema.map_rows).where(schema.map_rows.c.analysis_id == first).values(**change))
    ledger = ReadOnlyLedger(url)
    try:
        with ledger.engine.connect() as connection:
            assert geo._packed(connection, *_statement(Filters(), 0)) is None
            reports, _ = geo._reports(connection, Filters(), 0)
            assert [row[0] for row in reports] == listed
    finally:
        ledger.close()
