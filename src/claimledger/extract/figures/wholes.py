"""Parts and the wholes they are of: a part or a share takes its value and out_of from
its whole ("one-third of 12,000"), and sides the sentence leaves open are read through
the report: the part of a fronted whole ("Of the 3,000 casualties, around 700…"),
troops "sent from Eritrea", a bare toll right after a sided contingent."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.figures.meanings import noun_meaning, of_phrase, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import np_tokens, phrase_text
from claimledger.extract.figures.words import HARMS, PRONOUNS
from claimledger.sides import side_of

# "Out of some 9,000 troops…, 800 had been killed", "Of the 3,000 casualties, around 700…":
# a fronted whole whose part follows in the same sentence
_FRONTED_WHOLE = re.compile(r"^\W*(?:out\s+)?of\s+(?:the\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+)*$", re.I)


def sides_through_the_report(view: FiguresView, mentions: list[Mention]) -> None:
    """Sides a sentence leaves open and the report gives: the part of a fronted whole
    takes the whole's side, troops "sent from Eritrea" are Eritrea's, and a bare toll
    ("approximately 1,500 killed or wounded") right after a sided contingent counts it."""
    for k, m in enumerate(mentions):
        if m.side is not None:
            # sided already (a count continuing a sided count): a fronted whole still says what it is out of
            whole = fronted_whole(view, m, mentions[:k]) if m.quantity in HARMS and m.out_of is None else None
            if whole is not None and whole.side in (None, m.side) and whole.value > m.value:
                m.out_of = whole.value
            continue
        what = m.group if m.group is not None else m.noun
        if what is not None and m.quantity == "deployed":
            m.side = _sent_from_side(what)
        if m.side is not None or (what is not None and not _taken_as(what)) or m.quantity not in HARMS:
            continue
        whole = fronted_whole(view, m, mentions[:k])
        if whole is not None:
            m.side = whole.side
            if m.out_of is None and whole.value > m.value:
                m.out_of = whole.value
            continue
        contingent = _contingent_before(view, m, mentions[:k])
        if contingent is not None:
            m.side = contingent.side


def _taken_as(what: Token) -> bool:
    """ "taken 200 prisoner", "held 30 captive": the singular says how they were taken, not
    who they are, so the count is as bare as "200 were captured"."""
    return what.tag_ == "NN" and what.lemma_.lower() in ("prisoner", "captive", "hostage")


def fronted_whole(view: FiguresView, m: Mention, before: list[Mention]) -> Mention | None:
    """The whole fronted in the sentence of ``m``: "Of the 47 civilians killed, 19 ..."."""
    for p in reversed(before):
        if p.sent.start != m.sent.start:
            return None
        if _FRONTED_WHOLE.match(view.text[p.sent.start_char:p.num.num_start]):
            return p if p.side is not None or p.quantity in HARMS else None
    return None


def _sent_from_side(what: Token) -> str | None:
    """ "troops sent from Eritrea", "soldiers dispatched from Chad": the sender's side."""
    for verb in (c for c in what.children if c.dep_ in ("acl", "relcl")):
        if verb_meaning(verb) != "deployed":
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                side = side_of(phrase_text(np_tokens(pobj)))
                if side:
                    return side
    return None


def _contingent_before(view: FiguresView, m: Mention, before: list[Mention]) -> Mention | None:
    """The sided force counted in the sentence before a bare toll, when the toll's own
    sentence names no other state."""
    report = view.report
    here = report.sent_index(m.sent.start)
    for p in reversed(before):
        gap = here - report.sent_index(p.sent.start)
        if gap > 1 or (gap == 1 and "\n" in view.text[p.num.num_end:m.num.num_start]):
            return None  # a new paragraph opens another matter: "the hospital admitted 27 wounded"
        if gap == 0 and p.side is None and p.quantity in HARMS:
            return None  # "Two civilians were killed and nine injured": the nine are those people
        if p.side is None or p.quantity not in ("deployed", *HARMS) or noun_meaning(p.noun or p.root) not in (
                "force", "armed", "national", None) and p.quantity != "deployed":
            continue
        if gap == 0 and p is before[-1] and p.kind == "force" and m.root.dep_ in ("nsubj", "nsubjpass"):
            return p  # "two of its servicemen had been captured ... and one was killed"
        if gap == 0 and _same_object_ellipsis(m, p):
            return p  # "killed 31 Palestinians and wounded more than 170": the same people
        if view.report.states_named(m.sent) - {p.side}:
            return None
        if gap == 1 and _other_force_named(m):
            return None  # "its peacekeepers had evacuated 15 wounded": the sentence has its own force
        return p
    return None


