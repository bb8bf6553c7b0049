"""Whether a gazetteer match is meant as a place here: the names that are not places
whatever the gazetteer says (persons, demonyms, outlets, acronyms), and how sure the
text makes a town or an area."""

from __future__ import annotations

from spacy.tokens import Span

from claimledger.extract.cues import cues_with
from claimledger.extract.gazetteer import (
    ALTERNATE,
    PRIMARY,
    STRIPPED,
    Hit,
    compact,
    gazetteer,
)
from claimledger.extract.places.scan import Match, after_ezafe, after_locative, attribute_suffix, prev_word
from claimledger.extract.places.town_words import written_as_place
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import (
    ARABIC_QUALIFIERS,
    COMPASS,
    CURRENCY_WORDS,
    DATE_WORD,
    DEMONYM_ENDING,
    DEPARTURES,
    DIRECTIONS,
    DISEASE_WORDS,
    FEATURE_WORDS,
    FORCE_WORDS,
    HYPHENS,
    LOCAL_BODIES,
    LOCATIVE,
    MEDIA_BEFORE,
    MEDIA_WORDS,
    NAME_HEADS,
    NAME_TAILS,
    OPENING_PARTICLES,
    OWNED_OFFICES,
    PLACE_NOUNS,
    REGION_WORDS,
    ROUTE_WORDS,
    SETTLEMENT_LISTS,
    SETTLEMENT_WORDS,
    SITE_HEADS,
    SOFT_WORDS,
    TARGET_VERBS,
    TITLES,
)
from claimledger.extract.speakers import event_nouns


