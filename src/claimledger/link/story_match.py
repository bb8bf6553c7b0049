"""How alike a report and a story are (or two stories): the signals and their weighted sum.

Each signal is in [0, 1]: IDF cosines of words, names, places, numbers, figures and event types;
the cosine of the times named; and clashes (figures counted with other values, main names the
story never mentions, times or numbers of the lead the story never writes, dateline years apart, the
calendar days of a dated lead far from the story's).
``similarity`` weighs them with ``StoryParams`` and decays the sum by the days between the report
and the story when both are dated.
"""

from __future__ import annotations

from datetime import date

from claimledger.link.report_features import StoryFeatures
from claimledger.link.story_model import CLASH_WEIGHTS, NEAR_DAYS, NOVEL_NAMES, Story, StoryParams
from claimledger.link.terms import Idf, cosine, idf_cosine, top


def _bag_cosine(items: frozenset[str], bag: dict[str, float], prefix: str, stats: Idf) -> float:
    if not items or not bag:
        return 0.0
    return idf_cosine({prefix + i: 1.0 for i in items}, {prefix + k: v for k, v in bag.items()}, stats)


def days_apart(day: date | None, story: Story) -> int | None:
    """Days between a report's date and a story's span of dates; None when either is unknown."""
    if day is None or story.first is None or story.last is None:
        return None
    if day < story.first:
        return (story.first - day).days
    return max(0, (day - story.last).days)


def figure_conflict(figures: frozenset[str], story: Story) -> float:
    """Share of the report's counted quantities the story counts only with other values
    (23 pirates captured against 26): a sign of another happening, or of a toll that moved."""
    quantities = {f.split(":", 1)[0] for f in figures}
    if not quantities:
        return 0.0
    told = {f.split(":", 1)[0] for f in story.figures}
    clash = {q for q in quantities & told if not any(f in story.figures for f in figures if f.startswith(q + ":"))}
    return len(clash) / len(quantities)


def novel_names(features: StoryFeatures, story: Story, stats: Idf) -> float:
    """Share of the report's main names (by TF-IDF) the story never mentions: a report on
    another person, ship or town than the story's is likely another happening of the same kind.
    The people it quotes are left out: an outlet with its own witnesses tells the same happening."""
    names = {n: w * stats(n) for n, w in features.names.items() if n not in features.voices}
    main = top(names, NOVEL_NAMES)
    if not main:
        return 0.0
    return sum(1 for n in main if n not in story.names) / len(main)


def year_signals(features: StoryFeatures, story: Story) -> tuple[float, float]:
    """Of an undated report against a story's reports that have a dateline year (``dateline_year``): the share
    of the same year, and the share two or more years off. Undated reports of one happening name
    its year (or the next); two happenings of one kind years apart rarely share it."""
    total = sum(story.years.values())
    if features.published or features.year is None or not total:
        return 0.0, 0.0
    same = story.years.get(str(features.year), 0.0)
    far = sum(n for y, n in story.years.items() if abs(int(y) - features.year) >= 2)
    return same / total, far / total


def particulars_clash(lead: frozenset[str], written: frozenset[str], story_lead: dict[str, float],
                      story_written: dict[str, float]) -> float:
    """How far a report's lead and a story's leads write different particulars of one kind
    (numbers, or places below a country): the share of the report's lead particulars the story
    never writes, times the share of the story's (each counted by the members whose lead has it)
    the report never writes. Another toll, another magnitude, another town on both sides is
    another happening of the same kind; a toll or town the other side also gives lowers it."""
    total = sum(story_lead.values())
    if not lead or not total:
        return 0.0
    report_new = sum(1 for x in lead if x not in story_written) / len(lead)
    story_new = sum(n for x, n in story_lead.items() if x not in written) / total
    return report_new * story_new


def number_clash(features: StoryFeatures, story: Story) -> float:
    """``particulars_clash`` of the numbers in the leads; 0 for a dated report within NEAR_DAYS of a
    dated story: on the same days, outlets and their sources give their own tolls of one happening
    (the dates say more, as for weekdays in ``clashing_times``)."""
    gap = days_apart(features.published, story)
    if gap is not None and gap <= NEAR_DAYS:
        return 0.0
    return particulars_clash(features.lead_numbers, features.numbers, _of_kind(story.lead, "x:"), story.numbers)


def _of_kind(counts: dict[str, float], prefix: str) -> dict[str, float]:
    return {k[len(prefix):]: v for k, v in counts.items() if k.startswith(prefix)}


def when_clash(report: dict[str, float], story: dict[str, float], month_slack: bool = False) -> float:
    """Weighted share of the kinds of time (weekday, month, year) both name where they name none in
    common: a report of a Saturday in 2008 against a story of Thursdays in 2011 (1.0: both clash).
    With ``month_slack``, months one apart ("May 31" against the June funerals) are no clash where
    both sides also name a year in common; without a shared year they still clash."""
    kinds = [k for k in ("d:", "m:", "y:") if any(t.startswith(k) for t in report)
             and any(t.startswith(k) for t in story)]
    if not kinds:
        return 0.0
    years = month_slack and any(t.startswith("y:") and t in story for t in report)
    return sum(CLASH_WEIGHTS[k] for k in kinds if not any(t.startswith(k) and t in story for t in report)
               and not (k == "m:" and years and months_one_apart(report, story))) / len(kinds)


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def months_one_apart(report: dict[str, float], story: dict[str, float]) -> bool:
    """Some month the report names lies next to one the story names (December next to January)."""
    mine = {MONTHS.index(t[2:]) for t in report if t.startswith("m:")}
    theirs = {MONTHS.index(t[2:]) for t in story if t.startswith("m:")}
    return any((a - b) % 12 in (1, 11) for a in mine for b in theirs)


