"""The dateline of an undated report: the first full date its headline or lead writes, in the shapes feeds use."""

from datetime import date

import pytest

from claimledger.link.datelines import dateline
from claimledger.link.report_features import dateline_year, story_features


@pytest.mark.parametrize(("lead", "day"), [
    ("Posted 12 May 2019 - Shelling resumed near the dam", date(2019, 5, 12)),
    ("Dec. 7, 2009 A convoy was ambushed on the ring road", date(2009, 12, 7)),
    ("UPDATED: TUESDAY, MARCH 3, 2020, 6:40 AM Two ferries collided", date(2020, 3, 3)),
    ("Sat . , Apr . 4 , 2015 09 : 12 AM A fire gutted the depot", date(2015, 4, 4)),
    ("Monday , October 14 - 2019 The port reopened", date(2019, 10, 14)),
    ("18 FEBRUARY , 2021 Rebels took the crossing", date(2021, 2, 18)),
    ("the 2nd of June, 2016 saw the first convoy", date(2016, 6, 2)),
    ("Last updated 07 / 21 / 2017 at 10 : 05 PM the bridge fell", date(2017, 7, 21)),
    ("11/30/09 05:40 PM ET An inmate fled", date(2009, 11, 30)),
    ("Published 27.09.2018 - Voting closed", date(2018, 9, 27)),
    ("posted: 2014 - 08 - 19 14 : 02 : 11 The talks stalled", date(2014, 8, 19)),
])
def test_a_dateline_is_read_in_the_shapes_feeds_write(lead, day):
    assert dateline(lead) == day


@pytest.mark.parametrize("lead", [
    "Fighting since 2014 in Donbas has displaced thousands",  # a bare year is background
    "On May 3 the army said the road was open",  # no year
    "The home side led 3 / 2 at the break and won 21-14",  # a score is no date
    "Mark 12, 2013 was the verse he quoted",  # a name, not a month
    "The clock read 10:46 when the blast hit",
])
def test_no_dateline_without_a_full_date(lead):
    assert dateline(lead) is None


def test_the_first_full_date_is_the_dateline():
    assert dateline("UPDATED 05 / 04 / 2016 Originally published May 2, 2016") == date(2016, 5, 4)


def test_a_day_first_numeric_date_when_the_first_number_cannot_be_a_month():
    assert dateline("Posted 23/06/2012 Flooding cut the road") == date(2012, 6, 23)


def test_an_undated_report_takes_its_year_from_a_capitalised_dateline():
    record = {"document": {"id": "a", "text": "PUBLISHED: FRIDAY, JULY 9, 2010 Gunmen stormed a bank in the old town."}}
    assert story_features(record).year == 2010
    assert dateline_year("JULY 9 , 2010 Gunmen stormed a bank") == 2010