def rejected(doc: PlacesView, m: Match, ent: Span | None, covered: set[int], matched: set[int] | None = None) -> bool:
    """Names that are not places here, whatever the gazetteer says.

    ``covered`` holds the tokens of all gazetteer matches, so that an entity made of
    place names ("Syrias Hama" tagged PERSON) is not taken for a person.
    """
    if m.abbreviation:
        return False  # "Ga." with its period is the state, whatever NER says
    first = doc[m.start]
    low = m.text.lower()
    single = m.end - m.start == 1
    top_kind = any(h.entry.kind == "country" for h in m.hits)
    # "the Litani river": a feature word after a river or valley the gazetteer holds vouches for it
    designated = bool(m.region_word or m.settlement_word) or (
        m.end < len(doc) and doc.lower[m.end] in FEATURE_WORDS and any(h.entry.kind == "other" for h in m.hits))
    # An article alone is the start of a name the gazetteer lacks ("Ash Shairat"),
    # not the Czech town of Ash.
    if single and low in OPENING_PARTICLES | {"the", "la", "le", "los", "las", "el"}:
        return True
    # Demonyms: "Ukrainian", "North Korean". NER's NORP alone is not enough: it
    # also tags towns ("Izraa"), so the word must look like a demonym too.
    if low in doc.demonyms:
        return True
    if (single and ent is not None and ent.label_ == "NORP" and not top_kind and not designated
            and DEMONYM_ENDING.search(low) and not after_locative(doc, m.start)
            and not any(h.quality == PRIMARY and h.entry.population >= BIG_CITY for h in m.hits)):
        return True  # but "in Omdurman" is a place, whatever its ending, and so is a big city by its own name
    if ent is not None and ent.label_ == "PERSON" and ent.end - ent.start > 1 and doc.lower[ent.start] == "the":
        # "the Complexo da Maré", "the Nova Holanda" read as a person: no person's name opens with
        # "the", and what follows it is the name
        ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    if ent is not None and all(i in covered for i in range(ent.start, ent.end)):
        ent = None  # the entity is just place names, whatever its label
    if ent is not None and matched and ent.label_ in LIST_LABELS and all(
            i in matched or not doc.cap[i] for i in range(ent.start, ent.end)):
        ent = None  # "Chai and Mucojo in Mozambique" read as a title: a list of places
    if ent is not None and ent.label_ != "PERSON" and list_of_names(doc, ent, m):
        ent = None  # "out of Gori and Mtskheta" read as one ORG: two towns, not a body
    # Acronyms: "SDF", "RSF", "UN" are organisations; only country codes ("US",
    # "UK", "UAE") and datelines ("HAMA, Syria") stand for places.
    if single and first.text.isupper() and len(first.text) > 1 and not top_kind and not doc.shouting:
        dateline = m.end < len(doc) and doc[m.end].text in (",", "-", "—", ":") and (
            m.start == 0 or "\n" in doc[m.start - 1].text_with_ws)
        if len(first.text) <= 4 and not dateline:
            return True
    # Parts of a person's name: "Kim", "Putin" after "Vladimir Putin".
    if (ent is not None and ent.label_ == "PERSON" and not designated
            and (ent.start < m.start or _end_without_possessive(doc, ent) > m.end)):
        return True  # "Michael Jordan", "Kim Jong Un"; not "Burkina Faso's" tagged PERSON
    if single and first.text in doc.person_parts and not top_kind and not designated:
        return True
    prev = prev_word(doc, m.start, skip_the=False)
    if prev is not None and prev.lower_.rstrip(".") in TITLES:  # also "Minister Israel Katz"
        return True
    if not top_kind and tail_of_longer_name(doc, m, covered):
        return True
    if not top_kind and doc.lower[m.end - 1] in ARABIC_QUALIFIERS and m.start > 0 and doc.cap[m.start - 1]:
        return True  # "al-Tahta" of "Nabatieh al-Tahta": one half of a twin village, not Egypt's Tahta
    if not top_kind and not designated and head_of_longer_name(doc, m, covered) and not _vouched(m, ent):
        return True
    # A country opening an organisation's name is the organisation's, not a place of the
    # story: "the Sudan Liberation Movement", "Israel Defense Forces" (a party, like a demonym).
    if (top_kind and ent is not None and ent.label_ == "ORG" and ent.start <= m.start and ent.end > m.end
            and head_of_longer_name(doc, m, set())):
        return True
    if not top_kind and spelled_before_acronym(doc, m):
        return True
    # An actor's attribute, not a place: "U.S.-led coalition", "Iran-backed militias"
    # ("a London-based monitor" still places the monitor).
    if attribute_suffix(doc, m):
        return True
    # Money named after a land is no place of the story: "2.4 million US dollars", "Hong Kong dollars".
    if m.end < len(doc) and doc.lower[m.end] in CURRENCY_WORDS:
        return True
    if short_name_of_body(doc, m):
        return True
    # A disease named after a place is no place: "West Nile virus", "Marburg fever".
    if m.end < len(doc) and doc.lower[m.end] in DISEASE_WORDS and not top_kind:
        return True
    # A town that speaks is a person or a company: "Lincoln said", "Toyota says"; only a
    # capital or a metropolis speaks for its government ("Moscow said").
    # Only as the verb's subject: in comma-less copy "south of Jarabulus said Rami …" the
    # town is the object of "of" and the speaker comes after the verb.
    if (m.end < len(doc) and doc[m.end].lemma_ in cues_with("speaks") and not top_kind and not designated
            and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "compound")
            and all(h.entry.kind == "city" for h in m.hits) and (
                all(h.entry.population < 100_000 for h in m.hits)
                or (ent is not None and ent.label_ == "PERSON" and ent.start == m.start and ent.end == m.end))):
        return True
    # Media outlets: "Kyiv Independent", "Moscow Times", "Times of Israel"; and units named
    # after a land, whatever its size: "the Assam Rifles", "the Punjab Regiment", "Sindh Rangers".
    if m.end < len(doc) and (doc.lower[m.end] in MEDIA_WORDS or doc.lower[m.end] in FORCE_WORDS) and doc.cap[m.end]:
        return True
    before = _text_between(doc, max(0, m.start - 3), m.start).lower()
    if before.endswith(MEDIA_BEFORE):
        return True
    if _state_province(doc, m, before):
        return True
    # A place name inside a longer organisation name counts only if it is big:
    # "Aleppo University" is in Aleppo, "Hayat Tahrir al-Sham" is not in "Sham".
    if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT") and not designated and (
            ent.start < m.start or ent.end > m.end):
        big = any(h.entry.kind in ("country", "region") or h.entry.population >= 100_000 for h in m.hits)
        # A town's own public bodies are named after it and sit in it: "the Torrington
        # Fire Department", "Alexandria police", "Athens City Council".
        local_body = ent.start <= m.start and m.end < len(doc) and doc.lower[m.end] in LOCAL_BODIES
        if not big and not local_body:
            return True
    return False


