"""One context per report, made once and passed to every stage.

spaCy's ``Doc.text``, ``Doc.ents`` and ``Token.sent`` rebuild what they return on
every access (the text is joined, the entity list re-made, the sentence walked), so a
stage that reads them per sentence or per token costs the square of the report's
length. The context reads each of them once: the text, the sentences with a token →
sentence index, the entities with a token → entity and a sentence → entities index,
the paragraphs, and the report's parts (datelines, bylines, captions, footers,
navigation and related headlines are marked once, in :mod:`.parts`).

It also carries the discourse memory the stages fill as they run, in the order
``STAGES`` declares (the way spaCy components declare what they assign and require):
the named actors with their sides, in order of mention; the report's theatre; its
time anchor; the figures stated so far.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from operator import add, lt
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IDX, LENGTH, POS
from spacy.tokens import Doc, Span, Token

from claimledger import sides
from claimledger.extract.parts import Part, remembered_parts, report_parts

if TYPE_CHECKING:
    from claimledger.extract.events_view import EventsView
    from claimledger.extract.figures.mentions import FiguresView
    from claimledger.extract.places.view import PlacesView

CONTEXT_KEY = "claimledger.context"


@dataclass(frozen=True)
class Stage:
    """A stage of the extraction: what it needs from the memory and what it adds."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


# The order the stages run in, and why: places and times first (claims use places to
# give "Homs Governor" a side), then claims (their speakers are the actors the rest
# resolve "the agency" and "they" to), figures bound to claims, events last.
STAGES = (
    Stage("places", requires=("parts",), assigns=("places", "theatre", "places_view")),
    Stage("times", requires=("parts",), assigns=("times", "anchor")),
    Stage("claims", requires=("places", "parts"), assigns=("claims", "actors")),
    Stage("figures", requires=("times", "claims", "parts"), assigns=("figures", "figures_view")),
    Stage("events", requires=("claims", "places", "times", "actors", "theatre", "figures"),
          assigns=("events", "events_view")),
)


@dataclass
class Actor:
    """A named party the report has spoken of: a speaker, a force, a state."""

    name: str
    side: str | None
    kind: str  # person | organization | group | force | state
    start: int  # character offset of the mention


@dataclass
class Memory:
    """What the stages learn about the report as they run, for the stages after them."""

    actors: list[Actor] = field(default_factory=list)
    theatre: list[str] = field(default_factory=list)  # place ids of the lead and dateline, in order
    anchor: str | None = None  # the report's date: what "last week" counts from
    figures: list = field(default_factory=list)  # Figure objects stated so far
    done: list[str] = field(default_factory=list)  # stages run, in order
    # the claims stage's speaker_memory.SpeakerMemory, which fills ``actors`` as it reads: later
    # stages resolve "the agency", "the commander" or "he" through the same memory
    speakers: Any = None

    def remember(self, actor: Actor) -> None:
        self.actors.append(actor)

    def last_actor(self, before: int, *, sided: bool = True, kinds: set[str] | None = None,
                   after: int = 0) -> Actor | None:
        """The latest actor mentioned before ``before`` (and from ``after`` on)."""
        for actor in reversed(self.actors):
            if actor.start >= before or actor.start < after:
                continue
            if sided and actor.side is None:
                continue
            if kinds is not None and actor.kind not in kinds:
                continue
            return actor
        return None


