"""A norm is no speaker: "according to the Geneva Conventions", "according to the
constitution", "according to the agreement", "according to the law". A binding text does
not report what happened; it states what must be, and the sentence that cites it is the
report's own account of the rule. OUTPUT.md lets a document speak (a survey, a UN report,
a communique: ``kind: document``), because those tell events; a treaty or a law does not,
so "according to" a norm makes no claim. The words are data (``data/norm_words.tsv``).
Asked by :func:`claimledger.extract.claims_according.according_to`."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists

_WORDS = word_lists("norm_words.tsv")
NORMS = _WORDS["norm"]
PROVISIONS = _WORDS["provision"]
# what a provision belongs to: "article 5 of the constitution", "the terms under the deal"
OF_NORM = {"of", "under", "in"}
# what a document source must not own to be a norm: "the army's agreement" is still an
# agreement, but "a report on the agreement" is a report
SAID_HEADS = {"report", "reports", "statement", "survey", "study", "document", "source", "sources"}


def _is_norm_word(tok: Token) -> bool:
    return tok.lower_ in NORMS or tok.lemma_.lower() in NORMS


def norm_source(obj: Token) -> bool:
    """Whether the object of "according to" is a binding text or a part of one ("the Geneva
    Conventions", "international law", "article 5 of the constitution", "the terms of the
    truce"), not a source that tells what happened."""
    if obj.lower_ in SAID_HEADS:
        return False
    if _is_norm_word(obj):
        return True
    if obj.lower_ in PROVISIONS or obj.lemma_.lower() in PROVISIONS:
        held = [g for p in obj.children if p.dep_ == "prep" and p.lower_ in OF_NORM
                for g in p.children if g.dep_ == "pobj"]
        return any(_is_norm_word(g) for g in held)
    return False


# phrases that cite a binding text for its rule: "according to the agreement", "in line with
# the truce", "in accordance with the deal" ("return to the terms of the truce agreed in April"
# tells the truce, an agreement of its own)
CITING = {("according", "to"), ("line", "with"), ("accordance", "with")}
# verbs by which a norm cited is told as made all the same ("the truce agreed in April")
MADE = {"agree", "sign", "reach", "broker", "conclude", "strike"}


def cited_norm(tok: Token) -> bool:
    """Whether a norm word is cited for its rule ("according to the agreement, all foreign
    fighters must leave", "in line with the truce"): a treaty in the background, no new one."""
    if not _is_norm_word(tok) or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in MADE for c in tok.children):
        return False  # "according to the truce signed in Juba": the signing is told
    return (prep.head.lower_, prep.lower_) in CITING
