"""Noun phrases and clauses read off the parse: the one place that decides which words
belong to a head word.

Four readings, for four questions: a speaker's phrase (:func:`noun_phrase`: its
modifiers, an apposition and "of/for/at …" attachments, "Colonel X, spokesperson for
Ukraine's Special Operations Forces"); a party's whole phrase as written
(:func:`subtree_text`); the words that tell an event (:func:`trigger_phrase`: the
trigger's clause with its subject for a verb, its own phrase for a noun); and a counted
noun with the words that say whose it is (:func:`noun_with_modifiers`: "Russia's
forces", with no number or determiner). spaCy's own
``noun_chunks`` stop before appositions and prepositional attachments, which is where
a speaker's title and body are written, hence the readings here.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import text_of, tokens_of

# Dependencies that end the modifiers of a counted noun, read leftwards: "the 300 Chadian troops".
_MODIFIER_STOPS = ("det", "predet", "nummod", "quantmod", "advmod", "cc", "punct", "prep")

# Modifiers that belong to the speaker's phrase; relative clauses and the like do not.
LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "quantmod", "advmod"}
RIGHT_PREPS = {"of", "for", "at", "from", "in", "with", "to"}
# The dependencies that make a word the subject (or "by" agent) of a verb.
SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
MAX_TRIGGER_PHRASE = 40  # tokens: a longer subtree is the parser gluing sentences together
MAX_SUBTREE_LEFT = 12  # tokens before the head: a longer left edge is a misparse


def noun_phrase(head: Token, max_left: int = 4) -> tuple[int, int]:
    """Token range [start, end) of the speaker's phrase: its modifiers on the left,
    an apposition and "of/for/at …" attachments on the right."""
    start = head.i
    # each label read once: every read of ``dep_`` or ``pos_`` looks its string up again
    head_pos = head.pos_
    for child in head.lefts:
        dep = child.dep_
        if dep in LEFT_DEPS and not (dep == "nummod" and head_pos == "PROPN"):
            start = min(start, child.left_edge.i)
    end = head.i + 1
    head_dep = None
    for child in head.rights:
        dep = child.dep_
        if dep == "appos" or (dep == "prep" and child.lower_ in RIGHT_PREPS):
            end = max(end, child.right_edge.i + 1)
        elif dep in {"compound", "flat", "nummod"}:
            end = max(end, child.i + 1)
        elif dep == (head_dep := head_dep or head.dep_) and child.pos_ == "PROPN" and child.left_edge.i == end:
            end = child.i + 1  # "the state news agency IRNA", parsed as two subjects
        elif not child.is_punct:
            break
    tokens = tokens_of(head.doc)  # ``doc[i]`` makes a new Token on each call
    if head_pos == "NOUN":
        # a described speaker has few modifiers ("Ukraine's military intelligence agency");
        # a longer run is the parser gluing the clause before it onto the speaker, as
        # in comma-less copy: "… coalition operation security sources said"
        start = max(start, head.i - max_left)
        # nor does it run over a conjunction or an "-led"/"-backed" compound
        for tok in reversed(tokens[start:head.i]):
            if tok.lower_ in {"and", "or", "led", "backed", "(", ")"}:
                start = tok.i + 1
                break
    while end > start + 1 and tokens[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (tokens[start].is_punct or tokens[start].lower_ in {"the", "and"}):
        start += 1
    return start, end


def subtree_text(tok: Token) -> str:
    """The word's whole phrase as written ("the Russian troops in Kursk"), or the word
    alone when the phrase starts implausibly far before it."""
    left = tok.left_edge.i
    if tok.i - left < MAX_SUBTREE_LEFT:
        # the report's text read once: Span.text joins its tokens anew on each call
        right = tok.right_edge
        return text_of(tok.doc)[tokens_of(tok.doc)[left].idx:right.idx + len(right)]
    return tok.text


def trigger_phrase(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the words that tell an event: the trigger's clause
    with its subject for a verb, its phrase for a noun; no punctuation at the end."""
    if tok.pos_ == "VERB":
        left = min([c.left_edge.i for c in tok.children if c.dep_ in SUBJECT_DEPS] + [tok.i])
        right = tok.right_edge.i + 1
    else:
        left, right = tok.left_edge.i, tok.right_edge.i + 1
    right = min(right, left + MAX_TRIGGER_PHRASE)
    tokens = tokens_of(tok.doc)
    while right > left + 1 and tokens[right - 1].is_punct:
        right -= 1
    return left, right


def noun_with_modifiers(noun: Token, after: int = -1) -> list[Token]:
    """The noun with the modifiers right before it ("Chadian troops", "pro-government
    fighters", "Russia's forces"): no determiners, numbers or hedges, nothing at or
    before token ``after``."""
    tokens = tokens_of(noun.doc)
    out = [noun]
    k = noun.i - 1
    left = noun.left_edge.i  # no word before the subtree's left edge is in it
    while k > after and k >= left and _under(noun, tokens[k]):
        t = tokens[k]
        if t.like_num or (t.dep_ in _MODIFIER_STOPS and t.text != "-"):
            break
        out.insert(0, t)
        k -= 1
    return out


def _under(top: Token, tok: Token) -> bool:
    """Whether ``tok`` is in ``top``'s subtree (``top`` or below it): its heads walked up, where
    the words before a noun are one or two steps below it (``Token.subtree`` walks the whole
    phrase, a Token made for each word)."""
    i, root = top.i, tok.i
    for _ in range(len(tok.doc)):
        if root == i:
            return True
        head = tok.head
        if head.i == root:
            return False
        tok, root = head, head.i
    return False
