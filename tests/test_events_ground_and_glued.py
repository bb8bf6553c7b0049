"""Two classes read off raw pages of my own (a Cabo Delgado aggregator page, a Sahel wire):
a verb the tagger glued onto the name after it in a conjunct ("launched a counter-offensive and
retook Diapaga") is that verb, by the first verb's subject; and an attack told with no doer on
the ground ("homes were burned", "shops were looted") is no foreign state's strike from afar,
whatever state the report says struck that country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_events_phrasings import events, of_type, sides


@pytest.mark.parametrize(("text", "side"), [
    ("The army launched a counter-offensive on Saturday and retook Diapaga, state television reported.", "BF"),
    ("The rebels shelled the airport and overran Lashio on Sunday, residents said.", None),
])
def test_a_glued_verb_in_a_conjunct_is_the_verb_of_the_first_subject(nlp, text, side):
    found = of_type(events(nlp, text), "territory_change")
    assert found and (found[0]["actor"] or {}).get("name"), found
    assert side is None or side in sides(found), found


@pytest.mark.parametrize("text", [
    "The Rwandan Defence Force said its troops had killed seven insurgents near Chai in Cabo Delgado, "
    "Mozambique. Residents said dozens of homes were burned in Macomia.",
    "Israel carried out strikes on southern Lebanon. In Nabatieh, shops were looted overnight, residents said.",
    "Russia attacked Ukraine overnight with 90 drones, the air force said. In Kupiansk, abandoned shops "
    "were ransacked, the governor said.",
])
def test_an_attack_on_the_ground_with_no_doer_takes_no_foreign_side(nlp, text):
    found = [e for e in of_type(events(nlp, text), "attack")
             if any(w in e["text"] for w in ("burned", "looted", "ransacked"))]
    assert all(not (e["actor"] or {}).get("side") for e in found), found


@pytest.mark.parametrize(("text", "side"), [
    ("The police responded to a distress call in Zamfara, repelled the bandits and neutralised three of them.",
     "NG"),
    ("Nigerian troops responded to a distress call in Guma, engaged the armed herders and neutralised nine of "
     "them.", "NG"),
    ("Kenyan soldiers repulsed the assault on the camp, pursued the militants and killed six of them.", "KE"),
])
def test_a_killing_at_the_end_of_a_chain_of_verbs_is_its_subjects_attack(nlp, text, side):
    found = [e for e in of_type(events(nlp, text), "attack") if any(w in e["text"] for w in ("neutralised", "killed"))]
    assert found and side in sides(found), events(nlp, text)
