"""Names no source holds that a list joins to the report's towns: "in Beni, Oicha and Eringeti",
"retook Debre Tabor and Gashena", "shelled Hpakant and Moe Gaung, in Kachin State". A list of
places is a list of like things, so the item the gazetteer lacks is a village of the same story,
and lies near its neighbours.

Not an item: a name the next word makes a clause's subject ("..., Kupiansk and Syrskyi said"),
a possessive ("Kharkiv and Zelensky's office"), a body NER reads as one (an ORG or a people), an
acronym, a date, or a person the report names elsewhere (``marked._plausible_name``). Only towns
vouch for a list: "between Israel and Hamas" joins a country to a body, not two places. The
item borrows the point of the town it is listed with, and ``point_of`` says so.
"""

from __future__ import annotations

from claimledger.extract.gazetteer import compact, fold
from claimledger.extract.places.marked import _new, _plausible_name
from claimledger.extract.places.scan import Match, name_run_end
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import TITLES

_JOINS = frozenset({",", "and", "or"})
# NER labels that make a capitalised run a body, a people or a time rather than a village
_NOT_VILLAGES = frozenset({"ORG", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "MONEY"})
# How many tokens an unknown item may take ("Moe Gaung", "Kafr Nabl", "Ngala Kura")
MAX_ITEM = 3


def listed_unknowns(doc: PlacesView, accepted: list[Match], unknown: list[Match]) -> list[Match]:
    """Unknown names listed beside an accepted town, each at the town's point (``point_of``)."""
    taken = {i for m in accepted + unknown for i in range(m.start, m.end)}
    towns = [m for m in accepted if m.chosen is not None and m.chosen.entry.kind == "city"]
    named = {compact(m.text) for m in accepted + unknown}  # written elsewhere: ``scan.repeated`` joins them
    found: list[Match] = []
    for town in towns:
        for start in (_item_after(doc, town.end, taken), _item_before(doc, town.start, taken)):
            if start is None:
                continue
            end = name_run_end(doc, start)
            if end - start > MAX_ITEM or not _an_item(doc, start, end) \
                    or compact(doc.text[doc[start].idx:doc[end - 1].idx + len(doc.texts[end - 1])]) in named:
                continue
            if start > town.end and doc.lower[start - 1] == "," and not _list_goes_on(doc, end):
                continue  # "a civil society leader in Lubero, Kambale Muhindo, confirmed": a person beside it
            m = _new(doc, start, end, "", False)
            m.settlement_word, m.located_only = None, True
            # it lies where the town it is listed with lies, not by another name later in the sentence
            # ("retook Debre Tabor and Gashena from Fano fighters")
            e = town.chosen.entry if town.chosen is not None else None
            if e is not None and e.lat is not None:
                m.within, m.point = e, e._replace(name=fold(town.text))
            found.append(m)
            taken.update(range(start, end))
    return found


def _item_after(doc: PlacesView, end: int, taken: set[int]) -> int | None:
    """The start of the run ", Y" or "and Y" right after a town, when it is free."""
    k = end
    if k + 1 >= len(doc) or doc.lower[k] not in _JOINS or doc.sent_start(k) != doc.sent_start(end - 1):
        return None
    if doc.lower[k] == "," and k + 1 < len(doc) and doc.lower[k + 1] in ("and", "or"):
        k += 1  # "Beni, Oicha, and Eringeti"
    k += 1
    return k if k < len(doc) and doc.cap[k] and k not in taken and doc.sent_start(k) != k else None


def _item_before(doc: PlacesView, start: int, taken: set[int]) -> int | None:
    """The start of the run "X and" or "X," right before a town, when it is free and itself follows a
    join or a word of location: "in Eringeti and Beni", "Oicha, Beni and Bunia"."""
    k = start - 1
    if k < 2 or doc.lower[k] not in ("and", "or"):
        return None  # only "and": ", " before a town more often closes a clause ("In X, Beni ...")
    end = k
    first = end - 1
    while first > 0 and end - first < MAX_ITEM and doc.cap[first - 1] and first - 1 not in taken:
        first -= 1
    if not doc.cap[end - 1] or any(i in taken for i in range(first, end)) or doc.sent_start(first) == first:
        return None
    before = doc.lower[first - 1] if first > 0 else ""
    return first if before in _JOINS or before in ("in", "at", "near", "from", "to") else None


def _list_goes_on(doc: PlacesView, end: int) -> bool:
    """Whether another item follows the one a comma opened: "Croix-des-Bouquets, Ganthier and
    Thomazeau", "Beni, Oicha, Kasindi"; a comma alone also sets off an apposition."""
    n = len(doc)
    if end < n and doc.lower[end] in ("and", "or"):
        return True
    return end + 1 < n and doc.lower[end] == "," and (doc.cap[end + 1] or doc.lower[end + 1] in ("and", "or"))


def _an_item(doc: PlacesView, start: int, end: int) -> bool:
    """Whether the run is a village's name in a list, not a clause's subject, an owner or a body."""
    if end < len(doc) and (doc.lower[end] in ("'s", "’s") or doc[end].pos_ in ("VERB", "AUX")):
        return False  # "Kupiansk and Syrskyi said", "Kharkiv and Zelensky's office"
    if any(doc[i].ent_type_ in _NOT_VILLAGES for i in range(start, end)) or doc.lower[start] in TITLES:
        return False  # "Sikasso, Colonel Diarra and ...": a person listed with the dead
    return _plausible_name(doc, start, end)
