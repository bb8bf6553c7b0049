"""A move of forces announced or agreed, told in the future: an event, though not yet done.

"Under the deal, army units will pull back from three districts", "the minister said 1,500
more soldiers would be sent to Guayaquil next week": a government's announced deployment
and a withdrawal an agreement binds a side to are what a ledger of who claims what records
(as possible, not yet asserted), unlike a vow, a threat, a plan or a condition
(events_unreal.py), which stay unsaid. Committed means: the trigger itself is a deploy or
withdraw verb under "will"/"would"/"shall", in a clause that is the sentence's own or what
someone said or announced, with no condition on it, and either an agreement in the sentence
("under the deal", "the accord provides that") or the force counted ("1,500 more soldiers",
"two battalions"), which a plan only voiced does not give.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists

_WORDS = word_lists("unreal_words.tsv")
FUTURE = _WORDS["future_aux"] | _WORDS["reported_future_aux"]
CONDITIONS = _WORDS["condition_mark"]
# verbs that tell what was said or decided, under which a future move is announced
ANNOUNCING = {"say", "announce", "confirm", "add", "state", "tell", "declare", "decide", "order", "note",
              "indicate", "explain", "stress", "agree", "provide", "stipulate", "specify"}
# nouns of an agreement whose terms bind a side to a move
AGREEMENTS = {"deal", "agreement", "accord", "accords", "ceasefire", "cease-fire", "truce", "pact", "treaty",
              "arrangement", "memorandum", "roadmap"}
MOVES = {"deploy", "withdraw"}


def committed_move(tok: Token, kind: str) -> bool:
    """Whether a future deploy or withdraw is announced or agreed (see the module's docstring)."""
    if kind not in MOVES or tok.pos_ != "VERB":
        return False
    auxes = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
    if not auxes & FUTURE or any(c.dep_ == "neg" for c in tok.children):
        return False
    if _conditioned(tok) or not _own_or_announced(tok):
        return False
    return _agreed(tok) or _counted(tok)


def _conditioned(tok: Token) -> bool:
    """ "would withdraw from Goma if talks resumed", "if the army withdraws": under a condition."""
    for node in (tok, *[c for c in tok.children if c.dep_ == "advcl"]):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
            return True
    return False


def _own_or_announced(tok: Token) -> bool:
    """Whether the future clause stands on its own or is what a speaker said or announced
    (not what someone warned, feared, hoped or threatened)."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "army units will pull back ..., and the guerrillas will withdraw"
    if node.dep_ == "ROOT":
        return True
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in ANNOUNCING


def _agreed(tok: Token) -> bool:
    """Whether the sentence names an agreement binding the move ("Under the deal, ...")."""
    return any(w.lower_ in AGREEMENTS for w in tok.sent)


def _counted(tok: Token) -> bool:
    """Whether the force that moves is counted ("1,500 additional soldiers would be deployed",
    "will deploy two battalions"): the figures of an announcement, not a bare intention."""
    movers = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj", "nsubj"}]
    return any(w.dep_ == "nummod" or w.like_num for c in movers for w in c.subtree if w.i < c.i or w.head.i == c.i)
