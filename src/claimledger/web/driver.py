"""The web view's cached statements run on SQLite's own cursor.

SQLAlchemy's execution of a statement it has compiled before (its cache looked up, the
parameters processed, the rows wrapped in a Result of Row objects) cost 0.3 ms of the
1.35 ms a page of 50 figures takes in SQL, and as much again for a page of the map: more
than a third of what SQLite itself spends. The views' statements are built once per kind of
filtering (``ordered``, ``paging``, ``geo``), so each is compiled here once and then handed
to ``sqlite3`` as its SQL string and positional parameters, its rows fetched as tuples.

Only where nothing is lost: a statement whose result columns or parameters need a type's
conversion (a DateTime read back as a datetime, say) or whose parameters are expanded per
execution (``IN`` lists) runs through SQLAlchemy, as does every statement on PostgreSQL and
while anyone listens to the engine's execution events (``bench/web.py`` captures each
statement to explain its plan: it sees the same SQL either way).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Connection


def rows(connection: Connection, statement: Any, params: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """The result's column names and its rows (tuples, or SQLAlchemy rows, by position)."""
    compiled = _compiled(statement, connection.dialect) if _direct(connection) else None
    if compiled is None or compiled[3]:  # (a true/false column: see dicts)
        result = connection.execute(statement, params)
        return list(result.keys()), result.all()
    return list(compiled[2]), _fetch(connection, statement, compiled, params)


def dicts(connection: Connection, statement: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The result's rows as dicts by column name."""
    compiled = _compiled(statement, connection.dialect) if _direct(connection) else None
    if compiled is None:
        result = connection.execute(statement, params)
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result.all()]
    keys, booleans = compiled[2], compiled[3]
    found = [dict(zip(keys, row, strict=True)) for row in _fetch(connection, statement, compiled, params)]
    for name in booleans:  # SQLite stores them as 0 / 1: read back as SQLAlchemy's Boolean does
        for row in found:
            if row[name] is not None:
                row[name] = bool(row[name])
    return found


def _fetch(connection: Connection, statement: Any, compiled: tuple, params: dict[str, Any]) -> list[Any]:
    sql, names = compiled[0], compiled[1]
    if names:
        params = statement_params(statement, connection.dialect, params)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, [params[name] for name in names])
        return cursor.fetchall()
    finally:
        cursor.close()


def sql_of(connection: Connection, statement: Any, params: dict[str, Any]) -> tuple[str, tuple[Any, ...]] | None:
    """The SQL and positional parameters ``statement`` runs with on SQLite's own cursor, for a statement
    wrapping it (``run``); None where it would go through SQLAlchemy (see ``rows``)."""
    compiled = _compiled(statement, connection.dialect) if _direct(connection) else None
    if compiled is None or compiled[3]:
        return None
    sql, names = compiled[0], compiled[1]
    if names:
        params = statement_params(statement, connection.dialect, params)
    return sql, tuple(params[name] for name in names)


def run(connection: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """The rows of SQL written out for the driver (its own parameter marks), as tuples."""
    if not _direct(connection):
        return list(connection.exec_driver_sql(sql, params).all())
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def statement_params(statement: Any, dialect: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Every parameter of the compiled statement: those given, and the values built into it (a
    quantity or type compared to, a LIKE's escape...)."""
    return _compile(statement, dialect).construct_params(params)


def _direct(connection: Connection) -> bool:
    return (connection.dialect.name == "sqlite" and not connection._has_events
            and not connection.engine._has_events)


@lru_cache(maxsize=1024)
def _compile(statement: Any, dialect: Any) -> Any:
    return statement.compile(dialect=dialect)


@lru_cache(maxsize=1024)
def _compiled(statement: Any, dialect: Any) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The statement's SQL, its parameters' names in order, its columns' names and those of its true /
    false columns; None when its results or parameters need SQLAlchemy's conversions."""
    compiled = _compile(statement, dialect)
    if compiled.literal_execute_params or compiled.post_compile_params or compiled._bind_processors:
        return None
    columns = compiled._result_columns
    booleans = tuple(column.keyname for column in columns if isinstance(column.type, Boolean))
    if any(column.type._cached_result_processor(dialect, None) is not None for column in columns
           if not isinstance(column.type, Boolean)):
        return None
    return (compiled.string, tuple(compiled.positiontup or ()), tuple(column.keyname for column in columns),
            booleans)
