"""The serve command: prints its URL and serves; refuses what it cannot serve in one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

pytest.importorskip("fastapi")
from web_support import built_ledger  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))  # /proc readers shared with bench/web.py
from procnet import connections_held, worker_pids  # noqa: E402

CLI = [sys.executable, "-m", "claimledger.cli"]


def run(*args: str) -> Result:
    """The command run in this process (a subprocess per refusal would cost seconds of imports)."""
    from claimledger.cli import app

    return CliRunner().invoke(app, list(args))


def test_serve_prints_its_url_and_serves_the_ledger_read_only(tmp_path: Path) -> None:
    path = built_ledger()
    process = subprocess.Popen([*CLI, "serve", "--db", str(path), "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "CLAIMLEDGER_TOKEN": ""})
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.startswith("claimledger web view: http://127.0.0.1:"), line
        url = line.split()[3]
        with urllib.request.urlopen(url + "api/v1/stories", timeout=10) as response:
            assert response.status == 200
            assert b'"items"' in response.read()
        with urllib.request.urlopen(url, timeout=10) as response:
            assert b"Search the ledger" in response.read()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)


@pytest.mark.parametrize("cache", ["--cache", "--no-cache"])
def test_serve_workers_keep_answers_only_when_asked(cache: str) -> None:
    """Each worker process builds its app from the settings the command passes on (cache among them):
    a kept answer carries an ETag, a computed one under --no-cache none."""
    process = subprocess.Popen([*CLI, "serve", "--db", str(built_ledger()), "--port", "0", "--workers", "2", cache],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "CLAIMLEDGER_TOKEN": ""}, start_new_session=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        url = line.split()[3]
        deadline = time.monotonic() + 60
        while True:  # the workers start after the line is printed: the socket is already listening
            try:
                with urllib.request.urlopen(url + "api/v1/documents?limit=2", timeout=30) as response:
                    assert response.status == 200
                    assert (response.headers.get("ETag") is not None) == (cache == "--cache")
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
    finally:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=30)


def test_serve_refuses_a_missing_ledger_in_one_line(tmp_path: Path) -> None:
    result = run("serve", "--db", str(tmp_path / "none.db"), "--port", "0")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no ledger at" in lines[0]
    assert not (tmp_path / "none.db").exists()  # serving never creates a ledger


def test_serve_refuses_bad_tiles_and_warns_off_loopback() -> None:
    result = run("serve", "--db", str(built_ledger()), "--tiles", "javascript:alert(1)")
    assert result.exit_code == 2 and "--tiles must be an http(s) URL" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_serve_reports_a_port_in_use_in_one_line() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        result = run("serve", "--db", str(built_ledger()), "--port", str(port))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot listen on 127.0.0.1:{port}" in lines[0]
    assert time.monotonic() - started < 60


def test_workers_take_turns_on_one_socket_so_that_connections_are_shared_evenly(tmp_path: Path) -> None:
    """serve --workers: the workers share one listening socket and accept in turn, each only while it
    holds no more connections than the others, so that clients connecting together are spread evenly
    (a hash of their addresses, SO_REUSEPORT, gave one worker 12 of 16 as often as not)."""
    import socket
    import sys

    from claimledger.web.workers import own_sockets

    sockets = own_sockets("127.0.0.1", 0, 2, 64)
    if not sys.platform.startswith("linux"):
        assert sockets is None
        return
    assert sockets is not None and len(sockets) == 2 and sockets[0] is sockets[1]
    sockets[0].close()
    db = built_ledger()
    process = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", "0", "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "CLAIMLEDGER_TOKEN": ""}, start_new_session=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        port = int(line.split()[3].rstrip("/").rsplit(":", 1)[1])
        workers: list[int] = []

        def spread(clients: int) -> list[int]:
            """Connections opened together, each asked once (so that every one was accepted): how many
            each worker holds."""
            opened = [socket.create_connection(("127.0.0.1", port), timeout=60) for _ in range(clients)]
            try:
                for client in opened:
                    client.sendall(b"GET /api/v1/stories?limit=1 HTTP/1.1\r\nHost: x\r\n\r\n")
                for client in opened:
                    assert client.recv(12).startswith(b"HTTP/1.1 200")
                return sorted(connections_held(pid, port) for pid in workers)
            finally:
                for client in opened:
                    client.close()
                time.sleep(0.5)  # the workers see their connections close

        deadline = time.monotonic() + 90
        while True:  # until both workers accept (one started first takes every connection meanwhile)
            workers = worker_pids(process.pid)
            if len(workers) == 2 and spread(2) == [1, 1]:
                break
            assert time.monotonic() < deadline, "the workers did not both start"
        for _ in range(3):
            assert spread(16) in ([8, 8], [7, 9])
    finally:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=30)


def test_threads_per_server_process_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import Settings, create_app

    monkeypatch.setenv("CLAIMLEDGER_WEB_THREADS", "2")
    assert create_app(Settings(db=str(built_ledger()), token=None)).state.threads == 2
    monkeypatch.setenv("CLAIMLEDGER_WEB_THREADS", "lots")
    result = run("serve", "--db", str(built_ledger()), "--port", "0")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "CLAIMLEDGER_WEB_THREADS must be a number of threads from 1 to 64" in lines[0]


@pytest.mark.parametrize(("given", "env", "expected"), [(1, None, 1), (None, "3", 3), (None, None, 4)])
def test_serve_threads_bound_the_request_threads_of_each_process(
        monkeypatch: pytest.MonkeyPatch, given: int | None, env: str | None, expected: int) -> None:
    """--threads (else CLAIMLEDGER_WEB_THREADS, else 4) is the number of sync endpoints a process runs at
    once: anyio's thread limiter holds that many tokens once the app has started, and the settings the
    workers of `serve --workers N` build their apps from carry it."""
    import anyio.to_thread
    from fastapi.testclient import TestClient

    from claimledger.web import Settings, create_app
    from claimledger.web.app import SETTINGS_VAR, settings_to_environment

    if env is None:
        monkeypatch.delenv("CLAIMLEDGER_WEB_THREADS", raising=False)
    else:
        monkeypatch.setenv("CLAIMLEDGER_WEB_THREADS", env)
    monkeypatch.setenv(SETTINGS_VAR, "")  # restored after: settings_to_environment writes it
    settings = Settings(db=str(built_ledger()), token=None, cache=False, threads=given)
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/v1/stories").status_code == 200
        limiter = client.portal.call(anyio.to_thread.current_default_thread_limiter)
        assert limiter.total_tokens == expected
    settings_to_environment(settings)
    assert json.loads(os.environ[SETTINGS_VAR])["threads"] == given


def test_serve_refuses_a_thread_count_out_of_range() -> None:
    result = run("serve", "--db", str(built_ledger()), "--port", "0", "--threads", "0")
    assert result.exit_code == 2 and "--threads" in result.output + result.stderr


@pytest.mark.parametrize(("workers", "env", "expected"), [(1, None, 4), (2, None, 1), (4, None, 1), (2, "3", 3)])
def test_several_workers_take_one_request_each_unless_told(
        monkeypatch: pytest.MonkeyPatch, workers: int, env: str | None, expected: int) -> None:
    """Under `serve --workers N` (N >= 2) each process works on one request at a time: the others take
    the next connections, and no thread of a process wakes for the GIL another let go of. One process
    alone keeps four, so a short request need not wait behind a slow one. The environment still wins."""
    from claimledger.web.app import threads

    if env is None:
        monkeypatch.delenv("CLAIMLEDGER_WEB_THREADS", raising=False)
    else:
        monkeypatch.setenv("CLAIMLEDGER_WEB_THREADS", env)
    assert threads(workers) == expected
