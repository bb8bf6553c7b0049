"""Contradictions and silences across reports.

**Figure contradictions.** Within one figure series (:mod:`claimledger.link.series`:
one quantity, side counted, theatre and period), two statements contradict when

* they come from different source families (a family's own later figure is an update
  or a revision, never a contradiction), and neither is a copy of a statement already
  counted (copies of one origin count once);
* they were made within ``window_days`` (default 7) of each other, or one is undated:
  a toll from May and a toll from July describe different moments of a rising count;
  in a series of one day's tolls ("overnight", "on Tuesday"), within one day;
* the values they allow do not overlap. TOLERANCE: a stated range allows its ends
  ("between 200 and 300": 200–300); an approximate number ("about", "around", "some",
  "estimated") ±20%; a plain number ±5% (rounding, late counts); "nearly N", "almost N"
  85–100% of N; "up to N", "as many as N" 0–N; "at least N", "more than N", "N+" N and
  above; a vague amount ("dozens" 12, "hundreds" 100) its coded value and above. So
  "about 4,000" (3,200–4,800) and "4,500" agree; "hundreds" and "about 40" do not.

One contradiction is kept per pair of families and series: the most recent pair, then
the widest gap. Distances and ``other`` figures are not compared (they need not count
one thing). One denial contradiction is kept per event, or denied content, and denying
family, against the weightiest asserting voice (a speaker with a side first); a claim
that itself reports a denial ("… and denied that civilians were killed") asserts
nothing.

**Denials.** One side asserts what another denies:

* events of one type (``withdraw``, ``territory_change``, ``attack``…) at one place
  (same place name; an event without a place takes a place named in its words) and for
  one actor side (or an unknown one; "its forces", said by a ministry, are the
  ministry's side's), sharing at least a place or an actor side, asserted by one family
  and denied by another: a denying claim, or a negation on the event's own words ("has
  not retaken", "never withdrew");
* a claim with polarity ``denied`` (a denying cue: deny, dismiss, reject…) whose content
  shares at least half of its content words (two or more) with an affirmed claim of
  another family, when the names one gives all appear in the other and the two do not
  both carry events (then the events decide).

"No acknowledgment by X" and "X did not comment" are silences, not denials.

**Silences.** A party reported as declining to comment, not acknowledging, neither
confirming nor denying, not responding to requests for comment, or staying silent. Read
from claims whose cue is a statement the speaker did not make (acknowledge, confirm,
comment, respond with polarity ``denied``), and from the text of each report with the
patterns below (regular expressions over the stored text; linking never re-parses). The
party is the subject before the words ("the army declined…") or the maker after them
("no comment from Moscow"); a pronoun is the speaker of the nearest earlier claim. Its
side comes from a speaker of the same name in the report, else from the party's words
(:mod:`claimledger.sides`), else, for "the army" or "the government", from the state
the report is about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import combinations

from claimledger.data import read_table
from claimledger.link.corroborate import content_words
from claimledger.link.report_view import Report, days_between, reports
from claimledger.link.series import FigureSeries, Statement, series
from claimledger.link.speaker_keys import SpeakerIndex
from claimledger.sides import STATE_FORCE, home_state, side_of, side_table


@dataclass
class Source:
    """One side of a contradiction: what was said, by whom, where and when."""

    document: str
    outlet: str | None
    published: str | None
    origin: str
    speaker: str | None
    side: str | None
    family: str
    text: str
    claim: str | None = None
    item: str | None = None  # the figure or event id
    value: float | None = None
    interval: tuple[float, float | None] | None = None

    def as_dict(self) -> dict:
        out = asdict(self)
        out["interval"] = list(self.interval) if self.interval else None
        return out


@dataclass
class Contradiction:
    kind: str  # "figures" | "denial"
    subject: str  # the series label, the event type and place, or the denied content
    a: Source
    b: Source
    detail: str

    def as_dict(self) -> dict:
        return {"kind": self.kind, "subject": self.subject, "a": self.a.as_dict(), "b": self.b.as_dict(),
                "detail": self.detail}


@dataclass
class Silence:
    party: str
    side: str | None
    kind: str  # declined_to_comment | no_response | not_acknowledged | not_confirmed | neither_confirmed_nor_denied
    #           | no_comment | silent
    document: str
    outlet: str | None
    published: str | None
    origin: str
    sentence: str
    span: tuple[int, int]
    claim: str | None = None
    documents: list[str] = field(default_factory=list)  # every report carrying it: copies of its origin

    def as_dict(self) -> dict:
        out = asdict(self)
        out["span"] = list(self.span)
        return out


# ---------------------------------------------------------------- figure contradictions
def _overlap(a: tuple[float, float | None], b: tuple[float, float | None]) -> bool:
    a_hi = float("inf") if a[1] is None else a[1]
    b_hi = float("inf") if b[1] is None else b[1]
    return a[0] <= b_hi and b[0] <= a_hi


def _fmt(s: Statement) -> str:
    lo, hi = s.interval
    allowed = f"{lo:,.0f}+" if hi is None else f"{lo:,.0f}–{hi:,.0f}"
    return f"{s.text or s.value} ({allowed})"


def figure_contradictions(one: FigureSeries, window_days: int = 7) -> list[Contradiction]:
    """The contradictions inside one series (rules in the module docstring)."""
    kept: dict[tuple[str, str], tuple[tuple, Statement, Statement]] = {}
    if one.key.quantity in NOT_ONE_COUNT:
        return []
    items = [s for s in one.statements if s.copy_of is None]
    for a, b in combinations(items, 2):
        if a.family == b.family or (a.vague and b.vague) or _overlap(a.interval, b.interval):
            continue
        gap = days_between(a.date, b.date)
        if gap is not None and gap > (DAY_WINDOW if one.key.period == "day" else window_days):
            continue
        first, second = sorted((a, b), key=lambda s: (s.date or "", s.document))
        pair = tuple(sorted((a.family, b.family)))
        rank = (max(a.date or "", b.date or ""), abs(a.value - b.value))
        if pair not in kept or rank > kept[pair][0]:
            kept[pair] = (rank, first, second)
    return [Contradiction("figures", one.key.label(), _figure_source(a), _figure_source(b),
                          f"{_fmt(a)} vs {_fmt(b)}: the values they allow do not overlap")
            for _, a, b in kept.values()]


# One day's tolls ("killed overnight") are compared only when told within a day of each other:
# two nights a week apart are two tolls.
DAY_WINDOW = 1
# Quantities whose figures need not count one thing: distances, and "other".
NOT_ONE_COUNT = {"other", "distance"}


def _figure_source(s: Statement) -> Source:
    return Source(s.document, s.outlet, s.date, s.origin, s.speaker, s.speaker_side, s.family, s.text,
                  s.claim, s.figure, s.value, s.interval)


# ---------------------------------------------------------------- denials
NEGATION = re.compile(r"\b(?:not|never|no longer|n't|no)\b", re.I)
# Cues of a statement the speaker did NOT make: "no acknowledgment by X", "did not confirm"
SILENCE_CUES = ("acknowledg", "confirm", "comment", "respon", "repl", "react")


def _is_silence_claim(claim: dict) -> bool:
    return claim.get("polarity") == "denied" and (claim.get("cue") or "").lower().startswith(SILENCE_CUES)


@dataclass
class _Voice:
    report: Report
    family: str
    speaker: str | None
    side: str | None
    claim: str | None
    text: str
    events: bool = False


NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]*")


def _same_names(a: str, b: str) -> bool:
    """The names one content gives all appear in the other ("Khan Younis" in both; not
    "Axum" against "Shire")."""
    na, nb = set(NAME.findall(a)), set(NAME.findall(b))
    return na <= nb or nb <= na


def _voices(report: Report, event: dict, index: SpeakerIndex) -> tuple[list[_Voice], list[_Voice]]:
    """Who asserts the event, and who denies it."""
    text = event.get("text") or ""
    start = (event.get("span") or [0, 0])[0]
    before = report.text[max(0, start - 40):start]
    negated = bool(NEGATION.search(text)) or bool(re.search(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", before))
    asserting, denying = [], []
    claims = [report.claims[c] for c in event.get("claims") or [] if c in report.claims]
    for claim in claims:
        if _is_silence_claim(claim):
            continue
        speaker = claim.get("speaker") or {}
        key = index.key(speaker)
        voice = _Voice(report, index.family(speaker) or f"report:{report.origin}", index.label(key) or speaker.get(
            "name"), index.side(key, speaker.get("side")), claim["id"], claim.get("text") or text)
        # each claim says for itself whether it asserts or denies: one event may carry both
        (denying if negated or claim.get("polarity") == "denied" else asserting).append(voice)
    if not claims:
        voice = _Voice(report, f"report:{report.origin}", report.outlet, None, None, text)
        (denying if negated or event.get("certainty") == "denied" else asserting).append(voice)
    return asserting, denying


@dataclass(frozen=True)
class _EventKey:
    type: str
    place: str | None  # the event's place name, lower-case
    side: str | None  # the actor's side
    text: str  # the event's words, lower-case: a place named there counts as its place


def _event_key(report: Report, event: dict, index: SpeakerIndex) -> _EventKey:
    name = report.place_name(event.get("place"))
    actor = event.get("actor") or {}
    side = actor.get("side")
    claims = [report.claims[c] for c in event.get("claims") or [] if c in report.claims]
    if side is None and POSSESSIVE.match(actor.get("name") or "") and len(claims) == 1:
        # "its forces had liberated …", said by a ministry: the speaker's own forces
        speaker = claims[0].get("speaker") or {}
        side = index.side(index.key(speaker), speaker.get("side"))
    return _EventKey(event.get("type") or "other", name.lower() if name else None, side,
                     (event.get("text") or "").lower())


POSSESSIVE = re.compile(r"(?:its|our|their)\b", re.I)


def _compatible(a: _EventKey, b: _EventKey) -> bool:
    """One type; places that agree (equal, or one named in the other's words when it has
    none); actor sides that agree or are unknown; and a place or a side in common."""
    if a.type != b.type or (a.place and b.place and a.place != b.place) or (a.side and b.side and a.side != b.side):
        return False
    same_place = bool((a.place and a.place == b.place) or (a.place and not b.place and a.place in b.text)
                      or (b.place and not a.place and b.place in a.text))
    return same_place or bool(a.side and a.side == b.side)


def event_denials(views: Sequence[Report], index: SpeakerIndex) -> list[Contradiction]:
    """One contradiction per event (type and place) and denying family, against the
    weightiest asserting voice: a speaker with a side, then a named speaker, then a
    report's own words; the earliest among equals."""
    by_type: dict[str, list[tuple[_EventKey, list[_Voice], list[_Voice]]]] = defaultdict(list)
    for report in views:
        for event in report.events.values():
            key = _event_key(report, event, index)
            asserting, denying = _voices(report, event, index)
            by_type[key.type].append((key, asserting, denying))
    best: dict[tuple, tuple[tuple, _Voice, _Voice, str]] = {}
    # only events with asserting voices against events of the same type with denying ones
    pairs = ((a, d) for entries in by_type.values() for a in entries if a[1] for d in entries if d[2])
    for (key_a, asserting, _), (key_d, _, denying) in pairs:
        if not _compatible(key_a, key_d):
            continue
        place = key_a.place or key_d.place
        for d in denying:
            for a in asserting:
                if a.family == d.family:
                    continue
                rank = (a.side is None, a.claim is None, a.report.published or "9999", a.report.id)
                slot = (key_a.type, place, d.family)
                if slot not in best or rank < best[slot][0]:
                    best[slot] = (rank, a, d, f"{key_a.type} at {place or 'an unnamed place'}")
    return [Contradiction("denial", subject, _voice_source(a), _voice_source(d),
                          f"{a.speaker or 'the report'} asserts, {d.speaker or 'the report'} denies")
            for _, a, d, subject in best.values()]


