"""A count kept over months is a tally, not an act: "police have arrested 1,140 suspects across
the province since January", "Israeli forces have arrested about 9,000 Palestinians since
October 2023", "security forces have killed 612 terrorists so far this year". Such a figure
sums many acts the report does not tell; the figures stage keeps the number. A week's count
("neutralised 23 bandits in the past one week") is still told as the acts of that week.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# the start of a span of months: a month, a year, the start of the year or of the war
_SINCE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    r"|(?:19|20)\d\d|(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?(?:year|war|conflict|operation))",
                    re.I)
# "so far this year", "this year", "over the past year", "in the past six months"
_SPAN_OF_MONTHS = re.compile(r"\b(?:so\s+far\s+)?this\s+year\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+"
                             r"(?:\w+\s+)?(?:years?|months)\b", re.I)
# the acts a tally sums
TALLIED = frozenset({"attack", "capture"})


def a_tally(tok: Token, kind: str) -> bool:
    """Whether an attack or capture verb counts over months ("have arrested 1,140 suspects ...
    since January"): a tally, no single act."""
    if kind not in TALLIED:
        return False
    if tok.pos_ == "NOUN":
        # "more than 8,400 operations ... since January", "more than 300 airstrikes since the start
        # of the year": a counted act under the verb that counts over months
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return any(c.dep_ == "nummod" for c in tok.children) and verb.pos_ == "VERB" and _over_months(verb)
    if tok.pos_ != "VERB":
        return False
    counted = any(c.dep_ in {"dobj", "nsubjpass"} and any(g.like_num or g.dep_ == "nummod" for g in c.subtree)
                  for c in tok.children)
    return counted and _over_months(tok)


def _over_months(tok: Token) -> bool:
    """Whether the verb's span runs over months: "since January", "so far this year"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "since" and _SINCE.match(
                tok.doc[c.i + 1:c.right_edge.i + 1].text):
            return True
    head_words = tok.doc[tok.i:tok.right_edge.i + 1].text
    return bool(_SPAN_OF_MONTHS.search(head_words))
