"""How `claimledger serve --workers N` spreads clients that connect together over its workers.

    .venv/bin/python bench/web_spread.py --db bench/.cache/web-100000-s7.db   # 8 tries of 16 clients

Opens 16 keep-alive connections at once (as bench/loadgen.py and browsers do), sends one
request on each, and counts each worker process's connections from /proc (its socket
inodes among the port's established ones in /proc/net/tcp). Linux only. With uvicorn's one
shared listening socket the first worker awake accepted them all in 5 of 8 tries; with a
socket per worker (SO_REUSEPORT) the kernel spread them by a hash of their addresses (11/5,
13/3, 4/12, 12/4 in 10 tries); with the workers taking turns on one socket (web/workers.py)
8/8 or 7/9. The server is started by bench/web.py, which waits until every worker accepts.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loadgen  # noqa: E402 - sibling modules of this script
import web  # noqa: E402
from procnet import connections_held, worker_pids  # noqa: E402


async def _try(port: int, host: str, clients: int, workers: list[int]) -> list[int]:
    loop = asyncio.get_running_loop()
    connections = [await loop.create_connection(loadgen._Connection, "127.0.0.1", port) for _ in range(clients)]
    try:
        await asyncio.gather(*(conn.get(loadgen.request_bytes(host, "/api/v1/stories?limit=1"))
                               for _, conn in connections))
        return [connections_held(pid, port) for pid in workers]
    finally:
        for transport, _ in connections:
            transport.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a ledger (SQLite path)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--tries", type=int, default=8)
    args = ap.parse_args()
    if not Path("/proc/net/tcp").exists():
        raise SystemExit("error: this count reads Linux's /proc")
    server, base, log = web.start_server(args.db, args.workers)
    try:
        time.sleep(3)  # every worker up
        port = int(base.rsplit(":", 1)[1])
        workers = worker_pids(server.pid)
        loop = loadgen.new_loop()
        splits = [loop.run_until_complete(_try(port, base.split("//")[1], args.clients, workers))
                  for _ in range(args.tries)]
        loop.close()
    finally:
        web.stop_server(server)
        log.unlink(missing_ok=True)
    for split in splits:
        print("/".join(str(n) for n in split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
