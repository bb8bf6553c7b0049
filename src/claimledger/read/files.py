"""Files and folders: which files to read, how to open them, and which reader each needs.

A folder is walked in name order (a rerun meets files as the first run did), hidden
entries left out, each real file once: a symbolic link is followed at most once, and a
link that leads back into a folder being walked is reported as a loop. Only regular
files are read; a named pipe, a device or a socket is reported, never opened, since
reading one may never end. Files the caller excludes (the ledger's own database files
when a ledger lives in the folder being ingested) are passed over in silence.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from claimledger.read.errors import STDIN, InputError, InputWarning, shown
from claimledger.read.limits import Limits, read_capped

KINDS_BY_EXTENSION = (
    ("warc", (".warc", ".warc.gz")),
    ("parquet", (".parquet", ".pq")),
    ("feed", (".rss", ".atom", ".xml")),
    ("text", (".txt", ".text", ".md")),
    ("html", (".html", ".htm")),
    ("json", (".json",)),
    ("jsonl", (".jsonl", ".ndjson")),
    ("csv", (".csv",)),
)
HEAD = 4096


def walk(path: str, exclude: Iterable[str] = ()) -> Iterator[str | InputError | PassedOver]:
    """The files to read under ``path``, an InputError for what cannot be walked, and an
    InputWarning for a folder's companion file passed over (its README)."""
    excluded = {_identity(p) for p in exclude}
    excluded.discard(None)
    yield from _walk(path, excluded, set(), set(), top=True)


def _identity(path: str) -> tuple[int, int] | None:
    """(device, inode): what a file is, whatever name or link reaches it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _walk(path: str, excluded: set, seen: set, ancestors: set,
          top: bool = False) -> Iterator[str | InputError | PassedOver]:
    if path == STDIN and top:
        yield path
        return
    try:
        st = os.stat(path)
    except FileNotFoundError:
        why = "a broken symbolic link" if os.path.islink(path) else "no such file"
        yield InputError(f"{path}: {why}")
        return
    except OSError as err:
        if err.errno == 40:  # ELOOP: a link that points at itself, or a chain of them
            yield InputError(f"{path}: symbolic link loop")
        else:
            yield InputError(f"{path}: cannot read: {err.strerror or err}")
        return
    key = (st.st_dev, st.st_ino)
    if key in excluded:
        return
    if stat.S_ISDIR(st.st_mode):
        if key in ancestors:
            yield InputError(f"{path}: symbolic link loop (leads back to a folder above it); not followed")
            return
        if key in seen:
            return  # the same folder reached by a second link: its files were read once
        seen.add(key)
        try:
            with os.scandir(path) as entries:
                names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
        except OSError as err:
            yield InputError(f"{path}: cannot read the folder: {err.strerror or err}")
            return
        for name in names:
            yield from _walk(os.path.join(path, name), excluded, seen, ancestors | {key})
        return
    if not stat.S_ISREG(st.st_mode):
        yield InputError(f"{path}: {_special(st.st_mode)}, not a regular file; not read"
                         + (" (use - to read stdin)" if top else ""))
        return
    if key in seen:
        return  # a second name (a link) for a file already read
    seen.add(key)
    if not top and (companion := _companion(os.path.basename(path))):
        yield PassedOver(path, companion)
        return
    yield path


# Files that travel with a folder of reports and are none of them: its README, licence,
# changelog, and the hand-made expectations a test folder keeps beside each report
# ("report.expected.json"). Read when named on the command line, passed over in a folder.
_COMPANIONS = (
    (re.compile(r"(?i)(?:readme|read_me)(?:\.\w{1,8})?"), "README"),
    (re.compile(r"(?i)(?:license|licence|copying)(?:\.\w{1,8})?"), "licence"),
    (re.compile(r"(?i)(?:changelog|changes|history|contributing)(?:\.\w{1,8})?"), "project notes"),
    (re.compile(r"(?i).+\.expected\.json|expected\.md"), "expected results"),
)


class PassedOver(InputWarning):
    """The note that a folder's companion file was passed over; ``path`` is the file."""

    path: str

    def __new__(cls, path: str, what: str) -> PassedOver:
        note = super().__new__(cls, f"{path}: passed over: the folder's {what}, not a report"
                                    " (name the file to read it)")
        note.path = path
        return note


def _companion(name: str) -> str | None:
    """What a folder's companion file is ("README"), or None for a file that may be a report."""
    return next((what for pattern, what in _COMPANIONS if pattern.fullmatch(name)), None)


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def open_input(label: str, limits: Limits) -> IO[bytes]:
    """A binary stream on a file, or on stdin read within the cap (readers may seek)."""
    if label == STDIN:
        return io.BytesIO(read_capped(sys.stdin.buffer, label, limits))
    try:
        st = os.stat(label)
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            raise InputError(f"{label}: {_special(st.st_mode)}, not a regular file; not read")
        return open(label, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{label}: cannot read: permission denied") from None
    except OSError as err:
        raise InputError(f"{shown(label)}: cannot read: {err.strerror or err}") from None


def kind_of(label: str, head: bytes | None = None) -> str:
    """Which reader a file needs: by extension, else by its first bytes."""
    lower = label.lower() if label != STDIN else ""
    for kind, suffixes in KINDS_BY_EXTENSION:
        if lower.endswith(suffixes):
            if kind != "text":
                return kind
            # a page saved whole under ".txt" (a scraper's dump) is still markup: read it as one
            return _markup_kind(head if head is not None else _head(label)) or kind
    if head is None:
        head = _head(label)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and _gzipped_warc(head)):
        return "warc"
    start = head[:2048]
    if re.search(rb"<(rss|feed|rdf:RDF)[\s>]", start) and not re.search(rb"<html[\s>]", start, re.I):
        return "feed"
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"<":
        return "html"
    if first in (b"{", b"["):
        return "json"  # the JSON reader falls back to JSON Lines when it must
    return "text"


# What opens a feed or a web page saved as text: an XML prolog, a feed's root, an HTML doctype or root.
_MARKUP_OPENING = re.compile(rb"(?:<\?xml[\s?]|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]|<!doctype\s+html|<html[\s>])", re.I)


def _markup_kind(head: bytes) -> str | None:
    """"feed" or "html" when a file named as text opens as a feed or a page does, else None.
    Only an opening that no story starts with counts: a text merely mentioning <html> stays text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]
    if not _MARKUP_OPENING.match(start):
        return None
    if re.search(rb"<(rss|feed|rdf:RDF)[\s>]", start) and not re.search(rb"<html[\s>]", start, re.I):
        return "feed"
    return "html" if re.match(rb"<!doctype\s+html|<html[\s>]", start, re.I) else None


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read(HEAD)
    except OSError:
        return b""  # opening it again reports why it cannot be read


def _gzipped_warc(head: bytes) -> bool:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 5) == b"WARC/"
    except zlib.error:
        return False
