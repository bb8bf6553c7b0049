"""A place named in full, then by the last words of its name: "San Miguel Totolapan ... troops sent
to Totolapan", "Ciudad Altamirano ... fled to Altamirano", "Dera Ismail Khan ... in Ismail Khan".
News shortens a long name once it has written it; the short form read alone finds a namesake (a
Totolapan in Morelos), while the report means the place it already named.
"""

from __future__ import annotations

from claimledger.extract.gazetteer import Entry, Hit, distance_km, fold
from claimledger.extract.places.scan import Match

# A namesake nearer than this to the named place may be the same town by another reading: left alone.
SAME_KM = 30


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace("-", " ").split())


def follow_full_names(accepted: list[Match], unknown: list[Match]) -> None:
    """Give each bare town whose words end a longer name the report gave before it the longer
    name's reading (or, for a name the gazetteer lacks, the point the report gave it), when its
    own reading lies elsewhere."""
    full: list[tuple[Match, tuple[str, ...], Entry]] = []
    for m in accepted + unknown:
        e = (m.region or m.chosen.entry) if m.chosen is not None else m.point
        if e is not None and e.lat is not None and e.lon is not None and e.kind != "country" and m.end - m.start > 1:
            full.append((m, _words(m.text), e))
    if not full:
        return
    for m in accepted:
        e = m.chosen.entry if m.chosen is not None else None
        if e is None or e.kind != "city" or e.lat is None or m.region is not None or m.end - m.start > 2:
            continue
        words = _words(m.text)
        for longer, long_words, target in full:
            if longer.start >= m.start or len(long_words) <= len(words) or long_words[-len(words):] != words:
                continue
            if distance_km(e.lat, e.lon, target.lat, target.lon) > SAME_KM:
                if longer.chosen is not None:
                    m.chosen, m.region = longer.chosen, longer.region
                else:
                    m.chosen = Hit(target._replace(name=fold(m.text), geonames_id=None, population=0),
                                   m.chosen.quality)
            break
