"""Triggers inside a quoted name: a programme's, a statement's, a film's or a song's title.

"A programme titled 'We will liberate Goma'", "the documentary "Soldiers Who Retook
Menaka"": the words are the work's name, not the report's telling. A quotation is a title
when a title word stands just before it ("titled", "entitled", "operation") or when it is
written in title case, which speech quoted in sentence case never is. Split from
:mod:`claimledger.extract.events_triggers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of
from claimledger.extract.events_view import events_view

if TYPE_CHECKING:
    from claimledger.extract.context import ReportContext

TITLE_WORDS = word_lists("event_words.tsv")["title_word"]
QUOTES = "\"“”‘’'«»"


def in_a_title(tok: Token) -> bool:
    """ "a programme titled 'We will liberate Goma'", "Operation 'Dawn of Freedom'": a
    trigger inside a quoted name is no event of the report."""
    report = context_of(tok.doc)
    sent = report.sent(tok)
    view = events_view(report)
    marks = view.quote_marks
    if marks is None:
        marks = view.quote_marks = _quote_marks(report)
    # the marks that open or close a quotation between the sentence's start and the trigger
    first, stop = bisect_left(marks, sent.start), bisect_left(marks, tok.i)
    if (stop - first) % 2 == 0:
        return False
    quote = marks[stop - 1]
    before = {t.lower_ for t in report.tokens[max(quote - 3, sent.start):quote]}
    if before & TITLE_WORDS:
        return True
    # "the documentary "Soldiers Who Retook Menaka"", "his book 'How We Took Kidal'": a quotation
    # in title case is a work's name; what is said is quoted in sentence case
    close = marks[stop] if stop < len(marks) else None
    return close is not None and _title_case(report.tokens[quote + 1:close])


def _title_case(words) -> bool:
    """Whether quoted words are a title: every word of four letters or more capitalised, and
    at least two such words besides the first (a one-word quote is a word, not a title)."""
    long = [t for t in words if t.is_alpha and len(t) > 3]
    return len(long) >= 3 and all(t.text[:1].isupper() for t in long) and len(words) <= 15


_QUOTE_CHAR = re.compile("[" + QUOTES + "`]")


def _quote_marks(report: ReportContext) -> list[int]:
    """The indexes of the report's quotation-mark tokens, in order, read once a report: each
    trigger's sentence was walked up to the trigger before. Only a token holding a quote
    character can be one, so the text is searched for those and the tokens there are read;
    a possessive apostrophe ("Esmeraldas' San Lorenzo canton") opens no quotation."""
    tokens = report.tokens
    marks: list[int] = []
    for m in _QUOTE_CHAR.finditer(report.text):
        i = report.token_at(m.start())
        if marks and marks[-1] == i:
            continue  # the second mark of "``" or "''"
        t = tokens[i]
        if (t.text in QUOTES or t.text in ("``", "''")) and t.dep_ != "case":
            marks.append(i)
    return marks
