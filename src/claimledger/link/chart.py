"""The chart of a brief: a figure series' estimates over time.

x: dates; y: the value, labelled with the quantity and its unit. Each statement is a
point coloured by the party that stated it (the speaker's side, named: "Ukraine";
a speaker without a side by name), a stated range is a vertical bar from its low to
its high end, a lower bound ("at least", a vague "hundreds") an upward triangle and a
ceiling ("up to") a downward one, an approximate value a hollow marker. Behind them, the
reconciled low–high band and the best estimate as known at each date (the series'
history). Statements without a date cannot be placed: a note under the chart names them.
Copies of a statement already drawn are not drawn again.

Rendered with matplotlib's object API on an Agg canvas (no display, no pyplot state),
as SVG (text kept as text), PNG or PDF.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: the chart is a file

from matplotlib import dates as mdates  # noqa: E402
from matplotlib import rc_context  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from claimledger import present  # noqa: E402
from claimledger.link.series_model import FigureSeries, Statement  # noqa: E402

FORMATS = {"svg", "png", "pdf"}
UNITS = {"equipment": "items", "distance": None, "other": "count"}
BAND_COLOUR = "#9aa5b1"


class ChartError(ValueError):
    """A chart that cannot be drawn: one line for the user."""


def _day(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


def _unit(series: FigureSeries) -> str:
    if series.key.quantity == "distance":
        return "km"
    return UNITS.get(series.key.quantity, "people")


def _marker(s: Statement) -> str:
    if s.vague or s.bound == "min":
        return "^"
    if s.bound == "max":
        return "v"
    return "o"


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _shape_key(drawn: list[Statement]) -> str:
    """What the marker shapes mean, for the shapes drawn."""
    parts = []
    if any(s.approximate and s.low is None and _marker(s) == "o" for s in drawn):
        parts.append("hollow: approximate")
    if any(_marker(s) == "^" for s in drawn):
        parts.append("▲ a floor (at least, more than, a vague amount)")
    if any(_marker(s) == "v" for s in drawn):
        parts.append("▼ a ceiling (up to, nearly)")
    if any(s.low is not None and s.high is not None for s in drawn):
        parts.append("bar: a stated range")
    return "Markers: " + "; ".join(parts) if parts else ""


def build_chart(series: FigureSeries) -> Figure:
    """The matplotlib Figure (for inspection; :func:`estimates_chart` renders it)."""
    fig = Figure(figsize=(9, 5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    colours = matplotlib.colormaps["tab10"].colors
    # an increment ("nine more bodies") or an earlier toll restated ("up from 9") is no count of
    # its date: no point of its own
    drawn = [s for s in series.statements if s.date is not None and s.copy_of is None and not s.uncounted]
    parties = list(dict.fromkeys(p.party for p in series.by_party))
    labels = {p.party: p.label for p in series.by_party}
    if series.history:
        xs = [_day(h.date) for h in series.history if h.date]
        xs.append(xs[-1] + dt.timedelta(days=1))  # the last estimate holds on: a band a day wide at least
        lows = [h.low for h in series.history] + [series.history[-1].low]
        highs = [h.high if h.high is not None else h.low for h in series.history]
        highs.append(highs[-1])
        bests = [h.best for h in series.history] + [series.history[-1].best]
        ax.fill_between(xs, [v if v is not None else float("nan") for v in lows],
                        [v if v is not None else float("nan") for v in highs], step="post", color=BAND_COLOUR,
                        alpha=0.3, label="reconciled low–high", gid="band")
        ax.step(xs, [v if v is not None else float("nan") for v in bests], where="post", color="#52606d",
                linewidth=1.5, linestyle="--", label="best estimate", gid="best")
    sides = {p.party: p.side for p in series.by_party}
    for n, party in enumerate(parties):
        # a state party's points take its side's colour, the same hue as in the terminal and
        # the web pages; a speaker without a side takes the next colour of the palette
        colour = present.side_css(sides[party]) if sides.get(party) else colours[n % len(colours)]
        points = [s for s in drawn if s.party == party]
        for s in points:
            x = _day(s.date)
            if s.low is not None and s.high is not None:
                ax.vlines(x, s.low, s.high, color=colour, linewidth=2, alpha=0.8, gid=f"range-{n}")
            ax.plot([x], [s.value], linestyle="none", marker=_marker(s), markersize=8, color=colour,
                    markerfacecolor="none" if s.approximate and s.low is None else colour, gid=f"point-{n}")
        # one legend entry per party, drawn even when all its statements are undated
        ax.plot([], [], linestyle="none", marker="o", markersize=8, color=colour, label=labels.get(party, party))
    ax.set_ylabel(f"{series.key.quantity.replace('_', ' ')} ({_unit(series)})")
    ax.set_xlabel("date of the statement (as of, else publication)")
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    e = series.estimate
    floor = f"; at least {_fmt(e.floor)} by vague counts" if e.floor is not None else ""
    ax.set_title(f"{series.key.label()}\nbest {_fmt(e.best)} (low {_fmt(e.low)}, high {_fmt(e.high)}){floor}\n"
                 f"from {_count(e.families, 'source family', 'source families')} and "
                 f"{_count(e.origins, 'independent origin', 'independent origins')}", fontsize=10)
    ax.legend(loc="best", fontsize=9, title="stated by", title_fontsize=9)
    undated = [s for s in series.statements if s.date is None and s.copy_of is None]
    if not drawn and not undated:
        raise ChartError("the series has no statements to chart")
    notes = [_shape_key(drawn)] if _shape_key(drawn) else []
    if undated:
        names = "; ".join(f"{labels.get(s.party, s.party)}: {s.text or _fmt(s.value)}" for s in undated[:4])
        more = f" and {len(undated) - 4} more" if len(undated) > 4 else ""
        notes.append(f"Undated, not plotted ({len(undated)}): {names}{more}")
    for n, note in enumerate(reversed(notes)):
        fig.text(0.01, 0.01 + 0.035 * n, note, fontsize=8, gid="undated" if note.startswith("Undated") else "key")
    fig.tight_layout(rect=(0, 0.035 * len(notes), 1, 1))
    return fig


def estimates_chart(series: FigureSeries, out: Path | None = None, format: str = "svg") -> bytes:
    """The chart as bytes in ``format`` (svg, png or pdf); also written to ``out`` when given."""
    fmt = format.lower()
    if fmt not in FORMATS:
        raise ChartError(f"unknown chart format {format!r}: use one of {', '.join(sorted(FORMATS))}")
    fig = build_chart(series)
    buffer = io.BytesIO()
    # text as text (searchable, small) and fixed ids and metadata: the same series gives the same file
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "claimledger"}):
        fig.savefig(buffer, format=fmt, metadata={"Date": None} if fmt in {"svg", "pdf"} else None)
    data = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(data)
    return data
