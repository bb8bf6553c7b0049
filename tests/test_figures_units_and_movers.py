"""Whose forces a count is, told by what holds them or who announces their move: "an
Indian patrol of about 40 soldiers" is India's; troops "would be sent" or "had been
moved" by no one named, in the words of a speaker for one state, are that state's; a bare
"officers" in a report on one state's police operation are that state's. A rebel unit, a
named sender or a speaker with no side leave the side open."""

from __future__ import annotations

import pytest
from figure_texts import nlp

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Indian patrol of about 40 soldiers ran into a larger Chinese group near the ridge, officials said.",
         (40, "deployed", "IN")),
        ("A Chadian contingent of 1,000 troops crossed into the Lake Chad islands on Monday.",
         (1000, "deployed", "TD")),
        ("A Kenyan convoy of 60 soldiers was ambushed on the road to Mandera.", (60, "deployed", "KE")),
    ],
)
def test_the_units_side_is_its_troops_side(text: str, expected: tuple) -> None:
    assert expected in record_figures(text)


def test_a_rebel_units_troops_have_no_side() -> None:
    text = "A column of 300 Arakan Army fighters moved towards the town, residents said."
    assert not any(s for v, _, s in record_figures(text) if v == 300)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not give up a metre of the valley," Peru\'s defence minister said. He said 200 additional '
         'troops would be sent to the area before the end of the month.', (200, "deployed", "PE")),
        ("Jordanian military sources said about 1,500 additional soldiers had been moved to the north-eastern "
         "border since the summer, while US advisers had left a joint centre.", (1500, "deployed", "JO")),
    ],
)
def test_troops_moved_on_a_state_speakers_word_are_its_own(text: str, expected: tuple) -> None:
    assert expected in record_figures(text)


def test_troops_sent_by_a_named_sender_are_not_the_speakers() -> None:
    text = ("Kenya's interior minister said 400 additional soldiers would be sent by Rwanda to the border "
            "region next month.")
    assert (400, "deployed", "KE") not in record_figures(text)


def test_bare_officers_in_a_report_on_one_states_police_are_its_own() -> None:
    text = ("Police in Rio de Janeiro raided the Complexo do Alemao and the Penha favelas on Monday. The "
            "spokesman told reporters that around 2,000 officers took part in the raid in Alemao. Residents of "
            "Penha said shops stayed shut.")
    assert (2000, "deployed", "BR") in record_figures(text)


def test_police_agents_are_the_states_own() -> None:
    text = ("Honduran police raided a house in Chamelecon, on the edge of San Pedro Sula. The commissioner said one "
            "of his agents was wounded in the leg, and that the sector had been reinforced with 300 additional "
            "agents in Chamelecon. Residents of San Pedro Sula stayed indoors.")
    found = record_figures(text)
    assert (1, "wounded", "HN") in found
    assert (300, "deployed", "HN") in found


def test_a_guests_own_troops_are_not_the_state_the_report_is_about() -> None:
    text = ("Myanmar's army has lost several towns in northern Shan State. We spoke to a commander of the TNLA.\n"
            "Q: How many fighters do you have near Kyaukme?\n"
            "A: Around 2,000 of our troops are on the Kyaukme front, roughly a third of our strength.\n")
    assert (2000, "deployed", "MM") not in record_figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the General Staff of the Mozambican armed forces, a contingent of 300 effectives of the "
         "special forces was sent to the districts of Mocimboa and Palma.", (300, "deployed", "MZ")),
        ("The Malian army said about 400 soldiers moved into the Tessit area on Sunday.", (400, "deployed", "ML")),
    ],
)
def test_a_units_troops_sent_or_moving_on_a_state_speakers_word(text: str, expected: tuple) -> None:
    assert expected in record_figures(text)


def test_fighters_moving_on_a_state_speakers_word_keep_no_side() -> None:
    text = "The Malian army said about 400 jihadist fighters moved into the Tessit area on Sunday."
    assert not any(s for v, _, s in record_figures(text) if v == 400)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Rio de Janeiro raided the Complexo do Alemao and the Penha favelas on Monday. The spokesman "
         "said that around 2,000 officers backed by 32 armoured vehicles and four helicopters took part in the "
         "raid in Alemao. Residents of Penha said shops stayed shut.",
         {(32, "equipment", "BR"), (4, "equipment", "BR")}),
        ("An Indian patrol of about 40 soldiers supported by two armoured vehicles ran into a Chinese group near "
         "the ridge, officials said.", {(2, "equipment", "IN")}),
    ],
)
def test_equipment_backing_a_force_is_on_its_side(text: str, expected: set) -> None:
    assert expected <= record_figures(text)


def test_personnel_of_a_states_named_units_are_its_own() -> None:
    text = ("Security forces in Chhattisgarh killed 12 suspected Maoists in Bijapur district this week. An "
            "Indian police spokesman said about 900 personnel of the District Reserve Guard and the Special Task "
            "Force moved into the forests of Bijapur on Wednesday. Residents of Bijapur said the markets were shut.")
    assert (900, "deployed", "IN") in record_figures(text)


def test_troops_of_an_international_mission_are_no_states() -> None:
    text = ("Fighting continued in North Kivu around Goma and Sake. About 3,000 troops of MONUSCO are deployed "
            "around Goma. Residents of Sake fled.")
    assert not any(s for v, _, s in record_figures(text) if v == 3000)
