"""Counts that restate a count told before: the whole of "three of the 11 wounded" after
"11 wounded" is that count again, with its quantity and side (and so is the part's
side); a toll raised "to nine" after "six civilians killed" counts the same people, the
civilians. Read once sides are known (figures/document.py), in text order."""

from __future__ import annotations

import re

from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import HARMS, PEOPLE_KINDS, lexicon, quantity_family

# what stands between a part and its whole: "three of the 11 wounded", "nine of these 14"
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)\s+$", re.I)
# a whole set before its part at the head of a sentence: "Of the 10 dead, four were officers"
_FRONTED_OF = re.compile(r"^\W*(?:out\s+)?of\s+(?:the|these|those)\s+$", re.I)


def restated_counts(view: FiguresView, counts: list[Mention]) -> None:
    """Give a restated whole, its part and a raised toll the quantity and side of the count
    they restate (see the module's docstring)."""
    for k, m in enumerate(counts):
        if k + 1 < len(counts):
            whole = counts[k + 1]
            if m.num.end <= whole.num.start and _OF_THE.search(view.text[m.num.end:whole.num.start]):
                _restate_whole(m, whole, counts[:k])
            elif _fronted_whole(view, m, whole):
                _restate_whole(whole, m, counts[:k])  # here the whole comes first
        _raised_toll(view, m, counts[:k])
        _rival_toll(view, m, counts[:k])
        _definite_restatement(view, m, counts[:k])
        _part_of_the_told(view, m, counts[:k])


def _restate_whole(part: Mention, whole: Mention, before: list[Mention]) -> None:
    """ "An officer said four of the 14 wounded were in a serious condition" after "14 wounded":
    the whole is the earlier count of the same value and fate."""
    family = quantity_family(whole.quantity)
    told = next((e for e in reversed(before) if e.value == whole.value and quantity_family(e.quantity) == family),
                None)
    if told is None:
        return
    whole.quantity, whole.side = told.quantity, whole.side or told.side
    if part.side is None and quantity_family(part.quantity) == family:
        part.side = whole.side
    if part.quantity == "killed" and whole.quantity == "civilians_killed":
        part.quantity = "civilians_killed"  # "eleven of the 20 dead", the 20 being civilians


def _fronted_whole(view: FiguresView, whole: Mention, part: Mention) -> bool:
    """ "Of the 52 dead, 19 were children": the count opening its sentence after "of the" is
    the whole of the next count in that sentence, past a comma."""
    if part.sent.start != whole.sent.start or not whole.num.end <= part.num.start:
        return False
    return bool(_FRONTED_OF.search(view.text[whole.sent.start_char:whole.num.start])) and "," in view.text[
        whole.num.end:part.num.start]


def _raised_toll(view: FiguresView, m: Mention, before: list[Mention]) -> None:
    """ "first reported five civilians killed, then raised the toll to eight", "had initially
    put the number of dead at five": a bare toll of the dead counts the people of the latest
    count of the dead before it (within the three sentences before), when those were civilians."""
    if m.quantity != "killed" or m.side is not None or (m.noun is not None and not _toll_noun(m)):
        return
    if not _TOLL.search(view.text[m.sent.start_char:m.num.start]):
        return
    if not any(t.lemma_.lower() in _REVISING or t.lower_ in _AGAIN_WORDS for t in m.sent):
        # "A rights group put the number of dead at 23", "which put the overall toll at 34": a
        # toll of its own, of all the dead; only a toll raised or put again is the civilians' again
        return
    # a part ("including 16 children", "23 of the people killed were civilians") is not a toll
    earlier = next((e for e in reversed(before) if quantity_family(e.quantity) == "killed"
                    and e.parent is None and e.out_of is None and e.group is None), None)
    if earlier is None or earlier.quantity != "civilians_killed":
        return
    back = sum(1 for sent in m.sent.doc.sents if earlier.sent.start < sent.start <= m.sent.start)
    if back > _SENTENCES_BACK:
        return
    m.quantity = "civilians_killed"


def _rival_toll(view: FiguresView, m: Mention, before: list[Mention]) -> None:
    """ "three civilians were killed in the attacks; residents said the toll was at least
    five", "34 villagers were killed ... The police, however, confirmed 12 deaths": a toll
    of the dead that names no people of its own, told against the latest count of the dead
    (after a ";" in that count's sentence, or with a word of contrast) and over no wider
    scope ("the overall toll", "over the past week"), counts the same people: when
    those were civilians, it is a rival count of civilians killed."""
    if m.quantity != "killed" or m.side is not None or m.group is not None:
        return
    if m.noun is not None and m.noun.lemma_.lower() not in _RIVAL_NOUNS:
        return  # "12 soldiers", "30 militants": people of their own
    earlier = next((e for e in reversed(before) if quantity_family(e.quantity) == "killed"
                    and e.parent is None and e.out_of is None and e.group is None), None)
    if earlier is None or earlier.quantity != "civilians_killed" or earlier.value == m.value:
        return
    doc = m.sent.doc
    start = earlier.span.end if earlier.sent.start == m.sent.start else m.sent.start
    start = max((t.i for t in doc[start:m.span.start] if t.lower_ == ";"), default=start)
    if any(t.lower_ in _WIDER_SCOPE for t in doc[start:m.sent.end]):
        return  # "the overall toll at 34", "the toll over the past week had risen to 14": more people
    contrast = any(t.lower_ in _CONTRAST for t in m.sent)
    if not contrast and (earlier.sent.start != m.sent.start or ";" not in view.text[earlier.num.end:m.num.start]):
        return  # a toll told against the count: in a clause of its own after ";", or with "however"
    back = sum(1 for sent in m.sent.doc.sents if earlier.sent.start < sent.start <= m.sent.start)
    if back <= _SENTENCES_BACK:
        m.quantity = "civilians_killed"


