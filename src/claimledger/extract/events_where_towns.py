"""The town a region only describes: "near Tillia in the Tahoua region", "Kauru, Kaduna
State", "in Boko, in Kamrup district": when "the area" or "the region" points back to such a
pair, it points to the town the region was named to locate. Split from events_where.py.
"""

from __future__ import annotations

import re

from claimledger.model import Place

# what stands between a town and the region that locates it: "Tillia in the Tahoua region",
# "Kauru, Kaduna State", "Boko, in Kamrup district of", "Tera, in Niger's Tillaberi region"
# (no "and", "or", "to", "from" between: "Tillia and the Tahoua region" are two places)
LOCATING = re.compile(r"\s*(?:,\s*)?(?:in\s+|of\s+)?(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                      r"(?:(?!(?:and|or|but|to|from|near|towards?|between)\b)[a-z]+\s+){0,2}$")


def town_before(text: str, places: list[Place], start: int, place: Place) -> Place:
    """The town a region mention at ``start`` locates, if a town of its country is named
    just before it; else the region itself."""
    if place.kind != "region":
        return place
    for town in places:
        if town.kind not in {"city", "other"} or town.country != place.country:
            continue
        for _start, e in town.mentions:
            if e <= start and start - e <= 40 and LOCATING.fullmatch(text[e:start]):
                return town
    return place
