"""The head of a page saved as plain text: the site's menus and labels above the
headline, and the date stamp between the headline and the story.

Pages written for these tests, in the shapes sites print them: menus with widgets among
their sections ("e-Paper", "Subscribe for $1"), menus mixing wide spaces and bars,
abbreviations in menu items, labels over the headline, and the date stamp sitting below
a standfirst or beside a staff credit rather than right under the headline.
"""

from __future__ import annotations

import pytest

from claimledger.read import read_text
from claimledger.read.chrome import is_navigation
from claimledger.read.furniture import head_date

STORY = ("Gunmen on motorbikes attacked a market in the district on Sunday, killing at least 14 "
         "people and wounding dozens more, a local official said, adding that the attackers fled "
         "towards the border before troops arrived in the area.")


@pytest.mark.parametrize("line", [
    "News  Politics  Africa  World  Business  Opinion  Sport  Lifestyle  e-Paper",
    "Subscribe for $1  |  Log in  |  e-Edition",
    "Sahel  Maghreb  Economy  Culture  Podcasts  |  Search  |  العربية",
    "U.S. News | World News | Politics | Business | Sports | Science | Fact Check",
    "Home | Statements | Announcements | News | Videos | Donate",
])
def test_menus_with_widgets_bars_and_abbreviations_are_navigation(line):
    assert is_navigation(line)


@pytest.mark.parametrize("line", [
    "Gunmen kill 12 | police say",
    "Al-Shabaab  attack  kills  five",
    "Killed | 12 | Wounded | 30",
    "The army said the town was retaken. | Residents disagreed.",
])
def test_story_lines_are_not_navigation(line):
    assert not is_navigation(line)


def test_a_masthead_over_a_menu_ending_in_a_widget_leaves_the_headline_as_title():
    page = "\n".join([
        "The Sahel Courier",
        "Subscribe  |  Sign in",
        "News  Politics  Africa  World  Business  Opinion  Sport  e-Paper",
        "",
        "AFRICA",
        "",
        "Jihadists storm army post near Djibo; ministry says assault repelled",
        "",
        "By COURIER STAFF",
        "Published: Tuesday, March 10, 2026, 7:15 PM",
        "",
        STORY,
    ])
    doc = read_text(page)
    assert doc.title == "Jihadists storm army post near Djibo; ministry says assault repelled"
    assert doc.published == "2026-03-10"
    assert doc.text.rstrip().endswith("in the area.")


def test_a_subscription_row_and_a_one_step_breadcrumb_are_chrome_and_the_stamp_under_a_standfirst_dates_it():
    page = "\n".join([
        "The Gulf Coast Tribune",
        "Subscribe for $2  |  Log in  |  e-Edition",
        "Home  Local  Nation  World  Sports  Business  Opinion  Weather",
        "",
        "World > Africa",
        "",
        "Militants raid Somali town of Elasha, killing 14",
        "",
        "Traders flee towards Mogadishu as the group presses its offensive in Lower Shabelle",
        "",
        "Reuters",
        "Published Feb. 3, 2026 at 4:02 p.m. ET | Updated Feb. 3, 2026 at 6:40 p.m. ET",
        "",
        STORY,
    ])
    doc = read_text(page)
    assert doc.title == "Militants raid Somali town of Elasha, killing 14"
    assert doc.published == "2026-02-03"


def test_labels_under_the_menu_and_over_the_headline_are_chrome():
    page = "\n".join([
        "Ambazonia Defence Council / Press Office",
        "Home | Statements | Communiqués | News | Videos | Donate",
        "Information Department",
        "Communiqué No. 12/2026",
        "Date: 9 March 2026",
        "Separatist fighters repel army raid near Batibo; two soldiers captured",
        STORY,
    ])
    doc = read_text(page)
    assert doc.title == "Separatist fighters repel army raid near Batibo; two soldiers captured"
    assert doc.published == "2026-03-09"


def test_a_short_headline_over_the_story_is_not_taken_for_a_label():
    page = "\n".join([
        "Home | World | Africa | Sahel | Opinion",
        "Kidal shelled",
        STORY,
    ])
    doc = read_text(page)
    assert "Gunmen on motorbikes" in doc.text
    assert doc.title != "Home | World | Africa | Sahel | Opinion"


@pytest.mark.parametrize(("head", "iso"), [
    ("Situation Report\nSource: UNHCR\nPosted 3 Mar 2026 | Originally published 3 Mar 2026", "2026-03-03"),
    ("Gaza desk staff | 14 February 2026, 09:30 | Updated 11:05", "2026-02-14"),
    ("Beirut Live staff | Last updated: 2 May 2026, 18:20 (Beirut time)", "2026-05-02"),
    ("Last updated 4 May 2026 | Published 2 May 2026", "2026-05-02"),
])
def test_the_head_stamp_is_found_below_the_headline(head, iso):
    assert head_date(head + "\n\n" + STORY) == iso


@pytest.mark.parametrize("head", [
    "[Photo: Smoke over the market in Kalemie, March 3, 2026. Credit: Reader photo]",
    "KALEMIE, March 3, 2026 was the day the convoy came, residents said in interviews this week.",
    "",
])
def test_dates_in_captions_and_sentences_are_no_stamp(head):
    assert head_date(head + "\n\n" + STORY) is None


def test_a_date_below_the_first_paragraph_is_no_stamp_of_the_page():
    assert head_date(STORY + "\n\nPublished 2 May 2026") is None
