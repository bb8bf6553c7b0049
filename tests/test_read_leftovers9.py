"""Reader leftovers of round 9: a wire dateline with a day and month but no year crediting an
agency the table does not know by its initials ("PHNOM PENH, Nov 14 (AKP) --"), a clock time left
alone on a line at the top of a relay's text ("| 08:15"), and a numeric date written the French way
("Le 06/12/2026 à 15h42"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.read import read_text
from claimledger.read.debris import dateline
from claimledger.read.furniture import is_furniture, meta_date

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


# A numeric date on a page of French, Spanish or Portuguese style is day first: the stamp word
# or the time written their way ("à 15h42", "às 09h15") says so.
@pytest.mark.parametrize("line, iso", [
    ("Le 06/12/2026 à 15h42", "2026-12-06"),
    ("Publié le 06/12/2026 à 15h42", "2026-12-06"),
    ("Mis à jour le 07/12/2026 à 09h10", "2026-12-07"),
    ("06/12/2026 à 15h42", "2026-12-06"),
    ("Publicado el 5/11/2026 a las 18:05", "2026-11-05"),
    ("Publicado em 03/11/2026 às 09h15", "2026-11-03"),
    ("Par Jean Dupont - Le 06/12/2026 à 15h42", "2026-12-06"),  # the byline and its stamp on one line
])
def test_a_numeric_date_of_french_style_is_day_first(line: str, iso: str) -> None:
    assert is_furniture(line)
    assert meta_date(line) == iso


@pytest.mark.parametrize("line", [
    "06/12/2026 15:42",  # no word or time of another language: the order stays unknown
    "Le 31/02/2026 à 10h00",  # no such day
    "Por Redação - São Paulo",  # a byline and a town, no stamp
])
def test_a_numeric_date_without_french_style_or_a_real_day_gives_none(line: str) -> None:
    assert meta_date(line) is None


@pytest.mark.parametrize("head", [
    "Par Jean Dupont\nLe 06/12/2026 à 15h42",
    "Par Jean Dupont - Le 06/12/2026 à 15h42",
    "Rédaction | Publié le 06/12/2026 à 15h42 | Mis à jour le 07/12/2026 à 09h10",
])
def test_a_french_style_byline_stamp_dates_the_report_and_is_cut(head: str) -> None:
    doc = read_text(_page(head + "\n\n"))
    assert doc.published == "2026-12-06"
    assert doc.text.startswith("Soldiers exchanged fire"), doc.text[:40]
