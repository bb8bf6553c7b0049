"""Candidate names: the longest gazetteer names over runs of capitalised tokens, state
abbreviations ("Ga.", "W. Va."), countries glued to a suffix ("U.S.-backed"), the
designators around a name, and named settlements the gazetteer lacks ("the village
of Jeb el-Kussa")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from claimledger.extract.gazetteer import (
    NEVER_PLACES,
    Entry,
    Gazetteer,
    Hit,
    compact,
)
from claimledger.extract.places.town_words import town_word_at
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import (
    ARABIC_HEADS,
    ATTRIBUTE_SUFFIXES,
    DATE_WORD,
    DIRECTION_ADJECTIVES,
    ENGLISH_PARTICLES,
    FEATURE_WORDS,
    HYPHENS,
    LOCATIVE,
    MAX_TOKENS,
    OCCASIONS,
    OPENING_PARTICLES,
    PARTICLES,
    REGION_WORDS,
    SETTLEMENT_HEADS,
    SETTLEMENT_LISTS,
    SETTLEMENT_WORDS,
    SITE_HEADS,
)


@dataclass
class Match:
    """A gazetteer hit on a run of tokens, before it is accepted."""

    start: int  # token indices [start, end)
    end: int
    hits: list[Hit]
    text: str
    span: tuple[int, int]  # character span of the mention (with a designator, if any)
    region_word: str | None = None  # "region", "oblast", …
    settlement_word: str | None = None  # "town", "village", …
    chosen: Hit | None = None
    region: Entry | None = None  # the admin1 area, when a region word names it
    score: float = 0.0
    abbreviation: bool = False  # a state written as news copy abbreviates it ("Ga.", "W.Va.")
    within: Entry | None = None  # an unresolved name's parent place or country (places/marked.py)
    point: Entry | None = None  # the town whose point an unresolved name borrows ("Gingal village in Uri")
    located_only: bool = False  # an unresolved name vouched for only by "in X" and NER's GPE (places/marked.py)



def _name_piece(doc: PlacesView, i: int) -> bool:
    """Whether a token may continue a place name: "Cox's Bazar" holds a possessive (the
    longest name is tried first, so "Sudan's Darfur" still falls back to "Sudan")."""
    return (doc.cap[i] or doc.lower[i] in PARTICLES or doc.lower[i] in HYPHENS
            or (doc.lower[i] in ("'s", "’s") and i + 1 < len(doc) and doc.cap[i + 1])
            or _ezafe(doc, i))


# The Persian and Dari linking vowel, hyphened to the word before it: "Mazar-e-Sharif",
# "Qasr-e Shirin", "Pul-i-Khumri", "Darra-i-Suf"; and Dari's "and" joining two names into one
# district's ("Khost-o-Fereng", "Kohistan-o-..."), never a name of its own.
EZAFE = frozenset({"e", "i", "ye", "yi", "o"})


def _ezafe(doc: PlacesView, i: int) -> bool:
    """Whether the token is the linking vowel inside a Persian-style name: glued by a hyphen
    to the word before it and followed by a capitalised word or another hyphen."""
    return (doc.lower[i] in EZAFE and i > 0 and doc.lower[i - 1] in HYPHENS and not doc[i - 1].whitespace_
            and i + 1 < len(doc) and (doc.cap[i + 1] or doc.lower[i + 1] in HYPHENS))


def after_ezafe(doc: PlacesView, i: int) -> bool:
    """Whether the token at ``i`` follows a linking vowel ("Patan" in "Dand-e-Patan" or
    "Dand-e Patan"), so that a name starting there is the end of a longer one."""
    k = i - 1
    if k >= 1 and doc.lower[k] in HYPHENS and not doc[k].whitespace_:
        k -= 1  # "Dand-e-Patan"; "Dand-e Patan" has no second hyphen
    return k >= 2 and k < i and _ezafe(doc, k) and doc.cap[k - 2]


def can_start(doc: PlacesView, i: int) -> bool:
    if doc.cap[i]:
        return True
    # "al-Amarneh": an article, a hyphen glued to it, then a capitalised word.
    return (doc.lower[i] in OPENING_PARTICLES and i + 2 < len(doc) and doc.lower[i + 1] in HYPHENS
            and not doc[i].whitespace_ and doc.cap[i + 2])


def scan(doc: PlacesView, gaz: Gazetteer) -> list[Match]:
    """Longest gazetteer names over runs of capitalised tokens, left to right."""
    matches: list[Match] = []
    n = len(doc)
    full = doc.text
    # the view's lists, read directly: this loop visits every token of the report
    cap, lower, texts, tokens = doc.cap, doc.lower, doc.texts, doc.tokens
    i = 0
    while i < n:
        if not cap[i] and (lower[i] not in OPENING_PARTICLES or not can_start(doc, i)):
            i += 1
            continue
        abbreviation = abbreviation_at(doc, i, gaz) if len(texts[i]) <= MAX_ABBREVIATION_WORD else None
        if abbreviation is not None:
            matches.append(abbreviation)
            i = abbreviation.end
            continue
        # The run of tokens that may belong to one name.
        j = i + 1
        while j < n and j - i < MAX_TOKENS and _name_piece(doc, j):
            j += 1
        found: Match | None = None
        start_char = tokens[i].idx
        # "Prasat Preah Vihear": a site's head word alone is no town ("Prasat" in Surin), the name after it is
        site = lower[i] in SITE_HEADS and j > i + 1 and cap[i + 1]
        # "Puerto Jordan", "Nueva Colombia": a village's head word opens a name the words after it
        # only end; when no source holds the whole, none of its words is read alone
        head = lower[i] in SETTLEMENT_HEADS and j > i + 1 and cap[i + 1] and not doc.shouting
        for end in range(j, i + 1 if site or head else i, -1):
            if not cap[end - 1]:  # a name ends on a capitalised word
                continue
            end_char = tokens[end - 1].idx + len(texts[end - 1])
            text = full[start_char:end_char]
            hits = gaz.lookup(text)
            if not hits and end == i + 1:
                hits = possessive_country(gaz, text)
            if not hits and _region_word_follows(doc, end):
                hits = gaz.designated_region(text)
            if hits:
                found = Match(i, end, hits, text, (start_char, end_char))
                break
        if found is not None and (_country_before_romance_tail(doc, found, j)
                                  or (head and _romance_tail(doc, found, j))):
            # "Panamá de Arauca": a village's name opens with a country's; "San José de Apartadó":
            # with a saint's, whose namesakes lie everywhere ("San José" is Costa Rica's capital)
            found, head = None, True
        if found is not None and _romance_tail_of(doc, found, matches):
            # "in Naranjo de Chila": the end of a village's name, not Chila in Puebla; nor is its
            # head the Naranjo a source holds elsewhere
            if matches and matches[-1].end == found.start - 1:
                matches.pop()
            found = None
        if found is None and "-" in texts[i]:
            found = _hyphen_prefix(doc, i, gaz)  # "U.S.-backed" is one token
        if found is None and (words := town_word_at(doc, i, gaz)):
            found = Match(i, i + 1, words, texts[i], (start_char, start_char + len(texts[i])))  # "in Cork"
        if found is not None:
            found = _feature_named_like(doc, found, gaz)
        if found is None:
            i = j if head else i + 1
            continue
        matches.append(found)
        i = found.end
    return matches


# Particles of Spanish, Portuguese and Italian names: a country's name they continue is the
# first word of a village's ("Panamá de Arauca", "Cuba de Baixo"), not the country.
ROMANCE_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della"})


# Articles of Spanish and Portuguese names after their particle: "San Pedro de la Paz".
ROMANCE_ARTICLES = frozenset({"la", "las", "los", "el"})


def _romance_tail(doc: PlacesView, m: Match, run_end: int) -> bool:
    """Whether the match is followed, inside the same run, by a Romance particle (and article)
    and a capitalised word: "de Apartadó", "del Caguán", "de la Paz"."""
    k = m.end + 1
    if k < run_end and doc.lower[m.end] in ROMANCE_PARTICLES and doc.lower[k] in ROMANCE_ARTICLES:
        k += 1
    return k < run_end and doc.lower[m.end] in ROMANCE_PARTICLES and doc.cap[k]


def _romance_tail_of(doc: PlacesView, m: Match, matches: list[Match]) -> bool:
    """Whether the match ends a longer name that a word of location opens: "in Naranjo de Chila",
    "near Loma de Bácum". The words before the particle are a name no source holds or a town's
    (English copy joins two places with no "de"), and no article stands before them: "at the
    Universidad de Antioquia" names a body, whose place is still read."""
    k = m.start - 1
    if k < 2 or doc.lower[k] not in ROMANCE_PARTICLES or not doc.cap[k - 1]:
        return False
    head = matches[-1] if matches and matches[-1].end == k else None
    if head is None and matches and matches[-1].end > k - 1:
        return False
    if head is not None and any(h.entry.kind != "city" for h in head.hits):
        return False  # "Colombia de ...": a country's or an area's name is read by its own rules
    start = k - 1 if head is None else head.start
    while head is None and start > 0 and k - start < 3 and doc.cap[start - 1]:
        start -= 1
    return start > 0 and doc.lower[start - 1] in LOCATIVE and doc.sent_start(start) != start


