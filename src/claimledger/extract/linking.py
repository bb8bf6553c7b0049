"""Figures bound to the claims that state them and the places of their sentences, and
the sides a figure takes from its speaker ("the enemy lost", "we have lost")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimledger.extract.context import context_of, text_of
from claimledger.extract.figures.first_person import done_by_us
from claimledger.extract.figures.interviews import interviewers_turn, on_answer_line
from claimledger.extract.figures.words import lexicon
from claimledger.model import Claim, Figure, Place


def link_figures(figures: list[Figure], claims: list[Claim], places: list[Place], doc: Doc) -> None:
    """Each figure's claim and place, then the sides its speaker gives it."""
    _link_figures(figures, claims, places, doc)
    _resolve_own(figures, claims)
    _resolve_enemy(figures, claims, doc)
    _resolve_our_own(figures, claims, doc)
    _resolve_by_own_forces(figures, claims, doc)


def _link_figures(figures: list[Figure], claims: list[Claim], places: list[Place], doc: Doc) -> None:
    ctx = context_of(doc)
    # places other than countries, by the sentence they are named in, read once (in id order)
    local: dict[int, list[tuple[str, Token]]] = {}
    for place in places:
        if place.kind == "country":
            continue
        for start, _ in place.mentions:
            found = ctx.token_range(start, start + 1)  # char_span's tokens, without making the Span
            if found is not None:
                local.setdefault(ctx.sent_index(found[0]), []).append((place.id, ctx.tokens[found[0]]))
    order = {id(c): n for n, c in enumerate(claims)}
    by_start = sorted(claims, key=lambda c: c.span[0])
    starts = [c.span[0] for c in by_start]
    for figure in figures:
        # the claims that may hold the figure start before it; the nearest few suffice
        k = bisect_right(starts, figure.span[0])
        holders = [c for c in by_start[max(k - 20, 0):k] if figure.span[1] <= c.span[1]
                   and not interviewers_turn(ctx, c)]  # a question's figure is not the interviewer's claim
        holder = min(holders, key=lambda c: order[id(c)]) if holders else None
        if holder is not None:
            figure.claim = holder.id
            holder.figures.append(figure.id)
        if figure.place is not None:
            continue
        span = doc.char_span(figure.span[0], figure.span[1], alignment_mode="expand")
        if span is None:
            continue
        # the first place of the sentence (the lowest place id named in it) that is not told
        # in a clause joined beside the figure's own
        k = ctx.sent_index(span.start)
        chain = _clause_chain(span.root)
        figure.place = next((pid for pid, tok in local.get(k, ()) if not _in_a_joined_clause(tok, chain)), None)


def _clause_chain(tok: Token) -> set[int]:
    """The verbs a token's clause hangs from, its own first, up to the sentence's root."""
    return {t.i for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")}


def _in_a_joined_clause(tok: Token, chain: set[int]) -> bool:
    """Whether a place is named in a second statement coordinated with the figure's ("said more
    than 50 people had been killed …, and that about 2,000 families had fled the camp towards
    Tawila": the killing is not at Tawila), not in the figure's clause, one governing it ("In
    Gao, the army said 12 soldiers were killed") or one it governs ("killed when shells hit
    the camp", attached by the parse to a conjunct: "killed and 16 injured when …")."""
    for t in (tok, *tok.ancestors):
        if t.i in chain:
            return False
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in t.children):
            return True  # a second "that" clause: a statement of its own (not "killed and 16 injured when …")
    return False


def _said_by_a_side(figures: list[Figure], claims: list[Claim], *,
                    unsided_only: bool = True) -> Iterator[tuple[Figure, Claim]]:
    """Each figure stated in a claim whose speaker has a side, with that claim; by
    default only figures with no side of their own yet (read as the loop reaches them)."""
    by_id = {c.id: c for c in claims}
    for figure in figures:
        claim = by_id.get(figure.claim or "")
        if claim is None or claim.speaker.side is None or (unsided_only and figure.side is not None):
            continue
        yield figure, claim


