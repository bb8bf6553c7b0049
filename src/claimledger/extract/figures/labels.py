"""Counts on a labelled line: a fact box, a bullet list or a table row names what is
counted before the number, not around it ("- Killed: 41 civilians", "Wounded: 118",
"Soldiers killed | 3", "Displaced families: about 640"). The parse reads such lines as
fragments, so the fate and the counted noun are taken from the label's words.

Hand-written over the lexicon (``data/quantities.tsv``) because a label is no sentence:
its words are looked up as words, not through the parse."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.figures.meanings import fate_of
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import noun_key
from claimledger.extract.figures.words import EVENT_MEANINGS, NOT_WEAPONS, PEOPLE_KINDS, lexicon

# a line "Label: count …" or "Label | count …", after an optional bullet; the label is short
_LABELLED = re.compile(r"[ \t]*(?:[-*•·▪–][ \t]*)?(?P<label>[A-Za-z][^\n:|]{0,40}?)[ \t]*[:|][ \t]*")
LABEL_FATES = EVENT_MEANINGS | {"equipment"}


def label_fate(view: FiguresView, m: Mention) -> bool:
    """Give a count on a labelled line the fate its label tells, and, when the count has
    no noun of its own, the label's people ("Soldiers killed | 3"). True when it did."""
    line_start = view.text.rfind("\n", 0, m.num.start) + 1
    found = _LABELLED.match(view.text, line_start)
    if found is None or found.end() != m.num.start:
        return False  # the count must open the line's value: "Killed: 41 civilians"
    tokens = [t for t in view.doc.char_span(line_start, found.end("label"), alignment_mode="expand") or []
              if t.is_alpha or t.tag_ == "TO"]
    if any(t.tag_ in ("TO", "VB", "VBP", "VBZ", "MD") for t in tokens):
        return False  # "Hotline to report kidnappings: 165": a label that is a sentence, not a heading
    fate = next((f for f in map(_word_fate, tokens) if f in LABEL_FATES), None)
    if fate is None:
        return False
    people = next((t for t in tokens if lexicon().nouns.get(noun_key(t) or "") in PEOPLE_KINDS), None)
    kind = lexicon().nouns.get(noun_key(m.noun) or "") if m.noun is not None else None
    if m.noun is None and people is not None:
        m.noun, kind = people, lexicon().nouns.get(noun_key(people) or "")
    if fate == "equipment" and any(t.lower_ in NOT_WEAPONS for t in tokens):
        fate = "other"  # "Aid trucks: 40": not military equipment
    elif fate == "equipment" and kind in PEOPLE_KINDS:
        fate = "killed"  # "Terrorists destroyed | 12"
    if fate == "killed" and kind == "civilian":
        fate = "civilians_killed"
    m.quantity, m.kind = fate, kind
    return True


def _word_fate(tok: Token) -> str | None:
    """What one word of a label says happened: "Killed", "neutralised", "Displaced", "Dead"."""
    lex, word = lexicon(), tok.lower_
    if word in lex.adjs:
        return fate_of(lex.adjs[word])
    lemma = lex.verb_forms.get(word) or (word if word in lex.verbs else None)
    if lemma is not None:
        return fate_of(lex.verbs[lemma])
    key = noun_key(tok)
    return lex.nouns.get(key) if key else None
