"""The FastAPI app: settings, safety headers, body limit, static files, error pages.

Safety, as the web view promises it:
- the ledger is opened read-only (``store``); only ``POST /api/v1/documents`` writes, through
  its own connection, and only with the server's bearer token;
- every page is sent with a Content-Security-Policy allowing scripts from this server's
  files only (no inline script, no ``on*=`` handler, no eval) and nothing from elsewhere
  (online map tiles are allowed only from the tile server the operator configured);
- request bodies over ``max_body`` bytes are refused with 413 before they are read whole;
- static files are served by Starlette's StaticFiles, which refuses paths leaving its folder;
- no CORS header unless origins were configured.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import logging
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimledger import __version__, present
from claimledger.ledger.analysis import Analyzer
from claimledger.ledger.db import LedgerError
from claimledger.web import api, pages
from claimledger.web.cache import ResponseCache
from claimledger.web.shared_cache import SharedAnswers
from claimledger.web.store import ReadOnlyLedger

STATIC = Path(__file__).with_name("static")
TOKEN_VAR = "CLAIMLEDGER_TOKEN"
MAX_BODY = 1_000_000  # bytes: a long report is ~100 kB of text
log = logging.getLogger("claimledger.web")


@dataclass
class Settings:
    db: str | None = None  # a SQLite path or postgresql:// URL (None: CLAIMLEDGER_DB or ./claimledger.db)
    token: str | None = field(default_factory=lambda: os.environ.get(TOKEN_VAR) or None)
    cors_origins: list[str] = field(default_factory=list)
    tiles: str | None = None  # an online tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
    max_body: int = MAX_BODY
    analyzer: Analyzer | None = None  # what POST /documents analyses with (None: the default model)
    cache: bool = True  # keep GET answers while the ledger is unchanged (web.cache); False: compute each
    shared_cache: str | None = None  # a SQLite file the server's processes share kept answers in (web.shared_cache)
    threads: int | None = None  # requests a process works on at once (None: CLAIMLEDGER_WEB_THREADS, else THREADS)


def csp(settings: Settings) -> str:
    images = "'self' data:"
    if settings.tiles:  # the one outside server a page may load from: the configured tiles
        parts = urlsplit(settings.tiles.replace("{s}", "*"))
        images += f" {parts.scheme}://{parts.netloc}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")


class Guard:
    """ASGI middleware: refuses oversized bodies (413) and adds the safety headers to every response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app, self.limit = app, settings.max_body
        self.headers = [(b"content-security-policy", csp(settings).encode()),
                        (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                        (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin")]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        answered = False  # the 413 went out: whatever the app sends after it is dropped

        async def send_guarded(message: Message) -> None:
            if answered:
                return
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        if "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b""):
            # a NUL ends a LIKE pattern in SQLite (matching everything) and is refused by
            # PostgreSQL: no name, date or word holds one, so the request is refused whole
            response = JSONResponse({"detail": "NUL characters are not allowed in a URL"}, status_code=400)
            await response(scope, receive, send_guarded)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._too_large(scope, receive, send_guarded)
            return
        received = 0

        async def receive_limited() -> Message:
            nonlocal received, answered
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit and not answered:
                    # a chunked body that grew past the limit: answer now, as the app's own
                    # body parsing would turn any error raised here into a 400
                    await self._too_large(scope, receive, send_guarded)
                    answered = True
                    raise BodyTooLarge
            return message

        with contextlib.suppress(BodyTooLarge):  # answered already
            await self.app(scope, receive_limited, send_guarded)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse({"detail": f"request body too large: at most {self.limit:,} bytes"}, status_code=413)
        await response(scope, receive, send)


class BodyTooLarge(Exception):
    pass


# Requests a server process works on at once (the others wait their turn in its event loop).
# Python 3.11's sqlite3 lets go of the GIL around every column of every row it fetches (~1,000-1,800
# times for a page of claims, figures or events), and each let-go wakes a thread of the process
# waiting for it. With 16 clients on `serve --workers 2` (bench/web_perf.py --syscalls, load 4-9),
# futex calls a request were 13-17 with 4 threads, 8-12 with 2 and 6-7 with 1 (as with one client),
# and server CPU a request 16 clients against 1 was x1.25 with 4, x1.2 with 2 and x1.03 with 1.
# One process alone keeps 4: with fewer threads than slow requests in flight, a short request waits
# for one to end (beside 2 clients asking search pages, a short API request took 2.4 ms at p50 with 4
# threads, 24 with 2, 30 with 1: /work/notes/h85). Several processes (`serve --workers N`, N >= 2)
# take one request each at a time (THREADS_WITH_WORKERS): the other processes take the next
# connections, and on bench/web.py's 100k ledger, quiet machine, 16 clients, every API kind kept its
# p95 under 100 ms in 12 of 13 runs with 1 thread, 3 of 5 with 2 and 1 of 3 with 4 (stop 21).
THREADS = 4
THREADS_WITH_WORKERS = 1
THREADS_VAR = "CLAIMLEDGER_WEB_THREADS"  # another number (bench/web.py --server-threads; serve --threads wins)


def threads(workers: int = 1) -> int:
    """The number in CLAIMLEDGER_WEB_THREADS (1-64; anything else is refused in one line), else
    THREADS for one process and THREADS_WITH_WORKERS for each of several."""
    given = os.environ.get(THREADS_VAR, "").strip()
    if not given:
        return THREADS if workers < 2 else THREADS_WITH_WORKERS
    if not given.isdigit() or not 1 <= int(given) <= 64:
        raise LedgerError(f"{THREADS_VAR} must be a number of threads from 1 to 64, not {given[:20]!r}")
    return int(given)


@contextlib.asynccontextmanager
async def _few_threads(app: FastAPI) -> AsyncIterator[None]:
    """Run the sync endpoints on ``--threads`` threads (THREADS), not anyio's 40. The work is Python
    under one GIL: forty requests at once ran no faster than four, and the threads handing the GIL
    round, each with its own SQLite connection and cold page cache, cost up to twice the CPU per
    request."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.threads
    yield


# Allocations between two young collections. Python's default (700) runs one every few hundred
# objects, and a map or a page of records makes tens of thousands: ~0.1 ms a request collecting.
YOUNG_COLLECTION_EVERY = 20_000


def settle_collector() -> None:
    """For a server process, once its app is built: keep the garbage collector off what it
    loaded to start (modules, the app, the tables). A full collection walked those ~130k objects
    every hundred-odd requests, ~50 ms with the GIL held, which every request of the process then
    waited out (the stalled passes of bench/web.py at 16 clients). Frozen, they are never walked
    again; what requests make still is. Not for the app in tests: a process building many apps
    would keep each one's objects for good."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *gc.get_threshold()[1:])


def create_app(settings: Settings | None = None, ledger: ReadOnlyLedger | None = None) -> FastAPI:
    """The web app over one ledger, opened read-only (``ledger`` to share one already open)."""
    settings = settings or Settings()
    app = FastAPI(title="claimledger", version=__version__, docs_url=None, redoc_url=None, lifespan=_few_threads,
                  description="Who claims what in conflict news: the ledger's reports, claims, figures, events, "
                              "places, stories and links. Read-only, except POST /api/v1/documents with a token.")
    app.state.settings = settings
    app.state.threads = settings.threads or threads()  # read here: `serve` refuses a bad value before starting
    app.state.ledger = ledger or ReadOnlyLedger(settings.db)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")

    @app.get("/sides.css", include_in_schema=False)
    def sides_css() -> Response:
        return Response(present.side_stylesheet(), media_type="text/css",
                        headers={"Cache-Control": "public, max-age=3600"})

    _errors(app)
    if settings.cache:  # inside Guard: a kept answer gets the safety headers like any other
        shared = SharedAnswers(settings.shared_cache) if settings.shared_cache else None
        app.add_middleware(ResponseCache, version=app.state.ledger.data_version, shared=shared)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"])
    app.add_middleware(Guard, settings=settings)
    return app


SETTINGS_VAR = "CLAIMLEDGER_WEB"  # the settings of `serve --workers N`, as JSON, for each worker process


def settings_to_environment(settings: Settings) -> None:
    """Put what a worker needs to build the app in the environment its processes inherit
    (the token stays in CLAIMLEDGER_TOKEN, where the server found it)."""
    if settings.cache and not settings.shared_cache:  # the workers share kept answers in a file of this server's
        folder = tempfile.mkdtemp(prefix="claimledger-answers-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        settings.shared_cache = str(Path(folder) / "answers.db")
    os.environ[SETTINGS_VAR] = json.dumps({"db": settings.db, "cors_origins": settings.cors_origins,
                                           "tiles": settings.tiles, "max_body": settings.max_body,
                                           "cache": settings.cache, "shared_cache": settings.shared_cache,
                                           "threads": settings.threads})


def app_from_environment() -> FastAPI:
    """The app factory uvicorn's worker processes call (``serve --workers N``): the settings
    from CLAIMLEDGER_WEB (else the ledger of CLAIMLEDGER_DB with the defaults)."""
    given = json.loads(os.environ.get(SETTINGS_VAR) or "{}")
    known = {"db", "cors_origins", "tiles", "max_body", "cache", "shared_cache", "threads"}
    app = create_app(Settings(**{k: v for k, v in given.items() if k in known}))
    settle_collector()  # a worker process of `serve`: it builds this one app
    return app


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi")) and "text/html" in request.headers.get("accept", "")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        return pages.templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                                status_code=status)
    return JSONResponse({"detail": message}, status_code=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(LedgerError)
    async def ledger_error(request: Request, exc: LedgerError) -> Response:
        message = str(exc)
        return _error(request, 404 if message.startswith("no ") else 400, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_html(request):
            first: Any = exc.errors()[0] if exc.errors() else {}
            where = ".".join(str(p) for p in first.get("loc", ())[1:])
            return _error(request, 422, f"{where}: {first.get('msg', 'invalid')}")
        from fastapi.encoders import jsonable_encoder

        return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, f"unexpected {type(exc).__name__}: a bug in claimledger")
