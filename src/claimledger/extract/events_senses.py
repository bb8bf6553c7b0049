"""Senses of event words told by the words around them, found wanting by blind batch 9:
an armed body killing people attacks them ("security forces killed two infiltrators"),
fire exchanged is a battle ("an exchange of gunfire"), parties agreeing to do something
make an agreement ("Benin and Niger agreed to reopen their border"), and ground coming
under someone's control changes hands. Split from :mod:`.events_triggers`."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.events_memo import names_a_group
from claimledger.extract.events_names import OTHER_SIDE_WORDS
from claimledger.extract.events_view import FORCE_NOUNS
from claimledger.sides import side_of

_EXTRA = word_lists("event_extra_words.tsv")
KILL_VERBS = _EXTRA["kill_verb"]
ARMED_KILLERS = _EXTRA["armed_killer"]
PEOPLE_OBJECT_WORDS = word_lists("event_words.tsv")["people_object"]
# who moves as a force: besides the force nouns, missions and their peacekeepers
FORCE_MOVERS = {"mission", "peacekeepers", "contingent", "soldiers", "troops", "fighters", "militants", "rebels",
                "insurgents", "jihadists", "gunmen", "militiamen", "paramilitaries", "mercenaries", "guerrillas",
                "terrorists", "assailants", "attackers", "bandits", "militia", "militias", "garrison",
                "commanders"}


EXCHANGES = {"exchange", "trade"}
FIRE_WORDS = {"fire", "gunfire", "shots", "shot", "artillery", "shelling", "shells", "rockets", "mortar", "mortars"}


def exchanged(tok: Token) -> bool:
    """Whether shooting is what two sides exchanged ("exchanged fire", "an exchange of gunfire")."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    return tok.dep_ in {"dobj", "pobj"} and head.i != tok.i and head.lemma_.lower() in EXCHANGES


def fire_exchanged(tok: Token) -> bool:
    """ "exchanged fire", "traded artillery fire", "an exchange of gunfire": a battle; "an
    exchange of prisoners", "traded accusations" none."""
    if tok.pos_ == "VERB":
        shot = [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.pos_ == "NOUN":
        shot = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    else:
        return False
    return any(o.lower_ in FIRE_WORDS or o.lemma_.lower() in FIRE_WORDS for o in shot)


def fire_returned(tok: Token) -> bool:
    """ "Law enforcement officers returned fire", "troops returned fire and killed two": shots
    answered are a battle; "returned to the base", "returned the bodies" are none."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "return" and any(
        c.dep_ == "dobj" and c.lower_ in FIRE_WORDS for c in tok.children)


AGREEING_PARTIES = {"sides", "governments", "parties", "armies", "countries", "states", "militaries", "neighbours",
                    "neighbors", "leaders", "factions", "delegations", "ministers", "commanders"}


def parties_agreeing(tok: Token) -> bool:
    """ "Benin and Niger agreed to reopen their border", "the two armies agreed on a truce":
    parties to a conflict agreeing make an agreement; "residents agreed to leave", "he agreed
    that it was hard" do not."""
    if not any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in {"to", "on"} for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    phrase = tok.doc[subject.left_edge.i:subject.right_edge.i + 1].text
    partners = [c for c in subject.children if c.dep_ == "conj"]
    if subject.lower_ in AGREEING_PARTIES:
        return True
    sided = side_of(phrase) is not None or names_a_group(phrase)
    if partners:  # "the government and the rebels", "Benin and Niger"
        heads = FORCE_NOUNS | {"government", "junta", "opposition"}
        return sided or any(p.lower_ in heads for p in [subject, *partners])
    return sided and (subject.ent_type_ in {"GPE", "ORG", "NORP"} or subject.lower_ in FORCE_NOUNS)


def came_under(tok: Token) -> bool:
    """ "came under the control of the mujahideen", "fell under rebel control": ground
    changing hands; "brought the fire under control", "under government control since 2019" not."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in {"come", "fall", "pass"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or any(
        c.dep_ in {"amod", "compound", "poss"} for c in tok.children)


def fell_to(tok: Token) -> Token | None:
    """ "Walikale fell to M23 rebels", "the district centre fell to the Taliban", "the base had
    fallen to the resistance": ground taken by the party it fell to, which this returns. Not a
    figure ("the toll fell to 12", "prices fell to their lowest") nor a duty ("it fell to the UN to act")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "fall":
        return None
    taker = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"), None)
    subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if taker is None or subject is None or taker.like_num or any(c.dep_ == "xcomp" for c in tok.children):
        return None
    party = tok.doc[taker.left_edge.i:taker.i + 1].text
    words = {t.lower_ for t in taker.subtree}
    a_party = taker.pos_ == "PROPN" and taker.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"} \
        or bool(words & (FORCE_NOUNS | OTHER_SIDE_WORDS | FORCE_MOVERS | {"resistance", "opposition", "insurgency",
                                                                         "militia", "militias", "jihadists"})) \
        or names_a_group(party) or side_of(party) is not None
    ground = subject.ent_type_ in {"GPE", "LOC", "FAC"} or subject.pos_ == "PROPN" \
        or subject.lower_ in GROUND_WORDS
    return taker if a_party and ground else None


