"""The figures of a document: each number found, refused or bound to its noun,
classified, given its side and its whole, then made a :class:`Figure`, with the checks
over all of them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from claimledger.extract.context import context_of
from claimledger.extract.cues import cues_with
from claimledger.extract.figures.answers import answered_count
from claimledger.extract.figures.articles import article_counts, keeps_article_count
from claimledger.extract.figures.binding import bind
from claimledger.extract.figures.checks import fraction_checks, sum_checks
from claimledger.extract.figures.counted import (
    classify,
    is_one_of_nothing,
    names_one_of_them,
    names_those_of_them,
    part_of_a_harmed_group,
    part_of_the_harmed,
    whole_of_a_harmed_part,
)
from claimledger.extract.figures.estimates import estimated_count
from claimledger.extract.figures.identified_dead import identify_the_dead
from claimledger.extract.figures.interviews import asked_about_yours, guests_own_side, interviewee_side
from claimledger.extract.figures.labels import column_label, label_fate, losses_list_sides
from claimledger.extract.figures.listed_fates import share_listed_fates
from claimledger.extract.figures.meanings import verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention, figures_view
from claimledger.extract.figures.refusals import in_a_time, refuse
from claimledger.extract.figures.restated import restated_counts
from claimledger.extract.figures.restated_parts import restated_part
from claimledger.extract.figures.same_people import share_restated_fates
from claimledger.extract.figures.shared_sides import sibling_verb_side
from claimledger.extract.figures.sides import resolve_side
from claimledger.extract.figures.strengths import sized_body
from claimledger.extract.figures.sums import list_totals, total_text
from claimledger.extract.figures.syntax import np_tokens, phrase_text, sentence_of
from claimledger.extract.figures.wholes import resolve_share, sides_through_the_report
from claimledger.extract.figures.words import TAKEN_PEOPLE
from claimledger.extract.numbers import find_numbers
from claimledger.model import Check, Figure
from claimledger.sides import names_a_group, side_of


def _extent(m: Mention) -> tuple[int, int]:
    """The figure's text: the number with its qualifiers and, when it follows, its noun."""
    start, end = m.num.start, m.num.end
    tail = m.group if m.group is not None else m.noun
    if tail is not None and not m.left_noun and m.span.end <= tail.i <= m.span.end + 8:
        end = max(end, tail.idx + len(tail.text))
    return start, end


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a character span, or None when it holds none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def find_figures(
    doc: Doc, excluded: Sequence[tuple[int, int]] = (), *, vague: bool = False
) -> tuple[list[Figure], list[Check]]:
    """Every mention of a count in ``doc``, typed and bound to its side, and the checks
    that compare fractions and breakdowns with the counts they are built from.

    ``excluded`` are character spans (times, dates) another module has claimed.
    ``vague`` also reports "dozens", "hundreds of thousands" (value = order of
    magnitude, approximate)."""
    view = figures_view(context_of(doc))
    view.forget_mentions()
    counts = _classified(view, _mentions(view, excluded, vague))
    counts = _with_wholes_and_sides(view, counts)
    counts = [m for m in counts if not names_one_of_them(m) and not names_those_of_them(m)]
    figures = [_figure(view, m) for m in counts] + _list_totals(view, counts)
    return figures, fraction_checks(counts) + sum_checks(view, counts)


def _list_totals(view: FiguresView, counts: list[Mention]) -> list[Figure]:
    """ "two officers and a conscript were killed": the list's total, beside its parts."""
    totals = []
    for first, last, total in list_totals(view, counts):
        s, e, text = total_text(view, first, last)
        totals.append(Figure(value=float(total), quantity=first.quantity or "other", text=text, span=(s, e),
                             approximate=any(m.num.approximate for m in (first, last)), subject=first.subject,
                             side=first.side))
    return totals


def _mentions(view: FiguresView, excluded: Sequence[tuple[int, int]], vague: bool) -> list[Mention]:
    """The numbers of the story that may be head counts, each indexed by its tokens."""
    report, doc = view.report, view.doc
    mentions: list[Mention] = []
    numbers = sorted(find_numbers(view.text) + article_counts(view), key=lambda n: n.start)
    for num in numbers:
        if (excluded and in_a_time(doc, num, excluded)) or (num.vague and not vague):
            continue
        if report.told_elsewhere(num.num_start, num.num_end) and column_label(view, num) is None:
            continue  # a count in a caption, a footer or a headline is not the story's own (a table's is)
        span = _tokens(doc, num.num_start, num.num_end)
        if span is None or refuse(view, num, span):
            continue
        roots = [t for t in span if not span.start <= t.head.i < span.end or t.head == t]
        root = roots[-1] if roots else span[-1]
        m = Mention(num=num, span=span, root=root, sent=sentence_of(root), value=num.value)
        mentions.append(m)
        for t in span:
            view.by_token[t.i] = m
    return mentions


def _classified(view: FiguresView, mentions: list[Mention]) -> list[Mention]:
    """The mentions bound to what they count and classified, in text order; each is
    added to the view's ordered mentions as it is, for the ones after it."""
    kept: list[Mention] = []
    for m in mentions:
        bind(view, m)
        if _zero_of_nothing(m) or is_one_of_nothing(m):
            continue
        # a fact box's or table's label tells the fate over the parse of a fragment:
        # "Killed: 41 civilians", "Wounded: 118", "Homes burned: about 80"
        told = classify(view, m)
        told = label_fate(view, m) or estimated_count(view, m) or told
        told = sized_body(view, m) or told  # "2 additional companies were sent", "the crowd at 5,000"
        # "Q: How many have been detained? A: About 4,300", "Q: How many were killed? A: Fourteen people."
        told = answered_count(view, m) or told
        told = told or restated_part(view, m)  # "Dozens of soldiers were killed, perhaps fifty or sixty of them"
        told = part_of_a_harmed_group(view, m) or told  # "Of the injured, 38 were evacuated"
        if not told or not keeps_article_count(m) or _a_source(m) or _parties_between(m) or _not_a_tally(m):
            continue
        identify_the_dead(view, m)  # "9 people were killed. All of them were civilians"
        kept.append(m)
        view.ordered.append(m)
    share_restated_fates(view, kept)  # "43 families, totalling 215 people, who fled"
    share_listed_fates(view, kept)  # "47 wounded patients, including 13 children and nine women"
    for k, m in enumerate(kept):
        part_of_the_harmed(view, m)
        whole_of_a_harmed_part(view, m, kept[k + 1] if k + 1 < len(kept) else None)
    return kept


