"""Where the content of a closing attribution lies: "… were killed, the army said"
(the clause before the speaker), "This campaign, he says, is different" (the clause
around a cue set off by commas), "said in a report released on Thursday that …" (a
"that" clause the parser hung further on), "The ministry said in a statement:" (the next
paragraph); and where such a content must end (before the speaker's own phrase). Asked
by the content reader, claims_content.content_span."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.claims_build import trim
from claimledger.extract.claims_shapes import set_off_inside
from claimledger.extract.claims_speaker import is_cue
from claimledger.extract.context import context_of
from claimledger.extract.cues import cues_with
from claimledger.extract.speakers import noun_phrase, word_class

SUBJECTS = {"nsubj", "nsubjpass"}
# Clauses opened by these say when or why, not what: "after the senator withdrew", "because …"
SUBORDINATORS = {"after", "before", "because", "since", "when", "whenever", "while", "although", "though", "if",
                 "unless", "until", "as", "once", "whereas"}


def next_paragraph(cue: Token, sent: Span) -> tuple[int, int] | None:
    """"The ministry said in a statement:" closing its paragraph introduces the next
    one, often a quoted block: that paragraph is the content (cut to a claim's length
    when it is made)."""
    ctx = context_of(sent.doc)
    tail = ctx.text[cue.idx:sent.end_char].rstrip()
    if cue.lemma_.lower() not in cues_with("closing") or not tail.endswith(":") or "\n" in tail:
        return None
    _, end = ctx.paragraph(cue.idx)
    following = next((p for p in ctx.paragraphs if p[0] > end), None)
    if following is None or ctx.is_debris(*following) or "\n\n\n" in ctx.text[end:following[0]]:
        return None
    piece = ctx.text[following[0]:following[1]]
    start = following[0] + len(piece) - len(piece.lstrip(" \t\"“'"))
    stop = following[0] + len(piece.rstrip(" \t\"”'.,;"))
    return (start, stop) if stop > start else None


def speech_head(cue: Token) -> Token | None:
    """The verb a speech cue hangs on ("… were killed, the army said"; "This campaign,
    he says, is different"), or None."""
    head = cue.head
    if head.pos_ not in {"VERB", "AUX"} or head.i == cue.i or any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in SUBORDINATORS - {"as"} for c in cue.children):
        return None  # "When Freddy joked with his friend, his brother left": a circumstance ("As X said, …" is not)
    if cue.tag_ == "VBG" and cue.dep_ in {"advcl", "conj"} \
            and not any(c.dep_ in SUBJECTS | {"agent"} for c in cue.children):
        return None  # "X gave it a try, tweeting the following:": the participle shares X, not X's clause
    if cue.lemma_.lower() in cues_with("closing") and cue.dep_ in {"conj", "ccomp", "advcl", "parataxis"} \
            and not (cue.dep_ == "ccomp" and any(c.dep_ == "dobj" for c in cue.children)):
        return head  # not "Soldiers found weapons …, the army said": a cue with an object of its own is reported
    if cue.dep_ == "parataxis" and _set_off(cue):
        return head  # "Such a truce, they believe, will not hold": any cue set off by commas
    children = list(cue.children)  # read once: each pass over Token.children makes new Tokens
    if cue.dep_ == "advcl" and cue.i < head.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in children) \
            and any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ in {"dobj", "ccomp"} for c in children) \
            and (cue.left_edge.i == cue.sent.start or cue.doc[cue.left_edge.i - 1].is_punct):
        # opening the sentence or set off: not "news as we know it is safe"
        return head  # "As satellite images show, the base was hit": any cue opening with "as" vouches for the clause
    return None


def runs_on_past(cue: Token, head: Token) -> bool:
    """Whether the clause a set-off cue hangs on goes on after it ("It is his job, he said,
    to brief Congress"): what is said is all of that clause, on both sides of the cue."""
    if cue.dep_ != "parataxis" or head.i > cue.i or not _set_off(cue):
        return False
    last = max(t.i for t in cue.subtree)
    rest = [t for t in head.subtree if t.i > last]
    # "…, the ministry said, and 60 migrants were stranded" / "…, while aid agencies say …": a clause
    # of its own after the cue is the writer's next fact or another speaker's, not more of this one
    return len([t for t in rest if not t.is_punct]) > 0 and not any(
        t.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} or is_cue(t) for t in rest)


def _set_off(cue: Token) -> bool:
    """Whether a cue and its subject stand between commas or dashes inside a sentence."""
    doc = cue.doc
    words = [t.i for t in cue.subtree if not t.is_punct]
    start, end = words[0], words[-1]
    marks = {",", "—", "–"}
    return start > 0 and doc[start - 1].text in marks and end + 1 < len(doc) and doc[end + 1].text in marks \
        and any(c.dep_ == "nsubj" for c in cue.children)


def before_final_attribution(cue: Token, sent: Span, speaker: Token | None) -> tuple[int, int] | None:
    """"…, regional governor Oleh Kiper said on Tuesday." where the parse lost the clause:
    a speech cue whose speaker stands right before it, after a comma, reports what
    precedes that comma."""
    if speaker is None or cue.lemma_.lower() not in cues_with("closing") or speaker.i > cue.i \
            or set_off_inside(cue) or own_object(cue):
        return None  # "In Tawila, he said, the wells are dry": the whole sentence, not its opening
    start, _ = noun_phrase(speaker)
    doc = cue.doc
    while start > sent.start and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == speaker.i:
        start -= 1  # "…, the command post announced": the phrase opens on its article
    if start - sent.start < 4 or not doc[start - 1].is_punct or doc[start - 1].text not in {",", "—", "–"}:
        return None
    return trim(doc, sent.start, start - 1)


def stray_clause(cue: Token) -> Token | None:
    """"said in a report released on Thursday that …": the small model hangs the "that"
    clause on the nearest verb; it is still the cue's content."""
    for tok in cue.subtree:
        if tok.i > cue.i and tok.dep_ in {"ccomp", "acl", "relcl"} and tok.head.i != cue.i and not is_cue(tok.head) \
                and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "that" and c.i < tok.i for c in tok.children):
            return tok
    return None


def before_speaker(doc: Doc, start: int, end: int, speaker: Token | None) -> tuple[int, int] | None:
    """Content that runs into the speaker's own phrase ends where the speaker begins."""
    if speaker is not None:
        sp_start, _ = noun_phrase(speaker, 4 if speaker.head.i >= end or speaker.dep_ == "pobj" else 1)
        if start < sp_start < end:
            end = sp_start
    return trim(doc, start, end)


def own_object(cue: Token) -> bool:
    """Whether a cue has an object of its own that is not whom it was said to ("found
    himself in …", "found a way"), so that it reports no clause before it; "…, he told
    reporters" still closes one."""
    return any(c.dep_ == "dobj" and not addressee(c) for c in cue.children)


def addressee(obj: Token) -> bool:
    """Whether an object is someone a question is put to: a person, a body, a role."""
    return obj.lower_ in {"him", "her", "them", "me", "us", "you"} or obj.ent_type_ in {"PERSON", "ORG", "NORP"} \
        or word_class(obj) in {"role", "title", "organization"} or obj.lemma_.lower() in GATHERINGS


# gatherings one tells things to: "told the president's morning news conference", "told a briefing"
GATHERINGS = frozenset({"conference", "briefing", "meeting", "session", "rally", "gathering", "summit", "forum",
                        "hearing", "audience", "crowd", "parliament", "assembly", "congregation"})
