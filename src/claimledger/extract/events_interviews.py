"""Interviews for the event stage: whether a place in the text lies in the guest's answer
(its "we" and "our" are the guest's), and who the guest is, with the side the standfirst
gave them. The turns are the ones the claim stage read (interview_layout.py) and the
guest the one it gave the answers to (interview_guest.py), so a Q&A whose answers carry
no name ("— It is a lie.", "A: We still hold Rivne.", a bare answer under a question),
one marked "R." or one labelled with the guest's name are read alike.
"""

from __future__ import annotations

from claimledger.extract.events_view import EventsView
from claimledger.extract.interview_guest import guest_of, speaks_for_no_state
from claimledger.extract.interview_layout import Answer, Layout
from claimledger.model import Party


def layout_of(ctx) -> Layout:
    """The report's interview turns (cached on its memory)."""
    cached = getattr(ctx.memory, "interview_layout", None)
    if cached is None:
        cached = ctx.memory.interview_layout = Layout(ctx.text)
    return cached


def guests_answer(ctx, start: int) -> Answer | None:
    """The answer holding ``start`` when the guest gives it: a marked or bare answer, or a
    line under a label naming the guest."""
    answer = layout_of(ctx).answer_holding(start)
    if answer is None or start < answer.begin:
        return None
    if answer.label is not None:
        guest = guest_of(ctx)
        if guest is None or not guest.named_by(answer.label):
            return None
    return answer


def in_an_answer(ctx, start: int) -> bool:
    """Whether the text at ``start`` lies in the guest's answer in a Q&A."""
    return guests_answer(ctx, start) is not None


def in_a_question(ctx, start: int) -> bool:
    """Whether the text at ``start`` lies in the interviewer's line: what it reports
    ("Human Rights Watch says army drone strikes killed 40") is nobody's "we"."""
    return layout_of(ctx).is_asking(start)


def interviewee(ctx, context: EventsView) -> Party | None:
    """Who answers in a Q&A: the guest the standfirst introduces ("Major Andriy Kovalenko,
    34, commands a drone battalion of Ukraine's 68th Jaeger Brigade"), with the side the
    standfirst gives them, else the side the report gave the name, unless the standfirst
    makes them someone of no state ("deputy commander of the Karenni Nationalities Defence
    Force", an aid worker): their "we" is never the state they fight."""
    guest = guest_of(ctx)
    if guest is None:
        return None
    side = guest.side
    if side is None and not speaks_for_no_state(guest):
        from claimledger.extract.guest_side import guest_side  # that module reads the turns read here

        # a side the report gave the name elsewhere, else the theatre's for a guest who speaks
        # of one other state only ("the Russians keep bringing more")
        side = context.named_side(guest.name.split()[-1]) or guest_side(ctx)
    return Party(name=guest.name, side=side)


def asked_guests_side(ctx, context: EventsView, start: int) -> str | None:
    """The side of "your forces" in an interviewer's question ("Kinshasa says your forces
    shelled Mweso", "the army killed dozens of your fighters"): the guest's, when the
    standfirst gave them one. For events_actors.with_side's question branch (FOR-LEAD.md)."""
    if not in_interviewers_turn(ctx, start):
        return None
    guest = interviewee(ctx, context)  # None on a page with no guest
    return guest.side if guest is not None else None


def in_interviewers_turn(ctx, start: int) -> bool:
    """Whether the text at ``start`` lies in the interviewer's turn: a question the layout read,
    or a dash-led line that is not the guest's answer ("- There were reports that your brigade
    pulled back.", no question mark), which still addresses the guest."""
    if in_a_question(ctx, start):
        return True
    line = ctx.text.rfind("\n", 0, start) + 1
    return ctx.text[line:line + 2].strip()[:1] in ("-", "\u2013", "\u2014") and not in_an_answer(ctx, start)
