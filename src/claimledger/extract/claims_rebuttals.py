"""A rebuttal told in a relative clause: "…, a claim the military dismissed as 'baseless
lies'", "…, which the government dismissed as propaganda", "…, which the army denied".

What the rebutting body says is the label it puts on the claim before it ("baseless lies"),
or nothing of its own (a bare "which the army denied"); never a quotation that belongs to
the claim it rebuts, nor the relative clause with its own speaker. And the claim it rebuts
ends before the rebuttal: the rebels did not say "which the army denied".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import trim
from claimledger.extract.context import context_of, tokens_in
from claimledger.extract.cues import cue_table

# nouns a rebuttal's relative clause hangs on: the claim it rebuts
CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "account", "assertion", "accusation", "charge",
                         "statement", "version"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})


def rebuts_what_came_before(cue: Token) -> bool:
    """Whether a denial cue ("deny", "dismiss", "reject") is a relative clause whose object
    is the claim before it: "a claim the army denied", "which the government dismissed"."""
    if cue.dep_ != "relcl":  # first: asked of every word of a content, and most are no relative clause
        return False
    found = cue_table().get(cue.lemma_.lower())
    if found is None or found.polarity != "denied":
        return False
    return cue.head.lemma_.lower() in CLAIM_NOUNS or any(
        c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in cue.children)


def rebuttal_label(cue: Token) -> tuple[int, int] | None:
    """Token span of what a rebuttal calls the claim ("as 'baseless lies'"), else None."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
    return None


def before_rebuttal(sent: Span, span: tuple[int, int]) -> tuple[int, int] | None:
    """A content's character span without a rebuttal by someone else that closes it ("they
    had shot down a drone, which the army denied"): it ends before the relative clause."""
    for tok in tokens_in(sent):
        if span[0] < tok.idx < span[1] and rebuts_what_came_before(tok) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            # "…, a claim the military dismissed": from the noun the rebuttal hangs on
            first = tok.head.left_edge if tok.head.lemma_.lower() in CLAIM_NOUNS else tok.left_edge
            if first.idx > span[0]:
                cut = trim(sent.doc, context_of(sent.doc).token_at(span[0]), first.i)
                return cut if cut is not None else span
    return span

