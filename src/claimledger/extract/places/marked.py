"""Places the gazetteer lacks but the text marks as places, and the country they lie in.

Small villages, hamlets and sub-districts ("Zairawn, a village in Jiribam district",
"Thamnapokpi village", "the Ruma and Thanchi upazilas") are in no installed source, yet
the sentence says what they are. ``marked_unknowns`` finds them beside the shape
``scan.unresolved`` reads ("the village of X"); ``marked_within.place_unknowns`` gives each the country
(and admin1 area) of the place the sentence puts it in ("in Manipur's Jiribam district",
"near Isfara"), or of the report when it has one country. A village borrows the point of
the town the sentence puts it in or near, or of the seat of the district it lies in
("Lakhanpura village in Rajouri district"), and says so in ``point_of``; otherwise its
coordinates stay empty: a village is not at its province's middle.
"""

from __future__ import annotations

from claimledger.extract.gazetteer import NEVER_PLACES, compact
from claimledger.extract.places.filters import spelled_before_acronym
from claimledger.extract.places.scan import ROMANCE_PARTICLES, Match, can_start, particle_in_name
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import (
    COMPASS,
    DATE_WORD,
    HYPHENS,
    OCCASIONS,
    REGION_WORDS,
    SETTLEMENT_LISTS,
    SETTLEMENT_WORDS,
    UNIT_LISTS,
    UNIT_WORDS,
)

# A unit word after a name ("Ruma upazila", "Leilek district") names an area; a settlement
# word ("Thamnapokpi village") a settlement. Camps, ports, crossings and airports are named
# after people and bodies too ("the Kempegowda airport"): scan's own rules read those.
_AREA_WORDS = UNIT_WORDS | REGION_WORDS | frozenset({"district", "municipality"})
_AREA_LISTS = UNIT_LISTS | frozenset({"districts", "municipalities", "provinces", "regions", "states"})
_TOWN_AFTER = frozenset({"village", "hamlet", "town", "settlement", "villages", "hamlets", "towns", "settlements"})
_KIND_AFTER = _AREA_WORDS | _AREA_LISTS | _TOWN_AFTER
# Kinds read only in apposition ("Remakri, a union bordering Myanmar"): after a name, these
# words are bodies' ("the African Union", "a Kuki ward").
_APPOSITION_ONLY = frozenset({"union", "ward", "quarter", "borough"})
_KINDS = _KIND_AFTER | SETTLEMENT_WORDS | _APPOSITION_ONLY
_NAMED_AFTER_BODIES = frozenset({"camp", "airport", "airbase", "port", "crossing"})
_DISPLACED = frozenset({"displacement", "displaced", "idp", "idps", "refugee", "refugees", "transit", "relief"})
# What may follow the kind in an apposition ("X, a village in ...", "X, a hamlet near Y,"):
# where it lies, or the end of the clause; not a noun ("X, a village elder").
_APPOSITION_NEXT = frozenset({
    "in", "near", "of", "on", "outside", "about", "some", "bordering", "close", "north", "south", "east",
    "west", "northeast", "northwest", "southeast", "southwest", "inside", "along", "just", "located",
    "known", "where", "that", "which", "under", "across", "within", "at", "between", "roughly", "around",
    "nearly", "barely", "only", "not", "straddling", "overlooking", "adjoining", "next", "beside", "by",
    ",", ".", ";", ")", "—", "–", "-", ":"})
