"""Whole reports as they come off the web, for places and page debris.

tests/place_reports/ holds thirty-seven reports written for these tests (Sudan, Myanmar,
DR Congo, Libya, Burkina Faso, Iraq and Syria, Somalia, the Red Sea, Nigeria, Gaza,
Ukraine, Haiti, Rakhine, northern Syria, Amhara, Cabo Delgado, Mali, south Lebanon,
Catatumbo, Marib, Gezira, South Kordofan, Tillaberi, Kachin, Uvira, Mirebalais, central Gaza,
Zaporizhzhia, Kayes, Tawila, Baidoa, Kyaukphyu, Omdurman, Sumy, Diapaga): pasted pages with
navigation glued together, consent banners, mastheads and section labels above the
headline, bylines, datelines of every shape, photo captions, share rows, comment counts, related headlines and feed
trailers, and saved HTML pages read through trafilatura. Their places are small towns,
camps, districts, crossings and rivers, next to names that only look like places
(ships, operations, brigades, people named like towns).

Each expectation was written by hand before the report was first analysed. Besides
the scorer's sections it lists ``debris`` (lines of the page that must give no claim,
speaker or title) and ``not_places`` (names that must not become a place).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.analyze import analyze
from claimledger.documents import read_path
from claimledger.schema import schema_errors

HERE = Path(__file__).parent / "place_reports"
REPORTS = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html")
                 or (p.suffix == ".json" and not p.name.endswith(".expected.json")))
# Places micro-F1 over all the reports together. First runs, each batch before the fixes
# it led to: 0.72 (eight reports), 0.79 (six), 0.86 (four), 0.70 (four: villages no
# installed gazetteer holds); 0.95 for all twenty-two after. Round 5 (five pages with
# claims expected too, frozen with a sha256 before their first run): places 0.90, claims 0.84;
# its second batch of five, after the fixes the first led to: places 0.81, claims 0.81; the
# third (a press release, a briefing transcript, a JSON record among them): places 0.78, claims 0.88.
# Round 7 (six raw pages, one an RSS item saved as .txt; frozen before their first run): places
# 0.78 first run, 0.96 after the reader and gazetteer fixes they led to; titles 2/6 -> 6/6.
# Round 9 (eight raw pages of wars the set had not held: Thai-Cambodian border, Torkham, Bria,
# northern Benin, Lamu, the Line of Control, Cibitoke, Sinaloa; frozen before their first run):
# places 0.886 first run, 1.00 after; titles 8/8; published 7/8 -> 8/8; the 49 before them 0.963.
# Round h83 (six raw pages of Manipur, the Kyrgyz-Tajik border and the Chittagong Hill Tracts, crowded
# with villages no source holds; frozen before their first run): places 0.52 first run, 0.98 after
# (villages the text calls villages kept with their country, extract/places/marked.py); the 57 before 0.969.
# Round h92 (seven raw pages of wars the set had not held: Peru's VRAEM, North Sinai, Bastar, the
# South Ossetian line, Cabinda, Nagaland's Mon, Transnistria; frozen before their first run, with an
# eighth from Sri Lanka kept in notes/h92 because its archive page's title is misread): places 0.707
# over the eight first run, 0.837 after the rules they led to (seats' points, namesakes the sentence
# contradicts, lists NER joins, bodies named after lands); the 63 before them 0.963 -> 0.965.
# Stop 28 (h139; two raw pages written before their first run: a Pakistani site on Waziristan and
# Kurram, a monitor's feed on Arauca): 0.833 and 0.545 on the code before, 0.923 and 1.00 after (villages at
# the middle of the area their sentence names, addresses, lists, distances' origins); the 74 before 0.966 -> 0.967.
MIN_PLACES_F1 = 0.90


def expectation(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text())


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    return {path.name: analyze(next(read_path(path)), nlp) for path in REPORTS}


def test_there_are_reports_of_both_shapes():
    assert len(REPORTS) >= 37
    assert sum(p.suffix == ".html" for p in REPORTS) >= 4


def test_places_score_well_together(records, shared_scorer):
    module = shared_scorer
    hit = predicted = expected = 0
    for path in REPORTS:
        want = expectation(path)
        result, _, _ = module.score_places(want["places"], records[path.name]["places"], want.get("places_allowed", []))
        hit, predicted, expected = hit + result["hit"], predicted + result["predicted"], expected + result["expected"]
    micro = module.prf(hit, predicted, expected)
    assert micro["f1"] >= MIN_PLACES_F1, micro
    assert micro["precision"] >= 0.93, micro


def test_records_validate(records):
    for name, record in records.items():
        assert schema_errors(record) == [], name


def test_headline_under_the_page_chrome_is_the_title(records, shared_scorer):
    module = shared_scorer
    for path in REPORTS:
        want = expectation(path)["document"]["title"]
        got = records[path.name]["document"]["title"]
        assert module.words(got) == module.words(want), (path.name, got)


def test_page_debris_gives_no_claim_speaker_or_title(records):
    for path in REPORTS:
        record = records[path.name]
        for line in expectation(path)["debris"]:
            low = line.lower()
            assert low not in (record["document"]["title"] or "").lower(), (path.name, line)
            for claim in record["claims"]:
                speaker = json.dumps(claim["speaker"]).lower()
                assert low not in claim["text"].lower() and low not in speaker, (path.name, line, claim["text"])


def test_names_that_look_like_places_are_not_places(records, shared_scorer):
    module = shared_scorer
    for path in REPORTS:
        names = [module.words(p["name"]) for p in records[path.name]["places"]]
        for not_place in expectation(path)["not_places"]:
            assert module.words(not_place) not in names, (path.name, not_place)
