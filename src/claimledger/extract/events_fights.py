"""Forces that fought: the verb "fight" as a battle.

"Indian and Chinese soldiers fought with sticks and stones near Demchok", "the rebels fought
government forces for control of Kidal", "police and gang members were fighting in the
market": a battle between parties, in the past or under way. The verb is far more often
something else in news copy, and those readings are turned away: the noun ("the fight over
land", the "fighting" noun is a trigger of its own), a vow or a plan ("will fight
terrorism", "vowed to fight"), a cause ("fight corruption", "fight for our rights") and a
life story told of one person ("he fought in the Korean War").
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.events_senses import PEOPLE_OBJECT_WORDS, shared_subject
from claimledger.extract.events_view import FORCE_NOUNS

# Spans of time that make a fight the story of a war ("for two decades", "since 2006").
_LONG = frozenset({"year", "decade", "generation", "century"})
# What one fights that is no party: "fight terrorism", "fight corruption", "fight for our rights".
_CAUSES = frozenset({"terrorism", "crime", "corruption", "poverty", "impunity", "drugs", "trafficking", "extremism",
                     "hunger", "disease", "fire", "fires", "case", "battle", "war", "election", "elections"})


def fought_here(tok: Token, obj_words: set[str]) -> bool:
    """ "Indian and Chinese soldiers fought with sticks near Demchok", "the rebels fought government
    forces for Kidal": forces fought, in the past or now, with each other or with a party. Not the
    noun ("the fight over land"), not a vow or a cause ("will fight terrorism", "fight for our
    rights"), nor a life story ("he fought in the Korean War")."""
    if tok.pos_ != "VERB":
        return False
    past = tok.tag_ in {"VBD", "VBN"} or tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"was", "were", "is", "are", "have", "has", "had"} for c in tok.children)
    if not past or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "to", "must", "should", "could", "can"}
                       for c in tok.children) or tok.dep_ == "xcomp":
        return False
    if obj_words & _CAUSES or any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lower_ in {"rights", "freedom", "justice", "independence", "survival"} for g in c.children)
            for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "since"} and any(
            g.lemma_.lower() in _LONG or g.like_num and len(g.text) == 4 for g in c.subtree) for c in tok.children):
        return False  # "has fought for nearly two decades to topple the government": a war's story, no battle
    if _whom_only(tok):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and (shared := shared_subject(tok)) is not None:
        # "troops had never abandoned Walikale and were still fighting on its edge": the first verb's
        subjects = [shared]
    if not subjects or any(c.lower_ in {"he", "she", "i"} for c in subjects):
        return False
    words = {t.lower_ for c in subjects for t in c.subtree}
    return bool(words & (FORCE_NOUNS | PEOPLE_OBJECT_WORDS | PARTY_WORDS) or "and" in words
                or any(c.pos_ == "PROPN" for c in subjects) or obj_words & FORCE_NOUNS)


# What narrows whom a party fights to a stance: "fighting only the army", "solely government troops".
_ONLY = frozenset({"only", "solely", "exclusively", "just"})


def _whom_only(tok: Token) -> bool:
    """ "The group said it is fighting only the army, not civilians": whom a party says it
    fights, narrowed or set against whom it does not, is a stance, no battle told."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(c.dep_ == "advmod" and c.lower_ in _ONLY for c in tok.children) or any(
        c.dep_ == "advmod" and c.lower_ in _ONLY or c.dep_ == "neg" for o in objects for c in o.children)


PARTY_WORDS = frozenset({"rebels", "militants", "insurgents", "fighters", "gunmen", "jihadists",
                                    "guerrillas", "militia", "militiamen", "gangs", "members", "they", "we",
                                    "sides", "groups", "clans", "tribesmen"})
