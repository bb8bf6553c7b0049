"""The side of an interview's guest when the standfirst does not say it.

"Major X commands a drone company of the 93rd Brigade holding the approaches to
Kostiantynivka" names no state, yet the answers do: "318 Russian soldiers killed by our
drones", "the Russians keep bringing more". A guest who speaks of one state only, in the
third person, in a report whose places all lie in another state, fights for that other
state: the theatre's. Shared by the figure stage (whose "we lost three", "we destroyed 14
vehicles") and the event stage (whose "we withdrew").

Nothing is inferred for a guest the standfirst makes someone of no state (an armed
group's commander, an aid worker), nor when the answers name two states or the one
named is the theatre's own (a Russian officer in occupied Donetsk speaking of
"Ukrainian drones" stays unread).
"""

from __future__ import annotations

from claimledger.extract.events_interviews import guests_answer, layout_of
from claimledger.extract.interview_guest import guest_of, speaks_for_no_state
from claimledger.sides import side_table


def guest_side(ctx) -> str | None:
    """The guest's side: the standfirst's, else the theatre's when the answers speak of
    one other state only (cached on the report's memory)."""
    cached = getattr(ctx.memory, "guest_side", False)
    if cached is not False:
        return cached
    side = _read(ctx)
    ctx.memory.guest_side = side
    return side


def answer_side(ctx, start: int) -> str | None:
    """The guest's side when the text at ``start`` lies in the guest's answer."""
    if guests_answer(ctx, start) is None:
        return None
    return guest_side(ctx)


def _read(ctx) -> str | None:
    guest = guest_of(ctx)
    if guest is None:
        return None
    if guest.side is not None:
        return guest.side
    if speaks_for_no_state(guest):
        return None
    named = _states_in_answers(ctx)
    theatre = theatre_state(ctx)
    if len(named) != 1 or theatre is None or theatre in named:
        return None
    return theatre


def _states_in_answers(ctx) -> set[str]:
    table = side_table()
    found: set[str] = set()
    for answer in layout_of(ctx).answers.values():
        if guests_answer(ctx, answer.begin) is None:
            continue
        found |= {m.side for m in table.mentions(ctx.text[answer.begin:answer.end])}
    return found


def theatre_state(ctx) -> str | None:
    """The country where the report's own places lie, as the context reads it once for
    every stage (ReportContext.story_country: the standfirst's one region will do)."""
    return getattr(ctx, "story_country", None)
