"""Property-based tests over every reader (issue 9): random bytes, random nesting and
truncation at every offset of a small WARC, feed and JSON Lines file.

Whatever the input: no exception escapes, a bad input is one line naming it, no reader
falls into the catch-all for its own bugs ("could not be read"), what comes before a
cut is still read, the rest of a batch is processed, and what a ledger already holds is
not changed. Reports here are written for these tests.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_ledger_support import FakeAnalyzer, snapshot
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.ledger import Ledger
from claimledger.model import Document
from claimledger.read import InputError, InputWarning, Limits, read_file, read_sources

BODY = ("Fishermen in Hodeidah said on Thursday that an air strike had sunk two boats in the harbour, "
        "and a port official said that nine crew members were missing. The coalition said that it had "
        "struck a site used to launch drones, and denied that it had targeted fishing boats.")
EXTENSIONS = [".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".parquet", ".xml", ".warc", ".warc.gz", ""]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LIMITS = Limits(max_bytes=200_000)


def check(items: list) -> tuple[list[Document], list[str]]:
    """The documents and error lines of a read, asserting the properties every read has."""
    assert all(isinstance(i, Document | InputError | InputWarning) for i in items)
    errors = [str(i) for i in items if isinstance(i, InputError)]
    for line in errors + [str(i) for i in items if isinstance(i, InputWarning)]:
        assert "\n" not in line and len(line) < 1000, line
        assert "could not be read (" not in line, f"a reader crashed: {line}"
    return [i for i in items if isinstance(i, Document)], errors


def feed(entries: int) -> bytes:
    items = "".join(f"<item><title>Boats sunk in Hodeidah {n}</title><link>https://port.example/{n}</link>"
                    f"<description>{BODY} Update {n}.</description></item>" for n in range(entries))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title>'
            f"<link>https://port.example/</link>{items}</channel></rss>").encode()


def warc(pages: int) -> bytes:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for n in range(pages):
        html = (f"<html><head><title>Boats sunk in Hodeidah {n}</title></head><body><article>"
                f"<h1>Boats sunk in Hodeidah {n}</h1><p>{BODY}</p><p>Update {n}.</p></article></body></html>")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://port.example/{n}", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=headers))
    return stream.getvalue()


def jsonl(records: int) -> bytes:
    return "".join(json.dumps({"text": f"{BODY} Update {n}.", "title": f"Boats {n}"}) + "\n"
                   for n in range(records)).encode()


# ---------------------------------------------------------------------- random bytes


@FAST
@given(data=st.binary(max_size=3000), extension=st.sampled_from(EXTENSIONS))
def test_random_bytes_in_any_format(tmp_path_factory, data: bytes, extension: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("bytes") / f"input{extension}"
    path.write_bytes(data)
    check(list(read_file(str(path), limits=LIMITS)))


@FAST
@given(prefix=st.sampled_from([b"WARC/1.0\r\n", b"PAR1", b"\x1f\x8b\x08\x00", b'<rss version="2.0">', b"{", b"["]),
       data=st.binary(max_size=2000))
def test_random_bytes_behind_a_format_signature(tmp_path_factory, prefix: bytes, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("sig") / "input"
    path.write_bytes(prefix + data)
    check(list(read_file(str(path), limits=LIMITS)))


# ---------------------------------------------------------------------- random nesting

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "title", "url",
                                                                                   "published", "x"]),
                                                                  inner, max_size=4),
    max_leaves=30,
)


@FAST
@given(value=JSON_VALUES, depth=st.integers(0, 3000), extension=st.sampled_from([".json", ".jsonl", ""]))
def test_random_json_nesting(tmp_path_factory, value: object, depth: int, extension: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("nest") / f"input{extension}"
    path.write_text("[" * depth + json.dumps(value) + "]" * depth, encoding="utf-8")
    check(list(read_file(str(path), limits=LIMITS)))


@FAST
@given(rows=st.lists(st.dictionaries(st.sampled_from(["text", "title", "url", "published"]),
                                     st.none() | st.text(max_size=200) | st.integers(), min_size=1), max_size=5))
def test_random_parquet_rows(tmp_path_factory, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("pq") / "rows.parquet"
    try:
        table = pa.Table.from_pylist(rows)
    except (pa.ArrowException, TypeError, OverflowError):
        return  # mixed types or huge integers: pyarrow will not write them, so no such file exists
    pq.write_table(table, path)
    check(list(read_file(str(path), limits=LIMITS)))


# ---------------------------------------------------------------------- truncation at every offset


def _every_cut(tmp_path: Path, name: str, data: bytes, step: int = 1) -> list[tuple[int, list[Document]]]:
    results = []
    path = tmp_path / name
    for cut in range(0, len(data), step):
        path.write_bytes(data[:cut])
        documents, _ = check(list(read_file(str(path), limits=LIMITS)))
        results.append((cut, documents))
    return results


def test_jsonl_cut_at_every_offset(tmp_path: Path) -> None:
    data = jsonl(3)
    ends = [i + 1 for i, byte in enumerate(data) if byte == ord("\n")]
    for cut, documents in _every_cut(tmp_path, "batch.jsonl", data):
        whole = sum(1 for end in ends if end <= cut)
        assert whole <= len(documents) <= whole + 1  # a cut inside the last line may still parse


def test_feed_cut_at_every_offset(tmp_path: Path) -> None:
    for _, documents in _every_cut(tmp_path, "news.xml", feed(2), step=3):
        assert len(documents) <= 2


def test_warc_cut_at_every_offset(tmp_path: Path) -> None:
    one = len(warc(1))
    data = warc(2)
    for cut, documents in _every_cut(tmp_path, "crawl.warc", data, step=7):
        urls = [d.url for d in documents]
        if cut >= one + 4:  # the first record and its closing blank lines are whole
            assert "https://port.example/0" in urls
        if cut < len(data) - 4:  # the second record is cut: never a page, whatever was left of it
            assert "https://port.example/1" not in urls


# ---------------------------------------------------------------------- batches and the ledger


@FAST
@given(data=st.binary(max_size=2000), extension=st.sampled_from(EXTENSIONS))
def test_a_bad_file_leaves_the_rest_of_the_batch(tmp_path_factory, data: bytes, extension: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("batch")
    (folder / "a.txt").write_text("Boats Sunk In Hodeidah Harbour\n" + BODY, encoding="utf-8")
    (folder / f"b{extension}").write_bytes(data)
    (folder / "c.jsonl").write_bytes(jsonl(2))
    by_file: dict[str, list] = {}
    for file, item in read_sources([folder], limits=LIMITS):
        by_file.setdefault(Path(file).name, []).append(item)
    assert len(check(by_file["a.txt"])[0]) == 1
    assert len(check(by_file["c.jsonl"])[0]) == 2


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=1500), extension=st.sampled_from(EXTENSIONS))
def test_bad_input_changes_nothing_stored(tmp_path_factory, data: bytes, extension: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("ledger")
    url = str(folder / "ledger.db")
    with Ledger(url) as ledger:
        ledger.ingest([Document(text=BODY, title="Boats sunk", source="t:1")], analyzer=FakeAnalyzer())
        before = snapshot(url)
        (folder / "in").mkdir()
        (folder / "in" / f"bad{extension}").write_bytes(data)
        report = ledger.ingest_paths([folder / "in"], analyzer=FakeAnalyzer())
    after = snapshot(url)
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), table  # nothing stored before was changed or lost
    assert report.errors + report.stored >= 0
