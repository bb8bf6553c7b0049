"""Defect 6 of issue 9: ``kill -9`` of ``ingest --jobs 2`` must not orphan its workers.

A worker holds a spaCy model (hundreds of MB); before, workers outlived a killed parent
by minutes. Now each dies with its parent (a parent-death signal, and a watcher thread).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GRACE_SECONDS = 5.0


def children(pid: int) -> dict[int, str]:
    """The live child processes of ``pid`` with their command lines, from /proc."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found[int(entry)] = cmdline
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(200):
        (folder / f"{n:03d}.txt").write_text(
            f"Flooding Cuts Roads Near Maiduguri {n}\nState officials said that {n + 3} villages were cut off "
            f"by the floods near Maiduguri, and aid groups said that {n + 40} families needed shelter.",
            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "claimledger.cli", "ingest", str(folder), "--jobs", "2",
                             "--no-link", "--quiet", "--db", str(tmp_path / "l.db")], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        workers: dict[int, str] = {}
        while time.monotonic() < deadline and proc.poll() is None:
            workers = {p: c for p, c in children(proc.pid).items() if "spawn_main" in c}
            if len(workers) >= 2:
                break
            time.sleep(0.2)
        assert len(workers) >= 2, "the ingest never started two workers"
        time.sleep(3)  # the workers load the model and take batches
        everyone = children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        killed = time.monotonic()
        while time.monotonic() - killed < GRACE_SECONDS and any(alive(p) for p in everyone):
            time.sleep(0.1)
        left = {p: c for p, c in everyone.items() if alive(p)}
        assert not left, f"outlived the killed ingest by {GRACE_SECONDS} s: {left}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the test's own clean-up, whatever happened
