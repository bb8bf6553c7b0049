"""A photo gallery's caption numbers ("3 / 8  Soldiers inspect the wreckage") place a photo in
its gallery; they count no one. A count at the head of a line that is not a gallery's
index still counts."""

from __future__ import annotations

from figure_texts import triples


def test_gallery_indexes_count_no_one() -> None:
    text = ("Border war in pictures\n"
            "1 / 6  Soldiers patrol the road near Gao at dawn.\n"
            "2 / 6  Troops from the border brigade leave their base near Menaka.\n"
            "Photo 3 of 6  Bedouin elders meet the governor in Mafraq.\n")
    assert not triples(text)


def test_a_gallery_caption_keeps_its_own_counts() -> None:
    text = "Border war in pictures\n4 / 6  The army said 12 soldiers were killed in the ambush near Gao.\n"
    assert {v for v, _, _ in triples(text)} == {12}


def test_a_count_opening_a_line_still_counts() -> None:
    text = "Police update\n2 of 6 detainees were released on Sunday, the police said.\n"
    assert 2 in {v for v, _, _ in triples(text)}
