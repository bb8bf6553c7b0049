"""An answer's verdict on what was put to the guest: "No, that is not true.", "That is
false.", "It's a lie." Put after a question that reports a claim ("The army says your men
burned the market. Is that true?"), such a sentence is the guest's denial of it: a statement
of its own, not a preamble to the next sentence, so an answer keeps it as its own claim, with
the denied polarity. Read from the sentence's words alone (interview_layout.py cuts answers
before any parse)."""

from __future__ import annotations

import re

# the whole sentence is the verdict: "No, that is not true.", "This is simply false!", "That's a lie."
DENIAL_VERDICT = re.compile(
    r"[\"“‘'—–\s-]*(?:(?:no|absolutely not|not at all)\W+)?(?:that|this|it|these|those)"
    r"(?:'s|’s|\s+(?:is|was|are|were))\s+(?:simply\s+|completely\s+|absolutely\s+|totally\s+|just\s+|all\s+)?"
    r"(?:not true|untrue|false|a lie|lies|a fabrication|fabricated|baseless|groundless|not correct|incorrect"
    r"|not the case|unfounded|nonsense|propaganda)[\s.!\"”’']*",
    re.I,
)


def denial_verdict(sentence: str) -> bool:
    """Whether a sentence is nothing but a verdict of falsehood on what came before it."""
    return DENIAL_VERDICT.fullmatch(sentence.strip()) is not None