def _voice_source(v: _Voice) -> Source:
    r = v.report
    return Source(r.id, r.outlet, r.published, r.origin, v.speaker, v.side, v.family, v.text, v.claim)


# An "affirmed" claim that reports a denial ("… and denied that civilians were killed")
# asserts nothing the denial could contradict.
REPORTS_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut\w+)\b", re.I)


def claim_denials(views: Sequence[Report], index: SpeakerIndex) -> list[Contradiction]:
    """One contradiction per denial (denying family and content), against the weightiest
    asserting voice (a speaker with a side, then the earliest)."""
    affirmed, denied = [], []
    for report in views:
        for claim in report.claims.values():
            if _is_silence_claim(claim):
                continue
            speaker = claim.get("speaker") or {}
            key = index.key(speaker)
            voice = _Voice(report, index.family(speaker) or f"report:{report.origin}",
                           index.label(key) or speaker.get("name"), index.side(key, speaker.get("side")),
                           claim["id"], claim.get("text") or "", bool(claim.get("events")))
            if claim.get("polarity") == "denied":
                denied.append((voice, content_words(voice.text)))
            elif not REPORTS_DENIAL.search(voice.text):
                affirmed.append((voice, content_words(voice.text)))
    best: dict[tuple, tuple[tuple, _Voice, _Voice]] = {}
    for d, d_words in denied:
        for a, a_words in affirmed:
            shared = len(d_words & a_words)
            if a.family == d.family or shared < 2 or shared / min(len(d_words), len(a_words)) < 0.5:
                continue
            if (a.events and d.events) or not _same_names(a.text, d.text):
                continue  # events decide when both have them; other places or actors are other content
            # copies of one denial, and one denial against many wordings of one assertion, count once
            slot = (d.family, d_words)
            rank = (a.side is None, a.report.published or "9999", a.report.id)
            if slot not in best or rank < best[slot][0]:
                best[slot] = (rank, a, d)
    return [Contradiction("denial", d.text, _voice_source(a), _voice_source(d),
                          f"{a.speaker or 'the report'} asserts, {d.speaker or 'the report'} denies")
            for _, a, d in best.values()]


