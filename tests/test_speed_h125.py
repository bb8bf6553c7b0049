"""Speed-ups of the place, figure and time stages that must change no answer (issue 8): each
fast path is checked against the plain computation it stands in for.

- ``word_openings.opening_words``: of the words a pattern spells, those a match can open with;
  a match found by trying only those words is ``finditer``'s.
- ``places.view._shouting``: capitals counted on bytes for ASCII text, as the letter-by-letter count.
- ``figures.token_memo.per_token``: a token's meaning worked out once per Doc.
- ``figures.syntax.phrase_text``: a run of tokens cut from the report's text, as ``Span.text``.
- ``gazetteer_keys.compact`` remembered; ``compact_many`` as many ``compact`` calls.
"""

from __future__ import annotations

import random
import re

import pytest
import spacy

from claimledger.extract import numbers
from claimledger.extract.context import context_of
from claimledger.extract.figures.syntax import phrase_text
from claimledger.extract.figures.token_memo import per_token
from claimledger.extract.gazetteer_keys import _compacted, compact, compact_many
from claimledger.extract.places.view import _shouting
from claimledger.extract.when.find import _WORD_OPENED, _Openings
from claimledger.extract.when.patterns import PATTERNS
from claimledger.extract.word_openings import matches_at, opening_words, spelled


def test_numbers_open_on_their_own_words_only() -> None:
    opens = opening_words(numbers._EXPRESSION)
    assert opens <= spelled(numbers._EXPRESSION)
    # qualifiers, worded numbers and vague amounts open a number ...
    assert {"about", "nearly", "between", "hundreds", "dozens", "sixty", "a", "no", "nobody"} <= opens
    # ... the words inside it ("in the region of", "per cent", "or more") do not
    assert not {"the", "of", "to", "or", "per", "percent", "than"} & opens


def test_a_pattern_opening_on_a_letter_class_keeps_every_word() -> None:
    for source in (r"[a-z]+ville\b", r"\w+ said", r".?ago", r"(?:x|[b-d]+)one"):
        pattern = re.compile(source, re.I)
        assert opening_words(pattern) == spelled(pattern)


def test_the_words_after_a_boundary_are_whole_words() -> None:
    pattern = re.compile(r"\b(?:on|since)\s+the\s+(\d+)(?:st|th)\b", re.I)
    assert opening_words(pattern) == frozenset({"on", "since"})  # "the" follows a word; "st" a digit
    loose = re.compile(r"\bdozens?\b|\bscore", re.I)
    assert {"dozens", "score"} <= opening_words(loose)


SENTENCES = [
    "Since the 3rd the militia has held the bridge at Kalehe, some forty km from Bukavu.",
    "On Monday, more than 2,000 people left Kadugli for the camps, the office said.",
    "The army said it killed dozens of fighters in the Sahel over the weekend and lost two.",
    "In the early hours of Friday the drones hit Odesa; a day later 12 were still missing.",
    "At 10:30 am local time, about a hundred families reached the border post near Rafah.",
    "Three years ago the town had 40,000 people; fewer than half remain, the mayor told us.",
]


def _salad(rnd: random.Random) -> str:
    words = sorted(spelled(numbers._EXPRESSION) | {"The", "Of", "years", "killed", "Monday", "ago", "Sept"})
    bits = [*words, "12", "3,500", "1999", "2023", "10:45", "07", "-", ",", "%", "(", ")", "p.m.", "'s"]
    return "".join(rnd.choice(bits) + rnd.choice([" ", " ", "", "-", ", ", "\n"]) for _ in range(rnd.randint(1, 16)))


def test_found_where_finditer_finds() -> None:
    rnd = random.Random(125)
    texts = SENTENCES + [_salad(rnd) for _ in range(3000)]
    for text in texts:
        assert numbers.find_numbers(text) == [n for m in numbers._EXPRESSION.finditer(text)
                                              for n in numbers._from_match(m, 0)], text
        openings = _Openings(text)
        for rule, pattern in PATTERNS:
            if rule in _WORD_OPENED:
                assert [m.span() for m in openings.matches(pattern)] == [m.span() for m in pattern.finditer(text)]


def test_matches_at_needs_only_the_opening_words() -> None:
    text = "They said the toll of the attack rose to about 40, up from 25."
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    allowed = opening_words(numbers._EXPRESSION)
    kept = [s for s in starts if text[s].isdigit() or re.match(r"\w+", text[s:]).group().lower() in allowed]
    assert len(kept) < len(starts)
    assert [m.span() for m in matches_at(numbers._EXPRESSION, text, kept)] == \
        [m.span() for m in numbers._EXPRESSION.finditer(text)]


def _letters_shouting(head: str) -> bool:
    letters = list(filter(str.isalpha, head))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.6 * len(letters)


