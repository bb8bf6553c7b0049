"""Checks that compare what a report states with what it implies: a fraction against
a stated count ("one-third of 12,000" and "around 4,000"), and a breakdown against its
total ("killed 50 people: 15 civilians and 27 fighters")."""

from __future__ import annotations

from spacy.tokens import Span

from claimledger.data import read_table
from claimledger.extract.figures.meanings import noun_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import KILLED_FAMILY, quantity_family, word_set
from claimledger.extract.numbers import format_number
from claimledger.model import Check


def _agrees(stated: Mention, value: float) -> bool:
    tol = 0.1 if stated.num.approximate else 0.02
    return abs(stated.value - value) <= max(1.0, tol * max(abs(stated.value), abs(value)))


def fraction_checks(mentions: list[Mention]) -> list[Check]:
    """A share of a whole against the same count stated plainly nearby."""
    checks = []
    for m in mentions:
        if not m.computed or m.out_of is None or (m.group is not None and m.group.pos_ == "PRON"):
            continue  # "half of them were children": a subset, not a count stated twice
        stated = [
            p
            for p in mentions
            if p is not m
            and not p.computed
            and p.quantity == m.quantity
            and p.side == m.side
            and not p.num.vague
            and p.value != m.out_of
            and 0.5 * m.value <= p.value <= 2 * m.value  # of the same order, else another count
        ]
        if not stated:
            continue
        near = min(stated, key=lambda p: abs(p.start - m.start))
        if m.num.bound == "min":
            ok = near.value >= 0.98 * m.value  # "more than one-third of 12,000"
        elif m.num.bound == "max" and not any(q in (m.num.qualifier or "") for q in _NEAR):
            ok = near.value <= 1.02 * m.value
        else:
            ok = _agrees(near, m.value)
        detail = (
            f"{m.num.text.strip()} of {format_number(m.out_of)} = {format_number(m.value)} "
            f"{'agrees with' if ok else 'disagrees with'} the {format_number(near.value)} "
            f'stated in "{near.num.text.strip()}"'
        )
        checks.append(Check(kind="fraction", ok=ok, detail=detail))
    return checks


# The counts a breakdown adds up: people's fates
_SUMMED = word_set("killed wounded casualties captured missing")
# Bounds that say "close to" rather than "no more than"
_NEAR = ("nearly", "almost", "close to", "just under")


def _sum_ok(total: Mention, parts_sum: float, subset: bool) -> bool:
    t = total.value
    if subset:
        return parts_sum <= (t * 1.1 if total.num.approximate else t)
    if total.num.bound == "min":
        return parts_sum >= t
    if total.num.bound == "max" and not any(q in (total.num.qualifier or "") for q in _NEAR):
        return parts_sum <= t  # "up to 50", "fewer than 50"
    if total.num.approximate:
        return abs(parts_sum - t) <= max(1.0, 0.1 * t)
    return parts_sum == t


def _sum_check(total: Mention, parts: list[Mention], subset: bool) -> Check:
    s = sum(p.value for p in parts)
    ok = _sum_ok(total, s, subset)
    terms = " + ".join(format_number(p.value) for p in parts)
    if subset:
        verdict = "fits within" if ok else "exceeds"
    else:
        verdict = "agrees with" if ok else "does not add up to"
    stated = total.num.text.strip()
    if total.subject:
        stated += f" {total.subject}"
    return Check(
        kind="sum", ok=ok, detail=f"{terms} = {format_number(s)} {verdict} the {stated} stated as the total"
    )


def _is_total(m: Mention) -> bool:
    """A count another sentence may break down: of people in general ("more than 50
    people", "the dead", "killed 40"), not of one kind of them ("11 civilians")."""
    generic = (
        m.noun is None
        or m.noun.lemma_.lower() in ("people", "person")
        or noun_meaning(m.noun)
        in (
            "killed",
            "wounded",
            "casualties",
        )
    )
    return m.quantity in _SUMMED | KILLED_FAMILY and not m.computed and m.group is None and generic


# words that tell a count as one added to another (data/added_words.tsv, read by link/toll_words.py too)
_ADDED = tuple(row[0] for row in read_table("added_words.tsv") if row[2] == "yes")