def contradictions(records: Sequence[dict], origins: Mapping[str, str], *, window_days: int = 7) -> list[Contradiction]:
    """Figure contradictions in every series, then denials (rules in the module docstring)."""
    views = reports(records, origins)
    index = SpeakerIndex(c.get("speaker") for r in views for c in r.claims.values())
    out = [c for one in series(records, origins) for c in figure_contradictions(one, window_days)]
    seen = set()
    for c in event_denials(views, index) + claim_denials(views, index):
        pair = (c.a.document, c.a.claim, c.b.document, c.b.claim)
        if pair not in seen:
            seen.add(pair)
            out.append(c)
    return out


# ---------------------------------------------------------------- silences
_AUX = r"(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|has\s+not|hasn't|have\s+not|haven't|had\s+not|hadn't" \
       r"|would\s+not|wouldn't|could\s+not|couldn't|was\s+not|wasn't|were\s+not|weren't|is\s+not|isn't|are\s+not" \
       r"|aren't|has\s+yet\s+to|have\s+yet\s+to|had\s+yet\s+to|is\s+yet\s+to|was\s+yet\s+to|never)"
_ADV = r"(?:\s+(?:immediately|yet|publicly|officially|formally|so\s+far|directly|openly|independently))*"
_REQUEST = r"(?:a|an|the|our|multiple|several|repeated|two|written)?\s*(?:request|call|email|message|inquir|quer" \
           r"|question)\w*"
