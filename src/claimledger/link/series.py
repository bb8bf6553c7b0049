"""Figure series: every statement of one count across reports, reconciled.

**Key.** Figures are grouped by (quantity, side counted, theatre, period, who): the
quantity and side of the record's figure; the theatre is the country of the figure's
own place when the report names that country in two places or more, else the country
the report is about (its places, weighted by the events placed there, and its demonyms);
the period is ``day`` when the figure's own clause bounds it to one day or night
("overnight", "in the past 24 hours", "on Tuesday", "yesterday"), ``war`` when it counts
the whole war to date ("since the war began", "Sudan's war … has displaced more than 12
million", "nationwide"), and ``total`` otherwise (a toll so far of the happening the
story is about); a war's toll is no update of one strike's; who: "2,000 families"
counts households, "six children" children and "three field commanders" commanders,
and for a count of people with no stated side "300 soldiers" are combatants and "120
people" are people (other populations). Figures of quantity ``other`` (counts of unrelated things) and
distances make a series only when asked for by name. A series is read over the records given (a story).

**Statements.** Each figure is a statement: its value or its stated range, whether it
is approximate, bounded ("at least", "more than": a floor; "up to", "as many as": a
ceiling; "nearly", "almost": just under) or vague, who said it (the speaker of the
figure's claim and the speaker's side; a figure outside any claim is the report's own
voice), the report, outlet, date (the figure's ``as_of``, else the report's publication
date) and the report's independent origin. The bound and the vagueness are read from
the figure's text with :func:`claimledger.extract.numbers.find_numbers` (the record
keeps only ``approximate``). Records carry no ``vague`` field: ``build_record`` asks
``find_figures`` for definite counts only, so "dozens killed" reaches a record only when
vague figures are switched on; when it does, its text ("dozens", "scores of",
"hundreds", "thousands of") marks it vague here.

**Source family.** A state party's institutions and officials speak for their side
(family ``side:UA``); a speaker without a side (a UN agency, a rebel group, a monitor)
is its own family; figures reports state in their own voice are one family, the press
(newsrooms restate the latest count they have). Within a family, a later (strictly later
date), higher figure is an **update** and a later, lower one a **revision**: neither is
a contradiction.

**Increments and earlier counts.** A figure that counts what was added since the last count
("seven more bodies had been found", "a further 12 died") is shown in its series, marked
``increment``, but is no count of its own: it joins no reconciliation, update or
contradiction. So is the earlier count a report restates beside a new toll ("raising the
earlier toll of 14", "up from 30"), marked ``earlier``: it was said on an earlier day.

**Reconciliation** (low / best / high per key):

1. Copies count once: one family's statement of one value carried by several reports
   of one origin is one statement (the earliest of them).
2. Each family counts with its latest statement (the latest date; undated statements
   only for a family with no dated one; on one date a number before a bound before a
   vague amount, then the higher).
3. A number counts with its value; a range with its ends and its midpoint; "at least
   N", "more than N", "up to N", "nearly N" with N. Vague amounts are coded as ACLED
   codes them ("dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000) and are
   LOWER BOUNDS only: they set ``floor``, never ``best`` or ``high``.
4. ``best`` = the median of the families' latest values (UCDP GED's "most likely"), the
   lower middle value when their number is even: a value someone stated, and the
   conservative one of the two (ACLED). A family's value that a later toll update has
   risen past (another family's later count told as risen, "has risen to 49", or said in a
   report that tells a toll as risen, at or above what it allows) no longer votes for
   ``best``: the count grew since. It still counts for ``low``. Families, not reports, vote: one UN figure
   relayed by three independent outlets is one voice; ``origins`` counts the
   independent origins behind the series.
5. ``low`` = the lowest of those values and range lows: UCDP's lowest reliable estimate
   and ACLED's most conservative one. ``high`` = the highest of those values and range
   highs ("at least N" does not raise ``high`` above N).
6. When only vague amounts are stated: ``low`` = ``floor`` (the highest vague amount),
   no ``best``, no ``high``.

``history`` repeats the reconciliation at every date, with the statements known by then:
the band a chart draws over time. ``by_party`` splits the series by the speaker's side
(or, without one, by speaker), and ``silent`` names the sides present in the records
(a speaker, an event's actor or target, or a counted side anywhere in them) that state
nothing on this key.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from claimledger.data import read_table
from claimledger.data.tables import number_word_alternation
from claimledger.extract.numbers import Number, find_numbers
from claimledger.link.report_view import Report, iso_date, reports, side_name
from claimledger.link.speaker_keys import SpeakerIndex
from claimledger.link.toll_words import TOLLS, earlier, increment, risen

# A figure's own clause that makes it a tally of one day or night, as daily reports give
# them ("in the past 24 hours", "overnight"). A weekday or "yesterday" dates the happening
# the toll is of ("killing at least 40 people on Friday"): that toll and its later updates
# ("has risen to 62") are one series, and so is an "overnight raid": the adjective dates the
# happening, it does not make a daily tally. "Today" is left out too: "the toll has risen to 450
# today" is a total as of today.
DAY = re.compile(
    r"\b(?:overnight(?!\s+(?:raid|attack|assault|strike|air ?strike|bombing|bombardment|shelling|incursion|massacre"
    r"|ambush|offensive|operation)s?\b)"
    r"|last night|in (?:the )?(?:past|last) (?:24 hours|day)|over the (?:past|last) day"
    r"|in a single day|per day|each day|a day earlier)\b",
    re.I,
)

# A figure's own clause that makes it a count of the whole war (or the whole country) to
# date: the background total a story on one strike or one town closes on. It is kept apart
# from the story's own count, which it would otherwise "update" thirty-fold.
WAR_TO_DATE = re.compile(
    r"\b(?:since (?:the )?(?:war|conflict|invasion|insurgency|uprising|coup)"
    r" (?:began|started|erupted|broke out|escalated)"
    r"|since the (?:start|beginning|outbreak|onset) of (?:the )?(?:war|conflict|invasion|insurgency)"
    # "the insurgency in Cabo Delgado, which began in 2017, has killed …": the war may be named
    # with its region ("in" and up to four capitalised words, matched case-sensitively)
    r"|(?:war|conflict|insurgency|invasion|uprising|rebellion)(?-i:\s+in\s+(?:(?:the\s+)?(?:north|south|east|west|central)\w*\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?:,? which (?:began|started|erupted|broke out)[^,.;]{0,40},)?"
    r" (?:has|have) (?:so far )?(?:killed|left|displaced|forced|uprooted|driven|claimed|wounded)"
    # a count since a year ("has killed more than 6,000 people since 2017"), in one clause with
    # its verb: "killed 30, the deadliest attack since 2019" dates a comparison, not the count
    r"|(?:has|have) (?:so far )?(?:killed|displaced|forced|uprooted|wounded|claimed)\b"
    r"(?:[^,.;]|(?<=\d)[,.](?=\d)){0,60}"
    r"\bsince (?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+)?(?:19|20)\d\d"
    r"|(?:throughout|over the course of) the (?:war|conflict)"
    r"|(?:has|have) been (?:killed|displaced|wounded|injured|uprooted) (?:in|during) the (?:war|conflict)"
    r"|nationwide|countrywide|country-wide|across the country)\b",
    re.I,
)

# The family of figures reports state in their own voice: newsrooms restate the latest
# count they have, so a later, higher one is an update of the press's count.
PRESS = "press"
# "other" gathers counts of unrelated things, and a distance ("about 30 kilometres from the
# front line") says where, not how many: a series of them only when asked for by name.
UNSERIED = {"other", "distance"}
# Quantities that count people (``who`` applies); equipment, distance and "other" do not.
HUMAN = {"killed", "wounded", "casualties", "captured", "missing", "deserted", "deployed", "displaced",
         "civilians_killed"}


@lru_cache(maxsize=1)
def _combatants() -> re.Pattern[str]:
    """Nouns that make a count one of fighters (``data/combatant_words.tsv``)."""
    words = sorted((row[0] for row in read_table("combatant_words.tsv")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


# Populations counted apart whatever the side: "2,000 families", "including six children".
SUBGROUPS = [
    ("households", re.compile(r"\b(?:famil(?:y|ies)|households?)\b", re.I)),
    ("children", re.compile(r"\b(?:child(?:ren)?|minors?|kids|boys|girls|infants?|babies|teenagers?)\b", re.I)),
    ("women", re.compile(r"\b(?:women|woman)\b(?!\s+and\s+(?:child|men))", re.I)),
    # "three field commanders" is a count of a force's leaders, not of its fighters
    ("commanders", re.compile(r"\b(?:commanders?|generals?)\b", re.I)),
]
# Vague amounts named in words (data/number_words.tsv), for figures whose text find_numbers
# does not read.
VAGUE_WORDS = re.compile(
    rf"\b(?:{number_word_alternation('vague')}|several hundred|a few (?:dozen|hundred|thousand))\b", re.I
)
# "nearly 500" is just under 500, "up to 500" anywhere below it
JUST_UNDER = {"nearly", "almost", "close to", "just under"}
APPROXIMATE_TOLERANCE = 0.20  # "about 4,000": 3,200 to 4,800
EXACT_TOLERANCE = 0.05  # "4,000": 3,800 to 4,200 (rounding, late counts)
JUST_UNDER_TOLERANCE = 0.15  # "nearly 4,000": 3,400 to 4,000


@dataclass(frozen=True)
class SeriesKey:
    quantity: str
    side: str | None  # whose people or equipment are counted
    theatre: str | None  # country code of the place
    period: str  # "day", "war" or "total"
    who: str | None = None  # for a count of no stated side: "combatants" or "people"
    # across the ledger, a "total" is the toll of one story's happening: two attacks in one
    # country a week apart are two tolls, not an update of one ("S3"; None within a story)
    story: str | None = None

    def as_dict(self) -> dict:
        return {"quantity": self.quantity, "side": self.side, "theatre": self.theatre, "period": self.period,
                "who": self.who, "story": self.story}

    def label(self) -> str:
        whose = f" ({side_name(self.side)}'s side)" if self.side else ""
        where = f" in {side_name(self.theatre)}" if self.theatre else ""
        when = {"day": ", one day", "war": ", the war to date"}.get(self.period, "")
        who = f" ({self.who})" if self.who else ""
        story = f", story {self.story}" if self.story else ""
        return f"{self.quantity.replace('_', ' ')}{whose}{who}{where}{when}{story}"


@dataclass
class Statement:
    document: str
    figure: str
    claim: str | None
    outlet: str | None
    published: str | None
    as_of: str | None
    origin: str
    speaker: str | None
    speaker_side: str | None
    family: str
    party: str  # the side code, or the speaker's name when the speaker has no side
    value: float
    low: float | None
    high: float | None
    approximate: bool
    bound: str | None  # "min" (at least), "max" (up to, nearly) or None
    qualifier: str | None
    vague: bool
    text: str
    place: str | None
    key: SeriesKey
    risen: bool = False  # told as a count that rose to it ("has risen to 41", "climbed to")
    # said by a speaker whose toll the same report tells as risen (a toll update): the speaker's
    # other counts of the happening ("another 41 people were injured") are updated counts too
    in_update: bool = False
    increment: bool = False  # counts what was added, not the count so far ("seven more bodies")
    earlier: bool = False  # restates the count a toll rose from ("raising the earlier toll of 14")
    change: str | None = None  # "update", "revision" or "repeat" of the family's previous statement
    copy_of: str | None = None  # an earlier report of the same origin stating the same

    @property
    def date(self) -> str | None:
        return self.as_of or self.published

    @property
    def uncounted(self) -> bool:
        """Shown, but no count of this date: an increment, or an earlier count restated."""
        return self.increment or self.earlier

    @property
    def point(self) -> float | None:
        """The value the estimate uses; None for a vague amount (a lower bound only)."""
        return None if self.vague else self.value

    @property
    def interval(self) -> tuple[float, float | None]:
        """The values the statement allows (None: no upper end); see disputes.TOLERANCE."""
        v = self.value
        if self.vague or self.bound == "min":
            return (v, None)
        if self.low is not None and self.high is not None:
            return (self.low, self.high)
        if self.bound == "max":
            under = (self.qualifier or "") in JUST_UNDER
            return (v * (1 - JUST_UNDER_TOLERANCE) if under else 0.0, v)
        slack = APPROXIMATE_TOLERANCE if self.approximate else EXACT_TOLERANCE
        return (v * (1 - slack), v * (1 + slack))

    def as_dict(self) -> dict:
        # the fields are plain values but the key: read directly, where dataclasses.asdict deep-copied
        # each (a third of a stored story view's time went to asdict)
        out = {name: getattr(self, name) for name in _STATEMENT_FIELDS}
        lo, hi = self.interval
        out.update(date=self.date, interval=[lo, hi], key=self.key.as_dict())
        return out


@dataclass
class Estimate:
    low: float | None
    best: float | None
    high: float | None
    floor: float | None  # the highest vague amount ("hundreds" = 100): a lower bound
    families: int
    origins: int
    statements: int
    date: str | None = None  # as known on this date (history) or the latest date (estimate)

    def as_dict(self) -> dict:
        return {"low": self.low, "best": self.best, "high": self.high, "floor": self.floor, "families": self.families,
                "origins": self.origins, "statements": self.statements, "date": self.date}


_STATEMENT_FIELDS = [f.name for f in fields(Statement) if f.name != "key"]


@dataclass
class PartyView:
    party: str
    side: str | None
    label: str
    latest: Statement
    statements: int
    low: float | None
    high: float | None

    def as_dict(self) -> dict:
        return {"party": self.party, "side": self.side, "label": self.label, "latest": self.latest.as_dict(),
                "statements": self.statements, "low": self.low, "high": self.high}


@dataclass
class FigureSeries:
    key: SeriesKey
    statements: list[Statement]  # by date, undated last
    estimate: Estimate
    history: list[Estimate] = field(default_factory=list)
    by_party: list[PartyView] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    @property
    def undated(self) -> list[Statement]:
        return [s for s in self.statements if s.date is None]

    def as_dict(self) -> dict:
        return {
            "key": self.key.as_dict(), "label": self.key.label(), "estimate": self.estimate.as_dict(),
            "statements": [s.as_dict() for s in self.statements], "history": [h.as_dict() for h in self.history],
            "by_party": [p.as_dict() for p in self.by_party], "silent": self.silent, "places": self.places,
            "undated": len(self.undated),
        }


# ---------------------------------------------------------------- statements from records
def statements(records: Sequence[dict], origins: Mapping[str, str]) -> list[Statement]:
    """Every figure of ``records`` as a statement (see the module docstring)."""
    return statements_of(reports(records, origins))


def statements_of(views: Sequence[Report]) -> list[Statement]:
    index = SpeakerIndex(c.get("speaker") for r in views for c in r.claims.values())
    outlets = {r.id: r.outlet for r in views if r.outlet}
    found = [_statement(r, f, index, outlets) for r in views for f in r.figures.values()
             if _float(f.get("value")) is not None and isinstance(f.get("quantity"), str)]
    # the toll-giver's own other counts only: a report that tells the UN's toll as risen and
    # quotes the RSF's claim of soldiers killed updates the UN's counts, not the RSF's
    updating = {(s.document, s.family) for s in found if s.risen and s.key.quantity in TOLLS}
    for s in found:
        s.in_update = (s.document, s.family) in updating and s.key.quantity in TOLLS
    return found


def _voice_of(report: Report, outlets: Mapping[str, str]) -> str:
    """Who speaks in a report's own voice: its origin's outlet (a copy speaks for it)."""
    if report.origin.startswith("outlet:"):
        return report.origin.split(":", 1)[1]
    return outlets.get(report.origin) or report.outlet or "the report itself"


def _statement(report: Report, figure: dict, index: SpeakerIndex, outlets: Mapping[str, str]) -> Statement:
    speaker = report.speaker_of(figure.get("claim"))
    key = index.key(speaker)
    side = index.side(key, (speaker or {}).get("side")) if speaker else None
    if speaker:
        family = index.family(speaker) or f"report:{report.origin}"
        party = side or index.label(key) or speaker.get("name") or "unnamed"
    else:
        family, party = PRESS, _voice_of(report, outlets)
    number = _number(figure)
    vague = bool(figure.get("vague")) if "vague" in figure else (
        number.vague if number is not None else bool(VAGUE_WORDS.search(figure.get("text") or "")))
    period = _period(report, figure)
    # a count of the whole war is of no town, whichever the report is about
    place = None if period == "war" else report.place_name(figure.get("place")) or report.theatre_place
    theatre = report.theatre_of(figure.get("place"))
    return Statement(
        document=report.id, figure=figure["id"], claim=figure.get("claim"), outlet=report.outlet,
        published=report.published, as_of=iso_date(figure.get("as_of")), origin=report.origin,
        speaker=index.label(key) if key else None, speaker_side=side, family=family, party=party,
        value=float(figure["value"]), low=_float(figure.get("low")), high=_float(figure.get("high")),
        approximate=bool(figure.get("approximate")), bound=number.bound if number else None,
        qualifier=number.qualifier if number else None, vague=vague, text=figure.get("text") or "",
        place=place, key=SeriesKey(figure["quantity"], figure.get("side"), theatre, period,
                                    _who(figure, _following(report, figure))),
        risen=risen(report, figure), increment=increment(report, figure, number),
        earlier=earlier(report, figure),
    )


def _number(figure: dict) -> Number | None:
    """The figure's own number, read again from its text for its bound and vagueness."""
    numbers = find_numbers(figure.get("text") or "")
    value = figure.get("value")
    return next((n for n in numbers if value is not None and abs(n.value - float(value)) < 1e-6),
                numbers[0] if len(numbers) == 1 else None)