# Words that may stand between the article and the kind: "a small border village",
# "a remote farming hamlet", "a Tajik exclave" (a demonym), "a neighbouring upazila".
MAX_MODIFIERS = 3
_ARTICLES = frozenset({"a", "an"})
_LOCATED = frozenset({"in", "at", "near", "outside"})
# Words of motion before a name: only an apposition that says where it lies makes it a place.
_TOWARDS = frozenset({"to", "towards", "toward", "into", "from"})
# Nouns before "of" whose name a held area placed beside it makes a place: "in the general area of
# Spinwam, North Waziristan", "on the outskirts of Kalaya, Borno"
_AREA_NOUNS = frozenset({"area", "vicinity", "outskirts", "environs", "surroundings", "outskirt"})
# Kinds of area after a name besides the unit and region words: "in Danko-Wasagu local government
# area", "in Guma LGA", "in Lamu West sub-county", "in Rutshuru territory"
_LOCAL_KINDS = frozenset({"territory", "local", "lga", "sub-county", "subcounty"})
# Areas small enough that the town they are named after, their seat, stands for a village in
# them on a news map: "Lakhanpura village in Rajouri district", "Khurvaleti, a village in Gori
# municipality" lie within a few tens of km of Rajouri and Gori. Provinces, states, regions and
# Congo's territories are too wide: a village in them keeps only their country and area.
_SEATED_AREAS = frozenset({"district", "municipality", "upazila", "tehsil", "taluk", "taluka", "mandal",
                           "woreda", "commune", "rayon", "hromada", "jamoat", "chiefdom", "subdistrict",
                           "sub-district", "arrondissement"})
_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "mi"})
MAX_LOCATED_WORDS = 2


def _word_before(doc: PlacesView, i: int) -> str:
    return doc.lower[i - 1] if i > 0 else ""


def _run_start(doc: PlacesView, end: int) -> int:
    """Where the name ending just before token ``end`` starts: back over capitalised
    words, particles and hyphens ("Khoja Alo", "Kok-Tash", "Ras al-Ain")."""
    k = end - 1
    while k > 0 and end - k < 6 and doc.sent_start(k) != k and (
            doc.cap[k - 1] or doc.lower[k - 1] in HYPHENS or particle_in_name(doc, k - 1)
            or (doc.lower[k - 1] in ROMANCE_PARTICLES and k >= 2 and doc.cap[k - 2] and doc.cap[k])):
        k -= 1
    if doc.sent_start(k) == k and k + 1 < end and doc[k].is_stop:
        k += 1  # "A Kuki village": a sentence's first word is capitalised whatever it is
    while k < end and not can_start(doc, k):
        k += 1
    return k


def _plausible_name(doc: PlacesView, start: int, end: int) -> bool:
    """A written name that may be a place: capitalised, not a people or a body the report
    names as such, not a person the report names, not a common word."""
    if start >= end or not can_start(doc, start) or not doc.cap[end - 1]:
        return False
    if _word_before(doc, start) in _ARTICLES:
        return False  # "a Kuki village", "an Alawite town": a people's, not a name
    text = doc.text[doc[start].idx:doc[end - 1].idx + len(doc.texts[end - 1])]
    words = [doc.texts[i] for i in range(start, end) if doc.cap[i]]
    if compact(text) in NEVER_PLACES or any(compact(w) in NEVER_PLACES for w in words if len(words) == 1):
        return False
    if end - start == 1 and doc[start].tag_ == "JJ" and doc.texts[start].lower().endswith(("an", "ese", "ic")):
        return False  # "the Himalayan region", "the Andean region": an adjective of a land, no name
    if any(doc.lower[i] in doc.demonyms for i in range(start, end)):
        return False  # "the Tajik border", "Kyrgyz villages"
    if all(doc[i].is_stop for i in range(start, end) if doc.cap[i]):
        return False  # "The district administration": an article at a sentence's start
    if all(w in _person_words(doc, start, end) for w in words):
        return False
    if doc.shouting or start in doc.title_starts:
        return False  # case tells nothing in capitals or title-case headlines
    return not all(t.isupper() and len(t) > 1 for t in words)  # "KNF", "UPDF": acronyms of bodies


def _person_words(doc: PlacesView, start: int, end: int) -> set[str]:
    """The words of the persons the report names elsewhere. NER reads many villages as
    persons ("Munnuam Para", "Guimara upazila"); a name the text itself calls a village
    is a person only when the report also names a person by it somewhere else (and not
    in an entity holding a lower-case word such as "upazila")."""
    words: set[str] = set()
    for ent_start, ent_end, ent_words in doc.person_entities:
        if not (ent_start < end and start < ent_end):
            words.update(ent_words)
    return words & doc.person_parts



