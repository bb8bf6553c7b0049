"""Figure series, the statements: every figure of the records read as one statement
of a count, keyed (reconciled in :mod:`claimledger.link.series`).

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

"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from claimledger.data.tables import combatant_words, number_word_alternation
from claimledger.extract.numbers import Number, find_numbers
from claimledger.link.report_view import Report, iso_date, reports
from claimledger.link.series_model import HUMAN, PRESS, SeriesKey, Statement
from claimledger.link.speaker_keys import SpeakerIndex
from claimledger.link.toll_words import TOLLS, earlier, increment, risen
from claimledger.sides import side_of

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

@lru_cache(maxsize=1)
def _combatants() -> re.Pattern[str]:
    """Nouns that make a count one of fighters (``data/combatant_words.tsv``)."""
    words = sorted(combatant_words(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


# Populations counted apart whatever the side: "2,000 families", "including six children".
SUBGROUPS = [
    ("households", re.compile(r"\b(?:famil(?:y|ies)|households?)\b", re.I)),
    ("children", re.compile(r"\b(?:child(?:ren)?|minors?|kids|boys|girls|infants?|babies|teenagers?)\b", re.I)),
    ("women", re.compile(r"\b(?:women|woman)\b(?!\s+and\s+(?:child|men))", re.I)),
    # "three field commanders" is a count of a force's leaders, not of its fighters
    ("commanders", re.compile(r"\b(?:commanders?|generals?)\b", re.I)),
    # "staff had moved 40 patients": a hospital's patients, counted apart from the displaced
    ("patients", re.compile(r"\bpatients?\b", re.I)),
]
# Vague amounts named in words (data/number_words.tsv), for figures whose text find_numbers
# does not read.
VAGUE_WORDS = re.compile(
    rf"\b(?:{number_word_alternation('vague')}|several hundred|a few (?:dozen|hundred|thousand))\b", re.I
)


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
    theatre = _across_the_line(report, figure, report.theatre_of(figure.get("place")), side)
    quantity = figure["quantity"]
    if quantity == "killed" and not figure.get("side") and CIVILIANS.search(figure.get("subject") or ""):
        # "the number of Thai civilians killed has risen to nine" counts what "four civilians
        # killed" counted: one series
        quantity = "civilians_killed"
    return Statement(
        document=report.id, figure=figure["id"], claim=figure.get("claim"), outlet=report.outlet,
        published=report.published, as_of=iso_date(figure.get("as_of")), origin=report.origin,
        speaker=index.label(key) if key else None, speaker_side=side, family=family, party=party,
        value=float(figure["value"]), low=_float(figure.get("low")), high=_float(figure.get("high")),
        approximate=bool(figure.get("approximate")), bound=number.bound if number else None,
        qualifier=number.qualifier if number else None, vague=vague, text=figure.get("text") or "",
        place=place, key=SeriesKey(quantity, _counted_side(figure, side), theatre, period,
                                    _who(figure, _following(report, figure))),
        risen=risen(report, figure), increment=increment(report, figure, number),
        earlier=earlier(report, figure),
    )


CIVILIANS = re.compile(r"\bcivilians?\b", re.I)


# "two of its soldiers", "our men": the speaker counts its own side
OWN = re.compile(r"\b(?:its|our)\b", re.I)


def _counted_side(figure: dict, speaker_side: str | None) -> str | None:
    """The side the figure counts: the record's, but a party's "its soldiers" or "our men"
    are the speaker's own ("Phnom Penh's defence ministry said two of its soldiers had died")."""
    if speaker_side and OWN.search(figure.get("text") or ""):
        return speaker_side
    return figure.get("side")


def stored_as(quantity: str) -> set[str]:
    """The quantities of stored figures a series of ``quantity`` reads: a "killed" figure
    counting civilians is read as ``civilians_killed`` (:func:`_statement`)."""
    return {quantity, "killed"} if quantity == "civilians_killed" else {quantity}
