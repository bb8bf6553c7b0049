"""Forces sent into a state's own war are its own: a bare "troops", "personnel" or
"reinforcements" flown in, airlifted or deployed, in a sentence naming no state, are the
report's state's ("about 400 additional troops had been flown in"), unless an armed group
sent them ("the ELN had brought in some 600 reinforcements"); a bare number continuing a
count of forces sent ("with the first 600 arriving tonight") is theirs too. Texts written
for these tests, from several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    return {f["text"]: (f["quantity"], f["side"]) for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        ("Militants storm camp in Balochistan\n\nMilitants attacked a Frontier Corps camp in Kalat, Balochistan, "
         "the military said. Fighting went on near Kalat and Mastung.\nTwo security officials said about 400 "
         "additional troops had been flown in from Quetta.", "about 400 additional troops", "PK"),
        ("Gunmen kill villagers in Benue\n\nGunmen attacked villages in Guma, Benue, residents said. The attackers "
         "fled towards Makurdi.\nThe Chief of Defence Staff directed the deployment of about 700 personnel "
         "to the Benue valley.", "about 700 personnel", "NG"),
        ("ELN attacks base\n\nThe ELN attacked a base in Arauca, the army said. Fighting spread to Saravena and "
         "Tame.\nSome 800 more troops were airlifted to Arauca on Monday.", "Some 800 more troops", "CO"),
    ],
)
def test_forces_sent_into_a_states_war_are_its_own(nlp, text, figure, side):
    assert figures(nlp, text)[figure] == ("deployed", side)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("ELN offensive\n\nThe ELN attacked villages in Catatumbo, near Tibú and Teorama, the army said.\n"
         "A rebel commander claimed the ELN had brought in some 600 reinforcements from Arauca.",
         "some 600 reinforcements"),
        ("Fighting in El Fasher\n\nFighting continued in El Fasher and Tawila, North Darfur, the army said.\n"
         "Witnesses said the RSF had sent about 2,000 troops to El Fasher.", "about 2,000 troops"),
    ],
)
def test_forces_an_armed_group_sends_are_not_the_states(nlp, text, figure):
    assert figures(nlp, text)[figure][1] is None