def _new(doc: PlacesView, start: int, end: int, word: str, area: bool) -> Match:
    span = (doc[start].idx, doc[end - 1].idx + len(doc.texts[end - 1]))
    m = Match(start, end, [], doc.text[span[0]:span[1]], span, settlement_word=word)
    if area:
        m.region_word = word  # named with its kind: the merge keeps it as an area
    return m


def marked_unknowns(doc: PlacesView, matches: list[Match]) -> list[Match]:
    """Names the gazetteer lacks that the text calls places: in apposition ("Saiton, a village
    in Bishnupur district"; "Chorkuh, a jamoat of Isfara district") and before their kind
    ("Thamnapokpi village", "Ruma upazila", "Kok-Tash, Ak-Sai and Samarkandek villages")."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    found: list[Match] = []
    n = len(doc)
    lower = doc.lower
    # where the report's admin1 areas start: "the Botlikhsky district of Dagestan" is a district of a province
    states = {m.start for m in matches if m.chosen is not None and m.chosen.entry.kind == "region"
              and m.chosen.entry.admin1 is not None}

    def add(start: int, end: int, word: str, area: bool) -> None:
        if any(i in taken for i in range(start, end)) or not _plausible_name(doc, start, end):
            return
        m = _new(doc, start, end, word, area)
        if spelled_before_acronym(doc, m):
            return  # "the Unity for Peace in Central Africa (UPC)": a body's name
        found.append(m)
        taken.update(range(start, end))

    for i in range(1, n):
        low = lower[i]
        # "Daudu and Tse-Abagu, two villages about 15 km east of Makurdi": a list, then its count and kind
        if low == "," and doc.cap[i - 1] and (kind := _counted_kind(doc, i + 1)) is not None:
            for end in _list_ends(doc, i):
                add(_run_start(doc, end), end, doc.texts[kind], False)
            continue
        # "Russian shelling hit Zelenyi Hai, 15 km south of Huliaipole": a distance measured from a
        # place says the name before it is one, whatever word stands before the name
        if low == "," and doc.cap[i - 1] and _distance_apposition(doc, i, measured=True) \
                and _word_before(doc, _run_start(doc, i)) != "the":  # "the Ring Road, 15 km from Bamenda"
            before = len(found)
            add(_run_start(doc, i), i, "", False)
            if len(found) > before:
                found[-1].settlement_word = None
                found[-1].located_only = True
            continue
        # "X, a (small border) village in ...": the kind after an article and a few modifiers
        if low == "," and i + 2 < n and lower[i + 1] in _ARTICLES | {"the"} and doc.cap[i - 1]:
            k = i + 2
            # modifiers are content words: "a farmer from the village" is a person, not a village
            while k < n and k - (i + 2) < MAX_MODIFIERS and lower[k] not in _KINDS and (
                    doc.texts[k].isalpha() and not doc[k].is_stop
                    and (doc.texts[k].islower() or lower[k] in doc.demonyms)
                    or lower[k] in HYPHENS):
                k += 1
            kind = lower[k] if k < n else ""
            if kind in _KINDS and kind not in _NAMED_AFTER_BODIES and (
                    k + 1 >= n or lower[k + 1] in _APPOSITION_NEXT or _distance_at(doc, k + 1)):
                start = _run_start(doc, i)
                add(start, i, doc.texts[k], kind in _APPOSITION_ONLY
                    or (kind in _AREA_WORDS and kind not in SETTLEMENT_WORDS - {"district"}))
            continue
        # "the Plaine Savo displacement camp", "the Bulengo IDP camp": a camp for the displaced is
        # named after its place ("the Wagner camp" after a body, so a word for the displaced must say so)
        if low in ("camp", "camps") and i >= 2 and lower[i - 1] in _DISPLACED and doc.cap[i - 2]:
            add(_run_start(doc, i - 1), i - 1, doc.texts[i], False)
            continue
        # "the Al-Jufainah camp for displaced people", "the Kalma camp for the displaced"
        if low in ("camp", "camps") and doc.cap[i - 1] and i + 2 < n and lower[i + 1] == "for" and (
                lower[i + 2] in _DISPLACED or (lower[i + 2] == "the" and i + 3 < n and lower[i + 3] in _DISPLACED)):
            add(_run_start(doc, i), i, doc.texts[i], False)
            continue
        # "gunmen attacked Yelwata, Daudu and Tse-Akaa communities": Nigerian, Indian and Filipino
        # copy's word for villages, after a list; not "the Tiv and Jukun communities" (peoples)
        if low == "communities" and doc.cap[i - 1] and (ends := _community_list(doc, i)):
            for end in ends:
                add(_run_start(doc, end), end, doc.texts[i], False)
            continue
        # "Thamnapokpi village", "Leilek district", "Ruma, Thanchi and Rowangchhari upazilas"
        if low in _KIND_AFTER and doc.cap[i - 1] and not doc.cap[i]:
            area = low in _AREA_WORDS or low in _AREA_LISTS
            plural = low in _AREA_LISTS or low in SETTLEMENT_LISTS
            ends = [i]
            if plural:
                ends = _list_ends(doc, i)
                if len(ends) < 2:
                    continue  # "the Bawm villages": a people's villages, not a list of names
            for end in ends:
                start = _run_start(doc, end)
                if not plural and _word_before(doc, start) == "the" and (low in _TOWN_AFTER or low == "district") \
                        and not (low == "district" and (_of_a_region(doc, i + 1) or _of_a_state(doc, i + 1, states))):
                    # "the Meitei village": which people's, not which village; "the Al-Rawdha
                    # district": a town's quarter, which the report's town stands for (but "the
                    # Shamsiddin Shohin district of Khatlon region" is a district of a province)
                    continue
                add(start, end, doc.texts[i], area)
    areas = {m.start: m for m in matches
             if m.chosen is not None and m.chosen.entry.kind in ("region", "country", "city")}
    for i in range(1, n):
        low = lower[i]
        # "a relief camp at Sawombung", "arrests in Saikul": a name after a word of location that
        # NER reads as a place, which no source holds. Weaker than a kind: kept only if placed.
        if low in _LOCATED and i + 1 < n and doc.cap[i + 1] and (ent := doc.ent_at[i + 1]) is not None \
                and ent.start == i + 1 and ent.label_ in ("GPE", "LOC") and ent.end - ent.start <= MAX_LOCATED_WORDS \
                and (ent.end >= n or not doc.cap[ent.end]) and not DATE_WORD.fullmatch(doc.texts[i + 1]) \
                and lower[i + 1] not in OCCASIONS:
            before = len(found)
            add(i + 1, ent.end, "", False)
            if len(found) > before:
                found[-1].settlement_word = None
                found[-1].located_only = True
        # "near Necuto, in the municipality of Buco-Zau": a name after a word of location whose
        # apposition names the area it lies in; no NER label needed, and kept only if placed
        # "fled to Meza, in Ancuabe district", "in Mir Ali, North Waziristan", "at Boulkessi, Mali": or
        # whose apposition is a state or country the report's sources hold
        elif (low in _LOCATED | _TOWARDS or (low == "of" and (lower[i - 1] in _AREA_NOUNS or _measured_from(doc, i)))) \
                and i + 1 < n \
                and doc.cap[i + 1] and not DATE_WORD.fullmatch(doc.texts[i + 1]):
            end = i + 2
            while end < n and end - i <= MAX_LOCATED_WORDS and (doc.cap[end] or lower[end] in HYPHENS):
                end += 1
            if (_area_apposition(doc, end) or _area_apposition(doc, end - 1, bare=True)
                    or _held_area_after(doc, end, areas) or _measured_from(doc, i)
                    or _distance_apposition(doc, end, measured=True)):
                before = len(found)
                add(i + 1, end, "", False)
                if len(found) > before:
                    found[-1].settlement_word = None
                    found[-1].located_only = True
    return found


def _of_a_region(doc: PlacesView, k: int) -> bool:
    """Whether the words from ``k`` are "of" or "in" and a name with a region word: "of Khatlon
    region", "in Balkh province"."""
    if k + 2 >= len(doc) or doc.lower[k] not in ("of", "in") or not doc.cap[k + 1]:
        return False
    j = k + 1
    while j < len(doc) and j - k <= 3 and doc.cap[j]:
        j += 1
    return j < len(doc) and doc.lower[j] in REGION_WORDS


