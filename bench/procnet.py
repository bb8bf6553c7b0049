"""Who holds which connection of a local server, read from Linux's /proc: a server's worker
processes and the established connections to a port each holds (its socket inodes among the
port's ESTABLISHED rows of /proc/net/tcp). Shared by bench/web.py (waits until every worker
accepts), bench/web_spread.py (how clients spread) and tests/test_web_cli.py."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

ESTABLISHED = "01"  # the state column of /proc/net/tcp


def server_pids(pid: int) -> list[int]:
    """A server process and the processes its main thread started (workers, multiprocessing's
    resource tracker): all of the server's CPU."""
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return pids


def worker_pids(pid: int) -> list[int]:
    """A server's worker processes: its children but multiprocessing's resource tracker."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return [c for c in children if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


def connections_held(pid: int, port: int) -> int:
    """The established connections to ``port`` that process ``pid`` holds."""
    return len(_sockets(pid) & established(port))


def _sockets(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            match = re.match(r"socket:\[(\d+)\]", os.readlink(fd))
            if match:
                found.add(match.group(1))
    return found


def established(port: int) -> set[str]:
    """The socket inodes of the established connections to ``port`` on this machine."""
    return {fields[9] for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
            for fields in [line.split()] if fields[3] == ESTABLISHED and int(fields[1].split(":")[1], 16) == port}
