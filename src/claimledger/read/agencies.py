"""News agencies and web hosts: who a credit, a byline or a trailer names.

The table is data (``data/agencies.tsv``); this module turns a spelling or a URL into
the agency's recorded name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from claimledger.data import read_table


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
    try:
        netloc = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # "http://[" and the like: no host can be read from it
        return None
    if not netloc or "." not in netloc:
        return None
    return netloc.removeprefix("www.")


def origin_from(value: str) -> str | None:
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
