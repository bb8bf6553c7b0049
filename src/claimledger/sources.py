"""Where reports come from in bulk: folder trees, Parquet, RSS/Atom feeds, WARC archives.

:func:`read_sources` walks files and folders and yields ``(file, item)`` pairs, where
item is a Document or the InputError that stands in for a bad one, so a batch goes on
past any bad file or record and the ingest report can count errors per file. Plain
text, HTML, JSON, JSON Lines and CSV go to :func:`claimledger.documents.read_path`;
the formats here are the ones archives and feeds come in. Every body, whatever its
format, is cleaned by :func:`claimledger.documents.read_text`, which also refuses
empty and non-English texts.

Every reader streams: Parquet by row batches, WARC record by record, so an archive
of any size is read in flat memory. (Feeds are small and parsed whole.)
"""

from __future__ import annotations

import gzip
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from claimledger.documents import InputError, host_of, normalise_date, read_path, read_text
from claimledger.model import Document

Item = Document | InputError
Sourced = tuple[str, Item]

FIELD_NAMES = ("text", "title", "url", "published", "outlet")
PARQUET_EXTENSIONS = (".parquet", ".pq")
FEED_EXTENSIONS = (".rss", ".atom", ".xml")
WARC_EXTENSIONS = (".warc", ".warc.gz")
PARQUET_BATCH = 256  # rows per Parquet read: bounded memory, few calls
# Crawls hold many pages that are not reports (indexes, menus, logins); what is left of
# them after extraction is a few words. A news brief has more than this.
MIN_PAGE_WORDS = 25
# HTML bodies come with charsets in their headers; these are tried when none is given.
FALLBACK_ENCODINGS = ("utf-8", "cp1252")


def parse_map(value: str | None) -> dict[str, str]:
    """``--map text=body,published=date`` as {"text": "body", "published": "date"}."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (value or "").split(","))):
        ours, _, theirs = part.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if ours not in FIELD_NAMES or not theirs:
            raise ValueError(f"bad --map entry {part!r}: use FIELD=COLUMN with FIELD one of "
                             f"{', '.join(FIELD_NAMES)}")
        mapping[ours] = theirs
    return mapping


def read_sources(paths: Iterable[str | Path], *,
                 fields: Mapping[str, str] | None = None) -> Iterator[Sourced]:
    """(file, Document | InputError) for every report under ``paths``, in a stable order."""
    fields = dict(fields or {})
    for path in paths:
        for file in _files(str(path)):
            for item in read_file(file, fields=fields):
                yield file, item


def _files(path: str) -> Iterator[str]:
    """A folder's files in name order, each subfolder where its name falls, hidden ones
    left out; a file is itself. A stable order makes a rerun meet files as the first
    run did."""
    if not os.path.isdir(path):
        yield path
        return
    with os.scandir(path) as entries:
        names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
    for name in names:
        yield from _files(os.path.join(path, name))


def kind_of(path: str) -> str:
    """Which reader a file needs: by extension, else by its first bytes."""
    lower = path.lower()
    if lower.endswith(WARC_EXTENSIONS):
        return "warc"
    if lower.endswith(PARQUET_EXTENSIONS):
        return "parquet"
    if lower.endswith(FEED_EXTENSIONS):
        return "feed"
    head = _head(path)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and _gzipped_warc(path)):
        return "warc"
    start = head[:2048]
    if re.search(rb"<(rss|feed|rdf:RDF)[\s>]", start) and not re.search(rb"<html[\s>]", start, re.I):
        return "feed"
    return "other"


def _head(path: str, size: int = 4096) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read(size)
    except OSError:
        return b""  # read_path reports why the file cannot be read


def _gzipped_warc(path: str) -> bool:
    try:
        with gzip.open(path, "rb") as stream:
            return stream.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def read_file(path: str, *, fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """The reports in one file. Whole-file problems come as one InputError, never raised."""
    fields = dict(fields or {})
    readers = {"warc": read_warc, "parquet": lambda p: read_parquet(p, fields=fields), "feed": read_feed,
               "other": lambda p: read_path(p, **{f"{k}_field": v for k, v in fields.items()})}
    try:
        yield from readers[kind_of(path)](path)
    except InputError as err:
        yield err
    except Exception as exc:  # noqa: BLE001 - a reader's bug on one file must not stop a batch
        yield InputError(f"{path}: could not be read ({type(exc).__name__}: {exc})")


# ---------------------------------------------------------------------- Parquet

def read_parquet(path: str, *, fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """One report per row; columns named as for JSON records (text, title, url, ...)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = {name: (fields or {}).get(name, name) for name in FIELD_NAMES}
    try:
        table = pq.ParquetFile(path)
        if names["text"] not in table.schema_arrow.names:
            shown = ", ".join(table.schema_arrow.names) or "none"
            raise InputError(f"{path}: no '{names['text']}' column (columns: {shown})")
        wanted = [c for c in names.values() if c in table.schema_arrow.names]
        row = 0
        for batch in table.iter_batches(batch_size=PARQUET_BATCH, columns=wanted):
            for record in batch.to_pylist():
                row += 1
                yield _record(record, names, f"{path}:{row}")
    except (pa.ArrowException, OSError) as err:
        raise InputError(f"{path}: not a readable Parquet file ({err})") from None


