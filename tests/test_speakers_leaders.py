"""Leaders of states speak for the state they serve, named with or without it
(data/state_leaders.tsv, extract/speaker_sides.py), and a head of state named only by
title speaks for the report's own state when the report's story is one state's. Sentences
written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.data import read_table
from claimledger.data.tables import leader_side, state_leaders
from claimledger.model import Document


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(c["speaker"]["name"], c["speaker"].get("side")) for c in analyze(Document(text=text), nlp)["claims"]]


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("Putin said the offensive in the east would continue through the winter.", "Putin", "RU"),
        ("Zelensky told reporters in Kyiv that two more air-defence systems had arrived.", "Zelensky", "UA"),
        ("Benjamin Netanyahu said the operation in Rafah would go on.", "Benjamin Netanyahu", "IL"),
        ("Speaking in Asmara, Isaias Afwerki said no Eritrean troops remained in Tigray.", "Isaias Afwerki",
         "ER"),
        ("Burhan vowed that the army would retake every town held by the RSF.", "Burhan", "SD"),
        ("President Félix Tshisekedi accused Rwanda of backing the M23.", "Félix Tshisekedi", "CD"),
    ],
)
def test_a_leader_speaks_for_their_state(nlp, text, speaker, side):
    assert (speaker, side) in speakers(nlp, text), speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("GUATEMALA CITY (AP) - Gang members killed eight police officers in Escuintla. President Bernardo "
         "Arevalo vowed that the state would not negotiate with criminals.", "Bernardo Arevalo", "GT"),
        ("Gunmen attacked a market near Mandouri in northern Togo on Sunday. President Faure Gnassingbe said "
         "the attackers had come from across the border.", "Faure Gnassingbe", "TG"),
    ],
)
def test_a_president_named_by_title_alone_speaks_for_the_storys_state(nlp, text, speaker, side):
    assert (speaker, side) in speakers(nlp, text), speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Khan said the road to Peshawar had been closed since Monday.", "Khan"),  # too common a surname
        ("The president of the Red Cross, Mirjana Spoljaric, said the hospital in Khartoum had been hit.",
         "Mirjana Spoljaric"),
        ("Israeli strikes killed 20 people in Gaza City. President Yusuf Haddad said a deal was close.",
         "Yusuf Haddad"),  # a president the report gives no state, in a story of two
    ],
)
def test_no_side_is_guessed_for_others(nlp, text, speaker):
    assert (speaker, None) in speakers(nlp, text), speakers(nlp, text)


def test_the_leaders_table_names_states_by_code():
    rows = read_table("state_leaders.tsv")
    assert len(rows) >= 100
    for name, side, office, alone in rows:
        assert len(side) == 2 and side.isupper(), name
        assert office and office == office.lower(), name
        assert alone == "-" or all(w and " " not in w for w in alone.split(",")), name
    assert leader_side("Vladimir Putin") == "RU" and leader_side("Zelenskyy") == "UA"
    assert leader_side("Khan") is None and "kim" not in state_leaders()
