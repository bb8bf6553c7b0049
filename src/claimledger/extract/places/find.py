"""The place stage: candidates scanned, filtered, ranked against what the report is
about in two passes, and merged into places."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimledger.data.tables import armed_groups
from claimledger.extract.context import context_of
from claimledger.extract.gazetteer import (
    LOOSE,
    PRIMARY,
    STRIPPED,
    Entry,
    Gazetteer,
    Hit,
    compact,
    distance_km,
    gazetteer,
)
from claimledger.extract.places.borrow import borrow_points
from claimledger.extract.places.credits import reporter_base
from claimledger.extract.places.filters import glued_towns, rejected, route_end, score, strongly_covered
from claimledger.extract.places.focus import focus_evidence
from claimledger.extract.places.headline import (
    join_headline,
    kicker_places,
    mark_in_headline,
    story_headline,
    worth_parsing,
)
from claimledger.extract.places.listed import listed_unknowns
from claimledger.extract.places.local_areas import foreign_local_areas, local_areas
from claimledger.extract.places.marked import marked_unknowns
from claimledger.extract.places.marked_within import place_unknowns
from claimledger.extract.places.merge import merge_places
from claimledger.extract.places.namesakes import reading_in_area, sentence_country, settle_ties, tied_abroad
from claimledger.extract.places.people import named_person
from claimledger.extract.places.quarters import named_quarters, place_quarters
from claimledger.extract.places.raions import seat_points
from claimledger.extract.places.rank import (
    Setting,
    choose,
    contradicted,
    following_area,
    local_namesake,
    named_states,
    rank_hit,
    unambiguous_points,
)
from claimledger.extract.places.scan import (
    Match,
    designators,
    entity_of,
    name_run_end,
    particle_in_name,
    repeated,
    scan,
    unresolved,
)
from claimledger.extract.places.second_level import named_districts
from claimledger.extract.places.short_forms import follow_full_names
from claimledger.extract.places.view import PlacesView, places_view
from claimledger.extract.places.words import (
    COLLOQUIAL_AREAS,
    COMPASS,
    HYPHENS,
    REGION_WORDS,
    SETTLEMENT_LISTS,
    SETTLEMENT_WORDS,
    UNIT_LISTS,
    UNIT_WORDS,
)
from claimledger.model import Place

# A town of a country the report never names is kept only when it is at least this big,
# or this big when only a loose spelling reaches it.
MIN_STRAY_POPULATION = 50_000
MIN_STRAY_ALIAS = 1_000_000
# ... or when, smaller than a metropolis, it lies this far from every unambiguous place.
MIN_FAR_CITY = 500_000
FAR_KM = 1500
MIN_ANCHORS = 2
DESIGNATORS = REGION_WORDS | SETTLEMENT_WORDS | SETTLEMENT_LISTS
# Area words that, after a town's name, name an area below the state that the town is the seat
# of ("Ulang county", "Bignona department"): where the state is not named after the town, the
# area is the town's, not the state's. (A Kenyan or Liberian county is the state, and named alike.)
SEAT_AREAS = frozenset({"county", "department", "prefecture"})


def find_places(doc: Doc, focus: set[str] | None = None, title: str | None = None) -> list[Place]:
    """Distinct places the text mentions, each with all its mention spans.

    ``focus`` is the set of ISO2 countries the report is about; when None it is
    computed from the text (:func:`focus_countries`). Candidates in focus countries
    are preferred, then bigger places; a big city beats small namesakes anywhere.
    ``title`` is the report's headline when it is not part of the text: the places it
    names join the body's (:mod:`.headline`).
    """
    places, focus = _body_places(doc, focus)
    if title and title.strip():
        places = _with_headline(doc, places, title, focus)
    return places


def _with_headline(doc: Doc, places: list[Place], title: str, focus: set[str]) -> list[Place]:
    """The body's places joined with those the headline names, read with the body's focus."""
    headline = story_headline(title)
    text = context_of(doc).text
    mark_in_headline(headline, places, text)
    person_parts = places_view(context_of(doc)).person_parts
    places = join_headline(places, kicker_places(headline, gazetteer()), focus, person_parts)
    if not worth_parsing(headline, places, text, focus, person_parts):
        return places  # no name it holds can add a place or a mention: no need to parse it
    from claimledger import nlp as nlp_loader  # the pipeline the report was parsed with, loaded once

    read, _ = _body_places(nlp_loader.load()(headline), focus)
    found = [(p, _population(gazetteer(), p)) for p in read]
    return join_headline(places, found, focus, person_parts)


def _population(gaz: Gazetteer, place: Place) -> int:
    return max((h.entry.population for h in gaz.lookup(place.name)
                if h.entry.geonames_id == place.geonames_id and h.entry.lat == place.lat), default=0)




def _body_places(doc: Doc, focus: set[str] | None) -> tuple[list[Place], set[str]]:
    """The text's own places, and the countries it is about (``focus`` when given)."""
    gaz = gazetteer()
    report = context_of(doc)
    d = places_view(report)
    # names in captions, footers, navigation and related headlines are not the story's
    matches = [m for m in scan(d, gaz) if not report.off_page_place(*m.span) and not _dateline_credit(report, *m.span)
               and not reporter_base(d, m)]  # "reporting from Nairobi": the newsroom's town
    evidence = focus_evidence(d, matches)
    covered = strongly_covered(matches)
    matched = {i for m in matches for i in range(m.start, m.end)}
    candidates: list[tuple[Match, Span | None]] = []
    glued = glued_towns(d, matches)  # "San Miguel Totolapan": one name, not two towns
    for n, m in enumerate(matches):
        if n in glued:
            continue
        ent = entity_of(d, m)
        if ent is not None and d.sent_start(ent.start) in d.title_starts and ent.label_ not in ("GPE", "LOC", "FAC"):
            ent = None  # NER reads a title-case headline as one long name
        designators(d, m)
        if rejected(d, m, ent, covered, matched) or named_person(d, m):
            continue
        if ent is not None and ent.label_ not in ("GPE", "LOC", "FAC") and all(
                i in covered for i in range(ent.start, ent.end)):
            ent = None
        candidates.append((m, ent))
    given = focus is not None
    if focus is None:
        focus = set(evidence)
    accepted = _accept(d, gaz, candidates, Setting(focus, evidence=evidence), set())
    # Towns the first pass accepted tell which countries and states the report is about
    # ("Marinka, Kurakhove and Velyka Novosilka"): a second pass uses them. A name with
    # a namesake in a state the report names tells nothing about its famous namesake's
    # country: "London" in a story about Laurel County, Kentucky.
    # a name the first pass chose on a tie ("Plateau State": Benin's or Nigeria's) is no evidence
    # of where the report is; its own readings would vouch for themselves in the second pass
    decided = [m for m in accepted if m.chosen is None
               or not tied_abroad(m.hits, m.chosen, lambda h: rank_hit(h, focus))]
    states = named_states(decided)
    if states:
        # name -> the countries of its readings inside named states
        local: dict[str, set[str | None]] = {}
        for m, _ in candidates:
            for h in m.hits:
                if h.entry.kind != "country" and (h.entry.country, h.entry.admin1) in states:
                    local.setdefault(compact(m.text), set()).add(h.entry.country)
        evidence = {cc: kept for cc, names in evidence.items()
                    if (kept := {n for n in names if n not in local or cc in local[n]})}
        if not given:
            focus = set(evidence)
    more = {m.chosen.entry.country for m in decided if m.chosen and m.chosen.entry.country
            and not local_namesake(m, states, m.chosen.entry.country)} - focus
    anchors = unambiguous_points(accepted, focus)
    near_states = {(m.chosen.entry.country, m.chosen.entry.admin1) for m in accepted
                   if m.chosen and m.chosen.entry.admin1 is not None and m.chosen.entry.lat is not None
                   and (m.chosen.entry.lat, m.chosen.entry.lon) in anchors}
    if more or anchors or states or len(accepted) < len(candidates):
        setting = Setting(focus | more, anchors, states, near_states, evidence)
        accepted = _accept(d, gaz, candidates, setting, {m.end for m in accepted})
    settle_ties(accepted, lambda h: rank_hit(h, focus))
    held = _names_by_country(accepted)
    named = _with_territories(_grounded(focus | _demonym_countries(d), held))
    about = _grounded(focus, held)
    towns = _names_by_country(accepted, set(anchors))
    accepted = [m for m in accepted if not _cut_short(d, m, about)
                and not _stray_namesake(m, named | _named_by_towns(m, towns), anchors) and not _far_alias(m, anchors)
                and not _village_abroad(m, about) and not _armed_group_abroad(m, about)]
    foreign = foreign_local_areas(d, accepted)
    accepted = [m for m in accepted if m not in foreign]
    place_quarters(d, accepted)  # "Kharkiv's Kyivskyi district" is in Kharkiv, not at a namesake
    # names the gazetteer lacks that the text calls places, each given the country it lies in
    unknown = unresolved(d, accepted)
    unknown += marked_unknowns(d, accepted + unknown)
    unknown += listed_unknowns(d, accepted, unknown)  # "in Beni, Oicha and Eringeti"
    unknown += named_districts(d, accepted, unknown)  # "West Khasi Hills" after "Meghalaya"
    unknown += named_quarters(d, accepted, unknown)  # "the Kibera neighbourhood of Nairobi"
    follow_full_names(accepted, unknown)  # "Totolapan" after "San Miguel Totolapan"
    unknown = repeated(d, accepted, unknown + local_areas(d, accepted + unknown))
    unknown = [m for m in unknown if not report.off_page_place(*m.span) and not _dateline_credit(report, *m.span)
               and not reporter_base(d, m)]
    place_unknowns(d, unknown, accepted, focus, gaz.country)
    seat_points(unknown, gaz)  # "Botlikhsky district" at Botlikh
    borrow_points(d, unknown, accepted, report)
    return merge_places(d, accepted + unknown, gaz), focus


