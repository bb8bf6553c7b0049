"""Bytes to text: UTF-8 first, a damaged UTF-8 file repaired, a detected encoding last.

A file that is UTF-8 but for a few bytes stays UTF-8 (those bytes become U+FFFD, with a
warning): guessing a legacy encoding for it would turn every accented letter into two
wrong ones ("Kovalénko" → "Koval√©nko"). Charset detection is only for files with no
valid UTF-8 beyond ASCII, and its answer must read as text: bytes that decode to runs of
box-drawing signs are garbage, not a report.
"""

from __future__ import annotations

import unicodedata

from claimledger.read.errors import InputError, InputWarning, shown

# Below this share of control characters a decoded file is text; above it, binary
# content that happened to decode (images, archives without NUL bytes in the head).
MAX_CONTROL_SHARE = 0.05
# charset_normalizer's "chaos" (mess) score: past this the guess is not convincing.
MAX_DECODE_CHAOS = 0.2
# A UTF-8 file with more damage than this share of bad sequences is not repaired.
MAX_REPAIR_SHARE = 0.01
# Letters among the non-space characters of a text: reports are mostly words.
MIN_LETTER_SHARE = 0.4
SAMPLE = 20000  # characters looked at by the share checks: enough to tell, cheap on any size
REPLACEMENT = "\ufffd"


def decode(data: bytes, label: str) -> tuple[str, InputWarning | None]:
    """The text of ``data``, and a warning when bytes had to be replaced.

    Raises InputError for empty, binary or undecodable content, naming ``label``.
    """
    name = shown(label)
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = decode_utf16(data)
    warning = None
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError(f"{name}: binary file (NUL bytes), not text")
        text, warning = _decode_utf8(data, name)
    if text is None:
        text = _decode_detected(data)
        if text is not None and letter_share(text) < MIN_LETTER_SHARE:
            raise InputError(f"{name}: not text (its bytes decode to no words in any encoding)")
    if text is None:
        raise InputError(f"{name}: cannot decode: not UTF-8, and no convincing text encoding was found")
    if control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(f"{name}: binary file (mostly non-text characters), not text")
    return text, warning


def decode_utf16(data: bytes) -> str | None:
    """UTF-16 text announced by a byte-order mark (Windows tools write it); its NUL
    bytes would otherwise read as binary."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    return None


def _decode_utf8(data: bytes, name: str) -> tuple[str | None, InputWarning | None]:
    """UTF-8, or UTF-8 with a few bad bytes replaced when the rest shows it is UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    # Valid non-ASCII characters are what tells UTF-8 from a legacy encoding: cp1252's
    # "é" is one byte that is never valid UTF-8 before an ASCII letter.
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != REPLACEMENT)
    if valid == 0 or bad > max(1, MAX_REPAIR_SHARE * len(data)):
        return None, None
    many = "byte" if bad == 1 else "bytes"
    return text, InputWarning(f"{name}: {bad} {many} not valid UTF-8, replaced with U+FFFD")


def _decode_detected(data: bytes) -> str | None:
    """A legacy encoding (cp1252, latin-1...), only when the detector is convinced."""
    from charset_normalizer import from_bytes  # imported late: slow, and rarely needed

    best = from_bytes(data[: 1 << 20]).best()  # a megabyte tells the encoding as well as a gigabyte
    if best is None or best.chaos > MAX_DECODE_CHAOS:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def control_share(text: str) -> float:
    """Share of characters that no text has: C0/C1 controls and replacement marks."""
    sample = text[:SAMPLE]
    odd = sum(1 for ch in sample if (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
              or ch == REPLACEMENT)
    return odd / max(len(sample), 1)


def letter_share(text: str) -> float:
    """Share of letters among the visible characters of the start of ``text``."""
    visible = [ch for ch in text[:SAMPLE] if not ch.isspace()]
    return sum(1 for ch in visible if ch.isalpha()) / max(len(visible), 1)
