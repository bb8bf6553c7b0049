"""A reading of a report's text kept for the last text only.

Several readers of a report's whole text (its quotations, its transcript labels, its
lowered words) are asked of the same report by two or three stages in turn, and of no
other report after it. A cache of one entry serves them without growing over a corpus.
The entry is one (text, answer) pair replaced whole and read once into a local, so a
thread that replaces it meanwhile cannot hand another text's answer to this one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def last_text(copy: Callable[[T], T] | None = None) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """``read(text)`` answered again from its last text; ``copy`` gives each caller an answer of
    its own (``list``, ``dict``) when callers may change it."""
    def wrap(read: Callable[[str], T]) -> Callable[[str], T]:
        held: tuple[str, T] | None = None

        @wraps(read)
        def once(text: str) -> T:
            nonlocal held
            last = held
            if last is None or last[0] != text:
                last = held = (text, read(text))
            return last[1] if copy is None else copy(last[1])
        return once
    return wrap
