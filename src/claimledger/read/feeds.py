"""RSS and Atom feeds: one report per entry, its full content when the feed carries
it, else its summary. Feeds are small; one is read whole, within the size cap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from claimledger.model import Document
from claimledger.read.agencies import host_of
from claimledger.read.cleanup import read_text
from claimledger.read.errors import InputError, shown
from claimledger.read.limits import Limits, read_capped
from claimledger.read.pages import html_to_text


def read_feed(stream: IO[bytes], label: str, limits: Limits) -> Iterator[Document | InputError]:
    import feedparser

    feed = feedparser.parse(read_capped(stream, label, limits))
    if not feed.get("version") or not feed.entries:
        # feedparser reads any XML with <item>s as entries: only a known feed version counts.
        why = f" ({str(feed.bozo_exception)[:120]})" if feed.get("bozo") else ""
        raise InputError(f"{shown(label)}: not an RSS or Atom feed with entries{why}")
    site = host_of(feed.feed.get("link"))
    for number, entry in enumerate(feed.entries, start=1):
        yield _entry(entry, site, f"{label}:{number}")


def _entry(entry: Any, site: str | None, source: str) -> Document | InputError:
    body = _entry_body(entry)
    if not body:
        return InputError(f"{shown(source)}: feed entry has no text")
    link = entry.get("link") or None
    try:
        return read_text(body, title=entry.get("title") or None, url=link, published=_feed_date(entry),
                         outlet=host_of(link) or site, source=source)
    except InputError as err:
        return err


def _entry_body(entry: Any) -> str:
    """The longest text the entry has: full content (content:encoded, Atom content) or
    the summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    texts = [html_to_text(c) for c in candidates if c and c.strip()]
    return max(texts, key=len, default="")


def _feed_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
            except ValueError:
                return None
    return None
