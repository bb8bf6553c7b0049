"""Content before a closing attribution that the parse lost: "Aid is not reaching the
north, the agency said, warning famine could spread within weeks." When a participle
follows the attribution with a bare clause (no "that"), the small model hangs that clause
on the first cue as its complement, so the cue's content becomes what was warned (or the
whole sentence, attribution and all) and the lead is nobody's. The lead is what the cue
says; the participle ("warning", "adding", "insisting") is a second cue of the same
speaker with the clause after it. Asked by claims.find_claims per sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_closing import SUBORDINATORS
from claimledger.extract.claims_speaker import is_cue
from claimledger.extract.context import context_of, tokens_of
from claimledger.extract.cues import cue_table, cues_with
from claimledger.model import Claim

MIN_LEAD_WORDS = 3
# words a speaker's phrase may open with before the name the claim stage took ("the", "army chief")
MAX_SPEAKER_LEAD = 5
# when, where, to whom it was said, between the cue and its comma ("told AFP by telephone on Monday")
MAX_TAIL_WORDS = 8
QUOTE_MARKS = {'"', "“", "”"}


def lead_before_attribution(sent: Span, quotes, found: list[Claim]) -> list[Claim]:
    """The sentence's claims with a lost lead restored to its closing cue, and the
    participle after the attribution made a claim of its own."""
    text = context_of(sent.doc).text
    tokens = tokens_of(sent.doc)
    out = list(found)
    for k, claim in enumerate(found):
        if claim.cue_span is None or claim.speaker.span is None:
            continue
        cue = next((t for t in tokens[sent.start:sent.end] if t.idx == claim.cue_span[0]), None)
        speaker_start = claim.speaker.span[0]
        if cue is None or cue.lemma_.lower() not in cues_with("closing") or not sent.start_char < speaker_start:
            continue
        if not (claim.span[0] < speaker_start < claim.span[1] or claim.span[0] >= claim.cue_span[1]):
            continue  # the content is the lead already, or lies elsewhere
        if not _closes(cue, sent, tokens):
            continue  # "…, the army said troops had withdrawn": the cue's own clause follows it
        participle = _participle_after(cue, sent, tokens, text)
        if participle is None:
            continue  # "What the army did, the minister said, was a crime": one clause around the cue
        lead = _lead(sent, tokens, speaker_start, text)
        if lead is None or any(o is not claim and o.span[0] <= lead[0] < o.span[1] for o in found):
            continue
        out[k] = make_claim(claim.speaker, claim.cue, cue.lemma_.lower(), lead, sent, quotes, claim.cue_span)
        out[k].id = claim.id
        if not any(o.cue_span and o.cue_span[0] == participle[0].idx for o in found):
            word, span = participle
            out.append(make_claim(claim.speaker, word.text, _participle_cue(word) or word.lemma_.lower(), span, sent,
                                  quotes,
                                  (word.idx, word.idx + len(word))))
    return sorted(out, key=lambda c: c.span[0])


def _closes(cue: Token, sent: Span, tokens) -> bool:
    """Whether the cue closes its attribution: only when, where or to whom it was said
    follows it before a comma ("said today,", "told state television on Monday,")."""
    for tok in tokens[cue.i + 1:sent.end]:
        if tok.text == ",":
            return tok.i - cue.i - 1 <= MAX_TAIL_WORDS
        if tok.pos_ in {"VERB", "AUX", "SCONJ"} or tok.lower_ == "that" or tok.text in QUOTE_MARKS:
            return False
    return False


def _lead(sent: Span, tokens, speaker_start: int, text: str) -> tuple[int, int] | None:
    """The words before the attribution, when they end on a comma and state something."""
    before = text[sent.start_char:speaker_start]
    comma = before.rfind(",")
    # between the lead's comma and the speaker's name, only its article or title ("the", "Sudan's army chief")
    if comma < 0 or len(before[comma + 1:].split()) > MAX_SPEAKER_LEAD or any(m in before[comma + 1:] for m in "\"“”"):
        return None
    end = sent.start_char + comma
    words = [t for t in tokens[sent.start:sent.end] if t.idx < end]
    if words and words[0].lower_ in SUBORDINATORS:
        return None  # "As fighting raged in the north, the army said, …": when, not what
    if len([t for t in words if not t.is_punct]) < MIN_LEAD_WORDS \
            or not any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} or t.tag_ == "VBN" and any(
                c.dep_ == "auxpass" for c in t.children) for t in words):
        return None  # "Speaking in Geneva, the envoy said …": a frame, no statement
    return trim(sent.doc, words[0].i, words[-1].i + 1)


def _participle_after(cue: Token, sent: Span, tokens, text: str) -> tuple[Token, tuple[int, int]] | None:
    """A cue's participle after a comma that follows the attribution ("…, warning famine
    could spread"), with the words it says."""
    for tok in tokens[cue.i + 1:sent.end]:
        lemma = _participle_cue(tok)
        if lemma is None:
            continue
        if tokens[tok.i - 1].text != ",":
            return None
        rest = [t for t in tokens[tok.i + 1:sent.end]]
        if rest and rest[0].lower_ == "that":
            rest = rest[1:]
        span = trim(sent.doc, rest[0].i, rest[-1].i + 1) if rest else None
        if span is None or len(text[span[0]:span[1]].split()) < MIN_LEAD_WORDS:
            return None
        return tok, span
    return None


def _participle_cue(tok: Token) -> str | None:
    """The cue a participle is ("warning", "adding", "noting"), also when the small model
    tags it a noun ("…, warning famine could spread")."""
    if tok.tag_ == "VBG" and is_cue(tok):
        return tok.lemma_.lower()
    word = tok.lower_
    if not word.endswith("ing") or tok.pos_ not in {"NOUN", "VERB"}:
        return None
    stem = word[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if lemma and lemma in cue_table():
            return lemma
    return None
