"""The total of a list of one side's people told with one fate: "two officers and a
conscript were martyred" counts three of the army's dead, and "five soldiers and two
policemen were wounded" seven of its wounded. The parts stay figures of their own; the
total is the figure a ledger compares with other tolls. Only people serving a state's
forces are added: not civilians ("12 soldiers and 3 civilians"), nor a force beside its
auxiliaries ("Eleven soldiers and four volunteers"), nor lists
whose total the sentence states ("seven members of the security forces, five soldiers
and two policemen") or that are parts of a count told before ("including ...")."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import SERVING

# the fates whose counts add up across a list
_ADDED = frozenset({"killed", "wounded", "casualties", "captured", "missing"})
# what a state's forces' people are: soldiers, officers, police
_SERVING_KINDS = frozenset({"force", "national"})


def list_totals(view: FiguresView, counts: list[Mention]) -> list[tuple[Mention, Mention, float]]:
    """(first, last, total) for each list of two or more counts of one side's serving people
    with one fate, whose total no count of the sentence states."""
    found = []
    for first in counts:
        noun = _counted(first)
        if noun is None or noun.dep_ == "conj" or first.quantity not in _ADDED or first.side is None:
            continue
        members = [first]
        for other in counts:
            o = _counted(other)
            if other is first or o is None or other.sent.start != first.sent.start or not _listed_after(o, noun):
                continue
            members.append(other)
        if len(members) < 2 or first.parent is not None:
            continue
        if any(m.quantity != first.quantity or m.side != first.side or m.kind not in _SERVING_KINDS
               or m.noun is None or m.noun.lemma_.lower() not in SERVING
               or m.parent is not None or m.num.is_range for m in members):
            # "Eleven soldiers and four volunteers": an army's and its auxiliaries' dead, told apart
            continue
        total = sum(m.value for m in members)
        if any(abs(c.value - total) < 0.5 and c.sent.start == first.sent.start for c in counts if c not in members):
            continue  # the sentence states the total itself
        found.append((first, max(members, key=lambda m: m.start), total))
    return found


def _counted(m: Mention) -> Token | None:
    if m.group is not None or m.left_noun or m.noun is None:
        return None
    return m.noun


def _listed_after(noun: Token, first: Token) -> bool:
    """Whether ``noun`` is a later item of the list ``first`` opens ("two officers and a conscript")."""
    tok = noun
    for _ in range(4):
        if tok.dep_ != "conj" or tok.head == tok:
            return False
        tok = tok.head
        if tok == first:
            return True
    return False


def total_text(view: FiguresView, first: Mention, last: Mention) -> tuple[int, int, str]:
    """The span and text of a list from its first count to its last noun."""
    end_tok = last.noun if last.noun is not None else last.span[-1]
    start, end = first.num.start, end_tok.idx + len(end_tok.text)
    return start, end, view.text[start:end]



