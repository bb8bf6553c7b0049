"""Wire and state-agency pages as they are scraped: meta lines under the headline, datelines
signed in the agency's own style, menus in scripts without capitals, and what closes the copy
(captions, end marks, filing times). Written after the reader's second blind round (Sudan,
Lebanon, DR Congo, Yemen, Ethiopia pages), in other words and on other places."""

from __future__ import annotations

import pytest

from claimledger.read.chrome import is_navigation
from claimledger.read.cleanup import read_text
from claimledger.read.dates import STAMP, stamp_iso, worded_date
from claimledger.read.furniture import is_closing_caption, is_furniture, is_tail_header, meta_date

HEADLINE = "Army says it repelled militia raid on Kadugli airport, killing 30"
LEAD = ("Government troops repelled an attack by militia fighters on the airport of Kadugli on Tuesday, "
        "killing 30 of the attackers, the army said in a statement.")
SECOND = "Residents said the shelling stopped before dawn and that several homes near the runway had been hit."


@pytest.mark.parametrize("line", [
    "الرئيسية  أخبار  السودان  العالم  رياضة",
    "መነሻ  ዜና  ፖለቲካ  ኢኮኖሚ  ስፖርት",
    "Home  Local  Gulf  World  Economy  عربي",
])
def test_menus_in_scripts_without_capitals_are_navigation(line: str) -> None:
    assert is_navigation(line)


@pytest.mark.parametrize("line, iso", [
    ("Source: Xinhua | 2026-04-07 11:05:09 | Editor: wangli", "2026-04-07"),
    ("Last update: 07 Apr 2026 - 11:05", "2026-04-07"),
    ("April 7/2026 · By Staff Reporter · 3 min read", "2026-04-07"),
    ("Aktualisiert am 7. April 2026, 11:05 Uhr", "2026-04-07"),
    ("Von Lena Fischer, dpa | 7. April 2026", "2026-04-07"),
])
def test_meta_lines_under_a_headline_are_furniture_and_date_the_page(line: str, iso: str) -> None:
    assert is_furniture(line)
    assert meta_date(line) == iso


@pytest.mark.parametrize("line", ["Last updated: 2 hours ago", "Lesezeit: 3 Min.", "Enditem", "Von Karim Haddad, dpa"])
def test_more_furniture(line: str) -> None:
    assert is_furniture(line)


def test_von_der_leyen_is_no_byline() -> None:
    assert not is_furniture("Von der Leyen said the bloc would send more aid to the region.")


def test_month_day_slash_year_is_a_date() -> None:
    m = STAMP.match("April 7/2026")
    assert m is not None and stamp_iso(m) == "2026-04-07"
    assert worded_date("Addis Abeba, April 7/2026") == "2026-04-07"


@pytest.mark.parametrize("top, published, origin", [
    ("Riyadh, Shawwal 19, 1447, Apr 7, 2026, SPA -- ", "2026-04-07", "SPA"),
    ("Manama, Apr 7, 2026, BNA -- ", "2026-04-07", "BNA"),
    ("Addis Abeba, April 7/2026 – ", "2026-04-07", None),
    ("KHARTOUM, April 7 (Xinhua) -- ", None, "Xinhua"),
])
def test_datelines_in_an_agencys_own_style(top: str, published: str | None, origin: str | None) -> None:
    doc = read_text(f"{HEADLINE}\n{top}{LEAD}\n{SECOND}")
    assert doc.text.startswith("Government troops repelled"), doc.text[:60]
    assert doc.published == published
    assert doc.declared_origin == origin


def test_an_unknown_signature_after_a_date_is_no_dateline() -> None:
    doc = read_text(f"{HEADLINE}\nKadugli, Apr 7, 2026, Tuesday -- {LEAD}\n{SECOND}")
    assert doc.declared_origin is None