# Small words inside a body's spelled-out name: "Unity for Peace in Central Africa".
_NAME_LINKS = frozenset({"of", "for", "in", "the", "and", "de", "du", "des", "la", "le", "pour", "el", "al",
                         "'s", "’s"})
MAX_NAME_TOKENS = 8


def spelled_before_acronym(doc: PlacesView, m: Match) -> bool:
    """Whether the match sits inside a body's name spelled out before its acronym: "the Unity
    for Peace in Central Africa (UPC)", "Islamic State West Africa Province (ISWAP)", "Front
    for Patriotic Resistance in Ituri (FRPI)": a capitalised run with a word before the match
    opening on the acronym's letter, and the acronym in brackets closing it. A place heading
    the run is the place's own body ("Zaporizhzhia Nuclear Power Plant (ZNPP)") and stays."""
    k = m.end
    while k < len(doc) and k - m.end < MAX_NAME_TOKENS and doc[k].text != "(" and (
            doc.cap[k] or doc.lower[k] in _NAME_LINKS):
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return False
    acronym = doc[k + 1].text
    if not (2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha()):
        return False
    i = m.start
    while i > 0 and m.start - i < MAX_NAME_TOKENS and "\n" not in doc[i - 1].text_with_ws and (
            doc.cap[i - 1] or doc.lower[i - 1] in _NAME_LINKS):
        i -= 1
    return any(doc.cap[j] and doc[j].text[:1] == acronym[0] for j in range(i, m.start))


MAX_ROUTE_NAME = 3


def route_end(doc: PlacesView, m: Match) -> bool:
    """Whether the match is one end of a route named by its two ends joined by a dash: "the
    Lamu–Garsen road", "the Kabul-Jalalabad highway", "the Chaman–Spin Boldak crossing"."""
    if m.start >= 2 and doc.lower[m.start - 1] in HYPHENS and doc.cap[m.start - 2]:
        return m.end < len(doc) and doc.lower[m.end] in ROUTE_WORDS  # the second end
    if m.end + 1 >= len(doc) or doc.lower[m.end] not in HYPHENS:
        return False
    k = m.end + 1
    while k < len(doc) and k - m.end <= MAX_ROUTE_NAME and doc.cap[k]:
        k += 1
    return k > m.end + 1 and k < len(doc) and doc.lower[k] in ROUTE_WORDS  # the first end


def _end_without_possessive(doc: PlacesView, ent: Span) -> int:
    """Where an entity ends, without a closing possessive ("Burkina Faso's")."""
    return ent.end - 1 if ent.end - ent.start > 1 and doc.lower[ent.end - 1] in ("'s", "’s") else ent.end


def _text_between(doc: PlacesView, start: int, end: int) -> str:
    """The text of tokens [start, end), as ``Span.text`` gives it (without the last
    token's trailing space), cut from the report's text instead of joined token by token."""
    if start >= end:
        return ""
    last = doc[end - 1]
    return doc.text[doc[start].idx:last.idx + len(last.text)]


# Labels NER gives to a run of place names joined by small words ("Chai and Mucojo in
# Mozambique" as a WORK_OF_ART); an organisation's name is not read this way.
LIST_LABELS = ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT")


# A conjunct of a list is a name of a few words: "Gori", "Gura Bicului".
MAX_CONJUNCT = 3
# Words after which a coordination of names is a list of places ("the road between X and Y",
# "patrols operate out of X and Y"), not a body's name ("Procter and Gamble said").
_LIST_LEADS = LOCATIVE | frozenset({"of"})


# The Islamic State names its branches after lands: "Islamic State's Sinai Province", "the
# Islamic State West Africa Province", "IS Khorasan Province". A branch is a party, not a place.
_STATE_NAMES = ("state", "state's", "state’s", "is", "isis", "isil", "daesh")


