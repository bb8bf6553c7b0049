"""Credit lines a page prints around a report: an agency's name or initials with a date stamp
under a state agency's headline ("ABP - 3 December 2026 - 14:10"), a relief site's "Source:"
field, and the list of other episodes or stories a page closes with, whose dotted numbers
("Ep. 210:") are no web host and so credit nothing."""

from __future__ import annotations

import pytest

from claimledger.read import read_path
from claimledger.read.credits import read_trailer
from claimledger.read.debris import strip_leading_debris


@pytest.mark.parametrize(
    ("body", "origin", "published", "rest"),
    [
        ("AIP - 4 December 2026 - 16:45\nAbidjan, 4 December 2026 (AIP) - Gunmen attacked a customs post.",
         "AIP", "2026-12-04", "Gunmen"),
        ("SUNA | 2026-11-30\nThe Sovereignty Council said the road to El Obeid was reopened.",
         "SUNA", "2026-11-30", "The Sovereignty"),
        ("Xinhua - December 2, 2026\nThe ministry said the convoy reached the border town.",
         "Xinhua", "2026-12-02", "The ministry"),
    ],
)
def test_an_agency_line_with_a_date_stamp_credits_and_dates_the_copy(
        body: str, origin: str, published: str, rest: str) -> None:
    lead = strip_leading_debris(body, None)
    assert lead.published == published
    assert lead.origin == origin
    assert lead.body.startswith(rest)


@pytest.mark.parametrize(
    "body",
    [
        "UN - 3 May 2026 talks ended without a deal, the envoy said.",
        "Army - 3 May 2026: a day to remember, the general wrote.",
    ],
)
def test_a_name_and_a_date_that_open_a_sentence_stay_text(body: str) -> None:
    lead = strip_leading_debris(body, None)
    assert lead.body == body
    assert lead.origin is None


def test_a_relief_site_source_field_names_the_origin_known_or_not() -> None:
    body = ("Format: News and Press Release | Source: Norwegian Refugee Council | Posted: 2 Dec 2026\n"
            "Thousands of families fled fighting around Kalemie this week, aid workers said.")
    lead = strip_leading_debris(body, None)
    assert lead.origin == "Norwegian Refugee Council"
    assert lead.published == "2026-12-02"
    assert lead.body.startswith("Thousands")


def test_a_table_of_counts_names_no_source() -> None:
    body = "Killed: 12 | Wounded: 30 | Missing: 4\nThe figures come from the district hospital."
    lead = strip_leading_debris(body, None)
    assert lead.origin is None
    assert lead.body == body


@pytest.mark.parametrize(
    ("line", "origin"),
    [
        ("- Ep. 210: Inside the camps of Bajaur", None),
        ("- No. 4: The valley after the floods", None),
        ("— www.dawn.com", "dawn.com"),
        ("Source: reliefweb.int", "reliefweb.int"),
    ],
)
def test_only_a_real_host_counts_as_an_unknown_source_line(line: str, origin: str | None) -> None:
    credit = read_trailer(line)[1]
    assert (credit.origin if credit else None) == origin


def test_a_podcast_page_closing_with_other_episodes_has_no_origin(tmp_path) -> None:
    page = tmp_path / "episode.txt"
    page.write_text(
        "Shelling on the Tirah road: a councillor's account\n"
        "Valley Voices, episode 88 | 2 December 2026\n"
        "HOST: What happened on Monday?\n"
        "GUEST: Mortar rounds hit two houses in the bazaar and four people were wounded.\n"
        "More from Valley Voices\n"
        "- Ep. 87: Traders at the crossing count their losses\n"
        "- Ep. 86: Schools reopen after the curfew\n"
        "Share on WhatsApp | Facebook | X\n",
        encoding="utf-8")
    document = next(read_path(page))
    assert document.declared_origin is None
    assert document.published == "2026-12-02"


