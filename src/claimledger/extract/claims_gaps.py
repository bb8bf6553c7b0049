"""Reported clauses whose subject is a noun before the speaker (issue 8).

A relative clause without its pronoun puts the cue between a noun and what is said of
it: "Ukraine shot down 20 drones it says were supplied by Iran", "a strike the ministry
said killed 11 civilians", "a step they believe could help unify the party". The clause
after the cue has no subject of its own (the noun before the speaker is its subject), so
it opens on an auxiliary or a verb; it is still the speaker's claim, as "a convoy that
the UN says was carrying food" is with its pronoun. The claims stage (claims.py) asks
here for such a clause when the cue has none, and before it drops a content whose
subject it cannot see.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_build import trim

# how the parser hangs the cue of such a clause: on the noun (relcl), or, missing the
# clause, on the sentence's verb (parataxis: "shelled the base rebels say had …")
GAP_CUE_DEPS = {"relcl", "parataxis"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


def _gap_cue(cue: Token) -> bool:
    """Whether the cue and its subject follow a noun with no mark between ("drones it
    says", "a strike the ministry said"): the noun is what the clause after the cue is about."""
    if cue.dep_ not in GAP_CUE_DEPS:
        return False
    speaker = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if speaker is None or speaker.right_edge.i + 1 != cue.i:
        return False  # "the drones, it says, were …" is set off: read as a clause around the cue
    before = speaker.left_edge.i - 1
    if before < cue.sent.start:
        return False
    noun = cue.doc[before]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in {"DATE", "TIME"}:
        return False  # "Last week officials said …" is no noun the clause is about
    if cue.dep_ == "relcl":
        # a noun left as the sentence's root ("The words he said were lost …") has lost its
        # verb to the cue: what follows is the sentence's own predicate, not what was said
        return cue.head.i == noun.i and noun.dep_ != "ROOT"
    # parataxis: an object the parser left out of the speaker's phrase
    return noun.dep_ in {"dobj", "pobj"} and noun.head.i != speaker.i


def subject_before_speaker(cue: Token, verb: Token) -> bool:
    """Whether ``verb``, the clause the cue reports from right after it, takes as its
    subject the noun just before the cue's speaker ("drones [it says] were supplied"):
    it has no subject of its own after the cue."""
    if verb.left_edge.i > cue.i + 1 or not _gap_cue(cue):
        return False
    if verb.dep_ == "ccomp" and verb.head.i == cue.i:
        return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return verb.head.i != cue.i and not any(c.dep_ in SUBJECT_DEPS and c.i > cue.i for c in verb.children)


def gap_clause(cue: Token) -> tuple[int, int] | None:
    """The clause after a cue with no clause of its own, when the parser hung that clause
    on the sentence's verb ("after a strike the ministry said killed 11 civilians": killed
    as the main verb's adverbial; "the resolve she argues is needed"): the verb right
    after the cue, to its end."""
    doc = cue.doc
    if cue.i + 1 >= cue.sent.end or any(c.i > cue.i and not c.is_punct for c in cue.children) \
            or not _gap_cue(cue):
        return None
    first = doc[cue.i + 1]
    if first.pos_ not in {"VERB", "AUX"} or first.tag_ in {"VBG", "VBN", "TO"} and first.dep_ not in {"aux", "auxpass"}:
        return None  # "the words he said moving …" opens no finite clause
    verb = first.head if first.dep_ in {"aux", "auxpass", "neg"} else first
    if verb.i < cue.i or verb.i in {t.i for t in cue.subtree} or not subject_before_speaker(cue, verb):
        return None
    if cue.head.head.i == verb.i and not _after_a_clause(cue.head):
        # "The words he said were lost": the noun is the sentence's subject, the cue's object;
        # "…, a step they believe could help unify the party" sums up the clause before it
        return None
    end = min(verb.right_edge.i + 1, cue.sent.end)
    return trim(doc, cue.i + 1, end)


SET_OFF = {",", "—", "–", "-", ";"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _after_a_clause(noun: Token) -> bool:
    """Whether the noun's phrase is set off after a whole clause ("Russia pulled back from
    the river, a retreat officials say was forced by supply lines"): an appositive that
    sums up what came before, so the verb after the cue is not the sentence's own."""
    doc, start = noun.doc, noun.left_edge.i
    if start - 1 <= noun.sent.start or doc[start - 1].text not in SET_OFF:
        return False
    return any(t.tag_ in FINITE_TAGS for t in doc[noun.sent.start:start - 1])