def _state_province(doc: PlacesView, m: Match, before: str) -> bool:
    """Whether the name is the land of an Islamic State branch ("Sinai Province" after
    "Islamic State's"), read from the capitalised "Province" after it and the group before."""
    if m.end >= len(doc) or doc.texts[m.end] != "Province":
        return False
    words = before.replace("’", "'").split()
    return bool(words) and (words[-1] in _STATE_NAMES or words[-1] in ("'s",) and len(words) > 1
                            and words[-2] in _STATE_NAMES or " ".join(words[-2:]).endswith("state 's"))


def list_of_names(doc: PlacesView, ent: Span, m: Match) -> bool:
    """Whether an entity is two names joined by "and" or a comma, ``m`` being one of them
    whole, after a locative word: NER reads "between Chintalnar and Dornapal" as one
    WORK_OF_ART and "out of Gori and Mtskheta" as an ORG, and would make a body of two towns."""
    start = ent.start + (1 if doc.lower[ent.start] == "the" else 0)
    if start < 1 or doc.lower[start - 1] not in _LIST_LEADS or "and" not in doc.lower[start:ent.end]:
        return False
    runs, run = [], []
    for i in range(start, _end_without_possessive(doc, ent)):
        if doc.lower[i] in ("and", ","):
            runs.append(run)
            run = []
        elif doc.cap[i] or doc.lower[i] in HYPHENS:
            run.append(i)
        else:
            return False  # a small word inside: "Bank of Gori and Kaspi" is a body's name
    runs.append(run)
    return (len(runs) >= 2 and all(0 < len(r) <= MAX_CONJUNCT for r in runs)
            and any(r[0] == m.start and r[-1] + 1 == m.end for r in runs))


def short_name_of_body(doc: PlacesView, m: Match) -> bool:
    """ "The Alliance said", "the Union will vote": a town's name (Alliance in Ohio, Union in New
    Jersey) written after "the" where the report spells a body whose name ends in the same word
    ("the Drylands Relief Alliance", "the African Union") is that body's short name. Towns rarely
    take the article; bodies named by their last word always do."""
    if m.end - m.start != 1 or m.region_word or m.settlement_word or m.start < 1 or doc.lower[m.start - 1] != "the":
        return False
    if any(h.entry.kind != "city" or h.entry.population >= BIG_CITY for h in m.hits):
        return False
    word = doc.texts[m.start]
    return any(i > 0 and i != m.start and doc.cap[i - 1] and not doc[i - 1].is_stop
               and doc[i - 1].whitespace_ == " " and doc.sent_start(i) != i
               for i, text in enumerate(doc.texts) if text == word)


def glued_towns(doc: PlacesView, matches: list[Match]) -> set[int]:
    """The positions (in ``matches``) of two small towns' names glued by one space into one name:
    "San Miguel Totolapan" is one municipality, not San Miguel beside Totolapan (in another
    state); "Santiago Amoltepec", "Kafr Nabl". Prose separates two places by a comma, "and" or a
    preposition; a road between two cities ("the Damascus Aleppo highway"), countries and areas
    ("Mexico City Mexico"), metropolises and title-case headlines are left alone."""
    glued: set[int] = set()
    if doc.shouting:
        return glued
    starting = {b.start: n for n, b in enumerate(matches)}
    for n, a in enumerate(matches):
        if (k := starting.get(a.end)) is None:
            continue
        b = matches[k]
        if (doc[a.end - 1].whitespace_ != " " or doc.sent_start(a.start) in doc.title_starts
                or doc.sent_start(b.start) != doc.sent_start(a.start)):
            continue
        if a.region_word or a.settlement_word or (b.end < len(doc) and doc.lower[b.end] in ROUTE_WORDS):
            continue
        if all(any(h.entry.kind == "city" for h in x.hits) and not any(
                h.entry.kind == "country" or (h.entry.population >= METROPOLIS and h.quality == PRIMARY)
                for h in x.hits) for x in (a, b)):
            glued.update((n, k))  # each a town somewhere ("San Miguel" is a department too), neither a land
    return glued


