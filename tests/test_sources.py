"""The bulk readers: folders, Parquet, RSS/Atom feeds and WARC archives, and every kind
of bad input they must report without stopping. Fixture files are built here."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.model import Document
from claimledger.read import InputError, html_to_text, kind_of, parse_map, read_file, read_sources

BODY = ("Ukrainian military officials said on Monday that about 4,000 North Korean troops had been killed "
        "or wounded near Kursk since November.")
SECOND = ("Russian officials denied that their forces had withdrawn from the village of Sudzha, calling the "
          "reports a provocation.")
GERMAN = ("Die ukrainische Armee teilte am Montag mit, dass rund viertausend nordkoreanische Soldaten "
          "in der Region Kursk getötet oder verwundet worden seien. Russische Behörden wiesen die Angaben "
          "zurück und sprachen von einer Provokation der Regierung in Kiew.")


def documents(items) -> list[Document]:  # type: ignore[no-untyped-def]
    return [i for i in items if isinstance(i, Document)]


def errors(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(i) for i in items if isinstance(i, InputError)]


# ---------------------------------------------------------------------- --map

def test_parse_map() -> None:
    assert parse_map("text=body, published=date") == {"text": "body", "published": "date"}
    assert parse_map(None) == {}
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_map("body=text")
    with pytest.raises(ValueError):
        parse_map("text=")


# ---------------------------------------------------------------------- Parquet

def write_parquet(path: Path, rows: list[dict]) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def test_parquet_rows_with_mapped_columns(tmp_path: Path) -> None:
    path = write_parquet(tmp_path / "corpus.parquet", [
        {"body": BODY, "headline": "Troops killed near Kursk", "date": "2025-02-10",
         "link": "https://www.news.example/a"},
        {"body": None, "headline": "no text", "date": None, "link": None},
        {"body": SECOND, "headline": None, "date": "10 February 2025", "link": None},
    ])
    items = list(read_file(str(path), fields={"text": "body", "title": "headline", "published": "date",
                                              "url": "link"}))
    found = documents(items)
    assert [d.text for d in found] == [BODY, SECOND]
    assert (found[0].title, found[0].published, found[0].url, found[0].outlet) == (
        "Troops killed near Kursk", "2025-02-10", "https://www.news.example/a", "news.example")
    assert found[1].published == "2025-02-10"
    assert [d.source for d in found] == [f"{path}:1", f"{path}:3"]
    assert errors(items) == [f"{path}:2: record has no 'body'"]


def test_parquet_without_the_text_column(tmp_path: Path) -> None:
    path = write_parquet(tmp_path / "x.parquet", [{"content": BODY}])
    assert errors(read_file(str(path))) == [f"{path}: no 'text' column (columns: content)"]


def test_damaged_parquet(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not really parquet")
    (message,) = errors(read_file(str(path)))
    assert "not a readable Parquet file" in message


# ---------------------------------------------------------------------- feeds

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Front News</title><link>https://front.example/</link>
<item><title>Troops killed near Kursk</title><link>https://www.front.example/kursk</link>
<pubDate>Mon, 10 Feb 2025 08:00:00 GMT</pubDate>
<description>Short teaser only.</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>{SECOND}</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://front.example/summary</link>
<description>&lt;p&gt;{SECOND}&lt;/p&gt;</description></item>
<item><title>Nothing in it</title><link>https://front.example/empty</link><description></description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><link href="https://wire.example/"/>
<entry><title>Kursk figures</title><link href="https://wire.example/1"/><id>urn:1</id>
<updated>2025-02-11T10:00:00Z</updated><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_full_text_or_summary(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_file(str(path)))
    full, summary = documents(items)
    assert full.text == f"{BODY}\n{SECOND}"
    assert (full.title, full.url, full.published, full.outlet) == (
        "Troops killed near Kursk", "https://www.front.example/kursk", "2025-02-10", "front.example")
    assert summary.text == SECOND and summary.published is None
    assert errors(items) == [f"{path}:3: feed entry has no text"]


def test_atom_feed_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "wire"
    path.write_text(ATOM, encoding="utf-8")
    assert kind_of(str(path)) == "feed"
    (entry,) = documents(read_file(str(path)))
    assert (entry.text, entry.published, entry.url) == (BODY, "2025-02-11", "https://wire.example/1")


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><inventory><item>tanks</item></inventory>", encoding="utf-8")
    (message,) = errors(read_file(str(path)))
    assert message.startswith(f"{path}: not an RSS or Atom feed")


def test_html_to_text() -> None:
    assert html_to_text("<p>One <b>bold</b> line.</p><p>Two</p>") == "One bold line.\nTwo"
    assert html_to_text("plain words") == "plain words"


# ---------------------------------------------------------------------- WARC

def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1>{body}</article></body></html>").encode()


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], gzipped: bool = True) -> Path:
    """records: (WARC type, URL, content type, payload)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for kind, url, content_type, payload in records:
            http = None
            if kind in ("response", "request"):
                status = "200 OK" if kind == "response" else "GET / HTTP/1.1"
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1",
                                        is_http_request=kind == "request")
            writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(payload),
                                                          http_headers=http,
                                                          warc_content_type=content_type if kind == "resource"
                                                          else None))
    return path


