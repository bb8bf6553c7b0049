"""Independent origins: families of reports joined by derivative links."""

from claimledger.link.origins import Edge, independent_origins, origin_map


def test_copies_and_rewrites_of_one_story_are_one_origin_named_by_the_report_they_derive_from() -> None:
    published = {"wire": "2025-04-12", "copy": "2025-04-12", "rewrite": "2025-04-13", "other": "2025-04-12"}
    edges = [Edge("copy", "wire"), Edge("rewrite", "copy")]
    origins = origin_map(published, edges, published)
    # "copy" sorts before "wire" and has the same date: the family is still named by the wire story
    assert origins == {"wire": "wire", "copy": "wire", "rewrite": "wire", "other": "other"}
    assert independent_origins(published, origins) == 2


def test_relays_crediting_one_outside_agency_are_one_origin() -> None:
    published = {"a": "2025-03-03", "b": "2025-03-04", "c": None}
    edges = [Edge("a", None, "AFP"), Edge("b", None, "afp ")]
    origins = origin_map(published, edges, published)
    assert origins["a"] == origins["b"] == "outlet:afp"
    assert origins["c"] == "c"


def test_an_undated_report_does_not_name_a_family_of_dated_ones() -> None:
    published = {"undated": None, "dated": "2025-01-02"}
    origins = origin_map(published, [Edge("undated", "dated"), Edge("dated", "undated")], published)
    assert origins == {"undated": "dated", "dated": "dated"}
