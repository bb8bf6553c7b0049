"""Turn input files into :class:`claimledger.model.Document` objects.

Reports arrive as plain text, saved web pages, or records (JSON, JSON Lines, CSV).
Whatever the format, the body goes through :func:`read_text`, which takes off what is
not the report itself (a headline line, web-copy debris, bylines, datelines, source
trailers) and keeps what those tell: the title, the publication date, the declared
origin. Removal is done only by slicing off the ends of the body, so the text that is
left is byte-identical to the input and the offsets of later extraction point into it.

Bad input never raises out of :func:`read_path`: it yields an :class:`InputError` in
the stream, so a batch of many files or records goes on past one bad item.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from claimledger.data import read_table
from claimledger.model import Document

# ---------------------------------------------------------------------- errors


class InputError(Exception):
    """Bad input, with one human-readable line that names the file (no traceback)."""


@dataclass(frozen=True)
class Fields:
    """Which record fields hold what: configurable because datasets name them freely."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    outlet: str = "outlet"


# ---------------------------------------------------------------------- reading

PLAIN_EXTENSIONS = {".txt", ".text", ".md"}
HTML_EXTENSIONS = {".html", ".htm"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
CSV_EXTENSIONS = {".csv"}

STDIN = "-"
# Below this share of control characters a decoded file is text; above it, binary
# content that happened to decode (images, archives without NUL bytes in the head).
MAX_CONTROL_SHARE = 0.05
# charset_normalizer's "chaos" (mess) score: past this the guess is not convincing.
MAX_DECODE_CHAOS = 0.2
# Fewer words than this from a web page is navigation debris, not an article.
MIN_ARTICLE_WORDS = 8


def read_path(
    path: str | Path,
    *,
    text_field: str = "text",
    title_field: str = "title",
    url_field: str = "url",
    published_field: str = "published",
    outlet_field: str = "outlet",
) -> Iterator[Document | InputError]:
    """Yield one Document per report in ``path`` ("-" is stdin), or an InputError.

    A plain-text or HTML file is one report; a JSON array, JSON Lines or CSV file is one
    per record, and a bad record yields an InputError in its place while the others are
    still read. Errors about the file as a whole (missing, binary, undecodable) are
    yielded too, never raised, so callers handle every problem in one place.
    """
    fields = Fields(text_field, title_field, url_field, published_field, outlet_field)
    label = STDIN if str(path) == STDIN else str(path)
    try:
        content = _decode(_read_bytes(label), label)
        kind = _format_of(label, content)
        yield from _READERS[kind](content, label, fields)
    except InputError as err:
        yield err


def _shown(source: str) -> str:
    """How a source is named in messages: "-" alone would read like a typo."""
    if source == STDIN or source.startswith(STDIN + ":"):
        return "<stdin>" + source[1:]
    return source


def _read_bytes(label: str) -> bytes:
    """The raw bytes of a file or stdin, with OS errors turned into one clear line."""
    if label == STDIN:
        return sys.stdin.buffer.read()
    path = Path(label)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{label}: cannot read: permission denied") from None
    except OSError as err:
        raise InputError(f"{label}: cannot read: {err.strerror or err}") from None


def _decode(data: bytes, label: str) -> str:
    """Bytes to text: UTF-8 first (the common case), then a detected encoding."""
    name = _shown(label)
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = _decode_utf16(data)
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError(f"{name}: binary file (NUL bytes), not text")
        text = _decode_utf8(data)
    if text is None:
        text = _decode_detected(data)
    if text is None:
        raise InputError(f"{name}: cannot decode: not UTF-8, and no convincing text encoding was found")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(f"{name}: binary file (mostly non-text characters), not text")
    return text


def _decode_utf16(data: bytes) -> str | None:
    """UTF-16 text announced by a byte-order mark (Windows tools write it); its NUL
    bytes would otherwise read as binary."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _decode_detected(data: bytes) -> str | None:
    """A legacy encoding (cp1252, latin-1...), only when the detector is convinced."""
    from charset_normalizer import from_bytes  # imported late: slow, and rarely needed

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_DECODE_CHAOS:
        return None
    return str(best)


def _control_share(text: str) -> float:
    """Share of characters that no text has: C0/C1 controls and replacement marks."""
    sample = text[:20000]
    odd = sum(1 for ch in sample if (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
              or ch == "\ufffd")
    return odd / max(len(sample), 1)


def _format_of(label: str, content: str) -> str:
    """The reader to use: by extension, else by the first character of the content."""
    suffix = Path(label).suffix.lower() if label != STDIN else ""
    for kind, suffixes in (("text", PLAIN_EXTENSIONS), ("html", HTML_EXTENSIONS), ("json", JSON_EXTENSIONS),
                           ("jsonl", JSONL_EXTENSIONS), ("csv", CSV_EXTENSIONS)):
        if suffix in suffixes:
            return kind
    head = content.lstrip()[:1]
    if head == "<":
        return "html"
    if head in ("{", "["):
        return "json"  # the JSON reader falls back to JSON Lines when it must
    return "text"


def _read_plain(content: str, label: str, fields: Fields) -> Iterator[Document | InputError]:
    markdown = Path(label).suffix.lower() == ".md"
    yield read_text(_unmark_headline(content) if markdown else content, source=label)


def _unmark_headline(content: str) -> str:
    """Markdown's "# Headline" is a headline: drop the marks so it reads as one."""
    return re.sub(r"\A\s*#{1,6}[ \t]+", "", content)


def _read_html(content: str, label: str, fields: Fields) -> Iterator[Document | InputError]:
    import trafilatura  # imported late: heavy, and only HTML needs it

    found = trafilatura.bare_extraction(
        content,
        with_metadata=True,
        include_comments=False,
        # Only dates the page states for itself: htmldate's extensive search guesses.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta: dict[str, Any] = (found.as_dict() if hasattr(found, "as_dict") else found) or {}
    text = meta.get("text") or ""
    # On a page with no article trafilatura falls back to whatever text it finds (a
    # menu's "Home"): a handful of words is not a report.
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(f"{_shown(label)}: no article text found")
    url = meta.get("url") or None
    yield read_text(text, title=meta.get("title") or None, url=url, published=meta.get("date"),
                    outlet=meta.get("sitename") or host_of(url), source=label)


def _read_json(content: str, label: str, fields: Fields) -> Iterator[Document | InputError]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and content.lstrip().startswith("{"):
            # One object per line saved as .json (or piped in): read it as JSON Lines.
            yield from _read_jsonl(content, label, fields)
            return
        raise InputError(f"{_shown(label)}: not valid JSON (line {err.lineno}, column {err.colno}: "
                         f"{err.msg})") from None
    if isinstance(data, dict):
        yield _record_document(data, label, fields)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield _record_document(item, f"{label}:#{index}", fields)
    else:
        raise InputError(f"{_shown(label)}: JSON holds neither an object nor a list of objects")


def _read_jsonl(content: str, label: str, fields: Fields) -> Iterator[Document | InputError]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(f"{_shown(label)}:{number}: not valid JSON (column {err.colno}: {err.msg})")
            continue
        yield _record_document(record, source, fields)


def _read_csv(content: str, label: str, fields: Fields) -> Iterator[Document | InputError]:
    # News bodies are long: the csv module's default 128 kB field cap is too small.
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 27))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    columns = reader.fieldnames or []
    if fields.text not in columns:
        shown = ", ".join(columns) or "none"
        raise InputError(f"{_shown(label)}: no '{fields.text}' column (columns: {shown})")
    start = 2  # the header is line 1; a record may span lines, so track where each starts
    for row in reader:
        yield _record_document(row, f"{label}:{start}", fields)
        start = reader.line_num + 1


