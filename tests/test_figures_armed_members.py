"""Members or men of an armed group are its fighters: counted with no verb of harm they
are the group's strength (deployed), and no state's, however much the page is about the
army that fought them ("around 30 armed members of the New People's Army", in a Philippine
Army spokesman's account). A possessive inside a group's name ("People's") no longer hides
it from the tables. Texts written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figure(nlp, text: str, value: float) -> dict:
    return next(f for f in analyze(Document(text=text), nlp)["figures"] if f["value"] == value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Nigerian army said its troops repelled some 200 members of ISWAP who attacked a base in Borno.", 200),
        ("Police in Rio said about 80 members of the Comando Vermelho gang opened fire on officers.", 80),
        ("Colombian troops fought about 40 members of the Clan del Golfo in Antioquia, the defence ministry "
         "said.", 40),
        ("Residents said some 150 members of the Viv Ansanm coalition stormed Mirebalais at dawn.", 150),
    ],
)
def test_an_armed_groups_members_in_action_are_its_strength(nlp, text, value):
    found = figure(nlp, text, value)
    assert (found["quantity"], found["side"]) == ("deployed", None)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Police arrested 45 members of the Comando Vermelho gang in the Complexo do Alemão.", 45, "captured"),
        ("Troops killed 11 members of the People's Defence Force near Mandalay, the junta said.", 11, "killed"),
        ("Police said 9 members of the Gran Grif gang were killed in a shootout in Artibonite.", 9, "killed"),
    ],
)
def test_a_verb_of_harm_still_tells_their_fate(nlp, text, quantity, value):
    assert figure(nlp, text, value)["quantity"] == quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Philippine Army's 8th Infantry Division said its troops encountered around 30 armed members of "
         "the New People's Army in Las Navas. Two of our soldiers were wounded, the spokesman said.", 30),
        ("Pakistan's military said troops engaged some 25 fighters of the Balochistan Liberation Army near "
         "Turbat, and that two soldiers were killed.", 25),
        ("Thai rangers exchanged fire with about 10 members of the Barisan Revolusi Nasional in Narathiwat, "
         "the Thai army said.", 10),
    ],
)
def test_a_named_groups_fighters_get_no_state_side(nlp, text, value):
    assert figure(nlp, text, value)["side"] is None
