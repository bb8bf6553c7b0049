"""A cue set off by commas whose subject the small model folded into one noun phrase with it
("…, army records show, and …"): where its content lies. Asked by claims_content.content_span and by
claims_frames.verb_read_as_noun (the same shape with the cue tagged as a noun)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import trim

SUBJECTS = {"nsubj", "nsubjpass"}

SET_OFF = {",", "—", "–"}
# what the small model folds into a subject it reads as the cue's compound ("UN hospital records show")
FOLDED_PARTS = {"compound", "amod", "det", "nmod", "poss", "nummod"}


def folded_subject_aside(cue: Token, sent: Span, speaker: Token | None) -> tuple[int, int] | None:
    """"The battalion lost 120 men, army records show, and …", "During that month, hospital
    records show, the clinic treated 216 wounded": the small model may fold the subject of a
    cue set off by commas into one noun phrase with it ("records show" as a compound) and hang
    the cue anywhere. The speaker right before the cue, opened by a comma, the cue closed by a
    comma or the sentence's end, with nothing of its own: the cue vouches for the clause around
    it, the clause before it when that has a subject of its own, else the whole sentence."""
    doc = cue.doc
    if speaker is None or speaker.i != cue.i - 1 or speaker.head.i != cue.i or speaker.dep_ not in FOLDED_PARTS \
            or any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "prep"} for c in cue.children):
        return None
    start = speaker.i
    while start - 1 > sent.start and doc[start - 1].dep_ in FOLDED_PARTS \
            and doc[start - 1].head.i in {speaker.i, cue.i, start}:
        start -= 1  # "UN records", "F.A.A. records": the phrase opens on its first modifier
    closed = cue.i + 1 >= sent.end or doc[cue.i + 1].is_punct and cue.i + 2 >= sent.end
    if start - sent.start < 3 or doc[start - 1].text not in SET_OFF or not (closed or doc[cue.i + 1].text in SET_OFF):
        return None
    # a subject whose verb is before the aside too: "The ferry, records show, sank …" goes on after it
    before = [t for t in doc[sent.start:start - 1] if t.dep_ in SUBJECTS | {"expl", "csubj"}
              and sent.start <= t.head.i < start - 1]
    if closed or before:
        return trim(doc, sent.start, start - 1)  # "…, records show." / "X did Y, records show, and …"
    return trim(doc, sent.start, sent.end)  # "During that month, records show, the clinic …": the clause around it
