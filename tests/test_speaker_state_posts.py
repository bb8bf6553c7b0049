"""State posts named without an office word of their own ("District Collector X", "Deputy
Commissioner Y", "the town mayor", "a district magistrate") in a report whose places lie in
one country speak for that country, as "prosecutor" and "governor" do (data/side_words.tsv,
class office; speaker_sides._official_home). An office filled by someone named beside it
("the KIA-appointed mayor") or a high commissioner (a UN office or a Commonwealth envoy) is
not the home state's. Pages written for these tests, across countries and styles."""

from __future__ import annotations

import pytest
from claim_checks import record_of

ODISHA = ("Maoist landmine kills two in Malkangiri\n\n"
          "MALKANGIRI - Two road workers were killed when a landmine exploded near Kalimela in Malkangiri district "
          "on Wednesday, District Collector Ashish Patil said.\n\n"
          "The district magistrate said the families would be paid compensation in Malkangiri.\n")

KATSINA = ("Gunmen abduct worshippers in Katsina\n\n"
           "KATSINA - Gunmen abducted 23 worshippers from a mosque in Faskari, Katsina State, late on Friday, "
           "the Commissioner of Police, Aliyu Musa, said.\n\n"
           "Residents of Faskari said the gunmen came on motorcycles.\n")

KHYBER = ("Checkpost attacked in Bannu\n\n"
          "BANNU - Militants attacked a checkpost in Bannu, Khyber Pakhtunkhwa, overnight, wounding four "
          "policemen, Deputy Commissioner Imran Aziz told reporters in Bannu.\n")

MINDANAO = ("Families flee fighting in Maguindanao\n\n"
            "COTABATO CITY - About 300 families fled their homes in Shariff Aguak, Maguindanao del Sur, after a "
            "firefight on Sunday, town mayor Akmad Usman said.\n\n"
            "He said classes in Shariff Aguak had been suspended.\n")

KACHIN = ("Airstrike in Kachin\n\n"
          "MYITKYINA - An airstrike killed seven people in Hpakant, Kachin State, on Monday, residents said.\n\n"
          "The KIO-appointed mayor of Hpakant said 400 people had fled Hpakant.\n")

DARFUR = ("Shelling in El Fasher\n\n"
          "EL FASHER - Shelling killed 11 people in El Fasher, North Darfur, on Tuesday, local volunteers said.\n\n"
          "The High Commissioner said the attacks on El Fasher must stop.\n")


def side_of_claim(record: dict, words: str) -> str | None:
    claim = next(c for c in record["claims"] if words in c["text"])
    return claim["speaker"].get("side")


@pytest.mark.parametrize(("text", "words", "side"), [
    (ODISHA, "Two road workers", "IN"),
    (ODISHA, "compensation", "IN"),
    (KATSINA, "23 worshippers", "NG"),
    (KHYBER, "four policemen", "PK"),
    (MINDANAO, "300 families", "PH"),
    (KACHIN, "400 people", None),
    (DARFUR, "must stop", None),
])
def test_state_post_speaks_for_the_one_state(text: str, words: str, side: str | None) -> None:
    assert side_of_claim(record_of(text), words) == side


def test_collector_is_a_role_before_a_name() -> None:
    claim = next(c for c in record_of(ODISHA)["claims"] if "Two road workers" in c["text"])
    assert claim["speaker"]["name"] == "Ashish Patil"
