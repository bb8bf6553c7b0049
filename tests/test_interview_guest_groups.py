"""A standfirst that opens on a group's fighters ("Boko Haram fighters raided …") names the group,
not the guest: the guest is the one the outlet spoke to later in the paragraph
(extract/interview_guest.py). Standfirsts written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.context import context_of
from claimledger.extract.interview_guest import guest_of

QUESTIONS = "\nQ: What happened?\nA: We held our positions.\nQ: And your losses?\nA: Four men.\n"


@pytest.mark.parametrize(
    ("standfirst", "surname"),
    [
        ("Boko Haram fighters overran a Cameroonian army camp near Kolofata on Saturday. We spoke to "
         "Colonel Didier Ngono Abena, spokesman of the Cameroonian army, by telephone from Maroua.",
         "Abena"),
        ("Al-Shabaab militants stormed a police station in Lower Shabelle overnight. We spoke to "
         "Major Hassan Ali Warsame, spokesman of the Somali National Army, on Tuesday.",
         "Warsame"),
        ("Arakan Army insurgents seized a border post near Maungdaw last week. We spoke to "
         "Brigadier Zaw Min Htet, spokesman of Myanmar's military, in Sittwe.",
         "Htet"),
    ],
)
def test_a_group_opening_the_standfirst_is_not_the_guest(nlp, standfirst, surname):
    found = guest_of(context_of(nlp("Interview\n" + standfirst + QUESTIONS)))
    assert found is not None and found.name.endswith(surname), found


def test_a_person_opening_the_standfirst_with_a_verb_is_still_the_guest(nlp):
    text = ("Interview\nMarie-Claire Dufort coordinates the medical charity's work in Ituri and spoke to us "
            "from Bunia." + QUESTIONS)
    found = guest_of(context_of(nlp(text)))
    assert found is not None and found.name == "Marie-Claire Dufort", found
