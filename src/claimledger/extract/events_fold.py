"""One event per act: a report tells the same event often (in its lead, again in a quoted
statement, once more in its last paragraph), and each telling is read as an event first.
The tellings of one act (same type, same actor's side, places that lie one in the other,
not months apart, not one denied where the other is told as done) fold into the first,
which keeps every telling's claims. Split from :mod:`claimledger.extract.events`, which
reads the tellings and asks :func:`fold_tellings` at the end.
"""

from __future__ import annotations

import re

from claimledger.extract.events_recall import different_voices
from claimledger.model import Event, Place


def _within(a: str | None, b: str | None, places: dict[str, Place]) -> bool:
    """Whether place a lies in place b or b in a (a town in its country), or one is unknown."""
    if a is None or b is None or a == b:
        return True
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None or pa.country != pb.country:
        return False
    return "country" in {pa.kind, pb.kind}


def fold_tellings(events: list[Event], places: dict[str, Place], text: str = "") -> list[Event]:
    """One event per (type, actor side, place): a report tells the same event often.
    A telling without a place folds into one with a place (it adds no new where).
    ``text`` is the report's, to tell an act's own day from its telling's."""
    kept: list[Event] = []
    for event in events:
        side = event.actor.side if event.actor else None
        same = [k for k in kept if k.type == event.type
                and ((k.actor.side if k.actor else None) == side or _one_stretch(k, event))
                and _within(k.place, event.place, places) and not _apart_in_time(k, event)
                and not _other_days(k, event, text)
                and not _denied_elsewhere(k, event) and not _named_otherwise(k, event)
                and not different_voices(k, event)]
        if same:
            first = same[0]
            first.claims = sorted(set(first.claims) | set(event.claims))
            if first.place is None or (event.place and places[first.place].kind == "country"):
                first.place = event.place or first.place
            if first.actor is None and event.actor is not None:
                first.actor = event.actor
            continue
        kept.append(event)
    return _fold_bare(kept, places, text)


def _one_stretch(a: Event, b: Event) -> bool:
    """Whether two tellings open on the same words, one side told and the other not ("a drone
    attack on Kharkiv" read once as Russia's attack and once, whole, as the clause's
    subject): one telling read twice."""
    sides = {e.actor.side if e.actor else None for e in (a, b)}
    # both open on the same word: the act named as the subject of the clause that tells it, not
    # an act told inside another ("struck a depot in retaliation for rocket fire on Kiryat Shmona")
    return None in sides and a.span[0] == b.span[0]


def _named_otherwise(a: Event, b: Event) -> bool:
    """Whether a telling with no actor names the other telling's actor as something else
    ("two armoured vehicles belonging to the gangs were destroyed" and "the gangs had attacked
    Furcy"): the gangs are what was hit there, so the two are not one act."""
    if (a.actor is None) == (b.actor is None):
        return False
    bare, done = (a, b) if a.actor is None else (b, a)
    name = done.actor.name.lower().split() if done.actor and done.actor.name else []
    words = set(re.findall(r"[a-z]+", bare.text.lower()))
    return bool(name) and set(name) - {"the", "a", "an"} <= words


def _denied_elsewhere(a: Event, b: Event) -> bool:
    """Whether one telling is denied at a place the other, told as done, does not name:
    "security forces conducted an operation" and "ISPR rejected the claim that Pakistani
    aircraft had bombed a madrassa in Paktika" are two acts, not one placed in Paktika."""
    if (a.certainty == "denied") == (b.certainty == "denied"):
        return False
    denied, done = (a, b) if a.certainty == "denied" else (b, a)
    return denied.place is not None and done.place != denied.place


def _apart_in_time(a: Event, b: Event) -> bool:
    """Whether two tellings are dated months apart ("in September 2023" and "on Sunday",
    in a 2025 report): the same kind of act by the same side twice, not one act told twice."""
    days = [_day(e.when.start) if e.when else None for e in (a, b)]
    return None not in days and abs(days[0] - days[1]) > 45


def _other_days(a: Event, b: Event, text: str) -> bool:
    """Whether two tellings are each dated to one day, two or more days apart ("a roadside
    bomb killed three soldiers on Tuesday" and "on Sunday, militants ambushed a convoy"):
    two acts. A night told as two days ("late Saturday", "on Sunday") stays one, and so
    does a day the telling is dated by ("police said on Tuesday the attack ...")."""
    days = [_one_day(e, text) for e in (a, b)]
    return None not in days and abs(days[0] - days[1]) >= 2


# what dates a telling rather than the act told: "said on Tuesday", "in a statement on Monday"
_TOLD_WHEN = re.compile(r"\b(?:said|says|told|announced|reported|added|confirmed|stated|claimed|wrote|posted"
                        r"|statement|briefing|interview|conference|address)\W+(?:\w+\W+){0,3}$", re.I)


def _one_day(event: Event, text: str) -> int | None:
    """The day an event is dated to, when its time names one day ("on Sunday", "Dec 3")
    that is the act's own, not its telling's ("the ministry said on Monday")."""
    when = event.when
    if when is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when.start or "") or when.end not in (None, when.start):
        return None
    before = re.split(r"[.!?]\s", text[max(0, when.span[0] - 60): when.span[0]])[-1]  # in its own sentence
    if not text or _TOLD_WHEN.search(before):
        return None
    return _day(when.start)


def _day(iso: str | None) -> int | None:
    """Days since year 0 of an ISO date ("2023", "2023-09", "2023-09-14"), or None."""
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
    if not found:
        return None
    year, month, day = (int(g) if g else 1 for g in found.groups())
    return year * 365 + (month - 1) * 30 + day


def _fold_bare(events: list[Event], places: dict[str, Place], text: str) -> list[Event]:
    """A telling with no actor ("after relentless air strikes on the town") adds nothing
    to another event of its type the report tells at the same place, or anywhere when it
    names no place finer than a country: it is one more telling of it."""
    def vague(e: Event) -> bool:
        return e.place is None or places[e.place].kind == "country"

    def same(k: Event, e: Event) -> bool:
        # a vague telling stays one more telling of an act told elsewhere, whatever its day
        return k.place == e.place and (vague(e) or not _other_days(k, e, text)) \
            or vague(e) and _within(k.place, e.place, places)

    kept: list[Event] = []
    for event in events:
        other = next((k for k in events if k is not event and k.type == event.type and k.actor is not None
                      and same(k, event)), None)
        if event.actor is None and other is not None:
            other.claims = sorted(set(other.claims) | set(event.claims))
            continue
        kept.append(event)
    return kept