def test_warc_pages_become_documents(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "news.warc.gz", [
        ("request", "https://news.example/kursk", "text/html", b""),
        ("response", "https://news.example/kursk", "text/html; charset=utf-8",
         page("Troops killed near Kursk", [BODY, SECOND, BODY.replace("Monday", "Tuesday")])),
        ("response", "https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        ("response", "https://news.example/empty", "text/html", b"<html><body><nav>Home</nav></body></html>"),
        ("response", "https://news.example/de", "text/html", page("Kursk", [GERMAN, GERMAN])),
    ])
    assert kind_of(str(path)) == "warc"
    items = list(read_file(str(path)))
    (found,) = documents(items)
    assert found.text.startswith(BODY) and SECOND in found.text
    assert (found.url, found.outlet, found.title) == ("https://news.example/kursk", "news.example",
                                                      "Troops killed near Kursk")
    assert found.published is None  # the archive's fetch date is not a publication date
    problems = errors(items)
    assert len(problems) == 2, problems
    assert "no article text found (https://news.example/empty)" in problems[0]
    assert "not English" in problems[1]


def test_uncompressed_warc_sniffed(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "archive.bin", [
        ("response", "https://news.example/a", "text/html", page("Kursk report", [BODY, SECOND, BODY])),
    ], gzipped=False)
    assert kind_of(str(path)) == "warc"
    assert len(documents(read_file(str(path)))) == 1


def test_damaged_warc_keeps_what_was_read(tmp_path: Path) -> None:
    good = write_warc(tmp_path / "good.warc.gz", [
        ("response", "https://news.example/a", "text/html", page("Kursk report", [BODY, SECOND, BODY])),
        ("response", "https://news.example/b", "text/html", page("Sudzha report", [SECOND, BODY, SECOND])),
    ])
    data = good.read_bytes()
    # damage the middle of the second record (each record is its own gzip member): the middle of
    # the whole file lies near the records' boundary, on either side of it by their random ids
    second = data.index(b"\x1f\x8b\x08", 1)
    middle = second + (len(data) - second) // 2
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(data[:middle] + b"garbage" * 10 + data[middle:])
    items = list(read_file(str(damaged)))
    assert len(documents(items)) == 1
    assert "damaged WARC archive" in errors(items)[0]


def test_truncated_warc_reports_no_pages(tmp_path: Path) -> None:
    good = write_warc(tmp_path / "good.warc.gz", [
        ("response", "https://news.example/a", "text/html", page("Kursk report", [BODY, SECOND, BODY])),
    ])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(good.read_bytes()[:200])
    assert errors(read_file(str(cut))) == [f"{cut}: no HTML pages in this WARC archive"]


# ---------------------------------------------------------------------- folders and bad input

def test_folder_tree_in_order_with_every_bad_kind(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    (root / "b-sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(f"Troops Killed Near Kursk\n{BODY}", encoding="utf-8")
    (root / "b-sub" / "c.jsonl").write_text(
        f'{{"text": "{SECOND}", "url": "https://x.example/1"}}\n{{not json\n{{"title": "no text"}}\n',
        encoding="utf-8")
    (root / "b-sub" / "d.csv").write_text(f'body,date\n"{BODY}",2025-02-10\n', encoding="utf-8")
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(100))
    (root / "german.txt").write_text(GERMAN, encoding="utf-8")
    (root / ".hidden" / "skip.txt").write_text(BODY, encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    pairs = list(read_sources([root], fields={"text": "body", "published": "date"}))
    files = list(dict.fromkeys(file for file, _ in pairs))
    assert [Path(f).relative_to(root).as_posix() for f in files] == [
        "a.txt", "b-sub/c.jsonl", "b-sub/d.csv", "empty.txt", "german.txt", "image.png"]
    by_file = {f: [item for file, item in pairs if file == f] for f in files}
    assert [d.title for d in documents(by_file[files[0]])] == ["Troops Killed Near Kursk"]
    # --map applies to every record reader: "body" is the text column of c.jsonl too.
    assert len(errors(by_file[files[1]])) == 3
    assert [d.published for d in documents(by_file[files[2]])] == ["2025-02-10"]
    assert "empty" in errors(by_file[files[3]])[0]
    assert "not English" in errors(by_file[files[4]])[0]
    assert "binary" in errors(by_file[files[5]])[0]


def test_a_reader_crash_is_an_error_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimledger.read as sources

    def broken(*args: object) -> Iterator[Document]:
        raise RuntimeError("reader bug")
        yield  # a generator, as readers are

    monkeypatch.setattr(sources, "read_feed", broken)
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    assert errors(sources.read_file(str(path))) == [f"{path}: could not be read (RuntimeError: reader bug)"]


def test_missing_path_is_an_error_item(tmp_path: Path) -> None:
    ((file, item),) = list(read_sources([tmp_path / "nowhere.txt"]))
    assert isinstance(item, InputError) and "no such file" in str(item)
