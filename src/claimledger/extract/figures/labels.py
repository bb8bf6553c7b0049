"""Counts on a labelled line: a fact box, a bullet list or a table row names what is
counted before the number, not around it ("- Killed: 41 civilians", "Wounded: 118",
"Soldiers killed | 3", "Displaced families: about 640"), and a table's column names it
in its header ("Date | Location | Terrorists killed" over "2 August | Kyaukphyu | 19"). The parse reads such lines as
fragments, so the fate and the counted noun are taken from the label's words.

Hand-written over the lexicon (``data/quantities.tsv``) because a label is no sentence:
its words are looked up as words, not through the parse."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.figures.meanings import fate_of
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import noun_key
from claimledger.extract.figures.words import EVENT_MEANINGS, NOT_WEAPONS, PEOPLE_FATES, PEOPLE_KINDS, lexicon
from claimledger.extract.numbers import Number

# a line "Label: count …" or "Label | count …", after an optional bullet; the label is short
_LABELLED = re.compile(r"[ \t]*(?:[-*•·▪–][ \t]*)?(?P<label>[A-Za-z][^\n:|]{0,40}?)[ \t]*[:|][ \t]*")
LABEL_FATES = EVENT_MEANINGS | {"equipment"}


def label_fate(view: FiguresView, m: Mention) -> bool:
    """Give a count on a labelled line or in a table's column the fate its label tells,
    and, when the count has no noun of its own, the label's people ("Soldiers killed | 3",
    "MONUSCO troops in North Kivu: about 11,000"). True when it did."""
    # a table row's first cell names the row ("Nasir | 21,500 | Ulang"), its column's header the count
    label = column_label(view, m.num) or _line_label(view, m)
    if label is None:
        return False
    tokens = [t for t in view.doc.char_span(*label, alignment_mode="expand") or [] if t.is_alpha or t.tag_ == "TO"]
    if any(t.tag_ in ("TO", "VB", "VBP", "VBZ", "MD") for t in tokens):
        return False  # "Hotline to report kidnappings: 165": a label that is a sentence, not a heading
    told = next((t for t in tokens if word_fate(t) in LABEL_FATES), None)
    people = next((t for t in tokens if _kind(t) in PEOPLE_KINDS), None)
    kind = _kind(m.noun) if m.noun is not None else None
    if m.noun is None and people is not None:
        m.noun, kind = people, _kind(people)
    if told is None:
        if m.noun is people and kind in ("force", "armed"):
            m.quantity, m.kind = "deployed", kind  # "MONUSCO troops in North Kivu: about 11,000"
            return True
        return False
    fate = word_fate(told)
    things = [t for t in tokens if t.i < told.i and t.pos_ == "NOUN" and _kind(t) not in PEOPLE_KINDS]
    if fate in PEOPLE_FATES and things and people is None:
        fate = "other"  # "Homes burned: about 80", "Hospital beds lost": things, not people
    elif fate == "equipment" and any(t.lower_ in NOT_WEAPONS for t in tokens):
        fate = "other"  # "Aid trucks: 40": not military equipment
    elif fate == "equipment" and kind in PEOPLE_KINDS:
        fate = "killed"  # "Terrorists destroyed | 12"
    if fate == "killed" and kind == "civilian":
        fate = "civilians_killed"
    m.quantity, m.kind = fate, kind
    return True


def _kind(tok: Token) -> str | None:
    return lexicon().nouns.get(noun_key(tok) or "")


def _line_label(view: FiguresView, m: Mention) -> tuple[int, int] | None:
    """The label before a count that opens its line's value: "Killed: 41 civilians"."""
    line_start = view.text.rfind("\n", 0, m.num.start) + 1
    found = _LABELLED.match(view.text, line_start)
    if found is None or found.end() != m.num.start:
        return None
    return line_start, found.end("label")


def column_label(view: FiguresView, num: Number) -> tuple[int, int] | None:
    """The header of a pipe table's column the count stands alone in: "19" under
    "Terrorists killed" in "Date | Location | Terrorists killed". The reader may take such
    rows for a menu; a row of counts under a header of words is a table."""
    text = view.text
    line_start = text.rfind("\n", 0, num.start) + 1
    line_end = text.find("\n", num.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    cells = _cells(line, line_start)
    column = next((k for k, (s, e) in enumerate(cells) if s <= num.start < e), None)
    if len(cells) < 3 or column is None or text[cells[column][0]:cells[column][1]].strip() != num.text.strip():
        return None
    above = line_start - 1
    for _ in range(8):  # the header is a few rows up at most
        if above <= 0:
            return None
        start = text.rfind("\n", 0, above) + 1
        header = _cells(text[start:above], start)
        if len(header) == len(cells) and not any(ch.isdigit() for ch in text[start:above]):
            s, e = header[column]
            return s, e
        above = start - 1
    return None


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The character spans of a line's pipe-separated cells, without their blanks."""
    if line.count("|") < 2:
        return []
    spans, at = [], 0
    for cell in line.split("|"):
        lead = len(cell) - len(cell.lstrip())
        spans.append((offset + at + lead, offset + at + len(cell.rstrip())))
        at += len(cell) + 1
    return spans


def word_fate(tok: Token) -> str | None:
    """What one word of a label says happened: "Killed", "neutralised", "Displaced", "Dead"."""
    lex, word = lexicon(), tok.lower_
    if word in lex.adjs:
        return fate_of(lex.adjs[word])
    lemma = lex.verb_forms.get(word) or (word if word in lex.verbs else None)
    if lemma is not None:
        return fate_of(lex.verbs[lemma])
    key = noun_key(tok)
    return lex.nouns.get(key) if key else None