def _country_before_romance_tail(doc: PlacesView, m: Match, run_end: int) -> bool:
    """Whether a country's name is followed, inside the same run, by a Romance particle and a
    capitalised word: the whole run is one name no source holds."""
    return _romance_tail(doc, m, run_end) and any(h.entry.kind == "country" for h in m.hits)


def _feature_named_like(doc: PlacesView, m: Match, gaz: Gazetteer) -> Match:
    """ "the Niger river", "the Jordan valley": a name and a lower-case feature word that together
    name a river or valley the gazetteer holds, not the country or town the name alone would be."""
    if m.end >= len(doc) or doc.lower[m.end] not in FEATURE_WORDS or doc.cap[m.end]:
        return m
    word = doc[m.end]
    hits = [h for h in gaz.lookup(f"{m.text} {word.text.title()}")
            if h.entry.kind == "other" or (h.entry.kind == "region" and h.entry.admin1 is None)]
    if not hits:
        return m
    span = (m.span[0], word.idx + len(word.text))
    return Match(m.start, m.end + 1, hits, doc.text[span[0]:span[1]], span)


# How far a plural region word may close a list of areas: "North-West and South-West regions".
MAX_REGION_LIST_TOKENS = 4


def _region_word_follows(doc: PlacesView, end: int) -> bool:
    """Whether a region word follows the name ending at token ``end``, directly ("North-West
    region") or closing a short list it opens ("North-West and South-West regions")."""
    lower = doc.lower

    def region_word(word: str) -> bool:
        return word in REGION_WORDS or (word.endswith("s") and word[:-1] in REGION_WORDS)

    if end < len(doc) and region_word(lower[end]):
        return True
    if end >= len(doc) or lower[end] not in ("and", ",", "or"):
        return False
    return any(region_word(lower[k]) for k in range(end + 1, min(len(doc), end + 1 + MAX_REGION_LIST_TOKENS)))


