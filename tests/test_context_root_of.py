"""``ReportContext.root_of`` answers what ``doc.char_span(start, end, "expand").root`` answered
(None where char_span gives None), for every word, every stretch of a few words, ranges that
open or close in the spaces between words or inside a word, and ranges past the text, on
reports of several wars and styles."""

from __future__ import annotations

import pytest

from claimledger.extract.context import context_of

TEXTS = [
    # a wire lead with a dateline and a hyphenated go-between
    "DOHA (AFP) - A Qatar-brokered truce between Israel and Hamas held for a third day on Sunday, "
    "mediators in Cairo said, as aid lorries crossed at Rafah.",
    # a state broadcaster's bulletin with a force's name made of a place
    "The Jalisco state police and the National Guard repelled an attack near Aguililla, "
    "Michoacan, late on Friday night, the security cabinet reported.",
    # an aggregator's rewrite: dates, a clock time, double spaces and a list
    "On 14 March  2023, at about 05:30 local time, Russian forces struck Kramatorsk,  "
    "Sloviansk and Druzhkivka, regional governor Pavlo Kyrylenko wrote on Telegram.",
    # an interview answer in the first person
    "We were in Maiduguri when it started. Boko Haram came at dawn on Tuesday; "
    "by noon the soldiers had pushed them back towards Sambisa.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def _slow(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def test_root_of_is_char_spans_root(docs) -> None:
    checked = 0
    for doc in docs:
        ctx = context_of(doc)
        n = len(doc.text)
        for start in range(-1, n + 2):
            for end in (start + 1, start + 2, start + 7, start + 23, n, n + 1):
                if end <= start:
                    continue
                want = _slow(doc, start, end) if start >= 0 and end <= n else None
                got = ctx.root_of(start, end)
                assert (got is None) == (want is None), (start, end)
                if got is not None:
                    assert got.i == want.i, (start, end, doc.text[start:end])
                    checked += 1
    assert checked > 1000


def test_a_one_word_name_is_its_own_root(docs) -> None:
    doc = docs[0]
    ctx = context_of(doc)
    at = doc.text.index("Qatar")
    assert ctx.root_of(at, at + len("Qatar")).text == "Qatar"
    assert ctx.root_of(at, at + 2).text == "Qatar"  # expanded to the whole word
