"""A reply told by a verb of striking back, or of cutting in, that opens a quotation:
'The minister shot back: "We have nothing to hide."', 'The spokesman fired back, "Ask
the army."', 'The colonel chimed in: "We never left the town."'.

"Shoot back", "hit back", "chime in" are no reporting verbs alone: "the rebels shot back
at the convoy" is gunfire, "hit back at the critics" names whom. Written right before a
quotation it opens, past a colon or a comma, the phrase is the speaker's retort and the
quotation is what was said. Read as "retort" (data/cues.tsv) for its hedge and polarity.
Only with a subject that can speak, outside any quotation.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_openers import opens_quotation
from claimledger.extract.claims_speaker import is_cue, may_speak, speaker_head
from claimledger.extract.context import tokens_of
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

# verb lemma -> the particle that makes it a reply: "shot back", "chimed in"
REPLY_PHRASES = {
    "shoot": "back", "fire": "back", "hit": "back", "strike": "back", "snap": "back", "bite": "back",
    "push": "back", "fight": "back", "chime": "in", "weigh": "in", "cut": "in", "jump": "in", "pipe": "up",
}


def _particle(verb: Token) -> Token | None:
    """The particle written right after the verb ("back", "in", "up"), whatever the parser
    made of it (a particle, an adverb, a preposition with no object)."""
    want = REPLY_PHRASES.get(verb.lemma_.lower())
    tokens = tokens_of(verb.doc)
    if want is None or verb.i + 1 >= len(tokens):
        return None
    nxt = tokens[verb.i + 1]
    if nxt.lower_ != want or nxt.head.i != verb.i or any(c.dep_ == "pobj" for c in nxt.children):
        return None  # "chimed in the chorus": a place, not a reply
    return nxt


def _cue_after(verb: Token, quote_end: int) -> bool:
    """Whether a cue of its own follows the quotation closely (', he wrote, "…'): the
    quotation is interrupted by its speaker's verb, which reads it."""
    words = [t for t in tokens_of(verb.doc)[verb.i + 1:] if t.idx >= quote_end and not t.is_punct][:3]
    return any(is_cue(t) for t in words)


def reply_claim(verb: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """The speaker's claim whose content is the quotation the reply phrase opens."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPLY_PHRASES:
        return None
    particle = _particle(verb)
    if particle is None or not opens_quotation(particle):
        return None
    if any(qs <= verb.idx < qe for qs, qe in quotes) or any(c.dep_ == "neg" for c in verb.children):
        return None
    after = particle.idx + len(particle)
    quote = next(((qs, qe) for qs, qe in quotes if after <= qs <= after + 3), None)
    if quote is None:
        return None
    if _cue_after(verb, quote[1]):
        return None  # 'fired back: "As a guardian …," he wrote, "…"': the quotation's own cue reads it
    speaker_tok = speaker_head(verb)
    if speaker_tok is None or not (can_speak(speaker_tok) or may_speak(speaker_tok, "retort")):
        return None
    doc = verb.doc
    tokens = tokens_of(doc)
    first = next((t.i for t in tokens[particle.i + 1:] if t.idx >= quote[0]), None)
    last = next((t.i for t in reversed(tokens[first:]) if t.idx + len(t) <= quote[1]), None) \
        if first is not None else None
    span = None if first is None or last is None else trim(doc, first, last + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    cue_end = particle.idx + len(particle)
    return make_claim(speaker, doc.text[verb.idx:cue_end], "retort", span, sent, quotes, (verb.idx, cue_end))
