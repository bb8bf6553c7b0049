"""The side a speaker, a state body or the page itself gives an event's actor: a state's
ministry, army or spokesman speaks for the report's state ("the army said it had retaken"),
a party or movement named after its country does not, and a state body's own page speaks
for that state. Split from :mod:`claimledger.extract.events_actors`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_bodies import PROSECUTORS, fronted_state, institution_side, introduced_as
from claimledger.extract.events_memo import names_a_group
from claimledger.extract.events_names import NON_STATE_WORDS, OTHER_SIDE_WORDS, proper_force_name
from claimledger.extract.events_view import FORCE_NOUNS, EventsView
from claimledger.sides import STATE_FORCE, home_side, side_of


def claimed_side(name: str, ctx) -> str | None:
    """The side the claims give a person named as an actor ("Benítez dismissed the report",
    after "Government spokeswoman Lucía Benítez" spoke for the state): one side, from the
    speakers whose name or role holds the actor's surname; none when they disagree."""
    words = name.split()
    last = words[-1] if words else ""
    if len(last) < 3 or not all(w[:1].isupper() for w in words) or names_a_group(name) \
            or {w.lower() for w in words} & (FORCE_NOUNS | OTHER_SIDE_WORDS) or words[0].lower() == "the" \
            or MOVEMENT.search(name) or STATE_SPEAKER.search(name):
        return None  # a body's name ("The Sudan Liberation Movement") is no person's: its own rules read it
    sides = {c.speaker.side for c in getattr(ctx, "claims", [])
             if c.speaker.side and last in " ".join(w or "" for w in (c.speaker.name, c.speaker.role)).split()}
    return sides.pop() if len(sides) == 1 else None


def officials_side(name: str, tok: Token, context: EventsView) -> str | None:
    """The state a person named as an actor serves, when the report quoted them with a
    state office and no side ("Governor Ricardo Maia ... denied", "the head of the republic,
    Magomed Alibekov"): one state from the speakers that are that person."""
    words = name.split()
    last = words[-1] if words else ""
    if len(last) < 3 or not all(w[:1].isupper() for w in words) or names_a_group(name):
        return None
    sides = {state_side(c.speaker, tok, context) for c in getattr(context_of(tok.doc), "claims", [])
             if c.speaker.kind == "person" and last in (c.speaker.name or "").split()}
    sides.discard(None)
    return sides.pop() if len(sides) == 1 else None


# who rules the country a war is fought in; "the military" alone is left to the report's state
RULING = re.compile(r"\b(junta|regime|government|military council|military government)\b")


def speakers_words(speaker) -> str:
    """A speaker's name, role and organisation in one ("Inspector Garry Desrosiers", "National
    Police spokesman"): where the service the speaker commands or speaks for is named."""
    return " ".join(w for w in (speaker.name, speaker.role, speaker.organization) if w)


def non_state(speaker) -> bool:
    """Whether a speaker is described as an armed group ("Fano, an Amhara militia"):
    whatever side a word in its description gives, it speaks for no state."""
    described = " ".join(w for w in (speaker.role, speaker.organization) if w).lower()
    return bool(set(re.findall(r"[a-z]+", described)) & (NON_STATE_WORDS | OTHER_SIDE_WORDS))


def page_voice(ctx) -> str | None:
    """The side of a state body whose own page the report is: its first line names the
    body ("Ministry of Defence of the Russian Federation", "Ministerio de Defensa Nacional -
    Republica de Colombia") and what the page says without a speaker is that body's word."""
    cached = getattr(ctx.memory, "page_voice", False)
    if cached is not False:
        return cached
    side = None
    # the page's heading lines (the reader may have taken its first line for the title):
    # "Summary of the Ministry of Defence of the Russian Federation on the progress of ..."
    for line in [line.strip() for line in ctx.text.split("\n") if line.strip()][:3]:
        if len(line.split()) <= 25 and not SAYING.search(line) and (
                STATE_SPEAKER.search(line) or re.search(r"\b(ministerio|minist[eè]re)\b", line, re.I)):
            side = side_of(re.sub(r"\s+on\s+.*$", "", line))
            if side:
                break
    ctx.memory.page_voice = side
    return side