def _is_part(m: Mention) -> bool:
    """A count that may be a term of a sum: not itself a share or a part of a part,
    and not one added to the total ("... including six children, and another 23")."""
    return m.group is None and not m.computed and not any(q in (m.num.qualifier or "") for q in _ADDED)


def sum_checks(view: FiguresView, mentions: list[Mention]) -> list[Check]:
    """Breakdowns against their totals, in one sentence ("killed 50 people: 15
    civilians and 27 fighters", "30 villagers including 12 women and 5 children") or
    across two ("ISIS killed more than 50 people ..." / "the attack killed 15
    civilians and 27 fighters with another 10 bodies ...")."""
    checks: list[Check] = []
    used: set[int] = set()
    by_parent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.parent is not None:
            by_parent.setdefault(m.parent.i, []).append(m)
    for head_i, parts in by_parent.items():
        total = view.mention_counting(view.doc[head_i])
        if total is None or total not in mentions or quantity_family(total.quantity) not in _SUMMED:
            continue  # breakdowns of people's fates only; "517 homes three zones 240 areas" is a list
        # only parts of the same kind of count: "13 civilians and more than 30 wounded"
        parts = [p for p in parts if quantity_family(p.quantity) == quantity_family(total.quantity) and _is_part(p)]
        if len(parts) < 2:
            used.add(id(total))
            continue
        if any(p.part_how == "list" for p in parts) and not _announced(total, parts[0]):
            continue  # "11 women nine children" in comma-less copy: a list, not a breakdown
        subset = all(p.part_how == "including" for p in parts) or _announced(
            total, parts[0], ("among", "including")
        )
        if subset and total.kind == "civilian" and any(p.kind in ("force", "armed") for p in parts):
            continue  # fighters "including" in a count of civilians: a misread list, not a sum
        checks.append(_sum_check(total, parts, subset))
        used.add(id(total))
    sents = view.report.sents
    sent_index = {s.start: k for k, s in enumerate(sents)}
    for m in mentions:
        if (
            id(m) in used
            or not _is_total(m)
            or m.verb is None
            or m.noun is not None
            and m.noun.i in by_parent
        ):
            continue
        k = sent_index.get(m.sent.start)
        if k is None or k + 1 >= len(sents):
            continue
        if any(
            p.sent.start == m.sent.start
            and p is not m
            and p.quantity in KILLED_FAMILY | {"wounded", "casualties"}
            for p in mentions
        ):
            continue  # the sentence already breaks its own counts down
        parts = _breakdown(mentions, sents[k + 1], m)
        if len(parts) >= 2:
            checks.append(_sum_check(m, parts, subset=False))
            used.add(id(m))
    return checks


def _breakdown(mentions: list[Mention], sent: Span, total: Mention) -> list[Mention]:
    """Counts in ``sent`` governed by one verb of the total's lemma, and the "another N"
    phrases hanging off them."""
    assert total.verb is not None
    family = KILLED_FAMILY if total.quantity in KILLED_FAMILY else {total.quantity}
    lemma = total.verb.lemma_.lower()
    for v in sent:
        if v.lemma_.lower() != lemma or v.pos_ != "VERB":
            continue
        # the terms: counts under the verb, not the subsets of them ("49 militants
        # including seven commanders")
        chain = [
            m
            for m in mentions
            if m.verb == v and m.sent.start == sent.start and m.parent is None and _is_part(m)
        ]
        extra = [
            m
            for m in mentions
            if m not in chain
            and m.sent.start == sent.start
            and m.noun is not None
            and m.noun.dep_ == "pobj"
            and m.noun.head.lower_ in ("with", "plus")
            and any(m.noun.head.head == x.noun for x in chain)
            and m.quantity in family
        ]
        parts = [m for m in chain if m.quantity in family] + extra
        if len(parts) >= 2:
            return sorted(parts, key=lambda p: p.start)
    return []


def _announced(total: Mention, first: Mention, words: tuple[str, ...] = (":", "-", "–", "—")) -> bool:
    """A colon or a dash between a total and its first term: "50 people: 15 civilians";
    with ``words``, one of those ("11 civilians - among them four women ...")."""
    if total.noun is None:
        return False
    doc = total.noun.doc
    return any(t.lower_ in words for t in doc[total.noun.i + 1 : first.span.start])