# (kind, pattern): the party is the subject before the match, or the named group "after".
SILENCE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(p, re.I)) for kind, p in [
    ("neither_confirmed_nor_denied", r"\b(?:(?:would|could|did)\s+neither\s+confirm\s+nor\s+deny"
                                     r"|neither\s+confirm(?:ed|s)?\s+nor\s+den(?:y|ied|ies)"
                                     r"|(?:declin|refus)\w*\s+to\s+(?:either\s+)?confirm\s+or\s+deny"
                                     rf"|{_AUX}{_ADV}\s+(?:confirm(?:ed)?\s+or\s+den(?:y|ied)))\b"),
    ("declined_to_comment", r"\b(?:declin\w*|refus\w*|would\s+not|wouldn't|did\s+not\s+wish|did\s+not\s+want)"
                            r"\s+to\s+(?:immediately\s+|publicly\s+)?(?:comment|discuss|elaborate|answer|speak"
                            r"|give\s+(?:any\s+)?details|be\s+drawn|say\s+more|talk)\b"),
    ("no_response", rf"\b(?:{_AUX}{_ADV}\s+(?:respond\w*|repl(?:y|ied)|answer\w*|return\w*)\s+(?:to\s+)?{_REQUEST}"
                    r"|(?:could|can)\s*(?:not|n't)\s+(?:immediately\s+)?be\s+reached"
                    r"|(?:was|were|is|are)\s+(?:not|n't)\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment)"),
    ("not_acknowledged", rf"\b{_AUX}{_ADV}\s+(?:acknowledg\w*|admit\w*|recogni[sz]\w*)\b"),
    ("not_confirmed", rf"\b{_AUX}{_ADV}\s+confirm\w*\b"),
    ("no_comment", rf"\b(?:{_AUX}{_ADV}\s+(?:comment\w*|issu\w*\s+(?:a|any)\s+statement"
                   r"|(?:made|make|offer\w*|give|gave|given|provid\w*)\s+(?:any\s+|no\s+)?(?:comment|response))"
                   r"|(?:made|offered|gave|had|has)\s+no\s+(?:immediate\s+|official\s+)?(?:comment|response|reaction))\b"),
    ("silent", r"\b(?:(?:has|have|had)\s+)?(?:remained|remains|remain|stayed|stays|kept|keeps|was|were|has\s+been"
               r"|is|been)\s+(?:largely\s+|conspicuously\s+|notably\s+)?(?:silent|mum)\b"),
    # "there was no comment from X", "no acknowledgment by Moscow", "without confirmation from the army"
    ("after", r"\b(?:no|without(?:\s+any)?)\s+(?:immediate\s+|official\s+|public\s+)?(?P<what>comment|response|reaction"
              r"|acknowledg(?:e)?ment|confirmation|word)\s+(?:from|by)\s+(?P<after>[^.,;:\n]{2,80})"),
]]
_AFTER_KIND = {"comment": "no_comment", "response": "no_response", "reaction": "no_comment", "word": "no_comment",
               "confirmation": "not_confirmed"}
