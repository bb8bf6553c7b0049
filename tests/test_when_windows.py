"""The date scan runs a rule's pattern only near its anchor word (patterns.ANCHORS):
what it finds must be exactly what the pattern finds over the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract.when.find import _age_spans, _matches
from claimledger.extract.when.patterns import AGE, AGE_ANCHOR, ANCHORS, PATTERNS

ANCHORED = [(rule, pattern) for rule, pattern in PATTERNS if rule in ANCHORS]

SENTENCES = [
    "Fighting resumed in Gao on Tuesday, 14 March 2023, three days after the truce.",
    "Since the 3rd of February, at least 40 people have died, the ministry said on Sunday's briefing.",
    "Late on Friday night the convoy left; by early-March 2024 it had reached Goma.",
    "The siege, which began in mid-April, lasted for more than seven weeks, officials said 2 weeks ago.",
    "Strikes at 10.30am and 23:15 GMT hit the port; a 19-year-old and a man aged 40 were hurt.",
    "The 10-day truce ended.  In  the   past   three    months, 2,000 fled (since last year).",
    "In 2019 and through the 1990s the town changed hands; Sept. 9, 2024 was the last raid.",
    "A three-month-old child and people aged between 18 and 25 were among the 12 dead, 5 years of age.",
    "NAIROBI, Dec 2 - Over the weekend and for about a couple of days-earlier, the rebels advanced.",
    "may God protect us, this May be the month; Mayor Aung said on Monday's afternoon broadcast.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_anchored_rule_finds_what_the_whole_text_scan_finds(text: str) -> None:
    for rule, pattern in ANCHORED:
        whole = [(m.start(), m.end()) for m in pattern.finditer(text)]
        windowed = [(m.start(), m.end()) for m in _matches(pattern, text, ANCHORS[rule])]
        assert windowed == whole, rule


@pytest.mark.parametrize("text", SENTENCES)
def test_ages_are_found_as_in_the_whole_text(text: str) -> None:
    assert list(_age_spans(text)) == [(m.start(), m.end()) for m in AGE.finditer(text)]
    assert AGE_ANCHOR[0].search(text) or not list(_age_spans(text))


def test_the_anchored_rules_still_find_dates_far_into_a_long_report() -> None:
    filler = "The council met and talked about water, schools and roads. " * 200
    text = filler + "The attack came on 4 June 2025, two weeks ago, on a Wednesday."
    found = {rule: [text[m.start():m.end()] for m in _matches(p, text, ANCHORS[rule])] for rule, p in ANCHORED}
    assert "on 4 June 2025" in found["dmy"]
    assert "two weeks ago" in found["ago"]
    assert any("Wednesday" in s for s in found["weekday"])


_WORDS = ["on", "in", "since", "the", "of", "last", "early", "mid", "late", "about", "some", "a", "few",
          "three", "twenty-one", "12", "3rd", "2024", "1998", "March", "May", "may", "Sept.", "Monday",
          "Friday's", "night", "days", "weeks", "month", "year-long", "ago", "-", ",", ".", "10.30", "23:15",
          "pm", "GMT", "old", "aged", "year-old", "  ", "\n", "soldiers", "killed", "Goma", "Mayor"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
def test_any_run_of_date_words_scans_alike(words: list[str]) -> None:
    text = re.sub(r" ([,.])", r"\1", " ".join(words))
    for rule, pattern in ANCHORED:
        assert [m.span() for m in _matches(pattern, text, ANCHORS[rule])] == \
            [m.span() for m in pattern.finditer(text)], rule
