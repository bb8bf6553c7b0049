"""Web view latency at 100k reports: the API's main queries and the pages, under 1 and 16 clients.

    .venv/bin/python bench/web.py                       # 100k reports, SQLite (built once, cached)
    .venv/bin/python bench/web.py --reports 5000 --requests 40     # a quick run
    .venv/bin/python bench/web.py --db postgresql://user@127.0.0.1/empty_db

1. **The ledger**: ``--reports`` synthetic reports (FA-KES repeated with variations, by
   ``bench/link.py``'s generator; see ``bench/synthetic.py``), every table filled as
   ingest and linking leave it. The SQLite file is kept in ``bench/.cache/`` and reused
   by later runs with the same size and seed (``--rebuild`` to make it again); the
   schema is brought to the newest migration when the server opens it. No ``ANALYZE``
   is run on SQLite: a user's ledger has no statistics either.
2. **The plans**: every SQL statement each request runs is captured (in-process, through
   the app's engine) and explained (SQLite ``EXPLAIN QUERY PLAN``, PostgreSQL
   ``EXPLAIN``); a table read whole is flagged ``FULL SCAN``, an index read whole
   ``index scan``, a sort of the rows found ``sort``.
3. **The load**: the real server on 127.0.0.1, which keeps its answers while the ledger
   is unchanged (web/cache.py). So that the bench measures the work and not the memory,
   each kind of request is up to ``--requests`` different URLs (bench/web_probes.py:
   other reports, months, sides, places, words, stories, the pages after the first...).
   Each URL is sent once ("first": computed), then all of them again in another order
   ("again": kept), from 1 connection to ``claimledger serve --port 0`` (one process, as
   a user runs it), then from 16 concurrent connections to ``claimledger serve --workers
   N`` (``--server-workers``, default one per CPU). The client is bench/loadgen.py (asyncio
   and httptools, ~0.05 ms of CPU a request, where httpx took 1.3 ms on the same CPUs as
   the server). Latency is client-side, request written to answer read: p50 and p95 in
   milliseconds; the goal is p95 < 100 ms for API queries. The CPU time of the server's
   processes (each thread's, in nanoseconds from /proc) and of the client, per request, is
   measured in each pass: unlike latency on a shared machine, it barely depends on what else runs.
   "first ms" is each kind's first URL run in a fresh app (in-process, nothing kept,
   while capturing its SQL): what a first visitor waits.

The table goes to stdout and ``bench/results/web.md`` with the command at the top.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import random
import re
import resource
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loadgen  # noqa: E402 - sibling modules of this script, not a package
import synthetic  # noqa: E402
import web_probes  # noqa: E402
from procnet import connections_held, server_pids, worker_pids  # noqa: E402
from web_probes import Probe  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
RESULTS = ROOT / "bench" / "results" / "web.md"
GOAL_MS = 100.0
TIMEOUT_S = 30.0  # one request taking longer ends its cell (counted as an error)
WARM_UP_S = 300.0  # the first request of a kind may load what its view needs
ALONE_MS = 1000.0  # a request this slow alone is not sent by 16 clients at once (it would take minutes)
CONCURRENCY = (1, 16)
HOST = "127.0.0.1"

console = Console(width=None if sys.stdout.isatty() else 200)


# ----------------------------------------------------------------------------- the ledger

def ledger_url(args: argparse.Namespace) -> tuple[str, bool]:
    """The ledger's URL, and whether it must be filled."""
    from claimledger.ledger import Ledger, db

    if args.db:
        url = db.resolve_url(args.db)
        with Ledger(url) as ledger:
            found = ledger.counts()["documents"]
        if found not in (0, args.reports):
            raise SystemExit(f"error: {args.db} holds {found:,} reports; give an empty database "
                             f"or one this benchmark filled with {args.reports:,}")
        return url, found == 0
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"web-{args.reports}-s{args.seed}.db"
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return str(path), not path.exists()


def build(url: str, args: argparse.Namespace) -> dict:
    from claimledger.ledger import Ledger

    records = synthetic.fakes_records(args.bases)
    console.print(f"building a ledger of {args.reports:,} reports from {len(records)} FA-KES records "
                  f"({args.workers} generating processes) …")
    with Ledger(url) as ledger:  # migrated to the newest schema
        engine = ledger.engine
        began = time.perf_counter()

        def progress(done: int) -> None:
            if done % 10_000 == 0 or done == args.reports:
                rate = done / (time.perf_counter() - began)
                console.print(f"  {done:,} reports ({rate:,.0f}/s)")

        return synthetic.fill(engine, records, args.seed, args.reports, args.workers, progress)


