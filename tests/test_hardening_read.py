"""Hostile and careless input to the readers: each test names the defect of issue 9 it
guards against. Every report here is written for these tests."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
from itertools import islice
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.model import Document
from claimledger.read import InputError, InputWarning, Limits, read_file, read_sources

BODY = ("Aid workers in El Fasher said on Sunday that shelling had hit the last working hospital in the "
        "city, and a doctor there said that at least twelve patients were wounded. The paramilitary "
        "forces besieging the city denied that they had targeted the hospital, saying the army used it "
        "as a base. Residents described long queues for water as fuel for the pumps ran out.")


def page(title: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{BODY}</p><p>Relief agencies asked both sides for a pause to move the wounded.</p>"
            f"</article></body></html>").encode()


def warc(records: list[tuple[str, bytes]], compress: bool = False) -> bytes:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=compress)
    for url, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return stream.getvalue()


def warm_up(tmp_path: Path) -> None:
    """Read one page first: the language model and trafilatura load once per process,
    and their memory is no part of what one input costs."""
    path = tmp_path / "warm.warc"
    path.write_bytes(warc([("https://news.example/w", page("Warm up"))]))
    list(read_file(str(path)))


def split(items: list) -> tuple[list[Document], list[str]]:
    return ([i for i in items if isinstance(i, Document)], [str(i) for i in items if isinstance(i, InputError)])


# ---------------------------------------------------------------------- 5: symlink loops


def test_symlink_loop_is_walked_once_and_reported(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    (root / "sudan").mkdir(parents=True)
    (root / "sudan" / "fasher.txt").write_text(BODY, encoding="utf-8")
    os.symlink("..", root / "sudan" / "up")  # a loop back to the root
    os.symlink("sudan", root / "again")  # the same folder by a second name
    os.symlink("fasher.txt", root / "sudan" / "alias.txt")  # the same file by a second name
    os.symlink("self", root / "self")  # a link to itself
    items = [item for _, item in islice(read_sources([root]), 100)]
    documents, errors = split(items)
    assert len(documents) == 1
    assert any("loop" in e for e in errors)
    assert len(errors) == 2  # the loop back up, and the link to itself


# ---------------------------------------------------------------------- 11: named pipes


def _read_in_child(path: Path) -> subprocess.CompletedProcess:
    code = ("import sys; from claimledger.read import read_sources\n"
            "for f, i in read_sources([sys.argv[1]]): print(type(i).__name__, str(i)[:200])")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)


def test_named_pipe_is_reported_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    os.mkfifo(folder / "b.pipe")
    out = _read_in_child(folder)  # hung forever before: open() on a FIFO waits for a writer
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Document")
    assert lines[1].startswith("InputError") and "named pipe" in lines[1]
    alone = _read_in_child(folder / "b.pipe")
    assert "named pipe" in alone.stdout and "use - to read stdin" in alone.stdout


# ---------------------------------------------------------------------- 9: WARC cut short, damaged


def test_warc_record_cut_short_is_an_error(tmp_path: Path) -> None:
    data = warc([("https://news.example/a", page("Hospital shelled in El Fasher")),
                 ("https://news.example/b", page("Water runs out in El Fasher"))])
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) - 200])  # inside the second record's payload
    documents, errors = split(list(read_file(str(cut))))
    assert [d.url for d in documents] == ["https://news.example/a"]
    assert len(errors) == 1 and "cut short" in errors[0] and "news.example/b" in errors[0]


def test_warc_record_with_a_wrong_digest_is_an_error(tmp_path: Path) -> None:
    data = warc([("https://news.example/a", page("Hospital shelled in El Fasher"))])
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data.replace(b"twelve patients", b"twelve pAtients"))  # same length, new bytes
    documents, errors = split(list(read_file(str(damaged))))
    assert documents == []
    assert len(errors) == 1 and "digest" in errors[0]


# ---------------------------------------------------------------------- 10: bounded memory


def test_big_text_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as stream:
        for _ in range(400):
            stream.write(BODY * 60 + "\n")  # about 40 MB
    warm_up(tmp_path)
    tracemalloc.start()
    items = list(read_file(str(big), limits=Limits(max_bytes=2_000_000)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(items) == 1 and "size cap" in str(items[0])
    assert peak < 8_000_000, f"peak {peak:,} bytes"


def _bomb_peak(tmp_path: Path, megabytes: int) -> tuple[list, list, int]:
    huge = b"<html><body><p>" + b"a " * (megabytes * 500_000) + b"</p></body></html>"
    bomb = tmp_path / f"bomb{megabytes}.warc.gz"
    bomb.write_bytes(warc([("https://news.example/big", huge),
                           ("https://news.example/a", page("Hospital shelled in El Fasher"))], compress=True))
    assert bomb.stat().st_size < megabytes * 20_000  # it unpacks a thousandfold and more
    tracemalloc.start()
    documents, errors = split(list(read_file(str(bomb), limits=Limits(max_bytes=1_000_000))))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return documents, errors, peak


def test_warc_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    warm_up(tmp_path)
    documents, errors, small = _bomb_peak(tmp_path, 10)
    assert len(documents) == 1 and len(errors) == 1 and "size cap" in errors[0]
    documents, errors, large = _bomb_peak(tmp_path, 60)
    assert len(documents) == 1 and len(errors) == 1
    # gzip inflates a block at a time (a few tens of MB for a bomb), whatever the total
    assert large < 40_000_000 and large < small * 1.3 + 2_000_000, (small, large)


def test_jsonl_streams_past_an_over_long_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": BODY}), json.dumps({"text": "x " * 600_000}),
             json.dumps({"text": BODY + " Again."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, errors = split(list(read_file(str(path), limits=Limits(max_bytes=500_000))))
    assert len(documents) == 2 and len(errors) == 1 and ":2: record larger than" in errors[0]


def test_dev_zero_on_stdin_is_one_line(tmp_path: Path) -> None:
    code = "from claimledger.read import read_sources\nfor f, i in read_sources(['-']): print(i)"
    with open("/dev/zero", "rb") as zero:
        out = subprocess.run([sys.executable, "-c", code], stdin=zero, capture_output=True, text=True, timeout=60,
                             env={**os.environ, "CLAIMLEDGER_MAX_MB": "5"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "<stdin>: larger than the 5 MB size cap for one report (set CLAIMLEDGER_MAX_MB " \
                                 "to raise it)"


# ---------------------------------------------------------------------- 13: damaged UTF-8, garbage


def test_utf8_with_one_bad_byte_stays_utf8(tmp_path: Path) -> None:
    text = ("Commander Kovalénko said that the brigade had held the crossing for a week. " + BODY).encode()
    path = tmp_path / "kovalenko.txt"
    path.write_bytes(text[:40] + b"\xff" + text[40:])
    items = list(read_file(str(path)))
    warnings = [i for i in items if isinstance(i, InputWarning)]
    (document,) = [i for i in items if isinstance(i, Document)]
    assert "Kovalénko" in document.text and "√©" not in document.text
    assert len(warnings) == 1 and "1 byte not valid UTF-8" in warnings[0]


def test_legacy_encoding_is_still_detected(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(("Commander Kovalénko said that the brigade had held the crossing. " + BODY).encode("cp1252"))
    (document,) = list(read_file(str(path)))
    assert isinstance(document, Document) and "Kovalénko" in document.text


def test_garbage_bytes_are_not_a_report(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(b"\xa2" * 5000)
    (error,) = list(read_file(str(path)))
    assert isinstance(error, InputError) and "not text" in str(error)


# ---------------------------------------------------------------------- 2: NUL, small JSON defects


def test_nul_in_a_record_is_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [{"text": BODY}, {"text": BODY.replace("hospital", "hosp\u0000ital")},
               {"title": "A\u0000", "text": BODY + " More."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    documents, errors = split(list(read_file(str(path))))
    assert len(documents) == 1 and len(errors) == 2
    assert all("NUL" in e for e in errors)


@pytest.mark.parametrize(("content", "words"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": "' + BODY + '", "published": ' + "9" * 5000 + "}", "digits"),
])
def test_pathological_json_is_one_line(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "odd.json"
    path.write_text(content, encoding="utf-8")
    (error,) = list(read_file(str(path)))
    assert isinstance(error, InputError) and words in str(error)


def test_ledger_files_in_an_ingested_folder_are_passed_over(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    for name in ("ledger.db", "ledger.db-wal", "ledger.db-shm"):
        (tmp_path / name).write_bytes(b"SQLite format 3\x00" + bytes(100))
    own = [str(tmp_path / n) for n in ("ledger.db", "ledger.db-wal", "ledger.db-shm")]
    items = [item for _, item in read_sources([tmp_path], exclude=own)]
    assert len(items) == 1 and isinstance(items[0], Document)


def test_gzip_cut_short_is_one_error(tmp_path: Path) -> None:
    data = gzip.compress(warc([("https://news.example/a", page("Hospital shelled in El Fasher"))]))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_file(str(path)))
    assert len(items) == 1 and isinstance(items[0], InputError)