def _grounded(named: set[str], towns: dict[str, set[str]]) -> set[str]:
    """The countries the report names, when its own places lie in one of them. A report
    whose named countries hold none of its places ("the Americans lost three people
    there" in a story told only through Kenyan villages) is placed by its towns instead:
    the country most of them lie in (two names at least, more than any other's), so a
    namesake abroad ("Manda" in Japan) is still a stray and the story's own towns are not.
    ``towns``: the names of the report's places by country (:func:`_names_by_country`)."""
    if not named or named & set(towns):
        return named
    ranked = sorted(((len(names), cc) for cc, names in towns.items()), reverse=True)
    if ranked and ranked[0][0] >= MIN_ANCHORS and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
        return {ranked[0][1]}
    return set()


# Armed groups by name, with the country each fights in (data/armed_groups.tsv); names with
# capitals match only as written ("FLA"), lower-case ones in any case ("fano").
_GROUP_THEATRES = {phrase: theatre for phrase, (theatre, _kind) in armed_groups().items()}
# Territories whose towns a report names through the state that holds or contests them: a story
# about "the Israeli army" in Jenin names no Palestine, one about Moroccan forces in Western
# Sahara's towns no Western Sahara.
_TERRITORIES = {"IL": {"PS"}, "PS": {"IL"}, "MA": {"EH"}, "EH": {"MA"}, "RS": {"XK"}, "XK": {"RS"}}