def tail_of_longer_name(doc: PlacesView, m: Match, places: set[int]) -> bool:
    """Whether the match is the last word(s) of a longer name the gazetteer lacks: "Salim"
    of "Abu Salim", "Isa" of "Ras Isa", "Luanda" of the tanker "Marlin Luanda", "Lion" of
    "Operation Black Lion", "Saul" of "Jonathan Saul". A capitalised word glued before it
    by one space belongs to the same name, unless it is a small word ("In Goma"), a
    compass word ("North Kivu"), a demonym ("Sudanese Nyala"), a date word, an acronym
    ("RSF Nyala"), a place itself (``places``: "Syrias Hama") or part of a headline in
    title case."""
    i = m.start - 1
    if after_ezafe(doc, m.start):
        return True  # "Patan" of "Dand-e-Patan": the linking vowel joins it to the word before
    if i < 0 or not doc.cap[i] or doc[i].whitespace_ != " " or i in places:
        return False
    before = doc[i]
    low = before.lower_
    if (before.is_stop or low in COMPASS or low in DIRECTIONS or low in NAME_HEADS or low in SITE_HEADS
            or low in doc.demonyms):
        return False
    if before.text.isupper() or DATE_WORD.fullmatch(before.text) or DEMONYM_ENDING.search(low) and (
            before.ent_type_ == "NORP"):
        return False
    if before.is_sent_start and (before.pos_ != "PROPN" or low.endswith(("ed", "ing", "ly"))):
        return False  # "Besieged El Fasher ...", "Occupied Melitopol ...": a word opening the sentence
    return doc.sent_start(i) not in doc.title_starts


# Capitalised words after a place name that do not make it part of a longer, unknown name:
# designators, a town's bodies, outlets, titles ("Kharkiv Mayor"), facilities ("Goma Hospital").
_NOT_NAME_PARTS = (REGION_WORDS | SETTLEMENT_WORDS | SETTLEMENT_LISTS | LOCAL_BODIES | MEDIA_WORDS | TITLES
                   | NAME_TAILS | COMPASS | DIRECTIONS)
# A city this big by its own name is no demonym, whatever NER says ("all of Omdurman").
BIG_CITY = 100_000
# A city this big at the head of an unknown capitalised run is still the city.
METROPOLIS = 1_000_000


def head_of_longer_name(doc: PlacesView, m: Match, places: set[int]) -> bool:
    """Whether the match is the first word(s) of a longer capitalised name the gazetteer
    lacks: "Bo" of "Bo Naing Lin" (not the town in Sierra Leone), "Kalay" of "Kalay Myo
    Thant". The next word, glued by one space, is capitalised and is neither a place
    (``places``), a designator, a title, a facility, a date word, a demonym nor an acronym;
    headlines in title case and text in capitals tell nothing."""
    k = m.end
    if k >= len(doc) or not doc.cap[k] or doc[k - 1].whitespace_ != " " or k in places or doc.shouting:
        return False
    nxt = doc[k]
    low = nxt.lower_
    if nxt.is_stop or nxt.is_sent_start or low in _NOT_NAME_PARTS or low in doc.demonyms:
        return False
    if nxt.text.isupper() or DATE_WORD.fullmatch(nxt.text) or "-" in nxt.text or not nxt.is_alpha:
        return False  # "Goma M23", "Sake Monday", "Jarabulus Turkish-backed"
    if DEMONYM_ENDING.search(low) and nxt.ent_type_ == "NORP":
        return False
    return doc.sent_start(m.start) not in doc.title_starts


def _vouched(m: Match, ent: Span | None) -> bool:
    """Whether a match heading a longer capitalised name is still surely the place: a
    curated area or admin1 name, a metropolis, or a run NER itself reads as a place or
    a facility (an organisation's name is weighed by :func:`rejected`'s own rule)."""
    if ent is not None and ent.label_ in ("FAC", "ORG"):
        return True
    if ent is not None and ent.label_ in ("GPE", "LOC") and ent.end <= m.end:
        return True  # not "Intan" of "Intan Jaya", a GPE NER reads whole: the longer name is the place
    return any(h.entry.kind in ("region", "other") or h.entry.population >= METROPOLIS for h in m.hits)


