"""Forces moved, carried and handed ground: the senses of the verbs of a move.

"The battalion was flown to Bria", "rushed reinforcements to Kadugli": verbs that carry
aid, the wounded and voters as often as soldiers deploy only when a force goes somewhere.
"Handed over its positions in Deir Hafer" gives up ground; "handed over 33 hostages" does
not. "Sent to hospital", "sent to hell" send no one to a front. Split from
:mod:`claimledger.extract.events_triggers`.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.events_acts import _a_place
from claimledger.extract.events_senses import FORCE_MOVERS
from claimledger.extract.events_view import FORCE_NOUNS

_WORDS = word_lists("event_words.tsv")
PLACE_OBJECT_WORDS = _WORDS["place_object"]
NO_FRONTS = word_lists("event_extra_words.tsv")["no_front"]
CIVILIAN_MOVERS = frozenset({"families", "residents", "civilians", "people", "villagers", "households",
                             "inhabitants", "refugees", "children", "women"})
# what a force sets up or holds ("set up a permanent post", "handed over its positions")
POSTS = {"post", "posts", "base", "bases", "checkpoint", "checkpoints", "outpost", "outposts", "position", "positions",
         "camp", "camps", "headquarters", "garrison", "presence"}

# verbs that carry a force somewhere ("the battalion was flown to Bria", "rushed reinforcements
# to Kadugli"), which carry aid, the wounded and voters just as often: a deployment only when a
# force is what goes, and goes to a place ("redeployed" is a deployment whatever its words)
CARRYING_VERBS = {"airlift", "fly", "ferry", "rush"}
# verbs that gather a force where it stands ("massed troops on the border", "built up forces near
# Tigray"): a deployment when a force is gathered; "built up pressure", "amassed wealth" are none
MASSING_VERBS = {"mass", "amass"}
MASSED = {"tanks", "armour", "armor", "artillery", "reinforcements", "reserves", "units", "armoured", "armored",
          "vehicles", "equipment"}


def forces_carried(tok: Token, obj_words: set[str]) -> bool:
    """Whether the verb carries a force to a place: its object or passive subject is a force
    ("airlifted two companies", "reinforcements were rushed"), or, with no object, its subject
    is ("Kenyan police flew into Port-au-Prince"), and the verb says where to."""
    # "airlifted to Djibo" may be parsed as an infinitive: the "to" just after the verb says where all the same
    # "had been flown in from Quetta", "were rushed in": carried in to where the story is, said by its particle
    # (the parser may leave that "in" a preposition with no object of its own)
    towards = any(c.dep_ == "prep" and c.lower_ in {"to", "into"} or c.dep_ in {"prt", "prep"} and c.lower_ == "in"
                  and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children) \
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.doc[tok.i + 1:tok.i + 2])
    if tok.pos_ != "VERB" or sent_nowhere(tok) or not towards:
        return False  # "flew over Kyiv", "airlifted the wounded to hospital"
    goers = FORCE_NOUNS | FORCE_MOVERS | {"reinforcements", "police", "policemen", "marines", "peacekeepers"}
    if obj_words & CIVILIAN_MOVERS:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children):
        return bool(obj_words & goers)
    return bool({w.lower_ for c in tok.children if c.dep_ == "nsubj" for w in c.subtree} & goers)


def ground_handed(tok: Token) -> bool:
    """Whether what is handed over is ground ("handed over its positions in Deir Hafer",
    "handed over control of the town", "handed over Kidal"), not people or papers."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    words = {o.lower_ for o in objects}
    return bool(words & (PLACE_OBJECT_WORDS | POSTS | {"control", "territory", "areas", "area", "ground"})) \
        or any(_a_place(o) for o in objects)


def sent_nowhere(tok: Token) -> bool:
    """Whether where the verb sends people is no front: hell, prison, hospital."""
    return any(c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(
        g.dep_ == "pobj" and g.lower_ in NO_FRONTS for g in c.children) for c in tok.children)


def forces_massed(tok: Token) -> bool:
    """Whether what the verb gathers is a force ("massed troops and tanks", "built up forces")."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    return any(o.lower_ in FORCE_NOUNS | FORCE_MOVERS | MASSED for o in objects)


def positions_taken(tok: Token) -> bool:
    """ "took up positions around Kupiansk": a force posted there, no ground won ("took up arms" none)."""
    return any(c.dep_ == "dobj" and c.lower_ in POSTS for c in tok.children)


# what raiders do once inside ("entered the village and attacked worshippers", "... and burned houses")
STRIKING_VERBS = {"attack", "kill", "burn", "loot", "abduct", "kidnap", "shoot", "open", "massacre", "torch",
                  "set", "raid", "storm", "slaughter", "hack", "rape", "ransack", "pillage"}


def entered_to_strike(tok: Token) -> bool:
    """Whether entering is followed, in the same run of verbs, by striking those inside."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in STRIKING_VERBS for c in tok.children)


def arrived_somewhere(tok: Token) -> bool:
    """Whether an arrival is a posting, not a response told by how fast it came ("the defence
    forces arrived within the hour and the fighters fled", "police arrived at the scene
    shortly after"); "a battalion arrived last week", "arrived in Goma" are postings."""
    if any(c.dep_ == "advmod" and c.lower_ in {"quickly", "soon", "shortly", "promptly", "swiftly"}
           for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "within":
            return False  # "within the hour", "within minutes"
        if c.dep_ == "prep" and c.lower_ in {"at", "on"} and any(g.lower_ == "scene" for g in c.children):
            return False
    return True


def forces_kept(tok: Token) -> bool:
    """ "The Ugandan army has about 4,000 soldiers in Ituri", "Burundi has some 10,000 troops in
    eastern Congo": a state or force that has a counted force somewhere has it deployed there.
    Not an auxiliary, not a force lost or trained ("has lost 112 soldiers"), not an uncounted one."""
    if tok.pos_ != "VERB" or tok.dep_ in {"aux", "auxpass"}:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in tok.children):
        return False  # "We have 8,000 fighters inside the city": a show of strength, told by its own side
    kept = [c for c in tok.children if c.dep_ == "dobj"]
    counted = [o for o in kept if o.lower_ in FORCE_NOUNS | FORCE_MOVERS and any(
        c.dep_ == "nummod" or c.like_num for c in o.children)]
    counted += [g for o in kept if o.lower_ in {"thousands", "hundreds"} for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.lower_ in FORCE_NOUNS | FORCE_MOVERS]
    there = any(c.dep_ == "prep" and c.lower_ in {"in", "inside", "across"} for w in [tok, *kept] for c in w.children)
    return bool(counted) and there


def civilians_leaving(tok: Token) -> bool:
    """ "the families who evacuated", "villagers evacuated their homes", "residents withdrew to
    the hills": civilians leaving are displaced, not a force retreating (figures count them)."""
    if tok.pos_ != "VERB":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    words = {w.lower_ for c in subjects if c.lower_ not in {"who", "that", "which"} for w in c.subtree}
    if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        words |= {w.lower_ for w in tok.head.subtree if w.i < tok.i}  # "the families who evacuated"
    return bool(words & CIVILIAN_MOVERS) and not words & (FORCE_NOUNS | FORCE_MOVERS)
