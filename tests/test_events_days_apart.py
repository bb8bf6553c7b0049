"""Two acts of one type at one place, each told with its own day and days apart, are two
events; an act retold under a later telling's date stays one; a day owns no act ("Monday's
strike") (extract/events_fold.py, events_agents.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _attacks(text: str) -> list[tuple[str | None, str | None]]:
    record = analyze(Document(text=text, published="2026-12-04"))
    names = {p["id"]: p["name"] for p in record["places"]}
    return [(names.get(e["place"]), (e.get("when") or {}).get("start")) for e in record["events"]
            if e["type"] == "attack"]


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in Zamfara on Monday, police said. The gunmen had attacked another village in"
    " Zamfara on Saturday, killing five.",
    "Israeli strikes killed 20 people in Khan Younis on Tuesday, medics said. A strike on Khan Younis on"
    " Sunday killed a family of six.",
    "A roadside bomb killed three soldiers in Kurram district on Tuesday, the military said. On Sunday,"
    " militants ambushed a convoy in Kurram, killing two policemen, officials said.",
])
def test_acts_of_one_type_at_one_place_on_days_apart_are_two(text: str) -> None:
    assert len(_attacks(text)) == 2


@pytest.mark.parametrize("text", [
    "Militants attacked a police post in Lakki Marwat on Thursday night. Police said on Saturday the attack"
    " on the post in Lakki Marwat had killed four officers.",
    "A Russian drone hit a bus in Kherson on Monday, killing two. The governor said on Wednesday that"
    " Monday's strike on Kherson was deliberate.",
])
def test_an_act_retold_on_a_later_day_is_one(text: str) -> None:
    assert len(_attacks(text)) == 1


def test_an_act_named_as_its_clause_subject_is_one_telling() -> None:
    text = ("A Russian missile struck an apartment block in Kharkiv on Wednesday, killing four people, the governor"
            " said. On Monday, a drone attack on Kharkiv damaged a power plant, officials said.")
    assert len(_attacks(text)) == 2
