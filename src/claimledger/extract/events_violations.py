"""A truce broken is an attack, not a truce made.

"Pakistani troops violated the ceasefire along the Line of Control", "the RSF breached the
humanitarian truce", "repeated ceasefire violations by Azerbaijani forces": the agreement
named is an old one, not one made in the report, and the breaking of it is force used by
whoever broke it. The verb (or the noun "violation", "breach") is the trigger, typed attack
(data/events.tsv), when what it breaks is an agreement; the agreement noun it breaks tells
no agreement of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data import read_table

VIOLATING = {"violate", "breach", "break", "violation", "infringe"}


def _agreement_words() -> set[str]:
    return {lemma for lemma, kind in read_table("events.tsv") if kind == "agreement" and " " not in lemma}


AGREEMENT_WORDS = _agreement_words() - {"sign"}


def broken_agreement(tok: Token) -> bool:
    """Whether an agreement noun is what a verb or noun of breaking breaks ("violated the
    ceasefire", "the truce was breached", "violations of the truce", "ceasefire violations")."""
    head = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in VIOLATING:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in VIOLATING:
        return True
    # "ceasefire violations"; "violating the ceasefire agreement": the compound of a broken agreement
    return tok.dep_ == "compound" and (head.lemma_.lower() in VIOLATING or broken_agreement(head))


def breaks_an_agreement(tok: Token) -> bool:
    """Whether a verb or noun of breaking breaks an agreement (the attack it then tells)."""
    broken = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "compound"}]
    broken += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    return any(b.lemma_.lower() in AGREEMENT_WORDS or b.lower_ in AGREEMENT_WORDS for b in broken)