def _of_a_state(doc: PlacesView, k: int, states: set[int]) -> bool:
    """Whether the words from ``k`` are "of" or "in" and an admin1 area the gazetteer holds, without
    its region word: "the Botlikhsky district of Dagestan", "the Andarab district of Baghlan"."""
    return k + 1 < len(doc) and doc.lower[k] in ("of", "in") and k + 1 in states


def _measured_from(doc: PlacesView, k: int) -> bool:
    """Whether token ``k`` ("from", "of") ends a distance: "about 15 km from Llochegua", "a town
    40 km north of Bahir Dar", "30 kilometres east of Kidal": what a distance is measured from is
    a place."""
    lower = doc.lower
    if lower[k] not in ("from", "of") or k < 2:
        return False
    j = k - 1
    if lower[k] == "of":
        if lower[j] not in COMPASS:
            return False
        j -= 1
    return lower[j] in _DISTANCE_UNITS and doc[j - 1].like_num


def _held_area_after(doc: PlacesView, k: int, areas: dict[int, Match]) -> bool:
    """Whether ", Y" follows token ``k - 1`` where Y is a state or country the sources hold and
    closes the address: "in Mir Ali, North Waziristan, the military said"; not "in X, Kenya's
    police said" (a new clause that opens with the country's body). Y may be a town named with
    the kind of area it is the seat of: "in Jani Khel, Bannu district" (the only Jani Khel the
    sources hold lies in Afghanistan, so the name is the report's own village)."""
    if k + 1 >= len(doc) or doc.lower[k] != "," or (area := areas.get(k + 1)) is None:
        return False
    if area.chosen is not None and area.chosen.entry.kind == "city":
        return area.end < len(doc) and doc.lower[area.end] in _SEATED_AREAS | _LOCAL_KINDS
    after = area.end
    while after < len(doc) and doc.lower[after] in REGION_WORDS:
        after += 1  # "in Kuriga, Kaduna state"
    return after >= len(doc) or not (doc.cap[after] or doc.lower[after] in ("'s", "’s"))