_READERS = {"text": _read_plain, "html": _read_html, "json": _read_json, "jsonl": _read_jsonl,
            "csv": _read_csv}


def _record_document(record: Any, source: str, fields: Fields) -> Document | InputError:
    """One record's Document, or the InputError that stands in for it in the stream."""
    shown = _shown(source)
    if not isinstance(record, dict):
        return InputError(f"{shown}: record is not an object")
    text = record.get(fields.text)
    if text is None:
        return InputError(f"{shown}: record has no '{fields.text}'")
    if not isinstance(text, str):
        return InputError(f"{shown}: record's '{fields.text}' is not a string")
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


# ---------------------------------------------------------------------- plain text

# Words a headline does not end on: a first line ending on one is a wrapped sentence.
_CONTINUING_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "from",
    "by", "as", "that", "which", "who", "is", "are", "was", "were", "has", "had", "have", "its",
    "their", "his", "her", "this", "these", "than", "into", "after", "before", "said",
}
# "says" is kept out on purpose: headlines end on it ("…, rebel leader says"), and a
# wrapped sentence is already told by the lower-case word that opens the next line.
# Small words that stay lower case in a Title Case headline.
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with",
                "from", "by", "as", "vs", "via", "amid", "over", "into", "after", "near", "is"}
MAX_HEADLINE_WORDS = 20
MAX_PERIOD_HEADLINE_WORDS = 14
# Past-tense reporting words: a short first paragraph with one is a lead sentence.
_LEAD_WORDS = {"said", "told", "reported", "added", "according", "announced", "stated"}
# Non-English texts shorter than this are kept: language identification is unreliable
# on a few words, and many English reports are dense in foreign names.
MIN_WORDS_FOR_LANGUAGE = 20
MIN_LANGUAGE_CONFIDENCE = 0.9