# Things that stand somewhere: after one of them, "at" names the place it stands in ("the
# military base at Pichari", "the checkpoint at Kalandia", "the hospital at Putumattalan"),
# as it does after an event ("the attack at Pahalgam"), and unlike "at Reuters".
FACILITIES = frozenset({
    "base", "camp", "checkpoint", "post", "outpost", "garrison", "barracks", "airbase", "airfield", "airport",
    "hospital", "clinic", "prison", "jail", "station", "headquarters", "crossing", "port", "harbour", "harbor",
    "bridge", "depot", "market", "mosque", "church", "school", "mine", "dam", "plant", "refinery", "terminal"})


def bound_for(doc: PlacesView, k: int) -> bool:
    """Whether the token at ``k`` is a "for" that names where people go: "left for Doropo",
    "headed for Ilaga", "set off for Akobo" (not "fought for Kherson", "ask for Aleppo")."""
    if k < 1 or doc.lower[k] != "for":
        return False
    j = k - 1
    if j >= 1 and doc.lower[j] in ("off", "out", "back"):
        j -= 1  # "set off for", "headed back for"
    return doc[j].lemma_.lower() in DEPARTURES


def score(doc: PlacesView, m: Match, hit: Hit, ent: Span | None, focus: set[str],
           listed: set[int] | None = None, states: set[tuple[str | None, str | None]] | None = None) -> float:
    """How sure we are that a city or admin1 name is meant as a place here; ``states`` are the
    admin1 areas the report names itself, whose towns it names as local news does."""
    e = hit.entry
    first = doc[m.start]
    single = m.end - m.start == 1
    s = 0.0
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        s += 2
    if m.region_word or m.settlement_word:
        s += 3
    elif (ent is not None and ent.label_ == "ORG" and ent.start <= m.start and m.end < len(doc)
          and doc.lower[m.end] in LOCAL_BODIES):
        s += 2  # "the Torrington Fire Department": a town's own body vouches for the town
    elif (m.text.isupper() and m.end < len(doc) and doc[m.end].text in (",", ":", "-", "—")
          and (m.start == 0 or "\n" in doc[m.start - 1].text_with_ws)):
        s += 3  # a dateline: "BEIRUT: ...", "HAMA, Syria -"
    if e.kind == "region":
        s += 1  # an admin1 name is rarely anything else
    prev = prev_word(doc, m.start)
    in_list = False
    toward = prev is not None and (prev.lower_ in LOCATIVE or bound_for(doc, prev.i))
    # "12 km west of Aguililla": what a distance is measured from is a place, as surely as after "in"
    measured = prev is not None and prev.lower_ == "of" and prev.i >= 1 and doc[prev.i - 1].lower_ in COMPASS
    if toward or measured or (prev is not None and prev.lower_ == "of" and prev.i >= 1
                              and doc[prev.i - 1].lower_ in PLACE_NOUNS):
        s += 1
    elif listed and _list_start(doc, m.start) in listed:
        s += 1  # "in Marinka, Kurakhove and Velyka Novosilka"
        in_list = True
    elif prev is not None and prev.lower_ in TARGET_VERBS:
        s += 1  # "targeted Eilat", "overran Mahas", "fled Zamzam": a place fought over
    if e.population >= 1_000_000:
        s += 3
    elif e.population >= 100_000:
        s += 2
    elif e.population >= 15_000:
        s += 1
    if e.country in focus:
        s += 1
    if states and e.kind == "city" and e.admin1 is not None and (e.country, e.admin1) in states:
        s += 1  # "Eldorado" in a story that names Sinaloa State: the state's own town
    if not single:
        s += 1
    if route_end(doc, m):
        s += 1  # "the Lamu–Garsen road", "the Kabul-Jalalabad highway": both ends of a route are places
    elif holds_office(doc, m.end):
        s += 1  # "Kherson's regional administration", "Karachi's police chief": a town's own office
    facility = m.end < len(doc) and doc.lower[m.end] in FACILITIES and doc.texts[m.end].islower()
    if facility:
        s += 1  # "the Merowe dam", "the Tamu border crossing": a thing that stands in a place named after it
    if hit.quality >= STRIPPED:  # without its article, or by a loose spelling
        s -= 1
    # A capitalised "verb" inside a sentence is a name the tagger misread ("from Sagaing")
    # and so is one right after a verb of taking or striking ("retook Bakhmut as Wagner fighters
    # withdrew": the tagger reads "Bakhmut" as an adverb)
    proper = first.pos_ == "PROPN" or (first.pos_ in ("VERB", "ADV", "ADJ", "NOUN") and not first.is_sent_start
                                       and doc.cap[m.start] and (first.pos_ == "VERB" or measured or (
                                           prev is not None and prev.lower_ in TARGET_VERBS)))
    if single and not proper and (ent is None or ent.label_ not in ("GPE", "LOC", "FAC")):
        s -= 2
    if first.is_sent_start and single and ent is None:
        s -= 1
    if single and compact(m.text) in SOFT_WORDS and (ent is None or ent.label_ not in ("GPE", "LOC")) and not (
            e.population >= BIG_CITY and written_as_place(doc, m.start, gazetteer())):
        s -= 3  # but "Police in Reading said", "a truck ploughed into crowds in Nice": the city
    # "at" makes a place only after something that happens there: "the attack at Pahalgam",
    # "clashes at Torkham" (not "at Reuters")
    at_event = prev is not None and prev.lower_ == "at" and prev.i >= 1 and (
        doc[prev.i - 1].lower_ in event_nouns() or doc[prev.i - 1].lemma_.lower() in event_nouns()
        or doc[prev.i - 1].lemma_.lower() in FACILITIES)
    near = measured or (prev is not None and (toward or prev.lower_ in TARGET_VERBS) and prev.lower_ != "at")
    local = (in_list or at_event or facility or near) and e.country in focus and not any(
        h.quality == PRIMARY and h.entry.country not in focus for h in m.hits)
    if (single and ent is not None and ent.label_ in ("ORG", "PERSON", "NORP") and ent.start == m.start
            and ent.end == m.end and e.population < 50_000 and not m.settlement_word and not local):
        s -= 1  # "Google", "Franklin": NER's word against a small namesake (not "around Tedim", "held
        # Thantlang" in a Myanmar report, nor "Aguelhok" after "around Tessalit and" in a Malian one)
    return s


