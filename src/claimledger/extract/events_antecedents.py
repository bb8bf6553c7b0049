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
from claimledger.model import Party

# a sentence opening on the pronoun, after at most a linking word
OPENS_ON = re.compile(r"^\W*(?:(?:but|and|then|later|instead|eventually|meanwhile|afterwards|subsequently),?\s+)?"
                      r"(they|it)\b", re.I)
PRONOUNS = {"they", "it", "them"}


def told_actor(actor: Party | None, tok: Token, told: list) -> Party | None:
    """The actor of the event told in the sentence before, for a "they"/"it" that opens the
    trigger's sentence; None when the pronoun is not so placed or nothing was told there."""
    if actor is None or actor.name.lower() not in {"they", "it"}:
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
    return None
