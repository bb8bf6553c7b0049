"""A sourced brief of one story: a single self-contained HTML file.

Jinja2 with autoescaping renders ``templates/brief.html``: every text that comes from
a report is escaped; the charts are SVG that matplotlib drew (its own text escaped),
inlined so the file needs nothing else to open, offline.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from jinja2 import Environment, PackageLoader, select_autoescape

from claimledger import __version__
from claimledger.link.chart import ChartError, estimates_chart
from claimledger.link.detail import StoryDetail
from claimledger.present import estimate_line, figure_value, number, short_id, side_css, side_name

CHARTS = 4  # series drawn as charts, at most: the ones most sources speak to


def render_brief(detail: StoryDetail) -> str:
    environment = Environment(loader=PackageLoader("claimledger", "templates"),
                              autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    environment.filters.update(short=short_id, number=number, side=side_name, value=figure_value,
                               side_colour=side_css)
    series = [{"series": one, "estimate": estimate_line(one), "chart": _chart(one) if n < CHARTS else None}
              for n, one in enumerate(detail.series)]
    return environment.get_template("brief.html").render(
        detail=detail, story=detail.story, series=series, version=__version__,
        made=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        timeline=sorted(detail.clusters, key=lambda c: (c.first.published or "9999", c.first.document)),
    )


def _chart(one) -> str | None:  # type: ignore[no-untyped-def]
    """The series' chart as inline SVG markup, or None when it has nothing dated to draw."""
    try:
        svg = estimates_chart(one, format="svg").decode("utf-8")
    except ChartError:
        return None
    # the XML declaration and DOCTYPE belong to a standalone file, not to inline markup
    return re.sub(r"^.*?(?=<svg)", "", svg, flags=re.S)