def _with_territories(named: set[str]) -> set[str]:
    """The countries a report names, with the territories held or contested by them."""
    return named.union(*(_TERRITORIES.get(cc, set()) for cc in named)) if named else named


def _dateline_credit(report, start: int, end: int) -> bool:
    """Whether a name lies inside the brackets of a dateline's credit ("SANAA (Saba) -",
    "KHARKIV (Ukrinform) –"): an agency, not a place, though the dateline's town is one."""
    if report.part_at(start) != "dateline":
        return False
    line = report.text[report.text.rfind("\n", 0, start) + 1:start]
    return line.count("(") > line.count(")")


def _demonym_countries(doc: PlacesView) -> set[str]:
    """The countries whose demonyms the report writes ("the Turkish border town of ...")."""
    return {cc for low in set(doc.lower) if (cc := doc.demonyms.get(low))}


def _names_by_country(accepted: list[Match], points: set[tuple[float, float]] | None = None) -> dict[str, set[str]]:
    """The names of the report's places by their country; with ``points``, only those of its
    places that stand at one of them (its unambiguous places)."""
    found: dict[str, set[str]] = {}
    for m in accepted:
        e = m.chosen.entry if m.chosen else None
        if e is not None and e.country and (points is None or (e.lat, e.lon) in points):
            found.setdefault(e.country, set()).add(compact(m.text))
    return found


def _named_by_towns(m: Match, towns: dict[str, set[str]]) -> set[str]:
    """Countries the report names through its towns rather than by name: a Gaza report names
    Gaza, Khan Younis and Jabalia, never Palestine. Two unambiguous places besides ``m``
    itself make one, so a stray namesake cannot vouch for its own country."""
    return {cc for cc, names in towns.items() if len(names - {compact(m.text)}) >= MIN_ANCHORS}


