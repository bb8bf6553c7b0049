"""web/driver.py: the views' statements run on SQLite's own cursor give the rows SQLAlchemy gives."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("fastapi")
from sqlalchemy import event  # noqa: E402
from web_support import built_ledger  # noqa: E402

from claimledger.ledger.queries import Filters  # noqa: E402
from claimledger.web import driver, geo, ordered, paging  # noqa: E402
from claimledger.web.store import ReadOnlyLedger  # noqa: E402

DATES = Filters(since="2020-01-01", until="2030-12-31")
FILTERS = {  # the filters the API passes each view
    "claims": [Filters(), DATES, Filters(side="YE"), Filters(speaker="ministry"), Filters(contains="port")],
    "figures": [Filters(), DATES, Filters(quantity="killed", side="YE"), Filters(speaker="ministry"),
                Filters(place="hodeidah", contains="killed")],
    "events": [Filters(), DATES, Filters(type="attack", place="hodeidah"), Filters(side="RU", contains="drone")],
    "places": [Filters(), DATES, Filters(place="goma")],
}


def _through_sqlalchemy(connection: Any, statement: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    result = connection.execute(statement, params)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]


@pytest.mark.parametrize("view", ["claims", "figures", "events", "places"])
def test_each_views_page_reads_the_same_rows_on_sqlites_cursor(view: str) -> None:
    ledger = ReadOnlyLedger(built_ledger())
    keys = tuple(paging.KEYS[view].columns[1:])
    try:
        with ledger.engine.connect() as connection:
            direct = 0
            for filters in FILTERS[view]:
                shape, values = ordered.split(filters)
                for dated in (True, False):
                    statement = ordered._statement(view, shape, dated, False, keys)
                    params = {"wanted": 500, **values}
                    rows = driver.dicts(connection, statement, params)
                    assert rows == _through_sqlalchemy(connection, statement, params)
                    assert [type(v) for row in rows for v in row.values()] == \
                        [type(v) for row in _through_sqlalchemy(connection, statement, params) for v in row.values()]
                    direct += driver._compiled(statement, connection.dialect) is not None
            assert direct  # the views' statements do take the direct way
            assert any(driver.dicts(connection, ordered._statement(view, ordered.split(f)[0], True, False, keys),
                                    {"wanted": 500, **ordered.split(f)[1]}) for f in FILTERS[view])
    finally:
        ledger.close()


def test_the_maps_rows_and_a_statement_with_dates_read_back_the_same() -> None:
    ledger = ReadOnlyLedger(built_ledger())
    try:
        with ledger.engine.connect() as connection:
            for kind in ("reports", "places", "events"):
                statement = geo._statement(kind, True, False, None)
                params = {"shown": 101, "start": 0, "since": "2000-01-01"}
                keys, rows = driver.rows(connection, statement, params)
                expected = connection.execute(statement, params)
                assert keys == list(expected.keys())
                assert [tuple(row) for row in rows] == [tuple(row) for row in expected.all()]
                assert rows
    finally:
        ledger.close()


def test_statements_go_through_sqlalchemy_while_its_events_are_listened_to() -> None:
    """bench/web.py captures every statement through the engine's events to explain its plan."""
    ledger = ReadOnlyLedger(built_ledger())
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    try:
        with ledger.engine.connect() as connection:
            statement = geo._statement("reports", False, False, None)
            driver.rows(connection, statement, {"shown": 5, "start": 0})
            assert not seen
            event.listen(ledger.engine, "before_cursor_execute", record)
            driver.rows(connection, statement, {"shown": 5, "start": 0})
            assert seen and "documents" in seen[-1]
    finally:
        if event.contains(ledger.engine, "before_cursor_execute", record):
            event.remove(ledger.engine, "before_cursor_execute", record)
        ledger.close()
