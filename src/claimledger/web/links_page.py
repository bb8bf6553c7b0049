"""SQLite: a page of the newest links as one query walking the reports newest first.

``link.views.link_rows`` reads the newest links a batch of reports at a time (ids sent as
``IN (…)`` lists, growing batches), as the item views did; on SQLite a page of 50 links cost
~8 ms of CPU that way. As for the items (web/ordered.py), one statement walks the reports
backwards through their ``(published, id)`` index (``CROSS JOIN``: the reports stay the
outer loop), finds each report's links by index, and stops when the page is full. The
rows, their order and the cursor's meaning are link_rows' own (newest report first, undated
last; within a report, surest link first); PostgreSQL keeps link_rows.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, desc, tuple_

from claimledger.ledger import schema
from claimledger.link import views
from claimledger.web.ordered import from_reports

d, lk = schema.documents, schema.links


@lru_cache(maxsize=16)
def _statement(dated: bool, start: bool, kind: bool) -> Any:
    """The links of the reports from a report on (``:published``, ``:id``, inclusive), newest first."""
    query = from_reports(views._links_query())  # link_rows' columns and joins, the reports read first
    if kind:
        query = query.where(lk.c.kind == bindparam("kind"))
    if dated:
        query = query.where(d.c.published.is_not(None))
        if start:
            query = query.where(tuple_(d.c.published, d.c.id) <= tuple_(bindparam("published"), bindparam("id")))
        query = query.order_by(desc(d.c.published), desc(d.c.id), desc(lk.c.confidence), lk.c.pk)
    else:
        query = query.where(d.c.published.is_(None))
        if start:
            query = query.where(d.c.id <= bindparam("id"))
        query = query.order_by(desc(d.c.id), desc(lk.c.confidence), lk.c.pk)
    return query.limit(bindparam("wanted"))


def newest_links(connection: Any, kind: str | None, limit: int,
                 after: tuple[str | None, str, int] | None) -> list[dict]:
    """What ``link_rows(connection, kind=kind, limit=limit, after=after)`` gives: up to ``limit``
    links, newest report first, from ``after`` = (published, document, n) on past that document's
    first n links."""
    found: list[dict] = []
    skip = after[2] if after else 0
    start: tuple[str | None, str] | None = (after[0], after[1]) if after else None
    bound = {"kind": kind} if kind else {}
    for dated in (True, False):
        if dated and start is not None and start[0] is None:
            continue  # an undated report's cursor: the dated ones were all given
        params = {**bound, "wanted": limit - len(found) + skip}
        if start is not None:
            params.update({"published": start[0], "id": start[1]} if dated else {"id": start[1]})
        rows = connection.execute(_statement(dated, start is not None, bool(kind)), params).mappings().all()
        found += [views._link_row(row) for row in rows[skip:]]  # the cursor's report: its first n links given
        skip, start = 0, None  # the undated reports come after the dated ones, from the first
        if len(found) >= limit:
            break
    return found
