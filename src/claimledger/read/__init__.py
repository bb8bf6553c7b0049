"""Reading reports: every input format, for ``analyze`` and ``ingest`` alike.

:func:`read_sources` walks files and folders and yields ``(file, item)`` pairs, where
item is a Document, an :class:`InputError` standing in for a bad file or record, or an
:class:`InputWarning` about input read anyway. Nothing here raises on bad input, so a
batch goes on past any bad file or record.

The modules, in the order a report passes through them:

- ``files``: which files a path holds (symbolic links, loops, special files), opening,
  and which reader a file needs;
- ``limits``: the size cap, and reading within it;
- ``decode``: bytes to text;
- ``records`` (JSON, JSON Lines, CSV, Parquet, field mapping), ``pages`` (HTML),
  ``feeds`` (RSS, Atom), ``archives`` (WARC): the formats;
- ``cleanup`` and ``debris``: a body made into a Document (headline, credits,
  datelines, trailers, language), with ``chrome`` and ``furniture`` for the site's lines,
  ``bylines`` for the one byline reader, ``credits`` for trailers and which credit wins,
  and ``dates`` and ``agencies`` for what they name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

from claimledger.model import Document
from claimledger.read.agencies import agencies, agency_of, host_of
from claimledger.read.archives import read_warc
from claimledger.read.cleanup import read_text
from claimledger.read.dates import normalise_date
from claimledger.read.decode import decode
from claimledger.read.errors import InputError, InputWarning, shown
from claimledger.read.feeds import read_feed
from claimledger.read.files import PassedOver, kind_of, open_input, walk
from claimledger.read.limits import Limits, read_capped
from claimledger.read.pages import html_to_text, read_page
from claimledger.read.records import FIELD_NAMES, READERS, Fields, parse_map

Item = Document | InputError | InputWarning
Sourced = tuple[str, Item]

__all__ = ["FIELD_NAMES", "Fields", "InputError", "InputWarning", "Item", "Limits", "Sourced", "agencies",
           "agency_of", "host_of", "html_to_text", "kind_of", "normalise_date", "parse_map", "read_file",
           "now_reading", "read_path", "read_paths", "read_sources", "read_stream", "read_text"]


_reading: str | None = None


def now_reading() -> str | None:
    """The input being read last (shown, with "-" as <stdin>), for the error boundary."""
    return shown(_reading) if _reading else None


def read_sources(paths: Iterable[str | Path], *, fields: Fields | Mapping[str, str] | None = None,
                 exclude: Iterable[str] = (), limits: Limits | None = None) -> Iterator[Sourced]:
    """(file, item) for every report under ``paths``, in a stable order."""
    fields = Fields.of(fields)
    limits = limits or Limits.from_env()
    exclude = list(exclude)
    global _reading
    for path in paths:
        for file in walk(str(path), exclude):
            if isinstance(file, PassedOver):  # a folder's README
                yield file.path, file
                continue
            _reading = str(path) if isinstance(file, InputError) else file
            if isinstance(file, InputError):
                yield str(path), file
                continue
            for item in read_file(file, fields=fields, limits=limits):
                yield file, item


def read_file(path: str, *, fields: Fields | Mapping[str, str] | None = None,
              limits: Limits | None = None) -> Iterator[Item]:
    """The reports in one file ("-" is stdin). Whole-file problems come as one
    InputError, never raised; so does a reader's own bug, so one file cannot stop a batch."""
    limits = limits or Limits.from_env()
    try:
        stream = open_input(path, limits)
    except InputError as err:
        yield err
        return
    with stream:
        yield from read_stream(stream, path, fields=fields, limits=limits)


def read_stream(stream: IO[bytes], label: str, *, kind: str | None = None,
                fields: Fields | Mapping[str, str] | None = None, limits: Limits | None = None) -> Iterator[Item]:
    """The reports in an open, seekable binary stream, read as :func:`read_file` reads a
    file: for inputs that are no local file (an fsspec URL, a byte range of a file, as
    ``claimledger batch`` reads them). ``kind`` is the reader to use (see ``kind_of``);
    by default it is told from ``label`` and the stream's first bytes."""
    fields = Fields.of(fields)
    limits = limits or Limits.from_env()
    try:
        if kind is None:
            kind = kind_of(label, stream.read(4096))
            stream.seek(0)
        yield from _read(kind, stream, label, fields, limits)
    except InputError as err:
        yield err
    except MemoryError:
        yield InputError(f"{shown(label)}: too large to read in memory (lower CLAIMLEDGER_MAX_MB)")
    except Exception as exc:  # noqa: BLE001 - a reader's bug on one file must not stop a batch
        yield InputError(f"{shown(label)}: could not be read ({type(exc).__name__}: {str(exc)[:200]})")


def _read(kind: str, stream: IO[bytes], label: str, fields: Fields, limits: Limits) -> Iterator[Item]:
    if kind in READERS:
        yield from READERS[kind](stream, label, fields, limits)
    elif kind == "warc":
        yield from read_warc(stream, label, limits)
    elif kind == "feed":
        yield from read_feed(stream, label, limits)
    else:
        content, warning = decode(read_capped(stream, label, limits), label)
        if warning:
            yield warning
        if kind == "html":
            yield read_page(content, source=label)
        else:
            yield read_text(_unmark_headline(content) if label.lower().endswith(".md") else content,
                            source=label)


def _unmark_headline(content: str) -> str:
    """Markdown's "# Headline" is a headline: drop the marks so it reads as one."""
    import re

    return re.sub(r"\A\s*#{1,6}[ \t]+", "", content)


def read_path(path: str | Path, *, fields: Fields | Mapping[str, str] | None = None,
              limits: Limits | None = None, **field_names: str) -> Iterator[Item]:
    """The reports in one file or folder. ``text_field="body"``-style keywords are the
    older spelling of ``fields`` and still accepted."""
    mapping = dict(Fields.of(fields).__dict__)
    mapping.update({k.removesuffix("_field"): v for k, v in field_names.items()})
    for _, item in read_sources([path], fields=mapping, limits=limits):
        yield item


def read_paths(paths: Iterable[str | Path], **field_names: str) -> Iterator[Item]:
    """:func:`read_path` over several paths in turn, with the same field names."""
    for path in paths:
        yield from read_path(path, **field_names)


