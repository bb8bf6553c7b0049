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

Parsing a headline costs as much as a short report, so it is parsed only when it holds a
name that may add a place or a headline mention (:func:`worth_parsing`): most headlines
repeat the lead's places, or name an outlet ("| Jordan Times"), a person the body names
("Obama") or a small town abroad that the join would not keep anyway.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from claimledger.data import read_table
from claimledger.extract.gazetteer import LOOSE, PRIMARY, Gazetteer, Hit, compact, gazetteer
from claimledger.extract.places.scan import possessive_country
from claimledger.extract.places.words import MEDIA_WORDS, REGION_WORDS
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


# A headline's kicker: a short capitalised word before a colon ("CAR: ...", "KP: ...").
_KICKER = re.compile(r"\s*([A-Z][A-Za-z]{1,3})\s*:\s")


@lru_cache(maxsize=1)
def _kickers() -> dict[str, tuple[str, str | None]]:
    """Kicker abbreviation -> (country, admin1 or None), from data/place_kickers.tsv."""
    return {abbreviation: (cc, None if admin1 == "-" else admin1)
            for abbreviation, cc, admin1 in read_table("place_kickers.tsv")}


def kicker_places(headline: str, gaz: Gazetteer) -> list[tuple[Place, int]]:
    """The country or area a headline's kicker abbreviates ("CAR: Rebels attack Bria" is the
    Central African Republic, not the Tibetan hamlet of Car), with its span in the headline. A
    kicker the table does not hold is a label ("WATCH:", "LIVE:"), no place."""
    found = _KICKER.match(headline)
    row = _kickers().get(found.group(1)) if found is not None else None
    if found is None or row is None:
        return []
    cc, admin1 = row
    entry = gaz.country(cc) if admin1 is None else next(
        (e for e in gaz.lookup_region(admin1) if e.country == cc and e.admin1 == admin1), None)
    if entry is None:
        return []
    place = Place(name=entry.name, kind=entry.kind, country=cc, lat=entry.lat, lon=entry.lon,
                  geonames_id=entry.geonames_id, mentions=[found.span(1)], admin1=entry.admin1,
                  country_name=entry.country_name)
    return [(place, entry.population)]


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
                                title_mentions=list(place.mentions), point_of=place.point_of))
    return joined


def mark_in_headline(headline: str, places: list[Place], text: str) -> None:
    """The headline's spans of the places the body names, written as the body writes them,
    then by their own names or, for a country, as an apostrophe-less possessive ("Syrias Homs",
    as the scan reads it) where no span of the place covers them already: the names
    :func:`worth_parsing` takes as known."""
    for place in places:
        for form in {text[s:e] for s, e in place.mentions}:
            for found in _occurrences(form, headline):
                if found not in place.title_mentions:
                    place.title_mentions.append(found)
        own = [place.name, place.name + "s"] if place.kind == "country" else [place.name]
        for form in own:
            for start, end in _occurrences(form, headline):
                if not any(s < end and start < e for s, e in place.title_mentions):
                    place.title_mentions.append((start, end))
        place.title_mentions.sort()