@pytest.mark.parametrize("head", ["", "12 - 14", "KHARTOUM, Sudan - The army said", "MYANMAR JUNTA BOMBS SAGAING",
                                  "Ukraine says Russia shelled Sumy", "ABC def", "ABCd ef", "DÉPÊCHE: LES FORCES",
                                  "Ⅻ ⅩⅣ roman numerals", "Ünïcode ÀÉ words"])
def test_shouting_as_the_letter_count(head: str) -> None:
    assert _shouting(head) == _letters_shouting(head)


def test_shouting_on_random_ascii() -> None:
    rnd = random.Random(8)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ,.-\n"
    for _ in range(5000):
        head = "".join(rnd.choice(alphabet[: rnd.randint(1, len(alphabet))]) for _ in range(rnd.randint(0, 20)))
        assert _shouting(head) == _letters_shouting(head)


def test_per_token_works_each_token_out_once() -> None:
    calls: list[int] = []

    @per_token
    def length(tok: spacy.tokens.Token) -> int:
        calls.append(tok.i)
        return len(tok.text)

    nlp = spacy.blank("en")
    doc, other = nlp("Rebels took Goma"), nlp("Goma fell")
    assert [length(t) for t in doc] + [length(t) for t in doc] == [6, 4, 4, 6, 4, 4]
    assert [length(t) for t in other] == [4, 4]  # another Doc: its own answers
    assert calls == [0, 1, 2, 0, 1]


def test_phrase_text_as_the_span() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")  # the report context reads the sentences
    text = "Some 300 fighters of the group's  northern wing\nsurrendered in Beni."
    bare, read = nlp(text), nlp(text)
    context_of(read)
    for doc in (bare, read):
        tokens = list(doc)
        for a in range(len(tokens)):
            for b in range(a + 1, min(len(tokens), a + 6) + 1):
                assert phrase_text(tokens[a:b]) == doc[a:b].text
        assert phrase_text([tokens[0], tokens[2]]) == "Some fighters"
        assert phrase_text([]) == ""


def test_compact_remembered_and_many() -> None:
    names = ["Deir ez-Zor", "Khān Yūnis", "Ma'rib", "DEIR EZ ZOR", "Łódź", "U.S."]
    assert [compact(n) for n in names] == [_compacted(n) for n in names] == compact_many(names)
    assert compact("Deir ez-Zor") == compact("Deir Ezzor") == "deirezzor"


def _repeated_plainly(doc, matches, found):  # noqa: ANN001, ANN202 - scan.repeated before its prefilter
    from claimledger.extract.places.scan import Match

    taken = {i for m in matches for i in range(m.start, m.end)} | {i for m in found for i in range(m.start, m.end)}
    full, n, found = doc.text, len(doc), list(found)
    named: dict = {}
    for m in found:
        named.setdefault((m.end - m.start, compact(m.text)), m)
    lengths = sorted({length for length, _ in named})
    starts = {m.start for m in found}
    for i in range(n) if named else ():
        if i in taken or i in starts or not doc.cap[i]:
            continue
        for length in lengths:
            end = i + length
            if end > n:
                continue
            span = (doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))
            m = named.get((length, compact(full[span[0]:span[1]])))
            if m is not None:
                found.append(Match(i, end, [], m.text, span, settlement_word=m.settlement_word,
                                   region_word=m.region_word))
                break
    return found


REPEATS = [
    "Gunmen raided the village of Jeb el-Kussa at dawn. Residents of Jeb el-Kussa said 12 died, "
    "and people from Jeb El Kussa and Jebel Kussa fled to Tal Hamis.",
    "The camps of Kalma and Zamzam shelter thousands. Kalma's elders said aid had not reached Zamzam; "
    "in KALMA the water ran out.",
    "Fighting reached the town of Ḫirbat Šams on Monday. By Tuesday Ḫirbat Šams was empty, and Hirbat Sams too.",
]


@pytest.mark.parametrize("text", REPEATS)
def test_repeated_names_as_the_plain_search(text: str) -> None:
    from claimledger.extract.gazetteer import gazetteer
    from claimledger.extract.places.scan import Match, repeated, scan, unresolved
    from claimledger.extract.places.view import places_view
    from claimledger.nlp import load

    doc = places_view(context_of(load()(text)))
    matches = scan(doc, gazetteer())
    unknown = unresolved(doc, matches)
    names = unknown + [Match(m.start, m.end, [], m.text, m.span) for m in matches]  # every name sought again
    for found in (unknown, names):
        got = repeated(doc, matches, found)
        want = _repeated_plainly(doc, matches, found)
        assert [(m.start, m.end, m.text, m.span) for m in got] == [(m.start, m.end, m.text, m.span) for m in want]
