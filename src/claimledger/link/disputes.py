"""Contradictions and silences across reports.

**Independent origins.** Contradictions are between independent origins
(:mod:`claimledger.link.origins`). Each statement is folded to its origin first
(:mod:`claimledger.link.carriers`): a copy's, a rewrite's or a relay's statement is its
origin's statement, so a report disputing the wire disputes it once, however many outlets
repeat it; each side of a contradiction names every report carrying it (``documents``,
``outlets``: the origin's own report first) as its evidence. A derivative never disputes
its own origin (it adds no source of its own), but two sources one report quotes against
each other ("the RSF said it withdrew; the army denied it") are two sources: their
dispute is kept, once, however many copies repeat it.

**Figure contradictions.** Within one figure series (:mod:`claimledger.link.series`:
one quantity, side counted, theatre and period), two origins' statements contradict when

* they come from different origins and different source families (a family's own later
  figure is an update or a revision, never a contradiction; a statement carried under
  several names by an origin's rewrites belongs to each of them);
* they were made within ``window_days`` (default 7) of each other, or one is undated:
  a toll from May and a toll from July describe different moments of a rising count;
  in a series of one day's tolls ("overnight", "on Tuesday"), within one day;
* the later of two dated statements is not told as a rise ("the toll has risen to 41"),
  nor said by a speaker whose victims' toll the same report tells as risen ("the toll rose
  to 16 … another 41 people were injured"), to a value at or above what the earlier allows: a
  count that grew between two dates is no contradiction, whoever gave the earlier count;
* the lower one's family does not later tell its own toll as risen past the higher one
  ("nine killed" on Monday, "has risen to 16" on Wednesday, against another source's 12 on
  Monday): its first count was a count in progress;
* neither is an increment ("seven more bodies were found"): it counts what was added;
  nor an earlier count restated beside a new toll ("raising the earlier toll of 14");
* the values they allow do not overlap. TOLERANCE: a stated range allows its ends
  ("between 200 and 300": 200–300); an approximate number ("about", "around", "some",
  "estimated") ±20%; a plain number ±5% (rounding, late counts); "nearly N", "almost N"
  85–100% of N; "up to N", "as many as N" 0–N; "at least N", "more than N", "N+" N and
  above; a vague amount ("dozens" 12, "hundreds" 100) its coded value and above. So
  "about 4,000" (3,200–4,800) and "4,500" agree; "hundreds" and "about 40" do not.

One contradiction is kept per pair of speaker families and series, over the origins'
statements: the most recent pair, then the widest gap; a report's own voice against a party
is left out when a family with a speaker disputes that party from the same side (the
newsroom restates its sources). Distances and ``other`` figures
are not compared (they need not count one thing). One denial contradiction is kept per
event, or denied content, and denying family, against the weightiest asserting voice (a
speaker with a side first, an origin's own report before its copies); a claim that
itself reports a denial ("… and denied that civilians were killed") asserts nothing. A
denial a copy or a rewrite repeats, in its own words or under another name for its
speaker, against the same asserting origin is its origin's denial: one contradiction.

**Denials.** One side asserts what another denies (events matched in
:mod:`claimledger.link.event_keys`):

* events of one type (``withdraw``, ``territory_change``, ``attack``…) at one place
  (same place name, or a place the other event's words name: "Kamanyola in South
  Kivu" placed at the region is about the town too) and for
  one actor side (or an unknown one; "its forces", said by a ministry, are the
  ministry's side's), sharing at least a place or an actor side, asserted by one family
  and denied by another: a denying claim, or a negation on the event's own words ("has
  not retaken", "never withdrew");
* a claim with polarity ``denied`` (a denying cue: deny, dismiss, reject…) whose content
  shares at least half of its content words (two or more) with an affirmed claim of
  another family, when the names one gives all appear in the other and the two do not
  both carry events (then the events decide).

"No acknowledgment by X" and "X did not comment" are silences, not denials.

Silences are read in :mod:`claimledger.link.silences` (re-exported here).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations

from claimledger.data.tables import armed_groups
from claimledger.link.carriers import OriginStatement, documents_and_outlets, origin_statements, overlap
from claimledger.link.corroborate import content_words
from claimledger.link.event_keys import EventKey, compatible, event_key
from claimledger.link.report_view import Report, days_between, reports
from claimledger.link.series import series, told_as_rise_over
from claimledger.link.series_model import PRESS, FigureSeries, Statement
from claimledger.link.silences import Silence, armed_group_pattern, is_silence_claim, silences
from claimledger.link.speaker_keys import SpeakerIndex, own_speaker


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
    # every report carrying this side: the origin's own report (or the earliest) first, then its
    # copies, rewrites and relays, with their outlets (parallel lists)
    documents: list[str] = field(default_factory=list)
    outlets: list[str | None] = field(default_factory=list)

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


# ---------------------------------------------------------------- figure contradictions
def _fmt(s: Statement) -> str:
    lo, hi = s.interval
    allowed = f"{lo:,.0f}+" if hi is None else f"{lo:,.0f}–{hi:,.0f}"
    return f"{s.text or s.value} ({allowed})"


def figure_contradictions(one: FigureSeries, window_days: int = 7) -> list[Contradiction]:
    """The contradictions inside one series (rules in the module docstring): statements are
    folded to their origins first (:mod:`claimledger.link.carriers`), then one contradiction
    is kept per pair of speaker families, the most recent."""
    kept: dict[tuple[str, str], tuple[tuple, OriginStatement, OriginStatement]] = {}
    if one.key.quantity in NOT_ONE_COUNT or one.key.who == "part":
        # parts of counts ("nine of them", "three of the wounded") need not be one part
        return []
    # "seven more bodies" counts what was added since the last count, "the earlier toll of 14"
    # restates an old one: no toll of this date to compare
    counts = [s for s in one.statements if not s.uncounted]
    for x, y in combinations(origin_statements(counts), 2):
        a, b = x.first, y.first
        if x.families & y.families or x.origin == y.origin and not set(x.documents) & set(y.documents):
            # a family's later figure is an update; an origin's derivatives add no source of their
            # own, but two sources one report quotes against each other are two
            continue
        if (a.vague and b.vague) or overlap(a.interval, b.interval):
            continue
        gap = days_between(a.date, b.date)
        if gap is not None and gap > (DAY_WINDOW if one.key.period == "day" else window_days):
            continue
        if _told_as_a_rise(a, b) or _counted_on_past(a, b, counts) or _counted_on_past(b, a, counts):
            continue
        first, second = sorted((x, y), key=lambda o: (o.first.date or "", o.first.document))
        pair = tuple(sorted((a.family, b.family)))
        rank = (max(a.date or "", b.date or ""), abs(a.value - b.value))
        if pair not in kept or rank > kept[pair][0]:
            kept[pair] = (rank, first, second)
    return [Contradiction("figures", one.key.label(), _figure_source(x), _figure_source(y),
                          f"{_fmt(x.first)} vs {_fmt(y.first)}: the values they allow do not overlap")
            for pair, (_, x, y) in kept.items() if not _press_echo(pair, x, y, kept)]


def _press_echo(pair: tuple[str, str], x: OriginStatement, y: OriginStatement, kept: Mapping) -> bool:
    """A report's own voice ("11 soldiers killed" in a headline) against a party another
    family with a speaker already disputes from the same side (an officer's 17 against the
    same 47): the newsroom restates its sources, so the sourced dispute is the one shown."""
    if PRESS not in pair or pair[0] == pair[1]:
        return False
    press, other = (x, y) if x.first.family == PRESS else (y, x)
    lower = press.first.value < other.first.value
    for (f1, f2), (_, a, b) in kept.items():
        if PRESS in (f1, f2) or other.first.family not in (f1, f2):
            continue
        sourced = a if a.first.family != other.first.family else b
        if (sourced.first.value < other.first.value) == lower:
            return True
    return False


# One day's tolls ("killed overnight") are compared only when told within a day of each other:
# two nights a week apart are two tolls.
DAY_WINDOW = 1
# Quantities whose figures need not count one thing: distances, and "other".
NOT_ONE_COUNT = {"other", "distance"}


def _told_as_a_rise(a: Statement, b: Statement) -> bool:
    """The later statement tells the count as risen to its value ("has risen to 41"), or is
    said in a report that tells a toll as risen ("the toll rose to 16 … another 41 people were
    injured"), and allows nothing below what the earlier one allows: the toll grew between the
    two dates, whoever gave the earlier count."""
    return told_as_rise_over(a, b) or told_as_rise_over(b, a)


def _counted_on_past(lower: Statement, higher: Statement, counts: Sequence[Statement]) -> bool:
    """``lower``'s family later tells its own toll as risen past what ``higher`` allows ("9
    killed" on Monday, "has risen to 16" on Wednesday, against another source's 12 on Monday):
    its first count was a count in progress, not a denial of the higher one."""
    if lower.value >= higher.value or lower.date is None:
        return False
    return any(s.family == lower.family and s.date is not None and s.date > lower.date
               and (s.risen or s.in_update) and s.interval[0] >= higher.interval[0] for s in counts)


def _figure_source(o: OriginStatement) -> Source:
    s = o.first
    return Source(s.document, s.outlet, s.date, s.origin, s.speaker, s.speaker_side, s.family, s.text,
                  s.claim, s.figure, s.value, s.interval, o.documents, o.outlets)


# ---------------------------------------------------------------- denials
NEGATION = re.compile(r"\b(?:not|never|no longer|n't|no)\b", re.I)
# Bounds written with a negation state a count, they deny nothing: "no fewer than 40",
# "not less than 200", "no more than a dozen".
NEGATED_BOUND = re.compile(r"\b(?:no|not)\s+(?:fewer|less|more|lower|higher|under|over)\b", re.I)
@dataclass
class _Voice:
    report: Report
    family: str
    speaker: str | None
    side: str | None
    claim: str | None
    text: str
    events: bool = False


def _claim_voice(report: Report, claim: dict, index: SpeakerIndex, text: str = "", *,
                 with_events: bool = False) -> _Voice:
    """The voice of one claim: its speaker's family (or the report's origin), label and side."""
    speaker = own_speaker(report, claim)
    key = index.key(speaker)
    return _Voice(report, index.family(speaker) or f"report:{report.origin}", index.label(key) or speaker.get("name"),
                  index.side(key, speaker.get("side")), claim["id"], claim.get("text") or text,
                  with_events and bool(claim.get("events")))


def _claim_voices(views: Sequence[Report], index: SpeakerIndex, *,
                  with_events: bool = False) -> Iterator[tuple[Report, dict, _Voice]]:
    """Every claim of the reports that is no silence, with its voice."""
    for report in views:
        headline = headline_end(report)
        for claim in report.claims.values():
            if not is_silence_claim(claim, report.text) and (claim.get("span") or (0, 0))[0] >= headline:
                yield report, claim, _claim_voice(report, claim, index, with_events=with_events)


NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]*")


def _same_names(a: str, b: str) -> bool:
    """The names one content gives all appear in the other ("Khan Younis" in both; not
    "Axum" against "Shire")."""
    na, nb = set(NAME.findall(a)), set(NAME.findall(b))
    return na <= nb or nb <= na


def _voices(report: Report, event: dict, index: SpeakerIndex) -> tuple[list[_Voice], list[_Voice]]:
    """Who asserts the event, and who denies it. An event told in the headline has no voice."""
    text = event.get("text") or ""
    if (event.get("span") or [0, 0])[0] < headline_end(report):
        return [], []
    start = (event.get("span") or [0, 0])[0]
    before = report.text[max(0, start - 40):start]
    negated = (bool(NEGATION.search(NEGATED_BOUND.sub(" ", text)))
               or bool(re.search(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", before)))
    asserting, denying = [], []
    claims = [report.claims[c] for c in event.get("claims") or [] if c in report.claims]
    for claim in claims:
        if is_silence_claim(claim, report.text):
            continue
        voice = _claim_voice(report, claim, index, text)
        # each claim says for itself whether it asserts or denies: one event may carry both
        denies = negated or claim.get("polarity") == "denied" or _negates_event(claim.get("text") or "", event)
        (denying if denies else asserting).append(voice)
    if not claims:
        voice = _Voice(report, f"report:{report.origin}", report.outlet, None, None, text)
        (denying if negated or event.get("certainty") == "denied" else asserting).append(voice)
    if len(denying) > 1:
        # "The ministry rejected claims that troops had retaken the temple" and its
        # spokesman's quote "they have not retaken it" are one denial of one event, told
        # twice: the speaker's own words stand for it
        mode = {c["id"]: c.get("mode") for c in claims}
        denying = [min(denying, key=lambda v: (v.side is None, mode.get(v.claim) != "direct", v.speaker is None))]
    return asserting, denying


def _negates_event(claim_text: str, event: dict) -> bool:
    """The claim's own words negate a word of the event's ("has not retaken"), though the event
    was read in a sentence without a negation ("rejected claims that troops had retaken the
    temple"). The actor's and the target's names are no such word ("not the army")."""
    named = " ".join(str((event.get(k) or {}).get("name") or "") for k in ("actor", "target")).lower()
    words = {w for w in re.findall(r"[a-z]{4,}", (event.get("text") or "").lower()) if w not in named}
    return any(re.search(rf"\b(?:not|never|n't|no longer)\s+(?:\w+\s+)?{w}\b", claim_text, re.I) for w in words)




def event_denials(views: Sequence[Report], index: SpeakerIndex) -> list[Contradiction]:
    """One contradiction per event (type and place) and denying family, against the
    weightiest asserting voice: a speaker with a side, then a named speaker, then a
    report's own words; an origin before its derivatives; the earliest among equals."""
    by_type: dict[str, list[tuple[EventKey, list[_Voice], list[_Voice]]]] = defaultdict(list)
    known = frozenset(str(p.get("name") or "").lower() for r in views for p in r.places.values()) - {""}
    for report in views:
        for event in report.events.values():
            key = event_key(report, event, index, known)
            asserting, denying = _voices(report, event, index)
            by_type[key.type].append((key, asserting, denying))
    best: dict[tuple, tuple[tuple, _Voice, _Voice, str, EventKey, EventKey]] = {}
    # only events with asserting voices against events of the same type with denying ones
    pairs = ((a, d) for entries in by_type.values() for a in entries if a[1] for d in entries if d[2])
    for (key_a, asserting, _), (key_d, _, denying) in pairs:
        if not compatible(key_a, key_d):
            continue
        place = key_a.place or key_d.place
        for d in denying:
            for a in asserting:
                if a.family == d.family or _one_origins_retelling(a.report, d.report):
                    continue  # one family, or a derivative retelling its origin: no independent sources
                # the origin before its copies and relays, which say the same later or as much
                rank = (a.side is None, a.claim is None, a.report.origin != a.report.id,
                        a.report.published or "9999", a.report.id)
                slot = (key_a.type, place, d.family)
                if slot not in best or rank < best[slot][0]:
                    best[slot] = (rank, a, d, f"{key_a.type} at {place or 'an unnamed place'}", key_a, key_d)
    out = []
    for _, a, d, subject, key_a, key_d in best.values():
        entries = by_type[key_a.type]
        a_by = _event_carriers(a, key_a, ((k, voices) for k, voices, _ in entries))
        d_by = _event_carriers(d, key_d, ((k, voices) for k, _, voices in entries))
        out.append(Contradiction("denial", subject, _voice_source(a, a_by), _voice_source(d, d_by),
                                 f"{a.speaker or 'the report'} asserts, {d.speaker or 'the report'} denies"))
    return out


def _event_carriers(voice: _Voice, key: EventKey, entries: Iterable[tuple[EventKey, list[_Voice]]]) -> list[_Voice]:
    """The voices of ``voice``'s origin that tell the same event the same way (assert it, or
    deny it): the copies and rewrites carrying this side."""
    return [v for k, voices in entries for v in voices
            if v.report.origin == voice.report.origin and (k == key or compatible(k, key))]


def _voice_source(v: _Voice, carriers: Iterable[_Voice] = ()) -> Source:
    r = v.report
    by_date = sorted((c.report for c in carriers), key=lambda c: (c.published or "9999", c.id))
    documents, outlets = documents_and_outlets([(r.id, r.outlet)] + [(c.id, c.outlet) for c in by_date])
    return Source(r.id, r.outlet, r.published, r.origin, v.speaker, v.side, v.family, v.text, v.claim,
                  documents=documents, outlets=outlets)


# An "affirmed" claim that reports a denial ("… and denied that civilians were killed")
# asserts nothing the denial could contradict.
REPORTS_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut\w+)\b", re.I)