def _definite_restatement(view: FiguresView, m: Mention, before: list[Mention]) -> None:
    """ "Twelve soldiers were killed at the post. The 12 soldiers were buried in Dapaong": people
    counted under "the", with no fate of their own, of the value of a harm told in the
    sentences just before, are those people again (their quantity and side), not a force;
    "The 12,000 troops arrived in May" after "Russia has 12,000 troops" are Russia's."""
    if m.quantity not in ("deployed", "other") or m.group is not None or m.noun is None or m.left_noun:
        return
    if m.kind not in PEOPLE_KINDS and m.noun.lemma_.lower() != "victim":
        return
    det = view.doc[m.span.start - 1] if m.span.start > m.sent.start else None
    if det is None or det.lower_ not in ("the", "these", "those"):
        return
    for told in reversed(before):
        if told.value != m.value or told.sent.start >= m.sent.start \
                or not (told.quantity in HARMS or told.quantity == m.quantity == "deployed"):
            continue
        back = sum(1 for sent in m.sent.doc.sents if told.sent.start < sent.start <= m.sent.start)
        if back <= _SENTENCES_BACK or _names_the_fate(m, told):
            # "visited the injured soldiers, where he said the three military personnel are out of
            # danger": a sentence that names the fate again refers back however far the count was told
            m.quantity, m.side = told.quantity, m.side or told.side
            return


def _names_the_fate(m: Mention, told: Mention) -> bool:
    """Whether the count's sentence names the fate of the count it may restate ("the injured",
    "the wounded soldiers", "the fallen")."""
    family = quantity_family(told.quantity)
    lex = lexicon()
    for t in m.sent:
        if m.span.start <= t.i < m.span.end:
            continue
        word = t.lower_
        said = lex.adjs.get(word) if t.pos_ in ("ADJ", "VERB") else lex.nouns.get(t.lemma_.lower()) \
            if t.pos_ == "NOUN" else None
        if said is not None and quantity_family(said) == family:
            return True
    return False


def _part_of_the_told(view: FiguresView, m: Mention, before: list[Mention]) -> None:
    """ "Gang members killed eight police officers ... speaking at the funeral of two of the
    officers": a part of "the" people counted just before, with no fate of its own, shares
    their fate and side; it is no force present."""
    group = m.group
    if m.quantity not in ("deployed", "other") or group is None or group.pos_ != "NOUN":
        return
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in group.children) or any(
            c.dep_ == "nummod" for c in group.children):
        return
    told = next((e for e in reversed(before) if e.noun is not None and e.group is None
                 and e.noun.lemma_.lower() == group.lemma_.lower() and e.quantity in HARMS), None)
    if told is None:
        return
    back = sum(1 for sent in m.sent.doc.sents if told.sent.start < sent.start <= m.sent.start)
    if back <= _SENTENCES_BACK:
        m.quantity = "killed" if told.quantity == "civilians_killed" else told.quantity
        m.side = m.side or told.side


def _toll_noun(m: Mention) -> bool:
    return m.noun is not None and m.noun.lemma_.lower() in ("toll", "number", "tally")


# what makes a toll the count told before, revised: "raised the toll to", "the toll rose to",
# "had initially put", "later put"
_REVISING = frozenset({"raise", "rise", "climb", "revise", "update", "increase", "reach", "jump", "grow", "mount",
                       "lower", "reduce", "fall", "drop"})
_AGAIN_WORDS = frozenset({"initially", "later", "earlier", "first", "subsequently", "since", "again", "now"})
# a toll that names no people of its own: "the toll was five", "confirmed 12 deaths"
_RIVAL_NOUNS = frozenset({"toll", "number", "tally", "death", "dead", "fatality", "total"})
# words that set a toll against another: "The police, however, confirmed 12 deaths"
_CONTRAST = frozenset({"however", "but", "though", "although", "whereas", "instead", "contrast", "disputed"})
# words that make a toll cover more than the count before it
_WIDER_SCOPE = frozenset({"overall", "total", "cumulative", "altogether", "since", "past", "week", "month", "year",
                          "weeks", "months", "years", "far"})
# how far back the count a toll restates may be told
_SENTENCES_BACK = 3
# a toll of the dead named before its number: "raised the toll to", "put the number of dead at"
_TOLL = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|people\s+killed|fatalities))\b"
                   r"[^.;]{0,40}$", re.I)