# the most people a source count stands for ("one officer said", "two soldiers told AFP")
_MAX_SOURCES = 3


def _a_source(m: Mention) -> bool:
    """ "one officer said", "two soldiers told AFP", "two elders said": the few who tell the story are its
    sources, not a force's strength (whose number a verb of their own would tell)."""
    noun = m.noun
    if m.quantity not in ("deployed", "other") or noun is None or m.group is not None or m.value > _MAX_SOURCES:
        return False
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in cues_with("speaks")


# what "between" may join that is a party, not people counted: "fighting between two of the
# capital's armed groups", "talks between the two sides"
_PARTY_NOUNS = frozenset({"group", "side", "faction", "militia", "party", "country", "state", "movement", "camp"})


def _parties_between(m: Mention) -> bool:
    """ "Fighting between two of Tripoli's most powerful armed groups killed 14": the parties
    that fight are counted, not the dead."""
    top = m.root
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "between":
        return False
    counted = m.group if m.group is not None else m.noun
    return counted is not None and counted.lemma_.lower() in _PARTY_NOUNS


# nouns of a small band whose size a number after "of" gives ("groups of two or three infantrymen")
_BANDS = frozenset({"group", "team", "squad", "band", "pair", "wave", "column"})
# places a definite small count refers back to ("across the three districts" named before)
_PLACE_KINDS = frozenset({"district", "province", "region", "state", "county", "locality", "town", "village",
                          "territory", "governorate", "municipality"})
_SMALL = 10


def _not_a_tally(m: Mention) -> bool:
    """ "groups of two or three infantrymen": the size of each band, not a count of people;
    "across the three districts": the places named before, counted again, not a figure."""
    if m.value > _SMALL or (m.quantity == "deployed" and m.kind == "armed"):
        return False  # "an armed group of 9 persons" crossed: the attackers' strength (strengths.py)
    top = m.root
    if top.dep_ == "nummod" and top.head.dep_ == "pobj":
        top = top.head
    of = top.head
    if top.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _BANDS:
        return True
    noun = m.noun
    return (noun is not None and m.group is None and noun.lemma_.lower() in _PLACE_KINDS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _zero_of_nothing(m: Mention) -> bool:
    """ "zero" or "no" with nothing counted ("no one" and "nobody" count people)."""
    return (
        m.num.value == 0
        and m.noun is None
        and m.group is None
        and m.num.text.lower().strip() not in ("no one", "nobody")
    )


def _with_wholes_and_sides(view: FiguresView, counts: list[Mention]) -> list[Mention]:
    """Parts and shares of a stated whole first; a share of a whole stated elsewhere
    ("one-third of the North Korean contingent") waits until sides are known, and is
    dropped when its whole stays unknown. Then the sides the report gives."""
    pending = [m for m in counts if not resolve_share(view, m, counts)]
    done: list[Mention] = []
    for m in counts:
        resolve_side(view, m, done)
        m.side = asked_about_yours(view, m) or m.side  # "Q: Russia says your army has lost 20,000 soldiers"
        told, side = guests_own_side(view, m)  # "A: We lost two men": the guest's, or no state's
        if told:
            m.side = side
        elif m.side is None:
            m.side = interviewee_side(view, m)  # "A: We lost two men": the interviewee's own
        done.append(m)
    for m in counts:
        if m.side is None and _taken_from_someone(m):
            # "destroyed three tanks and killed or wounded 11 soldiers": the soldiers' side is read after
            m.side = sibling_verb_side(view, m)
    counts = [m for m in counts if m not in pending or resolve_share(view, m, counts)]
    sides_through_the_report(view, counts)
    losses_list_sides(view, counts)
    restated_counts(view, counts)
    return counts


def _taken_from_someone(m: Mention) -> bool:
    """Weapons or people destroyed or seized whose phrase names no owner: not "9 RSF drones",
    "100 rockets" fired, "six others" (the count before them tells whose)."""
    what = m.group if m.group is not None else m.noun
    if m.quantity not in ("equipment", "captured") or what is None or what.lower_ in ("others", "more"):
        return False
    if m.quantity == "captured" and what.lemma_.lower() not in TAKEN_PEOPLE:
        return False  # hostages are as often civilians
    if m.verb is None or (verb_meaning(m.verb) or "").split(":")[-1] in ("launch", "deployed"):
        return False
    phrase = phrase_text(np_tokens(what))
    return side_of(phrase) is None and not names_a_group(phrase)


def _figure(view: FiguresView, m: Mention) -> Figure:
    s, e = _extent(m)
    return Figure(
        value=float(m.value),
        quantity=m.quantity or "other",
        text=view.text[s:e],
        span=(s, e),
        low=m.num.low,
        high=m.num.high,
        approximate=m.num.approximate,
        unit=m.unit,
        subject=m.subject,
        side=m.side,
        out_of=m.out_of,
        fraction=round(m.fraction, 4) if m.fraction is not None else None,
    )
