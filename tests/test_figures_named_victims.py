"""People a dash's, colon's or bracket's list names after a count ("two people were killed -
a village guard in Kunar and a shopkeeper in Jalalabad -") are that count's people, named:
no one more is counted for each "a". A lone "a soldier was killed" still counts one. Texts
written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def values(nlp, text: str) -> list[float]:
    return [f["value"] for f in analyze(Document(text=text), nlp)["figures"]]


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed - a village guard in Kunar and a shopkeeper in Jalalabad - and 14 were wounded.",
        "ISOC gave an updated toll: two people were killed - a defence volunteer in Tak Bai and a 56-year-old "
        "rubber tapper in Rueso.",
        "Three people died (a policeman in Bannu and two farmers in Lakki Marwat), officials said.",
        "Two aid workers were killed in El Fasher on Monday: a driver and a nurse, the agency said.",
    ],
)
def test_people_named_after_a_count_are_no_new_count(nlp, text):
    assert 1.0 not in values(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A soldier was killed and two others wounded in an ambush near Kidal, the Malian army said.",
        "Gunmen killed a police officer in Port-au-Prince on Monday, police said.",
    ],
)
def test_a_lone_person_harmed_still_counts_one(nlp, text):
    assert 1.0 in values(nlp, text)
