"""Answers kept while the ledger is unchanged, and ETags so browsers can ask "still the same?".

The web view only reads, and the same URL read twice from an unchanged ledger gives the
same bytes: a GET answered 200 is kept in this process, keyed by its path and query, and
sent again without running the app (~0.1 ms instead of 2-20 ms of CPU) while the ledger
has not changed. "Unchanged" is SQLite's own word for it: ``PRAGMA data_version`` on a
connection of this process that never writes changes whenever another connection commits
(an ingest, a link run, ``POST /api/v1/documents``). The version is read before a request
runs, and an answer is kept under the version read before it was computed, so what is
kept is never older than its key; when the version moves, everything kept is dropped.
PostgreSQL has no such counter: there nothing is kept (the ETag still spares the transfer).
With several server processes, kept answers are shared through a SQLite file (``shared``,
see web/shared_cache.py for when another process's answer is still good).

Every GET answered 200 gets an ETag (a hash of its body) and ``Cache-Control: no-cache``
(a browser may keep it but asks each time); ``If-None-Match`` with the same tag is answered
304 without a body. Streamed answers (CSV downloads) and large ones pass through untouched.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimledger.web.shared_cache import SharedAnswers

MAX_BYTES = 64_000_000  # answers kept per server process, in bytes of body
MAX_BODY = 4_000_000  # a larger answer is not kept (a whole story is ~0.2 MB)


@dataclass(frozen=True)
class Kept:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


class ResponseCache:
    """ASGI middleware: GET answers kept per URL while ``version()`` stays the same (None: keep nothing)."""

    def __init__(self, app: ASGIApp, version: Callable[[], int | None], max_bytes: int = MAX_BYTES,
                 max_body: int = MAX_BODY, shared: SharedAnswers | None = None) -> None:
        self.app, self.version, self.max_bytes, self.max_body = app, version, max_bytes, max_body
        # an LRU by hand: OrderedDict's move_to_end is all it takes (no dependency for 10 lines)
        self.kept: OrderedDict[tuple[str, bytes], Kept] = OrderedDict()
        self.size = 0
        self.shared = shared  # answers of the server's other processes too (web/shared_cache.py)
        # the ledger's version the kept answers were computed at, and when this process last saw it
        # move: read as the server starts (the stack is built at its lifespan's start), so that the
        # answers its sibling processes compute from then on are good for it
        self.seen: int | None = version() if shared is not None else None
        self.moved = time.monotonic()
        self.hits = self.misses = self.shared_hits = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        version = self.version()
        if version != self.seen:
            self.kept.clear()
            self.size, self.seen = 0, version
            self.moved = time.monotonic()  # after reading the version: any commit it shows is older
            if self.shared is not None:
                await asyncio.to_thread(self.shared.forget_before, self.moved)
        found = self.kept.get(key) if version is not None else None
        if found is not None:
            self.hits += 1
            self.kept.move_to_end(key)
            await _answer(found, scope, send)
            return
        if version is not None and self.shared is not None:
            answer = self.shared.get(key, self.moved)  # a WAL read never waits for a writer: ~0.1 ms, no thread hop
            if answer is not None:
                self.shared_hits += 1
                found = Kept(*answer)
                self._keep(key, found)
                await _answer(found, scope, send)
                return
        self.misses += 1
        await self._compute(scope, receive, send, key, version)

    async def _compute(self, scope: Scope, receive: Receive, send: Send, key: tuple[str, bytes],
                       version: int | None) -> None:
        begun = time.monotonic()  # before the app reads anything (see web/shared_cache.py)
        start: Message | None = None
        chunks: list[bytes] = []
        streaming = False

        async def capture(message: Message) -> None:
            nonlocal start, streaming
            if streaming:
                await send(message)
            elif message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body"):  # streamed: sent as it comes, neither tagged nor kept
                    streaming = True
                    await send(start or {})
                    await send({"type": "http.response.body", "body": b"".join(chunks), "more_body": True})
                else:
                    await self._finish(start or {}, b"".join(chunks), scope, send, key, version, begun)
            else:
                await send(message)

        await self.app(scope, receive, capture)

    async def _finish(self, start: Message, body: bytes, scope: Scope, send: Send, key: tuple[str, bytes],
                      version: int | None, begun: float) -> None:
        status = start.get("status", 200)
        headers = list(start.get("headers", []))
        if status != 200 or len(body) > self.max_body:
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        names = {name.lower(): value for name, value in headers}
        etag = names.get(b"etag")
        if etag is None:  # the app's own tag, when it gave one (static files), is kept
            # SHA-256 (96 bits of it): CPUs hash it in hardware, twice as fast as blake2b here (a month's
            # map, 0.12 MB: 0.09 ms against 0.2)
            etag = b'"' + hashlib.sha256(body).hexdigest()[:24].encode() + b'"'
            headers.append((b"etag", etag))
        if b"cache-control" not in names:
            headers.append((b"cache-control", b"no-cache"))  # kept by a browser, but asked again each time
        kept = Kept(status, headers, body, etag)
        if version is not None and version == self.seen and b"set-cookie" not in names:
            self._keep(key, kept)
            if self.shared is not None:
                await _answer(kept, scope, send)  # sent first: the file's write is not the visitor's wait
                await asyncio.to_thread(self.shared.put, key, begun, (status, headers, body, etag))
                return
        await _answer(kept, scope, send)

    def _keep(self, key: tuple[str, bytes], kept: Kept) -> None:
        old = self.kept.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.kept[key] = kept
        self.size += len(kept.body)
        while self.size > self.max_bytes and self.kept:
            _, dropped = self.kept.popitem(last=False)
            self.size -= len(dropped.body)


async def _answer(kept: Kept, scope: Scope, send: Send) -> None:
    asked = dict(scope.get("headers", [])).get(b"if-none-match")
    mine = kept.etag.removeprefix(b"W/")  # weak comparison, as If-None-Match asks (RFC 9110 13.1.2)
    if asked is not None and (asked.strip() == b"*"
                              or mine in {tag.strip().removeprefix(b"W/") for tag in asked.split(b",")}):
        headers = [(n, v) for n, v in kept.headers if n.lower() in (b"etag", b"cache-control")]
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": kept.status, "headers": kept.headers})
    await send({"type": "http.response.body", "body": kept.body})