def holds_office(doc: PlacesView, k: int) -> bool:
    """Whether "'s" at token ``k`` hands the name before it an office or body a place holds:
    "Kherson's regional administration", "Karachi's police chief", "Sumy's city council"."""
    if k + 1 >= len(doc) or doc.lower[k] not in ("'s", "’s"):
        return False
    nxt = doc.lower[k + 1]
    if nxt in OWNED_OFFICES or nxt in LOCAL_BODIES:
        return doc.texts[k + 1].islower()
    # one lower-case adjective between: "regional administration", "provincial governor"
    return (k + 2 < len(doc) and doc.texts[k + 1].islower() and doc.texts[k + 2].islower()
            and (doc.lower[k + 2] in OWNED_OFFICES or doc.lower[k + 2] in LOCAL_BODIES))


def strongly_covered(matches: list[Match]) -> set[int]:
    """Tokens of matches that are surely places (countries, regions, big cities): an
    entity made only of these ("Syrias Hama" tagged PERSON) is no person, while
    "Chad Bianco" is one, Bianco being a small town."""
    strong: set[int] = set()
    for m in matches:
        # by the name itself: "Ta" is no big city for being another name of Daqing
        if any((h.entry.kind != "city" and h.quality <= ALTERNATE)
               or (h.entry.population >= BIG_CITY and h.quality == PRIMARY) for h in m.hits):
            strong.update(range(m.start, m.end))
    return strong


def _list_start(doc: PlacesView, i: int) -> int:
    """Where the item before a list item ends: "X, Y", "X and Y", "X, and Y"."""
    j = i
    while j > 0 and i - j < 2 and doc[j - 1].lower_ in (",", "and", "or"):
        j -= 1
    return j if j < i else -1