def _area_apposition(doc: PlacesView, k: int, bare: bool = False) -> bool:
    """Whether ", in the municipality of Y" or ", in Y district" follows token ``k - 1``; with ``bare``,
    whether "in Y district" follows token ``k`` without a comma ("bandits at Yantumaki in Danmusa Local
    Government Area", "clashes near Dabanga in Gnabo district"): the area a name lies in, said at once."""
    lower, n = doc.lower, len(doc)
    if bare and k + 1 < n and lower[k + 1] == "in":
        if not doc.cap[k]:
            return False  # the name itself must end at ``k``
    elif k + 3 >= n or lower[k] != "," or lower[k + 1] != "in":
        return False
    if lower[k + 2] == "the" and lower[k + 3] in _AREA_WORDS | {"territory"}:
        return k + 4 < n and lower[k + 4] == "of"
    j = k + 2
    while j < n and (doc.cap[j] or (lower[j] in HYPHENS and j + 1 < n and doc.cap[j + 1])) and j - k < 6 \
            and lower[j] not in _AREA_WORDS | _LOCAL_KINDS:  # "Danmusa Local Government Area": the kind in capitals
        j += 1
    return j > k + 2 and j < n and lower[j] in _AREA_WORDS | _LOCAL_KINDS


def _distance_at(doc: PlacesView, i: int) -> bool:
    """Whether a distance starts at token ``i``: "X, a village 8 km west of Y" says where X lies."""
    return i + 1 < len(doc) and doc[i].like_num and doc.lower[i + 1] in _DISTANCE_UNITS


