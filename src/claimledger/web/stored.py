"""A story's view and its series as the link stage stored them (``link.stored_views``), else computed.

A stored view is the same JSON the story's computation gives (the link stage made it with
the same code), and it is there only while its inputs are unchanged (the database deletes
it when a write touches them): serving it is one row read instead of ~100 ms of Python.
"""

from __future__ import annotations

from typing import Any

import orjson

from claimledger.ledger import Ledger
from claimledger.link import stored_views
from claimledger.link.views import resolve_story


def story_json(ledger: Ledger, story: str) -> bytes:
    """The story's view as the API's JSON."""
    with ledger.engine.connect() as connection:
        found = stored_views.story_view(connection, resolve_story(story))
    if found is not None:
        return found
    return orjson.dumps(ledger.story(story).as_dict(), option=stored_views.JSON_OPTIONS)


def story_dict(ledger: Ledger, story: str) -> dict[str, Any]:
    """The story's view as plain data (the HTML page)."""
    with ledger.engine.connect() as connection:
        found = stored_views.story_view(connection, resolve_story(story))
    return orjson.loads(found) if found is not None else ledger.story(story).as_dict()


def series_dicts(ledger: Ledger, quantity: str, *, side: str | None = None, place: str | None = None,
                 story: str | None = None, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Series of one quantity as plain data: a story's, unfiltered, from its stored view when it has one."""
    if story and not (side or place or since or until):
        with ledger.engine.connect() as connection:
            found = stored_views.story_series(connection, resolve_story(story), quantity)
        if found is not None:
            return found
    return [s.as_dict() for s in ledger.series(quantity, side=side, place=place, story=story, since=since,
                                                until=until)]
