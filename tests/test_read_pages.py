"""The reader on raw pages: menus printed with single spaces, membership appeals, a
byline in lower case under the headline, the writer's note and the contributors' line
closing a page. Pages written for these tests."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.read import read_text
from claimledger.read.chrome import SECTION_WORDS, is_navigation
from claimledger.read.furniture import is_furniture, is_story


def test_section_words_are_one_lower_case_word_each():
    rows = read_table("section_words.tsv")
    assert all(len(row) == 1 and row[0] == row[0].lower() and " " not in row[0] for row in rows)
    assert len(rows) == len({row[0] for row in rows})
    assert {"news", "world", "politics", "sport", "opinion"} <= SECTION_WORDS


@pytest.mark.parametrize("line", [
    "U.S. News World News Politics Sports Entertainment Business Science Health",
    "Home News Africa Middle East Opinion Video",
    "World Politics Business Climate Culture",
])
def test_a_menu_printed_with_single_spaces_is_navigation(line):
    assert is_navigation(line)


@pytest.mark.parametrize("line", [
    "Sudan Army Retakes Key Bridge In Omdurman",
    "Russian Forces Push Toward Huliaipole Amid Heavy Glide Bomb Attacks",
    "World Food Programme Warns Of Famine In Gaza",
    "Health Workers Killed In Sahel Attack",
])
def test_a_headline_in_title_case_is_no_menu(line):
    assert not is_navigation(line)


@pytest.mark.parametrize("line", [
    "Support independent journalism. Become a member",
    "We have reported from the front since 2022. Help us keep going.",
    "Editor's note: This story is being updated.",
    "This is a developing story.",
])
def test_appeals_and_editors_notes_are_furniture(line):
    assert is_furniture(line)


def test_a_byline_in_lower_case_does_not_hide_the_headline_above_it():
    doc = read_text("Support independent journalism. Become a member\n"
                    "NewsWarBusinessOpinionCulture\n"
                    "Frontline\n\n"
                    "Drones hit power station in Kharkiv as blackout spreads\n\n"
                    "by Taras Melnyk\n"
                    "March 3, 2026 9:10 AM\n\n"
                    "Russian drones struck a power station in Kharkiv overnight, leaving much of the city "
                    "without electricity, the regional governor said on Tuesday morning.\n")
    assert doc.title == "Drones hit power station in Kharkiv as blackout spreads"
    assert doc.text.startswith("Russian drones struck")


def test_a_single_spaced_menu_under_a_masthead_is_no_title():
    doc = read_text("AP NEWS\n"
                    "U.S. News World News Politics Sports Entertainment Business Science Health\n"
                    "WORLD NEWS\n\n"
                    "Gunmen attack convoy on road to Cap-Haitien, police say\n\n"
                    "CAP-HAITIEN, Haiti (AP) — Gunmen opened fire on a convoy of trucks north of the city "
                    "on Friday, killing two drivers, police said.\n\n"
                    "The attack was the third on the road this month, residents said.\n")
    assert doc.title == "Gunmen attack convoy on road to Cap-Haitien, police say"


@pytest.mark.parametrize("closing", [
    "Associated Press writer Maria Lopez in Santo Domingo, Dominican Republic, contributed to this report.",
    "Ahmed Salih in Khartoum contributed reporting.",
    "Nadia Haddad is a correspondent covering the Levant. She is based in Beirut.",
    "Ko Min Thu is a freelance journalist who reports on conflict in Myanmar from Chiang Mai.",
])
def test_the_writers_note_and_contributors_line_closing_a_page_are_cut(closing):
    doc = read_text("Clashes spread to outskirts of the capital\n\n"
                    "Fighting spread to the southern outskirts of the capital on Sunday, forcing hundreds of "
                    "families to flee their homes, residents said.\n\n"
                    "The army said it had pushed the attackers back, but gave no figures for losses.\n\n"
                    + closing + "\n")
    assert closing.split()[0] not in doc.text
    assert doc.text.endswith("gave no figures for losses.")
    assert not is_story(closing)


def test_a_story_sentence_about_reporters_stays():
    doc = read_text("Journalists detained in Goma\n\n"
                    "Two reporters were detained in Goma on Monday, their employer said.\n\n"
                    "The reporters had covered the fighting for months, a colleague said.\n")
    assert doc.text.endswith("a colleague said.")


def test_a_published_and_updated_meta_line_is_cut_whole_and_dates_the_report():
    doc = read_text("Jihadists attack army post in eastern Burkina Faso\n"
                    "Published on 14/10/2026 at 11:20 | Updated 14/10/2026 at 15:02\n"
                    "By our correspondent in Ouagadougou\n"
                    "Dozens of soldiers were killed when jihadists attacked an army post in the east, "
                    "security sources said.\n")
    assert doc.text.startswith("Dozens of soldiers") and doc.published == "2026-10-14"


@pytest.mark.parametrize("line", ["By our correspondent in Ouagadougou", "By a staff reporter", "By staff writers"])
def test_an_unnamed_byline_is_cut(line):
    doc = read_text("Clashes near the border\n\n" + line + "\n\nFighting broke out near the border on Monday, "
                    "residents said.\n")
    assert doc.text.startswith("Fighting broke out")