def _read(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return next(read_path(page))


def test_a_search_box_under_the_menu_is_chrome_so_the_headline_is_found(tmp_path) -> None:
    document = _read(tmp_path, (
        "KABUL TIMES ONLINE\n"
        "Home  National  Provinces  World  Opinion  Photos\n"
        "Search...\n"
        "Wednesday, 02 December 2026 11:05\n"
        "Top Stories\n"
        "Security forces clear insurgent hideouts in Kunduz district\n"
        "Kunduz, KT- Security forces on Tuesday cleared three hideouts of insurgents in Imam Sahib "
        "district, a provincial spokesman said.\n"))
    assert document.title == "Security forces clear insurgent hideouts in Kunduz district"
    assert document.published == "2026-12-02"
    assert document.text.startswith("Kunduz")


@pytest.mark.parametrize(
    "caption",
    ["(Photo courtesy of the 8th Infantry Division)", "Photo by Ana Reyes",
     "[Image courtesy of the provincial police]"],
)
def test_a_credit_only_caption_above_the_dateline_is_cut_with_it(tmp_path, caption: str) -> None:
    document = _read(tmp_path, (
        "Rebels, troops clash in mountain village; 3 dead\n"
        f"{caption}\n"
        "LAS NAVAS, Northern Samar -- Three rebels were killed in a clash with soldiers on Monday, the army said.\n"))
    # the caption is cut; the place-only dateline under it stays for the extractor, which marks it
    assert document.text.startswith("LAS NAVAS, Northern Samar -- Three rebels were killed")


def test_a_broadcast_stamp_dates_a_transcript(tmp_path) -> None:
    document = _read(tmp_path, (
        "Gunmen raid cattle market in Katsina\n"
        "Broadcast: Friday, 4 December 2026, 21:00 WAT\n"
        "PRESENTER: Gunmen attacked a cattle market on Thursday. Our reporter joins us.\n"
        "REPORTER: Residents say at least nine traders were killed.\n"))
    assert document.published == "2026-12-04"


def test_a_press_release_under_its_organisation_and_dated_label_keeps_its_own_headline(tmp_path) -> None:
    document = _read(tmp_path, (
        "FOR IMMEDIATE RELEASE\n"
        "Norwegian Refugee Council / Flyktninghjelpen\n"
        "Press release | 3 December 2026\n"
        "Mali: thousands cut off from aid as fighting closes roads around Léré\n"
        "BAMAKO, MALI, DECEMBER 3, 2026 — Fighting around Léré has cut off some 20,000 people from "
        "food aid, the Norwegian Refugee Council said on Thursday.\n"))
    assert document.title == "Mali: thousands cut off from aid as fighting closes roads around Léré"
    assert document.published == "2026-12-03"
    assert document.text.startswith("Fighting around Léré")


def test_a_live_page_label_under_the_headline_is_chrome(tmp_path) -> None:
    document = _read(tmp_path, (
        "Gaza live: strikes hit Khan Younis as talks resume in Cairo\n"
        "Live updates\n"
        "By News Staff\n"
        "Published 5 Dec 2026 | Updated 5 Dec 2026 18:40 GMT\n"
        "18:40 GMT - Strikes on Khan Younis\n"
        "The civil defence agency said strikes on two houses in Khan Younis killed nine people.\n"))
    assert document.published == "2026-12-05"
    assert not document.text.startswith(("Live updates", "By News Staff"))


@pytest.mark.parametrize("label", ["Press release", "Flash update", "News release", "Statement"])
def test_the_kind_of_page_beside_its_date_is_a_meta_line(label: str) -> None:
    from claimledger.read.furniture import is_furniture

    assert is_furniture(f"{label} | 3 December 2026")
    assert not is_furniture(f"{label.lower()} of the army spokesman came late on Thursday")


def test_a_wire_page_stamp_glued_to_its_update_note_dates_the_copy(tmp_path) -> None:
    document = _read(tmp_path, (
        "Sudan's army says it repelled drone attack on Port Sudan\n"
        "By Khalid Abdelaziz\n"
        "December 6, 20262:14 PM GMTUpdated 2 hours ago\n"
        "PORT SUDAN, Dec 6 (Reuters) - Sudan's army said on Saturday its air defences shot down "
        "drones over Port Sudan.\n"))
    assert document.published == "2026-12-06"
    assert document.declared_origin == "Reuters"
    assert document.text.startswith("Sudan's army said on Saturday")


def test_a_broadcasters_buttons_and_stacked_byline_are_chrome(tmp_path) -> None:
    document = _read(tmp_path, (
        "Gunmen kill 14 worshippers in Burkina Faso church attack, officials say\n"
        "3 hours ago\n"
        "Share\n"
        "Save\n"
        "Nomia Iqbal\n"
        "West Africa correspondent\n"
        "Gunmen attacked a church in northern Burkina Faso during Sunday prayers, killing 14 people, "
        "local officials said.\n"))
    assert document.title.startswith("Gunmen kill 14 worshippers")
    assert document.text.startswith("Gunmen attacked a church")


def test_a_standfirst_over_the_byline_is_no_part_of_the_story(tmp_path) -> None:
    document = _read(tmp_path, (
        "World  Europe  US  Americas  Asia  Australia  Middle East  Africa\n"
        "Mexico\n"
        "This article is more than 2 months old\n"
        "Mexican navy says 9 cartel gunmen killed in Michoacán clash\n"
        "Security cabinet defends operation after reports of civilian deaths\n"
        "Thomas Graham in Mexico City\n"
        "Sat 5 Dec 2026 19.05 GMT\n"
        "Mexico's navy has said nine gunmen of a cartel were killed in a clash in Michoacán state.\n"))
    assert document.title == "Mexican navy says 9 cartel gunmen killed in Michoacán clash"
    assert document.published == "2026-12-05"
    assert document.text.startswith("Mexico's navy has said")


def test_a_lead_without_a_full_stop_over_a_second_paragraph_stays_text(tmp_path) -> None:
    document = _read(tmp_path, (
        "Shelling resumes on the Kherson front\n"
        "Russian forces shelled Kherson overnight, officials said\n"
        "Two people were wounded in the Dnipro district, the regional governor said.\n"))
    assert document.text.startswith("Russian forces shelled Kherson")


@pytest.mark.parametrize(
    "body",
    [
        "PESHAWAR: Militants attacked a police post in Bannu on Friday, officials said.",
        "PRESENTER: Good morning, what happened overnight?\nREPORTER: Shelling hit the market at dawn.",
    ],
)
def test_a_town_or_a_speaker_in_capitals_before_a_colon_stays_in_the_text(body: str) -> None:
    # the town is where the report was filed, a place of the report as the expectations count them
    assert strip_leading_debris(body, None).body == body


def test_a_print_line_and_an_app_promotion_close_no_story(tmp_path) -> None:
    document = _read(tmp_path, (
        "Militants kill four policemen in Lakki Marwat\n"
        "Militants attacked a police checkpoint in Lakki Marwat on Thursday, killing four policemen, "
        "a district police officer said.\n"
        "Published in The Frontier Post, December 4th, 2026\n"
        "Want more news? Download our app\n"
        "Comments (3)\n"))
    assert document.text.endswith("a district police officer said.")
    assert document.declared_origin is None


@pytest.mark.parametrize(
    ("page", "published", "origin", "lead"),
    [
        ("Drone strike kills 6 at Gao market, officials say\n"
         "Issued on: 04/12/2026 - 09:10Modified: 04/12/2026 - 11:02\n3 min\n"
         "Bamako (AFP) – A drone strike killed six people at a market near Gao on Friday, officials said.\n",
         None, "AFP", "A drone strike killed"),
        ("Russian forces take village in Kharkiv region - ministry\n"
         "MOSCOW, December 4. /TASS/. Russian forces have taken the village of Kupiansk-Vuzlovyi, "
         "the Defence Ministry said on Friday.\n",
         None, "TASS", "Russian forces have taken"),
        ("Turkish strikes hit PKK targets in northern Iraq\n"
         "Mehmet Demir | 04.12.2026 - Update : 04.12.2026\n"
         "ANKARA\n"
         "Turkish warplanes struck PKK targets in the Gara region of northern Iraq on Friday, the "
         "National Defence Ministry said.\n",
         "2026-12-04", None, "ANKARA\nTurkish warplanes"),
        ("Yemen: Houthi drone hits tanker in Red Sea\n"
         "Published date: 4 December 2026 10:21 GMT\n"
         "A Houthi drone struck a tanker off the port of Hodeidah, the UK's maritime agency said.\n",
         "2026-12-04", None, "A Houthi drone"),
    ],
)
def test_wire_and_state_agency_heads_as_sites_print_them(
        tmp_path, page: str, published: str | None, origin: str | None, lead: str) -> None:
    document = _read(tmp_path, page)
    assert document.published == published
    assert document.declared_origin == origin
    assert document.text.startswith(lead)
