"""Opening the ledger for the web view: read-only, so that serving it can never change it.

SQLite is opened through a ``mode=ro`` URI (the file cannot be written through this
connection, whatever a bug asks) with ``query_only`` as a second lock; PostgreSQL
sessions start with ``default_transaction_read_only``, so every transaction is a
read-only one. A ledger whose schema is older than this claimledger is refused with a
hint (migrating would be a write): any other command opens it and brings it up to date.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from claimledger.ledger import Ledger, db, migrate
from claimledger.ledger.db import LedgerError


class ReadOnlyLedger(Ledger):
    """A :class:`Ledger` whose engine cannot write; every reading verb works as usual."""

    def __init__(self, db_url: str | os.PathLike[str] | None = None) -> None:  # noqa: D107 - no migration here
        self.url = db.resolve_url(db_url)
        self._watch: sqlite3.Connection | None = None  # see data_version
        self._watch_lock = threading.Lock()
        self.engine = read_only_engine(self.url)
        try:
            with self.engine.connect() as connection:
                found = migrate.current(connection)
        except DBAPIError as exc:
            self.engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0][:200] if exc.orig else type(exc).__name__
            raise LedgerError(f"cannot open the ledger at {self.display_url}: {reason}") from None
        if found != migrate.head():
            self.engine.dispose()
            if found is None:
                raise LedgerError(f"{self.display_url} is not a ledger (no ledger tables): build one with "
                                  "`claimledger ingest REPORTS --db …`")
            raise LedgerError(f"the ledger at {self.display_url} has schema revision {found}, not this "
                              f"claimledger's {migrate.head()}: the web view only reads, so it does not migrate; "
                              "run `claimledger link` on it once (or upgrade claimledger) first")

    def data_version(self) -> int | None:
        """A number that changes whenever another connection commits to the ledger (SQLite's
        ``PRAGMA data_version`` on a connection of this object's own that never writes); None
        on PostgreSQL, which has no such counter."""
        if not self.url.startswith("sqlite"):
            return None
        with self._watch_lock:  # one connection, asked from any thread
            if self._watch is None:
                self._watch = sqlite3.connect(_read_only_uri(self.url), uri=True, check_same_thread=False,
                                              timeout=db.SQLITE_BUSY_SECONDS, isolation_level=None)
            return self._watch.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        super().close()

    @property
    def display_url(self) -> str:
        """The ledger as the user named it (not the read-only URI), without a password."""
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


MMAP_BYTES = 1 << 40  # SQLite caps it at its compile-time SQLITE_MAX_MMAP_SIZE (2 GB by default)


def read_only_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_read_only(url)
    # libpq's options: every transaction of the session is READ ONLY (writes fail with 25006)
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"options": "-c default_transaction_read_only=on"})


def _read_only_uri(url: str) -> str:
    """The SQLite URI opening the ledger file of ``url`` read-only."""
    return f"file:{quote(str(Path(url.split('///', 1)[-1]).resolve()))}?mode=ro"


def _sqlite_read_only(url: str) -> Engine:
    path = url.split("///", 1)[-1]
    if not path or path == ":memory:" or path.startswith("file:"):
        raise LedgerError("the web view reads a ledger file: give --db the path of one")
    if not Path(path).is_file():
        raise LedgerError(f"no ledger at {path}: build one with `claimledger ingest REPORTS --db {path}`")
    # pool_reset_on_return=None: a connection given back holds no transaction to roll back (autocommit
    # reads, set below, on a read-only file), and the rollback cost every request a call into SQLite
    engine = create_engine(f"sqlite:///{_read_only_uri(url)}&uri=true", pool_reset_on_return=None,
                           connect_args={"timeout": db.SQLITE_BUSY_SECONDS, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # plain autocommit reads: no write lock is ever asked for
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA query_only=ON")
        # pages read through a memory map, not read() into the connection's own cache: requests
        # touching different reports read many pages once, and each read() cost a system call
        # and a copy (see bench/web.py: CPU per request). SQLite keeps a map coherent with other
        # connections' commits; only a file shrunk under it (a VACUUM, which claimledger never runs) would not be.
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.close()

    return engine
