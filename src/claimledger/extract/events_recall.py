"""Events that point back to one told before, and tellings that only look alike.

"The attackers also abducted dozens", "troops clashed with the attackers on the following
day": an act told with no place of its own, by words that point back to an attack told just
before, happened where that attack did, not in the report's theatre (which may be the
country the survivors fled to). And two denials by different voices, or two seizures of
people by different groups, are two acts however alike their type, side and place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.model import Event, Place

# words that point back to the attack told before: its doers, its day, "also"
BACK_DOERS = re.compile(r"\bthe\s+(?:same\s+)?(?:attackers|assailants|raiders|gunmen|militants|fighters|rebels|"
                        r"insurgents|jihadists|kidnappers|abductors|armed men)\b", re.I)
BACK_TIME = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|night|evening)|the\s+day\s+after|"
                       r"hours\s+later|later\s+that\s+(?:day|night))\b", re.I)
ALSO = re.compile(r"\balso\b", re.I)
RECALL_REACH = 1200  # characters back: the paragraph before, a quotation between
VIOLENT = {"attack", "battle"}


def place_told_before(event: Event, events: list[Event], text: str) -> str | None:
    """The place of the attack or battle told just before an unplaced event whose words point
    back to it ("the attackers also abducted", "clashed with the attackers the next day")."""
    if event.place is not None or event.type not in {"capture", "battle", "attack", "withdraw"}:
        return None
    sentence = _sentence_of(event, text)
    if not (BACK_DOERS.search(sentence) or BACK_TIME.search(sentence)
            or ALSO.search(event.text) and event.type == "capture"):
        return None
    before = [e for e in events if e is not event and e.type in VIOLENT and e.place is not None
              and event.span[0] - RECALL_REACH <= e.span[0] < event.span[0]]
    return before[-1].place if before else None


def _sentence_of(event: Event, text: str) -> str:
    """The event's sentence, roughly: from the last full stop before it to the next one."""
    start = max(text.rfind(". ", 0, event.span[0]), text.rfind("\n", 0, event.span[0])) + 1
    ends = [i for i in (text.find(". ", event.span[1]), text.find("\n", event.span[1])) if i >= 0]
    return text[start: min(ends) if ends else len(text)]


NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
GENERIC = {"the", "a", "an", "its", "their", "his", "her", "our", "of", "and", "s", "'s"}


def different_voices(a: Event, b: Event) -> bool:
    """Whether two denials or admissions come from different voices ("Government spokeswoman
    Benítez dismissed the report", "the army denied the allegations"): two acts, each about a
    claim of its own. Two seizures of people by differently named groups with no side
    ("its fighters abducted two elders", "the Taliban have been arresting young men") too."""
    if a.type != b.type or a.actor is None or b.actor is None:
        return False
    if a.type == "capture" and (a.actor.side or b.actor.side):
        return False
    if a.type not in {"deny", "acknowledge", "capture"}:
        return False
    first, second = _name_words(a.actor.name), _name_words(b.actor.name)
    return bool(first) and bool(second) and not first & second


def _name_words(name: str | None) -> set[str]:
    return {w.lower() for w in NAME_WORD.findall(name or "")} - GENERIC


NEGATION_REACH = 1500  # characters after: the answer to a question, the next paragraph
NONE_BEFORE = re.compile(r"\bthere\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+no\s+"
                         r"(?:such\s+|[a-z-]+\s+)?$", re.I)


def _there_none_of(stem: str, after: str) -> bool:
    """Whether ``_none_of(stem)`` finds a match in ``after``. A match starts at a "there" (in
    any case: no other character folds to these letters), so the pattern is tried only where
    the text lower-cased has one, when lowering kept every character one character."""
    lowered = after.lower()
    if "there" not in lowered:
        return False
    pattern = _none_of(stem)
    if len(lowered) != len(after):
        return pattern.search(after) is not None
    at = lowered.find("there")
    while at >= 0:
        if pattern.match(after, at):
            return True
        at = lowered.find("there", at + 1)
    return False


@lru_cache(maxsize=2048)
def _none_of(stem: str) -> re.Pattern:
    """ "there was no (such) truce", "there have been no further strikes": the stem flatly
    negated. Compiled once per word (a report's events share a few dozen trigger words, and
    re's own cache of patterns is shared with, and emptied by, every other stage)."""
    return re.compile(r"\bthere\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+no\s+(?:such\s+|\w+\s+)?"
                      + re.escape(stem) + r"s?\b", re.I)


def unsaid(events: list[Event], text: str) -> list[Event]:
    """Drop an act the report goes on to say never was: "There were rumours of a local truce"
    answered by "No, there was no truce"; "reports of fighting in the town", then "there has
    been no fighting there". A noun told and then flatly negated is no event, nor is the
    negation itself ("there was no truce" tells no truce, denied or not)."""
    kept = []
    for event in events:
        word = text[event.trigger_span[0]:event.trigger_span[1]].lower() if event.trigger_span else ""
        if not word.isalpha():
            kept.append(event)
            continue
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        before = text[max(event.trigger_span[0] - 60, 0): event.trigger_span[0]]
        if NONE_BEFORE.search(before):
            continue  # "No, there was no truce": itself the negation, no act anyone made
        after = text[event.trigger_span[1]: event.trigger_span[1] + NEGATION_REACH]
        # the pattern tries every one of 1,500 characters (a leading word boundary keeps re from skipping to
        # a "there"): a plain search for one is a hundred times quicker, and few reports have one
        if _there_none_of(stem, after):
            continue
        kept.append(event)
    return kept


# "the raid", "the operation": an attack the report told before by the same noun
THE_ATTACK = re.compile(r"(?:the|this|that|last\s+\w+'s|\w+day's)\s+(?:raid|operation|attack|assault|ambush|offensive"
                        r"|incursion)\b", re.I)


def the_storys_attack(event: Event, theatre: Place) -> bool:
    """ "took part in the raid, which began before dawn", after a lead placing the operation in
    the Complexo da Mare: an attack told by a definite noun alone is the story's attack, where the
    story is (once the report has said where that is)."""
    return event.type == "attack" and THE_ATTACK.match(event.text) is not None and bool(theatre.mentions) \
        and min(theatre.mentions)[0] < event.span[0]