# No word of a state abbreviation ("Ga.", "Calif", "W. Va.") is longer than this.
MAX_ABBREVIATION_WORD = 6


def abbreviation_at(doc: PlacesView, i: int, gaz: Gazetteer) -> Match | None:
    """A state abbreviation starting at token i: "Ga.", "W. Va." (two tokens), "Calif" with
    its period split off. Only short tokens are tried, so this costs almost nothing."""
    n = len(doc)
    if len(doc.texts[i]) > MAX_ABBREVIATION_WORD or not gaz.may_open_abbreviation(doc.texts[i]):
        return None  # every text tried below begins with this word
    for end in range(min(i + 3, n), i, -1):
        if any(len(doc.texts[k]) > MAX_ABBREVIATION_WORD or (k > i and doc[k - 1].whitespace_ and doc.texts[k] == ".")
               for k in range(i, end)):
            continue
        start_char = doc[i].idx
        end_char = doc[end - 1].idx + len(doc[end - 1].text)
        glued_dot = end < n and doc[end].text == "." and not doc[end - 1].whitespace_
        for stop in ((end_char + 1, end_char) if glued_dot else (end_char,)):
            text = doc.text[start_char:stop]
            hit = gaz.abbreviation(text)
            if hit is not None:
                return Match(i, end, [hit], text, (start_char, stop), abbreviation=True)
    return None




def attribute_suffix(doc: PlacesView, m: Match) -> bool:
    """Whether the match is the first half of "X-led", "X-backed" and the like."""
    last = doc[m.end - 1].text
    if "-" in last and last.rsplit("-", 1)[1].lower() in ATTRIBUTE_SUFFIXES:
        return True  # one token: "U.S.-led"
    return (m.end + 1 < len(doc) and doc.lower[m.end] in HYPHENS and not doc[m.end - 1].whitespace_
            and doc.lower[m.end + 1] in ATTRIBUTE_SUFFIXES)


