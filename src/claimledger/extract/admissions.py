""""Admitted" in the sense of taken in, not owned up to: "seven wounded were admitted to
hospital", "three constables were hurt and admitted to a clinic in the district town", "she was
admitted to the intensive care unit". Such an admission is no claim and no acknowledgement.
Read by the claims stage (claims_speaker.is_cue) and the events stage (events_triggers), so
both read the word the same way. "The army admitted to the strike", "he admitted that
civilians died" and "it was admitted that …" still acknowledge."""

from __future__ import annotations

from spacy.tokens import Token

# where people are taken in: "admitted to hospital", "admitted into the ward", "admitted at a clinic"
CARE_PLACES = frozenset({"hospital", "hospitals", "clinic", "clinics", "ward", "wards", "infirmary", "icu",
                         "hospice", "sanatorium", "facility", "unit", "centre", "center", "care"})


def taken_in(tok: Token) -> bool:
    """Whether a form of "admit" tells people taken into a hospital or a like place."""
    if tok.lemma_.lower() != "admit" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in tok.children):
        return True  # "seven wounded people were admitted": a passive of people
    if tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) \
            and any(c.dep_ in {"auxpass", "nsubjpass"} and c.lower_ != "it" for c in tok.head.children):
        return True  # "were hurt and admitted to …": the passive of the verb it is conjoined to
    return any(c.dep_ == "prep" and c.lower_ in {"to", "into", "at"} and any(
        g.dep_ == "pobj" and g.lower_ in CARE_PLACES for g in c.children) for c in tok.children)
