"""Folding: a derivative's links that only repeat its family tree give way, so each copy,
rewrite or relay shows one origin, whatever order the reports arrive in."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from test_link_run import SAMPLES, CachedAnalyzer, db_url, ledger  # noqa: F401 - fixtures

from claimledger.ledger import Ledger
from claimledger.link.fold import Edge, redundant


def edge(document: str, origin: str, kind: str = "copy", confidence: float = 0.8, by_person: bool = False) -> Edge:
    return Edge(document, origin, kind, confidence, stored=False, by_person=by_person)


def test_a_sibling_copy_gives_way_to_the_wire_both_copy() -> None:
    to_wire, to_sibling = edge("b", "wire", confidence=0.9), edge("b", "a", confidence=0.85)
    dropped = redundant([to_wire, to_sibling, edge("a", "wire")], {"a": {"wire"}})
    assert dropped == {to_sibling: to_wire}


def test_a_credit_keeps_the_link_to_the_credited_wire() -> None:
    credited, to_copy = edge("b", "wire", "credited", 0.7), edge("b", "a", "copy", 0.95)
    assert redundant([credited, to_copy], {"a": {"wire"}}) == {to_copy: credited}


def test_a_copy_of_a_wrapper_keeps_the_nearer_origin() -> None:
    # b copied a's own lead and tail as well as the wire inside it: a is b's origin
    to_wrapper, to_wire = edge("b", "a", confidence=0.98), edge("b", "wire", "rewrite", 0.7)
    assert redundant([to_wrapper, to_wire], {"a": {"wire"}}) == {to_wire: to_wrapper}


def test_unrelated_origins_and_a_persons_links_stay() -> None:
    assert redundant([edge("b", "x"), edge("b", "y")], {}) == {}
    by_person = edge("b", "a", confidence=0.5, by_person=True)
    assert redundant([edge("b", "wire", confidence=0.9), by_person], {"a": {"wire"}}) == {}


def test_each_derivative_shows_one_origin_in_the_ledger(ledger: Ledger) -> None:  # noqa: F811
    origins = Counter(row["document"] for row in ledger.links() if row["origin"])
    assert origins and max(origins.values()) == 1, origins


def test_arrival_order_gives_the_same_tree(tmp_path: Path) -> None:
    """Copies first, wire last, linked one at a time: the tree is still one origin each,
    and the reports fall into the same families (independent origins) as in publication order."""
    def build(name: str, files: list[Path]) -> tuple[Counter[str], set[frozenset[str]]]:
        with Ledger(f"sqlite:///{tmp_path / name}") as opened:
            for path in files:
                opened.ingest_paths([path], analyzer=CachedAnalyzer())
                opened.link()
            rows = [row for row in opened.links() if row["origin"]]
        return Counter(row["document"] for row in rows), families([(r["document"], r["origin"]) for r in rows])

    files = sorted(SAMPLES.glob("*.json"))
    forward, forward_families = build("forward.db", files)
    backward, backward_families = build("backward.db", files[::-1])
    assert max(backward.values()) == 1 and max(forward.values()) == 1
    assert backward_families == forward_families and len(forward_families) >= 1


def families(pairs: list[tuple[str, str]]) -> set[frozenset[str]]:
    """The connected groups of linked reports."""
    group: dict[str, set[str]] = {}
    for a, b in pairs:
        merged = group.get(a, {a}) | group.get(b, {b})
        for member in merged:
            group[member] = merged
    return {frozenset(members) for members in group.values()}
