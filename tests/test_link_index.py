"""Rewrite candidates ranked by the rarity of the fact keys they share, not by their count.

The archive here is a month of reports on a siege of El Fasher: every one names the city,
the paramilitary's spokesman and a round toll; one earlier report also names a small camp
and a displacement figure that the new report repeats. Keys and ids are made up for the test.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine

from claimledger.ledger import db, migrate, schema
from claimledger.link import index
from claimledger.link.index import FACT_CANDIDATES, MAX_POSTINGS, key_weight, rank_by_rarity

COMMON = ["place:el fasher", "person:hamdan", "fig:killed|20"]
RARE = ["place:abu shouk", "fig:displaced|1350"]
CROWD = [f"sha256:crowd{i:03d}" for i in range(FACT_CANDIDATES + 20)]
ORIGIN = "sha256:origin"


def test_a_key_found_in_fewer_reports_weighs_more() -> None:
    weights = [key_weight(n) for n in (1, 2, 10, 100, MAX_POSTINGS)]
    assert weights == sorted(weights, reverse=True)
    assert weights[-1] > 0  # a common key still counts towards the two a candidate needs
    assert key_weight(0) == key_weight(1)


def test_two_rare_shared_keys_outrank_three_common_ones() -> None:
    # Sixty reports share the city, the spokesman and the toll with the new report; the
    # origin shares only the camp and the displacement figure, which nobody else carries.
    postings = {key: list(CROWD) for key in COMMON}
    postings.update({key: [ORIGIN] for key in RARE})
    ranked = rank_by_rarity(postings)
    assert len(ranked) == FACT_CANDIDATES
    assert ranked[0][0] == ORIGIN
    # A count of shared keys would have put every crowd report (3 keys) before the origin (2).
    assert ranked[0][1] > ranked[1][1]


def test_one_shared_key_is_no_candidate_and_ties_keep_their_order() -> None:
    postings = {"place:kadugli": ["sha256:a", "sha256:b", "sha256:c"],
                "person:kuku": ["sha256:b", "sha256:a"], "fig:killed|14": ["sha256:d"]}
    ranked = [d for d, _ in rank_by_rarity(postings)]
    assert ranked == ["sha256:a", "sha256:b"]  # c and d share one key each
    assert rank_by_rarity({}) == []
    assert rank_by_rarity({"k": ["x", "x"], "j": ["x"]})[0][0] == "x"  # a repeated posting counts once


def _ledger(tmp_path) -> Engine:  # type: ignore[no-untyped-def]
    engine = db.create(f"sqlite:///{tmp_path / 'ledger.db'}")
    migrate.upgrade(engine)
    return engine


def test_the_origin_survives_a_crowded_month_in_the_ledger(tmp_path) -> None:
    engine = _ledger(tmp_path)
    day = date(2024, 6, 10)
    with db.writing(engine) as connection:
        for i, doc in enumerate(CROWD):  # the crowd is nearer in time than the origin
            published = (day - timedelta(days=i % 3)).isoformat()
            index.replace_keys(connection, schema.fact_keys, doc, published, COMMON)
        index.replace_keys(connection, schema.fact_keys, ORIGIN, (day - timedelta(days=4)).isoformat(),
                           COMMON[:1] + RARE)
        index.replace_keys(connection, schema.fact_keys, "sha256:new", day.isoformat(), COMMON + RARE)
    with engine.connect() as connection:
        found = index.fact_candidates(connection, "sha256:new", COMMON + RARE, day.isoformat())
    engine.dispose()
    assert found[0][0] == ORIGIN and len(found) == FACT_CANDIDATES
    assert "sha256:new" not in {d for d, _ in found}
