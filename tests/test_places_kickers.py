"""A headline's kicker abbreviating a country or an area before a colon ("CAR: Rebels kill 12",
"KP: Two soldiers martyred", "PNG: Tribal clash kills 30") names it; a kicker the table does not
hold is a label ("WATCH:"), and the same letters in a sentence are a word ("car"). Headlines and
leads written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


@pytest.mark.parametrize(("title", "lead", "name", "country"), [
    ("CAR: Fighting forces thousands to flee", "Fighting between the army and rebels forced thousands to flee "
     "their homes, aid agencies said on Sunday.", "Central African Republic", "CF"),
    ("PNG: Tribal clash kills 30 in Enga", "At least 30 people were killed in tribal fighting in Enga province, "
     "police said.", "Papua New Guinea", "PG"),
    ("KP: Two soldiers martyred in IED blast", "Two soldiers were martyred when an improvised explosive device "
     "went off near a checkpost, the ISPR said.", "Khyber Pakhtunkhwa", "PK"),
    ("BiH: Police detain war crimes suspects", "Police detained four suspects on Monday, prosecutors said.",
     "Bosnia and Herzegovina", "BA"),
])
def test_a_kicker_abbreviation_names_its_country_or_area(nlp, title, lead, name, country):
    places = find_places(nlp(lead), title=title)
    place = next((p for p in places if p.name == name), None)
    assert place is not None and place.country == country and place.title_mentions, [p.name for p in places]


@pytest.mark.parametrize(("title", "lead"), [
    ("WATCH: Rebels parade through town", "Rebels paraded through the town on Sunday, residents said."),
    ("Car bomb kills five", "A car bomb killed five people outside a market on Sunday, police said."),
])
def test_a_label_or_a_word_is_no_place(nlp, title, lead):
    assert [p.name for p in find_places(nlp(lead), title=title)] == []