def read_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    source: str | None = None,
) -> Document:
    """A Document from a report's plain text, cleaned of what is not the report.

    Without a ``title``, a first line that reads as a headline becomes the title. Then
    debris at the start (a repeated title, date stamps, agency credits, bylines,
    datelines) and source trailers at the end are sliced off; what they name fills
    ``declared_origin``, and a full, unambiguous date stamp fills a missing
    ``published``. Raises InputError for empty or confidently non-English text.
    """
    where = f"{_shown(source)}: " if source else ""
    body = text.strip()
    if not body:
        raise InputError(f"{where}text is empty")
    title = _clean_title(title)
    if title is None:
        title, body = _split_headline(body)
    lead = _strip_leading_debris(body, title)
    tail = _strip_trailers(lead.body)
    body = tail.body
    if not body:
        raise InputError(f"{where}text is empty once its headline and credits are removed")
    _require_english(" ".join(filter(None, [title, body])), where)
    return Document(
        text=body,
        title=title,
        outlet=outlet,
        url=url,
        published=normalise_date(published) or lead.published,
        declared_origin=tail.origin or lead.origin,
        language="en",
        source=source,
    )


def _clean_title(title: str | None) -> str | None:
    """Titles from metadata, with their inner whitespace runs folded (they are not offset into)."""
    if title is None:
        return None
    folded = " ".join(title.split())
    return folded or None


def _split_headline(body: str) -> tuple[str | None, str]:
    """(title, body) when the first line reads as a headline; else (None, body)."""
    first, newline, rest = body.partition("\n")
    line = first.strip()
    own_paragraph = rest.lstrip(" \t\r").startswith("\n")
    rest = rest.strip()
    if not newline or not rest or not _looks_like_headline(line, rest, own_paragraph):
        return None, body
    return line, rest


def _looks_like_headline(line: str, following: str, own_paragraph: bool) -> bool:
    words = line.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    if line[-1] in ",;:-(" or following[0].islower():
        return False  # a lead-in or a hard-wrapped sentence that goes on below
    if words[-1].lower().strip("\"'“”") in _CONTINUING_WORDS:
        return False
    if _BYLINE.match(line) or _whole_date_stamp(line):
        return False  # a byline or a date stamp on a line of its own is not a headline
    if line.endswith(".") and not line.endswith(".."):
        return _is_title_case(words) or _headline_with_period(words, following, own_paragraph)
    return True


def _headline_with_period(words: list[str], following: str, own_paragraph: bool) -> bool:
    """Some copies end a sentence-case headline with a period ("Trump urges supporters to
    vote."). Such a line is a headline when a dateline or byline opens what follows, or
    when it is short, a paragraph of its own, and reports nobody's words: "said" marks
    a lead sentence, not a headline."""
    if _dateline(following) or _byline(following):
        return True
    reported = {w.lower().strip(".,;:\"'“”") for w in words} & _LEAD_WORDS
    return own_paragraph and len(words) <= MAX_PERIOD_HEADLINE_WORDS and not reported


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if re.search(r"[A-Za-z]", w) and w.lower() not in _SMALL_WORDS]
    capitalised = [w for w in content if w.lstrip("\"'“‘(")[:1].isupper() or w[:1].isdigit()]
    return len(content) >= 2 and len(capitalised) >= 0.75 * len(content)


