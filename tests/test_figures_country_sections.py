"""A roundup sets out its lists under country headings ("Mali" over "- Soldiers killed: 8"):
the soldiers a labelled line counts are that state's. A heading that names no state, or a
block with no heading, leaves the side to the rest of the report. Pages written for these
tests."""

from __future__ import annotations

from claimledger.analyze import analyze
from claimledger.model import Document

ROUNDUP = """Weekly roundup, Sahel

Mali
- Soldiers killed: 8
- Civilians killed: 21

Niger
- Troops killed: 6
"""

NO_COUNTRY = """Kharkiv region: overnight attack

Casualties
Soldiers killed - 4
Injured - 19
"""


def figures(nlp, text: str) -> set[tuple[float, str, str | None]]:
    return {(f["value"], f["quantity"], f["side"]) for f in analyze(Document(text=text), nlp)["figures"]}


def test_a_country_heading_names_its_soldiers_side(nlp):
    assert {(8, "killed", "ML"), (6, "killed", "NE")} <= figures(nlp, ROUNDUP)


def test_a_heading_that_names_no_state_gives_no_side(nlp):
    assert (4, "killed", None) in figures(nlp, NO_COUNTRY)
