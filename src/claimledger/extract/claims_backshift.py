"""A second verb of what was said that the parser hangs on the cue: "The ministry said it was
"following events closely" and had sent a team to the province", "The army said the road was
open and had been cleared of mines". The parser reads "had sent" as a second verb of "said";
but the cue's subject cannot have "had sent" at the moment of speaking it reports: the past
perfect with no subject of its own is the tense of reported speech, and shares the subject
of the clause said ("it", "the road"). Such a conjunct is the rest of what was said.

Not a conjunct with a subject of its own ("… and the army had left"), nor one that is a cue
itself ("… and had denied that …", read as a claim of its own), nor a simple past ("said it
was calm and sent a team": the speaker may have sent it).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_build import trim
from claimledger.extract.claims_speaker import is_cue
from claimledger.extract.context import context_of, tokens_of

# what may stand between the content's end and the conjunct: a closing quotation mark, a comma, "and"
BETWEEN = frozenset({"and", ",", '"', "”", "’", "'"})


def with_backshifted_conjunct(cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The content span, run on through a past-perfect conjunct of the cue right after it."""
    if span[0] < cue.idx:
        return span  # a closing cue's clause before it: a conjunct of the cue is the cue's own
    tokens = tokens_of(cue.doc)
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.idx < span[1] or is_cue(conj):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
            continue
        if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} and c.i < conj.i for c in conj.children):
            continue
        first = context_of(cue.doc).token_at(span[1] - 1) + 1
        if not all(t.lower_ in BETWEEN for t in tokens[first:conj.left_edge.i]):
            continue  # something else stands between: "… was calm, the army said, and had …"
        extended = trim(cue.doc, context_of(cue.doc).token_at(span[0]), conj.right_edge.i + 1)
        return (span[0], extended[1]) if extended is not None else span
    return span