def _hyphen_prefix(doc: PlacesView, i: int, gaz: Gazetteer) -> Match | None:
    """A country written before a hyphen inside one token: "U.S.-backed"."""
    tok = doc[i]
    prefix = tok.text.split("-", 1)[0]
    hits = [h for h in gaz.lookup(prefix) if h.entry.kind == "country"] if prefix else []
    if not hits:
        return None
    return Match(i, i + 1, hits, prefix, (tok.idx, tok.idx + len(prefix)))


def possessive_country(gaz: Gazetteer, text: str) -> list[Hit]:
    """ "Syrias", an apostrophe-less possessive in scraped copy, is Syria."""
    if len(text) > 4 and text.endswith("s") and not text.isupper():
        return [h for h in gaz.lookup(text[:-1]) if h.entry.kind == "country"]
    return []


def entity_of(doc: PlacesView, m: Match) -> Span | None:
    """The named entity that overlaps the match, if any."""
    for i in range(m.start, m.end):
        if doc.ent_at[i] is not None:
            return doc.ent_at[i]
    return None


def after_locative(doc: PlacesView, i: int) -> bool:
    prev = prev_word(doc, i)
    return prev is not None and prev.lower_ in LOCATIVE


# Words that describe a place between a preposition and its name: "in neighbouring Myrnohrad",
# "into the besieged El Fasher". Skipped with "the" when the word before a name is asked for.
PLACE_EPITHETS = frozenset({"neighbouring", "neighboring", "nearby", "besieged", "embattled", "adjacent",
                            "frontline", "front-line", "encircled", "contested"})


def prev_word(doc: PlacesView, i: int, skip_the: bool = True) -> Token | None:
    j = i - 1
    if skip_the and j >= 0 and doc[j].lower_ in PLACE_EPITHETS:
        j -= 1
    if skip_the and j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return doc[j] if j >= 0 else None


def designators(doc: PlacesView, m: Match) -> None:
    """Region and settlement words around a match; they widen its mention span."""
    n = len(doc)
    # After: "Kursk region", "Idlib's western countryside", "Homs city".
    k = m.end
    owned = k < n and doc[k].lower_ in ("'s", "’s")
    if owned:
        k += 1
    if k < n and doc[k].lower_ in DIRECTION_ADJECTIVES and k + 1 < n and doc[k + 1].lower_ == "countryside":
        k += 1
    if k < n:
        word = doc[k].lower_
        # after "'s" a capitalised word starts a body's name ("Georgia's State Security
        # Service"), not a designator ("Idlib's western countryside")
        if word in REGION_WORDS and not (owned and doc.cap[k]):
            m.region_word = doc[k].text
            m.span = (m.span[0], doc[k].idx + len(doc[k].text))
            return
        if word in SETTLEMENT_WORDS or (word in SETTLEMENT_LISTS and m.start >= 1
                                        and doc.lower[m.start - 1] in ("and", "or", ",")):
            m.settlement_word = doc[k].text  # "Chiure and Ancuabe districts": the list's last name
            return
        # "the Zamzam displacement camp", "the Kalma IDP camp": a word or two between.
        for gap in (1, 2):
            if k + gap < n and doc.lower[k + gap] in SETTLEMENT_WORDS and all(
                    _camp_modifier(doc[j]) for j in range(k, k + gap)):
                m.settlement_word = doc[k + gap].text
                return
    # A list in apposition: "Nyangezi and Luvungi, villages along the road".
    if _listed_before_plural(doc, m):
        m.settlement_word = "villages"
        return
    # Before: "the province of Idlib", "the town of Manbij".
    if m.start >= 2 and doc[m.start - 1].lower_ == "of":
        word = doc[m.start - 2].lower_
        if word in REGION_WORDS and word not in ("countryside", "state"):
            m.region_word = doc[m.start - 2].text
            m.span = (doc[m.start - 2].idx, m.span[1])
        elif word in SETTLEMENT_WORDS or word in SETTLEMENT_LISTS:
            m.settlement_word = doc[m.start - 2].text
        return
    # A later name of a list the designator opens: "the districts of Macomia, Muidumbe and Meluco".
    word = _list_designator(doc, m.start)
    if word is not None:
        m.settlement_word = word
        return
    # Appositive: "Jeb el-Kussa, a village south of Jarabulus".
    k = m.end
    while k < n and doc[k].is_punct and doc[k].text not in ".!?":
        k += 1
    if k + 1 < n and doc[k].lower_ in ("a", "the"):
        k += 1
        # up to two modifiers: "a small town", "a border town", "a key mining town"
        for _ in range(2):
            if k + 1 < n and doc[k].lower_ not in SETTLEMENT_WORDS and _camp_modifier(doc[k]) and doc[k].is_lower:
                k += 1
        if k < n and doc[k].lower_ in SETTLEMENT_WORDS:
            m.settlement_word = doc[k].text