# Words that may stand before a distance in apposition: "X, some 80 km north of Y".
_ROUGHLY = frozenset({"about", "some", "around", "roughly", "nearly", "approximately", "just", "only", "barely",
                      "almost", "over", "under", "less", "more", "than", "a", "few"})
# Counts of a list's places: "X and Y, two villages ...", "X, Y and Z, three towns ...".
_COUNTS = frozenset({"two", "three", "four", "five", "six", "both"})
_TOWN_LISTS = frozenset({"villages", "hamlets", "towns", "settlements", "communities"})


def _distance_apposition(doc: PlacesView, k: int, measured: bool = False) -> bool:
    """Whether ", (some) 80 km north of Y" follows token ``k - 1``: the distance says where the
    name before it lies ("near Buleda, some 80 km north of Turbat"). With ``measured``, only a
    distance ending in "of" or "from" and a capitalised name ("80 km from Turbat"), which lends
    the name its point: "fallen back to Mondoro, 40 km away" gives none."""
    n = len(doc)
    if k >= n or doc.lower[k] != ",":
        return False
    j = k + 1
    while j < n and j - k <= 3 and doc.lower[j] in _ROUGHLY:
        j += 1
    if not _distance_at(doc, j):
        return False
    if not measured:
        return True
    end = j + 2 + (j + 2 < n and doc.lower[j + 2] in COMPASS)
    return end + 1 < n and _measured_from(doc, end) and doc.cap[end + 1]


def _counted_kind(doc: PlacesView, k: int) -> int | None:
    """The token of the plural kind in "two (border) villages" from token ``k``, when the words
    after it say where they lie ("two villages about 15 km east of Makurdi", "two towns in ...")."""
    n = len(doc)
    if k >= n or doc.lower[k] not in _COUNTS:
        return None
    j = k + 1
    while j < n and j - k <= MAX_MODIFIERS and doc.lower[j] not in _TOWN_LISTS and doc.texts[j].islower() \
            and doc.texts[j].isalpha() and not doc[j].is_stop:
        j += 1
    if j + 1 >= n or doc.lower[j] not in _TOWN_LISTS:
        return None
    after = j + 1
    while after < n and after - j <= 3 and doc.lower[after] in _ROUGHLY:
        after += 1
    return j if doc.lower[j + 1] in _APPOSITION_NEXT or _distance_at(doc, after) else None


# Words before a list of names that make "X and Y communities" peoples, not villages.
_PEOPLES_BEFORE = frozenset({"the", "between", "among", "amongst", "both", "other", "rival", "minority", "all"})


def _community_list(doc: PlacesView, kind: int) -> list[int]:
    """Token ends of the names of "A, B and C communities" when they are villages: two names at
    least, after a lower-case word that is no article or "between" ("attacked", "in", "of"), none
    of them a demonym. "The Tiv community", "clashes between Hindu and Muslim communities" and a
    list opening a sentence name peoples."""
    ends = _list_ends(doc, kind)
    if len(ends) < 2:
        return []
    first = _run_start(doc, ends[0])
    before = _word_before(doc, first)
    if not before.isalpha() or not before.islower() or before in _PEOPLES_BEFORE or doc.sent_start(first) == first:
        return []
    if any(doc.lower[_run_start(doc, end)] in doc.demonyms for end in ends):
        return []
    return ends


def _list_ends(doc: PlacesView, kind: int) -> list[int]:
    """Token ends of the names a plural kind closes: "Kok-Tash, Ak-Sai and Samarkandek
    villages" gives three ends."""
    ends, k = [kind], kind - 1
    while k > 0 and kind - k < 16:
        start = _run_start(doc, k + 1)
        if start > k:
            break
        before = start - 1
        if before >= 0 and doc.lower[before] in (",", "and", "or") and before - 1 >= 0 and doc.cap[before - 1]:
            k = before - 1
            ends.append(before)
            continue
        break
    return sorted(ends)
