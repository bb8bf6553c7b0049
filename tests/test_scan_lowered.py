"""Speed-ups that must change no answer (as tests/test_scan_prefilters.py), each checked
against what it stands in for, on sentences written for this file, the project's own test
reports and random mixtures:

- ``word_openings.lowered_words``: the words of the lower-cased text are the text's own words,
  lower-cased, at the same offsets (str.lower keeps each character's length and word class);
- time anchors made of letters are found among those words, not by their case-blind
  alternation at every character (``_Openings.windows`` against ``_windows``);
- ``ReportContext.token_range`` is ``doc.char_span(..., alignment_mode="expand")``'s token range;
- ``events_triggers._in_a_title`` reads the report's quotation marks from one list.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from claimledger.extract.context import ReportContext
from claimledger.extract.when.find import _anchor_words, _Openings, _windows
from claimledger.extract.when.patterns import AGE_ANCHOR, ANCHORS
from claimledger.extract.word_openings import ODD_FOLDS, folds_plainly, lowered_words

SENTENCES = [
    "Two days ago the RSF shelled El Fasher; on Monday and again on Tuesdays' markets, 12 died.",
    "The 19-year-old was aged 20 by March, the Tatmadaw said of Sagaing in early Sept. 2023.",
    "MONDAY: DRONES HIT ODESA AT DAWN; A WEEK LATER, SINCE THE START OF THE YEAR, NOTHING.",
    "Fortnightly patrols left Goma for a month-long push; a decade-old accord, hours before.",
    "Ministers met on Wednesday 4 Dec; the Sahel juntas' agency said the agenda was 'old news'.",
    "Jan, Febuary, Mayor Ago of Agogo, Octavia and Decadent Nov-ember are no months at all.",
    "Σ'Β and ΑΣ'Β, Ⅻ years, the 2ⁿᵈ day, ½ a week and the \u01c5ay of the Ⅰ-th month.",
]


def _reports() -> list[str]:
    root = Path(__file__).parent
    return [p.read_text(encoding="utf-8") for folder in ("reports", "event_reports")
            for p in sorted((root / folder).rglob("*.txt"))][:60]


def _mixtures(n: int = 400) -> list[str]:
    rng = random.Random(11)
    pieces = list("aAdDeEgGkKmMnNoOsSyY0123456789 .,:/#-'’_\n") + [
        "Σ", "ς", "ß", "\u1e9e", "\u01c5", "Ⅻ", "²", "\u0663", "day", "Ago", "JAN", "sun", "old", "Age", "week"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 50))) for _ in range(n)]


def test_lower_keeps_every_character_one_character_of_its_class() -> None:
    word = re.compile(r"[\w.,:/#№$£€¥₴-]")
    for code in range(0x110000):
        char = chr(code)
        if char in ODD_FOLDS:
            continue
        low = char.lower()
        assert len(low) == 1, hex(code)
        assert bool(word.match(char)) == bool(word.match(low)), hex(code)
        assert char.isdigit() == low.isdigit(), hex(code)


def test_lowered_words_are_the_texts_own_words() -> None:
    for text in SENTENCES + _reports() + _mixtures():
        if not folds_plainly(text):
            continue
        words, starts, before = lowered_words(text)
        assert lowered_words(text) == (words, starts, before)  # the last text's, kept
        plain = [(m.group().lower(), m.start()) for m in re.finditer(r"\w+", text)]
        # a final sigma lowers by what follows it: never a letter any pattern spells
        assert [(w, at) for w, at in zip(words, starts, strict=True) if w.isascii()] == \
            [(w, at) for w, at in plain if w.isascii()]
        assert starts == [at for _, at in plain]
        assert before == [text[at - 1:at] for _, at in plain]


def test_numbers_bar_only_the_punctuation_of_their_lookbehind() -> None:
    from claimledger.extract.numbers import _BARRED, _BEFORE

    lookbehind = re.compile(_BEFORE)
    for code in range(0x30000):
        char = chr(code)
        barred = lookbehind.match(char + "7", 1) is None
        assert barred == (re.match(r"\w", char) is not None or char in _BARRED), hex(code)


def test_letter_anchors_are_read_as_their_openings() -> None:
    assert _anchor_words(ANCHORS["ago"][0]) == ("ago",)
    assert _anchor_words(ANCHORS["weekday"][0])[:2] == ("monday", "tuesday")
    assert _anchor_words(AGE_ANCHOR[0]) == ("old", "age")
    assert _anchor_words(ANCHORS["year"][0]) is None  # digits: still its own scan
    assert _anchor_words(ANCHORS["clock"][0]) is None


def test_anchor_windows_among_words_as_by_finditer() -> None:
    anchors = list(ANCHORS.values()) + [AGE_ANCHOR]
    for text in SENTENCES + _reports() + _mixtures():
        if not folds_plainly(text):
            continue
        openings = _Openings(text)
        for anchor in anchors:
            assert openings.windows(*anchor) == _windows.__wrapped__(text, *anchor), (anchor[0].pattern, text)


def test_token_range_is_char_spans_expanded_range(nlp) -> None:
    texts = [*SENTENCES, "  leading spaces\n\n and  double  spaces ", "x", "", " \n"]
    rng = random.Random(5)
    for text in texts:
        doc = nlp(text)
        report = ReportContext(doc)
        n = len(text)
        pairs = [(s, e) for s in range(-2, n + 3) for e in (s - 1, s, s + 1, s + 3, n, n + 1)]
        pairs += [(rng.randrange(-2, n + 3), rng.randrange(-2, n + 3)) for _ in range(200)]
        for start, end in pairs:
            try:
                span = doc.char_span(start, end, alignment_mode="expand")
                want: object = None if span is None else (span.start, span.end)
            except IndexError:
                want = IndexError
            try:
                got: object = report.token_range(start, end)
            except IndexError:
                got = IndexError
            assert got == want, (text, start, end)
            if want not in (None, IndexError) and end == start + 1:
                assert report.token_at(start) == want[0]


def _in_a_title_by_walking(tok) -> bool:
    """The former reading: the sentence walked up to the trigger, per trigger."""
    from claimledger.extract.context import context_of
    from claimledger.extract.events_triggers import QUOTES, TITLE_WORDS

    report = context_of(tok.doc)
    sent = report.sent(tok)
    tokens = report.tokens
    opened = [t for t in tokens[sent.start:tok.i] if (t.text in QUOTES or t.text in ("``", "''")) and t.dep_ != "case"]
    if len(opened) % 2 == 0:
        return False
    quote = opened[-1].i
    return bool({t.lower_ for t in tokens[max(quote - 3, sent.start):quote]} & TITLE_WORDS)


def test_in_a_title_as_by_walking_the_sentence(nlp) -> None:
    from claimledger.extract.context import context_of
    from claimledger.extract.events_triggers import _in_a_title

    texts = [
        "State TV aired a programme titled 'We will liberate Goma' as M23 shelled Sake.",
        "The army launched Operation \"Dawn of Freedom\" and attacked rebel positions near Kidal.",
        "Esmeraldas' San Lorenzo canton saw an attack; the \u201cjunta\u201d denied it, calling it ``a lie''.",
        "He said: 'They attacked us.' Then a campaign dubbed \u2018Iron Wall\u2019 began, and troops advanced.",
        "'Unclosed quote opens, and the militia attacked the camp near Djibo before dawn.",
    ]
    seen = 0
    for text in texts:
        doc = nlp(text)
        for tok in context_of(doc).tokens:
            assert _in_a_title(tok) == _in_a_title_by_walking(tok), (text, tok.text)
            seen += _in_a_title(tok)
    assert seen  # some trigger here is inside a quoted name
