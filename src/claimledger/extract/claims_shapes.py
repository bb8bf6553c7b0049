"""Sentence shapes around a reporting verb that change what it reports.

* a cue set off by commas inside the clause it reports ("In Tawila, he said, the wells
  are dry"): the whole clause, around the cue, is the content;
* a cue inside a relative clause whose relative pronoun is the subject of what is said
  ("the strike, which it said had killed eleven civilians"): an attribution of its own,
  even inside another speaker's claim;
* a quotation opened right after a colon that closes a named speaker's phrase ("More
  from the envoy: “…”"), in a sentence no cue attributes;
* a claim whose cue lies inside what the same speaker is said to say ("Recently, he
  said, he has realized that …"), or that repeats the same quotation: no claim of its own;
* "what X said" named around its own cue ("watch what he said this week"): no content.

The claims stage (claims.py) asks these while it reads a verb cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.claims_build import make_claim
from claimledger.extract.context import context_of, text_of, tokens_of
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

SET_OFF_MARKS = {",", "—", "–"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


def set_off_inside(cue: Token) -> bool:
    """Whether the cue and its subject stand between commas or dashes inside the clause
    it hangs on, which goes on after them ("The road, the army said on Monday, is open")."""
    if cue.dep_ != "parataxis" or cue.head.i < cue.i:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return False
    doc, start = cue.doc, subject.left_edge.i
    # the cue's own right-hand words ("said on Monday"), not the comma the parser hangs on it
    end = max([c.right_edge.i for c in cue.rights if not c.is_punct] + [cue.i]) + 1
    return cue.sent.start < start and doc[start - 1].text in SET_OFF_MARKS \
        and end < cue.sent.end and doc[end].text in SET_OFF_MARKS


def relative_report(cue: Token) -> bool:
    """"…, which he said had killed eleven civilians", "a commander who the army says is
    tied to the network": a relative clause whose pronoun is the subject of the clause the
    cue reports. What it reports is said by the cue's subject, whoever's words hold it."""
    if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in RELATIVE_PRONOUNS and g.i < cue.i for g in c.children)
        for c in cue.children)


def colon_quote(sent: Span, quotes, places, memory) -> Claim | None:
    """"More from the UN envoy: “…”", "Here is the governor on Monday: “…”": a quotation
    opened right after a colon that closes a named speaker's phrase, in a sentence no cue
    attributes, is that speaker's. Only a named or speaking head within a few words of
    the colon ("Her message to the militia: “…”" names no one who can speak)."""
    doc, text = sent.doc, text_of(sent.doc)
    for qs, qe in quotes:
        if not sent.start_char < qs < sent.end_char or qe - qs < 8:
            continue
        before = text[sent.start_char:qs].rstrip(" \t\"“‘'")  # the pair's span starts inside its marks
        if not before.endswith(":"):
            continue
        colon = doc.char_span(sent.start_char + len(before) - 1, sent.start_char + len(before),
                              alignment_mode="expand")
        if colon is None or colon.start - sent.start < 1:
            continue
        for tok in reversed(doc[max(sent.start, colon.start - 6):colon.start]):
            if tok.ent_type_ in {"DATE", "TIME"} or tok.is_punct:
                continue
            if tok.pos_ in {"VERB", "AUX"}:
                break  # "Trump went even further:" is for the verb cue to read
            first = tok.i
            while first > sent.start and doc[first - 1].pos_ == "PROPN":
                first -= 1
            if first == sent.start:
                break  # "Jane Doe: “…”" opening a line is a digest's or a transcript's label, read elsewhere
            if tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", "ORG"} or tok.pos_ in {"NOUN", "PROPN"} \
                    and can_speak(tok):
                span = (qs, qe)
                speaker = memory.speaker_at(tok, places, span, sent.start_char)
                return make_claim(speaker, ":", "say", span, sent, quotes,
                                  (colon[0].idx, colon[0].idx + 1))
    return None


def said_within(claim: Claim, claims: list[Claim], doc: Doc) -> bool:
    """Whether the claim, cue and all, lies inside what the same speaker is reported to
    say or to hold: "Recently, he said, he has realized that …" and "has sought to portray
    the strike as an accident" are one claim each, not a second "realized" or "portray"
    one; a duplicate of a quotation that differs only by its closing comma is none either.
    A relative report ("…, which he said was false") is a statement of its own."""
    cue = claim.cue_span or claim.span
    words = bare(claim.text)
    for o in claims:
        if o is claim:
            break  # a repeat is the later of the two
        if o.speaker.name == claim.speaker.name and bare(o.text) == words and o.span[0] <= claim.span[0]:
            return True
    if claim.cue_span is not None and relative_report(tokens_of(doc)[context_of(doc).token_at(cue[0])]):
        return False
    return any(o is not claim and o.speaker.name == claim.speaker.name and o.span != claim.span
               and o.span[0] <= min(cue[0], claim.span[0]) and max(cue[1], claim.span[1]) <= o.span[1]
               for o in claims)


def bare(text: str) -> str:
    return text.strip(" \t\n,.;:'\"“”‘’")


def what_was_said(cue: Token, span: tuple[int, int]) -> bool:
    """Whether the content is only "what X said" around the cue itself ("watch what he
    said this week", "contrary to what Moscow claims"): the words are named, not told.
    "What the army did, the minister said, was a crime" goes on past the cue, and "what
    the general called 'a tactical pause'" or "what it says about the war" tell what."""
    doc = cue.doc
    if not (span[0] <= cue.idx <= span[1] + 1) or text_of(doc)[span[0]:span[0] + 5].lower() != "what ":
        return False
    # nothing of its own after the cue but when it was said ("this week"): no label, no topic;
    # the words run in text order, so the first one past the content ends the look
    for t in tokens_of(doc)[cue.i + 1:]:
        if t.idx >= span[1]:
            return True
        if not (t.is_punct or t.pos_ in {"ADV", "PART"} or t.ent_type_ in {"DATE", "TIME"}):
            return False
    return True