# "Rwanda-backed M23 rebels", "the Saudi-led coalition": the reporter's description of an
# actor inside a claim, not what the speaker asserts ("Rwanda-backed M23 rebels seized the
# town, a rebel spokesman said" is no M23 claim of Rwandan backing for Kigali to deny).
DESCRIBED_BY = re.compile(r"\b[\w'’]+-(?:backed|led|allied|supported|sponsored|aligned|funded|armed)\b", re.I)


def claim_denials(views: Sequence[Report], index: SpeakerIndex) -> list[Contradiction]:
    """One contradiction per denial (denying family and content), against the weightiest
    asserting voice (a speaker with a side, then the earliest)."""
    affirmed, denied = [], []
    for _, claim, voice in _claim_voices(views, index, with_events=True):
        if claim.get("polarity") == "denied":
            denied.append((voice, content_words(voice.text)))
        elif not REPORTS_DENIAL.search(voice.text):
            affirmed.append((voice, content_words(DESCRIBED_BY.sub(" ", voice.text))))
    best: dict[tuple, tuple[tuple, _Voice, _Voice, frozenset[str], frozenset[str]]] = {}
    for d, d_words in denied:
        for a, a_words in affirmed:
            if a.family == d.family or _one_origins_retelling(a.report, d.report) \
                    or not _same_content(a_words, d_words):
                continue  # one family, a derivative retelling its origin, or other content
            if (a.events and d.events) or not _same_names(a.text, d.text) \
                    or not _shares_more_than_names(a.text, d.text, a_words & d_words):
                continue  # events decide when both have them; other places or actors are other content
            # copies of one denial, and one denial against many wordings of one assertion, count once
            slot = (d.family, d_words)
            # a speaker with a side first; the origin's own report before its copies, then the earliest
            rank = (a.side is None, a.report.origin != a.report.id, a.report.published or "9999", a.report.id)
            if slot not in best or rank < best[slot][0]:
                best[slot] = (rank, a, d, a_words, d_words)
    out = []
    for _, a, d, a_words, d_words in best.values():
        # the reports of each side's origin that say the same against the other side
        a_by = [v for v, words in affirmed if v.report.origin == a.report.origin and _same_content(words, d_words)]
        d_by = [v for v, words in denied if v.report.origin == d.report.origin and _same_content(a_words, words)]
        out.append(Contradiction("denial", d.text, _voice_source(a, a_by), _voice_source(d, d_by),
                                 f"{a.speaker or 'the report'} asserts, {d.speaker or 'the report'} denies"))
    return out


