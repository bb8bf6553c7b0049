"""People taken into shelters, driven from their homes, or counted right after a sentence of
families leaving are displaced; an air force's or a navy's ranks are a force (texts written for
these tests, across wars and outlet styles):

- "were housed in schools", "registered at a transit camp", "sheltering in a church" (states.sheltering);
- "forced an estimated 6,000 residents from their villages", with "from" read on the people;
- "Many families have fled to Goma. I would say about 300 people this week." (an interview
  answer that only puts a number on the sentence before);
- not troops housed in barracks, nor prisoners in a jail, nor a count with its own predicate.
"""

from __future__ import annotations

import pytest
from figure_texts import figures

from claimledger.analyze import analyze
from claimledger.model import Document


def _quantity(text: str, value: int) -> str | None:
    return next((f.quantity for f in figures(text) if f.value == value), None)


@pytest.mark.parametrize("text, value", [
    ("Local officials in Ituri said around 250 families had been housed in two schools after the raid.", 250),
    ("The provincial disaster agency said some 900 people from the valley had been registered at a transit "
     "camp outside Peshawar.", 900),
    ("About 1,300 residents of Kidal were sheltering in a church and a mosque on Thursday, a priest said.", 1300),
    ("Since October the fighting around Lashio has forced an estimated 6,000 residents from their villages, "
     "the UN said.", 6000),
    ("The clashes in Ouham drove about 2,000 people out of their homes, aid workers said.", 2000),
])
def test_people_taken_in_or_driven_out_are_displaced(text, value):
    assert _quantity(text, value) == "displaced"


@pytest.mark.parametrize("text, value", [
    ("Q: How are people in Rutshuru coping?\nA: Many families have fled to Goma. I would say about "
     "300 people this week. The schools are closed.", 300),
    ("Many villagers have left for Sittwe since the shelling. We estimate some 1,500 people so far, "
     "the camp manager said.", 1500),
])
def test_a_number_put_on_the_leaving_just_told_is_of_the_displaced(text, value):
    assert _quantity(text, value) == "displaced"


@pytest.mark.parametrize("text, value", [
    ("About 2,000 soldiers were housed at the barracks in Gao, the army said.", 2000),
    ("Some 400 prisoners were housed in the central jail in Juba, officials said.", 400),
    ("Many families have left for Bouna. I would say about 300 people were killed in the raid.", 300),
    ("Many families have left the town.\n\nThe market usually hosts about 400 traders on Fridays.", 400),
])
def test_others_taken_in_or_counted_are_not_displaced(text, value):
    assert _quantity(text, value) != "displaced"


@pytest.mark.parametrize("text, value, side", [
    ("MAIDUGURI, Nigeria - Nigeria's air force said two airmen were killed when militants attacked its base "
     "in Borno state.", 2, "NG"),
    ("Four seamen of the Sri Lankan navy were wounded when a boat exploded off Jaffna, Sri Lanka's navy said.",
     4, "LK"),
])
def test_airmen_and_seamen_are_a_states_force(text, value, side):
    found = next(f for f in analyze(Document(text=text))["figures"] if f["value"] == value)
    assert found["side"] == side


@pytest.mark.parametrize("text, value, quantity", [
    ("Many are now sleeping in church compounds and with relatives in Sinak, among them between 200 and 260 "
     "children, a pastor said.", 230, "displaced"),
    ("Thousands have fled to Bunia since the weekend, among them some 400 children, OCHA said.", 400, "displaced"),
    ("Dozens were killed when the market in Damboa was shelled, among them some 40 children, medics said.", 40,
     "civilians_killed"),
])
def test_a_count_among_them_takes_the_fate_of_those_it_is_among(text, value, quantity):
    assert _quantity(text, value) == quantity


def test_a_count_among_those_at_a_gathering_is_no_one_harmed():
    assert _quantity("Some 300 people attended the funeral in Mopti, among them 40 children.", 40) == "other"


def test_a_bare_count_crossing_a_border_after_a_sentence_of_flight_is_displaced():
    text = ("The UN said up to 9,000 people had fled Nasir since Monday. Some 2,100 had crossed the border "
            "into Ethiopia's Gambella region, the agency said.")
    assert _quantity(text, 2100) == "displaced"


def test_a_bare_count_crossing_a_border_after_a_sentence_of_fighting_is_not():
    text = ("The army said its troops took Nasir on Monday. Some 2,100 had crossed the border into Ethiopia's "
            "Gambella region, the agency said.")
    assert _quantity(text, 2100) != "displaced"
