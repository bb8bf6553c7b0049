"""Kept answers shared by a server's worker processes, in a small SQLite file of their own.

With ``serve --workers 2`` each process kept its own answers, so half the repeated requests
went to the process that had not computed them and were computed again. The workers now
also put each kept answer in one SQLite file (WAL, no fsync: it is a cache, lost with the
server) and look there before computing.

When is another process's answer still good? ``PRAGMA data_version`` cannot say: its value
is per connection. Time can, on one machine: every answer is stored with the moment
(``time.monotonic()``, one clock for every process of the machine) its computation began,
before it read anything; every process notes the moment it last saw its own data_version
move, right after reading it. A commit that process has seen happened before that moment,
so an answer begun after it was read from the ledger with that commit in; an answer begun
before it may not have been, and is not used. A commit no process has seen yet is seen by
the reading process itself at the start of the request (it reads data_version first), and
its moment then postdates every answer stored: none is used.

Any error of the cache file (locked a moment too long, disk full) costs a computed answer,
never a failed request.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import orjson

MAX_BYTES = 256_000_000  # answers kept in the file, in bytes of body: the oldest go first
PRUNE_EVERY = 500  # puts between two checks of the file's size
BUSY_MS = 50  # a write waits this long for another process's, then gives up (the answer is sent anyway)

T = TypeVar("T")
Answer = tuple[int, list[tuple[bytes, bytes]], bytes, bytes]  # status, headers, body, etag


class SharedAnswers:
    """GET answers by (path, query) in a SQLite file at ``path``, with the moment each was begun."""

    def __init__(self, path: str | Path, max_bytes: int = MAX_BYTES) -> None:
        self.path, self.max_bytes = str(path), max_bytes
        # a connection to read (the event loop's: a WAL read never waits) and one to write (threads', which
        # may wait a moment for another process's write), each opened on first use: in the worker process
        self._reader, self._writer = _Connection(self.path), _Connection(self.path)
        self.puts = 0

    def get(self, key: tuple[str, bytes], begun_after: float) -> Answer | None:
        """The answer kept for ``key`` if its computation began after ``begun_after``."""
        row = self._reader.run(lambda db: db.execute(
            "SELECT status, headers, body, etag FROM kept WHERE path = ? AND query = ? AND begun > ?",
            (key[0], key[1], begun_after)).fetchone())
        if row is None:
            return None
        status, headers, body, etag = row
        return status, [(n.encode("latin-1"), v.encode("latin-1")) for n, v in orjson.loads(headers)], body, etag

    def put(self, key: tuple[str, bytes], begun: float, answer: Answer) -> None:
        status, headers, body, etag = answer
        listed = orjson.dumps([(n.decode("latin-1"), v.decode("latin-1")) for n, v in headers])

        def write(db: sqlite3.Connection) -> None:
            db.execute("INSERT OR REPLACE INTO kept (path, query, begun, status, headers, body, etag) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", (key[0], key[1], begun, status, listed, body, etag))
            self.puts += 1
            if self.puts % PRUNE_EVERY == 0:
                self._prune(db)

        self._writer.run(write)

    def forget_before(self, moment: float) -> None:
        """Drop the answers begun before ``moment`` (a commit seen then: no process may use them)."""
        self._writer.run(lambda db: db.execute("DELETE FROM kept WHERE begun <= ?", (moment,)))

    def close(self) -> None:
        self._reader.close()
        self._writer.close()

    def _prune(self, db: sqlite3.Connection) -> None:
        size = db.execute("SELECT coalesce(sum(length(body)), 0) FROM kept").fetchone()[0]
        if size > self.max_bytes:  # the oldest half out: pruning is rare, and then it is done for a while
            db.execute("DELETE FROM kept WHERE rowid IN (SELECT rowid FROM kept ORDER BY begun "
                       "LIMIT (SELECT count(*) / 2 FROM kept))")



class _Connection:
    """One SQLite connection to the file, opened on first use, used by one thread at a time."""

    def __init__(self, path: str) -> None:
        self.path, self.lock = path, threading.Lock()
        self.db: sqlite3.Connection | None = None

    def run(self, work: Callable[[sqlite3.Connection], T]) -> T | None:
        try:
            with self.lock:
                if self.db is None:
                    self.db = _open(self.path)
                return work(self.db)
        except sqlite3.Error:
            return None

    def close(self) -> None:
        with self.lock:
            if self.db is not None:
                self.db.close()
                self.db = None


def _open(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")  # a cache: a crash may lose it, nothing else
    db.execute("CREATE TABLE IF NOT EXISTS kept (path TEXT NOT NULL, query BLOB NOT NULL, begun REAL NOT NULL, "
               "status INTEGER NOT NULL, headers BLOB NOT NULL, body BLOB NOT NULL, etag BLOB NOT NULL, "
               "PRIMARY KEY (path, query))")
    return db
