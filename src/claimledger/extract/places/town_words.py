"""Towns named by a common English word: "Cork", "Man" in Ivory Coast, "Most", "Bar".

The gazetteer refuses these names (data/never_places.tsv, why ``town``), because most of the
time they are the word: "the man was taken to hospital", "most of the fighting", "a cork
stopper". They are the town only where the text writes them as a place name, which is
plain to see from the words around them: capitalised inside a sentence after a locative
preposition ("in Cork", "from Cork", "off Cork"), with a settlement word ("Cork city", "the
town of Man"), before the country it lies in ("Bar, Montenegro's main port"), before a town's
own office ("Cork's Lord Mayor") or as a dateline ("CORK, Ireland (AP) -"). Anywhere else
they stay words.
"""

from __future__ import annotations

from claimledger.extract.gazetteer import TOWN_WORDS, Gazetteer
from claimledger.extract.places.view import PlacesView
from claimledger.extract.places.words import (
    LOCAL_BODIES,
    LOCATIVE,
    PLACE_NOUNS,
    REGION_WORDS,
    SETTLEMENT_WORDS,
    TITLES,
)

# Punctuation after a dateline's town: "CORK, Ireland", "MAN: ...", "BAR (Reuters) -".
_DATELINE_MARKS = frozenset({",", ":", "(", "-", "—", "–"})
# Words after a town's name that keep it the town, lower case: "Cork city", "Cork harbour".
_AFTER = SETTLEMENT_WORDS | REGION_WORDS | frozenset({"harbour", "harbor", "airport", "port", "docks"})


def town_word_at(doc: PlacesView, i: int, gaz: Gazetteer) -> list:
    """The gazetteer's towns for the common word at token ``i`` when the text writes it as a
    place; else nothing. Only cities by their own name: "Man" is the Ivorian city, not an alias."""
    # asked of every capitalised word no name starts with: the lower form is the key of a one-word name
    if doc.lower[i] not in TOWN_WORDS or not written_as_place(doc, i, gaz):
        return []
    return [h for h in gaz.lookup_town_word(doc.texts[i]) if h.entry.kind == "city"]


def written_as_place(doc: PlacesView, i: int, gaz: Gazetteer) -> bool:
    """Whether the text writes the word at token ``i`` as a place name: after a locative preposition,
    with a settlement word, before its country or a town's office, or as a dateline."""
    text, lower, n = doc.texts[i], doc.lower, len(doc)
    nxt = lower[i + 1] if i + 1 < n else ""
    if text.isupper() and len(text) > 2:  # "CORK, Ireland (AP) -": a dateline opening a line
        return (i == 0 or "\n" in doc[i - 1].text_with_ws) and nxt in _DATELINE_MARKS
    if not (text[:1].isupper() and text[1:].islower()) or doc.shouting:
        return False
    start = doc.sent_start(i)
    if start in doc.title_starts:
        return False  # "Man Killed In Blast": case tells nothing in a headline
    # what follows may vouch for it even opening a sentence
    if nxt in _AFTER and i + 1 < n and doc.texts[i + 1].islower():
        return True  # "Cork city council"; not "Man City", a football club
    if nxt in ("'s", "’s") and i + 2 < n and (lower[i + 2] in LOCAL_BODIES or lower[i + 2] in TITLES
                                             or lower[i + 2] == "lord"):
        return True  # "Cork's Lord Mayor", "Cork's city council"
    if nxt == "," and i + 2 < n and (_country_at(doc, i + 2, gaz) or _kind_in_apposition(doc, i + 2)):
        return True  # "Bar, Montenegro's main port", "Man, the main city in western Ivory Coast"
    if start == i:
        return False  # "Most of the fighting ...": a capital opening a sentence tells nothing
    before = lower[i - 1]
    if before in LOCATIVE:
        return True
    # "the city of Cork", "the town of Man", "took control of Man"
    return before == "of" and i >= 2 and (lower[i - 2] in SETTLEMENT_WORDS or lower[i - 2] in PLACE_NOUNS)


def _country_at(doc: PlacesView, k: int, gaz: Gazetteer) -> bool:
    """Whether a country's name starts at token ``k`` ("Ireland", "Ivory Coast")."""
    if not doc.cap[k]:
        return False
    return any(h.entry.kind == "country" for end in range(min(k + 3, len(doc)), k, -1)
               for h in gaz.lookup(doc.span(k, end).text))


# How many words may describe the kind in an apposition: "a coal town", "the main port city".
_MAX_MODIFIERS = 3


def _kind_in_apposition(doc: PlacesView, k: int) -> bool:
    """Whether an apposition starting at token ``k`` says what kind of place the name is:
    "a coal town", "the main city", "a port"."""
    if doc.lower[k] not in ("a", "an", "the"):
        return False
    for j in range(k + 1, min(k + 2 + _MAX_MODIFIERS, len(doc))):
        if doc.lower[j] in SETTLEMENT_WORDS or doc.lower[j] in ("port", "capital"):
            return True
        if not doc.texts[j].islower():
            return False
    return False
