"""A state named as a place is not a party to the count: a town that bears a state's name
("the city of Armenia" in Colombia) and a state named as the far side of a border ("close
to the border with Niger") leave a bare "soldiers" the report's own state's, while a state
named as an actor still keeps it from them."""

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
        (
            "Colombian army units clashed with ELN guerrillas near Calarca in Quindio on Sunday. Rebels attacked "
            "a police post in the city of Armenia on Saturday night, in which two soldiers lost their lives and "
            "three others were injured. Residents of Armenia and Calarca stayed indoors.",
            {(2, "killed", "CO"), (3, "wounded", "CO")},
        ),
        (
            "Colombia's army sent troops to Quindio after rebels bombed a police station in Armenia, killing "
            "four soldiers. Armenia's mayor said schools would close.",
            {(4, "killed", "CO")},
        ),
    ],
)
def test_a_town_named_like_a_state_names_no_party(text: str, expected: set) -> None:
    assert expected <= record_figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Benin's army has stepped up patrols in Alibori and Atacora departments. Jihadists attacked an army "
            "post near Banikoara, close to the border with Niger, on Monday, and five soldiers were killed. "
            "Residents of Banikoara said shops stayed shut.",
            (5, "killed", "BJ"),
        ),
        (
            "Kenyan troops have been sent to Mandera and Wajir counties. Militants ambushed a convoy on the "
            "road from Mandera near the Somali border, and six soldiers were killed. Traders in Wajir said "
            "the road was closed.",
            (6, "killed", "KE"),
        ),
    ],
)
def test_a_state_across_the_border_names_no_party(text: str, expected: tuple) -> None:
    assert expected in record_figures(text)


def test_a_state_named_as_an_actor_still_keeps_the_soldiers_from_the_home_state() -> None:
    text = ("Kenyan troops have been sent to Mandera and Wajir counties. Ethiopian forces clashed with militants "
            "near Dolo, and six soldiers were killed. Traders in Wajir said the road was closed.")
    assert (6, "killed", "KE") not in record_figures(text)
