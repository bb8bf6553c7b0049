"""Q&A reports whose answers carry no speaker's name ("— It is a lie.", "A: We still hold
Rivne."): which lines are answers, and who gives them (the person the standfirst is about,
with the side the report gave them). The claim stage reads turns labelled with a name;
these are the ones it leaves to no one, whose "we" and "our" are still the guest's.
"""

from __future__ import annotations

import re

from claimledger.extract.events_view import EventsView
from claimledger.model import Party

# a line that opens an interview's turn without the speaker's name ("— It is a lie.", "A: No.")
TURN_MARK = re.compile(r"\s*(?:[—–]|-\s|A:|R:)")


def in_an_answer(ctx, start: int) -> bool:
    """Whether the text at ``start`` lies in an answer of a Q&A whose turns are marked by a
    dash or "A:": its line opens with the mark, is no question, and the report has at
    least two questions so marked (or labelled "Q:")."""
    para = ctx.paragraph(start)
    line = ctx.text[para[0]:para[1]]
    return bool(TURN_MARK.match(line)) and not line.rstrip().endswith("?") and _questions(ctx) >= 2


def _questions(ctx) -> int:
    cached = getattr(ctx.memory, "marked_questions", None)
    if cached is None:
        cached = sum(1 for s, e in ctx.paragraphs if ctx.text[s:e].rstrip().endswith("?")
                     and (TURN_MARK.match(ctx.text[s:e]) or ctx.text[s:e].lstrip().startswith("Q:")))
        ctx.memory.marked_questions = cached
    return cached


def interviewee(ctx, context: EventsView) -> Party | None:
    """Who answers in a Q&A whose answers carry no name: the person the standfirst is
    about, the subject of its first sentence naming one ("Major Andriy Kovalenko, 34,
    commands a drone battalion of Ukraine's 68th Jaeger Brigade"), with the side the
    report gave them."""
    cached = getattr(ctx.memory, "interviewee", False)
    if cached is not False:
        return cached
    found = None
    for start, end in ctx.paragraphs:
        line = ctx.text[start:end].rstrip()
        if ctx.is_debris(start, end) or ctx.in_title(start, end) or len(line.split()) < 12 \
                or not line.endswith((".", '"', "”")):
            continue  # page furniture and the headline: the standfirst is the first paragraph of prose
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        subject = next((t for t in span if t.dep_ == "nsubj" and t.ent_type_ == "PERSON"), None) if span else None
        if subject is not None:
            first = subject
            while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and first.doc[first.i - 1].is_title:
                first = first.doc[first.i - 1]
            name = first.doc[first.i: subject.i + 1].text
            found = Party(name=name, side=context.named_side(subject.text))
        break  # the standfirst only: a person named later is someone the answers speak of
    ctx.memory.interviewee = found
    return found
