"""Where the server's CPU goes, by C function (Linux ``perf``), with 1 client and with 16.

    .venv/bin/python bench/web_perf.py --only "geo (map"            # 1 and 16 clients, serve --workers 2
    .venv/bin/python bench/web_perf.py --only "events, by type" --no-cache --seconds 8

bench/web.py finds a request costing the server 2-4 ms of CPU with one client and 6-9 ms with
sixteen. cProfile (bench/web_cpu.py --profile) sees one thread's Python calls in-process, not
what sixteen clients add: threads waiting on the GIL or a lock, the kernel's scheduling and
sockets, SQLite's mutexes, cache misses. This runs ``claimledger serve --workers N`` on the
cached 100k ledger, sends one kind's URLs (bench/web_probes.py, many of them, cycled) from 1
and then from ``--clients`` connections for ``--seconds`` each, while ``perf record`` samples
the server's processes, and prints per concurrency: requests, server CPU and context switches
a request, and the functions (with their library) taking the most samples, in percent and in
ms of CPU a request. With answers kept (the default) a URL sent again is a kept answer: the
URLs are cycled only once every one was sent, so use ``--no-cache`` to measure computing alone.

``--syscalls`` counts instead (``perf stat``, no sampling): system calls a request by kind
(writes and epoll waits: is a large answer written in pieces at 16 clients? futex: threads
waking each other), context switches, and with ``--gil`` the times the server's threads let
go of the GIL (a uprobe on libpython's ``PyEval_SaveThread``, added for the run and removed
after): each let-go wakes a thread waiting for the GIL, if one is.

    .venv/bin/python bench/web_perf.py --only "geo (map" --syscalls --gil
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loadgen  # noqa: E402 - sibling modules of this script, not a package
import web  # noqa: E402
import web_probes  # noqa: E402
from procnet import server_pids  # noqa: E402


def report(data: Path, requests: int, cpu_ms: float, top: int) -> None:
    """The functions with the most samples (self time), with their share and ms of CPU a request."""
    found = subprocess.run(["perf", "report", "-i", str(data), "--no-children", "--stdio", "--sort", "dso,sym",
                            "-g", "none", "--percent-limit", "0.5"], capture_output=True, text=True).stdout
    rows = []
    for line in found.splitlines():
        hit = re.match(r"\s+([\d.]+)%\s+(\S+)\s+\[(.)\]\s+(.+)$", line)
        if hit:
            rows.append((float(hit.group(1)), Path(hit.group(2)).name, hit.group(4).strip()))
    by_library: Counter[str] = Counter()
    for share, library, _ in rows:
        by_library[library] += share
    print("  by library: " + ", ".join(f"{lib} {share:.0f}%" for lib, share in by_library.most_common(8)))
    for share, library, symbol in rows[:top]:
        print(f"  {share:5.1f}%  {share * cpu_ms / 100:5.2f} ms  {library:28.28s} {symbol[:70]}")


SYSCALLS = ("write", "writev", "sendto", "sendmsg", "read", "recvfrom", "epoll_wait", "epoll_pwait", "futex",
            "pread64", "pwrite64", "mmap", "munmap", "madvise", "mprotect", "fcntl")
GIL_PROBE = "probe_libpython3:PyEval_SaveThread"


def libpython() -> str | None:
    """The libpython this Python runs on (a static build has none: no GIL count)."""
    import sysconfig

    name = sysconfig.get_config_var("INSTSONAME")
    folder = sysconfig.get_config_var("LIBDIR")
    return str(Path(folder) / name) if name and folder and (Path(folder) / name).exists() else None


def counting(pids: list[int], gil: bool) -> tuple[subprocess.Popen, Path]:
    events = ["raw_syscalls:sys_enter", "context-switches", *(f"syscalls:sys_enter_{name}" for name in SYSCALLS)]
    if gil:
        events.append(GIL_PROBE)
    out = Path(tempfile.mkstemp(prefix="web-perf-", suffix=".stat")[1])
    counter = subprocess.Popen(["perf", "stat", "-x", ",", "-o", str(out), "-e", ",".join(events),
                                "-p", ",".join(map(str, pids))], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return counter, out


def print_counts(out: Path, requests: int) -> None:
    counts = {}
    for line in out.read_text().splitlines():
        parts = line.split(",")
        if len(parts) > 2 and parts[0].replace(".", "").isdigit():
            name = parts[2].rsplit(":", 1)[-1].removeprefix("sys_enter_")
            counts["GIL let-goes" if name == "PyEval_SaveThread" else "all system calls" if name == "sys_enter"
                   else name] = float(parts[0])
    print("  a request: " + ", ".join(f"{name} {value / requests:.1f}" for name, value in counts.items()
                                      if value / requests >= 0.05))
    out.unlink(missing_ok=True)


def run(url: str, paths: list[str], clients: int, workers: int, seconds: float, extra: tuple[str, ...],
        perf: bool, top: int, syscalls: bool = False, gil: bool = False) -> None:
    server, base, log = web.start_server(url, workers, extra)
    loop = loadgen.new_loop()
    try:
        time.sleep(2)  # every worker up
        warm = paths[:web_probes.WARM * workers]
        loop.run_until_complete(loadgen.run(base, warm, workers, web.WARM_UP_S))
        rest = paths[len(warm):] or paths
        sent = list(islice(cycle(rest), 200_000))
        before, switched = web.server_threads_ns(server), web.server_switches(server)
        recorder = None
        data = Path(tempfile.mkstemp(prefix="web-perf-", suffix=".data")[1])
        counter = counted = None
        if syscalls:
            counter, counted = counting(server_pids(server.pid), gil)
            time.sleep(0.5)
        elif perf:
            recorder = subprocess.Popen(["perf", "record", "-F", "1999", "-g", "-o", str(data), "-p",
                                         ",".join(map(str, server_pids(server.pid)))],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        result = loop.run_until_complete(loadgen.run(base, sent, clients, web.TIMEOUT_S, seconds))
        n = max(1, len(result.latencies_ms))
        cpu = web.server_cpu_ms(before, web.server_threads_ns(server)) / n
        voluntary, forced = (a - b for a, b in zip(web.server_switches(server), switched, strict=True))
        if recorder is not None:
            recorder.send_signal(2)
            recorder.wait(30)
        if counter is not None:
            counter.send_signal(2)
            counter.wait(30)
        times = sorted(result.latencies_ms)
        print(f"{clients:2d} client(s), {workers} worker(s): {n} requests ({n / result.wall_s:.0f}/s), server CPU "
              f"{cpu:.2f} ms a request, switches {voluntary / n:.1f} + {forced / n:.1f} forced a request, p50 "
              f"{times[len(times) // 2]:.1f} p95 {times[int(0.95 * (len(times) - 1))]:.1f} ms, "
              f"HTTP {sorted(set(result.statuses))}, load {os.getloadavg()[0]:.1f}", flush=True)
        if counted is not None:
            print_counts(counted, n)
        elif perf:
            report(data, n, cpu, top)
        data.unlink(missing_ok=True)
    finally:
        loop.close()
        web.stop_server(server)
        log.unlink(missing_ok=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", default=None, help="another ledger (a copy of the cached one, say)")
    ap.add_argument("--only", required=True, help="the kind of request (a probe name, or part of one)")
    ap.add_argument("--urls", type=int, default=300, help="different URLs of the kind at most")
    ap.add_argument("--clients", type=int, nargs="+", default=[1, 16])
    ap.add_argument("--workers", type=int, default=2, help="serve --workers")
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--no-cache", action="store_true", help="serve --no-cache: every answer computed")
    ap.add_argument("--no-perf", action="store_true", help="counts only, no perf record")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--syscalls", action="store_true", help="count system calls and switches a request (perf "
                    "stat), no profile")
    ap.add_argument("--gil", action="store_true", help="with --syscalls: count the GIL's let-goes too (a uprobe)")
    args = ap.parse_args()
    path = Path(args.db) if args.db else web.CACHE / f"web-{args.reports}-s{args.seed}.db"
    if not path.exists():
        raise SystemExit(f"error: no cached ledger {path}: run bench/web.py --build-only first")
    probe = next((p for p in web_probes.probes(web_probes.sample(str(path), args.urls), args.urls)
                  if args.only in p.name), None)
    if probe is None:
        raise SystemExit(f"error: no request kind matches {args.only!r}")
    print(f"{probe.name}: {len(probe.paths)} URLs; load average {os.getloadavg()[0]:.1f}", flush=True)
    added = False
    if args.gil:
        library = libpython()
        if library is None:
            raise SystemExit("error: --gil needs a Python built with a shared libpython")
        listed = subprocess.run(["perf", "probe", "-l"], capture_output=True, text=True).stdout
        if GIL_PROBE not in listed:
            subprocess.run(["perf", "probe", "-q", "-x", library, "PyEval_SaveThread"], check=True)
            added = True
    try:
        for clients in args.clients:
            run(str(path), probe.paths, clients, args.workers, args.seconds,
                ("--no-cache",) if args.no_cache else (), not args.no_perf, args.top, args.syscalls, args.gil)
    finally:
        if added:
            subprocess.run(["perf", "probe", "-q", "-d", GIL_PROBE], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
