"""A single person harmed, told with an article: "a soldier was killed", "killing a
policeman", "an aid worker was abducted". No number is written, so the number reader
finds none, but the sentence counts one person, as "one soldier" would.

Only people whose fate the predicate tells (killed, wounded, captured, missing) are
counted: "a soldier said", "a man in Goma" count no one."""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from claimledger.extract.figures.meanings import fate_of, noun_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.roles import role_meaning
from claimledger.extract.figures.words import HARMS, PEOPLE_KINDS
from claimledger.extract.numbers import Number

ARTICLES = ("a", "an")
_ARTICLE_IDS = tuple(get_string_id(a) for a in ARTICLES)  # the vocabulary's ids of their strings
COUNTED_ROLES = ("nsubjpass", "nsubj", "dobj", "obj")
PART_MARKS = ("among", "including", "whom", "which")


def article_counts(view: FiguresView) -> list[Number]:
    """One count per "a"/"an" before a person the sentence says was harmed."""
    found = []
    tokens = view.report.tokens  # the report's Token objects: iterating the Doc makes new ones
    # the articles' places, read from the lower forms' ids in one C-level pass (each token's
    # ``lower_`` would decode a string from the vocabulary: a few in a hundred tokens are articles)
    lowers = view.report.doc.to_array(LOWER)
    at = numpy.flatnonzero((lowers == _ARTICLE_IDS[0]) | (lowers == _ARTICLE_IDS[1])).tolist()
    for i in at:
        tok = tokens[i]
        if tok.dep_ != "det":
            continue
        noun = tok.head
        # "two officers and a conscript were killed": the last of a list is counted as its first is
        first = _first_of_list(noun)
        # the harmed person is the clause's subject or object; "the other dead was a woman"
        # describes one already counted
        if noun.tag_ != "NN" or first.dep_ not in COUNTED_ROLES or noun_meaning(noun) not in PEOPLE_KINDS:
            continue
        if first is not noun and noun_meaning(noun) != "force":
            continue  # "two children and a paramedic were among the dead": a breakdown, not a force's toll
        if any(t.lower_ in PART_MARKS for t in tokens[max(0, tok.i - 3):tok.i]):
            continue  # "12 prisoners, among them an officer": one of a count told already
        if _names_those_counted(tokens, tok):
            continue  # "two people were killed - a defence volunteer and a rubber tapper": who they were
        meaning, _, agent = role_meaning(first)
        if agent or fate_of(meaning) not in HARMS:
            continue
        end = tok.idx + len(tok.text)
        found.append(Number(text=tok.text, start=tok.idx, end=end, value=1.0, num_start=tok.idx, num_end=end))
    return found


def _first_of_list(noun: Token) -> Token:
    """The first noun of the list ``noun`` ends ("two officers and a conscript"), when the
    list's first is counted with a number; else ``noun``."""
    first = noun
    for _ in range(4):
        if first.dep_ != "conj" or first.head == first or first.head.pos_ not in ("NOUN", "PROPN"):
            break
        first = first.head
    if first is noun or not any(c.dep_ == "nummod" for c in first.children):
        return noun
    return first


# marks after which a list names the people a count before it counted
_BREAKDOWN_MARKS = frozenset({"-", "–", "—", ":", "("})


def _names_those_counted(tokens: list[Token], article: Token) -> bool:
    """Whether the article opens a dash's, colon's or bracket's list after a number of its
    sentence ("Two people were killed - a village guard in Kunar and a shopkeeper", "three
    died (a policeman and two farmers)"): the people of that count, named, not one more."""
    if article.i == 0 or tokens[article.i - 1].text not in _BREAKDOWN_MARKS:
        return False
    sent_start = article.sent.start
    return any(t.like_num for t in tokens[sent_start:article.i - 1])


def is_article_count(m: Mention) -> bool:
    return m.num.text.lower() in ARTICLES


def keeps_article_count(m: Mention) -> bool:
    """An article's count stays only when what it counts was harmed."""
    return not is_article_count(m) or m.quantity in HARMS
