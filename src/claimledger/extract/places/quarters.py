"""A town's own districts: "Kharkiv's Kyivskyi district", "the Saltivskyi district of Kharkiv",
"the city's Dniprovskyi district".

Cities name their districts alike (Ukraine's Shevchenkivskyi, Dniprovskyi and Prymorskyi
districts are in half a dozen cities each), and the gazetteer holds the few it holds under
one city: "Kyivskyi" read alone is a namesake hundreds of km from the Kharkiv the sentence
puts it in. Where the text says which town a district belongs to and the reading chosen
lies far from that town, the district stands at its town's point, named as the report
writes it: a quarter of a town is, on a news map, the town.
"""

from __future__ import annotations

from claimledger.extract.gazetteer import Hit, distance_km, fold
from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView

# Words for a part of a town, after its name.
QUARTER_WORDS = frozenset({"district", "districts", "neighbourhood", "neighborhood", "neighbourhoods",
                           "neighborhoods", "quarter", "suburb", "raion", "borough"})
# A district further than this from the town that holds it is a namesake elsewhere.
MAX_QUARTER_KM = 40
# Nouns for a town that "the city's" may stand for.
_TOWN_NOUNS = frozenset({"city", "town", "capital"})


def place_quarters(doc: PlacesView, accepted: list[Match]) -> None:
    """Move each district that a town owns in the text, and that was read as a namesake far
    from that town, to the town's point."""
    towns = sorted((m for m in accepted if m.chosen is not None and m.chosen.entry.kind == "city"
                    and m.chosen.entry.lat is not None), key=lambda m: m.start)
    if not towns:
        return
    by_end = {m.end: m for m in towns}
    by_start = {m.start: m for m in towns}
    for m in accepted:
        if m.chosen is None or m.region is not None or not _a_quarter(doc, m):
            continue
        owner = _owner(doc, m, by_end, by_start, towns)
        if owner is None or owner is m or owner.chosen is None:
            continue
        e, town = m.chosen.entry, owner.chosen.entry
        if e.lat is None or e.lon is None or distance_km(e.lat, e.lon, town.lat, town.lon) > MAX_QUARTER_KM:
            m.chosen = Hit(town._replace(name=fold(m.text), geonames_id=None, population=0), m.chosen.quality)


def _a_quarter(doc: PlacesView, m: Match) -> bool:
    """Whether a word for a part of a town follows the name ("Kyivskyi district"), or closes
    a short list it opens ("Solomianskyi and Sviatoshynskyi districts")."""
    for k in range(m.end, min(m.end + 4, len(doc))):
        if doc.lower[k] in QUARTER_WORDS:
            return True
        if not (doc.cap[k] or doc.lower[k] in ("and", ",")):
            return False
    return False


def _owner(doc: PlacesView, m: Match, by_end: dict[int, Match], by_start: dict[int, Match],
           towns: list[Match]) -> Match | None:
    """The town the text gives the district to: "Kharkiv's X district", "the X district of
    Kharkiv", "the city's X district" (the town named last before it)."""
    k = m.start - 1
    if k >= 1 and doc.lower[k] in ("'s", "’s"):
        if k in by_end:
            return by_end[k]
        if k >= 2 and doc.lower[k - 1] in _TOWN_NOUNS and doc.lower[k - 2] == "the":
            before = next((t for t in reversed(towns) if t.end <= m.start and t is not m), None)
            # "the city's Dniprovskyi district, Kherson officials said": or the town its sentence names after
            return before or next((t for t in towns if t.start > m.end
                                   and doc.sent_start(t.start) == doc.sent_start(m.start)), None)
        return None
    for j in range(m.end, min(m.end + 5, len(doc) - 1)):
        if doc.lower[j] in QUARTER_WORDS:
            return by_start.get(j + 2) if doc.lower[j + 1] == "of" else None
    return None
