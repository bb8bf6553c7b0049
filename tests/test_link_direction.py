"""Direction of an undated rewrite: fact shares a few points apart do not decide it, the
fuller telling (the longer text) is the origin. Facts of a Sahel ambush, written for this test."""

from __future__ import annotations

from test_link_derivatives import facts_record

from claimledger.link.derivatives import compare

PEOPLE = ["Souleymane Dicko", "Amadou Traore", "Fatou Sangare"]
FIGURES = [("killed", 27, None), ("wounded", 14, None), ("displaced", 3000, None)]


def test_nearly_equal_fact_shares_leave_the_direction_to_the_longer_telling() -> None:
    long_text = "Gunmen ambushed a convoy near Djibo on the road to Ouahigouya. " * 12
    short_text = "Gunmen ambushed a convoy near Djibo. " * 5
    # the condensed report names a witness the wire does not; the wire two villages more: of each
    # report's facts nearly the same share is shared (the wire's a little more), which decides nothing
    wire = facts_record("sha256:w", "", PEOPLE, FIGURES, ["Djibo", "Arbinda", "Kaya"], words=long_text)
    short = facts_record("sha256:s", "", PEOPLE + ["Issa Kone"], FIGURES, ["Djibo"], words=short_text)
    for a, b in ((wire, short), (short, wire)):
        link = compare(a, b)
        assert link is not None and link.kind == "rewrite"
        assert (link.document, link.origin) == ("sha256:s", "sha256:w")
        assert link.evidence["direction"] == "length"
