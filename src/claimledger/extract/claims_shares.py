"""Shares of the people asked, speaking: "Nearly a third of the displaced say they have
eaten once a day", "Two-thirds described themselves as hungry", "30 percent of those
surveyed agree that the army protects them", "A majority of Ukrainians believe …".

A survey's share of its respondents is the survey's report of what they said or hold:
a claim, told by that share. Speech verbs that close reported speech already take any
noun as their subject (claims_speaker.may_speak), but a belief or agreement ("agree",
"believe", "fear", "describe") needs a subject known to speak, and the small parser
often hangs "a third" on the verb as a modifier rather than as its subject ("Nearly a
third say …", "Less than a third agreed …"). Only cues of speech and belief: a share
that "supports" or "backs" something is a stance (claims_stances.py), and a share of
things ("a third of the wells show damage") is no one speaking.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.speakers import can_speak, is_event_noun

# the word that names a share of a group of people
SHARE_WORDS = frozenset({
    "percent", "%", "third", "thirds", "half", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    "majority", "plurality", "minority",
})
# cues a share of respondents says or holds: speech, belief, agreement, how they describe
# themselves; not stances ("support", "oppose") nor intentions ("plan", "want")
SHARE_CUES = frozenset({
    "say", "tell", "report", "state", "answer", "reply", "respond", "agree", "disagree", "believe", "think",
    "feel", "fear", "worry", "doubt", "hope", "know", "describe", "consider", "expect", "suspect", "admit",
    "acknowledge", "complain", "accuse", "blame", "insist", "claim", "estimate",
})
# pronouns a share may be of ("half of them", "a third of those surveyed")
PEOPLE_PRONOUNS = frozenset({"them", "us", "you", "those", "whom", "these"})


def is_share(head: Token) -> bool:
    """Whether the word heads a share of a group ("a third", "30 percent", "the majority")
    and, where it says of what ("of the displaced", "of those surveyed"), that is people."""
    if head.lower_ not in SHARE_WORDS and head.lemma_.lower() not in SHARE_WORDS:
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return True  # "Nearly a third say …": the group is the survey's, named before
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    if whole is None:
        return True
    if is_event_noun(whole):
        return False  # "half of the attacks", "a third of the strikes"
    if whole.lower_ in PEOPLE_PRONOUNS or can_speak(whole):
        return True
    # "of the displaced", "of respondents", "of voters": people named by a plural or an adjective
    return whole.tag_ in {"NNS", "NNPS"} or whole.pos_ in {"ADJ", "VERB"}


def share_speaks(head: Token, lemma: str) -> bool:
    """Whether a cue's subject is a share of people voicing what the cue reports."""
    return lemma in SHARE_CUES and is_share(head)


def share_subject(cue: Token) -> Token | None:
    """A share the parser hung on the cue as a modifier instead of its subject: "Nearly a
    third say …" (amod), "Less than a third agreed …" (npadvmod). Only with no subject of
    the cue's own, before the cue."""
    if cue.lemma_.lower() not in SHARE_CUES or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ in {"amod", "npadvmod", "advmod", "nmod"} and c.i < cue.i
                 and c.lower_ in SHARE_WORDS and is_share(c)), None)
