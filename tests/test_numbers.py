"""Numeric expressions: values, ranges, hedges, shares, and what is not a number."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers import (
    Number,
    find_numbers,
    format_number,
    parse,
    parse_fraction,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4,000", 4000),
        ("1,234,567", 1234567),
        ("12.000", 12000),  # continental thousands
        ("1.500", 1500),
        ("12\u00a0000", 12000),  # a no-break space between thousands
        ("12k", 12000),
        ("2bn", 2_000_000_000),
        ("3 mln", 3_000_000),
        ("1.5 million", 1_500_000),
        ("1.250 million", 1_250_000),  # a scale word makes the dot a decimal point
        ("5 thousand", 5000),
        ("twelve thousand", 12000),
        ("Sixty-two", 62),
        ("twenty five", 25),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("two million", 2_000_000),
        ("a thousand", 1000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("17", 17),
        ("0.5", 0.5),
    ],
)
def test_parse_number_values(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("thousands", 1000),
        ("tens of thousands", 10_000),
        ("hundreds of thousands", 100_000),
        ("millions", 1_000_000),
        ("several hundred", 100),
        ("a few thousand", 1000),
    ],
)
def test_vague_amounts_are_their_order_of_magnitude(text: str, value: float) -> None:
    n = parse(text)
    assert n is not None
    assert n.value == value
    assert n.vague and n.approximate


@pytest.mark.parametrize("text", ["", "troops", "the", "first", "1st", "F-16", "10:50", "07.04.2017"])
def test_parse_number_refuses_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("one-third", 0.3333),
        ("a third", 0.3333),
        ("two-thirds", 0.6667),
        ("three-quarters", 0.75),
        ("a quarter", 0.25),
        ("half", 0.5),
        ("one tenth", 0.1),
        ("40 percent", 0.4),
        ("40 per cent", 0.4),
        ("40%", 0.4),
        ("12.5%", 0.125),
        ("forty percent", 0.4),
    ],
)
def test_fractions_and_percentages(text: str, share: float) -> None:
    assert parse_fraction(text) == pytest.approx(share, abs=1e-4)
    n = parse(text)
    assert n is not None and n.is_share and n.fraction == pytest.approx(share, abs=1e-4)


def test_a_count_is_not_a_fraction() -> None:
    assert parse_fraction("4,000") is None
    assert parse("4,000").fraction is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("3,000 to 5,000", 3000, 5000),
        ("between 3,000 and 5,000", 3000, 5000),
        ("3,000-5,000", 3000, 5000),
        ("3,000 – 5,000", 3000, 5000),
        ("two or three", 2, 3),
        ("20-30", 20, 30),
    ],
)
def test_ranges_take_the_midpoint(text: str, low: float, high: float) -> None:
    n = parse(text)
    assert n is not None
    assert (n.low, n.high) == (low, high)
    assert n.value == (low + high) / 2
    assert n.approximate and n.is_range


def test_a_percent_range() -> None:
    n = parse("30-40%")
    assert n is not None and n.low == pytest.approx(0.3) and n.high == pytest.approx(0.4)
    assert n.fraction == pytest.approx(0.35)


def test_from_to_is_two_numbers_not_a_range() -> None:
    found = find_numbers("the toll rose from 5 to 12 overnight")
    assert [n.value for n in found] == [5, 12]
    assert all(not n.is_range for n in found)
    assert found[0].text == "5"  # "from" is not part of the number


def test_and_between_two_counts_is_not_a_range() -> None:
    assert [n.value for n in find_numbers("five and seven")] == [5, 7]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("around 4,000", None),
        ("about 300", None),
        ("some 80", None),
        ("roughly 2,000", None),
        ("approximately 12,000", None),
        ("an estimated 1.2 million", None),
        ("nearly 2 million", "max"),
        ("almost 70", "max"),
        ("up to 5,000", "max"),
        ("as many as 600", "max"),
        ("fewer than 40", "max"),
        ("at least 20", "min"),
        ("more than 200", "min"),
        ("over 100", "min"),
        ("well over 1,000", "min"),
        ("not more than 30", "max"),  # the negation turns the bound round
        ("not fewer than 15", "min"),
        ("200-odd", None),
        ("200+", "min"),
        ("50 or more", "min"),
        ("a dozen", None),
    ],
)
def test_hedges_make_a_number_approximate(text: str, bound: str | None) -> None:
    n = parse(text)
    assert n is not None
    assert n.approximate
    assert n.bound == bound
    assert n.low is None and n.high is None  # bounds are not ranges


@pytest.mark.parametrize("text", ["a total of 10", "another 10", "an additional 200", "only 3", "4,000"])
def test_neutral_words_do_not_hedge(text: str) -> None:
    n = parse(text)
    assert n is not None and not n.approximate


def test_qualifier_is_part_of_the_text_but_not_the_number() -> None:
    text = "Officials said around 4,000 soldiers died."
    (n,) = find_numbers(text)
    assert n.text == "around 4,000"
    assert text[n.num_start : n.num_end] == "4,000"
    assert n.qualifier == "around"


@pytest.mark.parametrize(
    ("text", "value"),
    [("no casualties", 0), ("no one", 0), ("nobody", 0), ("zero", 0), ("no civilian deaths", 0)],
)
def test_zero(text: str, value: float) -> None:
    found = find_numbers(text)
    assert found and found[0].value == value


def test_offsets_point_into_the_text() -> None:
    text = "KYIV, Jan 3 (Reuters) - Between 3,000 and 5,000 troops and Sixty-two tanks."
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


@pytest.mark.parametrize(
    "text",
    [
        "F-16 and A-10 jets",  # model names
        "at 10:50 local time",  # clock times
        "on 07.04.2017",  # dotted dates
        "on 01-10-2014 at dawn",  # dashed dates
        "in the 1990s",  # decades
        "the 1st Brigade and the 3rd Army",  # ordinals
        "a budget of $5 million",  # amounts of money
        "MiG-29s and Su-25s",
        "ref. #4412",
    ],
)
def test_numbers_inside_other_things_are_not_found(text: str) -> None:
    assert find_numbers(text) == []


def test_unit_written_against_the_digits_still_reads_the_number() -> None:
    assert [n.value for n in find_numbers("a 12km front and 155mm shells")] == [12, 155]


def test_words_that_merely_contain_numbers_are_ignored() -> None:
    assert find_numbers("someone, anyone, often, tenth-century") == []


def test_number_is_frozen_and_typed() -> None:
    n = parse("around 4,000")
    assert isinstance(n, Number)
    with pytest.raises(AttributeError):
        n.value = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "text"), [(4000, "4,000"), (0.5, "0.5"), (12, "12"), (1_500_000, "1,500,000")]
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_scan_of_a_long_text_is_one_pass() -> None:
    # a few thousand words: the scanner must stay linear and quick
    text = "Shelling killed 12 people and wounded 30 others near Kharkiv. " * 500
    found = find_numbers(text)
    assert len(found) == 1000


def test_space_separated_thousands() -> None:
    assert [(n.text, n.value) for n in find_numbers("some 12 000 soldiers")] == [("some 12 000", 12000)]
    # a year beside a count stays two numbers
    assert [n.value for n in find_numbers("in 2016 200 people")] == [2016, 200]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("NIAMEY, March 21 – Twenty-nine soldiers were killed", [21, 29]),  # a dateline's day, then the count
        ("displaced since February 2022 to 719,000 people", [2022, 719000]),  # a year, then the count
        ("Sept. 3 - 14 fighters surrendered", [3, 14]),
    ],
)
def test_a_number_after_a_month_opens_no_range(text, values):
    assert [n.value for n in find_numbers(text)] == values