def _occurrences(form: str, headline: str) -> list[tuple[int, int]]:
    if form not in headline:
        return []  # most forms are not in the headline: no pattern to compile for them
    return [found.span() for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", headline)]


# Runs of capitalised words (with the small words of names) that may hold a place name
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|ad|ar|as|ash|ez|de|du|la|of)[- ])?[A-Z][\w'’.-]*)*")
# A name that ends on a whole word, without an apostrophe: the scan reads it as these very tokens
_PLAIN_NAME = re.compile(r"[^'’]*\w")


def worth_parsing(headline: str, places: list[Place], text: str, focus: set[str], person_parts: set[str]) -> bool:
    """Whether the headline holds a name the gazetteer knows (by its own reading, not a
    loose one) that is not already written as a place of the body, and that a parse could
    keep: not an outlet's first word ("Jordan Times"), not a word of a person the body
    names, not a small town of a country the body is not about (:func:`join_headline`
    would drop those)."""
    gaz = gazetteer()
    known = {compact(text[s:e]) for p in places for s, e in p.mentions} | {compact(p.name) for p in places}
    for run in _CAPITALISED_RUN.finditer(headline):
        words = list(_WORD.finditer(run.group()))
        for i in range(len(words)):
            for j in range(i + 1, min(i + 5, len(words) + 1)):
                name = " ".join(w.group() for w in words[i:j]).strip(".,:;'’")
                if compact(name) in known:
                    continue
                if not may_be_place(name, j - i == 1, gaz):
                    # "Syrias Hama": an apostrophe-less possessive the scan reads as its country
                    countries = possessive_country(gaz, name) if j - i == 1 else []
                    if countries and not {compact(name[:-1]), compact(countries[0].entry.name)} & known:
                        return True
                    continue
                if _outlet_head(name, [w.group() for w in words], i, j, gaz):
                    continue
                start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                if not _designated(headline, start, end) and _never_kept(name, gaz.lookup(name), places, focus,
                                                                         person_parts):
                    continue
                return True
    return False


_WORD = re.compile(r"\S+")


def _designated(headline: str, start: int, end: int) -> bool:
    """Whether a region word stands within two words of the name ("Homs province", "the
    province of Idlib"): the name may then be read as an area, which the join keeps."""
    near = headline[:start].split()[-2:] + headline[end:].split()[:2]
    return any(word.strip(".,:;'’").lower() in REGION_WORDS for word in near)


# A one-word name that opens a parse of the headline: a country or an area, or a town this big
MIN_HEADLINE_TOWN = 15_000


def may_be_place(name: str, single: bool, gaz: Gazetteer) -> bool:
    """Whether a headline's name may be a place the scan would accept: headlines capitalise
    every word, so a lone common word ("Kill", "Over", "Car") or an acronym ("IS", "NGO")
    that some village is named does not count."""
    if single and (name.lower() in STOP_WORDS or (name.isupper() and len(name) <= 4)):
        return any(h.entry.kind == "country" and h.quality == PRIMARY for h in gaz.lookup(name))
    hits = [h for h in gaz.lookup(name) if h.quality < LOOSE]
    if not single:
        return bool(hits)
    return any(h.quality == PRIMARY and (h.entry.kind != "city" or h.entry.population >= MIN_HEADLINE_TOWN)
               for h in hits)


def _outlet_head(name: str, words: list[str], i: int, j: int, gaz: Gazetteer) -> bool:
    """ "Jordan" of "| Jordan Times": a name right before a capitalised outlet word, which
    the place filters reject whatever the name (:func:`.filters.rejected`)."""
    if j >= len(words) or name != " ".join(words[i:j]) or not _PLAIN_NAME.fullmatch(name):
        return False
    after = words[j]
    return (after.isalpha() and after[:1].isupper() and after.lower() in MEDIA_WORDS
            and gaz.abbreviation(name) is None)


def _never_kept(name: str, hits: list[Hit], body: list[Place], focus: set[str], person_parts: set[str]) -> bool:
    """Whether every town the name may be is one :func:`join_headline` would drop: a word
    of a person the body names ("Obama"), or a small town of a country the body is not
    about ("Ahram" of "Ahram Online"); and no place of the body, in the country of any of
    them, could be its twin."""
    if not hits or any(h.entry.kind != "city" for h in hits):
        return False
    countries = {h.entry.country for h in hits}
    if any(p.country in countries for p in body):
        return False
    # the name the record would give it is the name as written (see merge._display_name)
    as_written = name.isascii() and not name.isupper() and all(
        h.entry.name == name or compact(h.entry.name) != compact(name) for h in hits)
    if as_written and any(word in person_parts for word in name.split()):
        return True
    return all(h.entry.country not in focus and h.entry.population < MIN_STRAY_HEADLINE_CITY for h in hits)