def stored_views(url: str, workers: int) -> tuple[int, float] | None:
    """The stories' views a link run stores (migration 0012), for a cached ledger built before them:
    (stored, seconds), or None when every story had one."""
    from claimledger.ledger import Ledger

    with Ledger(url) as ledger:
        began = time.perf_counter()
        stored = synthetic.store_views(ledger.engine, workers)
    return (stored, time.perf_counter() - began) if stored else None


# ----------------------------------------------------------------------------- query plans

SKIP = re.compile(r"^\s*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW)\b|alembic_version", re.I)


def explain(url: str, found: list[Probe], requests: int) -> None:
    """Run each probe's first URL in-process once, capture its SQL and explain every statement;
    then follow the 'next' cursors of the paged ones for their further URLs."""
    from fastapi.testclient import TestClient

    import claimledger.link.detail  # noqa: F401 - imported once here: "first ms" is each request's own work
    from claimledger.web import Settings, create_app

    app = create_app(Settings(db=url, token=None, cache=False))  # every request computed here
    engine = app.state.ledger.engine
    captured: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if not SKIP.search(statement):
            captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        with TestClient(app, base_url=f"http://{HOST}") as client:
            for probe in found:
                captured.clear()
                start = time.perf_counter()
                response = client.get(probe.path)
                probe.alone_ms = (time.perf_counter() - start) * 1000
                if response.status_code != 200:
                    probe.flags.append(f"HTTP {response.status_code}")
                statements = list(captured)
                with engine.connect() as connection:
                    seen: set[str] = set()
                    for statement, parameters in statements:
                        if statement in seen:
                            continue
                        seen.add(statement)
                        lines = _plan(connection, statement, parameters)
                        probe.plans.append((statement, lines))
                        probe.flags += [f for f in _flags(connection.dialect.name, lines) if f not in probe.flags]
            event.remove(engine, "before_cursor_execute", record)
            for probe in found:
                if probe.follow:
                    web_probes.follow_pages(client, probe, requests)
    finally:
        if event.contains(engine, "before_cursor_execute", record):
            event.remove(engine, "before_cursor_execute", record)


def _plan(connection: Any, statement: str, parameters: Any) -> list[str]:
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
        return [row[3] for row in rows]
    return [row[0] for row in connection.exec_driver_sql("EXPLAIN " + statement, parameters).all()]


TABLES = ("documents", "sightings", "analyses", "claims", "figures", "events", "event_claims", "places",
          "links", "stories", "story_members", "story_keys", "lsh_keys", "fact_keys", "link_state",
          "link_overrides", "story_pins", "term_stats")


def _flags(dialect: str, lines: list[str]) -> list[str]:
    """FULL SCAN <table> for a table read whole; 'index scan' for a whole index; 'sort' for a temp sort."""
    flags = []
    if dialect == "sqlite":
        made = {m.group(1) for line in lines for m in [re.match(r"(?:MATERIALIZE|CO-ROUTINE) (\w+)", line)] if m}
        for line in lines:
            scan = re.match(r"SCAN (\w+)(?: \((\w+)\))?( USING .*)?$", line)
            if scan and scan.group(1) not in made and "VIRTUAL TABLE" not in line:
                what = scan.group(1)
                flags.append(f"index scan {what}" if scan.group(3) else f"FULL SCAN {what}")
            if "USE TEMP B-TREE FOR ORDER BY" in line:
                flags.append("sort")
    else:
        for line in lines:
            seq = re.search(r"Seq Scan on (\w+)", line)
            if seq:
                flags.append(f"FULL SCAN {seq.group(1)}")
            if re.search(r"\bSort\b", line) and "Sort Key" not in line:
                flags.append("sort")
    return list(dict.fromkeys(flags))


# ----------------------------------------------------------------------------- the server and the load