class ReportContext:
    """A parsed report read once: offsets, indexes, parts and the discourse memory."""

    def __init__(self, doc: Doc, published: str | None = None) -> None:
        self.doc = doc
        # Every Token object made once: ``doc[i]`` builds a new Token on each call, and the
        # stages index tokens millions of times a corpus. Stages read ``report.tokens[i]``.
        self.tokens: list[Token] = list(doc)
        # the text and parts the pipeline read before the parser, else read here
        read = remembered_parts(doc)
        self.text: str = read[0] if read else doc.text
        self.sents: list[Span] = list(doc.sents)
        self._sent_starts = [s.start for s in self.sents]
        # each token's sentence index, by token: stages ask sent_index ~200 times a report
        self._sent_of: list[int] = []
        for k, sent in enumerate(self.sents):
            self._sent_of += [k] * (sent.end - sent.start)
        self.ents: list[Span] = list(doc.ents)
        self._ent_at: dict[int, Span] = {}
        self._ents_by_sent: list[list[Span]] = [[] for _ in self.sents]
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self._ent_at[i] = ent
            self._ents_by_sent[self.sent_index(ent.start)].append(ent)
        # token offsets, read on first use by token_range
        self._token_starts: list[int] | None = None
        self._text_end = 0
        # lines of text as paragraphs: web copy and wire copy put one paragraph per line
        self.paragraphs: list[tuple[int, int]] = [(at, at + len(line)) for at, line in self.lines if line.strip()]
        self._para_starts = [p[0] for p in self.paragraphs]
        self.parts: list[Part] = read[1] if read else report_parts(self.text)
        self._debris = [p for p in self.parts if p.kind not in ("body", "title")]
        self._titles = [p for p in self.parts if p.kind == "title"]
        self.memory = Memory(anchor=published)
        # the figure stage's own reading of the report (its counts by token, the sides of
        # each sentence's force phrases), made on first use by extract.figures.mentions
        self.figures_view: FiguresView | None = None
        # the place stage's reading of the report (tokens, capitals, entities by token, the
        # persons it names, its headlines), made on first use by extract.places.view
        self.places_view: PlacesView | None = None
        # the event stage's reading (leaders' and forces' sides), made by extract.events_view
        self.events_view: EventsView | None = None
        # how many times a stage has corrected a token's tag or lemma on the Doc (claims_speaker.is_cue):
        # a reading kept from before a correction is read again
        self.edits = 0
        # speakers.read_speaker's readings, by (head, max_left, edits): (places, Speaker)
        self.speaker_reads: dict[tuple[int, int, int], tuple[object, Any]] = {}
        # readings to make before the next correction, on the Doc as it stands (a reading a stage
        # put off until it is needed must still see the words it would have seen then)
        self.before_edit: list[Callable[[ReportContext], object]] = []
        # (edits, each token's pos_) as read after that many corrections: see ``poss``
        self._poss: tuple[int, list[str]] | None = None

    def edit(self) -> None:
        """Before a stage corrects the Doc (a tag, a lemma) or the places the stages read: the
        readings put off until then are made first, on what they would have read, and every
        reading kept from before is stale."""
        hooks, self.before_edit = self.before_edit, []
        for hook in hooks:
            hook(self)
        self.edits += 1

    # ------------------------------------------------------------ sentences and entities
    def sent_index(self, i: int) -> int:
        """The index of the sentence holding token ``i`` (a token past either end: the first or
        the last sentence, as a search over the sentences' starts finds)."""
        if 0 <= i < len(self._sent_of):
            return self._sent_of[i]
        return max(bisect_right(self._sent_starts, i) - 1, 0)

    def token_at(self, char: int) -> int:
        """The index of the token holding a character offset of the report (0 when none does)."""
        found = self.token_range(char, char + 1)
        return found[0] if found is not None else 0

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) token indexes of ``doc.char_span(start, end, alignment_mode="expand")``,
        None where it gives None. The same binary search over the tokens' offsets, without the
        Span and the three Tokens char_span makes (stages ask ~140 times a report)."""
        starts = self._token_starts if self._token_starts is not None else self._read_token_starts()
        if not starts:
            return self._char_span_range(start, end)
        if start < 0 or end < 1 or start >= self._text_end or end > self._text_end:
            return None  # char_span's token_by_char finds no token at start or at end - 1
        first = bisect_right(starts, start) - 1
        stop = bisect_right(starts, end - 1)
        if start == starts[first] + len(self.tokens[first]):
            first += 1  # "expand" does not count the trailing whitespace as part of the token
        if first > stop:
            return self._char_span_range(start, end)  # an inverted range: Span raises as char_span does
        return first, stop

    def root_of(self, start: int, end: int) -> Token | None:
        """``doc.char_span(start, end, alignment_mode="expand").root``, None where the span is
        None. Most mentions asked about are one word: that word is the root, with no Span made
        (stages ask ~40 times a report); a longer range's Span is the one char_span makes."""
        found = self.token_range(start, end)
        if found is None:
            return None
        first, stop = found
        return self.tokens[first] if stop - first == 1 else self.doc[first:stop].root

    def _char_span_range(self, start: int, end: int) -> tuple[int, int] | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return None if span is None else (span.start, span.end)

    def _read_token_starts(self) -> list[int]:
        """Each token's character offset. The tokens tile the text (each runs to the next one's
        offset, its trailing whitespace included), so the token holding a character is the last
        one starting at or before it, as spaCy's token_by_char finds. An empty token (none in a
        parsed Doc) would break that: then every range is asked of char_span (``starts`` empty)."""
        starts = self.doc.to_array(IDX).tolist()  # one C-level read, not a Token property per word
        self._text_end = starts[-1] + len(self.tokens[-1].text_with_ws) if starts else 0
        self._token_starts = starts if all(map(lt, starts, starts[1:])) and (not starts or starts[0] == 0) else []
        return self._token_starts

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text (``tok.text``), read once a report. Cut from the report's text at the
        tokens' offsets and lengths (two C-level array reads): ``tok.text`` is a call into spaCy
        that looks the word up in the string store and decodes it anew on every read. A token's
        text is the report's text from its offset for its length, since the tokens tile the text.
        Shared by the stages: never changed in place."""
        starts = self._token_starts if self._token_starts is not None else self._read_token_starts()
        if not starts:
            return [t.text for t in self.tokens]  # offsets that do not tile the text: read each word
        text = self.text
        ends = map(add, starts, self.doc.to_array(LENGTH).tolist())
        return list(map(text.__getitem__, map(slice, starts, ends)))

    @cached_property
    def deps(self) -> list[str]:
        """Each token's dependency label (``tok.dep_``), read once a report: no stage changes one."""
        return _labels(self.doc, DEP)

    @property
    def poss(self) -> list[str]:
        """Each token's coarse tag (``tok.pos_``), read once a report and again after a stage
        corrects a tag (``edit`` counts the corrections; a reading put off until then reads
        the tags as they stood)."""
        if self._poss is None or self._poss[0] != self.edits:
            self._poss = (self.edits, _labels(self.doc, POS))
        return self._poss[1]

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lower-case form (``tok.lower_``: spaCy's LOWER is the text's ``str.lower``)."""
        return list(map(str.lower, self.texts))

    def sent(self, tok: Token | int) -> Span:
        return self.sents[self.sent_index(tok if isinstance(tok, int) else tok.i)]

    def ents_in(self, sent: Span) -> list[Span]:
        """The entities of a sentence, without ``Span.ents`` rebuilding the document's list."""
        k = self.sent_index(sent.start)
        if self.sents[k].start == sent.start and self.sents[k].end == sent.end:
            return self._ents_by_sent[k]
        return [e for e in self.ents if sent.start <= e.start and e.end <= sent.end]

    def ent_at(self, i: int) -> Span | None:
        return self._ent_at.get(i)

    # ------------------------------------------------------------ what earlier stages found
    def set_places(self, places: list) -> None:
        """Places found, indexed by the sentence each mention is in."""
        if places is not getattr(self, "places", None):
            self.edit()  # a reading put off (the interview's guest) reads the places it would have read
        self.places = places
        self._places_by_sent: dict[int, list[tuple[int, int, object]]] = {}
        for place in places:
            for s, e in place.mentions:
                found = self.token_range(s, e)
                if found is not None and found[1] > found[0]:
                    self._places_by_sent.setdefault(self.sent_index(found[0]), []).append((s, e, place))
        self._story_country: tuple[str | None, int] | None = None
        self._places_told: Counter[str] | None = None

    @property
    def story_country(self) -> str | None:
        """The country the story is about, read once for every stage: the one whose towns
        and regions the story tells (not the page's debris, dateline included, nor a place
        where others' war is brokered or talked over) at least DOMINANCE times as often as
        all other countries' together. A country named is a party as often as a theatre,
        so only places inside one count. None before the place stage has run."""
        return self._story()[0]

    @property
    def story_country_told(self) -> int:
        """How many mentions of its places make the story's country: a stage that acts on
        the country more boldly (a sideless army's side) asks for more than one."""
        return self._story()[1]

    def _story(self) -> tuple[str | None, int]:
        if getattr(self, "_story_country", None) is None:
            told = self.places_told
            top = sides.dominant_country(told, 1)
            self._story_country = (top, told[top] if top else 0)
        return self._story_country  # type: ignore[return-value]

    @property
    def places_told(self) -> Counter[str]:
        """Mentions of the story's own towns and regions, by country (see story_country)."""
        if getattr(self, "_places_told", None) is None:
            from claimledger.extract.events_where import a_go_between  # the event stage's rule, read lazily
            from claimledger.side_brokers import brokered_at

            told: Counter[str] = Counter()
            for place in getattr(self, "places", None) or ():
                if place.kind == "country" or not place.country:
                    continue
                told[place.country] += sum(1 for s, e in place.mentions if not self.is_debris(s, e)
                                           and not brokered_at(self.text, s, e) and not a_go_between(self, s, e))
            self._places_told = +told
        return self._places_told

    def place_mentions(self, sent: Span) -> list[tuple[int, int, object]]:
        """(start, end, place) of every place mention inside the sentence."""
        if not hasattr(self, "_places_by_sent"):
            return []
        k = self.sent_index(sent.start)
        return [m for m in self._places_by_sent.get(k, []) if sent.start_char <= m[0] and m[1] <= sent.end_char]

    def set_claims(self, claims: list) -> None:
        """Claims found, indexed by where they start, and their cues and speakers."""
        self.claims = claims
        self._claims_by_start = sorted(claims, key=lambda c: c.span[0])
        self._claim_starts = [c.span[0] for c in self._claims_by_start]
        self._claim_order = {id(c): n for n, c in enumerate(claims)}
        self.cue_starts = {c.cue_span[0] for c in claims if c.cue_span}
        self._speaking = sorted(c.speaker.span for c in claims if c.speaker.span)
        self._speaking_starts = [s for s, _ in self._speaking]

    def claims_holding(self, start: int, end: int | None = None) -> list:
        """The claims whose content holds the span, in the claims' own order."""
        end = start + 1 if end is None else end
        k = bisect_right(self._claim_starts, start)
        # claims are sentence-sized: the nearest few that start before suffice
        found = [c for c in self._claims_by_start[max(k - 20, 0):k] if c.span[0] <= start and end <= c.span[1]]
        return sorted(found, key=lambda c: self._claim_order[id(c)])

    def in_speaker(self, char: int) -> bool:
        """Whether the character lies inside a speaker's mention."""
        k = bisect_right(self._speaking_starts, char) - 1
        return any(s <= char < e for s, e in self._speaking[max(k - 3, 0):k + 1])

    def set_times(self, times: list) -> None:
        """Time expressions found, in text order."""
        self.times = sorted(times, key=lambda t: t.span[0])
        self._time_starts = [t.span[0] for t in self.times]

    def times_in(self, sent: Span) -> list:
        """The time expressions inside the sentence."""
        if not hasattr(self, "_time_starts"):
            return []
        k = bisect_left(self._time_starts, sent.start_char)
        found = []
        for t in self.times[k:]:
            if t.span[0] >= sent.end_char:
                break
            if t.span[1] <= sent.end_char:
                found.append(t)
        return found

    @cached_property
    def lines(self) -> list[tuple[int, str]]:
        """The text's lines with the offset each opens at, blank ones kept (``paragraphs`` drops
        them): a live page's stamp, heading and entry are told apart by the lines they stand on."""
        found = []
        at = 0
        for line in self.text.split("\n"):
            found.append((at, line))
            at += len(line) + 1
        return found

    # ------------------------------------------------------------ the states the report names
    @cached_property
    def home_state(self) -> str | None:
        """The state whose "government forces" and "army" the report means."""
        return sides.home_state(self.text)

    @cached_property
    def side_counts(self) -> Counter[str]:
        """How often the report names each side (a country, a demonym, a capital…)."""
        return Counter(m.side for m in sides.side_table().mentions(self.text))

    def states_named(self, sent: Span) -> set[str]:
        """The states a sentence names as actors: not inside an organisation's name
        ("the Syrian Observatory") nor as a base ("Britain-based")."""
        named = set()
        base = sent.start_char
        for s in sides.side_table().mentions(sent.text):
            tok = self.doc.char_span(base + s.start, base + s.end, alignment_mode="expand")
            if tok is not None and any(t.ent_type_ == "ORG" for t in tok):
                continue
            if self.text[base + s.end : base + s.end + 6].lower() == "-based":
                continue
            if self.a_town_named_like_a_state(base + s.start, base + s.end, s.side):
                continue
            named.add(s.side)
        return named

    def a_town_named_like_a_state(self, start: int, end: int, side: str) -> bool:
        """ "the city of Armenia" in Quindio, "Jordan" in Guimaras: a state's name the place stage
        read as a town or region of another country names that place, not the state."""
        return any(s <= start and end <= e and p.kind != "country" and p.country and p.country != side
                   for s, e, p in self._places_near(start))

    def _places_near(self, char: int) -> list[tuple[int, int, object]]:
        if not hasattr(self, "_places_by_sent"):
            return []
        return self._places_by_sent.get(self.sent_index(self.token_at(char)), [])

    # ------------------------------------------------------------ paragraphs and parts
    def paragraph(self, char: int) -> tuple[int, int]:
        k = max(bisect_right(self._para_starts, char) - 1, 0)
        return self.paragraphs[k] if self.paragraphs else (0, len(self.text))

    def part_at(self, char: int) -> str:
        """The kind of part the character belongs to: body, dateline, byline, caption…"""
        for part in self._debris:
            if part.start <= char < part.end:
                return part.kind
        return "body"

    def is_debris(self, start: int, end: int | None = None) -> bool:
        """Whether the span lies in the page around the story (a caption, a footer, a
        dateline…), where no claim, speaker or figure of the story is."""
        start, end = self._trimmed(start, start + 1 if end is None else end)
        return any(p.start <= start and end <= p.end for p in self._debris)

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """The span without the spaces and line breaks around it (a sentence may end
        with the line break after it)."""
        text = self.text
        if 0 <= start < end <= len(text) and not text[start].isspace() and not text[end - 1].isspace():
            return start, end  # nothing to trim (most spans): no copy of the span made to strip it
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        return start + lead, max(start + lead + 1, start + len(piece.rstrip()))

    def in_title(self, start: int, end: int | None = None) -> bool:
        """Whether the span lies in a headline left in the body."""
        start, end = self._trimmed(start, start + 1 if end is None else end)
        return any(p.start <= start and end <= p.end for p in self._titles)

    def told_elsewhere(self, start: int, end: int | None = None) -> bool:
        """Whether a figure or an event here is not the story's own telling: page
        debris, or the headline, which repeats the lead."""
        return self.is_debris(start, end) or self.in_title(start, end)

    def off_page_place(self, start: int, end: int) -> bool:
        """Whether a place named here is not a place of the story: debris, except the
        dateline, which names where the story is filed (its default theatre)."""
        return any(p.start <= start and end <= p.end for p in self._debris if p.kind != "dateline")

    def lead_end(self) -> int:
        """Where the lead ends: the first two body paragraphs."""
        body = [p for p in self.paragraphs if not self.is_debris(p[0], p[1])]
        return body[min(1, len(body) - 1)][1] if body else len(self.text)


