"""CPU cost of each web request, in-process: what a server spends per request, without HTTP noise.

    .venv/bin/python bench/web_cpu.py                         # every probe of bench/web.py, 30 runs each
    .venv/bin/python bench/web_cpu.py --only claims --profile # cProfile of the matching probes

Wall-clock latency on a shared machine says more about the neighbours than about the server;
the CPU time a request costs (``time.process_time`` around it, the app driven through
``httpx.ASGITransport`` in this process, one request at a time) is what decides how many
requests two cores can answer in 100 ms. Reported per probe: the first run (cold caches of
this process) and the median of the warm runs, in CPU ms.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web  # noqa: E402 - bench/web.py: the ledger, the sample and the probes


async def measure(app, paths: list[tuple[str, str]], runs: int, profile: bool) -> list[tuple[str, float, float, int]]:
    transport = httpx.ASGITransport(app=app)
    results = []
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for name, path in paths:
            start = time.process_time()
            first = await client.get(path)
            cold = (time.process_time() - start) * 1000
            times = []
            profiler = cProfile.Profile() if profile else None
            for _ in range(runs):
                start = time.process_time()
                if profiler:
                    profiler.enable()
                response = await client.get(path)
                if profiler:
                    profiler.disable()
                times.append((time.process_time() - start) * 1000)
            results.append((name, cold, statistics.median(times), first.status_code))
            print(f"{name:40s} {first.status_code} cold {cold:8.1f}  warm {statistics.median(times):7.1f} CPU ms"
                  f"  ({len(response.content):,} B)", flush=True)
            if profiler:
                pstats.Stats(profiler).sort_stats(PROFILE_SORT).print_stats(40)
    return results


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
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--only", default="", help="probes whose name contains this")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    path = web.CACHE / f"web-{args.reports}-s{args.seed}.db"
    if not path.exists():
        raise SystemExit(f"error: no cached ledger {path}: run bench/web.py --build-only first")
    from claimledger.web import Settings, create_app

    found = web.probes(web.sample(str(path)))
    chosen = [(f"{p.kind} {p.name}", p.path) for p in found if args.only in p.name]
    app = create_app(Settings(db=str(path), token=None))
    if args.profile:
        _inline_threadpool()
    asyncio.run(measure(app, chosen, args.runs, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
