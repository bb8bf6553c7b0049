"""Views a poll or a forecast reports without a speech verb: "86 percent had a favourable
opinion of the army", "those voters hold generally unfavourable views of the junta" (what
respondents hold), and "analysts see Russia launching a new offensive in the spring" (what
forecasters expect). "The generals saw the rebels retreating" is what was seen, not
foreseen; "had a long view of the valley" holds no judgement.
Read by the claim reader (claims.py) on one token's own children: no pass over the document."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_speaker import may_speak
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

VIEW_NOUNS = frozenset({"opinion", "view", "impression", "image", "perception"})
JUDGING = frozenset({"favorable", "favourable", "unfavorable", "unfavourable", "positive", "negative",
                     "good", "bad", "poor", "dim"})
HOLDING = frozenset({"have", "hold"})
ABOUT = frozenset({"of", "about", "toward", "towards", "on"})


def held_opinion(tok: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """A judgement respondents hold of someone: "61 percent had a favourable opinion of
    the president", "hold more positive views of the army", "have a dim view of the
    talks". The speaker is who holds it; what is said is the judgement and its object."""
    if tok.lemma_.lower() not in VIEW_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in HOLDING:
        return None
    children = list(tok.children)
    if not any(c.dep_ == "amod" and c.lower_ in JUDGING for c in children):
        return None
    about = next((c for c in children if c.dep_ == "prep" and c.lower_ in ABOUT
                  and any(o.dep_ == "pobj" for o in c.children)), None)
    holder = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if about is None or holder is None or not (may_speak(holder, "say") or can_speak(holder)):
        return None
    span = trim(sent.doc, tok.left_edge.i, about.right_edge.i + 1)
    speaker = memory.speaker_at(holder, places, span, sent.start_char, 4)
    return make_claim(speaker, tok.text, tok.lemma_.lower(), span, sent, quotes, (tok.idx, tok.idx + len(tok)))


def foreseen(cue: Token) -> bool:
    """Whether "see" in the present tense states a forecast: a clause of its own with
    its own subject and a participle ("analysts see Russia launching a new offensive",
    "markets see the central bank cutting rates"). The past ("saw the rebels
    retreating") is what was seen."""
    if cue.lemma_.lower() != "see" or cue.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i and c.tag_ == "VBG"
               and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children) for c in cue.children)