def _record(record: dict[str, Any], names: Mapping[str, str], source: str) -> Item:
    text = record.get(names["text"])
    if not isinstance(text, str):
        return InputError(f"{source}: record has no text in '{names['text']}'")
    url = _string(record.get(names["url"]))
    try:
        return read_text(text, title=_string(record.get(names["title"])), url=url,
                         published=normalise_date(record.get(names["published"])),
                         outlet=_string(record.get(names["outlet"])) or host_of(url), source=source)
    except InputError as err:
        return err


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


# ---------------------------------------------------------------------- RSS / Atom

def read_feed(path: str) -> Iterator[Item]:
    """One report per entry: its full content when the feed carries it, else its summary."""
    import feedparser

    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    feed = feedparser.parse(data)
    if not feed.get("version") or not feed.entries:
        # feedparser reads any XML with <item>s as entries: only a known feed version counts.
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(f"{path}: not an RSS or Atom feed with entries{why}")
    site = host_of(feed.feed.get("link"))
    for number, entry in enumerate(feed.entries, start=1):
        yield _entry(entry, site, f"{path}:{number}")


def _entry(entry: Any, site: str | None, source: str) -> Item:
    body = _entry_body(entry)
    if not body:
        return InputError(f"{source}: feed entry has no text")
    link = entry.get("link") or None
    try:
        return read_text(body, title=entry.get("title") or None, url=link, published=_feed_date(entry),
                         outlet=host_of(link) or site, source=source)
    except InputError as err:
        return err


def _entry_body(entry: Any) -> str:
    """The longest text the entry has: full content (content:encoded, Atom content) or
    the summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    texts = [html_to_text(c) for c in candidates if c and c.strip()]
    return max(texts, key=len, default="")


def _feed_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def html_to_text(markup: str) -> str:
    """Paragraphs of an HTML fragment as lines of text; plain text stays as it is."""
    if "<" not in markup:
        return markup.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types for broken markup
        return re.sub(r"<[^>]+>", " ", markup).strip()
    for element in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------- WARC

def read_warc(path: str) -> Iterator[Item]:
    """One report per HTML page archived (response records, e.g. Common Crawl's CC-NEWS).

    Requests, metadata and non-HTML responses are not reports and are passed over;
    an HTML page without article text is reported, as a page that gave nothing.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                page = _warc_page(record)
                if page is not None:
                    pages += 1
                    yield _page_document(*page, source=f"{path}:{number}")
    except ArchiveLoadFailed as err:
        yield InputError(f"{path}: damaged WARC archive, reading stopped ({str(err)[:120]})")
        return
    except OSError as err:
        yield InputError(f"{path}: cannot read: {err.strerror or err}")
        return
    if not pages:
        # Also what a truncated archive gives: warcio stops quietly at a cut record.
        yield InputError(f"{path}: no HTML pages in this WARC archive")


def _warc_page(record: Any) -> tuple[str, str] | None:
    """(html, url) of a record holding an HTML page, else None. The archive's WARC-Date
    is when the page was fetched, not published, so it is not read: a publication date
    is never guessed."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response":
        if record.http_headers is None or not str(record.http_headers.get_statuscode()).startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    raw = record.content_stream().read()
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    return _decode_html(raw, content_type), url


def _decode_html(raw: bytes, content_type: str) -> str:
    declared = re.search(r"charset=([\w-]+)", content_type, re.I)
    for encoding in ([declared.group(1)] if declared else []) + list(FALLBACK_ENCODINGS):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", errors="replace")


def _page_document(html: str, url: str, *, source: str) -> Item:
    """A Document from an archived page, with trafilatura's text and metadata."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - one odd page must not end the archive
        return InputError(f"{source}: page could not be parsed ({type(exc).__name__})")
    meta: dict[str, Any] = (found.as_dict() if hasattr(found, "as_dict") else found) or {}
    text = meta.get("text") or ""
    if len(text.split()) < MIN_PAGE_WORDS:
        return InputError(f"{source}: no article text found ({url or 'no URL'})")
    try:
        return read_text(text, title=meta.get("title") or None, url=url or meta.get("url") or None,
                         published=meta.get("date"), outlet=host_of(url) or meta.get("sitename"),
                         source=source)
    except InputError as err:
        return err