# "wounded by Thai artillery": who inflicted the count, named by a demonym
_ARMS = (r"[A-Z][\w'’-]*\s+(?:artillery|shell(?:ing|s|fire)?|fire|forces|troops|soldiers|army|(?:air ?)?strikes?"
         r"|drones?|rockets?|missiles?|jets|mortars?)")
# "wounded by Thai artillery", "Thai artillery had wounded": who inflicted the count, named by
# a demonym, right after or right before the figure
INFLICTED_AFTER = re.compile(rf"^[^.;]{{0,40}}?\bby\s+(?:the\s+)?(?P<who>{_ARMS})\b")
INFLICTED_BEFORE = re.compile(rf"\b(?P<who>{_ARMS})\s+(?:had\s+|has\s+|have\s+)?(?:wounded|killed|injured|hit)\s+$")


def _across_the_line(report: Report, figure: dict, theatre: str | None, speaker_side: str | None) -> str | None:
    """A count inflicted by the theatre's own state ("three civilians had been wounded by Thai
    artillery" in a report placed in Thailand) is of people across the line, in a border war:
    in the speaker's country when the speaker is the other state, else in the one other
    country the report's places name."""
    start, end = figure.get("span") or (0, 0)
    hit = INFLICTED_AFTER.search(report.text[end:end + 80]) if end else None
    hit = hit or (INFLICTED_BEFORE.search(report.text[max(0, start - 60):start]) if start else None)
    if theatre is None or hit is None or side_of(hit.group("who")) != theatre:
        return theatre
    if speaker_side and len(speaker_side) == 2 and speaker_side != theatre:
        return speaker_side
    others = [c for c in report.places_per_country if c and c != theatre]
    return others[0] if len(others) == 1 else theatre


def _number(figure: dict) -> Number | None:
    """The figure's own number, read again from its text for its bound and vagueness."""
    numbers = find_numbers(figure.get("text") or "")
    value = figure.get("value")
    return next((n for n in numbers if value is not None and abs(n.value - float(value)) < 1e-6),
                numbers[0] if len(numbers) == 1 else None)


# "nine of them", "most of whom": a part of the count just told, whose kind follows the
# figure's words ("…, nine of them children").
PART_OF = re.compile(r"\bof\s+(?:them|those|these|whom|the\s+(?:people|wounded|injured|dead|victims|casualties"
                     r"|patients|bodies))\s*$", re.I)
# "No one was hurt in the blast": a count of one strike of the happening, not its toll.
ONE_STRIKE = re.compile(r"^\s*(?:was|were|had been)\s+(?:hurt|injured|wounded|killed)\s+(?:in|by)\s+"
                        r"(?:the|that|this)\s+(?:blast|explosion|strike|impact|shell|rocket|missile|incident)\b", re.I)
PART_KIND = re.compile(r"^\s*(?:were\s+|being\s+)?(?P<kind>[\w'’-]+(?:\s+[\w'’-]+)?)")


def _who(figure: dict, following: str = "") -> str | None:
    """Without a side, "300 soldiers" and "120 people" count different populations;
    "2,000 families" counts households and "six children" children, whatever the side.
    A part of a count ("nine of them children") is of the kind named right after it
    (``following``: the report's words after the figure), else a part apart ("part")."""
    if figure.get("quantity", "killed") not in HUMAN:
        return None
    words = figure.get("subject") or figure.get("text") or ""
    if figure.get("value") == 0 and ONE_STRIKE.match(following):
        return "part"
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


def _clause(report: Report, figure: dict) -> str:
    """The figure's claim's words, else its sentence."""
    claim = report.claims.get(figure.get("claim") or "")
    if claim is not None:
        return claim.get("text") or ""
    s, e = figure.get("span") or (0, 0)
    text = report.text
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    end = min((i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0), default=len(text))
    return text[start:end]


def _period(report: Report, figure: dict) -> str:
    clause = _clause(report, figure)
    if DAY.search(clause):
        return "day"
    return "war" if WAR_TO_DATE.search(clause) else "total"


def _float(value: object) -> float | None:
    """A number from the record; None for anything else (a figure without one is skipped)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
