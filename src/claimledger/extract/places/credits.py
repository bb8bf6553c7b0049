"""Where the reporter sits, not where the story is: "Amira Osman, reporting from Port Sudan",
"our correspondent in Beirut", "(Reporting by Panu Wongcha-um in Bangkok; Editing by ...)".

A byline on a line of its own is page furniture already (extract/parts.py); these are the
credits written into a sentence or a bracket, which the parts reader leaves in the body.
The town named there is the newsroom's, often a capital far from the fighting, and a reader
of the ledger would take it for a place of the story. It is left out where it is named as a
base; named anywhere else in the report (the dateline, the story itself) it is still a place.
"""

from __future__ import annotations

from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView

# Verbs whose "from" names the reporter's base: "reporting from", "reports from", "filed from".
# Not "reported from", which news uses for events ("casualties were reported from Sumy").
_FILING = frozenset({"reporting", "reports", "filed", "filing", "writing", "writes", "broadcasting"})
# Of those, the forms that are nouns too ("police reports from Nashville"): only after a person.
_THIRD_PERSON = frozenset({"reports", "writes"})
# Nouns whose "in" names a reporter's base: "our correspondent in Beirut", "the agency's bureau in Kabul";
# not "told reporters in Port Sudan", where the telling was made (checked by the noun's role).
_REPORTERS = frozenset({"correspondent", "correspondents", "reporter", "bureau", "stringer"})
# A bracketed credit opens with one of these: "(Reporting by ...", "(Additional reporting by ...".
_CREDITS = ("reporting by", "writing by", "editing by", "additional reporting", "compiled by", "reporting and writing")
# How far back a bracket's opening is looked for.
_MAX_CREDIT_CHARS = 200


def reporter_base(doc: PlacesView, m: Match) -> bool:
    """Whether the match names where a reporter files from rather than a place of the story."""
    k = m.start - 1
    if k >= 1 and doc.lower[k] == "from" and doc.lower[k - 1] in _FILING and doc[k - 1].pos_ in ("VERB", "AUX"):
        if doc.lower[k - 1] not in _THIRD_PERSON:
            return True  # "reporting from Amman", "filed from Kyiv"
        # "Amira Osman reports from Port Sudan"; not "Police reports from Nashville describe ...": a person files
        return k >= 2 and (doc.lower[k - 2] in ("he", "she", "who") or doc[k - 2].ent_type_ == "PERSON")
    if k >= 1 and doc.lower[k] == "in" and doc.lower[k - 1] in _REPORTERS \
            and doc[k - 1].dep_ not in ("dobj", "dative", "pobj"):
        return True
    return _in_bracketed_credit(doc.text, m.span[0])


def _in_bracketed_credit(text: str, start: int) -> bool:
    """Whether the character lies inside a bracket that credits the reporting."""
    opening = text.rfind("(", max(0, start - _MAX_CREDIT_CHARS), start)
    if opening < 0 or ")" in text[opening:start] or "\n" in text[opening:start]:
        return False
    return text[opening + 1:start].lstrip().lower().startswith(_CREDITS)
