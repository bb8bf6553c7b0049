"""Numbers that are not head counts: years, clock times, dates, ages, durations, ids,
money and measures, numbers inside names ("Resolution 2254", "Brigade 47"), ratios,
corrections and page debris such as "(200) 0 38"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from claimledger.extract.figures.meanings import noun_meaning
from claimledger.extract.figures.mentions import FiguresView
from claimledger.extract.figures.syntax import is_month, noun_key, unit_kind
from claimledger.extract.figures.words import CALIBRES, DIRECT, FORMATIONS, PEOPLE_KINDS, lexicon
from claimledger.extract.numbers import Number

_DIGIT_RUN = re.compile(r"^\d+$")


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def in_a_time(doc: Doc, num: Number, times: Sequence[tuple[int, int]]) -> bool:
    """Whether a number lies in a date or time another module claimed; but a number word that
    alone makes up a DATE ("Eighteen soldiers were killed", "Forty fighters surrendered": the
    small model's reading of a sentence's opening word) is a count, not a date."""
    hits = [(s, e) for s, e in times if s < num.num_end and num.num_start < e]
    if not hits:
        return False
    if any(c.isdigit() for c in num.text) or any(s < num.num_start or e > num.num_end for s, e in hits):
        return True
    span = doc.char_span(num.num_start, num.num_end, alignment_mode="expand")
    return span is None or any(t.ent_type_ != "DATE" for t in span)


def _compound_of_later_noun(tok: Token) -> bool:
    return tok.dep_ == "compound" and tok.head.i > tok.i


def refuse(view: FiguresView, num: Number, span: Span) -> str | None:
    """Why a number is not a head count, or None when it may be one."""
    doc = view.doc
    core = view.text[num.num_start : num.num_end].strip()
    first, last = span[0], span[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    nxt2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    plain = _DIGIT_RUN.match(core) is not None
    if _in_a_gallery_index(view.text, num.num_start):
        return "gallery index"  # "3 / 8  An armoured vehicle patrols ...": the photo's place in a gallery
    if plain and len(core) > 1 and core.startswith("0"):
        return "clock or id"  # "0600", "07": counts are not written with a leading zero
    if plain and len(core) >= 7:
        return "id"  # phone numbers, ids: counts that large carry separators
    counted_next = nxt is not None and noun_meaning(nxt) in PEOPLE_KINDS | DIRECT
    if plain and 1800 <= num.value <= 2100 and not num.is_range and not counted_next:
        return "year"  # "in 2014"; "2000 troops" stays a count
    if num.is_range and all(1800 <= v <= 2100 for v in (num.low or 0, num.high or 0)) and "," not in core:
        return "years"
    day_month = (
        prev is not None
        and first.i > 1
        and doc[first.i - 2].like_num
        and counted_next
        and nxt is not None
        and nxt.tag_ in ("NNS", "NNPS")
    )
    if any(t is not None and is_month(t) for t in (prev, nxt)) and not day_month:
        return "date"  # but "on 23 September 28 bodies were found": the date is complete before the count
    if nxt is not None:
        kind = unit_kind(nxt2 if nxt.text == "-" else nxt)  # "24-hour", "19-year-old", "500-pound"
        modifier = nxt.text != "-" and nxt2 is not None and nxt.dep_ == "compound" and nxt.head == nxt2
        if kind == "measure" and modifier and lexicon().nouns.get(noun_key(nxt2) or "") == "equipment" \
                and nxt.lower_ not in CALIBRES:  # "60mm mortars": a calibre, measured
            kind = None  # "12 barrel bombs": the unit word names the weapon, it measures nothing
        local = nxt.lower_ == "local" and (nxt2 is None or nxt2.lower_ != "time")  # "four local residents"
        if kind in ("clock", "time", "money", "measure") and not local:
            return kind
        if nxt2 is not None and nxt2.lower_ == "old":
            return "age"  # "19 years old"
    if prev is not None:
        kind = unit_kind(prev)
        if kind == "age":
            return "age"  # "aged 34"
        if kind == "money" or prev.text in ("$", "£", "€", "US$"):
            return "money"
        titled = prev.text[:1].isupper() or prev.lower_ in ("no.", "nos")
        if (kind == "name" and titled) or prev.text.endswith("#"):
            return "name"  # "Resolution 2254", "Brigade 47", "No. 5"
    if _label_of_a_name(last, prev, nxt):
        return "name"  # "members of Barrio 18 were arrested", "troops on Route 7": the name's number
    if _hyphen_chain(doc, last.i):
        return "modifier"  # "two four-wheel-drive vehicles": what the vehicles have, not how many
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in FORMATIONS and not span[0].is_sent_start:
        return "name"  # "the 444 Brigade", "the 5 Corps": a unit's name, not a count of units
    if nxt is not None and num.value > 1 and not num.is_range and nxt.tag_ == "NN":
        if nxt.lower_ in FORMATIONS:
            return "name"  # "the CRPF's 116 battalion": more than one unit would be plural
        if (
            prev is not None
            and prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and not prev.is_sent_start
            and prev.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
            and (lexicon().nouns.get(noun_key(nxt) or "") is not None or _compound_of_later_noun(nxt))
        ):
            # "an Israeli Hermes 450 drone", "a Leopard 2 tank": a model's number; "the Suwayda 24
            # news site": a singular noun phrase after a number above one names, it counts nothing
            return "name"
    if prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")" and not _increment(view, num):
        return "bracketed count"  # "(200)": a comment counter or page debris; not "tanks (+7)", a day's rise
    before = doc[first.i - 2] if first.i > 1 else None
    if (
        prev is not None
        and prev.text == ","
        and before is not None
        # a name, or one person described ("a Colombian citizen, 28,", "the Mexican, 39,")
        and (
            before.ent_type_ in ("PERSON", "NORP")
            or before.pos_ == "PROPN"
            or (before.tag_ == "NN" and lexicon().nouns.get(noun_key(before) or "") not in DIRECT | {"tally"})
        )
        and (nxt is None or nxt.text in (",", ".", ")", ";"))
        and num.value < 120
    ):
        return "age"  # "Keith Scott, 43, was killed": a name's age in apposition
    if prev is not None and prev.lower_ == "in" and before is not None and before.like_num:
        return "ratio"  # "1 in 4 residents"
    if prev is not None and prev.lower_ == "not" and prev.idx < num.start:
        return "correction"  # "seven soldiers -- not six -- were wounded": the figure denied
    for t in (prev, nxt):
        if t is not None and _DIGIT_RUN.match(t.text) and t.i not in view.by_token and not (
                t is nxt and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in CALIBRES):
            return "debris"  # "0 38": numbers side by side with nothing counted; not "two 60mm mortars"
    return None


# a photo gallery's caption number at the head of its line: "3 / 8", "Photo 2 of 12", "(4/9)"; not
# "2 of 6 detainees", which counts
_GALLERY = re.compile(
    r"[ \t]*(?:(?:photo|image|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}|\(?\d{1,3}\s*/\s*\d{1,3}\)?)(?=\s)", re.I)


def _in_a_gallery_index(text: str, char: int) -> bool:
    """Whether the number at ``char`` is the "N / M" that opens a gallery caption's line."""
    line_start = text.rfind("\n", 0, char) + 1
    found = _GALLERY.match(text, line_start)
    return found is not None and char < found.end()


def _label_of_a_name(last: Token, prev: Token | None, nxt: Token | None) -> bool:
    """A number right after the capitalised name it belongs to, counting nothing after it:
    "Barrio 18", "Calle 18", "Route 7". Not a place's: "In Gaza 20 were killed" (the parser
    hangs the count on the town the same way)."""
    head = last.head
    return (prev is not None and head.i == prev.i and last.dep_ == "nummod" and head.pos_ == "PROPN"
            and head.text[:1].isupper() and not head.is_sent_start
            and head.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME")
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")))


def _hyphen_chain(doc, i: int) -> bool:
    """The number at token ``i`` opens a chain of hyphenated words ("four-wheel-drive",
    "two-man-crew"): a compound modifier; "a 5,000-strong force" and "twenty-five" are counts."""
    if i + 3 >= len(doc) or doc[i + 1].text != "-" or doc[i + 3].text != "-":
        return False
    word = doc[i + 2]
    return word.is_alpha and word.lower_ != "strong" and not word.like_num \
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _increment(view: FiguresView, num: Number) -> bool:
    """ "(+7)" after a count: the day's rise of a running tally, not debris."""
    return num.num_start > 0 and view.text[num.num_start - 1] == "+"