@pytest.mark.parametrize("closing", [
    "Sudanese soldiers at Kadugli airport, April 6, 2026. (Xinhua/Staff Photographer)\nEnditem",
    "--SPA\n11:40 LOCAL TIME 08:40 GMT",
    "Photo: Soldiers guard the runway at Kadugli. REUTERS/Stringer",
    "Troops on patrol near Kadugli, in this file photo.",
    "Enditem\n[Editor's picks]\nChad reopens border crossing to aid convoys",
])
def test_what_closes_a_wire_copy_is_cut(closing: str) -> None:
    doc = read_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{closing}")
    assert doc.text.endswith("had been hit."), doc.text[-60:]


def test_a_last_paragraph_mentioning_a_screen_grab_stays() -> None:
    last = "The militia later posted a screen grab of the burning hangar, which the army said was fake."
    doc = read_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{last}")
    assert doc.text.endswith(last)
    assert not is_closing_caption(last)


def test_bracketed_tail_headers() -> None:
    assert is_tail_header("[Editor's picks]")
    assert is_tail_header("Articles similaires :")


def test_a_whole_gulf_agency_page() -> None:
    page = ("Bahrain News Agency\n"
            "Home  Local  Gulf  World  Economy  Sports  عربي\n"
            "Last update: 07 Apr 2026 - 11:05\n\n"
            f"{HEADLINE}\n\n"
            f"Manama, Shawwal 19, 1447, Apr 7, 2026, BNA -- {LEAD}\n\n{SECOND}\n"
            "--BNA\n11:40 LOCAL TIME 08:40 GMT")
    doc = read_text(page)
    assert doc.title == HEADLINE
    assert doc.published == "2026-04-07" and doc.declared_origin == "BNA"
    assert doc.text.startswith("Government troops") and doc.text.endswith("had been hit.")


# ---------------------------------------------------------------------- third blind batch


@pytest.mark.parametrize("line", ["You are here: Home > News > Africa", "Vous êtes ici : Accueil › Sécurité"])
def test_a_breadcrumb_that_says_so_is_navigation(line: str) -> None:
    assert is_navigation(line)


@pytest.mark.parametrize("line", ["Wednesday March 4, 2026", "4 March، 2026", "mercredi 4 mars 2026"])
def test_a_date_alone_on_its_line_is_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_byline_and_a_date_line_above_the_headline_are_chrome() -> None:
    page = ("Sahel Tribune\nHome | Africa | World | Opinion\n"
            "Updated: Mar 04, 2026 09:10 WAT\nBy ST News Desk\n\n"
            f"{HEADLINE}\n\nKADUGLI, March 4 (PTI) {LEAD}\n{SECOND}")
    doc = read_text(page)
    assert doc.title == HEADLINE
    assert doc.published == "2026-03-04" and doc.declared_origin == "PTI"
    assert doc.text.startswith("Government troops")


def test_a_lower_case_weekday_under_the_headline_keeps_the_headline() -> None:
    page = (f"Accueil  Politique  Société  Sécurité\nVous êtes ici : Accueil › Sécurité\n\n{HEADLINE}\n\n"
            f"mercredi 4 mars 2026\nPar Awa Traoré\n\nPort-au-Prince, 4 mars 2026 (AlterPresse) -- {LEAD}\n{SECOND}")
    doc = read_text(page)
    assert doc.title == HEADLINE
    assert doc.published == "2026-03-04" and doc.declared_origin == "AlterPresse"


def test_an_agency_signature_dateline_credits_the_agency_and_stays() -> None:
    doc = read_text(f"{HEADLINE}\nHama, SANA- {LEAD}\n{SECOND}\nR.K / H.S")
    assert doc.declared_origin == "SANA"
    assert doc.text.startswith("Hama, SANA-")  # the extractor reads where the copy was filed
    assert doc.text.endswith("had been hit.")


def test_a_place_and_an_unknown_word_make_no_signature() -> None:
    doc = read_text(f"{HEADLINE}\nKadugli, Sudan- {LEAD}\n{SECOND}")
    assert doc.declared_origin is None
