"""``serve --workers N``: N uvicorn processes, each accepting on a listening socket of its own.

uvicorn's supervisor hands every worker the same listening socket. When several clients
connect at once, the worker whose event loop wakes first accepts every connection waiting:
16 keep-alive clients connecting together were served 16/0 by two workers in 5 of 8 tries
(measured on Linux, /proc), one CPU idle while the other queued sixteen requests, which is
what made the 16-client latency of the web bench swing between runs. Here each worker
listens on a socket of its own, all bound to the same port with ``SO_REUSEPORT``: Linux
gives each new connection to one of them by a hash of its addresses (8/8 to 4/12 in 8
tries). Where the system has no such balancing (not Linux), ``own_sockets`` returns None
and the caller keeps uvicorn's shared socket.

The supervisor is a few lines rather than uvicorn's ``Multiprocess`` because that one
gives every worker the same sockets; like it, a worker that dies is started again on its
socket, one that cannot start (exit 3) stops the server, and SIGINT / SIGTERM stop them all.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
import threading
from typing import Any

STARTUP_FAILURE = 3  # uvicorn.config.STARTUP_FAILURE: the app cannot start, starting it again would not help


def own_sockets(host: str, port: int, workers: int, backlog: int) -> list[socket.socket] | None:
    """``workers`` listening sockets on one port (``port`` 0: a free one), or None where Linux's
    balancing of SO_REUSEPORT is not available."""
    if not sys.platform.startswith("linux") or not hasattr(socket, "SO_REUSEPORT"):
        return None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sockets: list[socket.socket] = []
    try:
        for _ in range(workers):
            sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]  # the others on the port the first was given
            sock.listen(backlog)  # connections wait for their worker to start, rather than being refused
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def serve(config: Any, sockets: list[socket.socket]) -> None:
    """Run one worker process per socket (each builds the app from ``config``) until SIGINT or SIGTERM."""
    context = multiprocessing.get_context("spawn")
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    processes = [_start(context, config, sock) for sock in sockets]
    while not stop.wait(0.5):
        for n, process in enumerate(processes):
            if process.exitcode is None:
                continue
            if process.exitcode in (0, STARTUP_FAILURE) or stop.is_set():  # told to stop, or cannot start
                stop.set()
                break
            processes[n] = _start(context, config, sockets[n])  # died: started again on its socket
    for process in processes:
        if process.exitcode is None:
            process.terminate()  # SIGTERM: uvicorn finishes the requests under way
    for process in processes:
        process.join()


def _start(context: Any, config: Any, sock: socket.socket) -> Any:
    process = context.Process(target=_work, args=(config, sock))
    process.start()
    return process


def _work(config: Any, sock: socket.socket) -> None:  # in the worker process
    import uvicorn

    config.configure_logging()
    uvicorn.Server(config).run(sockets=[sock])
