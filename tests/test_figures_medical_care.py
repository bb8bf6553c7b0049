"""People in medical care after violence, told without the word "wounded" (figures/verb_frames.py,
_in_medical_care): in hospital, treated for wounds, seeking or receiving medical help. Texts
written for these tests, across wars and outlets; look-alikes that are no wound stay as they were.
Also: people of a body only a state has (a national guard, gendarmes: data/event_words.tsv's
state_body list) are the report's state's (figures/sides._government_side)."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _quantity(text: str, value: int) -> str:
    return next(f["quantity"] for f in analyze(Document(text=text))["figures"] if f["value"] == value)


@pytest.mark.parametrize("text, value", [
    ("Fourteen people were treated for shrapnel wounds after the shelling of Kherson, the governor said.", 14),
    ("Medics in Osh said 41 people remain in hospital after Tuesday's clashes.", 41),
    ("More than 110 citizens sought medical help after the riot in Khorog, the ministry said.", 110),
    ("Nine soldiers received treatment at the field clinic near Mopti after the ambush, the army said.", 9),
    ("Doctors said 25 children needed medical care after the strike on a market in Taiz.", 25),
    ("Some 17 residents of Sittwe were still in hospital on Friday, a day after the shelling.", 17),
])
def test_people_in_medical_care_after_violence_are_wounded(text, value):
    assert _quantity(text, value) == "wounded"


@pytest.mark.parametrize("text, value, quantity", [
    ("About 600 people sought refuge in the church at Bossangoa, the priest said.", 600, "displaced"),
    ("Police in Lahore said 300 protesters were treated as suspects.", 300, "other"),
    ("Some 2,000 families in Kassala need food aid, the agency said.", 2000, "other"),
])
def test_care_words_that_tell_no_wound_keep_their_reading(text, value, quantity):
    assert _quantity(text, value) == quantity


@pytest.mark.parametrize("text, value, side", [
    ("TASHKENT - Uzbekistan's interior ministry said on Sunday that the situation in Nukus was calm. "
     "About 1,500 National Guard troops had been sent to the republic.", 1500, "UZ"),
    ("NOUMEA - France's interior minister said order would be restored. Some 1,000 gendarmes were flown in "
     "from Paris overnight.", 1000, "FR"),
])
def test_people_of_a_body_only_a_state_has_are_the_reports_state(text, value, side):
    figure = next(f for f in analyze(Document(text=text))["figures"] if f["value"] == value)
    assert figure["side"] == side