# The names of spaCy's label ids and hashes seen so far (a few hundred: tags, dependencies).
_LABEL_NAMES: dict[int, str] = {}


def _labels(doc: Doc, attr: int) -> list[str]:
    """Each token's label of ``attr`` as its string (``pos_``, ``dep_``): spaCy's array of the label
    ids read once, and each distinct id named once a process, instead of a Token made and the
    string looked up for every word. Ids and hashes share spaCy's one string store."""
    ids = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    for key in set(ids).difference(_LABEL_NAMES):
        _LABEL_NAMES[key] = strings[key]
    return list(map(_LABEL_NAMES.__getitem__, ids))


def context_of(doc: Doc, published: str | None = None) -> ReportContext:
    """The report's context, made on first use and kept with the Doc."""
    ctx = doc.user_data.get(CONTEXT_KEY)
    if ctx is None:
        ctx = doc.user_data[CONTEXT_KEY] = ReportContext(doc, published)
    elif published and ctx.memory.anchor is None:
        ctx.memory.anchor = published
    return ctx


def release(doc: Doc) -> None:
    """Drop what the stages kept on the Doc (its context, the figure stage's per-token memos)
    once its record is made. The context and the Doc point at each other, so the report's
    readings (every Token, Span, view and memo) are a reference cycle: left on the Doc, which
    spaCy's batch keeps for several reports more, they outlive the young collections, reach the
    oldest generation and are freed only by a full collection, which walks them all again.
    Taken off, they are garbage before the next young collection looks at them."""
    ctx = doc.user_data.get(CONTEXT_KEY)
    doc.user_data.clear()
    if ctx is not None:
        vars(ctx.memory).clear()
        vars(ctx).clear()


def text_of(doc: Doc) -> str:
    """The document's text, joined once (``Doc.text`` joins every token on each call)."""
    ctx = doc.user_data.get(CONTEXT_KEY)  # context_of's own lookup, without its call (asked ~150 times a report)
    return (ctx if ctx is not None else context_of(doc)).text


def tokens_of(doc: Doc) -> list[Token]:
    """The document's Token objects, made once (``doc[i]`` makes a new one on each call)."""
    ctx = doc.user_data.get(CONTEXT_KEY)
    return (ctx if ctx is not None else context_of(doc)).tokens


def tokens_in(span: Span) -> list[Token]:
    """The span's Token objects, made once: iterating a Span (a sentence, a phrase) makes
    a new Token for each word through ``doc[i]``."""
    doc = span.doc
    ctx = doc.user_data.get(CONTEXT_KEY)
    return (ctx if ctx is not None else context_of(doc)).tokens[span.start:span.end]
