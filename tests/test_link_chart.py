"""The estimates chart: a real SVG/PNG with points by side, ranges, a band and a legend."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from link_records import analysed_sudan_story, claim, figure, place, report

from claimledger.link.chart import ChartError, build_chart, estimates_chart
from claimledger.link.series import series


def toll(rid: str, published: str | None, speaker: str, side: str | None, value: float, **kw) -> dict:
    return report(rid, published=published, outlet=f"{rid}.example", places=[place("p1", "Avdiivka", "UA")],
                  claims=[claim("c1", speaker, "Russian soldiers were killed or wounded", side=side,
                                figures=["f1"])],
                  figures=[figure("f1", value, "casualties", side="RU", claim="c1", place="p1", **kw)])


@pytest.fixture
def avdiivka():
    records = [
        toll("a", "2023-10-20", "Ukraine's General Staff", "UA", 200, approximate=True, text="about 200"),
        toll("b", "2023-11-09", "Ukraine's General Staff", "UA", 3000),
        toll("c", "2023-11-13", "British defence intelligence", "GB", 300),
        toll("d", "2023-12-10", "President Zelensky", "UA", 4000, approximate=True, text="about 4,000"),
        toll("e", "2023-12-12", "the Pentagon", "US", 3500, low=3000, high=4000, approximate=True,
             text="between 3,000 and 4,000"),
        toll("f", None, "British defence intelligence", "GB", 3100),
        toll("g", "2023-12-11", "Ukraine's General Staff", "UA", 4000, approximate=True, text="about 4,000"),
    ]
    return series(records, {"g": "d"}, quantity="casualties", side="RU")[0]


def _points(fig) -> list:
    return [line for line in fig.axes[0].get_lines() if (line.get_gid() or "").startswith("point-")]


def test_the_figure_has_one_point_per_dated_statement_and_one_legend_entry_per_side(avdiivka):
    fig = build_chart(avdiivka)
    ax = fig.axes[0]
    # five dated statements drawn; the copy of Zelensky's figure and the undated one are not
    assert len(_points(fig)) == 5
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["reconciled low–high", "best estimate", "Ukraine", "United Kingdom", "United States"]
    assert ax.get_ylabel() == "casualties (people)"
    assert "casualties (Russia's side) in Ukraine" in ax.get_title()
    assert "best 3,500" in ax.get_title()
    # a range is a vertical bar from its low to its high end
    bars = [c for c in ax.collections if (c.get_gid() or "").startswith("range-")]
    ends = [tuple(seg[:, 1]) for c in bars for seg in c.get_segments()]
    assert (3000, 4000) in ends
    # the undated statement is named under the chart
    notes = [t.get_text() for t in fig.texts]
    assert any("Undated, not plotted (1)" in n and "United Kingdom" in n for n in notes)
    assert any(n.startswith("Markers: hollow: approximate") and "bar: a stated range" in n for n in notes)
    assert "from 3 source families and 6 independent origins" in ax.get_title()


def test_an_svg_is_valid_xml_with_its_text(avdiivka, tmp_path):
    out = tmp_path / "chart.svg"
    data = estimates_chart(avdiivka, out)
    assert out.read_bytes() == data
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    text = data.decode()
    for label in ("Ukraine", "United Kingdom", "United States", "reconciled low–high", "casualties (people)"):
        assert label in text
    assert text.count('id="point-') == 5
    # the same series gives the same file
    assert estimates_chart(avdiivka) == data


def test_a_png_and_a_pdf(avdiivka, tmp_path):
    png = estimates_chart(avdiivka, tmp_path / "chart.png", format="png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert estimates_chart(avdiivka, format="PDF").startswith(b"%PDF")


def test_a_bad_format_is_a_clear_error(avdiivka):
    with pytest.raises(ChartError, match="unknown chart format 'gif'"):
        estimates_chart(avdiivka, format="gif")


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


def test_an_earlier_toll_restated_or_an_increment_draws_no_point(avdiivka):
    import dataclasses

    statements = list(avdiivka.statements)
    dated = [i for i, s in enumerate(statements) if s.date is not None and s.copy_of is None]
    statements[dated[0]] = dataclasses.replace(statements[dated[0]], earlier=True)  # "up from 200"
    statements[dated[1]] = dataclasses.replace(statements[dated[1]], increment=True)  # "3,000 more"
    fig = build_chart(dataclasses.replace(avdiivka, statements=statements))
    assert len(_points(fig)) == 3