def _list_designator(doc: PlacesView, start: int) -> str | None:
    """The plural settlement word opening the list a name closes or continues ("the villages
    of X, Y and Z"): back over names, commas and "and" to "<villages> of"."""
    if start < 1 or doc.lower[start - 1] not in (",", "and", "or"):
        return None  # only a whole item of the list: not "Kussa" of "Jeb el-Kussa"
    k, joined = start - 1, False
    while k >= 2 and start - k < MAX_LIST_TOKENS and doc.lower[k] != "of" and (
            doc.lower[k] in (",", "and", "or") or doc.cap[k] or doc.lower[k] in PARTICLES or doc.lower[k] in HYPHENS):
        joined = joined or doc.lower[k] in (",", "and", "or")
        k -= 1
    if joined and k >= 1 and k < start - 1 and doc.lower[k] == "of" and doc.lower[k - 1] in SETTLEMENT_LISTS:
        return doc[k - 1].text
    return None


def _camp_modifier(tok: Token) -> bool:
    """A word between a name and its settlement word: "displacement" in "the Zamzam
    displacement camp", "IDP" in "the Kalma IDP camp", "refugee", "border"."""
    return (tok.pos_ in ("NOUN", "ADJ") and tok.text.islower()) or (tok.text.isupper() and 2 <= len(tok.text) <= 4)


MAX_LIST_TOKENS = 12


def _listed_before_plural(doc: PlacesView, m: Match) -> bool:
    """Whether the match opens a list of names followed by a plural settlement word, in
    apposition or not: "Nyangezi and Luvungi, villages ...", "Chiure and Ancuabe districts"."""
    n = len(doc)
    k, joined = m.end, False
    while k < n and k - m.end < MAX_LIST_TOKENS and (doc.lower[k] in (",", "and", "or") or doc.cap[k]
                                                      or doc.lower[k] in PARTICLES or doc.lower[k] in HYPHENS):
        joined = joined or doc.lower[k] in ("and", "or")
        k += 1
    return (joined and k < n and k > m.end and (doc.lower[k - 1] == "," or doc.cap[k - 1])
            and doc.lower[k] in SETTLEMENT_LISTS)


def name_run_end(doc: PlacesView, start: int) -> int:
    """Where a written name starting at ``start`` ends: capitalised words, Arabic
    articles and hyphens ("Maarat al-Numan", "Tal Hamis"), but not "and" or "of"."""
    n = len(doc)
    k = start + 1
    while k < n and k - start < MAX_TOKENS and (doc.cap[k] or particle_in_name(doc, k) or (
            doc.lower[k] in HYPHENS and not _spaced_dash(doc, k))):
        k += 1
    while k > start + 1 and not doc.cap[k - 1]:
        k -= 1
    return k


def _spaced_dash(doc: PlacesView, k: int) -> bool:
    """A dash with a space on both sides parts two phrases ("the Enclave of Cabinda - Armed
    Forces of Cabinda"); a name's hyphen is glued to a word ("Kok-Tash", "al-Numan")."""
    return k >= 1 and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)


def particle_in_name(doc: PlacesView, k: int) -> bool:
    """Whether the article at token ``k`` may join the words of an unknown name: "al" and "el"
    spaced or not ("Ras al Ain"), but "at", "as" and "an", which are English words too, only
    glued to the next word by a hyphen ("Tall at-Tamr"): "the port of Lamu at Kililana" names
    two places."""
    low = doc.lower[k]
    if low not in OPENING_PARTICLES:
        return _ezafe(doc, k)  # "Dand-e-Patan"
    if low in ENGLISH_PARTICLES and k >= 1 and doc.lower[k - 1] in ARABIC_HEADS and k + 1 < len(doc) and doc.cap[k + 1]:
        return True  # "Ras at Tin", "Tall as Sultan": after an Arabic name's head the article is the name's
    return low not in ENGLISH_PARTICLES or (k + 1 < len(doc) and doc.lower[k + 1] in HYPHENS
                                            and not doc[k].whitespace_)