# "nine of them", "most of whom": a part of the count just told, whose kind follows the
# figure's words ("…, nine of them children").
PART_OF = re.compile(r"\bof\s+(?:them|those|these|whom)\s*$", re.I)
PART_KIND = re.compile(r"^\s*(?:were\s+|being\s+)?(?P<kind>[\w'’-]+(?:\s+[\w'’-]+)?)")


def _who(figure: dict, following: str = "") -> str | None:
    """Without a side, "300 soldiers" and "120 people" count different populations;
    "2,000 families" counts households and "six children" children, whatever the side.
    A part of a count ("nine of them children") is of the kind named right after it
    (``following``: the report's words after the figure), else a part apart ("part")."""
    if figure.get("quantity", "killed") not in HUMAN:
        return None
    words = figure.get("subject") or figure.get("text") or ""
    if PART_OF.search(figure.get("text") or ""):
        kind = PART_KIND.match(following)
        words = kind.group("kind") if kind else ""
        if not any(p.search(words) for _, p in SUBGROUPS) and not _combatants().search(words):
            return "part"
    for who, pattern in SUBGROUPS:
        if pattern.search(words):
            return who
    if figure.get("side"):
        return None
    return "combatants" if _combatants().search(words) else "people"


def _following(report: Report, figure: dict) -> str:
    end = (figure.get("span") or (0, 0))[1]
    return report.text[end:end + 40] if end else ""


