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
3. **The load**: the real server on 127.0.0.1; an asyncio ``httpx`` client sends each
   request ``--requests`` times (at most ``--seconds`` per cell) after two warm-up
   requests, from 1 connection to ``claimledger serve --port 0`` (one process, as a user
   runs it), then from 16 concurrent connections to ``claimledger serve --workers N``
   (``--workers``, default one per CPU). Latency is client-side, request sent to body
   read: p50 and p95 in milliseconds. The goal: p95 < 100 ms for API queries.
   "first ms" is each request's first run in a fresh app (in-process, while capturing
   its SQL): what a first visitor waits, before any cache of the server is warm.

The table goes to stdout and ``bench/results/web.md`` with the command at the top.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table
from sqlalchemy import event, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic  # noqa: E402 - a sibling module of this script, not a package

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


@dataclass
class Probe:
    """One request measured: what it is, its URL, and what was found."""

    kind: str  # API | page
    name: str
    path: str
    plans: list[tuple[str, list[str]]] = field(default_factory=list)  # (statement, plan lines)
    flags: list[str] = field(default_factory=list)
    cells: dict[int, dict[str, float]] = field(default_factory=dict)  # concurrency -> p50, p95, rate, errors
    alone_ms: float = 0.0  # the one in-process run that captured its SQL


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


@dataclass
class Sample:
    """Values the probes ask for, taken from the ledger so that every request finds rows."""

    document: str
    story: int
    side: str
    quantity: str
    event_type: str
    place: str
    speaker: str
    word: str
    since: str
    until: str
    deep_claim: list[Any]


def sample(url: str) -> Sample:
    from claimledger.ledger import Ledger

    def one(sql: str) -> Any:
        return connection.execute(text(sql)).first()

    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        count = one("SELECT count(*) FROM documents")[0]
        middle = one(f"SELECT id, published FROM documents ORDER BY pk LIMIT 1 OFFSET {count // 2}")
        story = one("SELECT id FROM stories ORDER BY size DESC, id LIMIT 1 OFFSET 100")
        side = one("SELECT speaker_side FROM claims WHERE speaker_side IS NOT NULL "
                   "GROUP BY speaker_side ORDER BY count(*) DESC LIMIT 1 OFFSET 1")
        event_type = one("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 1")
        place = one("SELECT name FROM places WHERE kind <> 'country' GROUP BY name ORDER BY count(*) DESC LIMIT 1")
        speaker = one("SELECT speaker FROM claims WHERE speaker_kind = 'organization' "
                      "GROUP BY speaker ORDER BY count(*) DESC LIMIT 1")
        deep = one("SELECT d.published, c.document_id, c.span_start, c.id FROM claims c "
                   f"JOIN documents d ON d.id = c.document_id WHERE d.id = '{middle[0]}' LIMIT 1")
    month = (middle[1] or "2016-01-01")[:7]
    return Sample(document=middle[0], story=story[0] if story else 1, side=side[0] if side else "SY",
                  quantity="killed", event_type=event_type[0] if event_type else "attack",
                  place=place[0] if place else "Aleppo", speaker=(speaker[0] if speaker else "ministry").split()[-1],
                  word="shelling hospital", since=f"{month}-01", until=f"{month}-28",
                  deep_claim=list(deep) if deep else [None, middle[0], 0, "c1"])


