"""The reader on page shapes that are no news site's article: channel posts and threads, feed
items dumped as fields, PDF print-outs with letterheads and page headers, newsletters, live
pages, event maps, translations, comment threads. Lines of each kind are furniture; body lines
that look like them are not. Whole pages (tests/read_pages/, written for these tests) assert
the document's fields and that no furniture becomes a claim, speaker, figure, event or place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.analyze import analyze
from claimledger.extract.parts import report_parts
from claimledger.read import read_text
from claimledger.read.channels import feed_fields, is_channel_line, is_contact_line, is_page_break, post_header
from claimledger.read.furniture import is_furniture, tail_start

PAGES = Path(__file__).parent / "read_pages"


@pytest.mark.parametrize("line", [
    "👁 12.4K  edited  06:32", "👁 5,902  09:48", "👀 880", "12,384 subscribers", "3.1K members",
    "Forwarded from Sahel Monitor", "Join channel", "Open in Telegram", "Pinned message",
    "Cabinda Observer 🇦🇴 @CabindaObs", "@CabindaObs · Dec 5", "· Dec 5",
    "4:12 PM · Dec 5, 2026 · 18.2K Views", "142 Reposts  23 Quotes  510 Likes  31 Bookmarks",
    "Show more replies", "Post your reply", "Load more comments", "Sort by: Newest", "Reply  Like  12", "Reply",
    "View in browser", "View this email in your browser", "Forward to a friend",
    "Unsubscribe | Update your preferences",
    "You are receiving this email because you subscribed to Central America Security Brief.",
    "Issue 47 · Friday, December 4, 2026", "Hi there,", "Dear readers,",
    "This week: violence around Guatemala's prisons, and a new state of siege.",
    "Page 1 of 2", "Page 3/4", "- 2 -", "– END –", "ENDS",
    "FLEC – Political Bureau | Press Release No. 23/2026        Page 2 of 2",
    "Signed: Jean-Claude Nzita, Secretary for Information",
    "Rue des Palmiers 14, 75012 Paris · Tel. +33 1 44 55 66 77 · info@example-flec.org",
    "Contact: press@example-flec.org | +33 6 12 34 56 78",
    "Translated from Arabic by Sahara Monitor staff", "Translation: Sahara Monitor",
    "AMP", "View non-AMP version", "Back to top", "Key events", "Show key events only", "Reuse this content",
    "Full coverage", "View all", "Download the app", "Reuters · 2 hours ago", "Andina · 5 hours ago",
    "Read online", "Good morning,", "The Sahel Letter | No. 112 | 5 December 2026",
])
def test_lines_of_posts_newsletters_and_print_outs_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Editor's note: the figures below come from the district hospital, which has not updated them since Monday.",
    'The ministry\'s only reply was "No comment."',
    "Reply to the governor's letter came two weeks later, officials said.",
    "The army said it would not reply to the rebels' statement.",
    "Residents said the militants posted a video on Telegram showing the burned base.",
    "The group's channel, which has more than 12,000 subscribers, claimed the attack.",
    "Police said the suspects had forwarded the messages to a local commander.",
    "The report, on page 2 of the ministry's statement, lists 14 dead.",
    "Officials urged residents to call the emergency line on 112 if they saw armed men.",
    "The end of the ceasefire was announced on Tuesday.",
    "This week the army said it had retaken three villages near Gwoza.",
    "Hi-tech drones were used in the strike, the army said.",
])
def test_story_lines_that_look_like_furniture_are_not(line):
    assert not is_furniture(line)
    assert not is_channel_line(line)


def test_contact_lines_need_an_address_and_no_sentence():
    assert is_contact_line("Amina Yusuf, Head of Office, yusuf@example.org, +234 800 000 0000")
    assert not is_contact_line("The governor's office said it could be reached on +234 800 000 0000 for information "
                               "about missing relatives, and that 40 families had called by noon on Friday.")


def test_page_breaks_are_told_from_the_tail():
    assert is_page_break("Page 1 of 2")
    assert is_page_break("FLEC – Political Bureau | Press Release No. 23/2026        Page 2 of 2")
    assert not is_page_break("Signed: Jean-Claude Nzita")
    story = ("The Political Bureau says its fighters clashed with an army unit near Miconje and that seven soldiers "
             "died in the fighting.")
    lines = [story, "Page 1 of 2", "The movement calls on the African Union to send observers to the enclave.",
             "Signed: Jean-Claude Nzita", "– END –"]
    assert tail_start(lines) == 3  # the page's number is no tail: the story goes on under it


def test_a_feed_item_dumped_as_fields_gives_title_date_and_author():
    page = ("title: Seven soldiers killed in Togo border attack\n"
            "link: https://example.org/togo-attack\n"
            "pubDate: Mon, 07 Dec 2026 10:00:00 +0000\n"
            "dc:creator: Agence France-Presse\n"
            "description: Gunmen attacked a post in northern Togo.\n\n"
            "Gunmen attacked an army post near Kpendjal in northern Togo overnight, killing seven soldiers, "
            "the army said on Monday.\n")
    fields, rest = feed_fields(page)
    assert fields["title"] == "Seven soldiers killed in Togo border attack"
    assert rest.startswith("Gunmen attacked an army post")
    doc = read_text(page)
    assert doc.title == "Seven soldiers killed in Togo border attack"
    assert doc.published == "2026-12-07"
    assert doc.declared_origin == "AFP"
    assert doc.text.startswith("Gunmen attacked an army post")


def test_a_feed_item_without_a_body_reads_its_description():
    doc = read_text("title: Curfew in Dapaong after clashes\nlink: https://example.org/x\n"
                    "pubDate: 2026-12-01\ndescription: Authorities in Dapaong imposed a curfew after clashes, "
                    "the prefect said.\n")
    assert doc.title == "Curfew in Dapaong after clashes"
    assert doc.text.startswith("Authorities in Dapaong imposed a curfew")


def test_lines_opening_with_title_and_colon_are_no_feed_dump():
    assert feed_fields("Title: a note on sources\nThe army said on Monday it had retaken the town.\n") is None


def test_a_channel_name_over_each_post_is_no_headline():
    body = ("ISWAP fighters raided a base in Marte, two security sources said.\n👁 1.2K 06:30\n\n"
            "Sahel Desk\nResidents said 300 families fled to Dikwa.\n")
    assert post_header("Sahel Desk", "Sahel Desk\n" + body)
    assert not post_header("ISWAP raids Marte base, sources say", body)
    doc = read_text("Sahel Desk\n4,100 subscribers\n\nSahel Desk\n" + body)
    assert doc.title is None
    assert doc.text.startswith("ISWAP fighters raided a base")


def test_a_channel_name_printed_with_other_emoji_is_the_same_header():
    doc = read_text("📢 Borno Updates 🇳🇬\nBorno Updates 🇳🇬\nTroops repelled an attack on Damboa, a military source "
                    "said.\n👁 9.8K 05:12\nBorno Updates 🇳🇬\nResidents said the fighting lasted two hours.\n")
    assert doc.title is None
    assert doc.text.startswith("Troops repelled an attack on Damboa")


def test_an_account_handle_is_no_headline():
    doc = read_text("Cabinda Observer @CabindaObs\n· Dec 5\nFLEC-FAC says its fighters ambushed an army convoy "
                    "near Buco-Zau, killing six soldiers.\n4:12 PM · Dec 5, 2026 · 18.2K Views\n")
    assert doc.title is None
    assert doc.text.startswith("FLEC-FAC says")


def test_a_headline_printed_once_over_its_story_stays():
    doc = read_text("Militants kill 18 in Kukawa raid\n\nMilitants killed at least 18 civilians in Kukawa, Borno "
                    "State, on Saturday, local officials said.\n")
    assert doc.title == "Militants kill 18 in Kukawa raid"


def test_a_newsletter_issue_line_dates_it_and_its_story_headline_is_the_title():
    doc = read_text("Read online\nThe Sahel Letter | No. 112 | 5 December 2026\n\nGood morning,\n\n"
                    "Mali: army and rebels clash near Tessalit\n"
                    "Rebels said they shot down a drone near Tessalit on Wednesday, while the army said it had "
                    "killed dozens of fighters in strikes around the town.\n\nManage subscription | Unsubscribe\n")
    assert doc.title == "Mali: army and rebels clash near Tessalit"
    assert doc.published == "2026-12-05"
    assert "Unsubscribe" not in doc.text


def test_a_letterhead_over_a_release_is_cut_and_dates_it():
    doc = read_text("MOVEMENT FOR PEACE IN THE SAVANES\nInformation Office\nBP 120 Dapaong · Tel. +228 90 00 00 00\n\n"
                    "COMMUNIQUÉ No. 7/2026\nDapaong, 2 December 2026\n\n"
                    "Movement says soldiers detained 14 herders near Cinkassé\n\n"
                    "The movement says soldiers detained 14 herders near Cinkassé on Monday and took them "
                    "to Dapaong.\n")
    assert doc.title == "Movement says soldiers detained 14 herders near Cinkassé"
    assert doc.published == "2026-12-02"


def test_an_event_map_list_has_no_headline():
    doc = read_text("Sahel Live Map\nMap  List  Timeline\n\n2 hours ago\n"
                    "Gunmen attacked a checkpoint near Tinzaouaten\n\n4 hours ago\n"
                    "Drone strike reported near Bordj Badji Mokhtar\n\n6 hours ago\nConvoy ambushed near Kidal\n")
    assert doc.title is None
    assert doc.text.startswith("Gunmen attacked a checkpoint")


def test_a_site_name_over_its_section_is_no_headline():
    doc = read_text("Sahara Monitor\nTranslations\n\nArmy kills three smugglers near Mali border, ministry says\n\n"
                    "Translated from Arabic by Sahara Monitor staff\nOriginal: El Khabar, 1 December 2026\n\n"
                    "The defence ministry said on Tuesday that army units killed three armed smugglers "
                    "near the border.\n")
    assert doc.title == "Army kills three smugglers near Mali border, ministry says"
    assert doc.declared_origin == "El Khabar"
    assert doc.published == "2026-12-01"
    assert doc.text.startswith("The defence ministry said")


@pytest.mark.parametrize(("line", "cut"), [
    ("10:42 GMT — The foreign ministry condemned the fences.", "10:42 GMT — "),
    ("[14:05] Monitors said they had been informed.", "[14:05] "),
    ("09:15 | The army said two soldiers were hurt.", "09:15 | "),
    ("2/ A local administrator told us two civilians were wounded.", "2/ "),
    ("1/ THREAD: What we know about the clash.", "1/ THREAD: "),
    ("Dantewada, Dec 7 (IANS): In a separate incident, police found two bombs.", "Dantewada, Dec 7 (IANS): "),
])
def test_entry_stamps_and_counters_are_marked_as_the_entry_dateline(line, cut):
    text = "The army said on Monday that it had cleared the road near Aranpur after a long operation.\n" + line
    parts = [p for p in report_parts(text) if p.kind == "dateline"]
    assert [text[p.start:p.end] for p in parts] == [cut]


@pytest.mark.parametrize("line", [
    "14:00 was the deadline the rebels set, the governor said.",
    "24 hours later the army said the road was open.",
    "HOST: Good evening and welcome to the programme.",
])
def test_times_and_labels_opening_a_sentence_are_no_entry_stamp(line):
    text = "The army said on Monday that it had cleared the road near Aranpur after a long operation.\n" + line
    assert not [p for p in report_parts(text) if p.kind == "dateline" and p.start > 0]


def test_furniture_lines_inside_a_page_are_marked_and_story_lines_kept():
    text = ("Lake Chad Watch\nFighters overran a base in Marte, two sources said.\n👁 12.4K  06:32\n\n"
            "Lake Chad Watch\nResidents said 300 families fled.\nPage 2 of 3\n"
            'The ministry\'s only reply was "No comment."\n')
    marked = {text[p.start:p.end] for p in report_parts(text) if p.kind == "furniture"}
    assert marked == {"Lake Chad Watch", "👁 12.4K  06:32", "Page 2 of 3"}


def _pages() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("*.txt"))


@pytest.mark.parametrize("name", _pages())
def test_whole_pages(name, nlp):
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    doc = read_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), source=name)
    record = analyze(doc, nlp)
    got = record["document"]
    for key in ("title", "published", "declared_origin"):
        if key in expected:
            assert got[key] == expected[key], key
    said = [c["speaker"]["name"] or "" for c in record["claims"]] + [c["text"] for c in record["claims"]]
    said += [f["text"] for f in record["figures"]] + [e["text"] for e in record["events"]]
    said += [p["name"] for p in record["places"]]
    for furniture in expected.get("absent", []):
        assert not [s for s in said if furniture in s], furniture
    places = {p["name"] for p in record["places"]}
    assert not places & set(expected.get("places_absent", []))
    assert set(expected.get("present_places", [])) <= places
