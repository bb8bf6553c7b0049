"""Small readers of the parse: a token's sentence, lexicon keys and units, the noun
phrase around a noun, subjects and objects, headline verbs, and verbs that say what
could or would happen rather than what happened."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from claimledger.extract.context import CONTEXT_KEY, context_of
from claimledger.extract.figures.words import (
    CONDITION_MARKS,
    HEDGING_MODALS,
    IRREALIS_HEADS,
    IRREALIS_MODALS,
    lexicon,
)
from claimledger.extract.phrases import noun_with_modifiers as np_tokens  # noqa: F401 - the package's name for it


def sentence_of(tok: Token) -> Span:
    """The token's sentence from the report's one index, not a walk of the Doc."""
    return context_of(tok.doc).sent(tok)


def noun_key(tok: Token) -> str | None:
    """The lexicon entry of a noun token, by lemma, then by the word as written."""
    nouns = lexicon().nouns
    for key in (tok.lemma_.lower(), tok.lower_, tok.lower_.rstrip("s")):
        if key in nouns:
            return key
    return None


def verb_lemma(tok: Token) -> str | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    return lemma if lemma in lex.verbs else lex.verb_forms.get(tok.lower_)


def unit_of(tok: Token | None) -> tuple[str, str | None] | None:
    return None if tok is None else lexicon().units.get(tok.lower_)


def unit_kind(tok: Token | None) -> str | None:
    u = unit_of(tok)
    return u[0] if u else None


def is_month(tok: Token) -> bool:
    # "May" and "March" are months only when written as names
    return unit_kind(tok) == "month" and tok.text[:1].isupper()


def phrase_text(tokens: Sequence[Token]) -> str:
    if not tokens:
        return ""
    if all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:], strict=False)):
        first, last = tokens[0], tokens[-1]
        report = first.doc.user_data.get(CONTEXT_KEY)
        if report is not None:
            # the Span's text is the report's text from its first token to its last one's end
            # (the tokens tile the text): cut once from the context, no Span made and joined
            return report.text[first.idx:last.idx + len(last.text)]
        return first.doc[first.i : last.i + 1].text
    # runs of adjacent tokens keep their own spacing ("the New People's Army", not "People 's"),
    # so a name in the phrase still matches the tables
    return "".join(t.text + (t.whitespace_ if b.i == t.i + 1 else " ")
                   for t, b in zip(tokens, tokens[1:], strict=False)) + tokens[-1].text


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def has_object(verb: Token) -> bool:
    """A real object: not a headline's second count ("Troopers Killed 4 Wounded")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            if c.like_num and c.i + 1 < len(c.doc) and c.nbor(1).lower_ in lexicon().adjs:
                continue
            return True
    return False


def own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def headline_verb(t: Token) -> bool:
    """A capitalised verb the tagger took for a name: "Kills", "Injures" in a headline."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ in lexicon().verb_forms


def irrealis(verb: Token | None) -> bool:
    """A verb that says what someone threatens, plans or could do, or what would have
    happened, not what happened: "threatened to kill 10 judges", "a plot to kill", "the
    bomb could kill 100", "would have killed 5,000". "May have been killed" is a hedged
    report of an event and stays one."""
    tok = verb
    for _ in range(4):
        if tok is None:
            return False
        kids = list(tok.children)
        modals = [c for c in kids if c.dep_ == "aux" and c.tag_ == "MD"]
        has_have = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)
        for md in modals:
            word = md.lower_.removesuffix("n't")
            if word in IRREALIS_MODALS and not (word == "could" and has_have):
                return True  # "could have been killed" hedges a past event, like "may have"
            if word in HEDGING_MODALS and not has_have:
                return True  # "may kill": a possibility, not a report
        head = tok.head
        if tok.dep_ in ("xcomp", "acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            # "managed to kill", "were said to be killed": those heads report an event
            return head.lemma_.lower() in IRREALIS_HEADS or head.lower_ in IRREALIS_HEADS
        if tok.dep_ == "conj" and head != tok and not own_subject(tok):
            tok = head  # "threatened to kill and wound": the first verb's frame
            continue
        return False
    return False


def counterfactual(tok: Token) -> bool:
    """Whether the clause holding ``tok`` is an unreal condition: "if they had taken 40
    of my soldiers, they would have shown pictures" counts no one who was taken, nor does
    the clause it conditions ("unless the convoy had turned back, its 60 soldiers would
    have walked into it")."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            if counterfactual_clause(tok):
                return True
            auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
            return {"would", "have"} <= auxes and any(
                c.dep_ == "advcl" and counterfactual_clause(c) for c in tok.children
            )
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def counterfactual_clause(verb: Token) -> bool:
    """ "if they had taken", "unless it had turned back": an unreal condition's own clause."""
    marked = pluperfect = False
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
            marked = True
        elif c.dep_ == "aux" and c.lower_ == "had":
            pluperfect = True
    return marked and pluperfect
