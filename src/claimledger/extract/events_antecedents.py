"""Who "they" or "it" is when a sentence opens on it and its teller comes after.

"Al-Shabaab fighters stormed a base in Lower Shabelle. They pulled out after heavy losses,
the Somali army said": the pronoun points back to whoever acted in the sentence before,
not forward to the army that tells it (who would say "we" or "the army said it"). A
sentence that opens on the pronoun, with no teller named before it, takes the actor of the
event told in the sentence just before, if that sentence told one with a named actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.context import context_of
from claimledger.extract.events_agents import _party
from claimledger.extract.events_view import FORCE_NOUNS
from claimledger.model import Party

# a sentence opening on the pronoun, after at most a linking word
OPENS_ON = re.compile(r"^\W*(?:(?:but|and|then|later|instead|eventually|meanwhile|afterwards|subsequently),?\s+)?"
                      r"(they|it)\b", re.I)
PRONOUNS = {"they", "it", "them"}


# a state's forces named bare ("The soldiers set up camps near Dolow"), which the sentence
# before may have sent ("Ethiopia sent troops into Gedo"): that sender's, not the theatre's
BARE_FORCE = re.compile(r"^\W*(?:the|these|those)\s+(soldiers|troops|forces|units|contingent|battalion|servicemen)\b",
                        re.I)


def told_actor(actor: Party | None, tok: Token, told: list) -> Party | None:
    """The actor of the event told in the sentence before, for a "they"/"it" that opens the
    trigger's sentence; None when the pronoun is not so placed or nothing was told there."""
    if actor is None:
        return None
    if actor.name.lower() in {"soldiers", "troops", "forces", "units", "contingent", "battalion", "servicemen"}:
        return _force_sent_before(actor, tok, told)
    if actor.name.lower() not in {"they", "it"}:
        return None
    ctx = context_of(tok.doc)
    k = ctx.sent_index(tok.i)
    if k == 0:
        return None
    sent = ctx.sents[k]
    opening = OPENS_ON.match(ctx.text[sent.start_char:tok.idx])
    if opening is None or opening.group(1).lower() != actor.name.lower():
        return None
    before = ctx.sents[k - 1]
    for event in reversed(told):
        if event.span[0] < before.start_char:
            break
        if event.span[0] >= before.end_char or event.actor is None or not event.actor.name \
                or event.actor.name.lower() in PRONOUNS:
            continue
        return Party(name=event.actor.name, side=event.actor.side)
    return _subject_before(ctx.tokens[before.start:before.end], actor.name.lower())


def _subject_before(sent, pronoun: str) -> Party | None:
    """ "Burundi has some 10,000 troops in eastern Congo. It sent another battalion to Uvira":
    the subject of the sentence before, when it told no event, if it is a state or a force
    and agrees with the pronoun in number."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == "PERSON":
        return None
    plural = subject.tag_ in {"NNS", "NNPS"}
    if plural != (pronoun == "they"):
        return None
    party = _party(subject)
    if party.side is None and subject.lower_ not in FORCE_NOUNS:
        return None  # "The town has been calm since": no one who acts
    return party


def syntactic_teller(tok: Token) -> Token | None:
    """The subject of the speech verb whose complement holds the trigger ("Russia says it
    captured the village"), when the claim stage did not read it as a claim."""
    clause = tok
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in {"say", "claim", "announce", "report"}:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _force_sent_before(actor: Party, tok: Token, told: list) -> Party | None:
    """ "Ethiopia sent troops into Gedo. The soldiers set up camps near Dolow": a bare force
    opening its sentence is the one the sentence before sent or moved, with its sender's side."""
    ctx = context_of(tok.doc)
    k = ctx.sent_index(tok.i)
    if k == 0 or BARE_FORCE.match(ctx.text[ctx.sents[k].start_char:tok.idx + len(tok.text) + 40]) is None:
        return None
    before = ctx.sents[k - 1]
    moved = [e for e in told if before.start_char <= e.span[0] < before.end_char and e.type in {"deploy", "withdraw"}
             and e.actor is not None and e.actor.side]
    return Party(name=actor.name, side=moved[-1].actor.side) if moved else None
