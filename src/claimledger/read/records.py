"""Records: JSON, JSON Lines, CSV and Parquet, one report per record.

Datasets name their fields freely, so which field holds what is one mapping,
:class:`Fields`, given on the command line as ``--map text=body,published=date``. A bad
record yields an InputError in its place and the others are still read. JSON Lines, CSV
and Parquet stream (by line, row and row batch), so a dataset of any size is read in
bounded memory; a JSON array is parsed whole, so it has the size cap of one report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from typing import IO, Any

from claimledger.model import Document
from claimledger.read.agencies import host_of
from claimledger.read.cleanup import read_text
from claimledger.read.dates import normalise_date
from claimledger.read.decode import decode, decode_utf16
from claimledger.read.errors import InputError, InputWarning, shown
from claimledger.read.limits import Limits, read_capped, skip_line

Item = Document | InputError | InputWarning
PARQUET_BATCH = 256  # rows per Parquet read: bounded memory, few calls
HEAD_BYTES = 1 << 16  # what CSV's encoding is told from


@dataclass(frozen=True)
class Fields:
    """Which record fields hold what: configurable because datasets name them freely."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    outlet: str = "outlet"

    @classmethod
    def of(cls, mapping: Fields | Mapping[str, str] | None) -> Fields:
        if isinstance(mapping, Fields):
            return mapping
        return cls(**dict(mapping or {}))


FIELD_NAMES = tuple(f.name for f in fields(Fields))


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


def record_document(record: Any, source: str, fields: Fields) -> Document | InputError:
    """One record's Document, or the InputError that stands in for it in the stream."""
    where = shown(source)
    if not isinstance(record, dict):
        return InputError(f"{where}: record is not an object")
    text = record.get(fields.text)
    if text is None:
        return InputError(f"{where}: record has no '{fields.text}'")
    if not isinstance(text, str):
        return InputError(f"{where}: record's '{fields.text}' is not a string")
    url = _field_str(record, fields.url)
    try:
        return read_text(text, title=_field_str(record, fields.title), url=url,
                         published=normalise_date(record.get(fields.published)),
                         outlet=_field_str(record, fields.outlet) or host_of(url), source=source)
    except InputError as err:
        return err


def _field_str(record: dict[str, Any], name: str) -> str | None:
    """A record's string field, stripped; blank and non-string values count as absent."""
    value = record.get(name)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


# ---------------------------------------------------------------------- JSON


def _loads(content: str) -> Any:
    """json.loads, with what it raises past JSONDecodeError (too deep, too many digits)
    turned into the same one-line reasons."""
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except ValueError as err:
        if isinstance(err, json.JSONDecodeError):
            raise
        raise ValueError(str(err).split(";")[0]) from None  # "Exceeds the limit (4300 digits) …"


def read_json(stream: IO[bytes], label: str, fields: Fields, limits: Limits) -> Iterator[Item]:
    content, warning = decode(read_capped(stream, label, limits), label)
    if warning:
        yield warning
    try:
        data = _loads(content)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and content.lstrip().startswith("{"):
            # One object per line saved as .json (or piped in): read it as JSON Lines.
            yield from read_jsonl(io.BytesIO(content.encode("utf-8")), label, fields, limits)
            return
        raise InputError(f"{shown(label)}: not valid JSON (line {err.lineno}, column {err.colno}: "
                         f"{err.msg})") from None
    except ValueError as err:
        raise InputError(f"{shown(label)}: not valid JSON ({err})") from None
    if isinstance(data, dict):
        yield record_document(data, label, fields)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield record_document(item, f"{label}:#{index}", fields)
    else:
        raise InputError(f"{shown(label)}: JSON holds neither an object nor a list of objects")


def read_jsonl(stream: IO[bytes], label: str, fields: Fields, limits: Limits) -> Iterator[Item]:
    """One record per line, each line read on its own (at most the size cap)."""
    number = 0
    while True:
        line = stream.readline(limits.max_bytes + 1)
        if not line:
            return
        number += 1
        source = f"{label}:{number}"
        if len(line) > limits.max_bytes and not line.endswith(b"\n"):
            skip_line(stream)
            yield InputError(f"{shown(source)}: record larger than the {limits.shown} size cap")
            continue
        if not line.strip():
            continue
        try:
            text, warning = decode(line, source)
            if warning:
                yield warning
            record = _loads(text)
        except InputError as err:
            yield err
            continue
        except json.JSONDecodeError as err:
            yield InputError(f"{shown(source)}: not valid JSON (column {err.colno}: {err.msg})")
            continue
        except ValueError as err:
            yield InputError(f"{shown(source)}: not valid JSON ({err})")
            continue
        yield record_document(record, source, fields)


# ---------------------------------------------------------------------- CSV


def read_csv(stream: IO[bytes], label: str, fields: Fields, limits: Limits) -> Iterator[Item]:
    """One report per row, streamed; a field may be as long as the size cap."""
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    encoding = _csv_encoding(head, label)
    csv.field_size_limit(limits.max_bytes)
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    reader = csv.DictReader(text)
    try:
        columns = reader.fieldnames or []
    except csv.Error as err:
        raise InputError(f"{shown(label)}: not a readable CSV file ({err})") from None
    if fields.text not in columns:
        listed = ", ".join(columns) or "none"
        raise InputError(f"{shown(label)}: no '{fields.text}' column (columns: {listed[:300]})")
    start = 2  # the header is line 1; a record may span lines, so track where each starts
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            # a field past the cap, or a NUL byte: this row is lost, the next is read
            yield InputError(f"{shown(label)}:{start}: not a readable CSV row ({err})")
            start = reader.line_num + 1
            continue
        yield record_document(row, f"{label}:{start}", fields)
        start = reader.line_num + 1


def _csv_encoding(head: bytes, label: str) -> str:
    """The encoding of a CSV file, told from its head: decoding that fails says why."""
    if decode_utf16(head) is not None:
        return "utf-16"
    try:
        head.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as err:
        if err.start >= len(head) - 4:
            return "utf-8-sig"  # the head ends inside a character
    decode(head, label)  # raises for binary or undecodable content
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8"


# ---------------------------------------------------------------------- Parquet


def read_parquet(stream: IO[bytes], label: str, fields: Fields, limits: Limits) -> Iterator[Item]:
    """One report per row, read in row batches; columns named as for JSON records."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = {name: getattr(fields, name) for name in FIELD_NAMES}
    try:
        table = pq.ParquetFile(stream)
        columns = table.schema_arrow.names
        if names["text"] not in columns:
            listed = ", ".join(columns) or "none"
            raise InputError(f"{shown(label)}: no '{names['text']}' column (columns: {listed[:300]})")
        wanted = [c for c in dict.fromkeys(names.values()) if c in columns]
        row = 0
        for batch in table.iter_batches(batch_size=PARQUET_BATCH, columns=wanted):
            for record in batch.to_pylist():
                row += 1
                yield record_document(record, f"{label}:{row}", fields)
    except (pa.ArrowException, OSError) as err:
        raise InputError(f"{shown(label)}: not a readable Parquet file ({str(err)[:200]})") from None


READERS = {"json": read_json, "jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}