def _other_force_named(m: Mention) -> bool:
    """A force or armed group named in the toll's own sentence besides the toll."""
    return any(
        noun_meaning(t) in ("force", "armed") for t in m.sent if t.pos_ in ("NOUN", "PROPN") and t.i not in m.span
    )


def _same_object_ellipsis(m: Mention, p: Mention) -> bool:
    """A bare number that is the object of a verb coordinated with the verb whose object
    ``p`` counts: "killed 31 Palestinians and wounded 170"."""
    verb, counted = m.root.head, p.noun if p.noun is not None else p.root
    if m.root.dep_ not in ("dobj", "obj") or counted.dep_ not in ("dobj", "obj"):
        return False
    return verb.dep_ == "conj" and verb.head == counted.head and not any(c.dep_ == "nsubj" for c in verb.children)


def resolve_share(view: FiguresView, m: Mention, mentions: list[Mention]) -> bool:
    """Value and out_of of a part or a share. False when a share's whole is unknown."""
    g = m.group
    if g is None:
        if m.num.is_share and _one_more(m, mentions):
            m.value = 1  # "lost two of its fighters and a third was missing": the third one
            return True
        return not m.num.is_share
    whole = view.mention_counting(g) or view.by_token.get(g.i)  # "of the 12,000 troops", "of 200"
    if whole is not None:
        m.out_of = whole.value
    elif m.num.is_share:
        m.out_of = _whole_elsewhere(m, mentions)
    if m.num.is_share:
        if m.out_of is None:
            return False
        m.fraction = m.num.fraction
        m.value = round((m.num.fraction or 0) * m.out_of)
        m.computed = True
    return True


_ORDINAL_SHARES = {"a third": 3, "a fourth": 4, "a fifth": 5, "a sixth": 6}


def _one_more(m: Mention, mentions: list[Mention]) -> bool:
    """ "two soldiers were killed and a third was wounded": "a third" after a count of two in
    its sentence is one more of them, not a share."""
    n = _ORDINAL_SHARES.get(m.num.text.lower().strip())
    return n is not None and any(p.sent.start == m.sent.start and p.num.start < m.num.start and p.value == n - 1
                                 for p in mentions)


def _whole_elsewhere(m: Mention, mentions: list[Mention]) -> float | None:
    """ "one-third of the North Korean contingent": the contingent's size stated in
    another sentence (a deployed count of the same side), or, for "half of them", the
    count just before."""
    g = m.group
    assert g is not None
    if g.lemma_.lower() in PRONOUNS:
        prior = [
            p
            for p in mentions
            if p.start < m.start
            and p.quantity not in ("distance", None)
            and not p.num.is_share
            and p.sent.start >= m.sent.start - 80
        ]
        clause = next((c for c in g.children if c.dep_ == "relcl"), None)
        if clause is not None:
            # "Half of those who fled": the count its verb told, not the last one before it
            told = [p for p in prior
                    if clause.lemma_ in {v.lemma_ for v in (p.verb, p.noun.head if p.noun else None) if v}]
            prior = told or prior
        return prior[-1].value if prior else None
    side = side_of(phrase_text(np_tokens(g) + of_phrase(g)))
    if side is None:
        return None
    same = [
        p
        for p in mentions
        if p.quantity == "deployed" and p.side == side and not p.num.is_share and not p.num.vague
    ]
    if not same:
        return None
    before = [p for p in same if p.start < m.start]
    return (before[-1] if before else same[0]).value
