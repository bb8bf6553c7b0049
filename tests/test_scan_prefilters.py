"""Speed-ups that must change no answer: each fast path here is checked against the plain
scan it stands in for, on sentences written for this file (Sudan, the Sahel, Gaza, Yemen,
Myanmar, DR Congo, Ukraine), on the project's own test reports and on random mixtures.

- ``numbers.find_numbers`` tries its expression only at words that can open a number
  (digits, the words the expression spells); ``finditer`` over the whole text is the reference.
- ``claims_build.content_hedge`` searches one alternation of every hedge row before the
  row-by-row loop; the loop alone is the reference.
- ``PhraseScanner._folds_plainly`` answers from the characters already found plain.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimledger.extract import numbers
from claimledger.extract.claims_build import content_hedge, hedge_words
from claimledger.phrase_scan import PhraseScanner

SENTENCES = [
    "The RSF said about 1,200 fighters had reached El Fasher, and some forty trucks followed.",
    "Between 3,000 and 5,000 people fled Djibo; nearly half of them were children.",
    "Gaza's health ministry said 27 were killed overnight, up from 19 the day before.",
    "At least two dozen Houthi drones were downed over the Red Sea, the coalition claimed.",
    "THE JUNTA SAID SIXTY-TWO SOLDIERS DIED NEAR MENAKA; NO ONE ELSE WAS HURT.",
    "Some 12 000 displaced (a narrow space) and 12.000 more, the continental way; 1.5 million in all.",
    "An F-16 and two A-10s; 155mm shells; 12km from Goma; the 2014 accord; 01-10-2014 and 27/07/2016.",
    "Tens of thousands marched in Kinshasa; hundreds were held; a few hundred were released.",
    "One-third of the brigade, a quarter of a million rounds, 40 per cent of the stock, 40% more.",
    "200-odd prisoners were exchanged, or 210 or so by another count; 40+ remain held.",
    "The ſeven villages and the \u212aelvin sign; İdlib and Istanbul; no casualties were reported.",
    "Arabic digits \u0663\u0660 and Bengali \u09e8\u09e9 count as digits too; so does ²?",
    "approx. 300 men, approximately 400, roughly 500, in excess of 600, upwards of 700 and no more than 800.",
    "There was no fighting, officials said, and nobody was killed; zero rounds were fired.",
]


def _reports() -> list[str]:
    root = Path(__file__).resolve().parent
    return [p.read_text(encoding="utf-8") for folder in ("reports", "figure_reports", "event_reports")
            for p in sorted((root / folder).glob("*.txt"))]


def _plain_numbers(text: str) -> list[numbers.Number]:
    found: list[numbers.Number] = []
    for m in numbers._EXPRESSION.finditer(text):
        found.extend(numbers._from_match(m, 0))
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_find_numbers_as_the_whole_scan(text: str) -> None:
    assert numbers.find_numbers(text) == _plain_numbers(text)


def test_find_numbers_on_our_reports() -> None:
    texts = _reports()
    assert texts
    for text in texts:
        assert numbers.find_numbers(text) == _plain_numbers(text)


def test_find_numbers_on_random_mixtures() -> None:
    pieces = sorted(numbers._SPELLED) + ["12", "4,000", "1.5", "3-5", "40%", "12km", "F-16", "Sixty-two", "THE",
                                         "between", "no one", "at least", "-", ".", ",", ":", "/", "#", "(", ")",
                                         "'s", "people", "killed", "2014", "+", "odd", "\u0663\u0660", "ſix", "\n"]
    rnd = random.Random(24)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice([" ", " ", "", "-", "\n", ", "])
                       for _ in range(rnd.randint(1, 12)))
        assert numbers.find_numbers(text) == _plain_numbers(text), text


def test_every_spelled_opening_word_is_tried() -> None:
    # the words a match may open with are among those the expression spells
    for word in ("about", "between", "from", "nearly", "dozens", "half", "nobody", "a", "an", "twenty"):
        assert word in numbers._SPELLED
    assert numbers.find_numbers("Nearly twenty were hurt")[0].text == "Nearly twenty"


def _row_by_row(text: str) -> str:
    for pattern, hedge in hedge_words():
        if pattern.search(text):
            return hedge
    return "asserted"


@pytest.mark.parametrize("text", [
    "the army may have withdrawn from the town overnight",
    "around 4,000 people were displaced by the floods and the fighting",
    "about the attack on the convoy, nothing more was said",
    "the militia reportedly seized two villages near Bunia",
    "an estimated 300 fighters were believed to be inside the base",
    "the ceasefire held through the night in Hodeidah",
    "it was possible that more bodies lay under the rubble",
    "Junta forces probably shelled the monastery",
])
def test_content_hedge_as_row_by_row(text: str) -> None:
    assert content_hedge(text) == _row_by_row(text)


def test_content_hedge_on_our_reports() -> None:
    for report in _reports():
        for piece in report.replace("\n", " ").split(". "):
            assert content_hedge(piece) == _row_by_row(piece)


def test_folds_plainly_remembers_only_plain_characters() -> None:
    scanner = PhraseScanner(["sudan", "mali"], fold=True)
    assert scanner._folds_plainly("Sudan army", "sudan army")
    assert scanner._folds_plainly("Sudan army", "sudan army")  # now from the characters known plain
    # the long s matches "s" under re.IGNORECASE though str.lower keeps it: never plain
    assert not scanner._folds_plainly("ſudan army", "ſudan army")
    assert not scanner._folds_plainly("ſudan army", "ſudan army")
    assert scanner.spans("ſudan army") == scanner.regex_spans("ſudan army")


# ------------------------------------------------------------------ the phrasal gate of the claim reader
@pytest.mark.parametrize("text, word, phrasal", [
    ("The governor of Darfur talked about how the wells ran dry.", "talked", True),
    ("A commander in Goma spoke of hunger among the displaced.", "spoke", True),
    ("The convoy reached Kadugli before dawn.", "reached", False),
    ("Drones struck a fuel depot near Sevastopol.", "struck", False),
])
def test_phrasal_verb_is_the_gate_phrasal_claim_opens_with(nlp, text: str, word: str, phrasal: bool) -> None:
    from claimledger.extract.claims_phrasal import phrasal_content, phrasal_verb

    tok = next(t for t in nlp(text) if t.text == word)
    assert phrasal_verb(tok) is phrasal
    if not phrasal:
        assert phrasal_content(tok) is None  # what phrasal_claim reads first: nothing for such a verb


def test_a_phrasal_claim_is_still_read_and_a_refusal_still_says_nothing(nlp) -> None:
    from claimledger.extract.claims import find_claims

    said = find_claims(nlp("The governor of Darfur talked about how the wells had run dry in the camps."))
    assert [(c.cue, c.text) for c in said] == [("talked", "how the wells had run dry in the camps")]
    refused = find_claims(nlp("The army declined to comment on whether its troops had left Bunia."))
    assert refused == []


# ------------------------------------------------------------------ time rules tried only where a word of theirs opens
TIME_SENTENCES = [
    "Fighting resumed yesterday near Bakhmut and again this morning, the ministry said at 10am.",
    "On 2024-03-05 and 05/03/2024 the RSF shelled El Obeid; at 0530 GMT the army replied.",
    "Since last week, and over the weekend, drones struck Port Sudan at dawn and at midnight.",
    "In recent days the Tatmadaw bombed villages; the previous day and the next day were quiet.",
    "In the early hours of Sunday, in the 1990s style, the junta met in Niamey at 9.30 p.m.",
    "THE DAY BEFORE YESTERDAY, SINCE THE START OF THE MONTH, LAST NIGHT AND TONIGHT.",
    "Drones hit Kherson laſt night and again this week (a long s, as OCR leaves it).",
]


def _time_texts() -> list[str]:
    return TIME_SENTENCES + _reports()


def test_word_opened_time_rules_open_on_a_word_boundary() -> None:
    from claimledger.extract.when.find import _WORD_OPENED
    from claimledger.extract.when.patterns import PATTERNS

    rules = {rule: pattern for rule, pattern in PATTERNS}
    assert set(rules) >= _WORD_OPENED
    for rule in _WORD_OPENED:
        assert rules[rule].pattern.lstrip().startswith(r"\b"), rule


def test_word_opened_time_rules_find_what_finditer_finds() -> None:
    from claimledger.extract.when.find import _WORD_OPENED, _Openings
    from claimledger.extract.when.patterns import PATTERNS
    from claimledger.extract.word_openings import folds_plainly

    for text in _time_texts():
        if not folds_plainly(text):
            continue  # scanned whole by _candidates (below): "laſt" is "last" to re.IGNORECASE alone
        openings = _Openings(text)
        for rule, pattern in PATTERNS:
            if rule in _WORD_OPENED:
                assert [m.span() for m in openings.matches(pattern)] == [m.span() for m in pattern.finditer(text)], rule


def test_times_of_a_text_with_odd_case_folds_are_still_found() -> None:
    from claimledger.extract.when.find import _candidates, _Openings
    from claimledger.extract.when.patterns import PATTERNS

    text = TIME_SENTENCES[-1]
    unit_rel = dict(PATTERNS)["unit_rel"]
    assert [m.group() for m in _Openings(text).matches(unit_rel)] == ["this week"]  # it would miss "laſt night" ...
    found = {text[f.start:f.end] for f in _candidates(text) if f.rule == "unit_rel"}
    assert found == {"laſt night", "this week"}  # ... so the whole scan reads such a text
