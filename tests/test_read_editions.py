"""The top of a printed paper's web page: its edition line ("Vol. 12 No. 204 | Tuesday, 3 March
2026"), its name in capitals, its menu row, the byline, "Updated:" and share-button lines,
all over or under the headline. The headline is the title, whatever order they come in."""

from __future__ import annotations

import pytest

from claimledger.read import read_text
from claimledger.read.furniture import is_furniture

STORY = ("Gunmen killed 12 villagers in an overnight raid on a farming settlement in the north, "
         "police said on Tuesday.")
HEADLINE = "Gunmen kill 12 villagers in overnight raid"


@pytest.mark.parametrize("line", [
    "Vol. 12 No. 204 | Tuesday, 3 March 2026",
    "Vol. XII, No. 204 | Thursday, 5 March 2026",
    "Monday, March 2, 2026 | Vol. 4 No. 61",
    "Tuesday 3 March 2026 | Issue No. 2,114",
    "Issue 12,334 | Monday 2 March 2026",
    "Volume 45 Issue 12 | 1 March 2026",
])
def test_an_edition_line_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Vol. 12 of the inquiry found 204 cases of abuse in the camps last year.",
    "No. 204 Squadron flew three sorties over the border on Tuesday, the air force said.",
])
def test_a_sentence_with_a_volume_or_number_is_no_edition_line(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("top", [
    "Vol. 12 No. 204 | Tuesday, 3 March 2026\nThe Northern Courier\n",
    "Vol. 48 No. 61 | Wednesday, 4 March 2026\nTHE DAILY PLAINS GAZETTE OF THE NORTH\n",
    "Northern Courier\nMonday, March 2, 2026 | Vol. 4 No. 61\n",
    "The Northern Courier\nTuesday 3 March 2026 | Issue No. 2,114\n",
    "Vol. 30 No. 12\nSunday, 1 March 2026\nTHE NORTHERN COURIER\n",
    "NORTHERN COURIER\nVol. 7, No. 1,204 | Friday, 6 March 2026 | Price: 500 CFA\nHome | Politics | Sports\n",
])
def test_the_headline_under_an_edition_line_and_a_masthead_is_the_title(top: str) -> None:
    document = read_text(f"{top}{HEADLINE}\nBy Staff Reporter\n{STORY}\n")
    assert document.title == HEADLINE
    assert document.text.startswith("Gunmen killed 12")


@pytest.mark.parametrize("under", [
    "Published on Tuesday, 3 March 2026 by Admin\nTweet Share Email\n",
    "Updated Mar 3, 2026 - 4:12 PM\nShare this:\nFacebook\nX\n",
    "Updated: 3 March 2026, 09:14\nShare on Facebook Twitter WhatsApp\n",
])
def test_a_short_headline_over_its_stamp_and_share_buttons_stays_the_title(under: str) -> None:
    # the site's name and its buttons row over the headline; the stamp and share run under it
    document = read_text(f"The Standard\nE-Paper | Subscribe | Login\n{HEADLINE}\n{under}{STORY}\n")
    assert document.title == HEADLINE
    assert document.text.startswith("Gunmen killed 12")


def test_an_organisation_over_its_dated_release_line_is_still_a_label() -> None:
    document = read_text("International Committee of the Red Cross\nNews release | 3 March 2026\n"
                         "Thousands cut off from water after strikes on pumping station\n"
                         "Strikes on a pumping station have cut off water to some 40,000 people, "
                         "the ICRC said on Tuesday.\n")
    assert document.title == "Thousands cut off from water after strikes on pumping station"


def test_a_headline_in_capitals_over_its_story_stays_the_title() -> None:
    document = read_text("Home | News | World | Sports\nREBELS SEIZE BORDER TOWN AFTER TWO DAYS OF FIGHTING\n"
                         "Rebels seized a border town on Sunday after two days of fighting with the army, "
                         "residents said, as thousands fled across the river.\n")
    assert document.title == "REBELS SEIZE BORDER TOWN AFTER TWO DAYS OF FIGHTING"


def test_a_briefs_issue_line_with_its_span_of_days_is_furniture_and_dates_nothing() -> None:
    document = read_text("Horn Peace Monitor\nWeekly Brief | Issue 214 | 1–7 March 2026\n"
                         "Air strikes hit three villages near the border\n"
                         "Aircraft bombed three villages near the border on Wednesday, killing at least eight "
                         "civilians, local groups said.\n")
    assert document.title == "Air strikes hit three villages near the border"
    assert document.published is None  # the week the brief covers is not the day it was published


def test_a_byline_written_as_a_field_under_the_headline_is_cut() -> None:
    document = read_text("Thursday 5 March 2026 | Vol. 9 No. 44\nThe Upper Nile Echo\n"
                         "Soldiers say the army has not paid them for six months\nReporter: Deng Mabior\n"
                         "Soldiers of the army in Upper Nile say they have not received their salaries since "
                         "September, and some have sold their rifles.\n")
    assert document.title == "Soldiers say the army has not paid them for six months"
    assert document.text.startswith("Soldiers of the army")
