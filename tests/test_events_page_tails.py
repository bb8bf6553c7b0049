"""A list of other stories under its header ("More on Sudan", "Related coverage") is the
page's tail even when its teasers are closed sentences (read/furniture.py). Pages written
for these tests."""

from __future__ import annotations

import pytest

from claimledger.read.credits import strip_trailers
from claimledger.read.furniture import is_tail_header

STORY = ("GOMA, Dec 7 — Rebel fighters shelled a camp for displaced people outside Sake on Sunday, killing at least"
         " eight people, a local aid group said.\n\nThe army said its soldiers pushed the rebels back from the"
         " hills above the camp and that fighting had stopped by nightfall.\n\n")
TEASERS = {
    "More on Congo": "Uganda says it will keep its troops in Ituri until the ADF is defeated, a spokesman said.",
    "More from Reuters": "Ukraine says Russian drones hit the grid in Odesa region overnight, leaving homes cold.",
    "Related coverage": "Gunmen kill 20 in attack on a village in Plateau state, police say, as violence spreads.",
    "More about Myanmar": "A junta airstrike on a school in Sagaing kills at least 15 children, residents say.",
    "Explore more": "Colombia's ELN rebels free six hostages held for months in Arauca, the ombudsman's office said.",
}


@pytest.mark.parametrize("header", sorted(TEASERS))
def test_a_list_of_other_stories_is_the_tail_though_its_teasers_are_sentences(header: str) -> None:
    body = strip_trailers(STORY + header + "\n\n" + TEASERS[header] + "\n").body
    assert "Sake" in body and TEASERS[header][:20] not in body and header not in body


@pytest.mark.parametrize("line", ["More on Sudan", "More about the war in Ukraine", "More coverage",
                                  "Also in the news"])
def test_topic_lists_are_tail_headers(line: str) -> None:
    assert is_tail_header(line)


def test_a_related_box_inside_a_story_keeps_the_paragraphs_after_it() -> None:
    para = ("Residents said the shelling went on into the night and that many families fled toward the"
            " lake shore, aid workers said.\n\n")
    page = (STORY + "RELATED COVERAGE\nUganda extends its troop deployment in Ituri\n\n" + para * 2
            + "The UN mission said its peacekeepers had sheltered some 300 people at their base near Sake.\n\n"
            + "Jean Mukendi in Kinshasa contributed to this report.\n")
    assert "peacekeepers had sheltered" in strip_trailers(page).body
