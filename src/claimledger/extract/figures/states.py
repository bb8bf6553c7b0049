"""Where the people a count counts are, as the verb or phrase around them tells: held in
captivity or custody, freed or swapped, forced from their homes, sheltering in camps,
arriving as refugees; and deaths told in a military's idiom ("sent to hell", "embraced
shahadat"). Token tests the fates module (fates.py) asks of the phrase a count climbs to."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.words import (
    CAPTIVITY,
    DEATH_IDIOMS,
    REFUGE_WORDS,
    RELEASE_VERBS,
    SHELTERS,
    TAKEN_PEOPLE,
)


def chain_last(tok: Token) -> Token:
    """The last conjunct of a coordination: "23 civilians ... and 16 combatants dead"
    share the predicate written after the last one."""
    for _ in range(6):
        nxt = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if not nxt:
            break
        tok = nxt[-1]
    return tok


# people who live or stay somewhere ("8,000 people are staying in camps")
_STAYING = ("live", "stay", "remain", "sleep", "shelter", "camp", "squat")
# what others do for people they take in ("300 families were housed in schools", "1,700
# families were registered at a relief camp", "the town hosts 5,000 people in tents")
_TAKEN_IN = ("house", "shelter", "accommodate", "host", "lodge", "register", "receive", "settle", "put")


def sheltering(climbed: Token) -> bool:
    """ "2,300 residents were still living in temporary accommodation centres", "8,000
    people are staying in camps", "around 300 families had been housed in schools", "1,740
    families were registered at a relief camp": people living in or taken into shelters are
    displaced."""
    lemma = climbed.head.lemma_.lower()
    if not ((climbed.dep_ == "nsubj" and lemma in _STAYING)
            or (climbed.dep_ in ("nsubjpass", "dobj", "obj") and lemma in _TAKEN_IN)):
        return False
    for prep in (c for c in climbed.head.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "into")):
        if any(g.lemma_.lower() in SHELTERS for g in prep.subtree):
            return True
    return False


_HOLD_VERBS = ("hold", "detain", "imprison", "jail")


def in_captivity(tok: Token) -> bool:
    """An "in prison", "into custody" phrase on the token."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into")):
        if any(g.lemma_.lower() in CAPTIVITY for g in prep.children):
            return True
    return False


def _held_participle(noun: Token) -> bool:
    """ "four Sudanese held by the rebels", "150 fighters detained in Saudi Arabia", after the
    noun or after the last noun coordinated with it; not troops "held in reserve"."""
    for tok in {noun, chain_last(noun)}:
        for verb in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if verb.lemma_.lower() in _HOLD_VERBS and not any(g.lower_ == "reserve" for g in verb.subtree):
                return True
    return False


def held(climbed: Token, kind: str | None = None) -> bool:
    """People who are, remain or are held in captivity, custody or prison ("8,000 remain in
    Russian captivity", "1,400 of its people in Houthi prisons"), held or detained by someone
    ("nine nationals held by the group"), or people other than a force a party is holding
    ("were still holding about 3,000 of its members")."""
    if climbed.dep_ in ("nsubj", "nsubjpass") and in_captivity(climbed.head):
        return True
    if in_captivity(climbed) or _held_participle(climbed):
        return True
    if climbed.dep_ in ("dobj", "obj") and in_captivity(climbed.head):
        return True  # "counts more than 1,400 of its people in Houthi prisons"
    if climbed.dep_ not in ("dobj", "obj"):
        return False
    lemma = climbed.head.lemma_.lower()
    if lemma == "hold":
        return kind in ("person", "civilian", "national")  # not "Russia holds 5,000 troops near the border"
    return lemma in _HOLD_VERBS and kind != "force"


_MARTYRDOM_VERBS = ("embrace", "attain", "achieve", "receive")
_AS_MARTYRS_VERBS = ("rise", "fall", "die", "ascend")


