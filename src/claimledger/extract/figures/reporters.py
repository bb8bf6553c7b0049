"""Who reports, owns or uses what a count counts: a state or its forces named as a body
("the army", "Mali's army"), the subject of the reporting verb a count is said under
(whom "its soldiers" belong to), the user of weapons counted ("with 18 cruise missiles"),
and the agent of the verb that harmed what is counted. The side tests of sides.py ask
these of the phrase around a count."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.cues import cues_with
from claimledger.extract.figures.mentions import Mention
from claimledger.extract.figures.syntax import own_subject, phrase_text, subject_of
from claimledger.extract.figures.words import NOT_GOVERNMENT
from claimledger.sides import GOVERNMENT_WORDS, STATE_INSTITUTION, names_a_group, side_of


def is_state_body(tok: Token) -> bool:
    """ "the army", "Mali's army", "Ukraine's military", "Russia": a state or its forces."""
    words = [t for t in tok.subtree if t.i <= tok.i][-6:]
    if {t.lower_ for t in words} & NOT_GOVERNMENT:
        return False
    lowered = {t.lower_ for t in words}
    if "ministry" in lowered and lowered & {"interior", "defence", "defense"}:
        return True  # "the interior ministry": the state's security forces speak (not "the health ministry")
    if bool(lowered & (GOVERNMENT_WORDS | {"authorities"})) or side_of(phrase_text(words)) is not None:
        return True
    # "the Defence Headquarters", "the navy", "the gendarmerie": bodies only a state has
    return STATE_INSTITUTION.search(phrase_text(words)) is not None and not names_a_group(phrase_text(words))


def reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb above ``tok``."""
    for _ in range(8):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in cues_with("speaks"):
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def reporter_side(tok: Token, home: str | None = None) -> str | None:
    """The side of the subject of the reporting verb above ``tok``: who "its", "their"
    or "they" stand for in "the Turkish military said four of its soldiers ...", or the
    sided subject of a clause on the way ("Russia had lost 1,260 troops, bringing its
    total losses to 890,000": Russia's). A sideless "the army" is the ``home`` state's."""
    start = tok
    for _ in range(8):
        if tok.head == tok:
            return None
        tok = tok.head
        speaks = tok.lemma_.lower() in cues_with("speaks")
        if tok.pos_ in ("VERB", "AUX") and not speaks:
            subj = next(
                (c for c in tok.children if c.dep_ == "nsubj" and c != start and not c.is_ancestor(start)), None
            )
            side = side_of(phrase_text([t for t in subj.subtree if t.i <= subj.i][-6:])) if subj is not None else None
            if side is None and home and subj is not None and subj.pos_ != "PRON" and is_state_body(subj):
                side = home  # "the interior ministry put the number of its personnel killed at 29"
            if side:
                return side
        if tok.pos_ == "VERB" and speaks:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            return side_of(phrase_text([t for t in subj.subtree if t.i <= subj.i][-6:])) or (
                home if is_state_body(subj) else None
            )
    return None


def possessor_side(what: Token, home: str | None = None) -> str | None:
    """ "its soldiers", "their troops": the side of the body that reports them, the
    subject of the reporting verb the phrase is said under."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in what.children):
        return None
    return reporter_side(what, home)


def instrument_side(m: Mention, what: Token) -> str | None:
    """ "targeted the carrier with 18 cruise missiles": the weapons are the side of
    whoever used them, the verb's subject (or the reporter "they" stands for)."""
    if m.quantity != "equipment" or what.dep_ != "pobj" or what.head.lower_ != "with":
        return None
    verb = what.head.head
    subj = subject_of(verb) if verb.pos_ == "VERB" else None
    if subj is None or subj.dep_ == "nsubjpass":
        return None
    if subj.pos_ == "PRON":
        return reporter_side(verb) if subj.lower_ in ("it", "they", "we") else None
    return side_of(phrase_text([t for t in subj.subtree if t.i <= subj.i][-6:]))


def agent_of(verb: Token) -> Token | None:
    """Who did what the verb says: its active subject or the agent of a passive, or the
    first verb's subject for a second verb that shares it ("destroyed a depot and killed")."""
    for _ in range(3):
        if verb.dep_ == "conj" and verb.head != verb and not own_subject(verb):
            verb = verb.head
        elif verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and not own_subject(verb):
            verb = verb.head  # "it had hit a meeting ..., killing 60": the hitter killed
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


# how far after a speaker's first naming its description runs ("Colonel X, who commands the
# army's 27th battalion in Hiiraan, told ..."): to the clause's end, at most this many characters
_DESCRIPTION_CHARS = 120
_DESCRIPTION_END = re.compile(r"[.;:\n]|,\s+(?:told|said|says|added)\b")


def claim_side(view, claim) -> str | None:
    """The side a claim's speaker speaks for: the claim's own, else, for a person the claims
    left sideless, the state whose forces the report's first naming of them puts them in
    ("Colonel Abdullahi Farah, who commands the army's 27th battalion": the report's state)."""
    speaker = claim.speaker
    if speaker.side or speaker.kind != "person" or not speaker.name:
        return speaker.side
    if speaker.name not in view.described_sides:
        view.described_sides[speaker.name] = _described_side(view, speaker.name)
    return view.described_sides[speaker.name]


def _described_side(view, name: str) -> str | None:
    last = name.split()[-1]
    found = re.search(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", view.text) if len(last) > 2 else None
    if found is None:
        return None
    tail = view.text[found.end(): found.end() + _DESCRIPTION_CHARS]
    if not tail.startswith(","):
        return None  # no description follows the name
    end = _DESCRIPTION_END.search(tail, 1)
    described = tail[1: end.start() if end else len(tail)]
    words = set(re.findall(r"[a-z][a-z'-]*", described.lower().replace("'s", "")))
    if words & NOT_GOVERNMENT or names_a_group(described):
        return None
    side = side_of(described)
    if side:
        return side
    return view.home if words & GOVERNMENT_WORDS else None
