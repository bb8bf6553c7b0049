"""A mention of a count, and the figure stage's view of one report: its mentions and
the sides of its sentences' force phrases."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.data.armyless import ARMYLESS
from claimledger.extract.context import ReportContext
from claimledger.extract.cues import cues_with
from claimledger.extract.figures.meanings import noun_meaning, of_phrase
from claimledger.extract.figures.syntax import has_object, np_tokens, phrase_text
from claimledger.extract.numbers import Number
from claimledger.sides import STATE_FORCE, side_of, side_table

# "the Myanmar Armed Forces (MAF)": a capitalised name (with its small joining words)
# and the short name defined for it in brackets
# a party or a rebel front named after the state it fights in ("the Militarized Communist Party
# of Peru (MPCP)", "the National Liberation Front of Tripura (NLFT)"): not that state's forces
_PARTY_NAME = re.compile(r"\b(?:party|front|communist|movement|rebels?|insurgents?|resistance|guerrillas?)\b", re.I)
_DEFINED_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|the|and|for|de|du)){1,8})[ \t]*\((?P<short>[A-Z]{2,6})\)"
)


# "the border with (the) X", "X's border", "the X border": a state named as a border's far side
_BORDER_BEFORE = re.compile(
    r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?(?:(?:democratic\s+)?republic\s+of\s+(?:the\s+)?)?$", re.I)
_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
_WORD = re.compile(r"[a-z]+")


@dataclass(eq=False)  # mentions compare by identity: two mentions of 62 are two mentions
class Mention:
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
    owner_side: str | None = None  # whose an estimate's frame says they are ("the army's own losses at 138")
    subject: str | None = None
    out_of: float | None = None
    fraction: float | None = None
    computed: bool = False  # value = fraction x out_of
    labelled: bool = False  # its fate read from a list's label or a table's row or column

    @property
    def start(self) -> int:
        return self.num.start


class FiguresView:
    """The figure stage's reading of one report, kept on the report's context
    (``ReportContext.figures_view``): the mentions of counts by token and in text order,
    and the sides of each sentence's force phrases. Made once per report by
    :func:`figures_view`; the mentions are read afresh each time the stage runs."""

    def __init__(self, report: ReportContext) -> None:
        self.report = report
        self.by_token: dict[int, Mention] = {}
        self.ordered: list[Mention] = []  # classified mentions, in text order
        self._sent_sides: dict[int, set[str]] = {}
        self._home: str | None | bool = False  # not read yet
        self._acronyms: dict[str, str] | None = None
        self._conditions: bool | None = None
        self._says: dict[int, bool] = {}
        self._words: frozenset[str] | None = None
        self._parties: Counter[str] | None = None
        # the state whose own outlet files the report under its dateline credit (outlet_voice.py);
        # False until read
        self.voice: str | None | bool = False
        # the side each sideless speaker's first description gives them, by name (reporters.py)
        self.described_sides: dict[str, str | None] = {}

    @property
    def doc(self) -> Doc:
        return self.report.doc

    @property
    def text(self) -> str:
        return self.report.text

    @property
    def home(self) -> str | None:
        """The state whose "army" and bare "soldiers" the report means: the one its names
        and demonyms speak of most, or else the one where all its places lie ("Catatumbo",
        "Norte de Santander": Colombia's), when places named twice or more in the story's
        headline and body (not its dateline or captions) say so."""
        if self._home is False:
            named = self.report.home_state
            placed = self._country_of_places(least=2 if named is None else 3)
            # where every local place of the story lies says more than one demonym more:
            # "Catatumbo", "Norte de Santander", "Cucuta" make a story Colombia's even when
            # Venezuela is named twice and Colombia once
            self._home = placed or named or self._speaking_forces()
        return self._home  # type: ignore[return-value]

    def _speaking_forces(self) -> str | None:
        """The one state whose own forces speak in the report ("the army's Taiz axis said"
        with its side read from its title), when the report names no state often enough
        to be about it: a state army's statement is about that state's war."""
        sides = {c.speaker.side for c in getattr(self.report, "claims", None) or []
                 if c.speaker.side and STATE_FORCE.search(" ".join(filter(None, (c.speaker.name, c.speaker.role))))}
        return sides.pop() if len(sides) == 1 else None

    def _country_of_places(self, least: int = 2) -> str | None:
        """The story's country (the context's one reading), when its places are told
        ``least`` times: a story of Djibo and Ouagadougou that names Bamako once is Burkina
        Faso's. A land with no army of its own gives its soldiers no side, even where all the
        story's places lie in it: a Gaza story's bare "soldiers" are Israel's, a Western Sahara
        story's Morocco's."""
        top = self.report.story_country
        if top is None or self.report.story_country_told < least:
            return None
        return top if top not in ARMYLESS else None

    @property
    def acronym_sides(self) -> dict[str, str]:
        """Sides of the short names the report defines: "the Myanmar Armed Forces (MAF)"
        makes a later "86 MAF personnel" Myanmar's, though no table knows "MAF"."""
        if self._acronyms is None:
            self._acronyms = {}
            for m in _DEFINED_ACRONYM.finditer(self.text):
                side = side_of(m.group("name"))
                if side and not _PARTY_NAME.search(m.group("name")):
                    self._acronyms.setdefault(m.group("short"), side)
        return self._acronyms

    def says_any(self, words: frozenset[str]) -> bool:
        """Whether the report has any of these words at all (read once per word list): rules
        for rare wordings ("embraced shahadat") are skipped on the many reports without them."""
        key = id(words)
        if key not in self._says:
            if self._words is None:
                self._words = frozenset(_WORD.findall(self.text.lower()))
            self._says[key] = not self._words.isdisjoint(words)
        return self._says[key]

    @property
    def has_conditions(self) -> bool:
        """Whether the report has an "if" or "unless" at all: most have none, and then no
        count needs its clause read for an unreal condition."""
        if self._conditions is None:
            self._conditions = _CONDITION.search(self.text) is not None
        return self._conditions

    def acronym_side(self, tokens: list[Token]) -> str | None:
        found = {self.acronym_sides.get(t.text) for t in tokens if t.is_upper and len(t.text) >= 2}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def forget_mentions(self) -> None:
        """Start a run of the stage: the mentions of an earlier run are not this one's."""
        self.by_token = {}
        self.ordered = []

    def mention_counting(self, noun: Token) -> Mention | None:
        """The mention whose number modifies ``noun`` ("the 12,000 troops"), or that is
        ``noun`` itself ("killed 20, including 5 children")."""
        if noun.i in self.by_token:
            return self.by_token[noun.i]
        return next(
            (self.by_token[c.i] for c in noun.children if c.dep_ == "nummod" and c.i in self.by_token), None
        )

    @property
    def party_counts(self) -> Counter[str]:
        """How often the story names each state as a party: not as a base ("a UK-based
        monitor"), a state agency that carries the story ("Xinhua") or a word inside an
        organisation's name ("the Syrian Observatory"), nor in a caption, footer or related headline."""
        if self._parties is None:
            report, doc, text = self.report, self.doc, self.text
            self._parties = Counter()
            for sent in report.sents:
                if report.told_elsewhere(sent.start_char, sent.end_char):
                    continue
                for s in side_table().mentions(sent.text):
                    start, end = sent.start_char + s.start, sent.start_char + s.end
                    tok = doc.char_span(start, end, alignment_mode="expand")
                    if s.kind == "media" or (tok is not None and any(t.ent_type_ == "ORG" for t in tok)) \
                            or text[end:end + 6].lower() == "-based" \
                            or report.a_town_named_like_a_state(start, end, s.side):
                        continue
                    self._parties[s.side] += 1
        return self._parties

    def parties_named(self, sent: Span) -> set[str]:
        """The states a sentence names as actors (``ReportContext.states_named``), without a
        state named only as the far side of a border ("a post close to the border with the
        Republic of Congo", "near the Burkina border"), which is where, not who."""
        named = self.report.states_named(sent)
        if not named:
            return named
        borders: dict[str, bool] = {}
        for s in side_table().mentions(sent.text):
            before, after = sent.text[max(s.start - 30, 0):s.start], sent.text[s.end:s.end + 10]
            at_border = bool(_BORDER_BEFORE.search(before) or _BORDER_AFTER.match(after))
            borders[s.side] = borders.get(s.side, True) and at_border
        return {side for side in named if not borders.get(side, False)}

    def sentence_sides(self, sent: Span) -> set[str]:
        """Sides of the force phrases in a sentence that are neither speakers nor agents
        of a transitive verb ("North Korean troops have pulled back")."""
        if sent.start not in self._sent_sides:
            sides: set[str] = set()
            for t in sent:
                if t.pos_ not in ("NOUN", "PROPN") or noun_meaning(t) not in ("force", "armed", "national"):
                    continue
                # an agent or a speaker is not what the sentence counts; those who "lost their lives" are
                died = t.head.lemma_.lower() == "lose" and any(c.lemma_.lower() == "life" for c in t.head.children)
                acts = has_object(t.head) or t.head.lemma_.lower() in cues_with("speaks")
                if t.dep_ == "nsubj" and not died and acts:
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in ("by", "against"):
                    continue
                side = side_of(phrase_text(np_tokens(t) + of_phrase(t)))
                if side:
                    sides.add(side)
            self._sent_sides[sent.start] = sides
        return self._sent_sides[sent.start]


def sender_after(m: Mention) -> str | None:
    """The state of a "from" phrase right after a bare number: "around 1,000 from Italy
    and 700 from France" count contingents by the state that sent them."""
    if m.noun is not None or m.group is not None:
        return None
    doc = m.sent.doc
    k = m.span.end
    if k + 1 >= m.sent.end or doc[k].lower_ != "from":
        return None
    pobj = next((c for c in doc[k].children if c.dep_ == "pobj"), doc[k + 1])
    return side_of(phrase_text([t for t in pobj.subtree if t.i <= pobj.i][-4:]))


def figures_view(report: ReportContext) -> FiguresView:
    """The figure stage's view of the report, made on first use and kept on its context."""
    if report.figures_view is None:
        report.figures_view = FiguresView(report)
    return report.figures_view
