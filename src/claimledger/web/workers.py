"""``serve --workers N``: N uvicorn processes sharing the connections evenly.

uvicorn's supervisor hands every worker the same listening socket, and the worker whose
event loop wakes first accepts every connection waiting: 16 keep-alive clients connecting
together were served 16/0 by two workers in 5 of 8 tries (measured on Linux, /proc), one
CPU idle while the other queued sixteen requests. A socket per worker bound to one port
with ``SO_REUSEPORT`` (Linux spreads connections by a hash of their addresses) was better
but still blind: 11/5, 13/3, 4/12 and 12/4 in 10 tries (bench/web_spread.py), and the
worker holding 12 of 16 clients answers each of them 50% later than an even split would,
which is most of what made a kind's p95 at 16 clients cross 100 ms in one run and not in
the next (bench/web.py).

So the workers share one listening socket and take turns (Linux; elsewhere uvicorn's own
supervisor, ``own_sockets`` returning None): each publishes how many connections it holds
in a small array of shared memory, and accepts a waiting connection only while it holds no
more than any other worker accepting (ties: whoever is first). A worker whose turn it is not leaves
the connection to the others and looks again every ``LOOK_AGAIN_S``; one still waiting after
``PATIENCE_S`` (the others' event loops busy) it accepts anyway. 16 clients on the 100k
ledger: 8/8 in 7 of 10 tries, 9/7 or 7/9 in two, 5/11 once with the test suite loading the
machine; 32 clients: 16/16 in 4 of 5.

The supervisor is a few lines rather than uvicorn's ``Multiprocess``: like it, a worker
that dies is started again, one that cannot start (exit 3) stops the server, and SIGINT /
SIGTERM stop them all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import signal
import socket
import sys
import threading
import time
from typing import Any

STARTUP_FAILURE = 3  # uvicorn.config.STARTUP_FAILURE: the app cannot start, starting it again would not help
LOOK_AGAIN_S = 0.0005  # a worker leaving a connection to the others looks again this soon
PATIENCE_S = 0.05  # a connection left waiting this long is accepted by whoever looks (a worker busy
# starting, or its event loop waiting on the GIL behind its request threads, must not stall a client)
NOT_ACCEPTING = -1  # the count of a worker starting or stopping: no turn waits for it
log = logging.getLogger("claimledger.web")


def own_sockets(host: str, port: int, workers: int, backlog: int) -> list[socket.socket] | None:
    """The listening socket each of ``workers`` accepts on (``port`` 0: a free one): one socket,
    shared, on which they take turns (see the module's docstring); None where this is not
    available (not Linux) and uvicorn's own supervisor serves."""
    if not sys.platform.startswith("linux"):
        return None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(backlog)  # connections wait for the workers to start, rather than being refused
    except OSError:
        sock.close()
        raise
    return [sock] * workers


def serve(config: Any, sockets: list[socket.socket]) -> None:
    """Run one worker process per socket (each builds the app from ``config``) until SIGINT or SIGTERM."""
    context = multiprocessing.get_context("spawn")
    held = context.Array("i", [NOT_ACCEPTING] * len(sockets), lock=False)  # connections each worker holds
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    processes = [_start(context, config, sock, held, n) for n, sock in enumerate(sockets)]
    while not stop.wait(0.5):
        for n, process in enumerate(processes):
            if process.exitcode is None:
                continue
            if process.exitcode in (0, STARTUP_FAILURE) or stop.is_set():  # told to stop, or cannot start
                stop.set()
                break
            held[n] = NOT_ACCEPTING  # its connections died with it; it counts again once started
            processes[n] = _start(context, config, sockets[n], held, n)  # died: started again on its socket
    for process in processes:
        if process.exitcode is None:
            process.terminate()  # SIGTERM: uvicorn finishes the requests under way
    for process in processes:
        process.join()


def _start(context: Any, config: Any, sock: socket.socket, held: Any, me: int) -> Any:
    process = context.Process(target=_work, args=(config, sock, held, me))
    process.start()
    return process


def _work(config: Any, sock: socket.socket, held: Any, me: int) -> None:  # in the worker process
    config.configure_logging()
    _server(config, sock, held, me).run()


def _server(config: Any, sock: socket.socket, held: Any, me: int) -> Any:
    """A uvicorn server whose connections come from ``Turns`` on ``sock`` rather than its own listener."""
    import uvicorn

    class TakingTurns(uvicorn.Server):
        turns: Turns | None = None

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=[])  # the app's lifespan; no listener of uvicorn's
            if not self.started:
                return

            def protocol() -> asyncio.Protocol:  # as uvicorn's own startup makes them
                return self.config.http_protocol_class(config=self.config, server_state=self.server_state,
                                                       app_state=self.lifespan.state)

            self.turns = Turns(asyncio.get_running_loop(), sock, protocol, held, me)

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            if self.turns is not None:
                self.turns.close()  # no new connection; uvicorn then closes the ones held
            await super().shutdown(sockets)

    return TakingTurns(config)


class Turns:
    """Accepts connections from a listening socket shared with other workers, in turn: only while this
    worker holds no more than any other (``held``: each worker's count, in shared memory)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, sock: socket.socket, protocol: Any, held: Any,
                 me: int) -> None:
        self.loop, self.sock, self.protocol, self.held, self.me = loop, sock, protocol, held, me
        self.open = 0
        self.waiting_since: float | None = None  # when this worker first left a waiting connection to others
        self.closed = False
        sock.setblocking(False)
        self.held[me] = 0
        loop.add_reader(sock.fileno(), self._ready)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.held[self.me] = NOT_ACCEPTING
            self.loop.remove_reader(self.sock.fileno())

    def my_turn(self) -> bool:
        others = [self.held[n] for n in range(len(self.held)) if n != self.me and self.held[n] != NOT_ACCEPTING]
        return not others or self.open <= min(others)

    def _ready(self) -> None:
        while not self.closed:
            if not self.my_turn():
                now = time.monotonic()
                if self.waiting_since is None:
                    self.waiting_since = now
                if now - self.waiting_since < PATIENCE_S:  # another worker's to take: look again soon
                    self.loop.remove_reader(self.sock.fileno())
                    self.loop.call_later(LOOK_AGAIN_S, self._look_again)
                    return
            try:
                conn, _ = self.sock.accept()
            except (BlockingIOError, InterruptedError):  # none waiting (another worker took it)
                self.waiting_since = None
                return
            except OSError as exc:  # out of file descriptors, say: the connection waits, the server goes on
                log.warning("cannot accept a connection: %s", exc)
                return
            self.waiting_since = None
            self._held(+1)
            self.loop.create_task(self._serve(conn))

    def _look_again(self) -> None:
        if not self.closed:
            self.loop.add_reader(self.sock.fileno(), self._ready)  # called at once if a connection still waits

    async def _serve(self, conn: socket.socket) -> None:
        def protocol() -> asyncio.Protocol:
            made = self.protocol()
            lost = made.connection_lost

            def connection_lost(exc: Exception | None) -> None:
                try:
                    lost(exc)
                finally:
                    self._held(-1)

            made.connection_lost = connection_lost
            return made

        try:
            conn.setblocking(False)
            await self.loop.connect_accepted_socket(protocol, conn)
        except OSError:  # the client left before the connection was set up
            self._held(-1)
            with contextlib.suppress(OSError):
                conn.close()

    def _held(self, change: int) -> None:
        self.open += change
        if not self.closed:
            self.held[self.me] = self.open