def _stray_namesake(m: Match, named: set[str], anchors: list[tuple[float, float]]) -> bool:
    """A town in a country the report never names, neither by name nor by demonym, that
    is small ("Baga" read as the Catalan village in a story from Borno) or reached only
    by another of its names ("Boni" for Bonn, "Tillia" loosely for Tilburg): the
    report's own town is missing from the gazetteer, and a wrong point is worse than none."""
    e = m.chosen.entry if m.chosen else None
    if e is None or not named or e.country in named:
        return False
    if e.kind == "region" and e.admin1 is not None:
        # "the village of Al-Jura" in a Sinai story is not the Swiss canton of Jura: an area of a
        # country the report never names, reached only once its article is stripped or loosely
        return m.chosen.quality >= STRIPPED
    if e.kind != "city":
        return False
    if e.population < MIN_STRAY_POPULATION or (m.chosen.quality == LOOSE and e.population < MIN_STRAY_ALIAS):
        return True
    # "Mocimboa da Praia and Palma" in Cabo Delgado: not Palma de Mallorca, a continent away
    # from the report's unambiguous places, in a country it never names.
    # One anchor may be a monitor's base ("the London-based monitor ... in Hama"): it takes two.
    # A name with one reading is an anchor itself: its own point vouches for nothing ("Buin" in a
    # Bougainville story, the gazetteer's only Buin a Chilean town).
    others = [point for point in anchors if point != (e.lat, e.lon)]
    # by another of its names ("Sui" for Suizhou in a Balochistan story), a bigger town still
    limit = MIN_FAR_CITY if m.chosen.quality == PRIMARY else MIN_STRAY_ALIAS
    return e.population < limit and e.lat is not None and len(others) >= MIN_ANCHORS and all(
        distance_km(e.lat, e.lon, lat, lon) > FAR_KM for lat, lon in others)


# A small town reached only by another of its names, this far from every unambiguous
# place of the report, is a namesake of the report's own village.
FAR_ALIAS_KM = 300
MAX_ALIAS_TOWN = 50_000


def _far_alias(m: Match, anchors: list[tuple[float, float]]) -> bool:
    """ "Khotin" among villages of Sumy region read as Khotyn, 600 km away in Chernivtsi:
    a small town by an alternate spelling, far from all of the report's anchors."""
    e = m.chosen.entry if m.chosen else None
    if (e is None or e.kind != "city" or e.lat is None or m.chosen.quality == PRIMARY or m.settlement_word
            or e.population >= MAX_ALIAS_TOWN):
        return False
    others = [point for point in anchors if point != (e.lat, e.lon)]  # not its own point
    return len(others) >= MIN_ANCHORS and all(distance_km(e.lat, e.lon, lat, lon) > FAR_ALIAS_KM
                                              for lat, lon in others)


# What the text may call a small place; "town" and "city" may be a namesake's true size.
_VILLAGE_WORDS = frozenset({"village", "hamlet", "villages", "hamlets", "settlement", "locality"})


def _armed_group_abroad(m: Match, about: set[str]) -> bool:
    """ "Fano fighters", "the ELN": a name of an armed group, read as a town of another country than
    the one the group fights in (Fano in Italy, Elne in France) in a report not about that country,
    is the group."""
    e = m.chosen.entry if m.chosen else None
    if e is None or e.kind == "country" or e.country in about:
        return False
    theatre = _GROUP_THEATRES.get(m.text) or _GROUP_THEATRES.get(m.text.lower())
    return theatre is not None and e.country != theatre


def _village_abroad(m: Match, about: set[str]) -> bool:
    """ "the village of Nikozi" in a Georgian story read as Nicosia, "the village of El Mahdiya"
    in a Sinai story as Tunisia's Mahdia: a name the text calls a village, reached only by
    another of the gazetteer's names or with its article stripped, that lands on a city in a
    country the report is not about. The village is the report's own, which the gazetteer lacks."""
    e = m.chosen.entry if m.chosen else None
    return (e is not None and e.kind == "city" and m.chosen.quality != PRIMARY and bool(about)
            and e.country not in about and (m.settlement_word or "").lower() in _VILLAGE_WORDS)


def _cut_short(doc: PlacesView, m: Match, focus: set[str]) -> bool:
    """A match on the first words of a longer name the gazetteer lacks: "Tal" of
    "the village of Tal Hamis", "Maarat" of "Maarat al-Numan", and "Abu" of "the Abu
    Shouk camp" when the only "Abu" the gazetteer knows lies in a country the report is
    not about (a namesake's first word, not a place of the story)."""
    if m.chosen is not None and m.chosen.entry.kind == "country" or route_end(doc, m):
        return False  # "the Chaman–Spin Boldak crossing": a dash between a route's two ends glues no name
    end = name_run_end(doc, m.start)
    # a designator closing the run belongs to the name's place: "Sagaing Region", "Kalma Camp"
    while end > m.end and doc.lower[end - 1] in DESIGNATORS:
        end -= 1
    if end <= m.end:
        return False
    glued = particle_in_name(doc, m.end) or doc.lower[m.end] in HYPHENS or (
        m.end + 1 < len(doc) and doc.lower[m.end + 1] in HYPHENS) or _compass_area(doc, m.end, end)
    elsewhere = bool(focus) and m.chosen is not None and m.chosen.entry.country not in focus
    return glued or bool(m.settlement_word) or elsewhere


