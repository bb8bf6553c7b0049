"""What follows a cue set off by commas when it tells how the words were given, not more
of them: "The checkpoint was closed, he said, on condition of anonymity", "…, an officer
said, speaking by telephone from Kherson", "…, the spokesman said, in an interview".

A cue set off inside its clause ("It is his job, he said, to brief Congress") reports
that clause on both sides of it (claims_closing.runs_on_past). The small parser also
hangs on that clause what is the cue's own circumstance: the terms of anonymity, the
channel or the occasion of speaking. Those words describe the saying; the claim is the
clause before the cue.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.context import text_of, tokens_of

# how, where or on what terms the words were given; anchored at the first word after the cue
SAID_HOW = re.compile(
    r"(?:speaking\s+|who\s+spoke\s+)?(?:on|under)\s+(?:the\s+)?(?:condition|terms)\s+of\s+anonymity\b"
    r"|(?:speaking|talking|writing)\s+(?:by|over|on|from|to|at|in|via|after)\b"
    r"|in\s+(?:an?|the|his|her|their)\s+(?:\w+\s+){0,2}"
    r"(?:interview|statement|briefing|broadcast|post|message|speech|address|communiqu[eé]|call)s?\b"
    r"|without\s+giving\s+(?:details|evidence|a\s+source|figures)\b",
    re.I)


def said_how(cue: Token) -> bool:
    """Whether the words right after a set-off cue and its comma tell how it was said."""
    tokens = tokens_of(cue.doc)
    last = max(t.i for t in cue.subtree if not t.is_punct)  # the parser hangs the comma on the cue
    if last + 1 >= len(tokens) or tokens[last + 1].text not in {",", "—", "–"}:
        return False
    after = tokens[last + 1]
    return SAID_HOW.match(text_of(cue.doc), after.idx + len(after) + (1 if last + 2 < len(tokens) else 0)) is not None
