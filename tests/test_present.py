"""The one presentation layer: colours by side, figures, numbers and labels read the same everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from rich.console import Console
from rich.style import Style
from rich.text import Text

from claimledger import present


@dataclass
class Said:
    """The fields of a series statement that matter to how it reads."""

    value: float
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    bound: str | None = None
    vague: bool = False
    text: str = ""


# --- colours ------------------------------------------------------------------------------


def test_a_side_has_one_colour_for_the_terminal_and_the_page() -> None:
    for side in ("UA", "RU", "SD", "MM", "YE", "CD", "ZZ"):
        hue = present.side_hue(side)
        assert re.fullmatch(r"#[0-9a-f]{6}", hue.css)
        assert present.side_css(side) == hue.css
        # rich reads the style as exactly that colour, not a named approximation
        assert Style.parse(present.side_style(side)).color.triplet.hex == hue.css
    assert present.side_style("UA", bold=True).split() == ["bold", present.side_css("UA")]


def test_colour_depends_on_the_side_alone_not_on_what_else_is_shown() -> None:
    assert present.side_hue("ua") == present.side_hue("UA")
    first = [present.side_css(s) for s in ("SD", "SS", "ET")]
    assert [present.side_css(s) for s in ("ET", "SS", "SD")] == first[::-1]
    # a side with no fixed colour still gets the same one every time (a stable hash, not hash())
    assert present.side_hue("XK") == present.side_hue("XK") and present.side_hue("XK") in present.PALETTE


@pytest.mark.parametrize("pair", [("UA", "RU"), ("RU", "KP"), ("IL", "PS"), ("SD", "SS"), ("AM", "AZ"),
                                  ("CD", "RW"), ("IN", "PK"), ("YE", "SA")])
def test_parties_that_face_each_other_are_told_apart(pair: tuple[str, str]) -> None:
    a, b = pair
    assert present.side_css(a) != present.side_css(b)


def test_no_stated_side_is_grey_and_unlike_any_side() -> None:
    assert present.side_hue(None) is present.NO_SIDE
    assert present.side_hue("") is present.NO_SIDE
    assert present.NO_SIDE not in present.PALETTE


def test_the_stylesheet_names_a_class_per_side_in_its_colour() -> None:
    css = present.side_stylesheet(["xk"])
    assert f".side-UA {{ --side: {present.side_css('UA')};" in css
    assert f".side-XK {{ --side: {present.side_css('XK')};" in css
    assert f".side-none {{ --side: {present.NO_SIDE.css};" in css
    assert "<" not in css and "}" in css


def test_the_terminal_draws_a_side_in_its_colour() -> None:
    console = Console(color_system="truecolor", force_terminal=True, width=80)
    with console.capture() as captured:
        console.print(Text("Myanmar military", style=present.side_style("MM")))
    red, green, blue = (int(present.side_css("MM")[i:i + 2], 16) for i in (1, 3, 5))
    assert f"38;2;{red};{green};{blue}m" in captured.get()


# --- numbers and figures ------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [
    (4000, "4,000"), (4000.0, "4,000"), (0.5, "0.5"), (1234.567, "1,234.57"), (2.10, "2.1"),
    (0, "0"), (-3, "-3"), (None, "–"),
])
def test_numbers(value: float | None, text: str) -> None:
    assert present.number(value) == text


def test_a_missing_number_can_read_as_blank() -> None:
    assert present.number(None, missing="") == ""


def test_ranges_and_shares() -> None:
    assert present.range_text(200, 300) == "200–300"
    assert present.range_text(1500, 1500) == "1,500"
    assert present.range_text(None, 80) == "80"
    assert present.percent(1 / 3) == "33%"
    assert present.percent(0.004) == "0.4%"
    assert present.percent(None) == "–"


def test_a_record_figure_reads_as_it_was_said() -> None:
    # "some 4,000 of the 12,000 fighters sent to the front", as the record stores it
    assert present.figure_value({"value": 4000, "approximate": True, "out_of": 12000}) == "~4,000 of 12,000"
    assert present.figure_value({"value": 250, "low": 200, "high": 300, "approximate": False}) == "200–300"
    assert present.figure_value({"value": 12, "approximate": False, "unit": "km"}) == "12 km"
    assert present.figure_value({"value": 12, "unit": "km"}, unit=False) == "12"
    assert present.figure_value({"value": 4000, "out_of": 12000}, out_of=False) == "4,000"


def test_a_ledger_row_reads_like_the_record() -> None:
    # the figures view names the same columns as the record's figure
    row = {"figure": "f3", "quantity": "displaced", "value": 8000.0, "low": None, "high": None,
           "approximate": 1, "out_of": None, "unit": None}
    assert present.figure_value(row) == "~8,000"


def test_a_series_statement_keeps_its_bound_and_its_vagueness() -> None:
    assert present.figure_value(Said(40, bound="min", approximate=True)) == "at least 40"
    assert present.figure_value(Said(400, bound="max")) == "up to 400"
    assert present.figure_value(Said(12, vague=True, text="dozens of villagers in Ituri")) == "dozens (12+)"
    assert present.figure_value(Said(250, low=200, high=300, approximate=True)) == "~200–300"
    assert present.figure_value(Said(100, vague=True)) == "vague (100+)"


def test_an_estimate_in_one_line() -> None:
    @dataclass
    class Estimate:
        low: float | None = 180
        best: float | None = 240
        high: float | None = 310
        floor: float | None = None
        families: int = 1
        origins: int = 2
        statements: int = 5

    @dataclass
    class Series:
        estimate: Estimate

    line = "low 180 · best 240 · high 310 — 1 source family, 2 independent origins, 5 statements"
    assert present.estimate_line(Estimate()) == line
    assert present.estimate_line(Series(Estimate())) == line
    vague = present.estimate_line(Estimate(low=None, best=None, high=None, floor=100, families=3))
    assert vague.startswith("low – · best – · high –, at least 100 (vague) — 3 source families")


def test_coordinates() -> None:
    assert present.coordinates(15.5007, 32.5599) == "15.50, 32.56"
    assert present.coordinates(None, 32.5) == "unresolved"


# --- labels -------------------------------------------------------------------------------


def test_side_names_and_labels() -> None:
    assert present.side_name("SD") == "Sudan"
    assert present.side_name("ye") == "Yemen"
    assert present.side_name(None) == "no stated side"
    assert present.side_name("Wagner") == "Wagner"  # a party without a state code passes through
    assert present.side_label("MM") == "Myanmar (MM)"
    assert present.side_label("Wagner") == "Wagner"
    assert present.side_code(None) == "?" and present.side_code("ps") == "PS"


def test_quantity_labels() -> None:
    assert present.quantity_label("civilians_killed") == "civilians killed"
    assert present.quantity_label("wounded") == "wounded"
    assert present.quantity_label("casualties").startswith("casualties")
    assert present.quantity_label(None) == "unknown quantity"


def test_speaker_label_drops_a_role_the_name_already_says() -> None:
    assert present.speaker_label({"name": "Ahmed Hassan", "title": "Col.", "role": "spokesman",
                                  "organization": "Sudanese Armed Forces"}) == \
        "Col. Ahmed Hassan, spokesman, Sudanese Armed Forces"
    assert present.speaker_label({"name": "a local official", "role": "official"}) == "a local official"
    assert present.speaker_label(None) == "the report"


def test_short_ids() -> None:
    digest = "sha256:" + "9c1e" * 16
    assert present.short_id(digest) == "9c1e9c1e9c1e"
    assert len(present.short_id(digest)) == present.SHORT_ID
    assert present.short_id("outlet:aljazeera.com") == "aljazeera.com"


def test_plural_and_cut() -> None:
    assert present.plural(1, "report") == "1 report"
    assert present.plural(12000, "report") == "12,000 reports"
    assert present.plural(2, "source family", "source families") == "2 source families"
    assert present.cut("Shelling  hit\nthe market in Goma", 40) == "Shelling hit the market in Goma"
    assert present.cut("Shelling hit the market in Goma", 12) == "Shelling hi…"
