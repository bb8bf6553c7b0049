"""Who a speaker word is when it is no one or a pronoun the clause before it answers.

"No resident reported seeing any fighters", "Neither side confirmed the exchange",
"None of the witnesses said …": a negated subject says that nobody said it; it is no
speaker and no antecedent. "When the team met the Superintendent of Police in Chaibasa,
he rejected the allegations": the "he" of a main clause opened by a clause of time is
the one office-holder that clause met, not whoever the report named last.
Read by the claim reader (claims.py) on the speaker's own token: no pass over the document.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.speakers import word_class

# subjects that say nobody spoke: "No resident", "Neither side", "None of them", "Nobody"
NOBODY = frozenset({"nobody", "none", "noone", "neither"})
NEGATING_DETERMINERS = frozenset({"no", "neither"})
# clauses of time that put the speaker in front of the "he": "When …", "After …", "Once …"
TIME_MARKS = frozenset({"when", "after", "once", "as"})


def nobody_speaks(head: Token) -> bool:
    """Whether a speaker's head word says nobody spoke ("No resident", "Neither side", "None")."""
    if head.lower_ in NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in head.children)


def fronted_referent(pronoun: Token, cue: Token) -> Token | None:
    """The office-holder a fronted clause of time met ("When reporters reached the district
    commissioner in Kalat, he said …"): one singular person by office, as object of that
    clause, before the pronoun. None when the clause names none, or more than one."""
    verb = pronoun.head  # the cue, or the first of two conjoined ("he rejected …, and said …")
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj" or not (verb.i == cue.i or cue.head.i == verb.i):
        return None
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i
               and any(m.dep_ in {"mark", "advmod"} and m.lower_ in TIME_MARKS and m.i == c.left_edge.i
                       for m in c.children)]
    if len(clauses) != 1:
        return None
    offices = [t for t in clauses[0].subtree if t.dep_ in {"dobj", "pobj"} and t.tag_ in {"NN", "NNP"}
               and word_class(t) in {"role", "title"}]
    return offices[0] if len(offices) == 1 else None


def with_clause_owner(cue: Token, speaker: Token) -> Token | None:
    """"India's foreign ministry rejected the accusation, with a spokesman saying …": the
    subject of the verb a "with X saying" phrase hangs on, whose spokesman X is; None when
    the cue is no such phrase or the speaker is named."""
    if cue.dep_ not in {"pcomp", "acl"} or speaker.pos_ == "PROPN" or word_class(speaker) != "role":
        return None  # most cues: no "with" phrase, no walk
    if cue.dep_ == "pcomp" and cue.head.lower_ == "with":
        with_ = cue.head  # "with [a spokesman saying …]"
    elif cue.dep_ == "acl" and cue.head.i == speaker.i and speaker.dep_ == "pobj" and speaker.head.lower_ == "with":
        with_ = speaker.head  # "with [a spokesman] [telling TASS …]"
    else:
        return None
    return next((c for c in with_.head.children if c.dep_ == "nsubj" and c.i < with_.i), None)
