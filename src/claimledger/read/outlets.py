"""News outlets and agencies as one table: every spelling and web host that names a
publisher, read from ``data/agencies.tsv`` (wire agencies) and ``data/outlets.tsv``
(broadcasters, papers, state media, news sites). The reader asks it whether a trailer's
"Source: Al Jazeera" names a publisher; the link stage resolves credits with it; the
silence reader tells a newsroom's caveat from a party's silence with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.data import read_table


@dataclass(frozen=True)
class Outlets:
    """The outlet tables: spellings and hosts → canonical name, and a whole-word pattern."""

    by_alias: dict[str, str]  # as written and in capitals
    by_folded: dict[str, str]  # case-folded names and aliases, for whole values only
    by_host: dict[str, str]
    pattern: str  # regex alternation of the aliases, longest first (no group)


@lru_cache(maxsize=1)
def outlets() -> Outlets:
    """Read ``agencies.tsv`` and ``outlets.tsv`` once."""
    by_alias: dict[str, str] = {}
    by_folded: dict[str, str] = {}
    by_host: dict[str, str] = {}
    for table in ("agencies.tsv", "outlets.tsv"):
        for name, aliases, hosts in read_table(table):
            for alias in [name, *aliases.split("|")]:
                by_alias[alias] = by_alias[alias.upper()] = name
                by_folded[alias.casefold()] = name
            for host in hosts.split("|"):
                by_host[host] = name
    spellings = sorted(by_alias, key=len, reverse=True)
    pattern = "|".join(re.escape(s) for s in spellings)
    return Outlets(by_alias, by_folded, by_host, pattern)