def start_server(url: str, workers: int = 1, extra: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str, Path]:
    exe = Path(sys.executable).with_name("claimledger")
    command = [str(exe)] if exe.exists() else [sys.executable, "-c", "from claimledger.cli import run; run()"]
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"claimledger-web-bench-{os.getpid()}.log"
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMLEDGER_TOKEN", "CLAIMLEDGER_DB", "CLAIMLEDGER_WEB")}
    serve = ["serve", "--db", url, "--host", HOST, "--port", "0", "--workers", str(workers), *extra]
    server = subprocess.Popen([*command, *serve],
                              stdout=subprocess.PIPE, stderr=log.open("w"), text=True, env=env,
                              start_new_session=True)
    assert server.stdout is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            if workers > 1:
                _every_worker_up(server, int(found.group(0).rsplit(":", 1)[1]), workers, deadline)
            return server, found.group(0), log
        if not line and server.poll() is not None:
            break
    stop_server(server)
    raise SystemExit(f"error: claimledger serve did not start; see {log}:\n{log.read_text()[-2000:]}")


def _every_worker_up(server: subprocess.Popen, port: int, workers: int, deadline: float) -> None:
    """Wait until each worker process accepts connections: the URL is printed as the socket listens,
    before the workers have built their apps, and the workers that are up take every connection
    meanwhile (web/workers.py), which would leave one worker the whole first pass."""
    import socket

    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            children = worker_pids(server.pid)
            opened = [socket.create_connection((HOST, port), timeout=60) for _ in range(workers)]
            try:
                for client in opened:
                    client.sendall(b"GET /static/app.css HTTP/1.1\r\nHost: bench\r\n\r\n")
                for client in opened:
                    client.recv(1)
                held = sorted(connections_held(pid, port) for pid in children)
                if len(children) == workers and held == [1] * workers:
                    return
            finally:
                for client in opened:
                    client.close()
        time.sleep(0.3)


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGINT)  # its own session: only the server and its children
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def server_threads_ns(server: subprocess.Popen) -> dict[tuple[int, int], int]:
    """CPU nanoseconds each thread of the server and its worker processes has used so far, by (process,
    thread) (Linux: /proc/…/task/…/schedstat; /proc/…/stat counts 10 ms ticks, ±0.3 ms a request over a
    pass of 30)."""
    pids = server_pids(server.pid)
    used = {}
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError, IndexError):
                    used[pid, int(task.name)] = int((task / "schedstat").read_text().split()[0])
    return used


def server_switches(server: subprocess.Popen) -> tuple[int, int]:
    """Context switches of the server's threads so far (voluntary: a thread waited, on the GIL, a lock
    or a socket; involuntary: the kernel took its CPU), summed over its processes' live threads."""
    pids = server_pids(server.pid)
    voluntary = involuntary = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    for line in (task / "status").read_text().splitlines():
                        if line.startswith("voluntary_ctxt_switches"):
                            voluntary += int(line.split()[1])
                        elif line.startswith("nonvoluntary_ctxt_switches"):
                            involuntary += int(line.split()[1])
    return voluntary, involuntary


def server_cpu_ms(before: dict[tuple[int, int], int], after: dict[tuple[int, int], int]) -> float:
    """The server's CPU milliseconds between two readings: what each thread alive at the second used since
    the first (a thread started between them, all it used; one ended between them, idle ones ending is
    what ends them, is not counted)."""
    return sum(ns - before.get(key, 0) for key, ns in after.items()) / 1e6


def client_cpu_s() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def measure(loop: Any, server: subprocess.Popen, base: str, paths: list[str], clients: int,
            seconds: float) -> dict[str, float]:
    """Every path once from ``clients`` connections: latency percentiles, throughput, CPU per request."""
    # The load generator's own garbage collection must not stall the clients: a full collection of this
    # process's heap (the ledger's plans, every pass's latencies) took ~100 ms of client CPU in the middle of
    # a pass, and every request in flight then read ~104 ms (p50 = p95) with 0.3 ms of server CPU.
    gc.collect()
    gc.freeze()
    gc.disable()
    server_before, client_before, switched = server_threads_ns(server), client_cpu_s(), server_switches(server)
    try:
        result = loop.run_until_complete(loadgen.run(base, paths, clients, TIMEOUT_S, seconds))
    finally:
        gc.enable()
        gc.unfreeze()
    n = max(1, len(result.latencies_ms))
    # voluntary switches a request: ~5-10 with threads taking turns quietly, far more when they wake each
    # other for the GIL (see web/geo.py)
    voluntary, forced = (now - then for now, then in zip(server_switches(server), switched, strict=True))
    ordered = sorted(result.latencies_ms)
    return {"p50": statistics.median(ordered) if ordered else 0.0,
            "p95": ordered[max(0, int(round(0.95 * len(ordered))) - 1)] if ordered else 0.0,
            "rate": len(ordered) / result.wall_s if result.wall_s else 0.0, "n": len(ordered),
            "errors": result.errors, "server_cpu": server_cpu_ms(server_before, server_threads_ns(server)) / n,
            "client_cpu": (client_cpu_s() - client_before) * 1000 / n, "load": os.getloadavg()[0],
            "switches": voluntary / n, "forced": forced / n}


