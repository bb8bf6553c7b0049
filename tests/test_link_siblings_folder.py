"""The hand-made set of sibling happenings (tests/link_reports/siblings/, written for h81 before
any run; fictional, 2026), end to end through ``ingest``: in five wars, the same kind of happening
on the same places days or weeks apart, each told by two or three outlets — two clashes near Sotk a
week apart (both on a Tuesday), two air strikes on Nyala a month apart, aid workers kidnapped near
Tera and freed 17 days later, Pakistani air strikes in Paktika and the Taliban's retaliation a week
later, two exchanges of fire near Vorukh nine days apart, the shelling of Abu Shouk camp and of El
Fasher's hospital three days later — and two other happenings of the same wars on the same days
(drones on Port Sudan, a landmine in Si Sa Ket). The later report of a pair usually recalls the
first ("a week after a clash on the same stretch killed three"). The truth is beside the folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from link_folders import ingest_folder, listing, names_by_id

FOLDER = Path(__file__).parent / "link_reports" / "siblings"
TRUTH = json.loads((FOLDER.parent / "siblings.truth.json").read_text(encoding="utf-8"))["stories"]
GOLD = {doc: story for story, docs in TRUTH.items() for doc in docs}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> list[set[str]]:
    ledger = ingest_folder(FOLDER, tmp_path_factory.mktemp("siblings") / "ledger.db")
    name_of = names_by_id(FOLDER)
    return [{name_of[d] for d in s["documents"]} for s in listing(ledger, "stories")]


def test_no_story_holds_two_happenings(stories) -> None:
    assert {doc for story in stories for doc in story} == set(GOLD)
    for story in stories:
        assert len({GOLD[doc] for doc in story}) == 1, story


def test_each_later_happening_is_one_story_of_its_own(stories) -> None:
    for later in ("sotk-2", "nyala-2", "niger-2", "paktika-2", "vorukh-2", "fasher-2"):
        assert set(TRUTH[later]) in stories, later
