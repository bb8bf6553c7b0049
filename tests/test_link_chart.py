"""The estimates chart: a real SVG/PNG with points by side, ranges, a band and a legend."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from link_records import analysed_sudan_story, claim, figure, place, report

from claimledger.link.chart import ChartError, build_chart, estimates_chart
from claimledger.link.series import series


def toll(rid: str, published: str | None, speaker: str, side: str | None, value: float, **kw) -> dict:
    return report(rid, published=published, outlet=f"{rid}.example", places=[place("p1", "Kursk", "RU", "region")],
                  claims=[claim("c1", speaker, "North Korean soldiers were killed or wounded", side=side,
                                figures=["f1"])],
                  figures=[figure("f1", value, "casualties", side="KP", claim="c1", place="p1", **kw)])


@pytest.fixture
def kursk():
    records = [
        toll("a", "2024-12-20", "Ukraine's military intelligence", "UA", 200, approximate=True, text="about 200"),
        toll("b", "2025-01-09", "Ukraine's military intelligence", "UA", 3000),
        toll("c", "2025-01-13", "South Korea's spy agency", "KR", 300),
        toll("d", "2025-02-10", "President Zelensky", "UA", 4000, approximate=True, text="about 4,000"),
        toll("e", "2025-02-12", "the Pentagon", "US", 3500, low=3000, high=4000, approximate=True,
             text="between 3,000 and 4,000"),
        toll("f", None, "South Korea's spy agency", "KR", 3100),
        toll("g", "2025-02-11", "Ukraine's military intelligence", "UA", 4000, approximate=True, text="about 4,000"),
    ]
    return series(records, {"g": "d"}, quantity="casualties", side="KP")[0]


def _points(fig) -> list:
    return [line for line in fig.axes[0].get_lines() if (line.get_gid() or "").startswith("point-")]


def test_the_figure_has_one_point_per_dated_statement_and_one_legend_entry_per_side(kursk):
    fig = build_chart(kursk)
    ax = fig.axes[0]
    # five dated statements drawn; the copy of Zelensky's figure and the undated one are not
    assert len(_points(fig)) == 5
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["reconciled low–high", "best estimate", "South Korea", "Ukraine", "United States"]
    assert ax.get_ylabel() == "casualties (people)"
    assert "casualties (North Korea's side) in Russia" in ax.get_title()
    assert "best 3,500" in ax.get_title()
    # a range is a vertical bar from its low to its high end
    bars = [c for c in ax.collections if (c.get_gid() or "").startswith("range-")]
    ends = [tuple(seg[:, 1]) for c in bars for seg in c.get_segments()]
    assert (3000, 4000) in ends
    # the undated statement is named under the chart
    notes = [t.get_text() for t in fig.texts]
    assert any("Undated, not plotted (1)" in n and "South Korea" in n for n in notes)


def test_an_svg_is_valid_xml_with_its_text(kursk, tmp_path):
    out = tmp_path / "chart.svg"
    data = estimates_chart(kursk, out)
    assert out.read_bytes() == data
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    text = data.decode()
    for label in ("Ukraine", "South Korea", "United States", "reconciled low–high", "casualties (people)"):
        assert label in text
    assert text.count('id="point-') == 5
    # the same series gives the same file
    assert estimates_chart(kursk) == data


def test_a_png_and_a_pdf(kursk, tmp_path):
    png = estimates_chart(kursk, tmp_path / "chart.png", format="png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert estimates_chart(kursk, format="PDF").startswith(b"%PDF")


def test_a_bad_format_is_a_clear_error(kursk):
    with pytest.raises(ChartError, match="unknown chart format 'gif'"):
        estimates_chart(kursk, format="gif")


def test_a_series_of_one_undated_statement_still_draws():
    one = series([toll("a", None, "the Pentagon", "US", 500)], {})[0]
    fig = build_chart(one)
    assert _points(fig) == []
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["United States"]
    assert estimates_chart(one).startswith(b"<?xml")


def test_the_analysed_story_charts_its_rising_toll(nlp, tmp_path):
    story = analysed_sudan_story(nlp)
    people = next(s for s in series(story, {}, quantity="killed") if s.key.who == "people")
    fig = build_chart(people)
    assert len(_points(fig)) == 4  # the relay is its own origin here: four reports, four points
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()][-1] == "United Nations humanitarian office"
    png = estimates_chart(people, tmp_path / "sudan.png", format="png")
    assert png.startswith(b"\x89PNG")