def probes(s: Sample) -> list[Probe]:
    from claimledger.web.paging import encode

    cursor = encode("claims", s.deep_claim)
    api = [
        ("documents, newest page", "/api/v1/documents?limit=50"),
        ("documents, a month", f"/api/v1/documents?since={s.since}&until={s.until}&limit=50"),
        ("document record", f"/api/v1/documents/{s.document}"),
        ("claims, first page", "/api/v1/claims?limit=50"),
        ("claims, deep page (cursor)", f"/api/v1/claims?limit=50&cursor={cursor}"),
        (f"claims, side {s.side}", f"/api/v1/claims?side={s.side}&limit=50"),
        (f"claims, speaker ~{s.speaker}", f"/api/v1/claims?speaker={s.speaker}&limit=50"),
        ("figures, killed", f"/api/v1/figures?quantity={s.quantity}&limit=50"),
        ("figures, killed in a month", f"/api/v1/figures?quantity={s.quantity}&since={s.since}&until={s.until}"),
        (f"events, {s.event_type}", f"/api/v1/events?type={s.event_type}&limit=50"),
        (f"places ~{s.place}", f"/api/v1/places?place={s.place}&limit=50"),
        ("search", f"/api/v1/search?q={s.word.replace(' ', '+')}&limit=20"),
        ("stories", "/api/v1/stories?limit=50"),
        (f"story S{s.story}", f"/api/v1/stories/S{s.story}"),
        ("links", "/api/v1/links?limit=50"),
        ("links of a report", f"/api/v1/links?document={s.document}"),
        (f"series, killed in S{s.story}", f"/api/v1/series?quantity={s.quantity}&story=S{s.story}"),
        ("geo (map data), a month", f"/api/v1/geo?since={s.since}&until={s.until}"),
    ]
    pages = [
        ("search page", f"/?q={s.word.split()[0]}"),
        ("report page", f"/reports/{s.document}"),
        ("story page", f"/stories/S{s.story}"),
        ("stories page", "/stories"),
        (f"figures page, killed in S{s.story}", f"/figures?quantity={s.quantity}&story=S{s.story}"),
    ]
    return [Probe("API", n, p) for n, p in api] + [Probe("page", n, p) for n, p in pages]


# ----------------------------------------------------------------------------- query plans

SKIP = re.compile(r"^\s*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW)\b|alembic_version", re.I)


def explain(url: str, found: list[Probe]) -> None:
    """Run each probe in-process once, capture its SQL and explain every statement."""
    from fastapi.testclient import TestClient

    import claimledger.link.detail  # noqa: F401 - imported once here: "first ms" is each request's own work
    from claimledger.web import Settings, create_app

    app = create_app(Settings(db=url, token=None))
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
    finally:
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

def start_server(url: str, prime: list[str], workers: int = 1) -> tuple[subprocess.Popen, str, Path]:
    exe = Path(sys.executable).with_name("claimledger")
    command = [str(exe)] if exe.exists() else [sys.executable, "-c", "from claimledger.cli import run; run()"]
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"claimledger-web-bench-{os.getpid()}.log"
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMLEDGER_TOKEN", "CLAIMLEDGER_DB", "CLAIMLEDGER_WEB")}
    serve = ["serve", "--db", url, "--host", HOST, "--port", "0", "--workers", str(workers)]
    server = subprocess.Popen([*command, *serve],
                              stdout=subprocess.PIPE, stderr=log.open("w"), text=True, env=env,
                              start_new_session=True)
    assert server.stdout is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            _prime(found.group(0), prime, workers)
            return server, found.group(0), log
        if not line and server.poll() is not None:
            break
    stop_server(server)
    raise SystemExit(f"error: claimledger serve did not start; see {log}:\n{log.read_text()[-2000:]}")


def _prime(base: str, paths: list[str], workers: int) -> None:
    """Each path a few times per worker, so every worker process has imported what its views need."""
    for path in paths:
        for _ in range(workers * 2):
            with contextlib.suppress(httpx.HTTPError):  # the measurement will say what fails
                httpx.get(f"{base}{path}", timeout=WARM_UP_S)


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGINT)  # its own session: only the server and its children
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


