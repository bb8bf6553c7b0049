"""Connections to the ledger's database: SQLite by default, PostgreSQL for teams.

Everything backend-specific about connecting lives here: how a ``--db`` value
becomes a URL, SQLite's WAL mode and write locking, retrying a transaction that lost
a race with another writer, and bringing the schema up to date with Alembic.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

DEFAULT_DB = "claimledger.db"
# Files SQLite keeps beside a database: write-ahead log, shared memory, rollback journal.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
ENV_VAR = "CLAIMLEDGER_DB"
# How long a SQLite writer waits for the lock in one go before SQLite gives up; then we
# retry, up to the ledger's lock wait (CLAIMLEDGER_LOCK_WAIT seconds, default 60).
SQLITE_BUSY_SECONDS = 2
LOCK_WAIT_VAR = "CLAIMLEDGER_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 60.0
WRITE_ATTEMPTS = 12
# Any fixed number will do: it names the lock that serialises migrations on PostgreSQL.
PG_MIGRATION_LOCK = 7_240_411

T = TypeVar("T")


class LedgerError(Exception):
    """A problem with the ledger itself (cannot open, bad URL): one readable line."""


class LedgerBusy(LedgerError):
    """Another process held the write lock for longer than the lock wait."""


# Told once per wait that the ledger is busy (the CLI prints a line); None: silent.
on_busy: Callable[[float], None] | None = None


def first_line(exc: DBAPIError, width: int) -> str:
    """The driver's message, its first line cut to ``width``; the error's class without one."""
    return str(exc.orig).strip().splitlines()[0][:width] if exc.orig else type(exc).__name__


def lock_wait() -> float:
    """Seconds a writer waits for another process's write lock before giving up."""
    value = os.environ.get(LOCK_WAIT_VAR)
    try:
        seconds = float(value) if value else DEFAULT_LOCK_WAIT
    except ValueError:
        raise LedgerError(f"{LOCK_WAIT_VAR} must be a number of seconds, not {value!r}") from None
    return max(0.0, seconds)


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for a ``--db`` value, ``CLAIMLEDGER_DB``, or ./claimledger.db.

    A plain path is a SQLite file. ``postgresql://`` and ``postgres://`` URLs use the
    psycopg 3 driver, which is the one we install.
    """
    value = str(db) if db is not None else os.environ.get(ENV_VAR) or DEFAULT_DB
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix):]
    if "://" in value:
        scheme = value.split("://", 1)[0]
        if scheme.split("+")[0] not in ("sqlite", "postgresql"):
            raise LedgerError(f"--db {scheme}://…: not a ledger claimledger can use; give a SQLite file "
                              "path or a postgresql:// URL")
        return value
    return "sqlite:///" + str(Path(value).expanduser())


def create(url: str) -> Engine:
    """An engine set up for the ledger's access pattern: many short write transactions."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control away from the sqlite3 module (it would BEGIN lazily,
        # as DEFERRED, and commit before DDL), so that _on_begin below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer, and a killed process leaves the file
        # consistent. NORMAL sync is still atomic; only an OS crash may lose the last
        # commits, never half of one.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock up front (IMMEDIATE): a deferred transaction
        # that upgrades from reading to writing fails at once with "database is
        # locked" when another process wrote in between, instead of waiting.
        immediate = connection.get_execution_options().get("claimledger_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def is_sqlite(engine_or_connection: Engine | Connection) -> bool:
    return engine_or_connection.dialect.name == "sqlite"


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on error."""
    with engine.connect().execution_options(claimledger_write=True) as connection, connection.begin():
        yield connection


def write(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in one write transaction, retrying when another writer got in the way.

    Two ingests into one ledger meet here: on SQLite as a lock held past the busy
    timeout, on PostgreSQL as a deadlock or a unique key taken by a transaction that
    committed first. Rerunning the whole transaction then sees the other's rows.
    """

    def attempt() -> T:
        with writing(engine) as connection:
            return work(connection)

    return retry_transient(attempt, url=engine.url)


def retry_transient(work: Callable[[], T], *, url: object = None) -> T:
    """Run ``work`` again while it fails for a moment's lock (for at most the lock wait,
    then LedgerBusy) or a concurrent writer's key (a few times), with jittered backoff."""
    deadline = time.monotonic() + lock_wait()
    told = False
    for attempt in range(1_000_000):
        try:
            return work()
        except (OperationalError, DBAPIError) as exc:
            if not _is_transient(exc):
                raise
            if _is_lock(exc):
                if time.monotonic() >= deadline:
                    where = getattr(url, "render_as_string", lambda **_: "the ledger")(hide_password=True)
                    raise LedgerBusy(f"{where} is busy: another process has held its write lock for "
                                     f"{lock_wait():g} s; try again when it is done (or set "
                                     f"{LOCK_WAIT_VAR} to wait longer)") from None
                if not told and on_busy is not None:
                    on_busy(max(0.0, deadline - time.monotonic()))
                told = True
            elif attempt >= WRITE_ATTEMPTS - 1:
                raise
            # Jitter, so that two writers that collided do not collide again in step.
            time.sleep(min(2.0, 0.05 * 2 ** min(attempt, 6)) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def _is_lock(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message or getattr(exc.orig, "sqlstate", None) == "55P03"


def _is_transient(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True  # a concurrent writer took the key: the retry will see its row
    message = str(exc.orig).lower()
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return ("locked" in message or "busy" in message
            or sqlstate in {"40001", "40P01", "55P03"})  # serialization, deadlock, lock not available