# A group's denial of taking part ("denied that its fighters had taken part", "denies any
# involvement", "had nothing to do with the attack") and another party's blame of that group
# ("blamed CODECO for the killings", "accused the RSF of", "testimony pointing to M23 fighters").
INVOLVEMENT = re.compile(r"\b(?:tak(?:en|e|es|ing) part|took part|involve\w*|responsib\w*|behind (?:the|this|it)"
                         r"|carr(?:y|ied|ies) out|role in|participat\w*)\b", re.I)
DISOWNING = re.compile(r"\b(?:nothing to do with|no (?:role|part|hand|involvement) in"
                       r"|(?:not|never) (?:involved|responsible|behind))\b", re.I)
BLAME = re.compile(r"\b(?:blam\w+|accus\w+|attribut\w+|pointing to|responsible for|carried out by|perpetrated by)\b",
                   re.I)


def _groups_named(text: str) -> set[str]:
    """The armed groups a text names, as the table lists them ("Al-Shabaab" is al-shabaab)."""
    return {m.group(0) if m.group(0) in armed_groups() else m.group(0).lower()
            for m in armed_group_pattern().finditer(text)}


def _denied_groups(report: Report, claim: dict) -> set[str]:
    """The armed groups a claim denies taking part for: named in its speaker's words ("the
    political wing of CODECO … denied that its fighters had taken part") or its speaker's name."""
    text = claim.get("text") or ""
    if not ((claim.get("polarity") == "denied" and INVOLVEMENT.search(text)) or DISOWNING.search(text)):
        return set()
    speaker = claim.get("speaker") or {}
    s, e = speaker.get("span") or (0, 0)
    return _groups_named(report.text[s:e] if e else "") | _groups_named(speaker.get("name") or "")


