"""CPU cost of each web request, in-process: what a server spends per request, without HTTP noise.

    .venv/bin/python bench/web_cpu.py                         # every kind of request of bench/web.py
    .venv/bin/python bench/web_cpu.py --only claims --profile # cProfile of the matching kinds

Wall-clock latency on a shared machine says more about the neighbours than about the server;
the CPU time a request costs (``time.process_time`` around it, the app driven through
``httpx.ASGITransport`` in this process, one request at a time) is what decides how many
requests two cores can answer in 100 ms. Each kind of request is its different URLs
(bench/web_probes.py), each sent once after one warm-up request, answers not kept (unless
--cache): the median, mean and p95 of their CPU ms.
"""

from __future__ import annotations

import argparse
import asyncio
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


async def measure(app, found: list, profile: bool) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for probe in found:
            warm, measured = probe.warm_and_measured()
            for path in warm:  # imports and first-use work of the view: not counted
                await client.get(path)
            profiler = cProfile.Profile() if profile else None
            times, statuses = [], set()
            for path in measured:
                start = time.process_time()
                if profiler:
                    profiler.enable()
                response = await client.get(path)
                if profiler:
                    profiler.disable()
                times.append((time.process_time() - start) * 1000)
                statuses.add(response.status_code)
            times.sort()
            print(f"{probe.kind} {probe.name:32s}{len(times):3d} URLs, CPU ms: median {statistics.median(times):6.1f} "
                  f"mean {statistics.fmean(times):6.1f}  p95 {times[int(0.95 * (len(times) - 1))]:6.1f}  "
                  f"HTTP {sorted(statuses)}", flush=True)
            if profiler:
                pstats.Stats(profiler).sort_stats(PROFILE_SORT).print_stats(40)


PROFILE_SORT = os.environ.get("PROFILE_SORT", "tottime")


def _inline_threadpool() -> None:
    """Run sync endpoints in the event loop's thread, so that cProfile (one thread) sees them."""
    import fastapi.routing

    async def inline(func, *args, **kwargs):  # type: ignore[no-untyped-def]
        return func(*args, **kwargs)

    fastapi.routing.run_in_threadpool = inline  # type: ignore[assignment]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--requests", type=int, default=40, help="different URLs per kind of request")
    ap.add_argument("--only", default="", help="probes whose name contains this")
    ap.add_argument("--cache", action="store_true", help="keep answers (all URLs differ: only the warm-up is kept)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--db", default=None, help="another ledger (a copy of the cached one, say)")
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
    if args.profile:
        _inline_threadpool()
    asyncio.run(measure(app, found, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