def _period(report: Report, figure: dict) -> str:
    claim = report.claims.get(figure.get("claim") or "")
    if claim is not None:
        clause = claim.get("text") or ""
    else:
        s, e = figure.get("span") or (0, 0)
        text = report.text
        start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
        end = min((i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0), default=len(text))
        clause = text[start:end]
    if DAY.search(clause):
        return "day"
    return "war" if WAR_TO_DATE.search(clause) else "total"


def _float(value: object) -> float | None:
    """A number from the record; None for anything else (a figure without one is skipped)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# ---------------------------------------------------------------- reconciliation
def _mark_changes(items: list[Statement]) -> None:
    """Copies of one origin, and each family's updates and revisions over time."""
    seen: dict[tuple[str, str, float], Statement] = {}
    last: dict[str, Statement] = {}
    for s in items:
        if s.uncounted:
            # shown, but no count of its own to update or repeat
            s.change = "increment" if s.increment else "earlier"
            continue
        same = seen.get((s.origin, s.family, s.value))
        if same is not None and same.document != s.document:
            s.copy_of = same.document
            continue
        seen[(s.origin, s.family, s.value)] = s
        before = last.get(s.family)
        if before is not None and s.date is not None and before.date is not None and before.date < s.date:
            s.change = "update" if s.value > before.value else "revision" if s.value < before.value else "repeat"
        last[s.family] = s