def a_groups_page(ctx) -> bool:
    """Whether the page is an armed group's own ("United League of Arakan / Arakan Army" over
    its statement): "our forces" there are the group's, no state's."""
    cached = getattr(ctx.memory, "groups_page", None)
    if cached is None:
        lines = [line.strip() for line in ctx.text.split("\n") if line.strip()][:3]
        cached = any(len(line.split()) <= 12 and not SAYING.search(line) and not STATE_SPEAKER.search(line)
                     and (MOVEMENT.search(line) or any(proper_force_name(part.strip()) for part in line.split("/")))
                     for line in lines)
        ctx.memory.groups_page = cached
    return cached


# a heading that reports what a body says is a news headline, not the body's own page
SAYING = re.compile(r"\b(says?|said|claims?|claimed|reports?|reported|accuses?|denies|according)\b", re.I)


def body_side(name: str, tok: Token, context: EventsView) -> str | None:
    """The side of a state body named without its country (events_bodies.py): the report's
    state, else the country its events are in; initials read once per report."""
    ctx = context_of(tok.doc)
    memory = getattr(ctx.memory, "initials", None)
    if memory is None:
        memory = ctx.memory.initials = {}
    return institution_side(name, ctx.text, ctx.home_state or context.theatre_country, memory)


def state_side(speaker, tok: Token, context: EventsView) -> str | None:
    """The side of a speaker for a state with no side of its own ("the army", "the
    Ministry of Interior", "government spokesperson Legesse Tulu"): the report's state,
    else the country its events are in. Its own side first; a rebel, a monitor, a named
    group gets none, nor a party or movement named after its country ("the Communist
    Party of the Philippines", "the Sudan Liberation Movement")."""
    if named_movement(" ".join(w for w in (speaker.organization, speaker.name) if w)):
        return None
    if speaker.side:
        return speaker.side
    words = " ".join(w for w in (speaker.organization, speaker.role, speaker.name) if w)
    if speaker.role and speaker.organization:
        words += f" {speaker.role} of the {speaker.organization}"  # "the head of the republic", read in two fields
    if speaker.kind == "person" and not speaker.role and not speaker.organization:
        # "ADESINA: We have deployed ...", under "an interview with the Benue State Commissioner of
        # Police, CP Emmanuel Adesina": the office the report named the person with
        words += " " + introduced_as(text_of(tok.doc), speaker.name or "")
    if side_of(words):
        return side_of(words)  # "The Ministry of Defense of Armenia denied": the state its name says
    body = STATE_FORCE.search(words) or STATE_SPEAKER.search(words) or PROSECUTORS.search(words)
    ctx = context_of(tok.doc)
    if body is None and not set(words.lower().split()) & OTHER_SIDE_WORDS:
        # "Navy spokesman Commodore X", "the Defence Headquarters", "the PSNI": a body only a state has
        return body_side(words, tok, context)
    if body is None or set(words.lower().split()) & OTHER_SIDE_WORDS or proper_force_name(speaker.name or ""):
        return None
    # "In neighbouring Burkina Faso, the army's information service denied": the state the sentence opens on
    return fronted_state(tok.sent.text) or home_side(body.group(0), text_of(tok.doc)) or ctx.home_state \
        or context.theatre_country


# the head words of a party or movement's name, which a country in the name does not make a state's
MOVEMENT = re.compile(r"\b(party|movement|front|liberation|resistance|alliance|brotherhood|league|insurgency)\b", re.I)


def named_movement(name: str) -> bool:
    """Whether a name is a party's or movement's, not a state body's ("Communist Party of
    the Philippines"; not "the Ministry of Defence", nor "the ruling party's government")."""
    return bool(MOVEMENT.search(name)) and not STATE_SPEAKER.search(name) and not RULING.search(name.lower())


# bodies of a state that speak and act for it (their own name gives no side)
STATE_BODY = re.compile(r"^(the\s+)?(defen[cs]e ministry|ministry of defen[cs]e|government|presidency|general staff)$",
                        re.I)
# a state body among a speaker's words ("the Ministry of Interior", "Interior Ministry", "presidency")
STATE_SPEAKER = re.compile(r"\b(ministry|ministries|minister|government|presidency|general staff|cabinet"
                           r"|head of state|president|prime minister|governor|prefect|head of the republic"
                           r"|regional commissioner|district commissioner)\b", re.I)
