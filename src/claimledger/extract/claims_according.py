"""Attributions by a phrase, not a verb: "according to X", "in a survey released on
Monday" and "by the monitor's tally" (a document speaks), "in the governor's view" (its
possessor believes), "To the displaced in Tawila, …" (they hold the view): the source
speaks the side of the sentence that states something. With who speaks for itself inside
another speaker's words, which the verb-cue reader (claims.py) asks too."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.claims_asides import aside_content
from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_frames import frame_cue
from claimledger.extract.claims_inset import (
    before_participle_tail,
    clause_after_opener,
    hypothetical,
    paragraph_after_colon,
    predicate_phrase,
)
from claimledger.extract.claims_norms import norm_source
from claimledger.extract.claims_speaker import is_cue, speaker_head
from claimledger.extract.context import text_of
from claimledger.extract.speakers import can_speak, word_class
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
    if not objs or norm_source(objs[0]):
        return None  # "according to the Geneva Conventions": a norm states a rule, nobody speaks (claims_norms.py)
    if predicate_phrase(tok):
        return None  # '"It is according to the weather," said a farmer': what it is, no source (claims_inset.py)
    speaker_tok = _source_behind(objs[0])
    # "the town, which hosts 40,000 people according to the UN, …": the aside is the source's (claims_asides.py)
    aside = aside_content(tok, sent)
    phrase = (tok.i, _source_end(objs[0], max(tok.right_edge.i, objs[0].right_edge.i) + 1))
    # "…, because, according to the driver, the soldiers …": the clause the phrase opens (claims_inset.py)
    # "According to X, writing for Y:" closing its paragraph: the next paragraph (claims_inset.py)
    span = paragraph_after_colon(doc, sent, phrase) \
        or trim(doc, *(aside or clause_after_opener(doc, sent, phrase) or before_participle_tail(doc, sent, phrase)
                       or _stated_side(doc, sent, phrase)))
    if span is None:
        return None
    relayed = next((c for c in earlier if _relays(doc, span, c) and not hypothetical(doc, c)), None)
    if relayed is not None and (quoted(tok, quotes) or relayed.span[0] <= tok.idx < relayed.span[1]
                                and not (speaks_for_itself(speaker_tok) or can_speak(speaker_tok))):
        relayed = None  # '"… going according to plan"', "… according to the law": no source of the words
    if relayed is not None:
        # '"…," the mayor said, according to Ukrinform': the mayor's claim, as the agency relays
        # it; a content that ran on into the phrase ends before it
        if relayed.span[0] < tok.idx < relayed.span[1]:
            cut = text_of(doc)[relayed.span[0]:tok.idx].rstrip(" ,;:–—-")
            relayed.span, relayed.text = (relayed.span[0], relayed.span[0] + len(cut)), cut
        return None
    if any(c.span[0] <= tok.idx < c.span[1] for c in earlier) and not speaks_for_itself(speaker_tok):
        return None  # "according to preliminary data", inside the speaker's own words
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, "according to", "according to", span, sent, quotes,
                       (tok.idx, to.idx + len(to)))


def _source_end(source: Token, end: int) -> int:
    """Where the source's phrase ends: before a count the parser hung on it after a comma
    ("According to the county commissioner, 212 families, or about 780 people, left …":
    the families are the clause's subject, not more of the source)."""
    for child in source.rights:
        if child.dep_ in {"conj", "appos"} and child.i > 0 and child.doc[child.left_edge.i - 1].text == "," \
                and any(t.like_num for t in child.lefts):
            return min(end, child.left_edge.i - 1)
    return end


def _relays(doc: Doc, span: tuple[int, int], claim: Claim) -> bool:
    """Whether a source phrase's content is no more than another claim with its speaker and
    cue ('"…," the mayor said', 'the witness said the order was …'): the source relays that
    claim. A content that tells more ("the commander met his officers and told them …") is
    the source's own account."""
    if claim.cue_span is None or not (span[0] <= claim.cue_span[0] < span[1]):
        return False
    edges = [claim.span, claim.cue_span] + ([claim.speaker.span] if claim.speaker.span else [])
    start, end = min(e[0] for e in edges), max(e[1] for e in edges)
    # after the attribution, only when or where it was said ("said on Sunday", "told AFP")
    # before it, only the speaker's article or the opening quotation mark ("The army said …")
    text = text_of(doc)  # Doc.text joins every token on each read
    head, tail = text[span[0]:max(span[0], start)], text[end:span[1]]
    return len(head.split()) <= 1 and len(tail.split()) <= 4 and "," not in tail.strip(" ,")


def quoted(tok: Token, quotes) -> bool:
    """Whether a word stands inside a quotation: '"We made it clear that …," she said' is hers."""
    return any(qs <= tok.idx < qe for qs, qe in quotes)


# what opens a clause of its own after a source phrase
NEXT_CLAUSE = {"while", "and", "but", "whereas", "although", "though"}


def _stated_side(doc: Doc, sent: Span, phrase: tuple[int, int]) -> tuple[int, int]:
    """The tokens of the content around a source phrase: the larger side of the sentence, whatever the
    phrase was attached to by the parser, or the side that states something ("X is lagging
    by nine points, according to the poll average, despite winning …")."""
    before, after = (sent.start, phrase[0]), (phrase[1], sent.end)
    finite = [_has_finite_verb(doc, *side) for side in (before, after)]
    opener = next((t for t in doc[after[0]:after[1]] if not t.is_punct), None)
    if finite[0] and opener is not None and opener.lower_ in NEXT_CLAUSE:
        return before  # "…, according to the IOM, while aid agencies say …": the source's is the clause before
    if finite[0] != finite[1]:
        start, end = before if finite[0] else after
    else:
        start, end = before if before[1] - before[0] >= after[1] - after[0] else after
    return start, end


# what a source phrase may open with: "in a survey", "by the monitor's tally"
SOURCE_PREPOSITIONS = {"in", "by"}


# what measures a standing the phrase closes ("… in a CNN poll"); "a copy in his report" is where
MEASURES = frozenset({"poll", "survey", "polling", "tally", "count", "census"})


def _verb_of_phrase(tok: Token, obj: Token | None) -> Token | None:
    """The verb a source phrase tells of: the one it hangs on, or, for a poll or a tally
    closing the sentence that the parser hung on the verb's object ("held a 24-point lead among black
    voters in a CNN poll", "stood at 60 percent in a KIIS survey"), that object's verb."""
    head = tok.head
    if head.pos_ in {"VERB", "AUX"}:
        return head
    if obj is None or obj.lemma_.lower() not in MEASURES or head.pos_ not in {"NOUN", "NUM", "PROPN"} \
            or head.i > tok.i \
            or any(not t.is_punct for t in tok.doc[obj.right_edge.i + 1:tok.sent.end]):
        return None
    for _ in range(2):  # "lead" (dobj) -> "held"; "percent" (pobj) -> "at" -> "stood"
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            return head
    return None


def source_phrase(tok: Token, sent: Span, quotes, places, memory, earlier) -> Claim | None:
    """"In a survey released on Monday, 60 percent of respondents opposed …", "By the
    monitor's count, 41 people died", "In the envoy's view, the truce is holding": the
    document (cue_frames.tsv, kind "source") or the possessor of the view speaks the
    clause. Only where no other attribution of the sentence holds the phrase: "said in a
    statement" is the verb's."""
    if tok.lower_ not in SOURCE_PREPOSITIONS or tok.dep_ not in {"prep", "agent"}:
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    verb = _verb_of_phrase(tok, obj)
    if obj is None or verb is None or frame_cue(obj.lower_, "source") is None or is_cue(verb) or earlier \
            or quoted(tok, quotes):
        return None
    if obj.tag_ in {"NNS", "NNPS"} and not any(c.dep_ == "poss" for c in obj.children):
        return None  # "she leads in the polls", "in recent surveys": a standing, no one document's finding
    doc = tok.doc
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if word_class(obj) != "document" and word_class(obj.lemma_) != "document":
        if poss is None:
            return None  # "in the view", "in his words" need a holder: "in my view", "in the governor's view"
        speaker_tok = poss
    else:
        speaker_tok = _source_behind(obj)
    start, end = _stated_side(doc, sent, (tok.i, obj.right_edge.i + 1))
    span = trim(doc, start, end) if _has_finite_verb(doc, start, end) else None
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, tok.text, frame_cue(obj.lower_, "source") or "say", span, sent, quotes,
                      (tok.idx, tok.idx + len(tok)))


