"""A source phrase inside an aside: "The town, which hosts 40,000 displaced people
according to the UN, was shelled on Monday", "Residents – 82 percent of whom lack clean
water, according to the survey – have crowded into schools", "The camp, which, according
to MSF, holds 9,000 people, …".

The source vouches for the relative clause it is written in, not for the sentence around
it: the UN counts the displaced, it does not report the shelling. Read off the text's
punctuation, not the parse, because the small parser often breaks such clauses ("the UN
hosts" read as one noun). Only relative clauses (who, which, whom, whose, "82 percent of
whom"): an aside without a relative word ("killing 12 civilians, according to the UN,")
may be the tail of the main clause, whose whole the source reports.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# what sets an aside off from the sentence around it
BOUNDS = frozenset({",", "–", "—", "-", "--", "(", ")", ";"})
RELATIVE = frozenset({"who", "which", "whom", "whose"})
MAX_SOURCE_WORDS = 10  # "according to a February survey conducted by WBUR radio"


def _relative_opening(tokens: list[Token]) -> bool:
    """Whether the words open a relative clause: "which …", "who …", "82 percent of whom …"."""
    words = [t.lower_ for t in tokens[:5]]
    if words and words[0] in RELATIVE:
        return True
    return any(w == "of" and i + 1 < len(words) and words[i + 1] in {"whom", "which"} for i, w in enumerate(words))


def aside_content(according: Token, sent: Span) -> tuple[int, int] | None:
    """Token bounds [start, end) of the relative clause an "according to X" phrase is set in,
    without the phrase; None when the phrase is not inside such an aside."""
    doc = according.doc
    to = according.i + 1
    if to >= sent.end:
        return None
    # the phrase must close before the sentence goes on: "…, according to the survey, have crowded …"
    close = next((t.i for t in doc[to + 1:min(sent.end, to + 2 + MAX_SOURCE_WORDS)] if t.text in BOUNDS), None)
    if close is None or close + 1 >= sent.end or all(t.is_punct for t in doc[close + 1:sent.end]):
        return None
    before = according.i - 1 if according.i > sent.start and doc[according.i - 1].text == "," else according.i
    opened = next((t.i for t in reversed(doc[sent.start:before]) if t.text in BOUNDS), None)
    if opened is None:
        return None
    clause = list(doc[opened + 1:before])
    if clause and _relative_opening(clause) and len(clause) > 1:
        # "…, which hosts 40,000 people according to the UN, …": the clause before the phrase
        return opened + 1, before
    if [t.lower_ for t in clause] in (["which"], ["who"]) and doc[close].text == ",":
        # "…, which, according to MSF, holds 9,000 people, …": the clause goes on after the phrase
        end = next((t.i for t in doc[close + 1:sent.end] if t.text in BOUNDS), None)
        if end is not None and end > close + 1:
            return close + 1, end
    return None
