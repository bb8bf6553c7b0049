"""A verdict of falsehood on what was said before it: "No, that is not true.", "That is
false.", "It's a lie.", "These claims are fake news." The one reader of such verdicts.

Put after a question that reports a claim ("The army says your men burned the market. Is
that true?"), a sentence that is nothing but a verdict is the guest's denial of it: a
statement of its own, not a preamble to the next sentence, so an answer keeps it as its own
claim, with the denied polarity (:func:`denial_verdict`, read from the sentence's words
alone: interview_layout.py cuts answers before any parse). A sentence that opens with one
is a ``deny`` event of its speaker (:data:`VERDICT`, read by events_verdicts.py).

The words that call a thing false are those of ``data/dismissal_words.tsv`` (its
``false_word`` list, which also labels what a speaker "called" or "dismissed as"), with
the few that only a verdict on the thing just said uses.
"""

from __future__ import annotations

import re

from claimledger.data.tables import word_lists

# "That is not the case.", "That's wrong.": said of the thing just said, never a label put on
# a report by a verb ("called the strike wrong" judges the strike, not a claim)
VERDICT_ONLY = frozenset({"not the case", "not correct", "wrong"})
FALSEHOODS = word_lists("dismissal_words.tsv")["false_word"] | VERDICT_ONLY
# participles that also tell of a thing made ("It was staged in the main square", "It was forged
# in 2019"): a verdict only where its clause ends ("It was staged.", "It was forged, all of it")
MADE = frozenset({"staged", "forged", "invented"})
# the one-word labels of a falsehood, for readers of the parse that see a word at a time
# ("the claims are baseless", "dismissed the report as propaganda")
FALSE_LABELS = frozenset(word for word in FALSEHOODS - VERDICT_ONLY if " " not in word)
_CLAUSE_END = r"(?=\s*(?:[.,;:!?\"”’')]|$))"


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


# a falsehood word, with its article ("a fabrication", "an invention")
_FALSEHOOD = (rf"(?:an?\s+)?(?:(?:{_alternation(FALSEHOODS - MADE)})\b"
              rf"|(?:{_alternation(FALSEHOODS & MADE)})\b{_CLAUSE_END})")
# what the verdict judges: the thing just said ("that", "this", "all of this") or the claim
# itself ("the reports", "such allegations"); then its verb and an intensifier
_JUDGED = (r"(?:that|this|it|these|those|all (?:of )?this"
           r"|(?:the|these|such) (?:claims?|reports?|accusations?|allegations?|figures?|stories|story|rumou?rs?))")
_IS = r"(?:'s|’s|\s+(?:is|was|are|were))\s+(?:simply\s+|completely\s+|absolutely\s+|totally\s+|just\s+|all\s+)?"

# a sentence that opens by judging what was said before it false
VERDICT = re.compile(rf"\W*(?:(?:no|absolutely not|not at all)\b\W*)?{_JUDGED}{_IS}{_FALSEHOOD}", re.I)
# the whole sentence is the verdict: "No, that is not true.", "This is simply false!", "That's a lie."
DENIAL_VERDICT = re.compile(rf"{VERDICT.pattern}[\s.!\"”’']*", re.I)


def denial_verdict(sentence: str) -> bool:
    """Whether a sentence is nothing but a verdict of falsehood on what came before it."""
    return DENIAL_VERDICT.fullmatch(sentence.strip()) is not None
