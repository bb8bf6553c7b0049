"""An agreement named as no new one: dated or named as background ("the 2013 Nairobi
agreement", "the Minsk accords"), or not (yet) made ("a proposed ceasefire", "nothing has
been signed"). Split from :mod:`claimledger.extract.events_triggers`.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import context_of
from claimledger.extract.events_trigger_words import UNMADE, UNMADE_VERBS


def agreement_in_background(tok: Token) -> bool:
    """ "the 2013 Nairobi agreement", "the Minsk accords": an agreement named or dated
    is background, not one made in the report. "signed the 2013 agreement" too."""
    noun = tok
    if tok.pos_ == "VERB":
        noun = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if noun is None:
            return False
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in AGREEING for c in noun.rights):
        return False  # "the Pretoria agreement signed in November 2022": told as made
    for c in noun.lefts:
        if c.lower_ in DURATION_WORDS and c.i > 0 and c.doc[c.i - 1].text == "-":
            continue  # "a 30-day truce": how long it runs, not when it was made
        if c.ent_type_ == "DATE" or (c.like_num and len(c.text) == 4):
            return True
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "LAW", ""}:
            return True
    return False


def agreement_unmade(tok: Token) -> bool:
    """ "a security agreement has been described as close, though nothing has been signed",
    "a proposed ceasefire", "a deal is expected": an agreement not (yet) made is no event."""
    if any(c.dep_ == "amod" and c.lower_ in UNMADE for c in tok.lefts):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in UNMADE_VERBS:
        return True  # "Washington and Riyadh have proposed a new humanitarian truce"
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is not None:
        said = {verb.lower_} | {c.lower_ for c in verb.children if c.dep_ in {"acomp", "oprd", "attr", "advmod"}}
        said |= {g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree}
        if said & UNMADE:
            return True
    sent = context_of(tok.doc).sent(tok)
    # "... though nothing has been signed", "no deal has been signed yet"
    return any(t.lemma_.lower() == "sign" and any(c.lower_ in {"nothing", "not", "yet", "never"} for c in t.children)
               for t in sent)


DURATION_WORDS = {"day", "week", "month", "year", "hour"}
AGREEING = {"sign", "reach", "broker", "conclude", "agree", "strike", "seal", "initial"}
