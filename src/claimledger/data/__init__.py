"""Curated tables shipped with claimledger, read with :func:`read_table`."""

from __future__ import annotations

from importlib import resources


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without comments and blank lines."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows
