"""The one byline reader (read/bylines.py) and the three places that read a byline with it:
the start of a body, the end of a blog's date stamp, and the line under a headline."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.read.bylines import names_only, opens_with_by, read_byline, read_signature
from claimledger.read.cleanup import read_text

LEAD = ("Gunmen on motorbikes attacked a market in the town of Djibo on Sunday, killing at least "
        "nine traders, a local official said.")
SECOND = "The army said it had sent reinforcements to the area, and residents reported calm by nightfall."


def test_byline_words_table_is_one_lower_case_word_and_a_known_kind_each() -> None:
    rows = read_table("byline_words.tsv")
    assert rows and all(len(row) == 2 for row in rows)
    assert {kind for _, kind in rows} == {"joiner", "role", "qualifier"}
    assert all(word == word.lower() and " " not in word for word, _ in rows)
    assert len({word for word, _ in rows}) == len(rows)


@pytest.mark.parametrize("line, origin", [
    ("By Jane Doe, Associated Press", "AP"),
    ("By NOOR HASSAN | Reuters", "Reuters"),
    ("By Thet Naing and Ko Ko Aung", None),
    ("By Pieter van Dijk and Omar al Farouk", None),
    ("By Amina Yusuf, East Africa correspondent, reporting from Nairobi", None),
    ("By Hamid Karimi, senior defence correspondent", None),
    ("By Léa Martin, AFP bureau chief in Bamako", "AFP"),
    ("By our correspondent in Ouagadougou", None),
    ("By a staff reporter", None),
    ("By staff writers", None),
])
def test_bylines_are_read_with_the_agency_they_credit(line: str, origin: str | None) -> None:
    found = read_byline(line + "\nThe rest of the story.")
    assert found is not None and found.end == len(line)
    assert found.origin == origin


@pytest.mark.parametrize("line", [
    "By Monday, troops had left the town.",
    "By the end of the week the convoy had reached Goma",
    "by nightfall the shelling had stopped",
    "Byron Ortega said the road was closed",
    "By",
])
def test_sentences_opening_on_by_are_no_byline(line: str) -> None:
    assert read_byline(line) is None


def test_where_a_byline_is_expected_plain_words_of_any_case_make_one() -> None:
    assert read_byline("by News desk") is not None  # "desk" is a byline's word anyway
    assert read_byline("by admin") is None
    assert read_byline("by admin", expected=True) is not None
    assert read_byline("by olena kovalchuk\nmore", expected=True) is not None
    # still one line of a few words, not a clause
    assert read_byline("by the army, which had shelled the town for weeks", expected=True) is None


def test_names_only_allows_roles_but_not_sentences() -> None:
    assert names_only("Sara Tesfaye, Horn of Africa correspondent")
    assert not names_only("Tuesday, the rebels had withdrawn.")


def test_a_line_opening_on_by_is_never_a_headline() -> None:
    assert opens_with_by("By Jane Doe and the Kyiv bureau staff.")
    assert not opens_with_by("Bystanders fled the market")


@pytest.mark.parametrize("byline", [
    "By Amina Yusuf, Sahel correspondent, reporting from Niamey",
    "By Hamid Karimi and Sara Tesfaye, Reuters",
    "By our special correspondent",
])
def test_a_byline_with_a_title_under_the_headline_is_cut(byline: str) -> None:
    doc = read_text(f"Gunmen kill nine traders in Djibo market attack\n{byline}\n{LEAD}\n{SECOND}")
    assert doc.title == "Gunmen kill nine traders in Djibo market attack"
    assert doc.text.startswith("Gunmen on motorbikes"), doc.text[:60]
    assert doc.declared_origin == ("Reuters" if "Reuters" in byline else None)


@pytest.mark.parametrize("stamp, published", [
    ("Posted on March 9, 2026 by admin", "2026-03-09"),
    ("Posted on 9 March 2026 by Web Desk", "2026-03-09"),
    ("Published March 9, 2026 by Sahel Monitor staff", "2026-03-09"),
])
def test_a_stamp_signed_with_a_byline_dates_the_report_and_is_cut(stamp: str, published: str) -> None:
    doc = read_text(f"Gunmen kill nine traders in Djibo market attack\n{stamp}\n{LEAD}\n{SECOND}")
    assert doc.published == published
    assert doc.text.startswith("Gunmen on motorbikes"), doc.text[:60]


def test_a_lower_case_byline_under_a_headline_keeps_the_headline() -> None:
    doc = read_text(f"Gunmen kill nine traders in Djibo market attack\nby staff reporters\n{LEAD}\n{SECOND}")
    assert doc.title == "Gunmen kill nine traders in Djibo market attack"


def test_a_wrapped_sentence_is_still_no_headline() -> None:
    doc = read_text("Gunmen on motorbikes attacked a market in the town of Djibo on\n"
                    "by the river, killing at least nine traders, a local official said.\n" + SECOND)
    assert doc.title is None


@pytest.mark.parametrize("line, origin", [
    ("Olena Marchenko, Kharkiv Today editor", None),
    ("Amina Yusuf, Sahel correspondent", None),
    ("Thet Naing, senior reporter, Reuters", "Reuters"),
])
def test_a_signature_without_by_is_a_byline(line: str, origin: str | None) -> None:
    found = read_signature(line + "\n" + LEAD)
    assert found is not None and found.end == len(line) and found.origin == origin


@pytest.mark.parametrize("line", [
    "Goma, North Kivu",
    "Jane Doe, Ali Musa",
    "Ahmed Ali, a reporter who fled the town, said the army had left.",
    "Djibo, Burkina Faso — Soldiers repelled an attack on Sunday",
])
def test_names_and_places_with_a_comma_are_no_signature(line: str) -> None:
    assert read_signature(line) is None


def test_a_signature_under_the_headline_is_cut_with_the_read_time_and_caption_below_it() -> None:
    doc = read_text("Gunmen kill nine traders in Djibo market attack\n\n"
                    "Awa Traoré, Sahel correspondent\n2 min read\n\n"
                    "The market in Djibo after the attack. (Photo: AFP/Getty)\n\n"
                    f"DJIBO — {LEAD}\n{SECOND}")
    # the place-only dateline stays for the extractor, which marks it (extract/parts.py)
    assert doc.text.startswith("DJIBO — Gunmen on motorbikes"), doc.text[:60]
