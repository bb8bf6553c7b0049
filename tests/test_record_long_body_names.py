"""A body whose full name runs past ten words and gives a short form in brackets is named by the
short form in the record, its full name the organization (extract/record.py); shorter names stay
whole. Sentences written for this test."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    return [(c["speaker"]["name"], c["speaker"]["organization"]) for c in analyze(Document(text=text))["claims"]]


@pytest.mark.parametrize(("text", "short", "full"), [
    ("The Directorate of Information and Public Relations of the Armed Forces (DIRPA) said two soldiers "
     "were wounded near the border.", "DIRPA", "Directorate of Information and Public Relations of the Armed Forces"),
    ("The National Commission for Refugees, Migrants and Internally Displaced Persons of Nigeria (NCFRMI) said "
     "4,000 people had reached the camps.", "NCFRMI",
     "National Commission for Refugees, Migrants and Internally Displaced Persons of Nigeria"),
])
def test_a_long_name_goes_by_its_short_form(text, short, full):
    found = speakers_of(text)
    assert found and found[0][0] == short
    assert (found[0][1] or "").removeprefix("The ").removeprefix("the ") == full


@pytest.mark.parametrize("text", [
    "The United Nations Assistance Mission in Afghanistan (UNAMA) said 12 civilians were killed.",
    "The Office for the Coordination of Humanitarian Affairs (OCHA) said 3,000 families had fled.",
])
def test_a_shorter_name_stays_whole(text):
    found = speakers_of(text)
    assert found and found[0][0].endswith(")") and found[0][1] is None
