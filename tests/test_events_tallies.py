"""A count kept over months is a tally of many acts, not an act (events_tallies.py); a count
over a week or since a weekday is still the acts told. Sentences written for these tests, in
state-media, wire and NGO styles from several wars."""

from __future__ import annotations

import pytest
from test_events_phrasings import events


@pytest.mark.parametrize("text", [
    "Police and counter-terrorism personnel have arrested 1,140 suspects in more than 8,400 "
    "intelligence-based operations across the province since January.",
    "Israeli forces have arrested about 9,000 Palestinians in the West Bank since October 2023, a prisoners' "
    "group said.",
    "Since the start of the year, the coalition has carried out more than 300 airstrikes on Houthi positions.",
    "Security forces have killed 612 militants in Balochistan so far this year, the provincial government said.",
])
def test_a_count_over_months_is_no_act(nlp, text):
    assert not [e for e in events(nlp, text) if e["type"] in {"attack", "capture"}], events(nlp, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Troops have killed 23 bandits and rescued 41 kidnapped victims in Benue in the past one week, the DHQ "
     "said.", "attack"),
    ("Police arrested 14 gang members in Port-au-Prince since Monday, a spokesman said.", "capture"),
    ("Troops arrested 17 suspected criminals in Benue on Tuesday, the army said.", "capture"),
])
def test_a_count_over_days_is_still_the_acts(nlp, text, kind):
    assert [e for e in events(nlp, text) if e["type"] == kind], events(nlp, text)
