"""Publication dates the page around a report states: agency datelines with a full date
("Kinshasa, 17 February 2026 (ACP) -"), a place and a full date before a dash (press
releases), and the field lines relief sites print above a report ("Format: ... | Posted:
10 Mar 2026"). A date missing its day, month or year is never completed."""

from __future__ import annotations

import pytest

from claimledger.read.cleanup import read_text
from claimledger.read.dates import worded_date
from claimledger.read.debris import strip_leading_debris


@pytest.mark.parametrize(
    ("body", "published", "rest"),
    [
        ("Kinshasa, 17 February 2026 (ACP) - The army said it repelled an attack.", "2026-02-17", "The army"),
        ("Abidjan, 3 March 2025 (AIP) - Gunmen attacked a post in the north.", "2025-03-03", "Gunmen"),
        ("Bamako, March 9, 2026 (AMAP) – The armed forces reported 12 terrorists killed.", "2026-03-09", "The armed"),
    ],
)
def test_a_state_agency_dateline_with_a_full_date_dates_the_report(body: str, published: str, rest: str) -> None:
    lead = strip_leading_debris(body, None)
    assert lead.published == published
    assert lead.body.startswith(rest)


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("Mogadishu, 22 April 2026 – The African Union mission said the town was retaken.", "2026-04-22"),
        ("Goma, DR Congo, March 3, 2026 - Rebels entered the town overnight.", "2026-03-03"),
        ("Port Sudan, 11 January 2026 — The Sovereignty Council announced a curfew.", "2026-01-11"),
    ],
)
def test_a_place_and_a_full_date_before_a_dash_date_a_release(body: str, published: str) -> None:
    lead = strip_leading_debris(body, None)
    assert lead.published == published
    assert lead.body[0].isupper() and "2026" not in lead.body.split(".")[0]


def test_a_dateline_without_a_year_gives_no_date() -> None:
    lead = strip_leading_debris("PORT SUDAN, Feb 17 (Reuters) - A drone strike hit a market.", None)
    assert (lead.origin, lead.published) == ("Reuters", None)


def test_a_date_opening_a_sentence_is_not_a_dateline() -> None:
    body = "On 3 March 2026 - the day the truce began - troops left Kidal."
    assert strip_leading_debris(body, None).published is None


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("Format: Situation Report | Source: UN OCHA | Posted: 10 Mar 2026\nAirstrikes killed 31 civilians.",
         "2026-03-10"),
        ("Country: Sudan | Source: IOM | Published: 5 February 2026\nSome 7,000 people fled El Fasher.",
         "2026-02-05"),
        ("Source: Save the Children | Format: News and Press Release\nTwo schools were hit in Gaza City.", None),
    ],
)
def test_a_relief_sites_field_line_is_cut_and_dates_the_copy(body: str, published: str | None) -> None:
    lead = strip_leading_debris(body, None)
    assert lead.published == published
    assert "|" not in lead.body


def test_a_table_of_the_storys_own_figures_is_not_a_field_line() -> None:
    body = "Killed: 12 | Wounded: 30\nThe army said the toll could rise."
    assert strip_leading_debris(body, None).body.startswith("Killed: 12")


def test_a_download_line_is_cut() -> None:
    body = "Attachments: Download PDF (412.33 KB)\nFighting displaced 4,500 people near Paletwa."
    assert strip_leading_debris(body, None).body.startswith("Fighting")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Kinshasa, 17 February 2026", "2026-02-17"),
        ("Sunday 1 March 2026", "2026-03-01"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("Feb 17", None),
        ("31 February 2026", None),
        ("05/04/2026", None),
    ],
)
def test_worded_dates_need_day_month_and_year(text: str, iso: str | None) -> None:
    assert worded_date(text) == iso


def test_a_whole_report_takes_its_datelines_date() -> None:
    doc = read_text("FARDC repel offensive\nKinshasa, 17 February 2026 (ACP) - The army said on Monday it had "
                    "repelled an offensive in Walikale territory.")
    assert doc.published == "2026-02-17"
    assert doc.text.startswith("The army")


@pytest.mark.parametrize(
    ("body", "published", "origin"),
    [
        ("Updated 3:14 PM GMT-5, March 5, 2026\nPORT-AU-PRINCE, Haiti (AP) — Gang members stormed the town.",
         "2026-03-05", "AP"),
        ("Published 10:45 GMT, 12 January 2026\nKHARTOUM (Reuters) - Shelling hit the market.",
         "2026-01-12", "Reuters"),
    ],
)
def test_a_stamp_with_its_clock_time_first_dates_the_report(body: str, published: str, origin: str) -> None:
    lead = strip_leading_debris(body, None)
    assert (lead.published, lead.origin) == (published, origin)
