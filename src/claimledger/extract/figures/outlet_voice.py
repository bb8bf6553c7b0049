"""A state outlet's own statements: "Daraa, SANA – Two army personnel were martyred",
"PYONGYANG, June 3 (KCNA) -- Four soldiers were wounded". A report a state's news agency
or broadcaster files under its own credit tells the state's war in the state's voice, so
a toll of the state's own forces that no one in it is said to give ("according to the
ministry" left out) is that state's count of its own people.

The credit is read from the dateline that opens the story, as parts.py marks it ("CITY,
Date (AGENCY) --", "City, AGENCY –"), below the page's headline or byline; an agency
named inside the body ("SANA reported") is a speaker, which the claims stage reads.
A state's own people here are its forces by their common names ("army personnel",
"soldiers", "members of the security forces"), not civilians, not a named group's
fighters, and not soldiers its own forces harmed.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import ReportContext
from claimledger.extract.figures.acting_bodies import harmed_by_the_state
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import phrase_text
from claimledger.extract.figures.words import NOT_GOVERNMENT, PEOPLE_FATES, REGULARS
from claimledger.extract.parts import Part, dateline_credit
from claimledger.sides import GOVERNMENT_WORDS, names_a_group, side_of, side_table

# the kinds of side phrase a state's own outlet is written with (sides.tsv, state_forces.tsv)
_OUTLET_KINDS = ("media", "institution")
# what an outlet's own toll may count of its state's people
_OWN_FATES = PEOPLE_FATES | {"deployed"}


def outlet_voice(view: FiguresView) -> str | None:
    """The state whose own outlet files the report under its dateline credit, or None."""
    if view.voice is False:
        view.voice = _credited_state(view.report)
    return view.voice  # type: ignore[return-value]


def _credited_state(report: ReportContext) -> str | None:
    """The state of the credit in the dateline that opens the story (parts.py reads it once for
    every stage): "PYONGYANG, June 3 (KCNA) --", "Daraa, SANA –", after the page's headline,
    byline or navigation, not a dateline further down (a digest's entry from another wire)."""
    part = _opening_dateline(report.text, report.parts)
    credit = dateline_credit(report.text, part) if part is not None else None
    if not credit:
        return None
    sides = {m.side for m in side_table().mentions(credit) if m.kind in _OUTLET_KINDS}
    return sides.pop() if len(sides) == 1 else None


def _opening_dateline(text: str, parts: list[Part]) -> Part | None:
    """The dateline part no line of the story comes before: only the page's title and debris
    (other parts) and blank lines lie above it."""
    dateline = next((p for p in parts if p.kind == "dateline"), None)
    if dateline is None:
        return None
    covered = [(p.start, p.end) for p in parts if p.start < dateline.start]
    at = 0
    for line in text[:dateline.start].split("\n"):
        end = at + len(line)
        if line.strip() and not any(s <= at and end <= e for s, e in covered):
            return None  # a line of the story before it
        at = end + 1
    return dateline


def outlets_own_people(view: FiguresView, m: Mention, what: Token, phrase: list[Token]) -> str | None:
    """The outlet's state for a toll of that state's forces that no claim holds."""
    voice = outlet_voice(view)
    if voice is None or m.quantity not in _OWN_FATES:
        return None
    if hasattr(view.report, "claims") and view.report.claims_holding(m.num.start, m.num.end):
        return None  # someone in the report says it: the claim's speaker gives its side
    text = phrase_text(phrase)
    words = {t.lower_ for t in phrase}
    if words & NOT_GOVERNMENT or names_a_group(text) or side_of(text) not in (None, voice):
        return None
    own = what.lemma_.lower() in REGULARS or bool(words & GOVERNMENT_WORDS) or any(
        " " in w and w in text.lower() for w in GOVERNMENT_WORDS)
    if not own or not view.parties_named(m.sent) <= {voice} or harmed_by_the_state(m):
        return None  # "the army killed 40 soldiers": not the army's own
    return voice
