"""When two reports' events are one happening, for denials (:mod:`claimledger.link.disputes`):
one type; places that agree (the same name, or one named in the other's words; a place
named only as where words were spoken places nothing); actor sides that agree or are
unknown; and what was hit, when both name it, the same."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.link.report_view import Report
from claimledger.link.speaker_keys import SpeakerIndex


@dataclass(frozen=True)
class EventKey:
    type: str
    place: str | None  # the event's place name, lower-case
    side: str | None  # the actor's side
    text: str  # the event's words, lower-case: a place named there counts as its place
    # the words of the event's claims, lower-case: "remained in control of Mazeze and had not
    # withdrawn from the town" places the unplaced withdrawal the claim tells
    context: str = ""
    # for an event with no place of its own: the report's places its claims name
    borrowed: frozenset[str] = frozenset()
    # what was hit, when the event names a thing that is no place or time ("a hospital")
    target: str | None = None


def event_key(report: Report, event: dict, index: SpeakerIndex, known: frozenset[str] = frozenset()) -> EventKey:
    """``known``: the names of places the reports read together resolved, lower-case (a
    place one report's reader missed is still a place when another report of the story
    resolved it)."""
    name = report.place_name(event.get("place"))
    if name and _only_a_venue(report, event.get("place")):
        name = None  # "told a press conference in Phnom Penh": where it was said, not where it happened
    actor = event.get("actor") or {}
    side = actor.get("side")
    claims = [report.claims[c] for c in event.get("claims") or [] if c in report.claims]
    if side is None and POSSESSIVE.match(actor.get("name") or "") and len(claims) == 1:
        # "its forces had liberated …", said by a ministry: the speaker's own forces
        speaker = claims[0].get("speaker") or {}
        side = index.side(index.key(speaker), speaker.get("side"))
    text = (event.get("text") or "").lower()
    context = " ".join([text] + [(c.get("text") or "").lower() for c in claims])
    own = {str(p.get("name") or "").lower() for pid, p in report.places.items() if not _only_a_venue(report, pid)}
    borrowed = frozenset() if name else frozenset(n for n in own | known if n and names_place(n, context))
    target = str((event.get("target") or {}).get("name") or "").lower() or None
    if target and (target in known or any(names_place(n, target) for n in own | known if n) or WHEN.search(target)):
        target = None  # a place or a time read as the target says nothing of what was hit
    return EventKey(event.get("type") or "other", name.lower() if name else None, side, text, context, borrowed,
                     target)


# A place named as where words were spoken: "told a press conference in Phnom Penh",
# "told reporters in Kinshasa", "speaking in Geneva", "a statement issued in Moscow".
VENUE_BEFORE = re.compile(r"\b(?:(?:press|news) conference|briefing|reporters|journalists|speaking|spoke"
                          r"|(?:statement|remarks?)\s+(?:issued|made|released)|interview)\s+(?:\w+\s+)?in\s+$", re.I)
# Times read as an event's target ("fired first on Wednesday morning").
WHEN = re.compile(r"\b(?:morning|afternoon|evening|night|dawn|today|yesterday|week|month"
                  r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _only_a_venue(report: Report, place_id: str | None) -> bool:
    """Every mention of the place names where words were spoken, not where anything happened."""
    mentions = (report.places.get(place_id or "") or {}).get("mentions") or []
    return bool(mentions) and all(VENUE_BEFORE.search(report.text[max(0, s - 60):s]) for s, _ in mentions)


def _other_targets(a: EventKey, b: EventKey) -> bool:
    """Both events name what was hit and the names share no word ("struck villages" and
    "struck a hospital" are two strikes, and denying one is no denial of the other), or one
    names it and the other's words do not."""
    if not (a.target and b.target):
        return _unnamed_target(a, b) or _unnamed_target(b, a)
    return not set(re.findall(r"[a-z]{3,}", a.target)) & set(re.findall(r"[a-z]{3,}", b.target))


def _unnamed_target(a: EventKey, b: EventKey) -> bool:
    """``a`` names what was hit ("struck a hospital") and ``b``'s words never name it: a
    claim that soldiers "opened fire on a Thai patrol" is no account of a hospital strike."""
    words = set(re.findall(r"[a-z]{3,}", a.target or "")) - {"the", "and", "its", "their"}
    return bool(words) and not any(re.search(rf"\b{w}", b.context) for w in words)


POSSESSIVE = re.compile(r"(?:its|our|their)\b", re.I)
def compatible(a: EventKey, b: EventKey) -> bool:
    """One type; places that agree (equal, or one named in the other's words when it has
    none); actor sides that agree or are unknown; and a place or a side in common (an
    unplaced event's place: one its claim names, :func:`_borrowed_place`)."""
    if a.type != b.type or (a.side and b.side and a.side != b.side) or _other_targets(a, b):
        return False
    if a.place and b.place and a.place != b.place \
            and not (names_place(a.place, b.text) or names_place(b.place, a.text)):
        return False
    same_place = bool(a.place and (a.place == b.place or names_place(a.place, b.text))
                      or (b.place and names_place(b.place, a.text))) or _borrowed_place(a, b) or _borrowed_place(b, a)
    return same_place or bool(a.side and a.side == b.side)


def _borrowed_place(a: EventKey, b: EventKey) -> bool:
    """``a`` has no place of its own but its claim names one that is ``b``'s, or that ``b``'s
    claim names too: "had not withdrawn from the town" in a claim naming Mazeze is about
    Mazeze, and so is "the insurgents had withdrawn north toward the Lurio River" told in a
    claim that the troops "reached Mazeze"."""
    return any(p == b.place or names_place(p, b.context) for p in a.borrowed)


def names_place(place: str, text: str) -> bool:
    """The event's words name the place: "the town of Kamanyola in South Kivu had been
    taken", placed at South Kivu, is about Kamanyola too (an event is often placed at the
    region its town is named with)."""
    return bool(re.search(rf"\b{re.escape(place)}\b", text))