# where a subject phrase starts: after a clause break or a conjunction
_CLAUSE_BREAK = re.compile(r"(?:[,;:(—–]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\bthough\b|\bas\b"
                           r"|\bwhen\b|\bafter\b|\bthat\b|\bwhich\b|\bwho\b)\s*", re.I)
_FIRST_SUBJECT = re.compile(r"\s+(?:said|says|told|was|were|is|are|has|have|had|did|does|would|could|will)\b|,",
                            re.I)
_AFTER_STOP = re.compile(r"\s+(?:on|about|regarding|over|to|for|concerning|of|as|since|after|and|but|in)\s", re.I)
PRONOUNS = {"it", "he", "she", "they", "its", "his", "her", "their", "officials", "the official", "a spokesman",
            "a spokeswoman", "a spokesperson", "the spokesman", "the spokeswoman", "the spokesperson"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "some"}
# A sentence ends at . ! ? (and a closing quote) before a capital, a quote or a line
# break, or at a line break; not after an initial ("U.S.") or a short title ("Gen.").
# Hand-written: linking reads stored text without a parser.
BOUNDARY = re.compile(r"[.!?]+[\"”’]?(?=\s+[A-Z“\"]|\s*$|\s*\n)|\n+")
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Rev|Prof|St|No|Jan|Feb"
                          r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gov|Sen|Rep))\.$")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and ABBREVIATION.search(text[max(0, m.start() - 6):m.start() + 1]):
            continue
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _subject(before: str) -> str:
    """The party named just before the silence words: the last clause's words; for a
    verb coordinated with an earlier one ("X said …, but did not confirm"), the
    sentence's first subject."""
    pieces = _CLAUSE_BREAK.split(before)
    phrase = pieces[-1].strip() if pieces else before.strip()
    if not phrase:
        phrase = _FIRST_SUBJECT.split(before.strip(), maxsplit=1)[0] if before.strip() else ""
    words = phrase.split()
    return " ".join(words[-8:]).strip(" \"“”'")


# Being unable to confirm is not keeping silent; being unreachable is ("could not be reached").
UNABLE = re.compile(r"(?:could\s+not|couldn't|cannot|can't|was\s+unable|were\s+unable)\b", re.I)
UNABLE_KINDS = {"not_confirmed", "not_acknowledged", "no_comment", "neither_confirmed_nor_denied"}


@lru_cache(maxsize=1)
def _newsrooms() -> frozenset[str]:
    """Names of news agencies and outlets (``data/agencies.tsv``, ``data/outlets.tsv``)."""
    names = set()
    for table in ("agencies.tsv", "outlets.tsv"):
        try:
            rows = read_table(table)
        except FileNotFoundError:
            continue
        for row in rows:
            names.add(row[0].lower())
            if len(row) > 1:
                names.update(a.strip().lower() for a in row[1].split("|") if a.strip())
    return frozenset(names)


def _is_newsroom(party: str) -> bool:
    words = party.lower().removeprefix("the ").strip()
    return words in _newsrooms() or words.endswith((" reporters", " journalists", " correspondent"))


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w, _ in read_table("speaker_words.tsv"))


def _can_speak(party: str) -> bool:
    """"The Kremlin", "the army", "a spokesman", "Hamas", "it": a party that could comment;
    "the guns" or "the front line" could not."""
    if party.lower() in PRONOUNS:
        return True
    words = re.findall(r"[\w'’-]+", party)
    if any(w.lower() in _speaker_words() or side_table().is_side_word(w) for w in words):
        return True
    # a name: a capitalised word that is not just the capital of a sentence's first article
    return any(w[0].isupper() for w in words if w.lower() not in DETERMINERS)


