"""Datelines of agency copy the dateline reader missed (parts.DATELINE): the date after a
full stop, as Interfax and TASS file it ("KYIV. Dec 3 (Interfax-Ukraine) –"), and a Gulf
agency's short name after the date with no brackets ("JEDDAH, Dec 3, SPA --"). Each is
marked as the story's dateline, credits its agency, and is no part of the lead's claim.
Lines written for these tests, across wars."""

from __future__ import annotations

import pytest
from claim_checks import record_of

from claimledger.extract.parts import dateline_credit, report_parts


def page(line: str) -> str:
    return f"Overnight attacks reported\n\n{line}\n\nThe statement gave no further detail.\n"


@pytest.mark.parametrize(("line", "dateline", "credit"), [
    ("KYIV. Dec 3 (Interfax-Ukraine) – Russian forces shelled Kherson overnight, the governor said.",
     "KYIV. Dec 3 (Interfax-Ukraine) –", "Interfax-Ukraine"),
    ("Moscow. December 6 (TASS) - Air defences downed 30 drones over Bryansk, the ministry said.",
     "Moscow. December 6 (TASS) -", "TASS"),
    ("JEDDAH, Dec 3, SPA -- The coalition said it had intercepted a drone launched toward Jazan.",
     "JEDDAH, Dec 3, SPA --", "SPA"),
    ("ABU DHABI, 4 March, WAM -- The UAE condemned the attack on the port of Sudan.",
     "ABU DHABI, 4 March, WAM --", "WAM"),
    # the forms read before stay read
    ("RIYADH, SPA -- The coalition said it had intercepted a drone.", "RIYADH, SPA --", "SPA"),
    ("MOSCOW, December 6. /TASS/. The ministry said 12 drones were downed.", "MOSCOW, December 6. /TASS/.", "TASS"),
])
def test_agency_datelines_are_marked_and_credited(line, dateline, credit):
    text = page(line)
    parts = [p for p in report_parts(text) if p.kind == "dateline"]
    assert [text[p.start:p.end].strip() for p in parts] == [dateline]
    assert dateline_credit(text, parts[0]) == credit


@pytest.mark.parametrize("line", [
    "Kyiv. The army said the town had fallen.",
    "KYIV. Russian forces shelled the city overnight.",
])
def test_a_place_and_a_full_stop_without_a_date_is_no_dateline(line):
    assert [p for p in report_parts(page(line)) if p.kind == "dateline"] == []


def test_the_dateline_is_no_part_of_the_leads_claim():
    record = record_of(page("KYIV. Dec 3 (Interfax-Ukraine) – Russian forces shelled Kherson overnight, "
                            "killing two people, the regional governor said."))
    lead = next(c for c in record["claims"] if "Kherson" in c["text"])
    assert "Interfax" not in lead["text"] and lead["text"].startswith("Russian forces")
