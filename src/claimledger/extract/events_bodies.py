"""Whose a state body is when its name gives no country: "Navy spokesman", "the Defence
Headquarters", "the Foreign Office", "the State Committee for National Security", and a
body known by initials the report spells out once ("the Police Service of Northern
Ireland (PSNI)", "the Indonesian military (TNI)").

Only a state keeps a navy, a gendarmerie, a constabulary or a foreign office, so a
speaker or actor so named, in a report about one state's war, is that state's (the
report's state, else the country its events are in). Initials take the side of the name
they stand for: the side that name gives, else the report's state when that name is a
state body's. Groups named like armies ("Arakan Army", "Sudan People's Liberation
Army") are left alone: their names hold a word no state body's generic name does.
"""

from __future__ import annotations

import re

from claimledger.sides import STATE_FORCE, STATE_INSTITUTION, names_non_state, side_of

# words of a movement's or group's name that no state body's name holds
GROUP_WORDS = re.compile(r"\b(liberation|front|movement|party|resistance|independence|revolutionary|islamic state"
                         r"|militia|rebels?|insurgents?|jihadists?|brotherhood|alliance|council of|restoration)\b",
                         re.I)
# a run of capitalised words (with "of", "for", "and", "the" between) right before "(INITIALS)"
_SPELT = r"((?:[A-Z0-9][\w'’-]*|of|for|and|the|de|du)(?:\s+(?:[A-Z0-9][\w'’-]*|of|for|and|the|de|du)){0,8})\s*\(\s*"
_LOWER_HEAD = r"\b(?:[Tt]he|[Ii]ts|[Aa])\s+((?:[A-Z][\w'’-]*\s+)*[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*\(\s*"
INITIALS = re.compile(r"\b([A-Z0-9]*[A-Z][A-Z0-9]{1,6})\b")


def spelt_out(initials: str, text: str, memory: dict | None = None) -> str | None:
    """The name the report writes before "(INITIALS)" ("Police Service of Northern Ireland
    (PSNI)", "the Indonesian military (TNI)"), or None; found once per report and initials
    (``memory`` keeps it)."""
    if memory is not None and initials in memory:
        return memory[initials]
    name = None
    if f"({initials}" not in text and f"( {initials}" not in text:
        if memory is not None:
            memory[initials] = None
        return None  # never spelt out: no need to search the report
    found = re.search(_SPELT + re.escape(initials) + r"\s*\)", text)
    if found:
        words = found.group(1).split()
        while words and words[0].lower() in {"of", "for", "and", "the", "de", "du"}:
            words = words[1:]  # the name, not its article
        name = " ".join(words) or None
    # a lower-case head before the initials ("the Indonesian military (TNI)"): the words back
    # to the article, which the capitalised run stops short of
    lower = re.search(_LOWER_HEAD + re.escape(initials) + r"\s*\)", text)
    if lower and (name is None or len(lower.group(1)) > len(name)):
        name = lower.group(1)
    if memory is not None:
        memory[initials] = name
    return name


def institution_side(name: str | None, text: str, home: str | None, memory: dict | None = None) -> str | None:
    """The side of a state body named without its country: the side its words (or the name
    its initials stand for) give, else ``home`` (the report's state or theatre) when they
    name a body only a state has. None for groups and for names that say nothing."""
    if not name:
        return None
    words = name
    for initials in INITIALS.findall(name):
        full = spelt_out(initials, text, memory)
        if full:
            words = f"{words} {full}"  # "TNI's Habema Operations Command", read with what TNI stands for
    if GROUP_WORDS.search(words) or names_non_state(words):
        return None  # "the RSF's chief of staff", "a rebel spokesman": no state's
    side = side_of(words)
    if side:
        return side
    if STATE_INSTITUTION.search(words):
        return home
    return None


# "In neighbouring Burkina Faso, the army denied ...": a sentence opened on another state
_FRONTED = re.compile(r"^(?:In|Across the border in|Over the border in)\s+(?:neighbou?ring\s+)?([^,]{2,40}),")


def fronted_state(sent_text: str) -> str | None:
    """The state a sentence opens on ("In neighbouring Burkina Faso, the army's information
    service denied ..."): a sideless army or ministry in that sentence is that state's."""
    found = _FRONTED.match(sent_text)
    return side_of(found.group(1)) if found else None


# a state's prosecutors, for whom its police and agents arrest ("the Attorney General's Office
# said agents had arrested"): a body only a state has, like its police
PROSECUTORS = re.compile(r"\b(attorney[- ]general|prosecutor|prosecutors|prosecution|public ministry|fiscal[ií]a)\b",
                         re.I)


def law_enforcer(name: str) -> bool:
    """Whether a speaker commands or directs agents: a state force or a state's prosecutors."""
    return bool(STATE_FORCE.search(name) or PROSECUTORS.search(name))


# a state's own institution named bare ("the army", "the military", "the national army")
INSTITUTION_WORDS = {"the", "army", "military", "national", "police", "navy", "gendarmerie"}


def theatre_speakers_army(actor, words: set[str], claims: list, context):
    """ "Somali government spokesman Farhan Jimale said the army had retaken three villages",
    in a report that spoke last of Kenya's contingent: "the army", told by a speaker of the
    state whose country the events are in, is that state's army, not the last force named."""
    if not words or not words <= INSTITUTION_WORDS or words <= {"the", "national"} or not claims:
        return None
    side = claims[0].speaker.side
    if side is None or side != context.theatre_country:
        return None
    return type(actor)(name=actor.name, side=side)


def introduced_as(text: str, name: str) -> str:
    """The words before a person's first naming, back to its sentence's or line's start (at
    most 120 characters): "the Benue State Commissioner of Police, CP" before "Emmanuel
    Adesina", the office a transcript's turns ("ADESINA:") do not repeat."""
    at = text.find(name) if len(name) > 3 else -1
    if at < 0:
        return ""
    start = max(text.rfind("\n", 0, at) + 1, at - 120)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, at)]
    return text[ends[-1] if ends else start:at]


# a sentence's end, not a title's abbreviation ("Brig. Gen. Nabil Abdallah", "Maj.-Gen.", "Col.")
SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<!\b[A-Z])[.!?]\s+")
