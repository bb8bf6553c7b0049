"""Places a report names in its headline.

A plain-text or HTML report's headline is its ``document.title``, not part of
``document.text`` that every span points into, so the body's scan never sees it. A
place the headline names is a place of the report all the same ("Army retakes Wad
Madani" over a lead that says only "the city"). The headline is read on its own,
through the same scan and filters as the body, with the body's countries as its focus;
what it finds joins the body's places:

- a place the body names too gains the headline's spans in ``title_mentions``;
- a place only the headline names is kept when the headline vouches for it as surely as
  a body would (a country, an area, a town of a country the report is about or a big
  city), with no body ``mentions`` and its ``title_mentions`` (offsets into the title).

An outlet's name closing the headline ("... - Myanmar Now") is no place of the story.
"""

from __future__ import annotations

import re

from claimledger.extract.gazetteer import compact
from claimledger.model import Place

# " - Outlet", " | Outlet", " — Outlet" closing a page's title
_SUFFIX = re.compile(r"\s+[-|–—]\s+([^-|–—]+?)\s*$")
# A headline town of a country the report is not about is kept only this big.
MIN_STRAY_HEADLINE_CITY = 1_000_000


def story_headline(title: str) -> str:
    """The headline without a closing outlet name ("Junta bombs village | The Irrawaddy")."""
    from claimledger.read.outlets import outlets

    found = _SUFFIX.search(title)
    if found is not None:
        name = found.group(1).strip()
        table = outlets()
        if name in table.by_alias or name.casefold() in table.by_folded:
            return title[:found.start()]
    return title


def same_place(body: Place, headline: Place) -> bool:
    """Whether a headline's place is one the body names: the same entry, or a name of the
    same country that one of them lengthens ("Kursk" over "Kursk region", "Idlib" over
    "Idlib countryside", "Rakhine State" over "Rakhine")."""
    if body.geonames_id is not None and body.geonames_id == headline.geonames_id:
        return True
    if body.country != headline.country:
        return False
    a, b = compact(body.name), compact(headline.name)
    return a.startswith(b) or b.startswith(a)


def vouched(place: Place, focus: set[str], population: int) -> bool:
    """Whether a place only the headline names is surely meant: countries and areas, towns
    of the countries the body is about, and big cities anywhere."""
    if place.kind in ("country", "region"):
        return True
    if place.lat is None:
        return False  # an unknown name the headline alone gives: nothing vouches for it
    return place.country in focus or population >= MIN_STRAY_HEADLINE_CITY


def join_headline(body: list[Place], headline: list[tuple[Place, int]], focus: set[str],
                  person_parts: set[str]) -> list[Place]:
    """The body's places with the headline's joined: ``headline`` holds the places read
    in the headline (spans into the title) with each one's population."""
    joined = list(body)
    for place, population in headline:
        twin = next((p for p in joined if same_place(p, place)), None)
        if twin is not None:
            twin.title_mentions.extend(m for m in place.mentions if m not in twin.title_mentions)
            continue
        if any(word in person_parts for word in place.name.split()):
            continue  # "Bo" of a person the body names in full
        if vouched(place, focus, population):
            joined.append(Place(name=place.name, kind=place.kind, country=place.country, lat=place.lat,
                                lon=place.lon, geonames_id=place.geonames_id, mentions=[],
                                admin1=place.admin1, country_name=place.country_name,
                                title_mentions=list(place.mentions)))
    return joined
