"""WARC archives: one report per HTML page archived (e.g. Common Crawl's CC-NEWS).

Read record by record, each page within the size cap, so an archive of any size (or
one that unpacks to gigabytes) is read in bounded memory. A record cut short (its
block ends before its Content-Length) or damaged (its WARC-Block-Digest or
WARC-Payload-Digest does not match) is an error with its reason, never a page.
Requests, metadata and non-HTML responses are not reports and are passed over.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import IO, Any

from claimledger.model import Document
from claimledger.read.errors import InputError, shown
from claimledger.read.limits import Limits
from claimledger.read.pages import read_page

# HTML bodies come with charsets in their headers; these are tried when none is given.
FALLBACK_ENCODINGS = ("utf-8", "cp1252")
INFLATE_BLOCK = 4096  # compressed bytes per read: at most ~4 MB once inflated


def _damage() -> tuple[type[BaseException], ...]:
    """What reading a damaged archive raises: warcio's own error, gzip's for a member
    cut short or corrupt, and, from warcio's header parser on a cut header, the plain
    errors of code that met None or too few fields."""
    from warcio.exceptions import ArchiveLoadFailed

    return (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, IndexError, KeyError, TypeError)


DAMAGE = _damage()


def read_warc(stream: IO[bytes], label: str, limits: Limits) -> Iterator[Document | InputError]:
    from warcio.archiveiterator import ArchiveIterator

    name = shown(label)
    pages = 0
    # Small compressed blocks: gzip inflates a block whole, and a block of a bomb
    # inflates a thousandfold (16 kB, warcio's default, would be 16 MB at once).
    records = ArchiveIterator(stream, check_digests=True, block_size=INFLATE_BLOCK)
    for number in itertools.count(1):
        try:
            record = next(records)
            page = _warc_page(record, f"{label}:{number}", limits)
        except StopIteration:
            break
        except InputError as err:
            pages += 1
            yield err
            continue
        except DAMAGE as err:
            yield InputError(f"{name}: damaged WARC archive at record {number}, reading stopped "
                             f"({type(err).__name__}: {str(err)[:100]})")
            return
        if page is not None:
            pages += 1
            html, url = page
            try:
                yield read_page(html, source=f"{label}:{number}", url=url or None)
            except InputError as err:
                yield err
    if not pages:
        yield InputError(f"{name}: no HTML pages in this WARC archive")


def _warc_page(record: Any, source: str, limits: Limits) -> tuple[str, str] | None:
    """(html, url) of a record holding an HTML page, else None. The archive's WARC-Date
    is when the page was fetched, not published, so it is not read: a publication date
    is never guessed. Raises InputError for a page cut short, damaged or too large."""
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
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{shown(source)}: ({url or 'no URL'})"
    raw = record.content_stream().read(limits.max_bytes + 1)
    if len(raw) > limits.max_bytes:
        raise InputError(f"{where} page larger than the {limits.shown} size cap")
    if record.raw_stream.limit > 0 and not record.raw_stream.read(1):
        raise InputError(f"{where} record cut short: the archive ends inside it")
    checker = record.digest_checker
    if checker is not None and checker.passed is False:
        raise InputError(f"{where} damaged record: {'; '.join(checker.problems)[:120]}")
    return _decode_html(raw, content_type), url


def _decode_html(raw: bytes, content_type: str) -> str:
    declared = re.search(r"charset=([\w-]+)", content_type, re.I)
    for encoding in ([declared.group(1)] if declared else []) + list(FALLBACK_ENCODINGS):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", errors="replace")
