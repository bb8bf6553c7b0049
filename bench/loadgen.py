"""A cheap HTTP/1.1 load generator: keep-alive GETs from N concurrent connections, timed per request.

The bench shares two CPUs with the server it measures, so every millisecond the client
spends is one the server waits for: httpx costs ~1.3 ms of CPU per request, more than a
kept answer costs the server. This client is an asyncio protocol over httptools' response
parser (the parser uvicorn uses): ~0.1 ms per request. Hand-written because no maintained
client library is that cheap; it does only what the bench needs (GET, keep-alive,
Content-Length or chunked bodies, a timeout).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httptools


@dataclass
class Result:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    errors: int = 0
    wall_s: float = 0.0
    bytes: int = 0


class _Connection(asyncio.Protocol):
    """One keep-alive connection: one request at a time, its answer parsed as it arrives."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.done: asyncio.Future[tuple[int, int]] | None = None
        self.size = 0
        self.lost = False

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            if self.done and not self.done.done():
                self.done.set_exception(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.done and not self.done.done():
            self.done.set_exception(ConnectionError("the server closed the connection"))

    # httptools callbacks
    def on_body(self, body: bytes) -> None:
        self.size += len(body)

    def on_message_complete(self) -> None:
        if self.done and not self.done.done():
            self.done.set_result((self.parser.get_status_code(), self.size))

    async def get(self, request: bytes) -> tuple[int, int]:
        assert self.transport is not None
        self.done = asyncio.get_running_loop().create_future()
        self.size = 0
        self.transport.write(request)
        return await self.done


def request_bytes(host: str, path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\nUser-Agent: claimledger-bench\r\n\r\n".encode()


async def run(base: str, paths: Sequence[str], clients: int, timeout_s: float = 30.0,
              deadline_s: float | None = None) -> Result:
    """GET every path once, ``clients`` at a time (each connection takes the next path when done)."""
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    loop = asyncio.get_running_loop()
    requests = [request_bytes(parts.netloc, p) for p in paths]
    result = Result()
    queue = iter(requests)
    stop_at = time.perf_counter() + deadline_s if deadline_s else None

    async def connection() -> None:
        _, conn = await loop.create_connection(_Connection, host, port)
        try:
            for request in queue:
                if stop_at and time.perf_counter() > stop_at and result.latencies_ms:
                    return
                if conn.lost:
                    _, conn = await loop.create_connection(_Connection, host, port)
                start = time.perf_counter()
                try:
                    status, size = await asyncio.wait_for(conn.get(request), timeout_s)
                except (TimeoutError, ConnectionError, httptools.HttpParserError):
                    result.errors += 1
                    result.latencies_ms.append(timeout_s * 1000)
                    return
                result.latencies_ms.append((time.perf_counter() - start) * 1000)
                result.statuses.append(status)
                result.bytes += size
                if status != 200:
                    result.errors += 1
        finally:
            if conn.transport is not None:
                with contextlib.suppress(Exception):
                    conn.transport.close()

    began = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(clients)))
    result.wall_s = time.perf_counter() - began
    return result


def new_loop() -> asyncio.AbstractEventLoop:
    """uvloop's event loop where installed (the web extra has it), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()