# what falls to a party as ground: a town, a base, a post, a district (its head noun)
GROUND_WORDS = frozenset(word_lists("event_words.tsv")["place_object"]) | {"centre", "center", "headquarters",
                                                                              "garrison", "outpost", "post", "base"}


def shared_subject(tok: Token) -> Token | None:
    """The subject a conjoined verb shares with the verbs before it: "troops responded to the
    call, engaged the herders and neutralised nine of them" (up the chain of conjuncts)."""
    node = tok
    for _ in range(4):
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def armed_killing(tok: Token) -> bool:
    """ "Security forces killed two infiltrators", "suspected gunmen killed four people":
    an armed body killing people attacks them. "The blast killed 12" (the blast tells the
    attack), "12 were killed" (no one doing it: a toll) and "killed in the fighting" are none."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or tok.dep_ in {"amod", "acl", "relcl"}:
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) or shared_subject(tok)
    if subject is None or subject.pos_ == "PRON":
        return False
    head = subject.lower_
    phrase = tok.doc[subject.left_edge.i:subject.i + 1].text
    armed = head in FORCE_NOUNS | FORCE_MOVERS | ARMED_KILLERS or _armed_men(subject) or _a_forces_arm(subject)
    if not armed and not (subject.pos_ == "PROPN" and names_a_group(phrase)):
        return False
    victims = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if victims is not None and victims.lower_ in COUNTED_CROWDS:
        return True  # "neutralized dozens of terrorists": counted all the same
    return victims is not None and (victims.lower_ in PEOPLE_OBJECT_WORDS or victims.like_num
                                    or any(c.dep_ == "nummod" or c.like_num for c in victims.children))


# a count without a number ("dozens of terrorists", "scores of civilians")
COUNTED_CROWDS = {"dozens", "hundreds", "scores", "thousands", "several", "many", "dozen"}


def _armed_men(subject: Token) -> bool:
    """ "armed men", "heavily armed individuals": people named by the arms they bear."""
    return subject.lower_ in {"men", "individuals", "persons", "people", "youths", "elements"} and any(
        c.dep_ == "amod" and c.lower_ == "armed" for c in subject.children)


def _a_forces_arm(subject: Token) -> bool:
    """ "the Burkinabe army's air component", "the navy's special unit": a part of a force."""
    return any(c.dep_ == "poss" and c.lower_ in FORCE_NOUNS for c in subject.children)




def armed_encounter(tok: Token) -> bool:
    """ "killed five rebels in an encounter", "an armed encounter with NPA fighters", "troops
    encountered around 30 armed members of the NPA": a clash, in the words of the Philippine,
    Indian and Nigerian militaries; "a chance encounter with a journalist", "encountered
    difficulties", "encountered a roadside bomb" none."""
    if tok.pos_ == "VERB":
        return any(_armed_party(c) for c in tok.children if c.dep_ == "dobj")
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in {"armed", "fierce", "heavy", "brief", "deadly", "violent", "bloody",
                                              "intense", "fresh"} for c in tok.lefts):
        return True
    met = {g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree}
    if met & (FORCE_NOUNS | FORCE_MOVERS | OTHER_SIDE_WORDS | {"enemy", "troops", "soldiers"}):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"} and tok.head.head.lemma_.lower() in {
        "kill", "neutralise", "neutralize", "wound", "die", "injure", "capture", "seize"}


def _armed_party(tok: Token) -> bool:
    """Whether a word names armed people: a force or armed men ("troops", "bandits", "armed
    members of the New People's Army", "the NPA")."""
    if tok.lower_ in FORCE_NOUNS | FORCE_MOVERS | ARMED_KILLERS | OTHER_SIDE_WORDS or _armed_men(tok) \
            or _a_forces_arm(tok):
        return True
    if any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children):
        return True  # "30 armed members of the NPA", "armed elements"
    if tok.lower_ in {"group", "members", "band", "unit", "column"}:
        owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        return any(_armed_party(g) or g.pos_ == "PROPN" and names_a_group(
            tok.doc[g.left_edge.i:g.i + 1].text) for g in owners)
    return tok.pos_ == "PROPN" and names_a_group(tok.doc[tok.left_edge.i:tok.i + 1].text)


# verbs whose subject leaves the dead behind: "the operation left 14 dead", "the raid killed six"
LEAVING_DEAD = {"leave", "kill", "claim"}


def forceful_operation(tok: Token) -> bool:
    """ "a police operation against the Comando Vermelho gang", "a security operation against
    al-Shabaab", "the operation left at least 14 people dead": an operation, police or not, run
    against armed men or that kills is force used, not a rescue or a search."""
    against = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"against", "targeting"}
               for g in c.children if g.dep_ == "pobj"]
    if any(_armed_party(g) for g in against):
        return True
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in LEAVING_DEAD:
        return False
    return verb.lemma_.lower() != "leave" or any(c.dep_ in {"oprd", "dobj", "ccomp", "xcomp"} and any(
        w.lower_ == "dead" for w in c.subtree) for c in verb.children)
