"""A move of forces announced or agreed in the future tense (extract/events_committed.py):
an event told as possible. Vows, threats, fears, conditions and bare intentions stay
unsaid. Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import pytest
from test_events_phrasings import events as events_of


@pytest.mark.parametrize(("text", "kind", "side"), [
    # agreed: the terms of a deal bind the side that moves
    ("Under the deal, army units will pull back from three rural districts near Tibu, Colombia.", "withdraw", "CO"),
    ("Under the first phase of the truce, Israeli troops will pull back from populated areas of Gaza.",
     "withdraw", "IL"),
    ("The accord provides that Rwandan troops will withdraw from eastern Congo within 90 days.", "withdraw", "RW"),
    ("Under the ceasefire agreement, Ethiopian troops will withdraw from Tigray's border towns.", "withdraw", "ET"),
    # announced: a government gives the count of the force it sends
    ("Interior Minister Esteban Carrasco said 1,500 more soldiers would be sent to Guayaquil next week.",
     "deploy", "EC"),
    ("The defence ministry said it will deploy 2,000 more troops to the border region next month.", "deploy", None),
    ("Chad will send 1,000 soldiers to the Lake Chad region, the defence ministry said on Tuesday.", "deploy", "TD"),
    ("The Philippine military announced that two battalions would be deployed to Sulu before the elections.",
     "deploy", "PH"),
])
def test_an_agreed_or_announced_move_is_a_possible_event(nlp, text, kind, side):
    found = [e for e in events_of(nlp, text) if e["type"] == kind]
    assert found, events_of(nlp, text)
    assert all(e["certainty"] == "possible" for e in found)
    if side:
        assert {(e["actor"] or {}).get("side") for e in found} == {side}


@pytest.mark.parametrize("text", [
    "The rebels said they would not attack civilians and would withdraw from Goma if talks resumed.",
    "Residents fear the militants will return and the army will withdraw from the village.",
    "The army chief vowed that his troops would retake Kidal and would deploy two brigades to the north.",
    "Al-Shabaab warned that its fighters would withdraw from no town while foreign troops remain.",
    "Officials hope the RSF will withdraw from El Fasher before the rainy season.",
    "The junta plans to send 500 soldiers to Menaka.",
    "If the talks fail, Sudan will send 3,000 troops to the border, the minister said.",
])
def test_a_vow_a_fear_a_hope_or_a_condition_stays_unsaid(nlp, text):
    assert not [e for e in events_of(nlp, text) if e["type"] in {"deploy", "withdraw"}], events_of(nlp, text)
