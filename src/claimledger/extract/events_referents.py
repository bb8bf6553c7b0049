"""Who "the officer", "the statement", "the ministry" is, when such a word acts.

A report names its source once in full ("the spokesman of the General Staff, Brigadier X";
"in a communique, the Togolese Armed Forces said") and then goes on with a bare role or
document noun: "The officer denied ...", "The communique acknowledged ...", "The note adds
...". The act is the source's own, so the actor's side is the side of the source the noun
points back to: the speaker the claim stage read at that very mention when it resolved it,
else the nearest sided speaker before it, in that paragraph or the one before, of the
matching kind (a person for a role noun, a body or its document for a document noun).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of
from claimledger.model import Party

# Nouns a report uses for a source it named before (data/referent_nouns.tsv). Persons: roles
# and ranks; bodies: the papers they issue and the offices that issue them.
_REFERENT_NOUNS = word_lists("referent_nouns.tsv")
ROLE_NOUNS = _REFERENT_NOUNS["person"]
PAPER_NOUNS = _REFERENT_NOUNS["paper"]
# Not "the army", "the military": a bare force is the theatre's state's (events_actors.py), not
# whichever body spoke last.
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?$", re.I)
# How far back (characters) the source may have been named: the paragraph before at most.
MAX_BACK = 1500


def referent_party(actor: Party | None, tok: Token, context) -> Party | None:
    """The sided source a bare definite role or document noun acting here points back to."""
    if actor is None or actor.side:
        return None
    words = actor.name.lower().split()
    if not words or len(words) > 2 or words[-1] not in ROLE_NOUNS | PAPER_NOUNS:
        return None
    ctx = context_of(tok.doc)
    at = _mention(ctx.text, actor.name, tok.sent.start_char, tok.idx + len(tok.text))
    if at is None or not _DEFINITE.search(ctx.text[max(0, at - 20):at]):
        return None  # "an officer said", "Officer Kalonji": not a source already named
    for claim in ctx.claims:
        span = _span_of(claim.speaker)
        if span is not None and span[0] <= at < span[1] and claim.speaker.side:
            # the claim stage read this mention as a named source: "The communique acknowledged"
            return Party(name=claim.speaker.organization or claim.speaker.name, side=claim.speaker.side)
    person = words[-1] in ROLE_NOUNS
    before = []
    for claim in ctx.claims:
        span = _span_of(claim.speaker)
        if span is None or span[1] > at or at - span[0] > MAX_BACK or not claim.speaker.name:
            continue
        side = claim.speaker.side or context.speaker_side(claim.speaker)
        if side and (claim.speaker.kind == "person") == person:
            before.append((span[0], claim.speaker, side))
    if not before:
        return None
    _, speaker, side = max(before, key=lambda b: b[0])
    if len({b[2] for b in before if at - b[0] <= MAX_BACK}) > 1 and speaker.kind != "person":
        return None  # two sides' bodies spoke before it: "the statement" may be either's
    return Party(name=speaker.name if person else (speaker.organization or speaker.name), side=side)


def _span_of(speaker) -> tuple[int, int] | None:
    span = speaker.span
    if span is None:
        return None
    if isinstance(span, (tuple, list)):
        return int(span[0]), int(span[1])
    return span.start_char, span.end_char


def _mention(text: str, name: str, start: int, end: int) -> int | None:
    """Where the actor's name stands in its sentence, up to the trigger."""
    found = None
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[start:end], re.I):
        found = start + m.start()
    return found
