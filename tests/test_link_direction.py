"""Direction of an undated rewrite: fact shares a few points apart do not decide it, the
fuller telling (the longer text) is the origin. Facts of a Sahel ambush, written for this test."""

from __future__ import annotations

from test_link_derivatives import bare, facts_record

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


def test_a_wire_agencys_report_is_the_origin_of_a_trimmed_wrapper_the_same_day() -> None:
    # The wrapper adds its own lead and cuts the wire's closing paragraph and its "told
    # Reuters": by word containment the wire is now the less contained of the two.
    body = ("Rebels took the river town of Baraka on Sunday after a day of shelling, a local official said. "
            "At least 9 civilians were killed when shells hit the port, a nurse at the clinic said. ") * 6
    wire_tail = ("The army did not answer calls. The province has seen a dozen offensives since 2022, "
                 "and aid agencies say half a million people are displaced around Fizi and Uvira. ") * 2
    wrapper_lead = "Here is what we know about the fall of Baraka, the lakeside town south of Uvira. "
    wire = bare(body + wire_tail, "2026-03-02", ident="sha256:wire")
    wire["document"]["outlet"] = "Reuters"
    wrapper = bare(wrapper_lead + body, "2026-03-02", ident="sha256:wrap")
    wrapper["document"]["outlet"] = "Lakes Courier"
    for a, b in ((wire, wrapper), (wrapper, wire)):
        link = compare(a, b)
        assert link is not None and link.kind == "copy"
        assert (link.document, link.origin) == ("sha256:wrap", "sha256:wire")
        assert link.evidence["direction"] == "wire"


def test_two_wire_agencies_or_none_leave_the_direction_to_containment() -> None:
    body = " ".join(f"Drones struck fuel depot number {n} in Port Sudan on Tuesday, the army said, and the fire "
                    f"spread to quay {n + 1} before dawn." for n in range(8))
    fuller = bare(body + "A witness said the smoke could be seen from the airport. " * 3, "2026-05-06",
                  ident="sha256:full")
    inside = bare(body, "2026-05-06", ident="sha256:in")
    for outlet_full, outlet_in in (("AFP", "Reuters"), (None, None)):
        fuller["document"]["outlet"], inside["document"]["outlet"] = outlet_full, outlet_in
        link = compare(fuller, inside)
        assert link is not None and link.kind == "copy"
        assert (link.document, link.origin) == ("sha256:full", "sha256:in")
        assert link.evidence["direction"] == "containment"
