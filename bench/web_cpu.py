"""CPU cost of each web request, in-process: what a server spends per request, without HTTP noise.

    .venv/bin/python bench/web_cpu.py                         # every kind of request of bench/web.py
    .venv/bin/python bench/web_cpu.py --only claims --profile # cProfile of the matching kinds
    .venv/bin/python bench/web_cpu.py --server 2              # the real server's CPU, 16 clients on 2 workers

Wall-clock latency on a shared machine says more about the neighbours than about the server;
the CPU time a request costs (``time.process_time`` around it, the app driven through
``httpx.ASGITransport`` in this process, one request at a time) is what decides how many
requests two cores can answer in 100 ms. Each kind of request is its different URLs
(bench/web_probes.py), each sent once after one warm-up request, answers not kept (unless
--cache): the median, mean and p95 of their CPU ms (``--repeat R``: of each URL's least of R runs).

``--server N`` measures ``claimledger serve --workers N`` instead (answers kept, as the bench
runs it): each kind's URLs sent once from 1 client (N = 1) or 16 (N > 1) after its warm-up
URLs, and the CPU its processes spent per request, read in nanoseconds from every thread's
``/proc/…/schedstat`` (``/proc/…/stat`` counts 10 ms ticks: ±0.3 ms a request over 30); this
includes what in-process runs leave out (uvicorn, the HTTP parsing, the shared kept answers).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import dataclasses
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web  # noqa: E402 - bench/web.py: the ledger's cache folder
import web_probes  # noqa: E402 - the URLs of each kind of request


async def measure(app, found: list, profile: bool, repeat: int = 1) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for probe in found:
            warm, measured = probe.warm_and_measured()
            for path in warm:  # imports and first-use work of the view: not counted
                await client.get(path)
            profiler = cProfile.Profile() if profile else None
            times, statuses = [], set()
            for path in measured:
                best = float("inf")
                for _ in range(repeat):
                    _forget_remembered()
                    start = time.process_time()
                    if profiler:
                        profiler.enable()
                    response = await client.get(path)
                    if profiler:
                        profiler.disable()
                    best = min(best, (time.process_time() - start) * 1000)
                    statuses.add(response.status_code)
                times.append(best)
            times.sort()
            print(f"{probe.kind} {probe.name:32s}{len(times):3d} URLs, CPU ms: median {statistics.median(times):6.1f} "
                  f"mean {statistics.fmean(times):6.1f}  p95 {times[int(0.95 * (len(times) - 1))]:6.1f}  "
                  f"HTTP {sorted(statuses)}", flush=True)
            if profiler:
                pstats.Stats(profiler).sort_stats(PROFILE_SORT).print_stats(40)


PROFILE_SORT = os.environ.get("PROFILE_SORT", "tottime")


def _forget_remembered() -> None:
    """Drop what the app remembers between requests by their inputs (a map page, a computed story or
    series: link.detail.Remembered), so that a URL measured again is computed again (--repeat)."""
    with contextlib.suppress(ImportError, AttributeError):
        from claimledger.link import detail
        from claimledger.web import geo

        for remembered in (geo._maps, detail._stories, detail._series):
            remembered.entries.clear()


def _inline_threadpool() -> None:
    """Run sync endpoints in the event loop's thread, so that cProfile (one thread) sees them."""
    import fastapi.routing

    async def inline(func, *args, **kwargs):  # type: ignore[no-untyped-def]
        return func(*args, **kwargs)

    fastapi.routing.run_in_threadpool = inline  # type: ignore[assignment]


def measure_server(url: str, found: list, workers: int, clients: int = 0) -> None:
    """Each kind's URLs sent to ``claimledger serve --workers N`` (by default 1 client, or 16 with several
    workers)."""
    import loadgen

    clients = clients or (1 if workers == 1 else 16)
    server, base, log = web.start_server(url, workers)
    time.sleep(2)  # every worker up
    loop = loadgen.new_loop()
    try:
        for probe in found:
            warm, measured = probe.warm_and_measured()
            loop.run_until_complete(loadgen.run(base, warm * workers, workers, web.WARM_UP_S))
            before, switched = web.server_threads_ns(server), web.server_switches(server)
            result = loop.run_until_complete(loadgen.run(base, measured, clients, web.TIMEOUT_S))
            n = max(1, len(result.latencies_ms))
            used = web.server_cpu_ms(before, web.server_threads_ns(server)) / n
            voluntary, involuntary = (now - then for now, then in zip(web.server_switches(server), switched,
                                                                      strict=True))
            times = sorted(result.latencies_ms)
            print(f"{probe.kind} {probe.name:32s}{len(times):3d} URLs, server CPU ms a request {used:6.2f} "
                  f"(switches {voluntary / n:5.1f} + {involuntary / n:4.1f} forced), "
                  f"{clients} client(s): p50 {statistics.median(times):6.1f} "
                  f"p95 {times[int(0.95 * (len(times) - 1))]:6.1f} ms, KB {result.bytes / 1000 / len(times):6.1f}  "
                  f"HTTP {sorted(set(result.statuses))}{f' {result.errors} errors' if result.errors else ''}",
                  flush=True)
    finally:
        loop.close()
        web.stop_server(server)
        log.unlink(missing_ok=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--requests", type=int, default=40, help="different URLs per kind of request")
    ap.add_argument("--only", default="", help="probes whose name contains this")
    ap.add_argument("--cache", action="store_true", help="keep answers (all URLs differ: only the warm-up is kept)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--db", default=None, help="another ledger (a copy of the cached one, say)")
    ap.add_argument("--repeat", type=int, default=1, help="measure each URL this many times and keep its "
                    "least CPU (on a loaded machine the least is the nearest to the request's own cost)")
    ap.add_argument("--clients", type=int, default=0, help="with --server: concurrent clients (default: 1 for "
                    "one worker, 16 for several)")
    ap.add_argument("--server", type=int, default=0, metavar="N",
                    help="measure claimledger serve --workers N (its processes' CPU) instead of the app in-process")
    args = ap.parse_args()
    path = Path(args.db) if args.db else web.CACHE / f"web-{args.reports}-s{args.seed}.db"
    if not path.exists():
        raise SystemExit(f"error: no cached ledger {path}: run bench/web.py --build-only first")
    from fastapi.testclient import TestClient

    from claimledger.web import Settings, create_app

    found = [p for p in web_probes.probes(web_probes.sample(str(path), args.requests), args.requests)
             if args.only in p.name]
    known = {f.name for f in dataclasses.fields(Settings)}  # an older claimledger (before/after runs) has no cache
    app = create_app(Settings(db=str(path), token=None, **({"cache": args.cache} if "cache" in known else {})))
    with TestClient(app) as client:
        for probe in found:
            if probe.follow:
                web_probes.follow_pages(client, probe, args.requests)
    if args.server:
        print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
        measure_server(str(path), found, args.server, args.clients)
        print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
        return 0
    if args.profile:
        _inline_threadpool()
    asyncio.run(measure(app, found, args.profile, max(1, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
