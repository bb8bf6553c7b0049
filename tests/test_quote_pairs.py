"""Quotation marks paired by where they stand (extract/quote_pairs.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.quote_pairs import quotations


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quotations(text)]


@pytest.mark.parametrize("text, expected", [
    ('“We will hold the bridge," the major in Kherson said.', ["We will hold the bridge,"]),
    ('“The road to Goma is closed,“ a driver said.', ["The road to Goma is closed,"]),
    ('Officials called it "a tragedy" and left.', ["a tragedy"]),
    ("''The camp in Zamzam is starving,'' the nurse said.", ["The camp in Zamzam is starving,"]),
    ("The talks in Jeddah went on.", []),
])
def test_marks_of_any_shape_pair_by_place(text, expected):
    assert _quoted(text) == expected


def test_an_unclosed_mark_does_not_run_into_the_next_paragraphs():
    text = ('“The port is shut, the harbour master in Hodeidah said.\n\n'
            'Ships have rerouted since January.\n\n'
            'A broker called the risk “unpriced.”')
    assert _quoted(text) == ["unpriced."]


def test_a_quotation_of_several_paragraphs_reopened_by_a_mark():
    text = ('“The shelling began at night. We hid in the school.\n\n'
            '“By morning the roof was gone,” said a teacher from Kharkiv.')
    assert _quoted(text) == ["The shelling began at night. We hid in the school.", "By morning the roof was gone,"]
