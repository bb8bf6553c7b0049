"""What the event stage need not read: the words of a report that may tell an event
(:func:`trigger_candidates`, read from spaCy's token arrays instead of asking every word its
tag, lemma and form), and whether a report holds a hearsay word at all (:func:`hearsay`).
Split from :mod:`claimledger.extract.events_triggers` and :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN, VERB

from claimledger.extract.events_acts import ACT_FORMS, ACT_LEMMAS
from claimledger.extract.events_agents import VERB_FORMS
from claimledger.extract.events_memo import per_report
from claimledger.extract.events_senses import EXCHANGES, KILL_VERBS
from claimledger.extract.events_trigger_words import FIGHT_BACK, trigger_words
from claimledger.extract.events_view import events_view

if TYPE_CHECKING:
    from claimledger.extract.context import ReportContext


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], np.ndarray]:
    """The lemmas (lower-cased) and the forms (string-store hashes, sorted) of every word
    events_triggers.trigger_type reads further: the senses it checks before the table, the senses of
    events_acts, and every word of every trigger."""
    words = trigger_words()
    senses = {"agree", "control", "return", "fall"}  # read before the table ("fell to M23 rebels": events_senses)
    lemmas = frozenset(FIGHT_BACK | KILL_VERBS | EXCHANGES | senses | ACT_LEMMAS | words)
    forms = np.array(sorted({hash_string(w) for w in ACT_FORMS | words | VERB_FORMS.keys()}), dtype=np.uint64)
    return lemmas, forms


_HYPHEN = hash_string("-")


def trigger_candidates(report: ReportContext) -> list[int]:
    """The indexes of the report's tokens events_triggers.trigger_type may type, in order; it types
    every other token None at its first gates (a tag other than verb or noun; a lemma and a
    form no sense or trigger holds, with no hyphen after). Read once a report from spaCy's
    token arrays, which costs less than asking each word its tag, lemma and form. A gate
    added to trigger_type before its table must be added to :func:`_gate_words` too."""
    view = events_view(report)
    if view.trigger_candidates is None:
        lemma_words, forms = _gate_words()
        cols = report.doc.to_array([POS, LOWER, ORTH])
        if not len(cols):
            view.trigger_candidates = []
            return view.trigger_candidates
        pos, lower = cols[:, 0], cols[:, 1]
        open_class = (pos == VERB) | (pos == NOUN) | (pos == PROPN)
        at = np.minimum(np.searchsorted(forms, lower), len(forms) - 1)
        hyphen_after = np.zeros(len(cols), dtype=bool)
        hyphen_after[:-1] = cols[1:, 2] == _HYPHEN
        wanted = open_class & (view.lemma_in(lemma_words) | (forms[at] == lower) | hyphen_after)
        view.trigger_candidates = np.flatnonzero(wanted).tolist()
    return view.trigger_candidates


# the same words anywhere, boundaries or not: a report without one has no sentence with one
HEARSAY_WORDS = re.compile(r"allegedly|reportedly|unconfirmed", re.I)


@per_report
def hearsay(ctx, start: int, end: int, pattern: re.Pattern) -> bool:
    """Whether the sentence at start..end says its news is hearsay ("reportedly"; ``pattern``
    is events.HEARSAY): read once a sentence, and not at all in a report that holds none of
    its words."""
    return _hearsay_words(ctx) and pattern.search(ctx.text[start:end]) is not None


@per_report
def _hearsay_words(ctx) -> bool:
    """Whether the report holds one of the hearsay words in any case: looked for in its text
    lower-cased, which finds every match of HEARSAY_WORDS but one through a Turkish dotted or
    dotless i (which re folds to "i" and str.lower does not), which the regex then looks for."""
    text = ctx.text
    lowered = text.lower()
    return any(word in lowered for word in ("allegedly", "reportedly", "unconfirmed")) or (
        ("\u0130" in text or "\u0131" in text) and HEARSAY_WORDS.search(text) is not None)