def signals(features: StoryFeatures, story: Story, stats: Idf, params: StoryParams | None = None) -> dict[str, float]:
    """Each way a report can resemble a story, in [0, 1]."""
    params = params or StoryParams()
    year, year_clash = year_signals(features, story)
    return {"text": idf_cosine(features.terms, story.terms, stats),
            "names": idf_cosine(features.names, story.names, stats),
            "places": _bag_cosine(features.places, story.places, "p:", stats),
            "numbers": _bag_cosine(features.numbers, story.numbers, "x:", stats),
            "figures": _bag_cosine(features.figures, story.figures, "f:", stats),
            "events": _bag_cosine(features.events, story.events, "e:", stats),
            "conflict": figure_conflict(features.figures, story),
            "novel": novel_names(features, story, stats),
            "when": cosine(features.when, story.when),
            "when_clash": when_clash(dict.fromkeys(clashing_times(features, story), 1.0), story.when,
                                     month_slack=params.month_slack),
            "same_days": same_days(features, story, stats),
            "number_clash": number_clash(features, story),
            "day_clash": day_clash(features.days, story.days),
            "year": year, "year_clash": year_clash}


def clashing_times(features: StoryFeatures, story: Story) -> frozenset[str]:
    """The times a report's lead names that may clash with a story's: all of them, but weekdays
    when both are dated within NEAR_DAYS (the dates say the days are the same happening's; its
    outlets name the day of the attack, of the arrests or of the denial)."""
    gap = days_apart(features.published, story)
    if gap is None or gap > NEAR_DAYS:
        return features.lead_when
    return frozenset(t for t in features.lead_when if not t.startswith("d:"))


def same_days(features: StoryFeatures, story: Story, stats: Idf) -> float:
    """IDF cosine of the places a dated report and a story dated within a day of it both name
    (countries left out: every story of a war shares them); 0 when either is undated."""
    gap = days_apart(features.published, story)
    if gap is None or gap > NEAR_DAYS:
        return 0.0
    places = frozenset(p for p in features.places if not p.startswith("cc:"))
    return _bag_cosine(places, {p: c for p, c in story.places.items() if not p.startswith("cc:")}, "p:", stats)


def day_clash(days: frozenset[str], story_days: dict[str, float]) -> float:
    """How far a report's days (``lead_days``) lie from a story's: the share of the report's days with
    no day of the story's within NEAR_DAYS, times the share of the story's (each counted by the members
    naming it) with none of the report's within NEAR_DAYS. 1 for a clash on the same border a week
    after the story's; 0 when either names no day, or for a report that also names the story's day
    ("the number killed on Nov. 5 has risen to 12")."""
    total = sum(story_days.values())
    if not days or not total:
        return 0.0
    mine = [date.fromisoformat(d) for d in days]
    theirs = {date.fromisoformat(d): n for d, n in story_days.items()}
    report_far = sum(1 for d in mine if all(abs((d - t).days) > NEAR_DAYS for t in theirs)) / len(mine)
    story_far = sum(n for t, n in theirs.items() if all(abs((d - t).days) > NEAR_DAYS for d in mine)) / total
    return report_far * story_far


def looks_back(features: StoryFeatures, story: Story) -> bool:
    """A dated follow-up of a dated story: its tolls moved and its weekdays are its own day's."""
    return features.follow_up and bool(days_apart(features.published, story))


def similarity(features: StoryFeatures, story: Story, stats: Idf, params: StoryParams) -> float:
    """How likely the report tells the story's happening: a weighted sum of signals, decayed by time."""
    s = signals(features, story, stats, params)
    # a report looking back on a happening of other days ("a week after a clash on the same
    # stretch killed three, one soldier was killed on Tuesday") tells a happening of its own
    follow_up = looks_back(features, story) and not s["day_clash"]
    if follow_up:
        s["conflict"] = s["when_clash"] = s["number_clash"] = 0.0
    # A report naming no one (a one-line brief: "a sheriff's deputy was shot") has only its words to
    # say who and what: the names' weight goes to them, else it could not reach the threshold at all.
    w_text = params.w_text + (params.nameless_words * params.w_names if not features.names else 0.0)
    score = (w_text * s["text"] + params.w_names * s["names"] + params.w_places * s["places"]
             + params.w_numbers * s["numbers"] + params.w_figures * s["figures"] + params.w_events * s["events"]
             - params.w_conflict * s["conflict"] - params.w_novel * s["novel"]
             + params.w_when * s["when"] - params.w_when_clash * s["when_clash"]
             + params.w_same_days * s["same_days"]
             - params.w_number_clash * s["number_clash"] - params.w_day_clash * s["day_clash"]
             + params.w_year * s["year"] - params.w_year_clash * s["year_clash"])
    gap = days_apart(features.published, story)
    if gap:
        score *= 0.5 ** (gap / (params.follow_up_half_life_days if follow_up else params.half_life_days))
    return score


def story_similarity(a: Story, b: Story, stats: Idf, params: StoryParams) -> float:
    """How likely two stories tell one happening: the smaller one's centroid as a report against
    the larger, decayed by the days between their spans."""
    small, large = (a, b) if a.size <= b.size else (b, a)
    score = similarity(small.as_features(), large, stats, params)
    gap = spans_apart(small, large)
    if gap:
        score *= 0.5 ** (gap / params.half_life_days)
    return score


def spans_apart(a: Story, b: Story) -> int | None:
    """Days between two stories' spans of dates; None when either is undated."""
    if None in (a.first, a.last, b.first, b.last):
        return None
    assert a.first and a.last and b.first and b.last
    return max(0, (b.first - a.last).days, (a.first - b.last).days)