def death_idiom(climbed: Token) -> str | None:
    """Deaths told in a military's idiom: "were sent to hell" (its enemies: "enemy"),
    "embraced shahadat" (its own: "own"); the words are figure_words.tsv's death_idiom list."""
    verb = climbed.head
    if climbed.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in ("send", "dispatch") and any(c.lower_ == "to" and any(g.lower_ in DEATH_IDIOMS for g in c.children)
                                             for c in verb.children if c.dep_ in ("prep", "dative")):
        return "enemy"
    if lemma in _MARTYRDOM_VERBS and any(c.lower_ in DEATH_IDIOMS for c in verb.children if c.dep_ in ("dobj", "obj")):
        return "own"
    if lemma in _AS_MARTYRS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.lemma_.lower() == "martyr" for g in c.children) for c in verb.children):
        return "own"  # "two of its fighters had risen as martyrs", "fell as martyrs"
    return None


def martyrdom_after(noun: Token, sent_end: int) -> str | None:
    """ "three brave sons of soil, having fought gallantly, embraced shahadat" parsed as the
    object of the speech verb before: the martyrdom told next, past a participle clause only."""
    doc = noun.doc
    for t in doc[noun.i + 1:min(sent_end, noun.i + 12)]:
        if t.dep_ in ("nsubj", "nsubjpass") or t.like_num:
            return None  # another subject or count comes first
        if t.lower_ in DEATH_IDIOMS and t.head.lemma_.lower() in _MARTYRDOM_VERBS and t.head.i > noun.i:
            return "own"
    return None


_FORCE_VERBS = ("force", "compel", "drive", "push", "oblige")


_LEAVING_VERBS = ("leave", "abandon", "flee", "evacuate", "escape", "quit", "desert")


def forced_out(climbed: Token) -> bool:
    """People a verb of force makes leave: "forced 94,000 people to leave their villages",
    "compelled 12,000 residents to abandon their homes"."""
    verb = climbed.head
    if climbed.dep_ not in ("dobj", "obj", "nsubj") or verb.lemma_.lower() not in _FORCE_VERBS:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _LEAVING_VERBS for c in verb.children):
        return True
    # "compelled some 3,500 villagers to flee", parsed with the infinitive on the people
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _LEAVING_VERBS
               and any(a.lower_ == "to" for a in c.children) for c in climbed.children)


def refuge_told(climbed: Token) -> bool:
    """Nationals who arrive, cross or flee in a sentence that speaks of refuge (a refugee
    agency, asylum, entry points): refugees, not a contingent."""
    if climbed.head.lemma_.lower() not in ("arrive", "cross", "flee", "enter", "reach"):
        return False
    return any(t.lemma_.lower() in REFUGE_WORDS or t.lower_ in REFUGE_WORDS for t in climbed.sent)


def freed(climbed: Token) -> bool:
    """People freed, released, repatriated or swapped were prisoners ("Russia released 84
    Ukrainian soldiers"); those "brought home" or "returned" were, when their sentence tells
    of an exchange ("Ukraine brought home 146 servicemen in an exchange")."""
    if climbed.dep_ == "nsubj" and _to_be_freed(climbed.head):
        return True  # "another 170 are due to be freed", "40 more are expected to be released"
    if climbed.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    verb = climbed.head
    lemma = verb.lemma_.lower()
    if lemma in RELEASE_VERBS:
        return True
    if lemma not in ("bring", "return"):
        return False
    return any(t.lemma_.lower() in RELEASE_VERBS or t.lemma_.lower() in TAKEN_PEOPLE for t in climbed.sent)


def _to_be_freed(verb: Token) -> bool:
    """ "are due to be freed", "are expected to be released": a passive release in the
    clause the subject's verb or adjective governs."""
    for head in (verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp"))):
        for c in head.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in RELEASE_VERBS and any(a.dep_ == "auxpass" for a in c.children):
                return True
    return False
