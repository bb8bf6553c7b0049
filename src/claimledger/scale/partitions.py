"""Inputs cut into partitions, and a partition read back into reports.

Inputs are local paths or fsspec URLs (``s3://…``, ``gs://…``, ``https://…``), with globs;
a folder stands for the files under it. Each file is cut so that no worker reads more
than about ``size`` input bytes at once, and never a whole large file:

- JSON Lines: byte blocks, each widened to whole lines when read (``fsspec``'s
  ``read_block``), so the client never reads the file;
- CSV: byte ranges cut between records. The client reads the file once through the csv
  module to find where records end (a quoted field may hold line breaks, so lines are
  not records); a worker then reads the header and its own range;
- Parquet: runs of row groups, from the file's footer;
- anything else (WARC, feeds, HTML, text, JSON, and compressed files, which cannot be
  entered in the middle): whole files, small files grouped up to ``size``.

Every piece is read by the project's one input stack (:func:`claimledger.read.read_stream`),
so a batch reads exactly what ``ingest`` reads, with the same errors for bad records.
A partition's name is a hash of what it covers, so a rerun finds the same names.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

import fsspec
from fsspec.utils import infer_compression, read_block

from claimledger.read import InputError, Item, read_stream
from claimledger.read.files import KINDS_BY_EXTENSION
from claimledger.read.records import Fields

DEFAULT_SIZE = 8_000_000  # input bytes per partition: a few thousand short reports, minutes of work


@dataclass(frozen=True)
class Partition:
    """One unit of work: a byte range, a run of row groups, or whole files."""

    how: str  # block | csv | rowgroups | files
    urls: tuple[str, ...]
    start: int = 0  # block, csv: first byte; rowgroups: first row group
    end: int = 0  # block: bytes to read; csv: byte past the range; rowgroups: row group past the run
    header: int = 0  # csv: bytes of the header line(s)
    name: str = field(default="", compare=False)

    @classmethod
    def of(cls, how: str, urls: tuple[str, ...], start: int = 0, end: int = 0, header: int = 0) -> Partition:
        digest = hashlib.sha1(repr((how, urls, start, end, header)).encode("utf-8")).hexdigest()[:16]
        stem = urls[0].rstrip("/").rpartition("/")[2].replace(".", "_")[:40]
        return cls(how, urls, start, end, header, f"{stem}-{digest}")


def kind_by_name(url: str) -> tuple[str | None, str | None]:
    """(reader kind or None when the name does not tell, compression or None)."""
    lower = url.lower()
    if lower.endswith(".warc.gz"):
        return "warc", None  # warcio reads gzipped WARC members itself
    compression = infer_compression(lower)
    if compression:
        lower = lower.rsplit(".", 1)[0]
    for kind, suffixes in KINDS_BY_EXTENSION:
        if lower.endswith(suffixes):
            return kind, compression
    return None, compression


def expand(inputs: list[str]) -> Iterator[str | InputError]:
    """The files the inputs stand for, in a stable order; an InputError for one that matches nothing."""
    for given in inputs:
        fs, path = fsspec.core.url_to_fs(given)
        if fsspec.core.has_magic(path):
            found = sorted(fs.glob(path))
        elif fs.isdir(path):
            found = sorted(fs.find(path))
        elif fs.exists(path):
            found = [path]
        else:
            found = []
        files = [f for f in found if not any(part.startswith((".", "_")) for part in f.split("/")[-1:])
                 and fs.isfile(f)]
        if not files:
            yield InputError(f"{given}: no such file, or nothing matches")
        for file in files:
            yield file if _is_local(fs) else fs.unstrip_protocol(file)


def _is_local(fs: fsspec.AbstractFileSystem) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def plan(inputs: list[str], size: int = DEFAULT_SIZE) -> tuple[list[Partition], list[InputError]]:
    """The partitions of the inputs, and the inputs that could not be planned."""
    partitions: list[Partition] = []
    problems: list[InputError] = []
    small: list[str] = []
    small_bytes = 0
    for url in expand(inputs):
        if isinstance(url, InputError):
            problems.append(url)
            continue
        fs, path = fsspec.core.url_to_fs(url)
        kind, compression = kind_by_name(url)
        length = fs.size(path) or 0
        try:
            if compression is None and kind == "jsonl" and length > size:
                partitions += [Partition.of("block", (url,), start, size) for start in range(0, length, size)]
                continue
            if compression is None and kind == "csv" and length > size:
                partitions += _csv_ranges(fs, path, url, size)
                continue
            if compression is None and kind == "parquet":
                partitions += _row_group_runs(fs, path, url, size)
                continue
        except (OSError, ValueError, csv.Error) as exc:
            problems.append(InputError(f"{url}: cannot be cut into partitions ({type(exc).__name__}: {exc})"[:300]))
            continue
        small.append(url)
        small_bytes += length
        if small_bytes >= size:
            partitions.append(Partition.of("files", tuple(small)))
            small, small_bytes = [], 0
    if small:
        partitions.append(Partition.of("files", tuple(small)))
    return partitions, problems


def _csv_ranges(fs: fsspec.AbstractFileSystem, path: str, url: str, size: int) -> list[Partition]:
    """Byte ranges of whole CSV records. Lines are read as Latin-1, which keeps every byte
    as one character, so positions are byte positions and quotes and line breaks are
    seen as they are in UTF-8 or any single-byte encoding (UTF-16 CSV is not cut)."""
    with fs.open(path, "rb") as stream:
        head = stream.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return [Partition.of("files", (url,))]
        stream.seek(0)
        position = 0

        def lines() -> Iterator[str]:
            nonlocal position
            for line in stream:
                position += len(line)
                yield line.decode("latin-1")

        csv.field_size_limit((1 << 31) - 1)
        reader = csv.reader(lines())
        next(reader, None)
        header = start = position
        ranges = []
        for _ in reader:
            if position - start >= size:
                ranges.append(Partition.of("csv", (url,), start, position, header))
                start = position
        if position > start:
            ranges.append(Partition.of("csv", (url,), start, position, header))
        return ranges


def _row_group_runs(fs: fsspec.AbstractFileSystem, path: str, url: str, size: int) -> list[Partition]:
    import pyarrow.parquet as pq

    with fs.open(path, "rb") as stream:
        meta = pq.ParquetFile(stream).metadata
    runs, start, gathered = [], 0, 0
    for group in range(meta.num_row_groups):
        gathered += meta.row_group(group).total_byte_size
        if gathered >= size:
            runs.append(Partition.of("rowgroups", (url,), start, group + 1))
            start, gathered = group + 1, 0
    if start < meta.num_row_groups or not runs:
        runs.append(Partition.of("rowgroups", (url,), start, meta.num_row_groups))
    return runs


# ---------------------------------------------------------------------- reading


def read_partition(partition: Partition, fields: Fields) -> Iterator[tuple[str, Item]]:
    """(file, item) for every report of the partition, as ``read_sources`` gives them."""
    if partition.how == "files":
        for url in partition.urls:
            yield from ((url, item) for item in _read_whole(url, fields))
        return
    url = partition.urls[0]
    try:
        stream, kind = _piece(partition)
    except (OSError, ValueError) as exc:
        yield url, InputError(f"{url}: cannot be read ({type(exc).__name__}: {str(exc)[:200]})")
        return
    label = f"{url}@{partition.start}"
    yield from ((url, item) for item in read_stream(stream, label, kind=kind, fields=fields))


def _piece(partition: Partition) -> tuple[io.BytesIO, str]:
    """The partition's bytes, as a stream the reader of its kind reads like a whole file."""
    url = partition.urls[0]
    fs, path = fsspec.core.url_to_fs(url)
    with fs.open(path, "rb") as stream:
        if partition.how == "block":
            return io.BytesIO(read_block(stream, partition.start, partition.end, delimiter=b"\n")), "jsonl"
        if partition.how == "csv":
            header = stream.read(partition.header)
            stream.seek(partition.start)
            return io.BytesIO(header + stream.read(partition.end - partition.start)), "csv"
        if partition.how == "rowgroups":
            import pyarrow.parquet as pq

            table = pq.ParquetFile(stream).read_row_groups(range(partition.start, partition.end))
            sink = io.BytesIO()
            pq.write_table(table, sink)
            sink.seek(0)
            return sink, "parquet"
    raise ValueError(f"unknown partition kind {partition.how!r}")


def _read_whole(url: str, fields: Fields) -> Iterator[Item]:
    kind, compression = kind_by_name(url)
    try:
        opened = fsspec.open(url, "rb", compression=compression)
        with opened as stream:
            yield from read_stream(stream, url, kind=kind, fields=fields)
    except (OSError, ValueError) as exc:
        yield InputError(f"{url}: cannot be read ({type(exc).__name__}: {str(exc)[:200]})")