# ----------------------------------------------------------------------------- the report

PASSES = ("first", "again")


def _ms(value: float) -> str:
    return f"> {TIMEOUT_S:.0f} s" if value >= TIMEOUT_S * 1000 else f"{value:,.1f}"


def rows_of(found: list[Probe]) -> list[list[str]]:
    out = []
    for probe in found:
        flags = ", ".join(f for f in probe.flags if f != "sort") or "indexed"
        if "sort" in probe.flags:
            flags += " (+sort)"
        errors = sum(int(c["errors"]) for c in probe.cells.values())
        if errors:
            flags = f"{errors} failed or timed out; {flags}"
        row = [probe.kind, probe.name, str(len(probe.warm_and_measured()[1])), f"{probe.alone_ms:,.0f}"]
        for clients in CONCURRENCY:
            for which in PASSES:
                cell = probe.cells.get(f"{clients} {which}")
                if not cell:
                    row += ["–", "–"]
                    continue
                p95 = _ms(cell["p95"]) + (" ✗" if probe.kind == "API" and cell["p95"] >= GOAL_MS else "")
                row += [_ms(cell["p50"]), p95]
        first16 = probe.cells.get(f"{CONCURRENCY[-1]} first")
        row.append(f"{first16['rate']:,.0f}" if first16 else "–")
        for which in PASSES:
            cell = probe.cells.get(f"{CONCURRENCY[-1]} {which}") or probe.cells.get(f"1 {which}")
            row.append(f"{cell['server_cpu']:.1f}" if cell else "–")
        clients_cpu = [c["client_cpu"] for c in probe.cells.values()]
        row.append(f"{max(clients_cpu):.2f}" if clients_cpu else "–")
        out.append([*row, flags])
    return out


HEADERS = ["", "request", "URLs", "first ms", "p50 (1) first", "p95 (1) first", "p50 (1) again", "p95 (1) again",
           "p50 (16) first", "p95 (16) first", "p50 (16) again", "p95 (16) again", "req/s (16) first",
           "server CPU ms first", "server CPU ms again", "client CPU ms", "query plans"]


def print_table(found: list[Probe]) -> None:
    table = Table(*HEADERS, title="latency on loopback, ms (1 and 16 concurrent clients)")
    for row in rows_of(found):
        table.add_row(*row)
    console.print(table)