ENEMY = re.compile(r"\b(?:the\s+)?(enemy|adversary|opponent|opposing side)(?:'s|’s)?\b", re.I)


def _resolve_enemy(figures: list[Figure], claims: list[Claim], doc: Doc) -> None:
    """"The enemy lost up to 120 servicemen", said by one side's ministry, counts the
    other side's people: the side the report names most often besides the speaker's."""
    # "losses on the enemy: 74 assailants neutralised ... and 5 others captured": an enemy
    # counted as an armed group's men is no state's, nor are the others of its sentence
    armed = {claim.sentence_span for figure, claim in _said_by_a_side(figures, claims) if _armed_group(figure.subject)}
    for figure, claim in _said_by_a_side(figures, claims):
        if not ENEMY.search(text_of(doc)[claim.sentence_span[0]:claim.sentence_span[1]]):
            continue
        if claim.sentence_span in armed and figure.quantity != "equipment":
            continue
        # the report's sides counted only here, where an enemy is spoken of: a scan of the whole
        # text that most reports, with no figure said of "the enemy", never need
        counts = context_of(doc).side_counts
        others = [side for side, _ in counts.most_common() if side != claim.speaker.side]
        if others:
            figure.side = others[0]


FIRST_PERSON = re.compile(r"\b(?:we|our|(?-i:us)|ours)\b[^.;]{0,60}$", re.I)  # "US" is a country, not "us"


def _resolve_our_own(figures: list[Figure], claims: list[Claim], doc: Doc) -> None:
    """"We have lost 43 men", "our soldiers": in a speaker's own words, the speaker's side."""
    text = text_of(doc)
    for figure, claim in _said_by_a_side(figures, claims):
        if figure.quantity in {"civilians_killed", "displaced", "distance", "other"}:
            continue
        if _armed_group(figure.subject):
            continue  # "we have 8,000 fighters": an armed group's, never given a state's side
        if on_answer_line(text, figure.span[0]):
            continue  # an interview's answer: the figures stage read whose people it counts
        if FIRST_PERSON.search(text[max(claim.span[0], figure.span[0] - 80):figure.span[0]]) \
                and not done_by_us(doc, figure.span[0]):  # not "we recovered 14 bodies": others' dead
            figure.side = claim.speaker.side


def _armed_group(subject: str | None) -> bool:
    """A subject whose head noun names members of armed groups (fighters, militants)."""
    words = (subject or "").lower().split()
    return bool(words) and lexicon().nouns.get(words[-1].rstrip("s")) == "armed"


OWN = re.compile(r"^(?:\w+\s+){0,2}of\s+(?:its|their|our)\s+own\b|^(?:its|their|our)\s+own\b", re.I)


def _resolve_own(figures: list[Figure], claims: list[Claim]) -> None:
    """"lost 13 of its own soldiers", said by Congo's army: the speaker's own people."""
    for figure, claim in _said_by_a_side(figures, claims, unsided_only=False):
        if OWN.search(figure.text) or OWN.search(figure.subject or ""):
            figure.side = claim.speaker.side


# "its troops had destroyed a depot and killed up to 70 servicemen": the speaker's own
# forces did the killing, so the people counted are the other side's
BY_OWN_FORCES = re.compile(r"\b(?:its|our)\s+(?:\w+\s+)?(?:troops|forces|units|soldiers|army|fighters)\b"
                           r"[^.;]{0,120}\b(?:killed|killing|eliminated|destroyed|wounded|captured|took prisoner)\b",
                           re.I)
REGULARS = {"soldiers", "servicemen", "troops", "personnel", "military personnel"}


def _resolve_by_own_forces(figures: list[Figure], claims: list[Claim], doc: Doc) -> None:
    text = text_of(doc)
    for figure, claim in _said_by_a_side(figures, claims):
        if (figure.subject or "").lower() not in REGULARS:
            continue
        if not BY_OWN_FORCES.search(text[claim.span[0]:figure.span[0]]):
            continue
        counts = context_of(doc).side_counts
        others = [side for side, _ in counts.most_common() if side != claim.speaker.side]
        if others:
            figure.side = others[0]
