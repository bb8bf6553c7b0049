"""What readers yield in place of a report they cannot give: errors and warnings.

Bad input never raises out of the readers: an :class:`InputError` stands in the stream
where the report would have been, so a batch goes on past one bad file or record. An
:class:`InputWarning` says something was repaired on the way (a few bytes that were not
UTF-8) and the report follows it in the stream.
"""

from __future__ import annotations

STDIN = "-"


class InputError(Exception):
    """Bad input, with one human-readable line that names the file (no traceback)."""


class InputWarning(str):
    """A note about input that was read anyway, one line naming the file. A ``str`` so
    that it prints and compares as its message."""

    __slots__ = ()


def shown(source: str) -> str:
    """How a source is named in messages: "-" alone would read like a typo."""
    if source == STDIN or source.startswith(STDIN + ":"):
        return "<stdin>" + source[1:]
    return source
