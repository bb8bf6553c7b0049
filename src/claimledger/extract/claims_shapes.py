"""Sentence shapes around a reporting verb that change what it reports.

* a cue set off by commas inside the clause it reports ("In Tawila, he said, the wells
  are dry"): the whole clause, around the cue, is the content;
* a cue inside a relative clause whose relative pronoun is the subject of what is said
  ("the strike, which it said had killed eleven civilians"): an attribution of its own,
  even inside another speaker's claim.

The claims stage (claims.py) asks these while it reads a verb cue.
"""

from __future__ import annotations

from spacy.tokens import Token

SET_OFF_MARKS = {",", "—", "–"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


def set_off_inside(cue: Token) -> bool:
    """Whether the cue and its subject stand between commas or dashes inside the clause
    it hangs on, which goes on after them ("The road, the army said on Monday, is open")."""
    if cue.dep_ != "parataxis" or cue.head.i < cue.i:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return False
    doc, start = cue.doc, subject.left_edge.i
    # the cue's own right-hand words ("said on Monday"), not the comma the parser hangs on it
    end = max([c.right_edge.i for c in cue.rights if not c.is_punct] + [cue.i]) + 1
    return cue.sent.start < start and doc[start - 1].text in SET_OFF_MARKS \
        and end < cue.sent.end and doc[end].text in SET_OFF_MARKS


def relative_report(cue: Token) -> bool:
    """"…, which he said had killed eleven civilians", "a commander who the army says is
    tied to the network": a relative clause whose pronoun is the subject of the clause the
    cue reports. What it reports is said by the cue's subject, whoever's words hold it."""
    if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in RELATIVE_PRONOUNS and g.i < cue.i for g in c.children)
        for c in cue.children)
