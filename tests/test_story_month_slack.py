"""Months one apart where the years agree (``StoryParams.month_slack``, on by default; ``story_match.when_clash``).

A happening at the end of one month is told again at the start of the next (the funerals, the
inquiry): its reports name neighbouring months and the same year. Counted as a clash of months,
they looked like two happenings. With the slack they do not clash, but only where both sides name
a year in common: the same bridge's collapse five years before, in the month next to it, still
clashes, and so do weekdays."""

from __future__ import annotations

from dataclasses import replace

import pytest
from link_records import event, figure, place, report

from claimledger.link.report_features import story_features
from claimledger.link.story_match import signals, similarity, when_clash
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.terms import Idf, TermStats

# Reports written for these tests (fictional). One happening: a footbridge over the Rufiji at
# Ikwiriri gives way at the end of April 2024; a second outlet tells it at the May burials.
# Another happening of the same kind: the same crossing's collapse in May 2019.
APRIL = ("A suspension footbridge over the Rufiji River at Ikwiriri gave way on April 30, 2024, throwing "
         "market-goers into the flooded river; nine bodies were recovered, Rufiji district officials said.")
MAY = ("Families in Ikwiriri buried nine people in early May 2024 who drowned when the footbridge over the "
       "Rufiji River collapsed under a crowd of traders; engineers blamed corroded cables.")
OLD = ("A footbridge over the Rufiji River at Ikwiriri collapsed in May 2019 as traders crossed to the "
       "market, drowning four people, district officials said.")

IKWIRIRI = [place("p1", "Ikwiriri", "TZ"), place("p2", "Rufiji River", "TZ", kind="river")]
STRICT = replace(StoryParams(), month_slack=0)


def bridge(rid: str, text: str, dead: int) -> dict:
    return report(rid, text=text, places=IKWIRIRI, figures=[figure("f1", dead, "killed")],
                  events=[event("e1", "accident", place="p1")])


def test_neighbouring_months_of_one_year_are_no_clash_with_the_slack():
    report_times, story_times = {"m:may": 1.0, "y:2024": 1.0}, {"m:apr": 1.0, "y:2024": 1.0}
    assert when_clash(report_times, story_times) == pytest.approx(0.5)  # months clash, the year agrees
    assert when_clash(report_times, story_times, month_slack=True) == 0.0
    # December lies next to January
    assert when_clash({"m:jan": 1.0, "y:2025": 1.0}, {"m:dec": 2.0, "y:2025": 1.0}, month_slack=True) == 0.0


def test_without_a_shared_year_or_two_months_apart_the_months_still_clash():
    assert when_clash({"m:may": 1.0, "y:2019": 1.0}, {"m:apr": 1.0, "y:2024": 1.0}, month_slack=True) == 1.0
    assert when_clash({"m:may": 1.0}, {"m:apr": 1.0}, month_slack=True) == 1.0  # no year named at all
    assert when_clash({"m:jun": 1.0, "y:2024": 1.0}, {"m:apr": 1.0, "y:2024": 1.0},
                      month_slack=True) == pytest.approx(0.5)


def test_weekdays_and_years_keep_the_strict_rule():
    assert when_clash({"d:sat": 1.0, "y:2024": 1.0}, {"d:fri": 1.0, "y:2024": 1.0},
                      month_slack=True) == pytest.approx(0.5)
    assert when_clash({"y:2025": 1.0}, {"y:2024": 1.0}, month_slack=True) == 1.0


def _scores(params: StoryParams) -> tuple[float, float, dict, dict]:
    april, may, old = (story_features(bridge(r, t, n)) for r, t, n in
                       (("april", APRIL, 9), ("may", MAY, 9), ("old", OLD, 4)))
    counts = TermStats()
    for f in (april, may, old):
        counts.add(f.all_terms())
    stats = Idf(counts)
    story = Story(id=1)
    story.add(april)
    return (similarity(may, story, stats, params), similarity(old, story, stats, params),
            signals(may, story, stats, params), signals(old, story, stats, params))


def test_the_burial_report_fits_the_collapse_better_and_the_old_collapse_does_not():
    may_strict, old_strict, may_signals, _ = _scores(STRICT)
    may_slack, old_slack, may_signals_slack, old_signals_slack = _scores(StoryParams())  # on by default
    assert may_signals["when_clash"] == pytest.approx(0.5)
    assert may_signals_slack["when_clash"] == 0.0
    assert may_slack == pytest.approx(may_strict + StoryParams().w_when_clash * 0.5)
    assert old_signals_slack["when_clash"] == 1.0  # 2019 against 2024: months and years clash
    assert old_slack == pytest.approx(old_strict)
    assert may_slack > old_slack
