"""What is not the report: datelines, bylines, captions, footers, navigation and
related headlines are marked once, and no stage takes a claim, a speaker, a figure
or a place from them. Page fragments written for these tests, across wars and outlets."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.parts import report_parts
from claimledger.model import Document


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start:p.end].strip()) for p in report_parts(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("HomeNewsWorldAfricaSportBusinessOpinion", "navigation"),
        ("NewsPoliticsMiddle EastGazaVideoPodcasts", "navigation"),
        ("Home | World | Asia | Myanmar", "navigation"),
        ("Home » News » Sahel", "navigation"),
        ("By Amina Yusuf", "byline"),
        ("By Thant Zin and Mary Roe", "byline"),
        ("Jane Doe, East Africa correspondent, reporting from Khartoum", "byline"),
        ("Omar Haddad, Staff Writer", "byline"),
        ("Fighters patrol a street in Goma, in this undated photo released by the M23 press office.", "caption"),
        ("Photo: Smoke rises over Khan Younis (AFP/Getty)", "caption"),
        ("A destroyed tank near Bakhmut. Handout photo from the defence ministry", "caption"),
        ("Residents queue for water in El Fasher (Photo: Sudan Tribune)", "caption"),
        ("The post Junta bombs monastery in Sagaing appeared first on Irrawaddy Today.", "footer"),
        ("Copyright 2024 Sahel Monitor. All rights reserved.", "footer"),
        ("Read more: Houthis claim drone strike on tanker", "footer"),
        ("Share this article", "footer"),
        ("Reporting by Ali Farah; Editing by Tom Lee", "footer"),
    ],
)
def test_page_lines_are_marked_for_what_they_are(line, kind):
    text = f"Rebels say they took the town\n{line}\nThe army denied losing the town, a spokesman said.\n"
    assert (kind, line) in kinds(text)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("NAIROBI: Kenya's intelligence service said on Monday that 40 fighters crossed the border.", "NAIROBI:"),
        ("Geneva: The UN human rights office said it had documented 120 killings in Ituri.", "Geneva:"),
        ("KHARTOUM, Sudan: The Rapid Support Forces said they had shot down a drone.", "KHARTOUM, Sudan:"),
        ("SANAA (Saba) - The Houthi movement said it fired missiles at a ship.", "SANAA (Saba) -"),
    ],
)
def test_a_dateline_opening_the_story_is_marked(text, dateline):
    assert ("dateline", dateline) in kinds(text)


def test_story_lines_stay_the_story():
    text = ("Fighting - which began in April - continued near the bridge.\n"
            "By nightfall the army said it held the bridge.\n"
            "Soldiers said they had not seen a photo of the commander.\n")
    assert kinds(text) == []


def test_transcript_labels_are_not_datelines():
    text = "HOST: What happened in Goma?\nGUEST: The rebels entered at dawn.\nHOST: And the army?\n"
    assert not [k for k, _ in kinds(text) if k == "dateline"]


def test_related_headlines_after_a_header_are_not_the_story():
    text = ("The junta said it had retaken the town.\n\nRelated stories\n"
            "Resistance forces claim capture of border post\nUN envoy says 3,000 killed since coup\n")
    found = kinds(text)
    assert ("related", "Resistance forces claim capture of border post") in found
    assert ("related", "UN envoy says 3,000 killed since coup") in found


PAGE = """\
HomeNewsWorldAfricaSportBusinessOpinion
Sudan's army says it recaptured a bridge in Omdurman
By Amina Yusuf, Sudan correspondent
KHARTOUM: The Sudanese army said on Monday it had recaptured the Halfaya bridge after two days of fighting.
Soldiers stand near the river in Kassala, in this undated photo released by the Sudan News Agency.
A military spokesman said 35 fighters of the Rapid Support Forces were killed.
Related
Chad says 5,000 refugees crossed from Darfur in a week
UN warns 200,000 face famine in Kadugli
The post Sudan's army says it recaptured a bridge appeared first on Horn Daily.
"""


@pytest.fixture(scope="module")
def page_record(nlp):
    return analyze(Document(text=PAGE), nlp)


def test_no_claim_speaker_or_figure_comes_from_the_page_around_the_story(page_record):
    speakers = {c["speaker"]["name"].lower() for c in page_record["claims"]}
    assert not any(w in s for s in speakers for w in ("khartoum", "chad", "un", "horn daily", "amina"))
    values = {f["value"] for f in page_record["figures"]}
    assert 35 in values
    assert not values & {5000, 200000}


def test_no_place_comes_from_captions_or_related_headlines(page_record):
    names = {p["name"].lower() for p in page_record["places"]}
    assert "omdurman" in names
    assert not names & {"kassala", "darfur", "kadugli", "chad"}


def test_claims_of_the_story_survive_the_page(page_record):
    texts = " ".join(c["text"] for c in page_record["claims"])
    assert "recaptured the Halfaya bridge" in texts
    assert "35 fighters" in texts