def _after(text: str) -> str:
    return _AFTER_STOP.split(" " + text.strip() + " ", maxsplit=1)[0].strip(" \"“”'")


def _party_side(party: str, report: Report, index: SpeakerIndex) -> str | None:
    key = index.key({"name": party, "kind": "organization", "side": None})
    for claim in report.claims.values():
        speaker = claim.get("speaker") or {}
        if speaker.get("name") and (speaker["name"].lower() == party.lower() or index.key(speaker) == key):
            side = index.side(index.key(speaker), speaker.get("side"))
            if side:
                return side
    side = side_of(party)
    if side is None and STATE_FORCE.search(party) and not re.search(r"\b(?:rebel|militia|opposition)", party, re.I):
        side = home_state(report.text)
    return side


def _resolve_pronoun(party: str, at: int, report: Report, index: SpeakerIndex) -> tuple[str, str | None]:
    """"it did not respond": the speaker of the nearest claim before."""
    earlier = [c for c in report.claims.values() if (c.get("span") or [0, 0])[0] <= at and c.get("speaker")]
    if not earlier:
        return party, None
    claim = max(earlier, key=lambda c: c["span"][0])
    key = index.key(claim["speaker"])
    return index.label(key) or claim["speaker"]["name"], index.side(key, claim["speaker"].get("side"))


def _text_silences(report: Report, index: SpeakerIndex) -> list[Silence]:
    out = []
    for start, end in _sentences(report.text):
        raw = report.text[start:end]
        base = start + len(raw) - len(raw.lstrip())
        sentence = raw.strip()
        for kind, pattern in SILENCE_PATTERNS:
            m = pattern.search(sentence)
            if m is None:
                continue
            if kind == "after":
                party = _after(m.group("after"))
                what = m.group("what").lower()
                kind = _AFTER_KIND.get(what, "not_acknowledged")
            else:
                party = _subject(sentence[:m.start()])
            if not party or not _can_speak(party) or _is_newsroom(party):
                continue  # "Reuters could not verify …" is the reporter's caveat, not a party's silence
            if kind in UNABLE_KINDS and UNABLE.match(m.group(0)):
                continue  # "monitors could not confirm the toll": unable, not unwilling
            side = None
            if party.lower() in PRONOUNS:
                party, side = _resolve_pronoun(party, base + m.start(), report, index)
            side = side or _party_side(party, report, index)
            out.append(Silence(party, side, kind, report.id, report.outlet, report.published, report.origin,
                               sentence, (base, base + len(sentence))))
            break  # one silence per sentence: the most specific pattern wins (they are in that order)
    return out


def _claim_silences(report: Report, index: SpeakerIndex) -> list[Silence]:
    out = []
    for claim in report.claims.values():
        if not _is_silence_claim(claim):
            continue
        cue = (claim.get("cue") or "").lower()
        kind = ("not_acknowledged" if cue.startswith("acknowledg") else "not_confirmed" if cue.startswith("confirm")
                else "no_response" if cue.startswith(("respon", "repl")) else "no_comment")
        speaker = claim["speaker"]
        key = index.key(speaker)
        s, e = claim.get("sentence_span") or claim.get("span") or [0, 0]
        out.append(Silence(index.label(key) or speaker.get("name") or "", index.side(key, speaker.get("side")), kind,
                           report.id, report.outlet, report.published, report.origin,
                           report.text[s:e].strip() or claim.get("text") or "", (s, e), claim["id"]))
    return out


def silences(records: Sequence[dict], origins: Mapping[str, str]) -> list[Silence]:
    """Every party reported as silent, per report, by date (rules in the module docstring).
    A claim-based silence wins over a text match on the same sentence."""
    views = reports(records, origins)
    index = SpeakerIndex(c.get("speaker") for r in views for c in r.claims.values())
    out = []
    for report in views:
        found = _claim_silences(report, index)
        for s in _text_silences(report, index):
            if not any(f.span[0] < s.span[1] and s.span[0] < f.span[1] for f in found):
                found.append(s)
        out.extend(sorted(found, key=lambda s: s.span[0]))
    out.sort(key=lambda s: (s.published or "9999", s.document != s.origin, s.document, s.span[0]))
    # copies of one origin carry one silence: the earliest report keeps it, and names them all
    kept: dict[tuple[str, str, str], Silence] = {}
    for s in out:
        key = (s.origin, re.sub(r"^(?:the|a|an)\s+", "", s.party.lower()), s.kind)
        kept.setdefault(key, s).documents.append(s.document)
    return list(kept.values())