def held_view(tok: Token, sent: Span, quotes, places, memory, earlier) -> Claim | None:
    """"To the displaced families in Tawila, the ceasefire is only a word": a sentence
    opened by "To" and someone who can hold a view, set off by a comma, is that view."""
    doc = tok.doc
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if tok.lower_ != "to" or first is None or first.i != tok.i or earlier or quoted(tok, quotes):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or not (can_speak(obj) or obj.lower_ in VIEW_HOLDERS) \
            or obj.ent_type_ in {"DATE", "TIME", "LOC", "GPE", "FAC"} \
            or obj.pos_ == "PROPN" and obj.ent_type_ not in {"PERSON", "ORG", "NORP"}:
        return None  # "To Sittwe, the boats carried rice": where to, not who holds a view
    # the phrase ends at its comma (the parser may hang the clause's subject on the phrase)
    comma = next((t.i for t in doc[obj.i + 1:min(obj.i + 9, sent.end)] if t.text == ","), None)
    if comma is None:
        return None
    span = trim(doc, comma + 1, sent.end)
    if span is None or not _has_finite_verb(doc, comma + 1, sent.end):
        return None
    speaker = memory.speaker_at(obj, places, span, sent.start_char)
    return make_claim(speaker, tok.text, "believe", span, sent, quotes, (tok.idx, tok.idx + len(tok)))