def _require_english(text: str, where: str) -> None:
    """Refuse a text only when it is long enough and the identifier is confident."""
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return
    code, confidence = _language_identifier().classify(text[:5000])
    if code != "en" and confidence >= MIN_LANGUAGE_CONFIDENCE:
        name = LANGUAGE_NAMES.get(code)
        shown = f"{name} ({code})" if name else f"language '{code}'"
        raise InputError(f"{where}text is in {shown}, not English; skipped")


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # Normalised probabilities give a confidence we can put a threshold on.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "ku": "Kurdish", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese", "be": "Belarusian", "ka": "Georgian", "hy": "Armenian",
}


# ---------------------------------------------------------------------- agencies


@dataclass(frozen=True)
class Agencies:
    """The agency table: spelling → recorded name, and a pattern for whole-word credits."""

    by_alias: dict[str, str]
    by_host: dict[str, str]
    pattern: re.Pattern[str]

    def name_of(self, phrase: str) -> str | None:
        """The recorded name of an agency credited as ``phrase`` ("Associated Press" → "AP")."""
        phrase = phrase.strip()
        # The table already holds each spelling in capitals; only long names fold case.
        if phrase in self.by_alias:
            return self.by_alias[phrase]
        return self.by_alias.get(phrase.casefold()) if len(phrase) > 4 else None


@lru_cache(maxsize=1)
def agencies() -> Agencies:
    """Read ``data/agencies.tsv`` once."""
    by_alias: dict[str, str] = {}
    by_host: dict[str, str] = {}
    for name, aliases, hosts in read_table("agencies.tsv"):
        for alias in aliases.split("|"):
            # As written and in capitals ("REUTERS"); long names also case-folded.
            # Short acronyms stay case-sensitive so "ap" or "aa" in prose do not match.
            by_alias[alias] = by_alias[alias.upper()] = name
            if len(alias) > 4:
                by_alias[alias.casefold()] = name
        for host in hosts.split("|"):
            by_host[host] = name
    spellings = sorted({a for a in by_alias if a != a.casefold() or len(a) > 4}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, spellings)) + r")(?![\w-])")
    return Agencies(by_alias, by_host, pattern)


def agency_of(name_or_host: str) -> str | None:
    """The agency a credit or web host stands for, if it is one we know."""
    host = host_of(name_or_host) if "." in name_or_host else None
    if host:
        return agencies().by_host.get(host)
    return agencies().name_of(name_or_host)


def host_of(url: str | None) -> str | None:
    """The host of a URL or bare address, lower case, without "www."."""
    if not url:
        return None
    url = url.strip()
    netloc = urlsplit(url if "//" in url else "//" + url).hostname
    if not netloc or "." not in netloc:
        return None
    return netloc.removeprefix("www.")