def _precision(s: Statement) -> int:
    return 0 if s.vague else 1 if s.bound else 2


def latest_by_family(items: Sequence[Statement]) -> list[Statement]:
    """Each family's latest statement (rule 2); copies left out."""
    best: dict[str, Statement] = {}
    for s in items:
        if s.copy_of is not None or s.uncounted:
            continue
        held = best.get(s.family)
        if held is None or _later(s, held):
            best[s.family] = s
    return list(best.values())


def _later(a: Statement, b: Statement) -> bool:
    if (a.date is None) != (b.date is None):
        return a.date is not None
    if a.date != b.date:
        return (a.date or "") > (b.date or "")
    return (_precision(a), a.value) > (_precision(b), b.value)


def reconcile(items: Sequence[Statement], date: str | None = None) -> Estimate:
    """Low / best / high over statements (rules 1 to 6 of the module docstring)."""
    latest = latest_by_family(items)
    numbers = [s for s in latest if not s.vague]
    floors = [s.value for s in latest if s.vague]
    floor = max(floors) if floors else None
    origins = len({s.origin for s in items})
    if not numbers:
        return Estimate(floor, None, None, floor, len(latest), origins, len(items), date)
    values = sorted(s.value for s in numbers if not superseded(s, numbers))
    lows = [s.low if s.low is not None else s.value for s in numbers]
    highs = [s.high if s.high is not None else s.value for s in numbers]
    return Estimate(min(lows), statistics.median_low(values), max(highs), floor, len(latest), origins,
                    len(items), date)