def write_markdown(found: list[Probe], command: str, facts: dict[str, Any], path: Path) -> None:
    lines = [f"# Web view latency ({facts['reports']:,} reports)", "", "```", command, "```", ""]
    lines += [f"- {k}: {v}" for k, v in facts.items()]
    lines += ["", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows_of(found)]
    lines += ["", f"Each kind of request is sent as \"URLs\" different URLs (other reports, months, sides, "
              "quantities, places, words, stories, the pages after the first...; bench/web_probes.py), every "
              "one once (\"first\": the server computes it), then all again in another order (\"again\": the "
              "server sends the answer it kept, unless the ledger changed; with 2 workers, either one's: they "
              f"share kept answers, web/shared_cache.py), after {web_probes.WARM} other URLs of the kind that "
              "warm the server up (not "
              "measured). Latencies in ms, client-side, request written to answer read, on 127.0.0.1. "
              f"✗: p95 at or over the goal of {GOAL_MS:.0f} ms (API requests). \"> {TIMEOUT_S:.0f} s\": the "
              "client gave up.", "",
              "\"first ms\": the first URL's run in a fresh app, in-process (no HTTP, nothing kept), while its "
              "SQL is captured: what the first visitor waits (a story, and a series in a story, are read as the "
              "link stage stored them, link/stored_views.py; a map is computed then and remembered while its "
              "inputs are unchanged).", "",
              "CPU ms: per request, of the server's processes (from /proc, user + system) in the 16-client "
              "passes, and of the load generator (an asyncio client on httptools in the bench's process). "
              "At 16 clients two CPUs answer ~2000 / (server + client CPU ms) requests a second at best; "
              "a request waits its turn behind the others, so latency there is mostly queueing.", "",
              "Query plans (of each kind's first URL): `FULL SCAN t` a table read whole, `index scan t` an "
              "index read whole (or walked in order up to a page's end), `+sort` a sort of the rows found.", "",
              "## Query plans", ""]
    for probe in found:
        lines += [f"### {probe.kind}: {probe.name}", "", f"`GET {_short_path(probe.path)}`", ""]
        for statement, plan in probe.plans:
            lines += ["```sql", _one_line(statement)[:1500], "```", "```", *plan, "```", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_plans(found: list[Probe]) -> None:
    for probe in found:
        console.print(f"\n[bold]{probe.kind}: {probe.name}[/]  GET {_short_path(probe.path)}", highlight=False)
        for statement, plan in probe.plans:
            console.print(f"  {_one_line(statement)[:300]}", style="dim", highlight=False, markup=False)
            for line in plan:
                style = "red" if re.search(r"^SCAN \w+$|Seq Scan", line) else ""
                console.print(f"    {line}", style=style, highlight=False, markup=False)


def _one_line(statement: str) -> str:
    return " ".join(statement.split())


def _short_path(path: str) -> str:
    return re.sub(r"sha256:([0-9a-f]{12})[0-9a-f]+", r"sha256:\1…", re.sub(r"cursor=[\w-]+", "cursor=…", path))


# ----------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000, help="reports in the ledger")
    ap.add_argument("--db", default=None, help="an empty PostgreSQL database (or a SQLite path); "
                                               "default: a cached SQLite file in bench/.cache/")
    ap.add_argument("--rebuild", action="store_true", help="build the cached SQLite ledger again")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bases", type=int, default=None, help="only the first N FA-KES reports as bases")
    ap.add_argument("--workers", type=int, default=2, help="processes generating reports")
    ap.add_argument("--server-workers", type=int, default=os.cpu_count() or 1,
                    help="serve --workers for the 16-client column (default: one per CPU)")
    ap.add_argument("--server-threads", type=int, default=None, help="threads per server process (the "
                    "server's CLAIMLEDGER_WEB_THREADS; default: web/app.py's THREADS)")
    ap.add_argument("--requests", type=int, default=100, help="requests per request kind and concurrency")
    ap.add_argument("--seconds", type=float, default=10.0, help="at most this long per request kind and concurrency")
    ap.add_argument("--out", type=Path, default=RESULTS, help="the Markdown results file")
    ap.add_argument("--build-only", action="store_true", help="build (or find) the ledger, measure nothing")
    ap.add_argument("--only", default="", help="only the request kinds whose name contains this, or one of "
                                               "these (separated by |): a quick look")
    ap.add_argument("--clients", type=int, nargs="+", default=list(CONCURRENCY), choices=CONCURRENCY,
                    help="the concurrencies measured (default: 1 and 16)")
    args = ap.parse_args(argv)
    command = "$ .venv/bin/python bench/web.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    if args.server_threads is not None:  # the servers this bench starts inherit its environment
        os.environ["CLAIMLEDGER_WEB_THREADS"] = str(args.server_threads)
    if args.reports < 1_000 or args.requests < 1 or args.seconds <= 0:
        raise SystemExit("error: --reports at least 1000, --requests at least 1, --seconds above 0")
    console.print(command, highlight=False)
    load_before = os.getloadavg()
    began = time.perf_counter()
    url, empty = ledger_url(args)
    built: dict = {}
    if empty:
        built = build(url, args)
        console.print(f"built in {built['seconds']:,.0f} s: {built}")
    else:
        views = stored_views(url, args.workers)  # a ledger built before migration 0012 has none
        if views:
            built = {"seconds": views[1], "story views": views[0]}
    if args.build_only:
        console.print(f"ledger: {url}")
        return 0
    wanted = args.only.split("|")
    found = [p for p in web_probes.probes(web_probes.sample(url, args.requests), args.requests)
             if any(w in p.name for w in wanted)]
    explain(url, found, args.requests)
    print_plans(found)
    loads: list[float] = []
    server = None
    loop = loadgen.new_loop()
    try:
        for clients in args.clients:
            workers = 1 if clients == 1 else args.server_workers
            if server is not None:
                stop_server(server)
            server, base, log = start_server(url, workers)
            for probe in found:
                alone = probe.cells.get("1 first")
                if clients > 1 and alone and (alone["p50"] > ALONE_MS or alone["errors"]):
                    console.print(f"  {clients:>2} clients {probe.name}: not sent (too slow alone)", highlight=False)
                    continue
                # warm-up (not measured): each worker imports what the view needs and reads the top of its
                # indexes, as a server that has been up a while has; the measured URLs are others
                warm, measured = probe.warm_and_measured()
                loop.run_until_complete(loadgen.run(base, warm * workers, workers, WARM_UP_S))
                again = random.Random(3).sample(measured, len(measured))
                for which, paths in zip(PASSES, (measured, again), strict=True):
                    cell = probe.cells[f"{clients} {which}"] = measure(loop, server, base, paths, clients, args.seconds)
                    loads.append(cell["load"])
                    errors = f", {cell['errors']:.0f} errors" if cell["errors"] else ""
                    console.print(f"  {clients:>2} client(s) {probe.name} {which}: p50 {cell['p50']:.1f} ms, "
                                  f"p95 {cell['p95']:.1f} ms, server {cell['server_cpu']:.2f} / client "
                                  f"{cell['client_cpu']:.2f} CPU ms a request, {cell['switches']:.0f} + "
                                  f"{cell['forced']:.0f} forced switches a request ({cell['n']:.0f} requests{errors}, "
                                  f"load {cell['load']:.1f})", highlight=False)
                    if cell["errors"] and server.poll() is None:  # a request given up on still runs: start afresh
                        stop_server(server)
                        server, base, log = start_server(url, workers)
        if server.poll() is not None:
            console.print(f"the server stopped (exit {server.returncode}); its log: {log}")
    finally:
        loop.close()
        if server is not None:
            stop_server(server)
    if server is not None and server.returncode in (0, -signal.SIGINT, 130):
        log.unlink(missing_ok=True)
    print_table(found)
    from claimledger.ledger import Ledger

    with Ledger(url) as ledger:
        counts = ledger.counts()
        backend = ledger.backend
    facts = {
        "reports": counts.get("documents", args.reports),
        "ledger": f"{backend}, {', '.join(f'{k} {v:,}' for k, v in counts.items() if k != 'documents')}",
        "built": (f"earlier (cached), migrated on open; {built['story views']:,} story views stored this run "
                  f"in {built['seconds']:,.0f} s (link.stored_views.refresh)" if "story views" in built
                  else f"in {built['seconds']:,.0f} s this run" if built else "earlier (cached), migrated on open"),
        "server": f"claimledger serve on 127.0.0.1 (answers kept while the ledger is unchanged): one uvicorn "
                  f"process for 1 client, --workers {args.server_workers} for 16 clients; client: bench/loadgen.py "
                  "(asyncio + httptools) in the bench's process",
        "requests": f"up to {args.requests} different URLs per request kind, each sent once (first) then again, "
                    f"with 1 and with 16 clients (at most {args.seconds:g} s a pass), after warm-up requests",
        "machine": f"{os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, "
                   f"{min(loads or [0]):.1f}-{max(loads or [0]):.1f} while measuring, "
                   f"{os.getloadavg()[0]:.1f} after (the bench itself adds 1-2; other programs share the rest)",
        "run time": f"{time.perf_counter() - began:,.0f} s",
    }
    if args.out and str(args.out):
        write_markdown(found, command, facts, args.out)
        console.print(f"written: {args.out}")
    slow = [f"{p.name} ({key})" for p in found if p.kind == "API" for key, c in p.cells.items()
            if c["p95"] >= GOAL_MS]
    scans = [p.name for p in found if any(f.startswith("FULL SCAN") for f in p.flags)]
    console.print(f"API requests with p95 ≥ {GOAL_MS:.0f} ms: {', '.join(slow) or 'none'}", highlight=False)
    console.print(f"requests with a full table scan: {', '.join(scans) or 'none'}", highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
