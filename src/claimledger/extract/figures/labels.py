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
from claimledger.extract.figures.words import (
    EVENT_MEANINGS,
    HARMS,
    NOT_WEAPONS,
    PEOPLE_FATES,
    PEOPLE_KINDS,
    RELEASE_VERBS,
    WEAPON_MODIFIERS,
    lexicon,
)
from claimledger.extract.numbers import Number
from claimledger.sides import side_of

# a line "Label: count …", "Label | count …" or "Label – count …" (a dash with spaces, as
# fact boxes set it: "Wounded – 30", "Displaced — 4,500"), after an optional bullet; the label is short
_LABELLED = re.compile(
    r"[ \t]*(?:[-*•·▪–][ \t]*)?(?P<label>[A-Za-z][^\n:|]{0,40}?)(?:[ \t]*[:|]|[ \t]+[-–—])[ \t]*")
LABEL_FATES = EVENT_MEANINGS | {"equipment"}


def label_fate(view: FiguresView, m: Mention) -> bool:
    """Give a count on a labelled line or in a table's column the fate its label tells,
    and, when the count has no noun of its own, the label's people ("Soldiers killed | 3",
    "MONUSCO troops in North Kivu: about 11,000"). True when it did."""
    # a table row's first cell names the row ("Nasir | 21,500 | Ulang"), its column's header the count;
    # a header that says nothing ("Total", "Past day") leaves the row's name to say it ("Tanks | 11,491")
    for label, row in ((column_label(view, m.num) or _line_label(view, m), False), (_row_label(view, m.num), True)):
        told = _read_label(view, m, label) if label is not None else None
        if told is not None:
            m.labelled = told
            if told and row and label is not None and m.subject is None:
                m.subject = view.text[label[0]:label[1]].strip()  # a row's name: "Tanks", "Air defence systems"
            return told
    return _day_rise(view, m)


def _read_label(view: FiguresView, m: Mention, label: tuple[int, int]) -> bool | None:
    """The fate a label gives ``m``: True when it gave one, False when the label is a sentence,
    None when it says nothing of what is counted."""
    tokens = [t for t in view.doc.char_span(*label, alignment_mode="expand") or [] if t.is_alpha or t.tag_ == "TO"]
    if any(t.tag_ in ("TO", "VB", "VBP", "VBZ", "MD") for t in tokens):
        return False  # "Hotline to report kidnappings: 165": a label that is a sentence, not a heading
    told = next((t for t in tokens if word_fate(t) in LABEL_FATES), None) or _weapon_container(tokens)
    people = next((t for t in tokens if _kind(t) in PEOPLE_KINDS), None)
    kind = _kind(m.noun) if m.noun is not None else None
    if m.noun is None and people is not None:
        m.noun, kind = people, _kind(people)
    if told is None and _freed_people(tokens):
        m.quantity, m.kind = "captured", kind  # "Released by the Houthis: 104": people freed were held
        return True
    if told is None:
        if m.noun is people and kind in ("force", "armed"):
            m.quantity, m.kind = "deployed", kind  # "MONUSCO troops in North Kivu: about 11,000"
            return True
        return None
    fate = "equipment" if told.lower_ not in lexicon().adjs and _is_container(told) else word_fate(told)
    # a label's capitalised noun may be tagged a name ("Houses burned"): the lexicon's things count too
    things = [t for t in tokens if t.i < told.i and _kind(t) not in PEOPLE_KINDS
              and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and _kind(t) == "other")]
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


def _freed_people(tokens: list[Token]) -> bool:
    """A label of people freed or swapped ("Released by the government", "Freed in the exchange"),
    with no thing named as freed ("Funds released"): those counted were prisoners, as in a
    sentence (states.freed)."""
    freed = next((t for t in tokens if t.lemma_.lower() in RELEASE_VERBS and t.tag_ in ("VBN", "VBD")), None)
    return freed is not None and not any(
        t.pos_ in ("NOUN", "PROPN") and t.i < freed.i and _kind(t) not in PEOPLE_KINDS for t in tokens)


# a count in a cell, alone but for its qualifier and a day's rise in brackets: "about 1,188,650", "(+5)"
_RISE = re.compile(r"\(\s*\+\s*$")


def _row_label(view: FiguresView, num: Number) -> tuple[int, int] | None:
    """The first cell of a pipe table's row when the count stands alone in a later cell:
    "Tanks" for both counts of "| Tanks | 11,491 | (+5) |"."""
    text = view.text
    line_start = text.rfind("\n", 0, num.start) + 1
    line_end = text.find("\n", num.start)
    cells = [(s, e) for s, e in _cells(text[line_start:line_end if line_end >= 0 else len(text)], line_start) if e > s]
    if len(cells) < 2 or any(ch.isdigit() for ch in text[cells[0][0]:cells[0][1]]):
        return None
    cell = next(((s, e) for s, e in cells[1:] if s <= num.start < e), None)
    if cell is None or text[cell[0]:cell[1]].strip("()+~≈ ") != num.text.strip():
        return None
    return cells[0]


