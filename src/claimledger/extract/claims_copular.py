"""A statement named by a noun and told after the copula: "Israel's position is that the
strike hit a command post", "the envoy's message was that the blockade must end", "her
argument was that the truce only helps the rebels", "the consensus among aid agencies is
that famine has begun".

The noun reader (claims_frames.noun_claim) takes a clause hung on the noun itself ("Kyiv's
claim that …"); here the clause hangs on "is"/"was", whose subject is the noun. The noun
must name something said or held (cue_frames.tsv nouns, and the words of a stated line
below), and have a maker: a possessor ("Israel's", "her"), or "from/of/by/among X". A
noun with no maker ("the problem is that …", "the fear is that …") is the writer's own
framing and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_frames import POSSESSIVE, frame_cue
from claimledger.extract.claims_holders import speaks
from claimledger.extract.speakers import read_speaker
from claimledger.model import Claim, Speaker

# a line held or put forward, read as the reporting verb in the second place
STATED = {
    "position": "state", "stance": "state", "line": "state", "message": "say", "argument": "argue",
    "case": "argue", "response": "respond", "answer": "answer", "reply": "reply", "explanation": "explain",
    "understanding": "believe", "consensus": "agree", "conviction": "believe", "impression": "believe",
    "verdict": "conclude", "advice": "recommend", "instruction": "say", "order": "say", "plea": "urge",
    "excuse": "explain", "justification": "explain", "defence": "defend", "defense": "defend",
}
# prepositions naming whose line it is: "the message from Kyiv", "the view of the monitors",
# "the consensus among aid agencies"
MAKER_PREPOSITIONS = {"from", "of", "by", "among"}


def copular_claim(noun: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """The claim of "X's NOUN is that …", the clause after the copula as content, or None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj":
        return None
    lemma = noun.lemma_.lower()
    cue = STATED.get(lemma) or frame_cue(lemma, "noun")
    copula = noun.head
    if cue is None or copula.lemma_.lower() != "be" or copula.i < noun.i:
        return None
    if any(qs <= noun.idx < qe for qs, qe in quotes) or any(c.span[0] <= noun.idx < c.span[1] for c in earlier):
        return None
    if any(c.dep_ == "neg" for c in copula.children):
        return None  # "his position is not that …": what it is not
    clause = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    maker = _maker(noun)
    if maker is None or not (maker.lower_ in POSSESSIVE or speaks(maker)):
        return None  # "the problem is that …": the writer's framing
    span = trim(noun.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    speaker = read_speaker(maker, places)
    if maker.lower_ in POSSESSIVE:
        kind = {"its": "organization", "their": "group", "our": "group"}.get(maker.lower_, "person")
        speaker = Speaker(name=POSSESSIVE[maker.lower_], kind=kind, span=speaker.span)
    speaker = memory.resolve(speaker, span)
    memory.remember(speaker, sent.start_char)
    return make_claim(speaker, noun.text, cue, span, sent, quotes, (noun.idx, noun.idx + len(noun)))


def _maker(noun: Token) -> Token | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in MAKER_PREPOSITIONS and prep.i > noun.i:
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None