def responsibility_denials(views: Sequence[Report], index: SpeakerIndex) -> list[Contradiction]:
    """One contradiction per armed group and denying family: the group (or its wing) denies
    taking part, another family blames it; against the weightiest blaming voice (a speaker
    with a side, the origin's own report, the earliest)."""
    denying, blaming = [], []
    for report, claim, voice in _claim_voices(views, index):
        if groups := _denied_groups(report, claim):
            denying.append((voice, groups))
        elif claim.get("polarity") != "denied" and (BLAME.search(claim.get("cue") or "") or BLAME.search(
                voice.text)):
            blaming.append((voice, _groups_named(voice.text)))
    best: dict[tuple, tuple[tuple, _Voice, _Voice, str]] = {}
    for d, d_groups in denying:
        for a, a_groups in blaming:
            if a.family == d.family or _one_origins_retelling(a.report, d.report) or d.speaker == a.speaker:
                continue
            for group in sorted(d_groups & a_groups):
                rank = (a.side is None, a.report.origin != a.report.id, a.report.published or "9999", a.report.id)
                slot = (group, d.family)
                if slot not in best or rank < best[slot][0]:
                    best[slot] = (rank, a, d, group)
    out = []
    for _, a, d, group in best.values():
        a_by = [v for v, groups in blaming if v.report.origin == a.report.origin and group in groups]
        d_by = [v for v, groups in denying if v.report.origin == d.report.origin and group in groups]
        out.append(Contradiction("denial", f"responsibility of {group}", _voice_source(a, a_by), _voice_source(d, d_by),
                                 f"{a.speaker or 'the report'} blames {group}, {d.speaker or 'the report'} denies"))
    return out


