"""Which credit a page's declared origin comes from when it gives several (read/credits.py):
an explicit original beats a source trailer, which beats the opening dateline or byline,
which beats a relay ("via"), which beats a feed's footer."""

from __future__ import annotations

import pytest

from claimledger.read.cleanup import read_text
from claimledger.read.credits import FEED, OPENING, ORIGINAL, RELAY, SOURCE, Credit, best_origin, read_trailer

HEADLINE = "Junta jets bomb monastery in Sagaing region, killing 14"
LEAD = ("Military jets bombed a Buddhist monastery in the Sagaing region on Thursday, killing at least 14 "
        "villagers who had sheltered there, a local resistance official said.")
SECOND = "The junta did not respond to requests for comment on the strike, the third on the township this month."
FOOTER = "The post Junta jets bomb monastery in Sagaing region appeared first on Mekong Monitor."
TAIL = "Share this:\nFacebook  X  Telegram  Email\n\nRelated posts:\nRefugees cross into Thailand near Mae Sot"


def page(*, top: str = "", end: str = "", tail: str = TAIL, footer: str = FOOTER) -> str:
    return "\n".join(part for part in (HEADLINE, top + LEAD, SECOND, end, "", tail, "", footer) if part is not None)


@pytest.mark.parametrize("end, origin", [
    ("This article was originally published by AFP.", "AFP"),
    ("This article was originally published by AFP. Mekong Monitor has edited it for length.", "AFP"),
    ("This story was first published by The Irrawaddy.", "The Irrawaddy"),
    ("Originally published in Frontier Myanmar on 12 March.", "Frontier Myanmar"),
    ("Republished from The Conversation under a Creative Commons licence.", "The Conversation"),
    ("This article is republished with permission from Myanmar Now.", "Myanmar Now"),
    ("Syndicated from Radio Free Asia.", "Radio Free Asia"),
    ("Original Source: www.rfa.org", "rfa.org"),
])
def test_an_explicit_original_beats_the_aggregators_feed_footer(end: str, origin: str) -> None:
    doc = read_text(page(end=end))
    assert doc.declared_origin == origin
    assert doc.text.endswith("this month."), doc.text[-80:]
    assert "Mekong Monitor" not in doc.text


@pytest.mark.parametrize("dateline, origin", [
    ("MANDALAY, Myanmar (AP) - ", "AP"),
    ("YANGON (Reuters) - ", "Reuters"),
])
def test_a_wire_dateline_beats_the_feed_footer(dateline: str, origin: str) -> None:
    assert read_text(page(top=dateline)).declared_origin == origin


def test_an_explicit_original_beats_the_wire_dateline() -> None:
    doc = read_text(page(top="YANGON (Reuters) - ", end="This article was originally published by The Irrawaddy."))
    assert doc.declared_origin == "The Irrawaddy"


def test_a_source_trailer_beats_the_dateline_as_before() -> None:
    doc = read_text(page(top="YANGON (Reuters) - ", end="Source: Al Jazeera", footer=""))
    assert doc.declared_origin == "Al Jazeera"


def test_a_relay_comes_after_the_author_a_dateline_names() -> None:
    assert read_text(page(top="YANGON (Reuters) - ", end="Syndicated via Yahoo News", footer="")).declared_origin \
        == "Reuters"
    assert read_text(page(end="(via TASS)", footer="")).declared_origin == "TASS"
    # a relay still beats a feed's footer
    assert read_text(page(end="via Radio Free Asia")).declared_origin == "Radio Free Asia"


def test_the_feed_footer_alone_still_credits_its_site() -> None:
    assert read_text(page()).declared_origin == "Mekong Monitor"


def test_a_republishers_note_opening_the_page_is_cut_and_credits_the_original() -> None:
    doc = read_text(f"{HEADLINE}\nThis story was first published by The New Humanitarian.\n{LEAD}\n{SECOND}")
    assert doc.declared_origin == "The New Humanitarian"
    assert doc.text.startswith("Military jets"), doc.text[:60]


@pytest.mark.parametrize("line", [
    "The claim was first published on a militia channel and later deleted.",
    "Republished videos showed the strike from three angles, residents said, and were widely shared.",
])
def test_story_sentences_about_publishing_are_no_credit(line: str) -> None:
    doc = read_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{line}")
    assert doc.text.endswith(line)
    assert doc.declared_origin is None


@pytest.mark.parametrize("line, rank", [
    ("This article was originally published by AFP.", ORIGINAL),
    ("Source: Reuters", SOURCE),
    ("— AP", SOURCE),
    ("(c) AFP 2026", SOURCE),
    ("via Anadolu", RELAY),
    ("The post Shelling resumes appeared first on Kivu Daily.", FEED),
])
def test_each_credit_line_has_its_rank(line: str, rank: int) -> None:
    is_trailer, credit = read_trailer(line)
    assert is_trailer and credit is not None and credit.rank == rank


def test_best_origin_takes_the_best_rank_then_the_first_read() -> None:
    assert best_origin([Credit(FEED, "Site"), Credit(OPENING, "AFP"), Credit(OPENING, "AP")]) == "AFP"
    assert best_origin([]) is None


@pytest.mark.parametrize("caption", [
    "A fighter stands guard at the port of Hodeidah, Yemen. (AFP/File)",
    "Smoke rises over the city after the strike. (Reuters/File Photo)",
    "Displaced families queue for water in Goma. (AP Photo/Moses Sawasawa)",
    "Credit: Anadolu Agency",
])
def test_a_photo_caption_with_its_credit_above_the_lead_is_cut(caption: str) -> None:
    doc = read_text(f"{HEADLINE}\n{caption}\n\n{LEAD}\n{SECOND}")
    assert doc.text.startswith("Military jets"), doc.text[:60]