def told_as_rise_over(later: Statement, earlier: Statement) -> bool:
    """``later`` tells a toll update ("has risen to 49", or said in a report that does) on a
    later date and allows nothing below what ``earlier`` allows: the count grew between the
    two dates, whoever gave the earlier count."""
    if not (later.date and earlier.date) or later.date <= earlier.date:
        return False
    return (later.risen or later.in_update) and later.interval[0] >= earlier.interval[0]


def superseded(s: Statement, latest: Sequence[Statement]) -> bool:
    """A family's count a later toll update has risen past: it stays a low (the most
    conservative count given), but the best estimate is voted among the counts still current,
    so a toll that rose from 11 to 16 is best 16, not the median of 11 and 16."""
    return any(told_as_rise_over(t, s) for t in latest if t is not s)


def _history(items: list[Statement]) -> list[Estimate]:
    dates = sorted({s.date for s in items if s.date is not None})
    return [reconcile([s for s in items if s.date is not None and s.date <= d], d) for d in dates]


def _by_party(items: list[Statement]) -> list[PartyView]:
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in items:
        groups[s.party].append(s)
    views = []
    for party, group in groups.items():
        counts = [s for s in group if not s.uncounted] or group
        latest = max((s for s in counts if s.copy_of is None), key=_sort_latest, default=counts[-1])
        side = group[0].speaker_side if group[0].speaker_side == party else None
        label = side_name(side) if side else party
        lows = [s.low if s.low is not None else s.value for s in counts if not s.vague and not s.uncounted]
        highs = [s.high if s.high is not None else s.value for s in counts if not s.vague and not s.uncounted]
        views.append(PartyView(party, side, label, latest, len(group), min(lows, default=None),
                               max(highs, default=None)))
    return sorted(views, key=lambda v: v.label)


