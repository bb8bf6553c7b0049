"""A bare count that answers a "how many" question: "Q: How many people have you arrested
since? — Hoxha: Nine, including two treated in hospital", "Q: How many people have been
detained? — About 4,300 since it began". The answer names no noun and no verb; the
question it answers tells what is counted and what befell them."""

from __future__ import annotations

import re

from claimledger.extract.figures.meanings import fate_of, noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import HARMS, PEOPLE_KINDS

_HOW_MANY = re.compile(r"\bhow\s+many\b[^?]*\?", re.I)
# what an answer's count may be: the fates a question asks about
_ASKED = HARMS | {"displaced", "deployed"}
# how far into its answer a count may be: the answer's opening words ("In the north alone, about 4,300")
_OPENING_CHARS = 60


def answered_count(view: FiguresView, m: Mention) -> bool:
    """Give a bare count at the head of the answer to a "how many" question the fate the
    question asks about. True when it did."""
    text = view.text
    if m.group is not None and m.group.lower_ not in ("them", "those"):
        return False  # "Maybe thirty or forty of them": a part of the people asked about
    if m.quantity not in (None, "other") or m.labelled:
        return False  # a count whose own words tell its fate ("We lost three soldiers")
    people = _answers_people(m)
    if m.noun is not None and not people and not (m.noun.idx < m.num.start and ":" in text[m.noun.idx:m.num.start]):
        return False  # a count of its own noun; not the answer's label ("Mayor Okello: Around 2,000")
    line_start = text.rfind("\n", 0, m.num.start) + 1
    opening = text[line_start:m.num.start]
    if len(opening) > _OPENING_CHARS or any(c.isdigit() for c in opening) or "." in opening.rstrip(". "):
        return False  # not the answer's first count, nor in its first sentence
    if line_start < 2:
        return False
    question_start = text.rfind("\n", 0, line_start - 1) + 1
    asked = _HOW_MANY.search(text, question_start, line_start)
    if asked is None:
        return False
    span = view.doc.char_span(asked.start(), asked.end(), alignment_mode="expand")
    if span is None:
        return False
    people = any(noun_meaning(t) in PEOPLE_KINDS for t in span if t.pos_ in ("NOUN", "PRON"))
    for t in span:
        if t.pos_ not in ("VERB", "ADJ"):
            continue
        fate = fate_of(verb_meaning(t)) if t.pos_ == "VERB" else None
        if fate in _ASKED and (people or fate != "deployed"):
            if _answers_people(m):
                # "Q: How many were killed? A: Fourteen people." / "Four civilians.": the answer's own
                # noun says who, the question what befell them
                m.quantity = "civilians_killed" if fate == "killed" and m.kind == "civilian" else fate
                return True
            m.quantity, m.noun, m.left_noun = fate, None, False
            return True
    return False


def _answers_people(m: Mention) -> bool:
    """A count of people by a noun right after it with no verb of its own: the answer's whole
    reply ("Fourteen people.", "Four civilians, all women"), not "14 people fled"."""
    noun = m.noun
    if noun is None or m.left_noun or m.group is not None or noun_meaning(noun) not in PEOPLE_KINDS:
        return False
    if noun.i - m.span.end > 2:
        return False
    verb = noun.head
    return noun.dep_ == "ROOT" or noun.head == noun or not (verb.pos_ in ("VERB", "AUX") and noun.dep_ in (
        "nsubj", "nsubjpass", "dobj", "obj"))