def _same_content(a_words: frozenset[str], d_words: frozenset[str]) -> bool:
    """At least two content words shared, and half of the shorter content's."""
    shared = len(d_words & a_words)
    return shared >= 2 and shared / min(len(d_words), len(a_words)) >= 0.5


def _shares_more_than_names(a: str, b: str, shared: frozenset[str]) -> bool:
    """Some shared word is no part of a name: "the situation around the Ta Muen" shares the
    temple's name with "troops had retaken the Ta Muen", and none of what is said of it."""
    names = content_words(" ".join(NAME.findall(a) + NAME.findall(b)))
    return bool(shared - names)


def headline_end(report: Report) -> int:
    """Where a headline left at the top of the text ends (0: none). A headline is no statement
    by a party: "Cambodian rocket hits Thai hospital grounds" asserts nothing a ministry's
    dismissal could contradict. It is the report's title repeated as the text's first line,
    or a first line standing alone with no sentence end (a title the reader did not take)."""
    text = report.text
    first = text.lstrip()
    offset = len(text) - len(first)
    line = first.split("\n", 1)[0]
    title = (report.title or "").strip()
    if title and first.lower().startswith(title.lower()) and (len(first) == len(title) or first[len(title)] == "\n"):
        return offset + len(title)
    if "\n" in first and 0 < len(line.strip()) <= HEADLINE_CHARS and not line.rstrip().endswith(SENTENCE_ENDS):
        return offset + len(line)
    return 0