def _sort_latest(s: Statement) -> tuple:
    return (s.date is not None, s.date or "", _precision(s), s.value)


def _present_sides(views: Sequence[Report]) -> set[str]:
    """Sides the records give a part: speakers, actors and targets of events, counted sides."""
    sides = {(c.get("speaker") or {}).get("side") for r in views for c in r.claims.values()}
    sides |= {(e.get(role) or {}).get("side") for r in views for e in r.events.values() for role in ("actor", "target")}
    sides |= {f.get("side") for r in views for f in r.figures.values()}
    return {s for s in sides if s}


def _order(s: Statement) -> tuple:
    return (s.date is None, s.date or "", s.document != s.origin, s.document, s.figure)


def build_series(key: SeriesKey, items: list[Statement], present: set[str]) -> FigureSeries:
    items = sorted(items, key=_order)
    _mark_changes(items)
    estimate = reconcile(items, max((s.date for s in items if s.date), default=None))
    speaking = {s.speaker_side for s in items if s.speaker_side}
    silent = sorted((present | ({key.side} if key.side else set())) - speaking)
    places = list(dict.fromkeys(s.place for s in items if s.place))
    return FigureSeries(key, items, estimate, _history(items), _by_party(items), silent, places)


def figure_series(records: Sequence[dict], origins: Mapping[str, str]) -> list[FigureSeries]:
    """Every series in ``records``: the ones stated by most families first."""
    return series(records, origins)


