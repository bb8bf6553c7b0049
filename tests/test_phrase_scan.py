"""The trie scan of side phrases gives the alternation regex's answers, span for span.

``PhraseScanner.regex`` is the regex the side tables were scanned with before; every test
here compares the two on sentences written for this file (Sudan, the Sahel, Gaza,
Myanmar, Yemen, DR Congo, Ukraine and Russia, Syria), on the project's own test reports
and on sentences built at random from the tables' phrases.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimledger.phrase_scan import PhraseScanner
from claimledger.sides import home_state, side_table, veto_table

SENTENCES = [
    "Sudan's army said RSF fighters shelled El Fasher; the Sudanese Armed Forces denied it.",
    "Sudans army and the SAF's spokesman spoke in Port Sudan.",
    "Burkina Faso's army and the Burkinabé junta blamed jihadists near Djibo.",
    "BURKINA FASO'S ARMY said the Malian troops and Wagner's men crossed at dawn.",
    "The Russian-installed governor of Zaporizhzhia said Ukrainian drones hit Enerhodar.",
    "Russian-installed officials and a Kremlin-backed militia; the Kremlin's spokesman declined.",
    "Kyiv says the ZSU held; Moscow says the Russian Armed Forces took two villages.",
    "An Israeli strike on Gaza City; the IDF and Hamas gave different tolls; Israel's army said 12.",
    "The Tatmadaw shelled a village in Rakhine; Myanmar's junta said the Arakan Army attacked first.",
    "Yemen's Houthis said Saudi-led coalition jets struck Saada; the Saudi Press Agency denied it.",
    "The U.S. envoy and US officials met DRC officials in Kinshasa; M23 rebels held Goma.",
    "the us and them: a lower-case 'us' is a pronoun, not a state; but 'the US' is one.",
    "Congolese army (FARDC) troops and MONUSCO peacekeepers patrolled near Bunia.",
    "SANA said Syrian Arab Army units hit the Free Syrian Army; Damascus's foreign ministry agreed.",
    "Türkiye's defence ministry and Turkish-backed factions; Turkey-based monitors disagreed.",
    "A Syrias state news agency report; Syria’s foreign ministry; SYRIA'S army.",
    "The Élysée and the Elysee Palace; French troops left Niger; Nigerien officials cheered.",
    "Ethiopian National Defense Force (ENDF) soldiers; Eritrea's army; the TPLF's fighters.",
    "U.S.-made rifles and UK-based analysts; a Britain-born journalist in Mogadishu.",
    "Somali National Army, al-Shabaab, the Somali government's troops; Somalia's army.",
    "Russia's UN ambassador and the UN envoy for Yemen; Lebanon's Hezbollah fired at Israel.",
    "Ukrainian_forces snake_case words and forces.Ukraine dotted.Russian words are not phrases.",
    "Malian, Nigerien and Burkinabe juntas met; Mali's, Niger's and Burkina's leaders spoke.",
    "Gaza's health ministry, the Palestinian Authority and Palestinians in the West Bank.",
    "The Saudi Hospital in El Fasher; the American University of Beirut; Qatar Airways.",
    "",
    "s",
    "Sudan",
    "'s Sudan's",
]


def scanners() -> list[PhraseScanner]:
    return [t._folded for t in (side_table(), veto_table())] + [t._exact for t in (side_table(), veto_table())]


def report_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("reports/*.txt"))]
    return texts + [para for text in texts for para in text.split("\n\n")]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_scan_as_the_regex_did(text: str) -> None:
    for scanner in scanners():
        assert scanner.spans(text) == scanner.regex_spans(text), (scanner.fold, text)


def test_reports_and_paragraphs_scan_as_the_regex_did() -> None:
    for text in report_texts():
        for scanner in scanners():
            assert scanner.spans(text) == scanner.regex_spans(text)


def test_random_sentences_from_the_tables_scan_as_the_regex_did() -> None:
    """Phrases from the tables in any case, with possessives, plurals, hyphens, stops and
    underscores around them, side by side so they overlap and run into each other."""
    rng = random.Random(30)
    phrases = [p for s in scanners() for p in s.phrases]
    glue = [" ", " ", " ", "'s ", "’s ", "s ", "-", "-installed ", ".", ". ", "_", ", ", "'S ", "S ", " the ", "x "]
    cases = [str, str.lower, str.upper, str.title]
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 6)):
            phrase = rng.choice(cases)(rng.choice(phrases))
            if rng.random() < 0.2:  # cut a phrase short or run it on
                phrase = phrase[: rng.randint(1, len(phrase))]
            parts.append(phrase + rng.choice(glue))
        text = "".join(parts)
        for scanner in scanners():
            assert scanner.spans(text) == scanner.regex_spans(text), text


def test_a_match_resumes_after_its_possessive_as_finditer_did() -> None:
    scanner = PhraseScanner(["syria", "s army", "a b", "b c d", "burkina", "burkina faso"], fold=True)
    assert scanner.spans("Syria's army") == [(0, 5)]  # "s army" starts inside "Syria's"
    assert scanner.spans("a b c d") == [(0, 3)]  # the first match wins its place, as finditer's did
    assert scanner.spans("Burkina Faso's troops") == [(0, 12)]  # the longest phrase that ends on a word
    assert scanner.spans("Burkina Fasos") == [(0, 12)]
    assert scanner.spans("Burkina Fasoland") == [(0, 7)]
    for text in ("Syria's army", "a b c d", "Burkina Faso's troops", "Burkina Fasos", "Burkina Fasoland"):
        assert scanner.spans(text) == scanner.regex_spans(text)


def test_exact_phrases_keep_their_case() -> None:
    scanner = PhraseScanner(["US", "U.S.", "SAF"], fold=False)
    text = "the us and the US; U.S. troops; Saf and SAF's men; SAFs"
    assert [text[s:e] for s, e in scanner.spans(text)] == ["US", "U.S.", "SAF"]
    assert scanner.spans(text) == scanner.regex_spans(text)


@pytest.mark.parametrize("text", [
    "The long s: Syria\u017fs army and Sudan\u017f troops",  # 'ſ' matches 's' under re.I, not under str.lower
    "\u0130srael's army and İSRAEL's troops",  # 'İ' lowers to two characters
    "KURDISH forces with a Kelvin sign \u212a in Kyiv",
    "ΣΥΡΊΑ and Syria's army: Greek capitals and final sigma ς",
])
def test_texts_str_lower_cannot_mirror_still_scan_as_the_regex_did(text: str) -> None:
    for scanner in scanners():
        assert scanner.spans(text) == scanner.regex_spans(text)


def test_home_state_reads_the_same_mentions() -> None:
    assert home_state("Sudan's army and Sudanese troops shelled RSF positions near El Fasher.") == "SD"
    assert home_state("Myanmar's junta said the Tatmadaw repelled an attack; Myanmar troops held.") == "MM"
    mentions = side_table().mentions("Burkina Faso's army said Burkinabé troops held Djibo.")
    assert [(m.phrase, m.side) for m in mentions] == [("Burkina Faso", "BF"), ("Burkinabé", "BF")]
