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
# the part of SAID_HOW read right after a cue the parser hung it on: the terms of anonymity
# and the channel, which never open what was said (an occasion, "in an interview", may)
TERMS_OR_CHANNEL = re.compile(
    r"(?:speaking\s+|who\s+spoke\s+)?(?:on|under)\s+(?:the\s+)?(?:condition|terms)\s+of\s+anonymity\b"
    r"|(?:speaking|talking|writing)\s+(?:by|over|on|from|to|at|in|via|after)\b", re.I)


def said_how(cue: Token) -> bool:
    """Whether the words right after a set-off cue and its comma tell how it was said."""
    tokens = tokens_of(cue.doc)
    last = max(t.i for t in cue.subtree if not t.is_punct)  # the parser hangs the comma on the cue
    if last + 1 >= len(tokens) or tokens[last + 1].text not in {",", "—", "–"}:
        return False
    after = tokens[last + 1]
    return SAID_HOW.match(text_of(cue.doc), after.idx + len(after) + (1 if last + 2 < len(tokens) else 0)) is not None


def said_how_after(cue: Token) -> bool:
    """Whether the words right after the cue itself, past a comma, tell how it was said:
    "…, he said, on condition of anonymity to speak freely about …", where the parser
    hung the terms on the cue and would read them as its content."""
    tokens = tokens_of(cue.doc)
    at = cue.i + 2
    # set off by its comma, and only the terms of anonymity or the channel: "declared in an
    # interview that …" goes on to what was declared
    return at < len(tokens) and tokens[at - 1].text == "," \
        and TERMS_OR_CHANNEL.match(text_of(cue.doc), tokens[at].idx) is not None


# what a source's speaking "to speak about …" follows when it gives the terms, not a talk
TERMS = frozenset({"anonymity", "anonymously", "authorized", "authorised", "allowed", "permitted", "entitled",
                   "cleared"})


def terms_of_speaking(verb: Token) -> bool:
    """"…, on condition of anonymity to speak freely about the talks", "he was not
    authorised to discuss the raid": the speech verb says why the source is unnamed, not
    what it said (the phrasal readers, claims_phrasal.py, would read "the talks")."""
    tokens = tokens_of(verb.doc)
    if verb.i < 2 or tokens[verb.i - 1].lower_ != "to":
        return False
    return any(t.lower_ in TERMS for t in tokens[max(verb.sent.start, verb.i - 6):verb.i - 1])