def _compass_area(doc: PlacesView, start: int, end: int) -> bool:
    """Whether the words after a town's name are a compass word closing an area named with
    its kind: "Imphal East district", "Jiribam and Imphal West districts" name areas the
    gazetteer lacks (places/marked.py reads them), not the town."""
    return (end == start + 1 and doc.lower[start] in COMPASS and end < len(doc)
            and (doc.lower[end] in UNIT_WORDS | UNIT_LISTS or doc.lower[end] in ("district", "districts")))


def _accept(doc: PlacesView, gaz: Gazetteer, candidates: list[tuple[Match, Span | None]], setting: Setting,
            listed: set[int]) -> list[Match]:
    """The candidates that are places, given what the report is about. ``listed`` holds
    the token ends of places already accepted, so that the next item of a list
    ("in X, Y and Z") shares the first one's preposition."""
    accepted: list[Match] = []
    refused: set[str] = set()  # names the text puts where no reading of them lies
    focus = setting.focus
    for m, ent in candidates:
        area = following_area(doc, m, gaz)
        if area is None and (cc := sentence_country(doc, m, gaz)) is not None:
            area = (cc, None)
        hit = reading_in_area(doc, m, gaz) or choose(m, setting, area)
        m.chosen = hit
        m.region = None
        e = hit.entry
        if contradicted(doc, m, hit, gaz):
            refused.add(compact(m.text))
            continue
        if m.region_word:
            m.region = _region_for(gaz, m, hit, focus)
            if m.region is None:
                continue
        elif e.kind == "country" or (e.kind in ("region", "other") and e.admin1 is None) or m.abbreviation:
            pass  # countries, curated regions and abbreviated states need no more evidence
        else:
            m.score = score(doc, m, hit, ent, focus, listed, setting.states)
            if m.score < 2 and not (m.score >= 1 and _area_again(m, hit, accepted)):
                continue
        accepted.append(m)
        listed.add(m.end)
    # "Sinak, a district in Puncak" after "Puncak regency in Papua province": the same place
    return [m for m in accepted if compact(m.text) not in refused]


def _area_again(m: Match, hit: Hit, accepted: list[Match]) -> bool:
    """Whether an admin1 area is named again after the report placed it ("the northern state of
    Pará ... Pará has the most land killings"): an area's name is rarely anything else, and the
    report has said what it is."""
    key = compact(m.text)
    return hit.entry.kind == "region" and any(
        a.chosen is not None and a.chosen.entry == hit.entry and compact(a.text) == key for a in accepted)


def _region_for(gaz: Gazetteer, m: Match, hit: Hit, focus: set[str]) -> Entry | None:
    """The admin1 area "X region" names: by the admin1 name, or the area of city X."""
    areas = gaz.lookup_region(m.text)
    if areas:
        def key(a: Entry) -> tuple[int, int, int]:
            return (a.country == hit.entry.country, a.country in focus, a.admin1 is None)
        return max(areas, key=key)
    if hit.entry.kind == "region":
        return hit.entry
    wider = gaz.region_of(hit.entry)
    if (wider is not None and (m.region_word or "").lower() in SEAT_AREAS and hit.entry.lat is not None
            and compact(wider.name)[:4] != compact(m.text)[:4]):
        # "Ulang county in Upper Nile state", "Bignona department": an area below the state named
        # after its seat town, which stands for it on a map; the state's middle lies elsewhere
        return hit.entry._replace(kind="region", geonames_id=None, population=0)
    if (wider is not None and (m.region_word or "").lower() in COLLOQUIAL_AREAS and hit.entry.kind == "city"
            and hit.entry.lat is not None and compact(wider.name)[:4] != compact(m.text)[:4]):
        # "the Maraba region" where no area is named Maraba: the country around the town, whose
        # point stands for it; the state it lies in (Para) is another, far wider area
        return hit.entry._replace(kind="region", geonames_id=None, population=0)
    return wider