def _origin_from(value: str) -> str | None:
    """What a trailer's value declares: a web host as a host, an agency by its name,
    anything else (a short outlet name) as written."""
    value = value.strip().strip(".;,").strip()
    if not value:
        return None
    if re.fullmatch(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:[/:?#]\S*)?", value, re.I):
        return host_of(value)
    known = agencies().name_of(value)
    if known:
        return known
    return value if len(value.split()) <= 6 else None


# ---------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?")
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
    r"|(?P<a4>\d{1,2})(?P<sep>[-./])(?P<b4>\d{1,2})(?P=sep)(?P<y4>\d{4})"
    # "Jun 182016": a site template that glues the day to the year
    rf"|(?P<m5>{_MONTH})\s+(?P<d5>\d{{2}})(?P<y5>(?:19|20)\d{{2}}))"
)
# A date stamp as web copy leaves it before the body: "Published June 20 2016",
# "Thursday 18 May 2017", "07.04.2017(updated 1121 07.04.2017) Get short URL 0 38",
# "31-08-2014 0742 PM", "date 2025-01-31". Times need a colon or AM/PM, so a count
# right after the date ("3 May 2016 1200 people fled") is never taken for one.
_STAMP = re.compile(
    r"(?i:(?:print this page\s+)?(?:published|posted|updated|last updated|date of publication|date)"
    r"(?:\s+(?:on|at))?\s*:?\s+)?"
    rf"(?:{_WEEKDAY}\s+)?(?i:{_DATE})"
    r"(?:,?\s*(?:at\s+)?(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{3,4}\s*[AaPp]\.?[Mm]\.?)"
    r"(?:\s*(?:GMT|UTC))?)?"
    r"(?:\s*\((?i:updated)[^()\n]{0,40}\))?"
)
# Sputnik's share widget ("Get short URL", then view and comment counts) and topic box
# ("Topic <name> (<count>) 0 38"). At most two counts, so a figure that opens the
# body after them is kept.
_WIDGET = re.compile(r"Get short URL(?:[ \t]+\d+){0,2}"
                     r"(?:\s+Topic\s+[^()\n]{1,150}?\(\d+\)(?:[ \t]+\d+){0,2})?")
_PRINT = re.compile(r"(?i:print this page)|Print Tweet(?: Views \d+)?")


def _whole_date_stamp(line: str) -> bool:
    m = _STAMP.match(line)
    return bool(m and not line[m.end():].strip())


def _stamp_iso(m: re.Match[str]) -> str | None:
    """The ISO date of a stamp when the stamp settles it; None for "05-04-2016"."""
    g = m.groupdict()
    try:
        if g["y1"] or g["y2"] or g["y5"]:
            month = _MONTHS[(g["m1"] or g["m2"] or g["m5"])[:3].lower()]
            day = int(g["d1"] or g["d2"] or g["d5"])
            return date(int(g["y1"] or g["y2"] or g["y5"]), month, day).isoformat()
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"])).isoformat()
        first, second, year = int(g["a4"]), int(g["b4"]), int(g["y4"])
    except ValueError:
        return None
    # Numeric day-month order differs by country: only a day above 12 (or both parts
    # equal) tells which is which.
    if first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a metadata value, or None when it names no full date.

    Accepts ISO forms and what dateutil reads ("March 5, 2024", "2024-03-05T08:00Z",
    "3/5/2024" month first, as US-made datasets write it). A value missing its day,
    month or year is None: we do not fill in parts the source did not give.
    """
    if isinstance(value, datetime | date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    return _dateutil_date(value)


def _dateutil_date(value: str) -> str | None:
    from dateutil import parser

    # Parse against two different defaults: if they disagree, a part was missing.
    try:
        one = parser.parse(value, default=datetime(2000, 1, 1))
        two = parser.parse(value, default=datetime(2004, 2, 2))
    except (ValueError, OverflowError):
        return None
    return one.date().isoformat() if one.date() == two.date() else None


# ---------------------------------------------------------------------- leading debris

# "By Jane Doe, Associated Press" / "By JANE DOE | Reuters": names only, on one line.
_BYLINE = re.compile(r"By\s+(?P<who>[^\n]{2,120})$", re.M)
_BYLINE_JOINERS = {"and", "&", "of", "the", "for", "in", "at", "|", "-", "–", "—", "/", "de", "van",
                   "von", "al", "el", "bin", "da", "la", "le"}
# "KYIV (Reuters) -", "KYIV, Ukraine (AP) —", "(Reuters) -", "DAMASCUS (Sputnik)",
# "FLINT, Mich., Oct. 4 (UPI) —".
_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][\w'’.\-]*(?:,?[ \t]+(?:[A-Z][\w'’.\-]*|\d{1,2})){0,5}),?[ \t]+)?"
    r"\((?P<credit>[^()\n]{2,40})\)[ \t]*(?:[-–—:]+[ \t]*)?"
)


@dataclass
class _Lead:
    body: str
    origin: str | None = None
    published: str | None = None


def _strip_leading_debris(body: str, title: str | None) -> _Lead:
    """Slice web-copy debris off the start of the body, one piece at a time.

    FA-KES-style copies stack pieces in any order ("Thursday 18 May 2017 <title>.",
    "<title> AFP Sunday 18 Sep 2016 ..."), so each remover is tried until none applies.
    A piece that would leave nothing is kept: then it is the report.
    """
    lead = _Lead(body)
    removed = False
    for _ in range(8):
        step = (_title_repeat(lead.body, title) or _date_stamp(lead.body) or _widget(lead.body)
                or _agency_credit(lead.body, removed) or _byline(lead.body) or _dateline(lead.body)
                or _place_dateline(lead.body))
        if step is None:
            break
        end, origin, published = step
        rest = lead.body[end:].lstrip()
        if not rest:
            break
        lead.body = rest
        lead.origin = lead.origin or origin
        lead.published = lead.published or published
        removed = True
    return lead


_Step = tuple[int, str | None, str | None]  # (end of the piece, origin it names, ISO date it gives)


def _opens_new_text(rest: str) -> bool:
    """True when what follows a removed piece starts afresh (not a sentence's lower-case
    continuation), so the piece was debris and not the start of the report's words."""
    rest = rest.lstrip()
    return not rest or not rest[0].islower()


def _title_repeat(body: str, title: str | None) -> _Step | None:
    """The title printed again at the start of the body, exactly or nearly so."""
    for candidate in _title_forms(title):
        m = _title_pattern(candidate).match(body)
        if m is None:
            continue
        end = m.end()
        if end < len(body) and (body[end].isalnum() or body[end] == "_"):
            continue  # stopped inside a word: "Syria" is not "Syrian"
        end += len(body[end:]) - len(body[end:].lstrip(" \t.:!?"))
        if _opens_new_text(body[end:]):
            return end, None, None
    return None


def _title_forms(title: str | None) -> list[str]:
    """The title, then the title without trailing " - Site" / " | Site" parts, since
    web titles carry the outlet's name and the body does not. Longest first, so a
    headline whose last part is its own ("... - Homs Governor") is tried whole."""
    if not title:
        return []
    # A separator has a space on at least one side, so "US-led" stays whole.
    parts = re.split(r"\s+[-|–—]\s*|\s*[-|–—]\s+", title)
    shorter = [" ".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)]
    return [title] + [form for form in shorter if len(form.split()) >= 3]