async def load(base: str, path: str, clients: int, requests: int, seconds: float) -> dict[str, float]:
    """``requests`` GETs of ``path`` from ``clients`` concurrent connections (at most ``seconds``)."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    latencies: list[float] = []
    errors = 0
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=TIMEOUT_S) as client:
        try:  # warm-up: caches, the first connection, modules a view loads on first use (slow under load)
            start = time.perf_counter()
            await client.get(path, timeout=WARM_UP_S)
            first = (time.perf_counter() - start) * 1000
            if first > seconds * 1000:  # slower than a cell's budget: that one request is the measurement
                return {"p50": first, "p95": first, "rate": 0.0, "n": 1, "errors": 0}
            await client.get(path, timeout=WARM_UP_S)
        except httpx.HTTPError:
            return {"p50": WARM_UP_S * 1000, "p95": WARM_UP_S * 1000, "rate": 0.0, "n": 0, "errors": 1}
        left = requests
        began = time.perf_counter()
        deadline = began + seconds

        async def worker() -> None:
            nonlocal left, errors
            while left > 0 and (time.perf_counter() < deadline or not latencies):
                left -= 1
                start = time.perf_counter()
                try:
                    response = await client.get(path)
                    await response.aread()
                except httpx.HTTPError:  # a timeout, or the server closed the connection
                    errors += 1
                    latencies.append(TIMEOUT_S * 1000)
                    left = 0
                    return
                latencies.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - began
    ordered = sorted(latencies)
    return {"p50": statistics.median(ordered), "p95": ordered[max(0, int(round(0.95 * len(ordered))) - 1)],
            "rate": len(ordered) / wall, "n": len(ordered), "errors": errors}


# ----------------------------------------------------------------------------- the report

def _cell(probe: Probe, clients: int, key: str) -> str:
    cell = probe.cells.get(clients)
    if not cell:
        return "not sent" if probe.cells else "–"
    value = cell[key]
    text_value = f"{value:,.1f}" if key != "rate" else f"{value:,.0f}"
    if key != "rate" and cell["errors"] and value >= TIMEOUT_S * 1000:
        text_value = f"> {value / 1000:.0f} s"
    if key == "p95" and probe.kind == "API" and value >= GOAL_MS:
        text_value += " ✗"
    return text_value


def rows_of(found: list[Probe]) -> list[list[str]]:
    out = []
    for probe in found:
        flags = ", ".join(f for f in probe.flags if f != "sort") or "indexed"
        if "sort" in probe.flags:
            flags += " (+sort)"
        errors = sum(int(c["errors"]) for c in probe.cells.values())
        if errors:
            flags = f"{errors} failed or timed out ({TIMEOUT_S:.0f} s); {flags}"
        out.append([probe.kind, probe.name, f"{probe.alone_ms:,.0f}",
                    *[_cell(probe, c, k) for c in CONCURRENCY for k in ("p50", "p95")],
                    _cell(probe, CONCURRENCY[-1], "rate"), flags])
    return out


HEADERS = ["", "request", "first ms", "p50 ms (1)", "p95 ms (1)", "p50 ms (16)", "p95 ms (16)", "req/s (16)",
           "query plans"]


def print_table(found: list[Probe]) -> None:
    table = Table(*HEADERS, title="latency on loopback (1 and 16 concurrent clients)")
    for row in rows_of(found):
        table.add_row(*row)
    console.print(table)


def write_markdown(found: list[Probe], command: str, facts: dict[str, Any], path: Path) -> None:
    lines = [f"# Web view latency ({facts['reports']:,} reports)", "", "```", command, "```", ""]
    lines += [f"- {k}: {v}" for k, v in facts.items()]
    lines += ["", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows_of(found)]
    lines += ["", f"✗: p95 at or over the goal of {GOAL_MS:.0f} ms (API requests). A request slower than a cell's "
              f"budget is measured once (its first request, so p50 = p95). \"> {TIMEOUT_S:.0f} s\": the client gave "
              f"up (the server is then restarted). \"not sent\": over {ALONE_MS / 1000:.0f} s with one client, so "
              "not sent by 16 at once. Query plans: "
              "`FULL SCAN t` a table read whole, `index scan t` an index read whole (or walked in order up to "
              "a page's end), `+sort` a sort of the rows found.", "",
              "\"first ms\": the request's first run in a fresh app, in-process (no HTTP), while its SQL is "
              "captured: what a first visitor waits. A story, a series and a map are computed once per server "
              "process and served from memory while their inputs (members, links, newest analyses) are "
              "unchanged, so their p50/p95 are the remembered case and \"first ms\" the computed one.", "",
              "At 16 clients the requests share the machine's CPUs (the server's workers, the client and "
              "whatever else runs): a request waits its turn, so the latency there is mostly queueing; "
              "req/s is the throughput.", "", "## Query plans", ""]
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
    ap.add_argument("--requests", type=int, default=100, help="requests per request kind and concurrency")
    ap.add_argument("--seconds", type=float, default=10.0, help="at most this long per request kind and concurrency")
    ap.add_argument("--out", type=Path, default=RESULTS, help="the Markdown results file")
    ap.add_argument("--build-only", action="store_true", help="build (or find) the ledger, measure nothing")
    args = ap.parse_args(argv)
    command = "$ .venv/bin/python bench/web.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
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
    if args.build_only:
        console.print(f"ledger: {url}")
        return 0
    s = sample(url)
    found = probes(s)
    explain(url, found)
    print_plans(found)
    prime = [f"/api/v1/stories/S{s.story}"]
    loads: list[float] = []
    server = None
    try:
        for clients in CONCURRENCY:
            workers = 1 if clients == 1 else args.server_workers
            if server is not None:
                stop_server(server)
            server, base, log = start_server(url, prime, workers)
            for probe in found:
                if probe.alone_ms > TIMEOUT_S * 1000:  # measured once in-process: the server is spared minutes
                    if clients == 1:
                        probe.cells[1] = {"p50": probe.alone_ms, "p95": probe.alone_ms, "rate": 0.0, "n": 1,
                                          "errors": 0}
                        probe.flags.insert(0, "timed once in-process")
                    continue
                alone = probe.cells.get(1)
                if clients > 1 and alone and (alone["p50"] > ALONE_MS or alone["errors"]):
                    console.print(f"  {clients:>2} clients {probe.name}: not sent (too slow alone)", highlight=False)
                    continue
                requests = args.requests if clients == 1 else args.requests * 2
                probe.cells[clients] = asyncio.run(load(base, probe.path, clients, requests, args.seconds))
                loads.append(os.getloadavg()[0])
                cell = probe.cells[clients]
                errors = f", {cell['errors']:.0f} errors" if cell["errors"] else ""
                console.print(f"  {clients:>2} client(s) {probe.name}: p50 {cell['p50']:.1f} ms, "
                              f"p95 {cell['p95']:.1f} ms ({cell['n']:.0f} requests{errors})", highlight=False)
                if cell["errors"]:  # a request the client gave up on still runs in the server: start afresh
                    stop_server(server)
                    server, base, log = start_server(url, prime, workers)
        if server.poll() is not None:
            console.print(f"the server stopped (exit {server.returncode}); its log: {log}")
    finally:
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
        "built": f"in {built['seconds']:,.0f} s this run" if built else "earlier (cached), migrated on open",
        "server": f"claimledger serve on 127.0.0.1: one uvicorn process for 1 client, --workers "
                  f"{args.server_workers} for 16 clients; client: httpx asyncio on the same machine",
        "requests": f"{args.requests} per request kind with 1 client, {args.requests * 2} with 16 "
                    f"(at most {args.seconds:g} s each), after 2 warm-up requests",
        "machine": f"{os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, "
                   f"{min(loads or [0]):.1f}-{max(loads or [0]):.1f} while measuring, "
                   f"{os.getloadavg()[0]:.1f} after (the bench itself adds 1-2; other programs share the rest)",
        "run time": f"{time.perf_counter() - began:,.0f} s",
    }
    if args.out and str(args.out):
        write_markdown(found, command, facts, args.out)
        console.print(f"written: {args.out}")
    slow = [p.name for p in found if p.kind == "API" and any(c["p95"] >= GOAL_MS for c in p.cells.values())]
    scans = [p.name for p in found if any(f.startswith("FULL SCAN") for f in p.flags)]
    console.print(f"API requests with p95 ≥ {GOAL_MS:.0f} ms: {', '.join(slow) or 'none'}", highlight=False)
    console.print(f"requests with a full table scan: {', '.join(scans) or 'none'}", highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
