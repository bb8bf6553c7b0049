"""Attributions set inside a clause, and attributions left standing on their own.

Three shapes the parse alone reads wrong (h129, issue 8):

* a source phrase right after a word that opens a clause: "The convoy turned back, because,
  according to the driver, the soldiers would have seized the fuel." The driver tells why
  (the clause the phrase sits in, after it), not that the convoy turned back;
* a quotation closed with a full stop before a sentence that only attributes it:
  '"We will not retreat from the city." the commander said.' (a comma typed as a stop,
  common in fast wire copy and transcripts): the quotation is what was said;
* a wh-word or "that" after a cue opens the cue's own clause ("… shows how weak the army has
  become"): a subject inside that clause is not a speaker standing after the cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.context import context_of, text_of
from claimledger.model import Claim

# words that open a clause of their own: a source phrase right after one of them attributes
# the clause it opens. Not "if", "unless", "when", "after": a condition or a time is no
# statement of the source's.
CLAUSE_OPENERS = frozenset({"because", "since", "but", "although", "though", "while", "whereas", "and", "yet",
                            "so", "as"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def clause_after_opener(doc: Doc, sent: Span, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The tokens after a source phrase (``phrase`` is its token range) when a clause opener
    stands right before it and there is a statement before the opener too ("X happened, but,
    according to Y, Z"): Y's claim is Z. A sentence-initial "But according to Y, Z" already
    reads Z (nothing stated before the phrase)."""
    i = phrase[0] - 1
    while i >= sent.start and doc[i].is_punct:
        i -= 1
    if i <= sent.start or doc[i].lower_ not in CLAUSE_OPENERS:
        return None
    if not any(t.tag_ in FINITE_TAGS for t in doc[sent.start:i]):
        return None  # "But, according to the UN, …" after a bare opener: the ordinary reading
    after = (phrase[1], sent.end)
    while after[0] < after[1] and doc[after[0]].is_punct:
        after = (after[0] + 1, after[1])
    if not any(t.tag_ in FINITE_TAGS for t in doc[after[0]:after[1]]):
        return None  # "…, and according to the UN." : nothing stated after the phrase
    return after


# what may follow a closing cue in a sentence that only attributes: "the commander said
# on Sunday.", "Okello added later."
_BARE_TAIL_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "PUNCT", "SPACE", "ADJ", "PART"})
MAX_BARE_TOKENS = 12


def bare_attribution(sent: Span, cue: Token) -> bool:
    """Whether ``sent`` is no more than a speaker, the cue and when or where it was said
    ('The commander said.', 'Okello added on Sunday.'), on the line the quotation before it
    closes: a paragraph of its own ('Costa reported from Washington.') is a byline."""
    words = [t for t in sent if not t.is_space]
    if len(words) > MAX_BARE_TOKENS or not words or words[-1].text != ".":
        return False
    text = text_of(sent.doc)  # Doc.text joins every token on each read
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if not text[line_start:sent.start_char].strip():
        return False
    tail = sent.doc[cue.i + 1:sent.end]
    return all(t.pos_ in _BARE_TAIL_POS for t in tail) and not any(
        c.dep_ in {"ccomp", "xcomp", "dobj"} for c in cue.children)


# words after a cue that open the cue's own clause: a subject after them is that clause's
CLAUSE_WORDS = frozenset({"how", "why", "what", "whether", "when", "where", "who", "which", "that", "if"})


def opens_own_clause(tok: Token) -> bool:
    """'… explain why the army …', '… shows how weak the army has become': ``tok`` opens
    the clause the cue reports; no speaker stands after it."""
    return tok.lower_ in CLAUSE_WORDS and tok.tag_ in {"WRB", "WP", "WDT", "IN"}


MODALS = frozenset({"would", "could", "might", "may", "should"})


def hypothetical(doc: Doc, claim: Claim) -> bool:
    """Whether a claim's cue is put as what someone would say ("the troops would call him
    a coward if he stayed away"): nobody said it, so a source phrase around it does not
    relay it ("…, because, according to the general, the troops would call him …" is the
    general's claim)."""
    if claim.cue_span is None:
        return False
    span = doc.char_span(*claim.cue_span, alignment_mode="expand")
    return span is not None and any(c.dep_ == "aux" and c.lower_ in MODALS for t in span for c in t.children)


def predicate_phrase(tok: Token) -> bool:
    """'"It is according to the weather," said a farmer': "according to" as what something
    is (the predicate of "be" with no other complement) names no source."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() != "be" or tok.dep_ != "prep" or head.dep_ in {"aux", "auxpass"}:
        return False  # "X is once again leading, according to …": the parser hangs the phrase on the auxiliary
    # nothing else said of the subject: "The pilot had been with the airline since 2004,
    # according to …" states where he had been
    return all(c.i == tok.i or c.dep_ in {"nsubj", "expl", "aux", "neg", "punct"} for c in head.children)


def paragraph_after_colon(doc: Doc, sent: Span, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """'According to Amal Haddad, writing for An-Nahar:' closing its paragraph with nothing
    stated (only who the source is): what the source says is the next paragraph, often a
    quoted block, as after "The ministry said in a statement:". Character offsets."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != ":" or any(t.tag_ in FINITE_TAGS for t in sent):
        return None
    if phrase[0] > sent.start and any(not t.is_punct for t in doc[sent.start:phrase[0]]):
        return None  # the phrase must open the sentence
    ctx = context_of(doc)
    text = ctx.text
    if "\n" in text[words[0].idx:words[-1].idx]:
        return None
    _, end = ctx.paragraph(words[-1].idx)
    following = next((p for p in ctx.paragraphs if p[0] > end), None)
    if following is None or ctx.is_debris(*following) or "\n\n\n" in text[end:following[0]]:
        return None
    piece = text[following[0]:following[1]]
    start = following[0] + len(piece) - len(piece.lstrip(" \t\"“'"))
    stop = following[0] + len(piece.rstrip(" \t\"”'.,;"))
    return (start, stop) if stop > start else None


def before_participle_tail(doc: Doc, sent: Span, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """'The army retook the village, according to the ministry, opening the road to the city
    that had been cut for months': a participle after the phrase that hangs on the clause
    before it tells what followed (the writer's gloss); the source's claim is that clause,
    however long the tail. Token range."""
    if phrase[0] <= sent.start or not any(
            t.tag_ in FINITE_TAGS or t.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECT_DEPS for c in t.children)
            for t in doc[sent.start:phrase[0]]):
        return None  # the clause before must state something (the tagger may read "retook" as a base form)
    first = next((t for t in doc[phrase[1]:sent.end] if not t.is_punct and not t.is_space), None)
    if first is None or not sent.start <= first.head.i < phrase[0]:
        return None
    # "…, according to the ministry, including nine children": who they were, still the clause before
    if first.tag_ in {"VBG", "VBN"} and first.dep_ in {"advcl", "xcomp", "conj"} \
            or first.lower_ == "including" and first.dep_ == "prep":
        return sent.start, phrase[0]
    return None
