"""The ``serve`` command: the web view and JSON API over a ledger, read-only, on loopback.

``register(app)`` adds it to the main Typer app.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING, Annotated

import typer

from claimledger.ledger_cli import DbOption, err, fail, out

if TYPE_CHECKING:  # the web extra is imported only when serving
    from claimledger.web import Settings

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on. Anything but loopback exposes the ledger.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 8000,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", help="Allow pages of this origin to read the API (repeatable). Default: none.")] = None,
    tiles: Annotated[str | None, typer.Option(
        help="Online map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png. Default: offline outline.")]
    = None,
    max_body: Annotated[int, typer.Option(min=1_000, help="Largest request body, in bytes.")] = 1_000_000,
    workers: Annotated[int, typer.Option(min=1, max=64, help=(
        "Server processes answering requests (uvicorn workers). One process answers one request at a "
        "time of Python work; use about one per CPU core when many people (or programs) read at once."))] = 1,
    threads: Annotated[int | None, typer.Option(min=1, max=64, help=(
        "Requests each server process works on at once (the others wait their turn in its event loop). "
        "Default: CLAIMLEDGER_WEB_THREADS, else 4 for one process and 1 for each of --workers N. Fewer cost "
        "less CPU a request under many clients (fewer threads waking for one GIL); more keep short requests "
        "from waiting behind slow ones."))] = None,
    cache: Annotated[bool, typer.Option(help=(
        "Keep each GET answer in memory while the ledger is unchanged (dropped at its next change: an ingest, "
        "a link run). --no-cache computes every answer."))] = True,
) -> None:
    """Serve the ledger in the browser (pages and /api/v1), read-only; prints the URL."""
    try:
        import uvicorn

        from claimledger.web import Settings, create_app
        from claimledger.web.app import settle_collector
        from claimledger.web.app import threads as default_threads
    except ImportError as exc:
        raise fail(f"the web view needs its extra: pip install 'claimledger[web]' ({exc.name} is missing)") from None
    from claimledger.ledger import LedgerError

    if tiles is not None and not tiles.startswith(("https://", "http://")):
        raise fail(f"--tiles must be an http(s) URL template with {{z}}/{{x}}/{{y}}, not {tiles[:60]!r}")
    _check_free(host, port)
    try:
        # one thread a process under --workers N (web/app.py's THREADS_WITH_WORKERS says why)
        threads = threads or default_threads(workers)
        settings = Settings(db=db, cors_origins=list(cors_origin or []), tiles=tiles, max_body=max_body,
                            cache=cache, threads=threads)
        app = create_app(settings)
    except LedgerError as exc:
        raise fail(str(exc)) from None
    if not _is_loopback(host):
        err.print(f"warning: listening on {host}: anyone who can reach this machine can read the ledger",
                  soft_wrap=True)
    if settings.token:
        err.print("writing is on: POST /api/v1/documents with the bearer token in CLAIMLEDGER_TOKEN", soft_wrap=True)
    shown = f"[{host}]" if ":" in host else host
    if workers > 1:
        app.state.ledger.engine.dispose()  # opened to check the ledger; each worker opens its own
        _serve_workers(settings, host, port, workers, shown)
        return
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False,
                            proxy_headers=False)
    server = uvicorn.Server(config)

    # the URL is printed once the socket is bound (with --port 0, the port chosen)
    original_startup = server.startup

    async def startup(sockets=None) -> None:  # type: ignore[no-untyped-def]
        await original_startup(sockets=sockets)
        bound = port
        for listener in getattr(server, "servers", []):
            for sock in listener.sockets:
                bound = sock.getsockname()[1]
        _announce(shown, bound)

    server.startup = startup  # type: ignore[method-assign]
    settle_collector()
    server.run()


def _serve_workers(settings: Settings, host: str, port: int, workers: int, shown: str) -> None:
    """Several uvicorn worker processes on one socket: each builds the app itself, from the
    settings this process puts in the environment (app_from_environment)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from claimledger.web import workers as processes
    from claimledger.web.app import settings_to_environment

    settings_to_environment(settings)
    config = uvicorn.Config("claimledger.web.app:app_from_environment", factory=True, host=host, port=port,
                            workers=workers, log_level="warning", server_header=False, proxy_headers=False)
    own = processes.own_sockets(host, port, workers, config.backlog)  # a socket per worker: balanced (Linux)
    if own:
        _announce(shown, own[0].getsockname()[1], workers)
        processes.serve(config, own)
        return
    sock = config.bind_socket()  # bound here, shared by the workers (with --port 0: the port chosen)
    sock.listen(config.backlog)  # connections wait for the first worker, rather than being refused
    _announce(shown, sock.getsockname()[1], workers)
    Multiprocess(config, sockets=[sock]).run()


def _announce(shown: str, port: int, workers: int = 1) -> None:
    """The line `serve` prints once its socket is bound: the URL to open."""
    how = f"{workers} workers; " if workers > 1 else ""
    out.print(f"claimledger web view: http://{shown}:{port}/  ({how}API: /api/v1, docs: /docs; Ctrl-C to stop)",
              soft_wrap=True, markup=False, highlight=False)


def _check_free(host: str, port: int) -> None:
    """Refuse in one line an address that cannot be listened on (uvicorn would log and exit 3)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise fail(f"cannot listen on {host}: {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