def _day_rise(view: FiguresView, m: Mention) -> bool:
    """ "tanks: 11,491 (+5)": a rise in brackets right after a labelled count on its line
    counts what that count counts."""
    before = view.ordered[-1] if view.ordered else None
    if before is None or not before.labelled or not _RISE.search(view.text[before.num.end:m.num.start]):
        return False
    if view.text[before.num.end:m.num.start].count("\n"):
        return False
    m.quantity, m.kind, m.labelled = before.quantity, before.kind, True
    m.noun = m.noun or before.noun
    return True


def losses_list_sides(view: FiguresView, counts: list[Mention]) -> None:
    """A list or table of counts told right after a side's losses ("Russia lost another
    1,260 soldiers ...: | Tanks | 11,491 |", "- artillery systems: 35,247 (+38)") lists
    that side's losses: its rows take the side, and its personnel are casualties, not a
    force's strength."""
    told: Mention | None = None
    first: Mention | None = None
    lost: Mention | None = None  # the last count a losses heading made casualties
    for m in counts:
        if m.labelled and m.kind == "force":
            m.side = _section_country(view, m) or m.side  # "Mali" over "- Soldiers killed: 8"
        if m.quantity == "deployed" and (_listed_under_losses(view, m) or _rise_of(view, lost, m)):
            m.quantity, lost = "casualties", m  # "Enemy losses" over "- personnel: about 1,130 (+1,150)"
        if not m.labelled:
            told, first = m, None
            continue
        first = first or m
        if m.side is not None or told is None or m.quantity not in (*HARMS, "equipment", "deployed"):
            continue
        if told.side is None or told.quantity not in (*HARMS, "equipment") or first.start - told.num.end > 600:
            continue
        if not any(t.lemma_.lower() in ("lose", "loss") for t in told.sent):
            continue
        m.side = told.side
        if m.quantity == "deployed":
            m.quantity = "casualties"  # "Personnel | about 1,188,650": the people lost


# a heading of a side's losses: "Daily losses of the enemy", "Russian losses as of 12 May"
_LOSSES_HEADING = re.compile(r"\b(?:losses|lost)\b", re.IGNORECASE)
_HEADING_REACH = 300  # characters before a list's first count: a heading and a line or two of preamble


_HEADING_WORDS = 3  # a section's country heading: "Mali", "Burkina Faso", "DR Congo"


def _section_country(view: FiguresView, m: Mention) -> str | None:
    """The state a country-name line names over the block of labelled lines ``m`` stands in,
    as a roundup sets out its sections ("Mali" / "- Soldiers killed: 8")."""
    text = view.text
    end = text.rfind("\n", 0, m.num.start)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return None  # the block ends: no heading over it
        if not _LABELLED.match(line):
            words = line.split()
            plain = len(words) <= _HEADING_WORDS and not any(c.isdigit() or c in ":|," for c in line)
            return side_of(line) if plain else None
        end = start - 1
    return None


def _rise_of(view: FiguresView, before: Mention | None, m: Mention) -> bool:
    """Whether ``m`` is the day's rise in brackets right after ``before`` on its line ("(+1,150)")."""
    if before is None:
        return False
    between = view.text[before.num.end:m.num.start]
    return "\n" not in between and _RISE.search(between) is not None


def _listed_under_losses(view: FiguresView, m: Mention) -> bool:
    """Whether ``m`` opens the value of a labelled line told under a heading of losses."""
    label = _line_label(view, m)
    return label is not None and _LOSSES_HEADING.search(
        view.text, max(0, label[0] - _HEADING_REACH), label[0]) is not None


def _is_container(tok: Token) -> bool:
    return lexicon().nouns.get(noun_key(tok) or "") == "container"


def _weapon_container(tokens: list[Token]) -> Token | None:
    """ "Air defence systems", "Artillery pieces": a container noun after a weapon's word,
    which the parse of a table row does not join to it."""
    for k, t in enumerate(tokens):
        if _is_container(t) and any(p.lower_ in WEAPON_MODIFIERS or word_fate(p) == "equipment" for p in tokens[:k]):
            return t
    return None


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
    key = noun_key(tok) if tok.pos_ == "NOUN" else None
    if key in lex.nouns:
        return lex.nouns[key]  # a heading used as a noun: "Shelter: 2,300 kits" tells no one sheltered
    if word in lex.adjs:
        return fate_of(lex.adjs[word])
    lemma = lex.verb_forms.get(word) or (word if word in lex.verbs else None)
    if lemma is not None:
        return fate_of(lex.verbs[lemma])
    key = noun_key(tok)
    return lex.nouns.get(key) if key else None
