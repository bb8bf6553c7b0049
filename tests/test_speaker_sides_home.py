"""Sides of speakers in a war inside one state: a state's office or official named
without its state ("State Security Secretary X", "the state prosecutor's office", "two
security officials") in a report whose places lie in one country and which names no other
state's forces is that state's (data/side_words.tsv, class office); a commander or a body's
own secretary ("Its National Secretary") is not. A de facto authority's speaker ("The
Taliban say …") speaks for the state it rules (data/de_facto_authorities.tsv); its fighters
and a namesake of another state ("Pakistani Taliban") do not.

Reports written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest
from claim_checks import record_of


def sides(nlp, text):
    return {c["speaker"]["name"]: c["speaker"].get("side") for c in record_of(text)["claims"]}


RIO = ("Police in Rio de Janeiro raided the Complexo da Maré on Thursday. In Rio de Janeiro, the state security "
       "secretariat said 2,500 officers took part. State Security Secretary Ricardo Valverde said 19 suspects were "
       "killed in Rio de Janeiro. The municipal education department said 40 schools in Rio de Janeiro were shut.")
MICHOACAN = ("Gunmen attacked villages near Aguililla in Michoacán overnight. The state prosecutor's office in "
             "Morelia said 11 bodies were found near Aguililla. Officials said 1,100 people fled Aguililla.")
KADUNA = ("Bandits attacked villages in Kaduna on Sunday. In Kaduna, the state commissioner for internal security "
          "said 30 people were killed in Kauru, Kaduna. Two police officials said 12 were abducted near Kauru.")


@pytest.mark.parametrize(("text", "speaker", "side"), [
    (RIO, "Ricardo Valverde", "BR"),
    (RIO, "municipal education department", "BR"),
    (MICHOACAN, "state prosecutor's office", "MX"),
    (KADUNA, "Two police officials", "NG"),
])
def test_an_office_of_the_one_state_is_its(nlp, text, speaker, side):
    found = sides(nlp, text)
    assert found.get(speaker) == side, found


def test_a_commander_or_a_bodys_own_secretary_is_not_the_states(nlp):
    found = sides(nlp, "Gunmen attacked villages in Benue on Sunday, near Makurdi in Benue. The Miyetti Allah "
                       "Kautal Hore Socio-Cultural Association denied that its members were involved. Its National "
                       "Secretary, Alhaji Saleh Alhassan, said 19 of its members had been killed in Benue. A rebel "
                       "commander said his fighters had withdrawn from Makurdi.")
    assert found.get("Alhaji Saleh Alhassan") is None and found.get("rebel commander") is None, found


@pytest.mark.parametrize(("text", "speaker", "side"), [
    ("The Taliban say the raid never happened.", "Taliban", "AF"),
    ("Qari Noorullah Mohmand, the Taliban's provincial police spokesman, said 12 fighters were arrested.",
     "Qari Noorullah Mohmand", "AF"),
    ("Taliban spokesman Zabihullah Mujahid said Pakistani strikes killed 10 civilians in Paktika.",
     "Zabihullah Mujahid", "AF"),
    ("The Pakistani Taliban said its fighters attacked a checkpoint in Bannu.", "Pakistani Taliban", None),
    ("Taliban fighters said they had captured the district centre.", "Taliban fighters", None),
    ("The Tehreek-e-Taliban Pakistan (TTP) said it killed four soldiers.", "Tehreek-e-Taliban Pakistan (TTP)", None),
])
def test_a_de_facto_authority_speaks_for_the_state_it_rules(nlp, text, speaker, side):
    found = sides(nlp, text)
    assert speaker in found and found[speaker] == side, found