def series(records: Sequence[dict], origins: Mapping[str, str], *, quantity: str | None = None,
           side: str | None = None, place: str | None = None, since: str | None = None,
           until: str | None = None, stories: Mapping[str, str] | None = None) -> list[FigureSeries]:
    """The series of ``records`` whose statements match the filters: ``quantity`` (as the
    record names it), ``side`` counted (ISO code, any case), ``place`` (a place id or
    name of the figure, or the name or country of the report's theatre; case-insensitive
    part of a name), ``since``/``until`` (ISO dates, inclusive; undated statements kept).
    ``stories`` (document id -> story), for records of several stories: each story's own
    toll (period ``total``) is a series of its own; a war's and a day's counts stay one."""
    views = reports(records, origins)
    by_id = {r.id: r for r in views}

    def wanted(s: Statement) -> bool:
        if quantity and s.key.quantity != quantity.lower():
            return False
        if not quantity and s.key.quantity in UNSERIED:
            return False
        if side and (s.key.side or "").upper() != side.upper():
            return False
        if place and not _place_matches(place, s, by_id[s.document]):
            return False
        return s.date is None or not ((since and s.date < since) or (until and s.date > until))

    return _ranked(views, wanted, stories)


def every_series(records: Sequence[dict], origins: Mapping[str, str]) -> list[FigureSeries]:
    """Every series of ``records``, of every quantity (``UNSERIED`` ones too), ranked as ``series``
    ranks them: ``series(records, origins, quantity=q)`` is this list's series of ``q``, and
    ``series(records, origins)`` its series of the other quantities (a series' statements and
    its silent sides do not depend on which other series are asked for)."""
    return _ranked(reports(records, origins), lambda s: True)


def _ranked(views: Sequence[Report], wanted: Callable[[Statement], bool],
            stories: Mapping[str, str] | None = None) -> list[FigureSeries]:
    groups: dict[SeriesKey, list[Statement]] = defaultdict(list)
    for s in statements_of(views):
        if stories and s.key.period == "total" and stories.get(s.document):
            s.key = replace(s.key, story=stories[s.document])
        if wanted(s):
            groups[s.key].append(s)
    present = _present_sides(views)
    out = [build_series(key, items, present) for key, items in groups.items()]
    # stable: series tied on this rank keep the order their first statement came in, whichever were asked for
    out.sort(key=lambda x: (-x.estimate.families, -len(x.statements), x.key.quantity, x.key.side or ""))
    return out


def _place_matches(wanted: str, s: Statement, report: Report) -> bool:
    w = wanted.strip().lower()
    figure = report.figures.get(s.figure) or {}
    names = [report.place_name(figure.get("place")), s.place, report.theatre_place,
             side_name(s.key.theatre) if s.key.theatre else None]
    if w == (figure.get("place") or "").lower() or w == (s.key.theatre or "").lower():
        return True
    return any(n and w in n.lower() for n in names)
