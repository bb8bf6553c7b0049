"""The candidate indexes in the ledger: which stored reports a new one may derive from.

Two inverted indexes, both plain tables with a key and a document: LSH band keys of
the word-shingle MinHash (near-identical text: copies, wire stories wrapped in an
outlet's lead) and fact keys from the record (the same figures and speakers in other
words: rewrites). A lookup reads a bounded number of rows per key (a LIMIT on an
index range scan, near the report's date for facts), so its cost does not grow with
the ledger: that is what lets a new report be linked without a rebuild.

Fact candidates are ranked by the rarity of the keys they share, not by how many: in a
dense archive (a month of reports on one city's siege) every report shares the city, the
main armed groups' spokesmen and the round tolls with dozens of others, and a count of
shared keys lets those crowd the true origin out of the bounded candidate list. Each
key weighs its inverse document frequency near the report's date, estimated from the
postings its bounded lookup returned (a key at the read limit is common; a key found in
one other report is rare), so the estimate costs no lookup beyond those already made.

datasketch computes the MinHash signatures and band keys; it keeps its own LSH index
in memory or in Redis/Cassandra only, so the index itself is these SQL tables.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from sqlalchemy import Connection, Table, delete, insert, select

from claimledger.ledger import schema

PER_KEY = 200  # postings read per key, at most: a key shared by more reports is no evidence
LSH_CANDIDATES = 40  # reports compared as possible copies, at most
FACT_CANDIDATES = 40  # reports compared as possible rewrites, at most
FACT_MIN_SHARED = 2  # one shared fact (a toll, a name) is a coincidence, two start a candidate
FACT_WINDOW_DAYS = 10  # rewrites follow their origin within days
# The most postings one fact key's lookup can return (before, after, undated): a key there
# is as common as the index can tell, and weighs least.
MAX_POSTINGS = 2 * PER_KEY + PER_KEY // 4


def replace_keys(connection: Connection, table: Table, document_id: str, published: str | None,
                 keys: Iterable[str]) -> None:
    """Index ``document_id`` under ``keys`` (instead of any keys it had)."""
    connection.execute(delete(table).where(table.c.document_id == document_id))
    values = [{"key": key[:200], "document_id": document_id, "published": published}
              for key in sorted(set(keys))]
    if values:
        connection.execute(insert(table), values)


def lsh_candidates(connection: Connection, document_id: str, keys: Iterable[str]) -> list[str]:
    """Reports sharing an LSH band with this one, most shared bands first."""
    shared = _postings(connection, schema.lsh_keys, document_id, keys)
    return [d for d, _ in shared.most_common(LSH_CANDIDATES)]


def fact_candidates(connection: Connection, document_id: str, keys: Iterable[str],
                    published: str | None) -> list[tuple[str, float]]:
    """Reports near this one's date sharing at least two fact keys, the rarest shared first
    (see :func:`rank_by_rarity`), with their scores."""
    day = _day(published)
    postings = {key: _near(connection, schema.fact_keys, key[:200], document_id, day) for key in sorted(set(keys))}
    return rank_by_rarity(postings)


def key_weight(postings: int) -> float:
    """A key's weight from how many other reports its lookup found: a smoothed inverse
    document frequency, log(1 + MAX_POSTINGS / n), from about 6.1 for a key one other
    report holds to 0.69 for a key at the read limit (never zero: a common key shared
    still counts towards the two a candidate needs)."""
    return math.log1p(MAX_POSTINGS / max(1, postings))


def rank_by_rarity(postings: Mapping[str, Iterable[str]], limit: int = FACT_CANDIDATES) -> list[tuple[str, float]]:
    """Candidates from each key's postings: those sharing ``FACT_MIN_SHARED`` keys at least,
    by the summed weight of the keys they share (:func:`key_weight`), highest first, at most
    ``limit``. Ties keep the order they were first met in."""
    score: dict[str, float] = {}
    shared: Counter[str] = Counter()
    for documents in postings.values():
        found = list(dict.fromkeys(documents))
        weight = key_weight(len(found))
        for document in found:
            score[document] = score.get(document, 0.0) + weight
            shared[document] += 1
    eligible = [d for d in score if shared[d] >= FACT_MIN_SHARED]
    eligible.sort(key=lambda d: -score[d])  # stable: ties keep the order first met
    return [(d, round(score[d], 3)) for d in eligible[:limit]]


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def _near(connection: Connection, table: Table, key: str, document_id: str, day: date | None) -> list[str]:
    """The postings of a key nearest a date: the days before it (newest first), the days after
    (oldest first) and the undated, each a range of the (key, published) index read from its
    near end with a LIMIT, so that a common key costs no more than a rare one and the origin a
    day back is never cut off by older postings."""
    base = select(table.c.document_id).where(table.c.key == key, table.c.document_id != document_id)
    if day is None:
        return list(connection.execute(base.order_by(table.c.published.desc()).limit(PER_KEY)).scalars())
    span = timedelta(days=FACT_WINDOW_DAYS)
    lo, iso, hi = (day - span).isoformat(), day.isoformat(), (day + span).isoformat()
    found = list(connection.execute(base.where(table.c.published.between(lo, iso))
                                    .order_by(table.c.published.desc()).limit(PER_KEY)).scalars())
    found += connection.execute(base.where(table.c.published > iso, table.c.published <= hi)
                                .order_by(table.c.published).limit(PER_KEY)).scalars()
    found += connection.execute(base.where(table.c.published.is_(None)).limit(PER_KEY // 4)).scalars()
    return found


def _postings(connection: Connection, table: Table, document_id: str, keys: Iterable[str]) -> Counter[str]:
    shared: Counter[str] = Counter()
    for key in sorted(set(keys)):
        query = select(table.c.document_id).where(table.c.key == key[:200], table.c.document_id != document_id)
        shared.update(connection.execute(query.limit(PER_KEY)).scalars())
    return shared
