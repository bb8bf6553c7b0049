"""Contents that state nothing a ledger can show: a pronoun ("he said that"), a name alone
("reporting on Mali"), how a source is kept secret ("asked not to be named"), that a
speaker spoke their mind ("said what he thinks"), or a statement named again ("denied
the claims"). Split from :mod:`claimledger.extract.claims`, which refuses a claim whose
content is one of these.
"""

from __future__ import annotations

import re

from claimledger.extract.claims_quotes import only_a_name

EMPTY_CONTENTS = {"that", "this", "it", "so", "which", "what", "something", "nothing", "anything", "them"}
# "who asked not to be named", "speaking on condition of anonymity": how a source is
# kept secret, not what it says
ANONYMITY = re.compile(r"^(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|remain\s+anonymous)\b"
                       r"|^(?:on\s+)?(?:the\s+)?condition\s+of\s+anonymity"
                       # "asked us not to disclose", "asked that only his first name be used"
                       r"|^(?:not\s+)?to\s+(?:disclose|reveal|publish)\b"
                       r"|^(?:that\s+)?(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+|real\s+|family\s+)?"
                       r"names?\s*(?:,[^,]{1,40},\s*)?(?:not\s+)?be\s+(?:used|given|published|withheld)", re.I)

# "says what he thinks", "said what she felt": that the speaker spoke their mind, not what it was
OWN_MIND = re.compile(r"^what\s+(?:he|she|they|we|I|you)\s+(?:really\s+)?(?:thinks?|thought|believes?|believed"
                      r"|feels?|felt|wants?|wanted|means?|meant|knows?|knew)"
                      # a short tail ("no matter what", "about the retreat"), no verb of a clause of its own
                      r"(?:\s+(?!(?:is|was|are|were|will|would|has|had|should|must)\b)[\w’'-]+){0,4}$", re.I)

# "denied the claim", "rejected these allegations": a statement named
# again, not a statement; what was said is told elsewhere (or nowhere)
POINTS_BACK = re.compile(r"^(?:the|this|that|these|those|such)(?:\s+[\w-]+)?\s+(?:claims?|allegations?|accusations?"
                         r"|reports?|charges?|statements?|remarks|rumou?rs?|assertions?|version|accounts?"
                         r"|narratives?)$", re.I)
# "the coalition reported the attack": reporting a thing by its name alone tells no statement about it
REPORTED_THING = re.compile(r"^(?:the|this|that)\s+[\w-]+$", re.I)


def empty_content(text: str, answer: bool = False) -> bool:
    """"he said that", "which X has said": a pronoun reports nothing we can show; nor
    does a name alone ("reporting on Mali", "Killings Near Dioura" in a headline), unless
    it is a quoted answer said first ('"Nonsense," the spokesman said')."""
    bare = text.strip(" .,\"“”'")
    return bare.lower() in EMPTY_CONTENTS or bool(ANONYMITY.match(bare)) or bool(POINTS_BACK.match(bare)) \
        or not answer and only_a_name(bare) or bool(OWN_MIND.match(bare))