@lru_cache(maxsize=256)
def _title_pattern(title: str) -> re.Pattern[str]:
    """Match the title's words in order, whatever punctuation or spacing lies between
    (copies drop apostrophes, commas and quotes: "Syria's" is printed "Syrias")."""
    words = re.findall(r"\w+", title.replace("'", "").replace("’", ""))
    pieces = [re.escape(w[:-1]) + r"['’]?s" if len(w) > 2 and w.endswith("s") else re.escape(w)
              for w in words]
    return re.compile(r"[^\w\n]*" + r"[^\w]*".join(pieces), re.I) if len(words) >= 2 else re.compile(r"(?!)")


def _date_stamp(body: str) -> _Step | None:
    m = _STAMP.match(body)
    if m is None:
        return None
    end = m.end()
    widget = _WIDGET.match(body[end:].lstrip())
    if widget:
        end = len(body) - len(body[end:].lstrip()) + widget.end()
    if end < len(body) and body[end].isalnum() and not widget:
        return None  # "2016-05-01abc" is not a stamp
    if not _opens_new_text(body[end:]):
        return None
    return end, None, _stamp_iso(m)


def _widget(body: str) -> _Step | None:
    m = _WIDGET.match(body) or _PRINT.match(body)
    return (m.end(), None, None) if m else None


def _agency_credit(body: str, after_debris: bool) -> _Step | None:
    """An agency credited in a byline right after the headline: "AFP Sunday 18 Sep 2016".

    Taken when a date stamp follows, when the credit stands on its own line, or when
    other debris came before it; a report that opens "Reuters reported ..." keeps it.
    """
    m = agencies().pattern.match(body)
    if m is None:
        return None
    rest = body[m.end():]
    stamp = _STAMP.match(rest.lstrip())
    if stamp:
        # Agency and stamp together are a byline for sure, even when the copy goes on
        # in lower case ("AFP Monday 6 Jun 2016 seventeen civilians ...").
        end = m.end() + len(rest) - len(rest.lstrip()) + stamp.end()
        return end, agencies().name_of(m.group(1)), _stamp_iso(stamp)
    on_own_line = re.match(r"[ \t]*\r?\n", rest) is not None
    # "REUTERS Rodi Said Middle East 1730 28.04.2017 Get short URL": a photo credit
    # (agency, photographer, section, stamp) heads the page, not the text's byline.
    photo_credit = _STAMP.search(rest[:80]) is not None or "Get short URL" in rest[:120]
    if (on_own_line or after_debris) and not photo_credit and re.match(r"\s+[A-Z0-9\"“‘']", rest):
        return m.end(), agencies().name_of(m.group(1)), None
    return None


def _byline(body: str) -> _Step | None:
    m = _BYLINE.match(body)
    if m is None or not _names_only(m.group("who")):
        return None
    found = agencies().pattern.search(m.group("who"))
    return m.end(), agencies().name_of(found.group(1)) if found else None, None


