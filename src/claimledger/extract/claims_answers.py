"""Small shapes of what a cue reports, read off the parse for claims.py: a bare "yes" or
"no" ("62 percent said yes"), a second speaker the parser conjoined inside the first content
("A said X and B said Y"), and an opening "As reported by X," that is no part of what is said."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_speaker import is_cue


def conjoined_report(cue: Token, speaker: Token) -> bool:
    """"One in three said the army was winning and one in four said the war was lost": a
    cue with its own subject, joined by "and" or "but" to the clause an earlier cue reports
    (where the parser hangs it), is the next speaker's report, not part of the first."""
    doc = cue.doc
    start = speaker.left_edge.i
    return cue.dep_ == "conj" and speaker.dep_ == "nsubj" and speaker.head.i == cue.i and speaker.i < cue.i \
        and start > 0 and doc[start - 1].dep_ == "cc" and doc[start - 1].lower_ in {"and", "but"} \
        and not is_cue(cue.head)


def after_opening_cue(cue: Token, head: Token) -> int:
    """Where the clause around a cue starts: its first word, or the word after the cue's own
    phrase when that phrase opens the clause ("As reported by Reuters, the army withdrew":
    what is reported is "the army withdrew", not the attribution with it)."""
    if cue.left_edge.i == head.left_edge.i and cue.right_edge.i < head.i and cue.left_edge.lower_ == "as":
        return cue.right_edge.i + 1  # (only "As …": "The permit, his campaign said, was …" keeps its subject)
    return head.left_edge.i


# cues whose whole content may be a "yes" or a "no": "62 percent said yes", "Kyiv answered no"
YES_NO_CUES = frozenset({"say", "answer", "reply", "respond"})


def yes_or_no(cue: Token) -> Token | None:
    """"Asked whether they would accept a truce, 62 percent said yes": the answer is what
    is said, not the question the sentence opened with ("said no to the plan" keeps its
    phrase; "said no troops had crossed" is a clause, its "no" a determiner)."""
    if cue.lemma_.lower() not in YES_NO_CUES:
        return None
    return next((c for c in cue.children if c.i > cue.i and c.lower_ in {"yes", "no"}
                 and c.dep_ in {"intj", "dobj", "advmod", "npadvmod", "ccomp"}), None)
