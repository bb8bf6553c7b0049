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
from claimledger.extract.places.marked import _new, _plausible_name, _run_start
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
        if owner.region is not None and (e.country, e.admin1) == (owner.region.country, owner.region.admin1):
            continue  # "Andarab district of Baghlan province": a district of the area its reading lies in
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


# Words for a named part of a town that the gazetteer seldom holds, before "of" or "in" and the town:
# "the Kibera neighbourhood of Nairobi", "the Solino neighbourhood of Port-au-Prince", "the Rocinha
# favela in Rio", "the Bakassi camp in Maiduguri", "the Nova Holanda area of Maré".
NAMED_PART_WORDS = frozenset({"neighbourhood", "neighborhood", "quarter", "suburb", "favela", "slum", "township",
                              "estate", "area", "complex", "camp", "district", "colonia", "barrio", "commune"})


def named_quarters(doc: PlacesView, accepted: list[Match], unknown: list[Match]) -> list[Match]:
    """Parts of a town the gazetteer lacks that the text gives to a town it holds ("the Kibera
    neighbourhood of Nairobi", "Port-au-Prince's Solino neighbourhood"): each at its town's point,
    named as the report writes it. Only the words before each town are read: no pass over the text."""
    taken = {i for m in accepted + unknown for i in range(m.start, m.end)}
    found: list[Match] = []
    for town in accepted:
        e = town.chosen.entry if town.chosen is not None else None
        if e is None or e.kind != "city" or e.lat is None or town.region is not None:
            continue
        for kind in _part_before(doc, town):
            start = _run_start(doc, kind)
            if kind - start > 3 or doc.lower[start - 1] != "the" and not _possessed_by(doc, start, town):
                continue  # "the X neighbourhood", "Nairobi's X neighbourhood": not "a Y-majority area"
            if any(i in taken for i in range(start, kind)) or not _plausible_name(doc, start, kind):
                continue
            m = _new(doc, start, kind, doc.texts[kind], False)
            m.within, m.point = e, e._replace(name=fold(town.text))
            found.append(m)
            taken.update(range(start, kind))
    return found


def _part_before(doc: PlacesView, town: Match) -> list[int]:
    """The token of a part's kind that "of"/"in" ties to the town ("... neighbourhood of Nairobi"),
    or that follows the town's possessive ("Nairobi's Kibera slum")."""
    kinds = []
    k = town.start - 2
    if k >= 2 and doc.lower[k + 1] in ("of", "in") and doc.lower[k] in NAMED_PART_WORDS and doc.cap[k - 1]:
        kinds.append(k)
    k = town.end
    if k + 1 < len(doc) and doc.lower[k] in ("'s", "’s") and doc.cap[k + 1]:
        for j in range(k + 2, min(k + 5, len(doc))):
            if doc.lower[j] in NAMED_PART_WORDS:
                kinds.append(j)
                break
            if not doc.cap[j]:
                break
    return kinds


def _possessed_by(doc: PlacesView, start: int, town: Match) -> bool:
    return start == town.end + 1 and doc.lower[town.end] in ("'s", "’s")
