"""Towns named only as where someone spoke: "said in a statement in Makurdi", "told reporters in
Ranchi", "a news conference in Peshawar". A state's or district's seat is where officials talk, and
says nothing of where the villages of their story lie: such a town lends no village its point
(borrow.py) and is no village's parent (marked.py). It stays a place of the report.
"""

from __future__ import annotations

from claimledger.extract.cues import cues_with
from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView

# Nouns whose "in" names where words were said: "a statement in Makurdi", "told the media in Ranchi".
_SAYING_NOUNS = frozenset({"statement", "statements", "briefing", "conference", "media", "newsmen", "reporters",
                           "journalists", "press", "interview", "communique", "release"})

# Verbs that put out what was said: "a statement released in X", "a communique issued in Y".
_ISSUED = frozenset({"release", "issue", "publish", "post", "distribute"})


def spoken_in(doc: PlacesView, m: Match) -> bool:
    """Whether the town is named only as where someone spoke ("said in a statement in Makurdi",
    "told reporters in Ranchi"): a state's or a district's seat, where officials talk, says nothing
    of where the villages of their story lie."""
    k = m.start - 1
    if k < 1 or doc.lower[k] != "in":
        return False
    head = doc[k].head
    if head.lemma_ in _ISSUED and any(c.lower_ in _SAYING_NOUNS for c in (head.head, *head.children)):
        return True  # "a statement released in Makhachkala", "the communique issued in Abuja"
    return head.lemma_ in cues_with("speaks") or head.lower_ in _SAYING_NOUNS