# What NER reads a capitalised word after "at" as when it is a time or a body, not a place
# ("at Christmas", "at Reuters"); the model misses many, so a list of occasions backs it.
_NOT_LOCATED = ("DATE", "TIME", "EVENT", "PERSON", "ORG", "NORP")


def _located_at(doc: PlacesView, k: int) -> bool:
    """Whether token ``k`` is "at" followed by a name that says where the designated place
    before it lies ("the port of Lamu at Kililana"), not a date or a holiday ("at Easter")."""
    return (k + 1 < len(doc) and doc.lower[k] == "at" and can_start(doc, k + 1)
            and not DATE_WORD.fullmatch(doc.texts[k + 1]) and doc.lower[k + 1] not in OCCASIONS
            and doc[k + 1].ent_type_ not in _NOT_LOCATED)


def unresolved(doc: PlacesView, matches: list[Match]) -> list[Match]:
    """ "the village of Jeb el-Kussa": a named settlement the gazetteer lacks. Kept
    without coordinates (never guessed), since the text vouches that it is a place."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    ends = {m.start: m for m in matches}
    full = doc.text
    found: list[Match] = []
    n = len(doc)
    lower = doc.lower
    for i, low in enumerate(lower):
        before = lower[i - 1] if i else ""
        if low != "of" or (before not in SETTLEMENT_WORDS and before not in SETTLEMENT_LISTS):
            continue
        if lower[i - 1] in ("district", "municipality", "locality"):
            continue
        word = doc[i - 1].text
        j = i + 1
        # "the villages of X, Y and Z": every name of the list; those the gazetteer
        # knows are matches already.
        while j < n and can_start(doc, j):
            match = ends.get(j)
            if match is not None:
                k = match.end
            else:
                k = name_run_end(doc, j)
                if any(x in taken for x in range(j, k)):
                    break
                if j > i + 1 and _speaker_after_list(doc, j, k):
                    break  # "the village of Nana-Bakassa, MINUSCA said": who says it, not another village
                span = (doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text))
                text = full[span[0]:span[1]]
                if compact(text) not in NEVER_PLACES:
                    found.append(Match(j, k, [], text, span, settlement_word=word))
            nxt = k
            if _located_at(doc, k):
                nxt += 1  # "the port of Lamu at Kililana": where the named place lies is vouched for too
            while nxt < n and lower[nxt] in (",", "and") and nxt - k < 2:
                nxt += 1
            if nxt == k:
                break
            j = nxt
    return found


def _speaker_after_list(doc: PlacesView, start: int, end: int) -> bool:
    """Whether the name a comma adds to a list of villages is the subject of the next clause
    (a verb follows it: "..., the UN mission said") or a body's acronym ("MINUSCA", "OCHA")."""
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return True
    return all(doc.texts[x].isupper() and len(doc.texts[x]) > 1 for x in range(start, end) if doc.cap[x])


def repeated(doc: PlacesView, matches: list[Match], found: list[Match]) -> list[Match]:
    """The same unknown name written elsewhere without its designator is the same place.
    Names are looked up by their length in tokens and compact form, so a long report
    with many unknown villages stays linear. ``matches``: the places found so far."""
    taken = {i for m in matches for i in range(m.start, m.end)} | {i for m in found for i in range(m.start, m.end)}
    full = doc.text
    n = len(doc)
    found = list(found)
    named: dict[tuple[int, str], Match] = {}
    for m in found:
        named.setdefault((m.end - m.start, compact(m.text)), m)
    lengths = sorted({length for length, _ in named})
    starts = {m.start for m in found}
    # the beginnings of every name's key: a name written from token i on has a key that opens
    # with the key of that token's word when the word is ASCII (no character after it changes
    # how it folds), so a capitalised word that opens no key starts none of the names
    openings = {key[:k] for _, key in named for k in range(1, len(key) + 1)}
    texts = doc.texts
    for i in range(n) if named else ():
        if i in taken or i in starts or not doc.cap[i]:
            continue
        if texts[i].isascii() and (first := compact(texts[i])) and first not in openings:
            continue
        for length in lengths:
            end = i + length
            if end > n:
                continue
            span = (doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))
            m = named.get((length, compact(full[span[0]:span[1]])))
            if m is not None:
                found.append(Match(i, end, [], m.text, span, settlement_word=m.settlement_word,
                                   region_word=m.region_word))
                break
    return found
