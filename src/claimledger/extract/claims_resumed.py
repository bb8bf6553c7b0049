"""A quotation resumed after its attribution, within one sentence: '"The enemy has been
pushed back," the spokesman said, "and our units now hold the ridge."' The cue reports the
quotation before it, and the words after the attribution are the same speaker's; without
this reader they are lost, the claim cut at the first closing mark. As with a quotation
resumed in the next sentence (claims_quotes.run_on_quote), the resumed words are a claim of
their own: one claim over both would hold "the spokesman said", which is no part of what
was said (spec/OUTPUT.md). A resumed tail with no verb ('…," he said, "whatever the cost."')
only qualifies the first words and is no claim. Asked by claims.find_claims per sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimledger.extract.claims_build import make_claim
from claimledger.extract.claims_closing import SUBORDINATORS
from claimledger.extract.context import context_of, tokens_of
from claimledger.model import Claim

# between the cue (or the speaker after it) and the resumed quotation: when, where, to whom
# it was said, ending on a comma, colon or dash ('said on Tuesday, "…"', 'told AFP: "…"')
ATTRIBUTION_TAIL = re.compile(r"^[^\"“”.!?;]{0,80}?[,:—–-]\s*$")
# what the resumed words may open with that only joins them to the first ("and", "but")
JOINING = re.compile(r"^(?:and|but|or|so)\s+", re.I)
MAX_TAIL_WORDS = 10
MIN_WORDS = 3


def resumed_quotes(sent: Span, quotes: list[tuple[int, int]], found: list[Claim]) -> list[Claim]:
    """A claim for each quotation that resumes, after its attribution, a quoted claim of the
    sentence; the same speaker and cue."""
    text = context_of(sent.doc).text
    resumed: list[Claim] = []
    for claim in found:
        if claim.cue_span is None:
            continue
        first = next(((qs, qe) for qs, qe in quotes
                      if qs <= claim.span[0] and claim.span[1] <= qe <= claim.cue_span[0]), None)
        if first is None:
            continue  # the claim is no quotation closed before its cue
        after = max([claim.cue_span[1]] + ([claim.speaker.span[1]] if claim.speaker.span else []))
        nxt = next(((qs, qe) for qs, qe in quotes if qs >= after), None)
        if nxt is None or nxt[0] >= sent.end_char + 2:
            continue
        tail = text[after:nxt[0]].rstrip("\"“ ")
        if not ATTRIBUTION_TAIL.match(tail) or len(tail.split()) > MAX_TAIL_WORDS:
            continue  # another clause stands between them: not the same speaker's resumed words
        if any(o.span[0] <= nxt[0] < o.span[1] or o.span[0] <= nxt[0] + 1 < o.span[1] for o in found + resumed):
            continue  # already someone's claim
        span = _words(text, *nxt)
        if span is None or not _has_verb(sent, span):
            continue
        resumed.append(make_claim(claim.speaker, claim.cue, claim.cue.lower(), span, sent, quotes, None))
    return resumed


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The resumed words without their joining "and" and closing stop."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" \"“"))
    joined = JOINING.match(piece, lead)
    if joined is not None:
        lead = joined.end()
    stop = len(piece.rstrip(" .,;\"”"))
    if stop <= lead or len(piece[lead:stop].split()) < MIN_WORDS:
        return None
    return start + lead, start + stop


def _has_verb(sent: Span, span: tuple[int, int]) -> bool:
    """Whether the resumed words are a clause: a verb, or a subordinator opening one (the
    small model may tag its verb a noun: "until the aggression on Gaza stops")."""
    words = [t for t in tokens_of(sent.doc)[sent.start:sent.end] if span[0] <= t.idx < span[1]]
    return bool(words) and (words[0].lower_ in SUBORDINATORS or any(t.pos_ in {"VERB", "AUX"} for t in words))
