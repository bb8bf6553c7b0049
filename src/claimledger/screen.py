"""What reaches the terminal: one place that makes input harmless on screen.

Report text, titles, speakers and file names come from input, and input may hold rich
markup ("[/town]", "[bold]") or terminal control sequences (ESC]0;…BEL sets the window
title, ESC[2J clears the screen). Two rules, for every printer:

- markup: a message built as a markup string passes every input through :func:`safe`
  (or puts it in a ``Text``, which rich never parses);
- control characters: the consoles here make every control character of the text they
  print visible (ESC as ␛), one character for one, so offsets and highlights still
  line up. Rich's own control codes (colours, the progress bar's cursor moves) are
  made by rich itself and pass. Stored text is never changed, only what is shown.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.segment import Segment

# C0 controls but tab and newline become their Unicode control pictures (␛ for ESC); DEL
# becomes ␡; C1 controls (0x9b is a one-byte CSI on some terminals) and the bidirectional
# overrides that reorder what is shown (the "Trojan Source" trick) become U+FFFD.
_VISIBLE = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n"}
_VISIBLE[0x7F] = 0x2421
_VISIBLE.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_VISIBLE.update({code: 0xFFFD for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """``text`` with its control characters made visible, one character for one."""
    return text.translate(_VISIBLE)


def safe(value: object) -> str:
    """Input made safe inside a markup string: markup escaped, controls made visible."""
    return escape(visible(str(value)))


class SafeConsole(Console):
    """A rich Console that shows the control characters of what it prints.

    It works on the segments rich has laid out, the one point every print, table and
    panel passes, so no printer can forget it. Segments rich marks as control (cursor
    movement) are its own and are kept.
    """

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control else Segment(visible(segment.text), segment.style, segment.control)
            for segment in buffer
        )


out = SafeConsole(highlight=False, soft_wrap=False)
err = SafeConsole(stderr=True, highlight=False)


def error(message: str) -> None:
    """One error line on stderr; ``message`` is plain text (never parsed as markup)."""
    err.print(f"[bold red]error:[/] {safe(message)}", soft_wrap=True)


def warning(message: str) -> None:
    err.print(f"[yellow]warning:[/] {safe(message)}", soft_wrap=True)


def finite(value: Any) -> Any:
    """``value`` with every infinite or NaN float made null: JSON has no Infinity, and
    a figure read from a huge number must not make the whole record invalid JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def json_text(value: Any, indent: int | None = None) -> str:
    """Valid JSON for a record or row, whatever floats it holds."""
    return json.dumps(finite(value), ensure_ascii=False, indent=indent, allow_nan=False)
