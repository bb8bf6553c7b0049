"""A mention of a count, and what the mentions of one report share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.extract.context import text_of
from claimledger.extract.cues import cues_with
from claimledger.extract.figures.meanings import _noun_meaning, _of_phrase
from claimledger.extract.figures.syntax import _has_object, _np_tokens, _text
from claimledger.extract.numbers import Number
from claimledger.sides import home_state, side_of, side_table


@dataclass(eq=False)  # mentions compare by identity: two mentions of 62 are two mentions
class _Mention:
    num: Number
    span: Span  # the number's own tokens
    root: Token
    sent: Span
    value: float
    noun: Token | None = None  # what is counted: "troops", "others", "casualties"
    group: Token | None = None  # "of the 12,000 troops": what a part or share is of
    left_noun: bool = False  # "a contingent of 12,000", "the toll rose to 12"
    kind: str | None = None  # the noun's meaning: a quantity, or person/civilian/force/...
    quantity: str | None = None
    unit: str | None = None
    verb: Token | None = None
    agent_verb: Token | None = None  # the verb this count is the agent or owner of
    arg: Token | None = None  # the token the predicate was read from, after climbing
    parent: Token | None = None  # the total this is a part of ("including", a colon list)
    part_how: str | None = None  # "including" | "list"
    side: str | None = None
    subject: str | None = None
    out_of: float | None = None
    fraction: float | None = None
    computed: bool = False  # value = fraction x out_of

    @property
    def start(self) -> int:
        return self.num.start


class _DocContext:
    """What every mention of one document shares: its text, mentions by token, the
    state the report is about, sides of force phrases per sentence."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text_of(doc)
        self.by_token: dict[int, _Mention] = {}
        self.ordered: list[_Mention] = []  # classified mentions, in text order
        self._sent_sides: dict[int, set[str]] = {}

    def tokens(self, start: int, end: int) -> Span | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def mention_counting(self, noun: Token) -> _Mention | None:
        """The mention whose number modifies ``noun`` ("the 12,000 troops"), or that is
        ``noun`` itself ("killed 20, including 5 children")."""
        if noun.i in self.by_token:
            return self.by_token[noun.i]
        return next(
            (self.by_token[c.i] for c in noun.children if c.dep_ == "nummod" and c.i in self.by_token), None
        )

    def home_state(self) -> str | None:
        """The state whose "government forces" and "army" a report means."""
        return home_state(self.text)

    def states_named(self, sent: Span) -> set[str]:
        """The states a sentence names as actors: not inside an organisation's name
        ("the Syrian Observatory") nor as a base ("Britain-based")."""
        named = set()
        base = sent.start_char
        for s in side_table().mentions(sent.text):
            tok = self.doc.char_span(base + s.start, base + s.end, alignment_mode="expand")
            if tok is not None and any(t.ent_type_ == "ORG" for t in tok):
                continue
            if self.text[base + s.end : base + s.end + 6].lower() == "-based":
                continue
            named.add(s.side)
        return named

    def sentence_sides(self, sent: Span) -> set[str]:
        """Sides of the force phrases in a sentence that are neither speakers nor agents
        of a transitive verb ("North Korean troops have pulled back")."""
        if sent.start not in self._sent_sides:
            sides: set[str] = set()
            for t in sent:
                if t.pos_ not in ("NOUN", "PROPN") or _noun_meaning(t) not in ("force", "armed", "national"):
                    continue
                if t.dep_ == "nsubj" and (_has_object(t.head) or t.head.lemma_.lower() in cues_with("speaks")):
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in ("by", "against"):
                    continue
                side = side_of(_text(_np_tokens(t) + _of_phrase(t)))
                if side:
                    sides.add(side)
            self._sent_sides[sent.start] = sides
        return self._sent_sides[sent.start]
