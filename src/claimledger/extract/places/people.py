"""Names that the sentence makes a person's, though the gazetteer holds a place of that name.

Many first names and surnames are towns somewhere ("Florence", "Jackson", "Victoria") and some
are countries ("Jordan", "Chad", "Israel"). The tagger often misses them; the sentence still
tells: an apposition that says what the bearer does ("Florence, a teacher, said", "Jackson, who
fled in March") and a pronoun that takes up a speaking country ("Jordan said he saw no threat":
a state says "it"). The places filters (``filters.rejected``) read titles, person entities and
the parts of persons' names; this module reads the appositions and pronouns.
"""

from __future__ import annotations

from functools import lru_cache

from claimledger.data import read_table
from claimledger.extract.cues import cues_with
from claimledger.extract.places.scan import Match, after_locative
from claimledger.extract.places.view import PlacesView

_ARTICLES = frozenset({"a", "an", "the"})
MAX_MODIFIERS = 3  # "a 34-year-old primary school teacher"
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
# Roles that also fit a country or a town ("Poland, a NATO member", "Chad, a key ally", "Goma,
# the main source of ..."): never read as a person's apposition.
_STATE_ROLES = frozenset({"member", "ally", "source", "host", "owner", "neighbour", "neighbor", "head",
                          "leader", "chair", "critic", "supporter", "opponent", "victim", "friend",
                          "representative", "observer", "mediator", "monitor", "survivor"})


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Nouns for what a person is or does (data/speaker_words.tsv, class ``role``)."""
    return frozenset(word for word, cls in read_table("speaker_words.tsv") if cls == "role") - _STATE_ROLES


def apposed_person(doc: PlacesView, m: Match) -> bool:
    """ "Florence, a teacher, said", "Jackson, 42, a farmer", "Victoria, who fled in March": a
    name whose apposition says who the bearer is. A country or an area is left to its readings."""
    if any(h.entry.kind != "city" for h in m.hits) or after_locative(doc, m.start):
        return False  # "a leader in Monguno, who asked not to be named": the apposition is the leader's
    k = m.end
    if k + 1 >= len(doc) or doc.lower[k] != ",":
        return False
    k += 1
    if doc.lower[k] == "who":
        return True
    if doc.texts[k].isdigit() and k + 1 < len(doc) and doc.lower[k + 1] == ",":
        k += 2  # an age: "Jackson, 42, a farmer"
    if k >= len(doc) or doc.lower[k] not in _ARTICLES:
        return False
    roles = _roles()
    for j in range(k + 1, min(k + 2 + MAX_MODIFIERS, len(doc))):
        low = doc.lower[j]
        if low in roles:
            return _apposition_closes(doc, j + 1)
        if not (doc.texts[j].islower() or "-" in low or low.isdigit()):
            return False
    return False


MAX_APPOSITION = 8  # "a farmer from the village of Bama"


def _apposition_closes(doc: PlacesView, k: int) -> bool:
    """Whether the role's phrase closes as an apposition ("Florence, a teacher, said"), not as the
    subject of the sentence's own reporting verb ("... to Korem, an aid worker in Mekelle said")."""
    speaks = cues_with("speaks")
    for j in range(k, min(k + MAX_APPOSITION, len(doc))):
        if doc.lower[j] in (",", ".", ";", ")", "—", "–") or doc.lower[j] in ("who", "whose"):
            return True
        if doc[j].lemma_ in speaks and doc[j].pos_ in ("VERB", "AUX"):
            return False
    return True  # the report ends on the role


def person_speaking(doc: PlacesView, m: Match) -> bool:
    """ "Jordan said he saw no threat", "Chad told her": a country that speaks and is taken up by
    a personal pronoun is a person of that name (a state is "it" or "its")."""
    if not any(h.entry.kind == "country" for h in m.hits) or m.end - m.start != 1:
        return False
    k = m.end
    if k >= len(doc) or doc[k].lemma_ not in cues_with("speaks"):
        return False
    return any(doc.lower[j] in _PERSONAL for j in range(k + 1, min(k + 3, len(doc))))


def named_person(doc: PlacesView, m: Match) -> bool:
    """Whether the sentence makes this name a person's."""
    return apposed_person(doc, m) or person_speaking(doc, m)


# Words after which a run the tagger reads as a person is where something happens: "clashes
# spread to Raya Alamata", "fled into Jebel Marra". Persons follow "to" after a verb of saying
# or giving ("told to", "sent to"), so "to" counts only after a verb of moving.
_WHERE = frozenset({"in", "near", "outside", "around", "toward", "towards", "into", "through", "via", "across"})
_MOVING = frozenset({"spread", "flee", "move", "advance", "return", "head", "extend", "go", "come", "march",
                     "travel", "push", "retreat", "escape", "deploy", "relocate", "evacuate", "reach"})


def placed_like_town(doc: PlacesView, start: int, end: int) -> bool:
    """Whether a person entity at [start, end) stands where a place does: after "in", "near",
    "toward", or "to" after a verb of moving, and not a possessor ("in John Smith's view").
    Its words then teach nothing about persons' names: "Raya Alamata" tagged PERSON must not
    make "Alamata" a surname elsewhere in the report."""
    if start < 1 or (end < len(doc) and doc.lower[end] in ("'s", "’s")):
        return False
    before = doc.lower[start - 1]
    if before in _WHERE:
        return True
    return before == "to" and start >= 2 and doc[start - 2].lemma_.lower() in _MOVING
