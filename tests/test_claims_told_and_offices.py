"""Two shapes of attribution the extractor lost on fresh reports: a clause after "told
OUTLET that …" that the parser reads as a second object of the cue (its subject carries a
long apposition or relative clause), and offices that speak as persons but were no known
speaker words ("the ombudsman accused …", "a trader said"). Sentences written for these
tests, across wars and styles; the look-alikes keep a bare object from becoming a claim."""

from __future__ import annotations

import pytest
from claim_checks import record_of


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c["speaker"]["name"], c["text"]) for c in record_of(text)["claims"]]


@pytest.mark.parametrize("text, speaker, words", [
    ("The regional governor, Omar Sheikh, told SONNA that 70 households, totalling 400 people, who "
     "fled farms near the river since Monday have been received in the town of Jowhar.",
     "Omar Sheikh", "70 households, totalling 400 people"),
    ("A camp manager told Radio Dabanga that 900 families, totalling 5,000 people, who crossed from "
     "Darfur since March have been registered in Adre.", "manager", "900 families, totalling 5,000 people"),
    ("A farmer told Reuters that 30 cattle, which grazed by the river, were stolen by gunmen.",
     "farmer", "30 cattle, which grazed by the river, were stolen"),
    ("The commander told Al Jazeera his men, who had held the ridge for a week, withdrew on Sunday.",
     "commander", "his men, who had held the ridge for a week, withdrew"),
])
def test_a_clause_read_as_a_second_object_of_told_is_the_content(text, speaker, words):
    claims = _claims(text)
    assert any(speaker.lower() in name.lower() and words in content for name, content in claims), claims


@pytest.mark.parametrize("text", [
    "The minister told parliament the budget for the army.",
    "The general gave the soldiers two days of leave.",
])
def test_two_bare_objects_say_nothing(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text, speaker, words", [
    ("The ombudsman accused the border guards of using detentions to drive farmers from the villages.",
     "ombudsman", "the border guards of using detentions"),
    ("A UN special rapporteur accused the junta of shelling schools in Sagaing.",
     "rapporteur", "the junta of shelling schools"),
    ("The coroner confirmed that all four men had died of gunshot wounds.",
     "coroner", "all four men had died of gunshot wounds"),
    ("A shopkeeper in Goma described how the shelling shattered every window on the street.",
     "shopkeeper", "the shelling shattered every window"),
])
def test_offices_and_trades_speak(text, speaker, words):
    claims = _claims(text)
    assert any(speaker in name.lower() and words in content for name, content in claims), claims
