"""Denials told by a verdict, not a verb: "That is not true.", "This is false.", "No,
that is a lie." A speaker answering an accusation (an interview's answer to "Rights groups
say your soldiers detained civilians", a spokesman quoted after a claim) denies it as
surely as one who says "denied", so the ledger gets a ``deny`` event by that speaker.
Split from :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

import re

from claimledger.extract.events_actors import state_side
from claimledger.extract.events_view import EventsView
from claimledger.model import Claim, Event, Party

# a sentence that opens by judging what was said before it false; the judged word is
# "that/this/it", or the claim itself ("The report is baseless")
VERDICT = re.compile(
    r"\W*(?:no\b\W*|absolutely not\W*)?(?:that|this|it|these|those|all (?:of )?this"
    r"|(?:the|these|such) (?:claims?|reports?|accusations?|allegations?|figures?|stories|story|rumou?rs?))"
    r"(?:'s|’s|\s+(?:is|was|are|were))\s+(?:simply\s+|completely\s+|absolutely\s+|totally\s+|just\s+|all\s+)?"
    r"(?:not true|untrue|false|a lie|lies|a fabrication|fabricated|baseless|groundless|fake|fake news"
    r"|propaganda|nonsense|wrong|incorrect|not correct|not the case|unfounded)\b",
    re.I,
)

# an interview turn's label before the answer ("A:", "Ruvusha:", "Gen. Ruvusha:")
TURN_LABEL = re.compile(r"\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*:\s+")


def verdict_denials(ctx, events: list[Event], context: EventsView) -> list[Event]:
    """A ``deny`` event for each sentence of a speaker's that opens with a verdict of
    falsehood, unless its sentence already tells a denial."""
    found: list[Event] = []
    denied_in = {ctx.sent_index(_token_at(ctx, e.span[0])) for e in events if e.type == "deny"}
    for k, sent in enumerate(ctx.sents):
        if k in denied_in or ctx.told_elsewhere(sent.start_char, sent.end_char):
            continue
        label = TURN_LABEL.match(sent.text)  # "Ruvusha: That is not true."
        rest = sent.text[label.end() if label else 0:]
        lead = len(sent.text) - len(rest.lstrip("\"“‘' "))
        verdict = VERDICT.match(sent.text, lead)
        if verdict is None:
            continue
        claim = _speakers_claim(ctx, sent)
        if claim is None or not claim.speaker.name:
            continue
        speaker = claim.speaker
        side = speaker.side or context.speaker_side(speaker) or state_side(speaker, sent[0], context)
        found.append(Event(
            type="deny", text=verdict.group(0).strip(),
            span=(sent.start_char + verdict.start(), sent.start_char + verdict.end()),
            trigger_span=(sent.start_char + verdict.start(), sent.start_char + verdict.end()),
            actor=Party(name=speaker.organization or speaker.name, side=side),
            certainty="asserted", claims=[claim.id],
        ))
    return found


def _speakers_claim(ctx, sent) -> Claim | None:
    """The claim the sentence is said in: one holding its start, else one starting in it."""
    holding = ctx.claims_holding(sent.start_char + 1)
    if holding:
        return holding[0]
    return next((c for c in getattr(ctx, "claims", []) if sent.start_char <= c.span[0] < sent.end_char), None)


def _token_at(ctx, char: int) -> int:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
