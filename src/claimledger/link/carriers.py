"""One origin's statement and every report that carries it.

Contradictions are between independent origins (:mod:`claimledger.link.origins`): a
copy, a rewrite or a credited relay of a report says what its origin said, so a
report disputing the wire is disputing the wire once, however many outlets repeat it.
Before statements are compared they are folded to their origins here:

* a figure statement joins an earlier statement of the same origin (the origin's own
  report first, then the earliest) when it gives the same value, or, told by another
  report of that origin, a value the first one allows (a rewrite's "no fewer than 40"
  is the wire's "at least 40", whoever the rewrite names as its speaker);
* the statement keeps every report that carries it (``documents``), the origin's own
  first, and every source family its carriers name (``families``): a rewrite may name
  the speaker otherwise ("the Emergency Response Room" for "a local aid group"), and a
  family's own later figure is still an update, not a contradiction.

Two statements of one origin never contradict each other: one outlet's telling is one
source, whatever it quotes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from claimledger.link.series_model import Statement


def overlap(a: tuple[float, float | None], b: tuple[float, float | None]) -> bool:
    """Whether two allowed intervals share a value (None: no upper end)."""
    a_hi = float("inf") if a[1] is None else a[1]
    b_hi = float("inf") if b[1] is None else b[1]
    return a[0] <= b_hi and b[0] <= a_hi


@dataclass
class OriginStatement:
    """One origin's statement of a figure, with the reports that carry it."""

    first: Statement  # the origin's own report's wording, else the earliest carrier's
    carriers: list[Statement] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return self.first.origin

    @property
    def families(self) -> set[str]:
        return {s.family for s in self.carriers}

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(s.document for s in self.carriers))

    @property
    def outlets(self) -> list[str | None]:
        seen: dict[str, str | None] = {}
        for s in self.carriers:
            seen.setdefault(s.document, s.outlet)
        return list(seen.values())


def _first_order(s: Statement) -> tuple:
    # the origin's own report first: it is what the copies repeat; then the earliest
    return (s.document != s.origin, s.date is None, s.date or "", s.document, s.figure)


def _same(held: Statement, s: Statement) -> bool:
    if held.value == s.value:
        return True
    return held.document != s.document and overlap(held.interval, s.interval)


def origin_statements(items: Iterable[Statement]) -> list[OriginStatement]:
    """The statements of one series folded to their origins (rules in the module docstring)."""
    out: list[OriginStatement] = []
    by_origin: dict[str, list[OriginStatement]] = defaultdict(list)
    for s in sorted(items, key=_first_order):
        held = next((o for o in by_origin[s.origin] if _same(o.first, s)), None)
        if held is None:
            held = OriginStatement(s)
            by_origin[s.origin].append(held)
            out.append(held)
        held.carriers.append(s)
    return out


def documents_and_outlets(pairs: Sequence[tuple[str, str | None]]) -> tuple[list[str], list[str | None]]:
    """Distinct (document, outlet) pairs in order, as two parallel lists."""
    seen: dict[str, str | None] = {}
    for document, outlet in pairs:
        seen.setdefault(document, outlet)
    return list(seen), list(seen.values())
