"""Time expressions, resolved against the report's publication date when there is one.

Spans come from spaCy's DATE and TIME entities and from patterns of our own, which
catch what the small model misses or cuts short ("for approximately three weeks",
"since mid-January", "late Thursday", "1600 GMT"). Resolution is rule-based and
conservative: relative expressions ("on Sunday", "three weeks ago", "since
November") resolve only against a known publication date, never against today;
absolute dates ("10 February 2025", "Oct. 10 2013") resolve on their own; a bare
duration ("for three weeks") has no start or end unless it is anchored ("for the
past three weeks").

:func:`time_spans` lists every date, time, duration and age span, so that the
figures extractor can refuse the numbers inside them ("1600 GMT", "a 19-year-old").
"""

from __future__ import annotations

from claimledger.extract.when.find import find_times, time_spans
from claimledger.extract.when.resolve import parse_iso

__all__ = ["find_times", "parse_iso", "time_spans"]