def made_clear(tok: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"The ministry made it clear that no convoy would cross", "made clear that …": the
    verb "make" with "clear" reports the clause as plainly as "said" would."""
    if tok.lemma_.lower() != "make" or tok.pos_ != "VERB" or quoted(tok, quotes):
        return None
    clear = next((c for c in tok.children if c.lower_ == "clear" and c.i > tok.i), None)
    if clear is None:
        return None
    clause = next((c for c in [*tok.children, *clear.children] if c.i > clear.i and c.dep_ in {"ccomp", "advcl"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) \
        or next((c for c in tok.children if c.dep_ == "ccomp" and c.i > clear.i), None)
    speaker_tok = speaker_head(tok)
    if clause is None or speaker_tok is None or not can_speak(speaker_tok):
        return None
    doc = tok.doc
    span = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, doc[tok.i:clear.i + 1].text, "state", span, sent, quotes,
                      (tok.idx, clear.idx + len(clear)))


# pronouns that hold a view after "To": "To many, …", "To them, …"
VIEW_HOLDERS = {"many", "some", "others", "most", "him", "her", "them", "me", "us"}


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


# the speakers whose report of another's word is their own account of it, not a relay the page makes
PERSONAL_KINDS = frozenset({"person", "unnamed"})


def relayed_by_person(cue: Token, inside: list[Claim]) -> bool:
    """"Police spokesman X said the command had confirmed 12 deaths", "a doctor said the
    ministry had confirmed 30 deaths": a confirmation of a thing (the cue's object, no clause
    of its own) in the clause a person's cue reports is part of what that person says, not a
    claim of the body named in it. A speech reported whole ("the spokesman said the army had
    warned that …") keeps its own claim; so does an outlet's or a body's relay ("the agency
    reported that the governor said …")."""
    outer = {c.cue_span[0] for c in inside if c.cue_span is not None and c.speaker.kind in PERSONAL_KINDS}
    if not outer or any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return False
    token, hops = cue, 0
    while token.dep_ in {"ccomp", "conj"} and hops < 4:
        token, hops = token.head, hops + 1
        if token.idx in outer:
            return True
    return False
