"""Two sides the figure stage must not give (found when slash datelines were marked, h141):
an ally named with a force is not the opponent whose weapons the force destroyed ("Russian
and Syrian air strikes ..., the Syrian army destroyed 12 vehicles": no Russian vehicles),
and a land with no army of its own (Gaza, Western Sahara) never owns a story's bare
"soldiers", however alone its places are. Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def sides_of(nlp, text: str) -> dict[str, str | None]:
    return {f["text"]: f["side"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure", "ally"),
    [
        ("Rebels advance on Hama\n\nRussian and Syrian air strikes hit Idlib on Monday, the monitor said.\n"
         "The Syrian army said it had killed dozens of terrorists and destroyed 12 armoured vehicles in Hama "
         "province.", "12 armoured vehicles", "RU"),
        ("Army retakes town\n\nMalian and Russian troops patrolled near Kidal on Sunday, residents said.\n"
         "The Malian army said it had destroyed six vehicles of the terrorists near Tessalit.", "six vehicles", "RU"),
    ],
)
def test_an_ally_named_with_the_force_is_not_its_opponent(nlp, text, figure, ally):
    assert sides_of(nlp, text)[figure] != ally


@pytest.mark.parametrize(
    ("text", "figure", "armyless"),
    [
        ("Strikes on Khan Younis\n\nIsraeli tanks pushed deeper into Rafah overnight, residents said. Health "
         "officials in Gaza said 12 people were killed in Khan Younis.\nThe military said three soldiers were "
         "wounded in fighting in Rafah.", "three soldiers", "PS"),
        ("Clash near Mahbes\n\nPolisario fighters shelled a position near Mahbes, the Moroccan army said.\n"
         "The army said two soldiers were wounded near Mahbes and Guerguerat.", "two soldiers", "EH"),
    ],
)
def test_a_land_with_no_army_owns_no_bare_soldiers(nlp, text, figure, armyless):
    assert sides_of(nlp, text)[figure] != armyless


def test_the_allies_are_read_from_states_joined_as_one_party():
    from claimledger.extract.figures.opponents import _allies

    text = "Russian and Syrian jets struck Idlib. Turkish-backed fighters held Afrin. Syrian-Russian patrols left."
    assert _allies(text, "SY") == {"RU"}
    # two sides met or fought: the other is named on its own as well
    assert _allies("Ukrainian and Russian troops clashed near Bakhmut. Russian forces shelled Kherson.", "UA") == set()
    assert _allies("Sudan's army shelled Omdurman.", "SD") == set()
