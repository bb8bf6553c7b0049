"""Hostile and careless use of the command line (issue 9): the error boundary, what is
shown on screen, export's targets, and the ledger's own refusals. Each test names the
defect it guards against. Reports are written for these tests."""

from __future__ import annotations

import json
import math
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_ledger_support import BACKENDS, FakeAnalyzer, fresh_db
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ledger import Ledger
from claimledger.model import Document

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
BODY = ("The junta's spokesman said that 14 resistance fighters were killed near Sagaing on Tuesday. "
        "Local volunteers denied that the village had been abandoned, and said that families still lived there.")


def cli(*args: str, code: int | None = None, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, list(args), env=env)
    if code is not None:
        assert result.exit_code == code, (result.output, result.exception)
    assert "Traceback" not in result.output
    return result.output


def process(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimledger.cli", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=180, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


@pytest.fixture()
def sqlite_db(tmp_path: Path) -> str:
    url = str(tmp_path / "ledger.db")
    with Ledger(url) as ledger:
        ledger.ingest([Document(text=BODY, title="Fighting near Sagaing", source="t:1")], analyzer=FakeAnalyzer())
    return url


# ---------------------------------------------------------------------- the error boundary


def test_unexpected_exception_is_one_line_naming_the_input(tmp_path: Path) -> None:
    report = tmp_path / "sagaing.txt"
    report.write_text(BODY, encoding="utf-8")
    code = ("import sys, claimledger.read.cleanup as c\n"
            "def boom(*a, **k): raise KeyError('a reader bug')\n"
            "c.strip_trailers = boom\n"
            "import claimledger.read.records as r; r.read_text = boom\n"
            "from claimledger.cli import run\n"
            "sys.argv = ['claimledger', 'analyze', sys.argv[1], sys.argv[1] + '.json']\n"
            "run()")
    (tmp_path / "sagaing.txt.json").write_text(json.dumps({"text": BODY}), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True, text=True, timeout=180)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert len(lines(out.stderr)) == 2  # one line for each file, and the batch went on
    assert f"{report}: could not be read (KeyError" in out.stderr
    debug = subprocess.run([sys.executable, "-c", code.replace("KeyError", "RuntimeError"), str(report)],
                           capture_output=True, text=True, timeout=180, env={**os.environ, "CLAIMLEDGER_DEBUG": "1"})
    assert "could not be read (RuntimeError" in debug.stderr


def test_a_bug_outside_the_readers_is_one_line_with_a_hint(sqlite_db: str) -> None:
    code = ("import sys, claimledger.ledger.core as core\n"
            "def boom(*a, **k): raise ZeroDivisionError('a ledger bug')\n"
            "core.Ledger.counts = boom\n"
            "from claimledger.cli import run\n"
            "sys.argv = ['claimledger', 'stats', '--db', sys.argv[1]]\n"
            "run()")
    out = subprocess.run([sys.executable, "-c", code, sqlite_db], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    (line,) = lines(out.stderr)
    assert "unexpected ZeroDivisionError" in line and "CLAIMLEDGER_DEBUG=1" in line
    debug = subprocess.run([sys.executable, "-c", code, sqlite_db], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "CLAIMLEDGER_DEBUG": "1"})
    assert "Traceback" in debug.stderr


def test_ctrl_c_exits_130_with_a_message(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "claimledger.cli", "analyze", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    time.sleep(6)  # past start-up, waiting on stdin
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err


def test_output_to_a_full_disk_is_one_line(sqlite_db: str) -> None:
    with open("/dev/full", "w") as full:
        out = process("stats", "--json", "--db", sqlite_db, stdout=full)
    assert out.returncode == 1
    (line,) = lines(out.stderr)
    assert "cannot write the output: No space left on device" in line


# ---------------------------------------------------------------------- 7, 8: markup and control characters


def test_markup_in_a_file_name_is_shown_as_written(tmp_path: Path) -> None:
    out = process("analyze", "[/oops]missing.txt")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "[/oops]missing.txt: no such file" in out.stderr


def test_markup_in_report_text_is_shown_as_written() -> None:
    from io import StringIO

    from test_ledger_support import fake_record

    from claimledger.screen import SafeConsole
    from claimledger.show import print_report

    text = ("The governor said that [bold]forty[/] shops burned in the [/town] market on Monday, "
            "and the council said that 300 traders lost their stalls.")
    record = fake_record(Document(text=text, title="Market fire [/title]"))
    record["checks"] = [{"kind": "sum", "ok": False, "detail": "[red]3[/] of [/x]"}]
    buffer = StringIO()
    print_report(record, SafeConsole(file=buffer, width=200, highlight=False))
    shown = buffer.getvalue()
    for literal in ("[bold]forty[/]", "[/town]", "Market fire [/title]", "[red]3[/] of [/x]"):
        assert literal in shown


HOSTILE_TITLE = "Ceasefire talks \x1b]0;owned\x07in Jeddah \x1b[2J"
HOSTILE_BODY = ("Mediators said that \x1b[31mthe talks\x1b[0m would resume on Monday. "
                "The army said that 5 soldiers were killed near Khartoum.")


@pytest.fixture()
def hostile_db(tmp_path: Path) -> str:
    url = str(tmp_path / "hostile.db")
    with Ledger(url) as ledger:
        ledger.ingest([Document(text=HOSTILE_BODY, title=HOSTILE_TITLE, source="t:\x1b[2J")],
                      analyzer=FakeAnalyzer())
    return url


@pytest.mark.parametrize("command", [["search", "talks"], ["claims"], ["show", "sha256:"]])
def test_control_characters_are_made_visible(hostile_db: str, command: list[str]) -> None:
    shown = cli(*command, "--db", hostile_db, code=0)
    assert "\x1b" not in shown and "\x07" not in shown
    assert "␛" in shown
    with Ledger(hostile_db) as ledger:  # what is stored is kept as it came
        assert ledger.documents()[0]["title"] == HOSTILE_TITLE


def test_control_characters_in_a_file_name_are_made_visible(tmp_path: Path) -> None:
    out = process("analyze", str(tmp_path / "x\x1b[2Jy.txt"))
    assert "\x1b" not in out.stderr and "␛[2Jy.txt: no such file" in out.stderr


# ---------------------------------------------------------------------- 1: export never destroys


def test_export_never_overwrites_the_ledger(sqlite_db: str) -> None:
    before = Path(sqlite_db).read_bytes()
    for extra in ([], ["--force"]):
        out = cli("export", "--db", sqlite_db, "-t", "claims", "-o", sqlite_db, *extra, code=2)
        assert "never overwritten" in out
    assert Path(sqlite_db).read_bytes() == before
    with Ledger(sqlite_db) as ledger:
        assert ledger.counts()["documents"] == 1


def test_export_replaces_a_file_only_with_force(sqlite_db: str, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    target.write_text("precious\n", encoding="utf-8")
    assert "already exists; use --force" in cli("export", "--db", sqlite_db, "-t", "claims", "-o", str(target),
                                                "-f", "csv", code=2)
    assert target.read_text() == "precious\n"
    cli("export", "--db", sqlite_db, "-t", "claims", "-o", str(target), "-f", "csv", "--force", code=0)
    assert target.read_text().startswith("document_id,") or "speaker" in target.read_text().splitlines()[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_export_to_stdout(sqlite_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = process("export", "--db", sqlite_db, "-t", "claims", "-o", "-")
    assert out.returncode == 0, out.stderr
    assert all(json.loads(line)["speaker"] for line in lines(out.stdout))
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("where", ["folder.csv", "file.txt/claims.csv", "/proc/claimledger/claims.csv"])
def test_export_to_an_impossible_place_is_one_line(sqlite_db: str, tmp_path: Path, where: str) -> None:
    (tmp_path / "folder.csv").mkdir()
    (tmp_path / "file.txt").write_text("a file\n", encoding="utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    out = cli("export", "--db", sqlite_db, "-t", "claims", "-f", "csv", "-o", target, code=2)
    assert len(lines(out)) == 1 and target in out


# ---------------------------------------------------------------------- 2: a NUL character, every backend


def test_nul_in_a_record_is_one_counted_error_on_every_backend(db_url: str, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    records = [{"text": BODY}, {"text": BODY.replace("village", "vil\u0000lage"), "title": "Sagaing"},
               {"text": BODY + " Aid convoys were turned back.", "title": "Convoys \u0000 turned back"},
               {"text": "The army said that 3 soldiers were wounded near Mandalay."}]
    batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Ledger(db_url) as ledger:
        report = ledger.ingest_paths([batch], analyzer=FakeAnalyzer())
        assert (report.new, report.errors) == (2, 2)
        # a NUL that reaches the database without a reader is one counted error too
        nul = Document(text="The army said that 8 soldiers died near Bago.", title="T\u0000", source="t:9")
        again = ledger.ingest([nul], analyzer=FakeAnalyzer())
        assert again.errors + again.new == 1 and ledger.counts()["documents"] == 2 + again.new


# ---------------------------------------------------------------------- 3: a report past spaCy's max_length


def test_long_report_is_analysed_in_parts_with_offsets_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger import analyze as analyze_module
    from claimledger.nlp import load

    paragraphs = [f"Officials in Goma said that {n + 2} displaced families arrived at the camp on day {n}. "
                  f"A doctor said that the clinic was short of water." for n in range(40)]
    text = "\n\n".join(paragraphs)
    nlp = load()
    whole = analyze_module.analyze(Document(text=text), nlp)
    monkeypatch.setattr(nlp, "max_length", 1000)  # as a report past a million characters meets it
    parted = analyze_module.analyze(Document(text=text), nlp)
    assert parted["document"]["text"] == text
    assert len(parted["claims"]) == len(whole["claims"]) >= 40
    for claim in parted["claims"]:
        start, end = claim["span"]
        assert text[start:end] == claim["text"]
    assert [f["value"] for f in parted["figures"]] == [f["value"] for f in whole["figures"]]


# ---------------------------------------------------------------------- 12: the write lock held elsewhere


def test_a_held_write_lock_is_a_visible_wait_then_one_line(sqlite_db: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    report = "The mayor said that 4 schools closed near Gao.\n" + BODY
    (tmp_path / "in" / "a.txt").write_text(report, encoding="utf-8")
    holder = sqlite3.connect(sqlite_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        out = process("ingest", str(tmp_path / "in"), "--db", sqlite_db, "--no-link",
                      env={"CLAIMLEDGER_LOCK_WAIT": "3"})
        took = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "busy" in out.stderr and "waiting up to" in out.stderr
    assert lines(out.stderr)[-1].startswith("error:") and "CLAIMLEDGER_LOCK_WAIT" in lines(out.stderr)[-1]
    assert took < 60


# ---------------------------------------------------------------------- the small ones


@pytest.mark.parametrize("db", ["notes.txt", "foo://x", "mysql://user@localhost/claims"])
def test_a_db_that_is_no_ledger_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("notes.txt").write_text("shopping list\n" * 200, encoding="utf-8")
    out = cli("stats", "--db", db, code=2)
    assert len(lines(out)) == 1 and out.startswith("error:")


def test_a_ledger_from_a_newer_version_is_one_line(sqlite_db: str) -> None:
    with sqlite3.connect(sqlite_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    out = cli("stats", "--db", sqlite_db, code=2)
    assert "newer claimledger" in out and len(lines(out)) == 1


def test_a_missing_model_is_one_line_up_front(sqlite_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        report = f"The mayor said that {n + 2} schools closed near Gao.\n{BODY}"
        (folder / f"{n}.txt").write_text(report, encoding="utf-8")
    for command in (["reanalyze"], ["ingest", str(folder)]):
        out = cli(*command, "--db", sqlite_db, "--model", "bogus_model", code=2)
        assert len(lines(out)) == 1 and "bogus_model" in out


def test_ingest_report_to_a_folder_is_refused_before_the_work(sqlite_db: str, tmp_path: Path) -> None:
    for where in (tmp_path, tmp_path / "missing" / "report.json"):
        out = cli("ingest", str(tmp_path), "--db", sqlite_db, "--report", str(where), code=2)
        assert len(lines(out)) == 1 and "--report" in out


@pytest.mark.parametrize("args", [["claims", "--speaker", "x" * 60_000], ["show", "a" * 60_000],
                                  ["search", "word " * 20_000]])
def test_huge_filters_are_one_line(sqlite_db: str, args: list[str]) -> None:
    out = cli(*args, "--db", sqlite_db)
    assert len(lines(out)) == 1 and "error:" in out and len(out) < 400


@pytest.mark.parametrize("args", [["claims", "--limit", "-5"], ["show", "abc", "--version", "0"]])
def test_out_of_range_numbers_are_refused(sqlite_db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", sqlite_db])
    assert result.exit_code == 2


def test_a_huge_figure_stays_valid_json(tmp_path: Path) -> None:
    from test_ledger_support import fake_record

    class Huge(FakeAnalyzer):
        def _analyze(self, documents: list[Document]) -> list[dict]:
            records = [fake_record(d, self.version) for d in documents]
            for record in records:
                for figure in record["figures"]:
                    figure["value"] = math.inf
            return records

    url = str(tmp_path / "huge.db")
    with Ledger(url) as ledger:
        ledger.ingest([Document(text=BODY, source="t:1")], analyzer=Huge())

    def strict(text: str) -> object:
        return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in JSON output"))

    rows = [strict(line) for line in lines(cli("figures", "--json", "--db", url, code=0))]
    assert rows and all(row["value"] is None for row in rows)
    doc_id = rows[0]["document_id"]
    record = strict(cli("show", doc_id, "--json", "--db", url, code=0))
    assert record["figures"][0]["value"] is None


def test_ingest_of_the_ledgers_own_folder_skips_its_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The mayor said that 4 schools closed near Gao.\n" + BODY, encoding="utf-8")
    url = str(tmp_path / "here.db")
    with Ledger(url) as ledger:
        ledger.ingest([Document(text=BODY, source="t:1")], analyzer=FakeAnalyzer())
        report = ledger.ingest_paths([tmp_path], analyzer=FakeAnalyzer())
    assert report.errors == 0 and report.new == 1