def _names_only(who: str) -> bool:
    """A byline holds names and credits, not a sentence: "By Monday, troops had left." fails."""
    tokens = re.findall(r"[^\s,;]+", who)
    if not tokens or len(tokens) > 14 or re.search(r"\w{2,}\.$", who.strip()):
        return False
    return all(t[:1].isupper() or t.lower() in _BYLINE_JOINERS for t in tokens)


# "BAMAKO, Mali —", "KHARKIV —": a capitalised place line with a dash and no credit.
_PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]{2,}(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}(?:,[ \t]+[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*){0,3})?"
    r"[ \t]+[—–]+[ \t]+(?=[A-Z\"“])|[A-Z][A-Z'’.\-]{2,}(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}[ \t]*--[ \t]+(?=[A-Z\"“])"
)


def _place_dateline(body: str) -> _Step | None:
    """A dateline naming only a place: cut, so the place does not open the first sentence
    (it would be read as its subject); it names no origin."""
    m = _PLACE_DATELINE.match(body)
    return (m.end(), None, None) if m else None


def _dateline(body: str) -> _Step | None:
    m = _DATELINE.match(body)
    if m is None:
        return None
    origin = agencies().name_of(m.group("credit"))
    if origin is None:
        return None  # "(Ukraine) ..." or "(Photo)": only a known agency makes a dateline
    return m.end(), origin, None


# ---------------------------------------------------------------------- trailers

# (pattern, whether the value must be a known agency or a web host to count).
_TRAILERS = (
    # "Original Source: www.cnn.com": explicit, whatever it names.
    (re.compile(r"(?i:original\s+sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)\s*"), False),
    # "Source: Reuters"; a bare "Source: NATO." more often captions a chart's data.
    (re.compile(r"(?i:sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)\s*"), True),
    # "via AP", "(via Reuters)"
    (re.compile(r"\(?\s*(?i:via)\s+(?P<v>[^()\n]{2,60}?)\s*\)?\.?"), False),
    # "— AP", "-- Reuters"; a dash line naming anything else is the copy's last words.
    (re.compile(r"[-–—]{1,2}[ \t]*(?P<v>[^-–—\s][^\n]{0,40}?)\s*"), True),
)
# Credit lines with no place in the analysis: "(Reporting by ...; Editing by ...)",
# "Copyright 2024 The Associated Press. All rights reserved."
_CREDIT_LINES = (
    re.compile(r"\(?\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by)\b[^\n]{0,250}"),
    re.compile(r"(?:©|\((?i:c)\)|(?i:copyright)\b)[^\n]{0,150}"),
    re.compile(r"_{3,}\.?"),  # the rule AP puts above its closing notes
    re.compile(r"Follow\s[^\n]{1,80}\son\s(?:Twitter|X|Facebook|Instagram)\b[^\n]{0,120}"),
)


@dataclass
class _Tail:
    body: str
    origin: str | None = None


def _strip_trailers(body: str) -> _Tail:
    """Slice source and credit lines off the end of the body, last line first."""
    tail = _Tail(body)
    for _ in range(4):
        head, newline, last = tail.body.rpartition("\n")
        if not newline or not head.strip():
            break  # a one-line body has no trailer: its last words are the report
        is_trailer, origin = _read_trailer(last.strip())
        if not is_trailer:
            break
        tail.body = head.rstrip()
        tail.origin = tail.origin or origin
    return tail


def _read_trailer(line: str) -> tuple[bool, str | None]:
    """(is it a trailer, the origin it declares): credit lines are trailers naming none."""
    for pattern, must_be_known in _TRAILERS:
        m = pattern.fullmatch(line)
        if m is None or len(m.group("v").split()) > 6:
            continue
        origin = _origin_from(m.group("v"))
        if origin is None or (must_be_known and agency_of(origin) is None and "." not in origin):
            continue
        return True, origin
    for pattern in _CREDIT_LINES:
        if pattern.fullmatch(line):
            found = agencies().pattern.search(line)
            return True, agencies().name_of(found.group(1)) if found else None
    return False, None


def read_paths(paths: Iterable[str | Path], **fields: str) -> Iterator[Document | InputError]:
    """:func:`read_path` over several paths in turn, with the same field names."""
    for path in paths:
        yield from read_path(path, **fields)
