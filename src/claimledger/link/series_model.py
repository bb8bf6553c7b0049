"""Figure series, the shapes: a series' key, one statement of a count, the reconciled
estimate, a party's view and the series (rules in :mod:`claimledger.link.series` and
:mod:`claimledger.link.series_statements`).

**Tolerance.** The values a statement allows (``Statement.interval``, compared by
:mod:`claimledger.link.disputes`): a stated range its ends; "at least N" N and above; "up
to N" 0 to N; "nearly N" 85-100% of N; an approximate number ±20%; a plain number ±5%.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from claimledger.link.report_view import side_name

# The family of figures reports state in their own voice: newsrooms restate the latest
# count they have, so a later, higher one is an update of the press's count.
PRESS = "press"
# "other" gathers counts of unrelated things, and a distance ("about 30 kilometres from the
# front line") says where, not how many: a series of them only when asked for by name.
UNSERIED = {"other", "distance"}
# Quantities that count people (``who`` applies); equipment, distance and "other" do not.
HUMAN = {"killed", "wounded", "casualties", "captured", "missing", "deserted", "deployed", "displaced",
         "civilians_killed"}


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
