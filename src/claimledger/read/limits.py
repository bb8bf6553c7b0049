"""The size cap on input, and reading within it.

Every reader reads in bounded pieces and at most the cap for one report (a file read
whole, a record, an archived page), so memory stays bounded whatever the input: a 1 GB
text file, ``/dev/zero`` on stdin, or a small archive that unpacks to gigabytes is one
error line, not an exhausted machine. The cap is ``CLAIMLEDGER_MAX_MB`` megabytes
(default 50).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO

from claimledger.read.errors import InputError, shown

ENV_VAR = "CLAIMLEDGER_MAX_MB"
DEFAULT_MAX_MB = 50.0
PIECE = 1 << 20  # bytes per read: large enough to be fast, small enough to stop early


@dataclass(frozen=True)
class Limits:
    max_bytes: int = int(DEFAULT_MAX_MB * 1_000_000)

    @classmethod
    def from_env(cls) -> Limits:
        """The cap from ``CLAIMLEDGER_MAX_MB``; a bad value is refused with one line."""
        value = os.environ.get(ENV_VAR)
        if not value:
            return cls()
        try:
            megabytes = float(value)
        except ValueError:
            megabytes = -1.0
        if not 0 < megabytes < 1e6:
            raise ValueError(f"{ENV_VAR} must be a number of megabytes above 0, not {value!r}")
        return cls(max(1, int(megabytes * 1_000_000)))

    @property
    def shown(self) -> str:
        return f"{self.max_bytes / 1_000_000:g} MB"


def read_capped(stream: IO[bytes], label: str, limits: Limits) -> bytes:
    """All of ``stream`` when it holds at most the cap; else an InputError, having read
    no more than the cap and one piece."""
    pieces: list[bytes] = []
    size = 0
    while piece := stream.read(min(PIECE, limits.max_bytes + 1 - size)):
        pieces.append(piece)
        size += len(piece)
        if size > limits.max_bytes:
            raise InputError(f"{shown(label)}: larger than the {limits.shown} size cap for one report "
                             f"(set {ENV_VAR} to raise it)")
    return b"".join(pieces)


def skip_line(stream: IO[bytes]) -> None:
    """Read past the rest of an over-long line, a piece at a time."""
    while (piece := stream.readline(PIECE)) and not piece.endswith(b"\n"):
        pass