HEADLINE_CHARS = 160
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":")


def _one_origins_retelling(a: Report, b: Report) -> bool:
    """Two reports of one origin, told apart: a copy or rewrite repeats its origin's voices,
    so it adds no independent source. One report quoting both sides is two sources."""
    return a.origin == b.origin and a.id != b.id


def contradictions(records: Sequence[dict], origins: Mapping[str, str], *, window_days: int = 7,
                   found_series: Sequence[FigureSeries] | None = None) -> list[Contradiction]:
    """Figure contradictions in every series (``series(records, origins)``, or ``found_series`` when the
    caller has them already), then denials (rules in the module docstring)."""
    views = reports(records, origins)
    index = SpeakerIndex(c.get("speaker") for r in views for c in r.claims.values())
    every = series(records, origins) if found_series is None else found_series
    out = [c for one in every for c in figure_contradictions(one, window_days)]
    seen, denying = set(), set()
    found = []
    for c in event_denials(views, index) + claim_denials(views, index) + responsibility_denials(views, index):
        pair = (c.a.document, c.a.claim, c.b.document, c.b.claim)
        # one denying statement is one contradiction: the event's, found first, stands for it
        said = (c.b.document, c.b.claim) if c.b.claim else None
        if pair not in seen and (said is None or said not in denying):
            seen.add(pair)
            denying.add(said)
            found.append(c)
    return out + fold_through_copies(found)


def fold_through_copies(found: Sequence[Contradiction]) -> list[Contradiction]:
    """One contradiction per pair of independent origins' statements: a denial a copy or a
    rewrite repeats (in its own words, or under another name for the speaker) against the same
    asserting origin, on the same subject or the same asserting claim, is the one its origin
    makes; its reports join that one's evidence. Two denials in one report stay two."""
    kept: list[Contradiction] = []
    for c in found:
        held = next((k for k in kept if k.kind == c.kind and (k.a.origin, k.b.origin) == (c.a.origin, c.b.origin)
                     and (k.subject == c.subject or (k.a.document, k.a.claim) == (c.a.document, c.a.claim))
                     and k.b.document != c.b.document), None)
        if held is None:
            kept.append(c)
            continue
        for mine, theirs in ((held.a, c.a), (held.b, c.b)):
            mine.documents, mine.outlets = documents_and_outlets(
                list(zip(mine.documents, mine.outlets, strict=True)) + list(zip(theirs.documents, theirs.outlets,
                                                                                 strict=True)))
    return kept


__all__ = ["Contradiction", "Silence", "Source", "claim_denials", "contradictions", "event_denials",
           "responsibility_denials",
           "figure_contradictions", "silences"]
