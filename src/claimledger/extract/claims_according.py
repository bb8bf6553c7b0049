"""Attributions by "according to X": X speaks the side of the sentence that states
something. With who speaks for itself inside another speaker's words, which the verb-cue
reader (claims.py) asks too."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.speakers import can_speak, read_speaker, word_class
from claimledger.model import Claim


def speaks_for_itself(head: Token) -> bool:
    """Inside another speaker's words, only a new named or human source starts a claim
    of its own ("…, with a Syrian army source telling Sputnik that …"); "estimates",
    "data" and the like are the outer speaker's own evidence."""
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return word_class(head) in {"role", "organization"} or word_class(head.lemma_) in {"role", "organization"}


def according_to(tok: Token, sent: Span, quotes, places, memory, earlier) -> Claim | None:
    """"According to X, …": X speaks the clause the phrase hangs on."""
    doc = tok.doc
    to = doc[tok.i + 1]
    objs = [t for t in to.children if t.dep_ == "pobj"] or [t for t in tok.children if t.dep_ == "pobj"] \
        or _loose_source(to, sent)
    if not objs:
        return None
    speaker_tok = _source_behind(objs[0])
    # the content is the larger side of the sentence around "according to X", whatever
    # the phrase was attached to by the parser
    phrase = (tok.i, max(tok.right_edge.i, objs[0].right_edge.i) + 1)
    before, after = (sent.start, phrase[0]), (phrase[1], sent.end)
    finite = [_has_finite_verb(doc, *side) for side in (before, after)]
    if finite[0] != finite[1]:
        # "X is lagging by nine points, according to the poll average in New Hampshire,
        # despite winning …": the side that states something, whatever its length
        start, end = before if finite[0] else after
    else:
        start, end = before if before[1] - before[0] >= after[1] - after[0] else after
    span = trim(doc, start, end)
    if span is None:
        return None
    if any(c.span[0] <= tok.idx < c.span[1] for c in earlier) and not speaks_for_itself(speaker_tok):
        return None  # "according to preliminary data", inside the speaker's own words
    speaker = memory.resolve(read_speaker(speaker_tok, places), span)
    memory.remember(speaker, sent.start_char)
    return make_claim(speaker, "according to", "according to", span, sent, quotes,
                       (tok.idx, to.idx + len(to)))


def _loose_source(to: Token, sent: Span) -> list[Token]:
    """"…, according to the F.A.A." where the parser left the name unattached: the last
    word of the name that follows "to"."""
    doc = to.doc
    name = []
    for tok in doc[to.i + 1:min(to.i + 6, sent.end)]:
        if tok.pos_ in {"PROPN", "NOUN"} and not tok.is_space:
            name.append(tok)
        elif name or tok.pos_ not in {"DET", "PRON", "ADJ"}:
            break
    return name[-1:]


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    return any(t.tag_ in FINITE_TAGS for t in doc[start:end])


def _source_behind(obj: Token) -> Token:
    """"according to information provided by a source at X": the source, not the information."""
    if word_class(obj) in {"document", None} and obj.ent_type_ not in {"PERSON", "ORG"}:
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                makers = [t for t in child.children if t.dep_ == "pobj" and can_speak(t)]
                if makers:
                    return makers[0]  # "according to a statement from the army": the army
            if child.dep_ == "acl":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        objs = [t for t in agent.children if t.dep_ == "pobj"]
                        if objs:
                            return objs[0]
    return obj
