"""Shared by the web tests: one ledger built from tests/web_reports (analysed once per
test run: the analysis is the slow part), the app over it, and a live server.

The fixture reports are written for these tests: an air strike on a Yemeni port told by
a wire, a copy of it and a later rewrite with a higher toll (one story, two dates); M23
in Goma; drones over Kharkiv; and an Aleppo report whose title and text hold script
tags, event handlers and SQL, which must show as text.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

from claimledger.ledger import Ledger

REPORTS = Path(__file__).with_name("web_reports")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE_OUTLET = "syriadesk.example"
WIRE_OUTLET = "apnews.com"


@lru_cache(maxsize=1)
def built_ledger() -> Path:
    """The path of a SQLite ledger holding the fixture reports, analysed and linked."""
    folder = Path(tempfile.mkdtemp(prefix="claimledger-web-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "web.db"
    with Ledger(path) as ledger:
        ledger.ingest_paths([REPORTS])
        ledger.link()
    return path


def copy_of_ledger(target: Path) -> Path:
    """A private copy of the built ledger (for a test that writes)."""
    source = built_ledger()
    # fold the write-ahead log into the file before copying it
    with Ledger(source) as ledger, ledger.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(source, target)
    return target


def ids_by_outlet(path: Path) -> dict[str, str]:
    with Ledger(path) as ledger:
        return {row["outlet"]: row["document_id"] for row in ledger.documents()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn serving an app in a thread, on a free loopback port."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
