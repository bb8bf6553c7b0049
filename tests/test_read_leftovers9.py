"""Reader leftovers of round 9: a wire dateline with a day and month but no year crediting an
agency the table does not know by its initials ("PHNOM PENH, Nov 14 (AKP) --"), and a clock time
left alone on a line at the top of a relay's text ("| 08:15"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.read import read_text
from claimledger.read.debris import dateline
from claimledger.read.furniture import is_furniture

LEAD = ("Soldiers exchanged fire with an armed group near a border crossing on Friday night, and two "
        "attackers were killed, a provincial official told reporters.")
SECOND = ("The official said families from three villages had spent the night in a school and that the "
          "crossing would stay shut until the area had been searched.")


def _page(opening: str) -> str:
    return "Border clash leaves two attackers dead, official says\n\n" + opening + LEAD + "\n\n" + SECOND


@pytest.mark.parametrize("opening, origin", [
    ("PHNOM PENH, Nov 14 (AKP) -- ", "AKP"),  # Cambodia's agency, month first
    ("VIENTIANE, Dec. 2 (KPL) — ", "KPL"),  # Laos, a dotted month and an em dash
    ("DHAKA, 30 November (BSS) - ", "BSS"),  # day first, a full month
    ("ALGIERS, NOV. 9 (APS) – ", "APS"),  # the month in capitals, an en dash
    ("Hargeisa, October 3rd (SLNA) -- ", "SLNA"),  # an ordinal day, the town in mixed case
])
def test_a_dateline_with_day_and_month_credits_unknown_initials(opening: str, origin: str) -> None:
    step = dateline(opening + LEAD)
    assert step is not None and step[1] == origin and step[2] is None  # no year: no date is guessed
    doc = read_text(_page(opening))
    assert doc.declared_origin == origin
    assert doc.text.startswith("Soldiers exchanged fire")


def test_a_known_agency_in_the_same_dateline_keeps_its_name() -> None:
    doc = read_text(_page("PHNOM PENH, Nov 14 (AP) -- "))
    assert doc.declared_origin == "AP" and doc.text.startswith("Soldiers")


@pytest.mark.parametrize("opening", [
    "PHNOM PENH, Nov 14 (UPDATED) -- ",  # a wire's tags in the brackets, no agency
    "SEOUL, Dec 6 (LEAD) -- ",
    "SEOUL, Dec 6 (2ND LD) -- ",
    "KHARTOUM, Nov 30 (VIDEO) — ",
    "KYIV, Oct 2 (URGENT) - ",
    "LONDON, Nov 12 (UK) -- ",  # a country's short name
    "VIENTIANE, Dec 2 (KPL) ",  # no dash after the brackets
    "VIENTIANE (Dec 2) -- ",  # the date in the brackets
    "In Phnom Penh, officials (AKP) -- ",  # no date at all
])
def test_brackets_that_name_no_agency_credit_none(opening: str) -> None:
    step = dateline(opening + LEAD)
    assert step is None or step[1] is None
    assert read_text(_page(opening)).declared_origin is None


@pytest.mark.parametrize("line", [
    "| 08:15",
    "|08:15",
    "08:15 |",
    "| 8:15 AM",
    "| 14:02 GMT",
    "• 14h32",  # the French way with an "h"
    "· 9:40 a.m. EAT",
    "/ 23:05:11",
])
def test_a_clock_time_alone_on_its_line_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "| 08:15 The army said the road was open.",
    "08.15",  # a dotted number could be a figure
    "| 0815",
    "| 2026",
])
def test_a_time_with_words_or_a_bare_number_is_no_stamp_line(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("head", [
    "| 08:15\n\n",
    "December 6, 2026\n| 08:15\n",
    "News Desk | December 6, 2026\n| 08:15 GMT\n\n",
    "By Desk Staff\n• 14h32\n\n",
])
def test_a_stray_time_line_is_cut_from_the_top_of_a_relay(head: str) -> None:
    doc = read_text("Border clash leaves two attackers dead, official says\n\n" + head + LEAD + "\n\n" + SECOND)
    assert doc.text.startswith("Soldiers exchanged fire"), doc.text[:40]
