"""Trigger words with several senses, decided by their objects and subjects: "took control
of the town" (ground) or "took 37 prisoners" (people), "launched missiles" (an attack) or
"launched an appeal" (none), "left Yelwata" (a force's withdrawal) or "families left" (flight).
Split from :mod:`claimledger.extract.events_triggers`.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.admissions import taken_in
from claimledger.extract.context import context_of
from claimledger.extract.events_agents import VERB_FORMS, event_lemma, misread_verb
from claimledger.extract.events_fights import fought_here
from claimledger.extract.events_force_senses import aircraft_downed, attack_foiled, ground_cleared
from claimledger.extract.events_moves import (
    CARRYING_VERBS,
    CIVILIAN_MOVERS,
    MASSING_VERBS,
    POSTS,
    arrived_somewhere,
    civilians_leaving,
    entered_to_strike,
    forces_carried,
    forces_kept,
    forces_massed,
    sent_nowhere,
)
from claimledger.extract.events_names import OTHER_SIDE_WORDS
from claimledger.extract.events_senses import (
    FORCE_MOVERS,
    armed_encounter,
    exchanged,
    forceful_operation,
)
from claimledger.extract.events_trigger_words import (
    PEOPLE_OBJECT_WORDS,
    PLACE_OBJECT_WORDS,
    SEIZED_THINGS,
    SIGNED_PAPERS,
    WEAPON_SENDING,
    WEAPON_WORDS,
    WITHHELD,
    triggers,
)
from claimledger.extract.events_view import FORCE_NOUNS, events_view
from claimledger.extract.events_violations import VIOLATING, breaks_an_agreement
from claimledger.sides import STATE_FORCE, side_of


def refine(tok: Token, kind: str) -> str | None:
    """Words with several senses: decide by their objects."""
    lemma = event_lemma(tok)
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if misread_verb(tok):
        lemma, objects = VERB_FORMS[tok.lower_], [tok.head]  # the name it was glued onto is its object
    if not objects and tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        objects = [tok.head]  # "the stronghold of Jarabulus, which Turkish-led forces captured"
    obj_words = {o.lower_ for o in objects} | {c.lower_ for o in objects for c in o.children}
    # "sent thousands of volunteers", "captured dozens of fighters": the counted noun
    obj_words |= {g.lower_ for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"}
    if lemma in VIOLATING:
        return kind if breaks_an_agreement(tok) else None  # "violated the ceasefire"; not "violated the law"
    if lemma in WEAPON_SENDING:
        # "launched 40 missiles at Kyiv", "dropped explosives from drones on the village",
        # "threw a grenade at the post" are attacks; "launched an offensive" and "dropped
        # bombs" are told by their nouns; "launched an appeal", "dropped leaflets" are none
        return kind if obj_words & WEAPON_WORDS and not any(o.lemma_.lower() in triggers() for o in objects) \
            else None
    if lemma in {"capture", "seize", "take"} and objects and _took_control(objects):
        return "territory_change"  # "took control of the town", "seized control of the port"
    if lemma in {"capture", "seize", "take"} and obj_words & SEIZED_THINGS:
        return "capture"  # "seized a cargo ship", "captured two tanks"
    if lemma in {"capture", "seize", "take"} and any(_a_place(o) for o in objects):
        return "territory_change"  # "seized Kidal", whatever the NER took the name for
    if lemma in {"capture", "seize", "take"} and objects and _people_or_counted(objects):
        return "capture"  # "captured 43 militants", "took 37 others prisoner": people, not ground
    if lemma in {"capture", "seize", "take"}:
        if any(o.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects) or obj_words & PLACE_OBJECT_WORDS:
            return "territory_change"
        if tok.pos_ == "NOUN":  # "the capture of six soldiers"; "to avoid capture" tells nothing
            taken = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if any(g.lower_ in PLACE_OBJECT_WORDS or g.ent_type_ in {"GPE", "LOC", "FAC"} or _a_place(g)
                   for g in taken):
                return "territory_change"  # "the RSF's capture of the town"
            told = any(c.dep_ in {"prep", "poss"} and c.lower_ != "to" for c in tok.children)
            return "capture" if told else None
        if lemma == "capture" and obj_words & PEOPLE_OBJECT_WORDS:
            return "capture"
        if obj_words & {"power", "government", "presidency"}:
            return None  # "the military rulers, who seized power in July 2023": a coup told as background
        modifiers = {c.lower_ for o in objects for c in o.children if c.dep_ in {"amod", "compound"}}
        if (obj_words | modifiers) & (WEAPON_WORDS | {"explosive", "explosives"}):
            return "capture"  # "seized explosive belts and two rifles": materiel, not ground
        # "captured" with no object read is too little to tell ground from people
        return "territory_change" if lemma != "take" and objects else None
    if lemma in {"gain", "advance"}:
        if tok.pos_ == "NOUN":  # "the army's advance on X" needs its side or its goal
            told = any(c.dep_ == "prep" and c.lower_ in {"on", "into", "toward", "towards"} for c in tok.children)
            return kind if told or any(side_of(c.text) for c in tok.lefts) else None
        return kind if (obj_words & PLACE_OBJECT_WORDS or lemma == "advance") else None
    if lemma in {"control", "hold"}:
        # "has controlled Goma since January": taken then; "holds talks", "controls the
        # budget" and a hold with no start take nothing
        since = any(c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advmod" and c.lower_ == "now"
                    for c in tok.children)  # "now controls El Fasher": taken, lately
        return kind if since and tok.pos_ == "VERB" and any(_a_place(o) or _all_of_a_place(o) for o in objects) \
            else None
    if lemma in {"keep", "maintain"}:
        # "keeps thousands of soldiers in Somalia"; "kept the road open" moves no one, nor
        # does "keeps a military base in Armenia": the kept thing itself must be a force
        kept = {o.lower_ for o in objects} | {g.lower_ for o in objects for c in o.children
                                              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
        return kind if kept & (PEOPLE_OBJECT_WORDS | FORCE_NOUNS) else None
    if lemma in {"drive", "push"}:
        # "drove the fighters out of Mogadishu", "was pushed out of Khartoum"; "the convoy
        # drove out of town" takes nothing
        return kind if objects else None
    if lemma == "storm" and tok.pos_ != "VERB":
        return None  # "the storm downed power lines": weather; the storming of a base is told by its verb
    if lemma in {"down", "clear", "foil", "thwart"}:
        # "downed a drone", "cleared the area of insurgents", "foiled an attempt to infiltrate" (events_force_senses.py)
        sense = {"down": aircraft_downed, "clear": ground_cleared}.get(lemma, attack_foiled)
        return kind if sense(tok) else None
    if lemma == "have":
        return kind if forces_kept(tok) else None  # "has about 4,000 soldiers in Ituri"
    if lemma in MASSING_VERBS:
        return kind if forces_massed(tok) else None
    if lemma in CARRYING_VERBS:
        return kind if forces_carried(tok, obj_words) else None
    if lemma in {"send", "station", "dispatch", "move"} and sent_nowhere(tok):
        return None  # "22 khwarij were sent to hell", "the wounded were sent to hospital"
    if lemma in {"send", "station", "dispatch", "move"}:
        if obj_words & (CIVILIAN_MOVERS | {"pupils", "students", "child", "kids"}) and not obj_words & FORCE_NOUNS:
            return None  # "parents will not send their children back": no deployment
        return kind if obj_words & (PEOPLE_OBJECT_WORDS | FORCE_NOUNS) or any(
            c.dep_ == "nsubjpass" for c in tok.children) else None
    if lemma in {"hit", "target", "fire", "pound"} and tok.pos_ == "NOUN" and lemma != "fire":
        return None
    if lemma == "fire" and tok.pos_ == "NOUN" and not _gunfire(tok):
        return None  # "causing a large fire": a blaze, not shooting
    if lemma == "fire" and exchanged(tok):
        return None  # "exchanged fire", "an exchange of fire": the exchange tells a battle
    if lemma == "arrive":
        # "Burundian troops arrived in the town"; aid or journalists arriving is no deployment
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not arrived_somewhere(tok):
            return None  # "the defence forces arrived within the hour and the fighters fled": a response, no posting
        return kind if any(c.lower_ in FORCE_NOUNS | PEOPLE_OBJECT_WORDS | ARRIVING_POLICE for c in subjects) else None
    if lemma == "arrival":
        # "announced the arrival in El Fasher of reinforcements": forces arriving deploy; aid does not
        arriving = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
        return kind if any(g.lower_ in FORCE_NOUNS for g in arriving) else None
    if lemma == "damage":
        # "drones damaged port infrastructure", "the building was damaged by a missile": a
        # weapon or force that damages attacks; "damaged in the attack", a storm's damage do not
        doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
            g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        words = {w.lower_ for d in doers for w in d.subtree}
        return kind if tok.pos_ == "VERB" and words & (WEAPON_WORDS | FORCE_NOUNS | DAMAGING) else None
    if lemma == "operation":
        return kind if _military_operation(tok) else None
    if lemma == "encounter":
        return kind if armed_encounter(tok) else None  # "an armed encounter", "encountered 30 NPA rebels"
    if kind == "withdraw" and civilians_leaving(tok):
        return None  # "the families who evacuated", "villagers withdrew to the hills": displaced
    if lemma == "evacuate":
        # "troops evacuated the base" withdraw; "the UN evacuated 140 patients", "residents
        # were evacuated" move people out of harm's way, which is no one's retreat
        movers = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
        if tok.dep_ == "conj" and tok.head.lemma_.lower() in {"wound", "injure", "hurt"}:
            return None  # "two soldiers were wounded and evacuated to Popayan": casualties moved
        if any(m.lower_ in FORCE_NOUNS or m.lower_ in PLACE_OBJECT_WORDS or m.ent_type_ in {"GPE", "LOC", "FAC"}
               for m in movers):
            return kind
        return None if movers else kind
    if lemma in {"set", "establish"}:
        # "set up a permanent post in Cabaret", "established a base near Kidal": a force settles
        if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            return None
        return kind if obj_words & POSTS else None
    if lemma == "inflict":
        # "inflicted fire damage on a brigade": an attack on what follows "on"; "inflicted
        # heavy strikes on" is told by its noun, "inflicted losses of up to 400" by its figure
        on = any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for w in [tok, *objects] for c in w.children)
        # "inflicted fire damage on formations": damage is a trigger only as a verb
        return kind if on and not any(o.lemma_.lower() in triggers() and o.lemma_.lower() != "damage"
                                      for o in objects) else None
    if lemma == "enter":
        # "our units entered Cabaret" deploy there; "rebels entered Walikale" take it; the
        # aid that entered Gaza is neither
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        placed = any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lower_ in PLACE_OBJECT_WORDS or _a_place(o)
                     for o in objects)
        if not placed or not subjects:
            return None
        words = {w.lower_ for c in subjects for w in c.subtree}
        if words & RAIDERS or "armed" in words and words & {"men", "individuals", "people", "group", "persons"}:
            return "attack"  # "about 20 armed men entered the village ... burning houses": a raid, not a posting
        if words & (OTHER_SIDE_WORDS | {"fighters", "gunmen", "militiamen", "paramilitaries"}):
            # "the terrorists entered Komanda during the night and attacked worshippers": entering to
            # strike is the raid its next verb tells, not ground taken
            return None if entered_to_strike(tok) else "territory_change"
        return kind if words & (FORCE_NOUNS | PEOPLE_OBJECT_WORDS | {"police"}) else None
    if lemma == "leave":
        # the words before the verb, as the parse may miss the subject ("Hundreds of families have since left")
        before = {w.lower_ for w in tok.doc[tok.sent.start:tok.i]}
        if before & CIVILIAN_MOVERS and not before & FORCE_NOUNS:
            return None  # "hundreds of families have since left the area": displaced, not retreating
        if not any(c.dep_ == "dobj" for c in tok.children):
            # "the UN mission left at the end of 2023"; "residents left" is no retreat
            return kind if _force_subject(tok) else None
        # "the group's fighters had left Debre Markos": a town the NER took for a person is a place all the same
        return kind if obj_words & PLACE_OBJECT_WORDS or any(o.ent_type_ == "GPE" or _a_place(o) for o in objects) \
            or _force_subject(tok) and any(o.pos_ == "PROPN" and o.ent_type_ not in {"DATE", "TIME", "NORP"}
                                           for o in objects) else None  # "soldiers left Yelwata", a name no table holds
    if lemma == "flee":
        # "the soldiers fled towards Gashena"; fleeing civilians are displaced, not retreating
        return kind if _force_subject(tok) else None
    if lemma == "bring":
        # "the ceasefire brought 2,000 Russian peacekeepers into the region", "more soldiers were brought in"
        into = any(c.dep_ in {"prep", "prt"} and c.lower_ in {"into", "to", "in"} for c in tok.children)
        return kind if into and obj_words & (FORCE_NOUNS | FORCE_MOVERS) else None
    if lemma in {"sign", "deal"} and tok.pos_ == "VERB" and lemma == "deal":
        return None
    if lemma == "concede":
        # "conceded that its troops had withdrawn", "conceded the loss of Lashio"; not "conceded
        # defeat in the election", "conceded a goal": a thing told happened is what is conceded
        told = any(c.dep_ == "ccomp" for c in tok.children) or obj_words & CONCEDED_THINGS \
            or any(o.lemma_.lower() in triggers() for o in objects)
        return kind if told else None
    if lemma == "admit" and taken_in(tok):
        return None  # "seven wounded people were admitted to hospital": taken in, nothing acknowledged
    if lemma == "fight":
        # "Fighting between two armed groups killed 14": the form's own entry; "has been fighting
        # the government for years", "were fighting militants near Bama": the verb, read as one
        if tok.lower_ in triggers() and tok.lower_ != "fight" and not any(c.dep_ == "aux" for c in tok.children):
            return triggers()[tok.lower_]
        return kind if fought_here(tok, obj_words) else None
    if lemma == "engage":
        # "engaged the enemy", "engaged the rebels near the river"; not "engaged in talks"
        return kind if obj_words & (FORCE_NOUNS | PEOPLE_OBJECT_WORDS | OTHER_SIDE_WORDS | {"enemy"}) else None
    if lemma == "reject" and tok.pos_ == "VERB" and any(
            triggers().get(o.lemma_.lower()) == "agreement" or o.lower_ in PROPOSALS for o in objects):
        return None  # "the rebels rejected a deal", "rejected the proposal": no claim denied
    if lemma == "deny" and tok.pos_ == "VERB" and (
            obj_words & WITHHELD or any(c.dep_ == "dative" for c in tok.children)):
        return None  # "deny the use of its soil to militants", "denied them entry": a refusal, no denial
    if lemma == "dismiss":
        # "dismissed the claim as untrue", "dismissed the figure as propaganda"; not "dismissed a general"
        said = {"claim", "claims", "report", "reports", "figure", "figures", "accusation", "accusations",
                "allegation", "allegations", "account", "statement", "it", "them", "this", "that"}
        as_what = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
        return kind if obj_words & said or as_what else None
    if lemma == "sign":
        # "signed a pact": the pact is the trigger and "sign" its light verb, one event;
        # "signed a declaration of principles", "signed the Charter": the signing tells it
        signed = {o.lemma_.lower() for o in objects if o.dep_ == "dobj"}
        return kind if signed & SIGNED_PAPERS else None
    return kind


# what a side concedes as a thing that happened to it
CONCEDED_THINGS = {"loss", "losses", "casualties", "responsibility", "setback", "setbacks", "fall", "retreat"}


# a police force sent abroad or to a town arrives as troops do ("Kenyan police arrived in Port-au-Prince")
ARRIVING_POLICE = {"police", "policemen", "gendarmes", "peacekeepers", "marines", "reinforcements"}


# what damages as an attack besides weapons and forces ("the strike damaged two houses")
DAMAGING = {"strike", "strikes", "airstrike", "airstrikes", "shelling", "shell", "shells", "bombing", "attack",
            "attacks", "raid", "uavs", "uav", "shaheds", "warplanes", "jets"}


# what is rejected as an offer, not as a claim
PROPOSALS = {"proposal", "proposals", "offer", "offers", "plan", "plans", "initiative", "invitation", "request",
             "demand", "demands", "terms", "conditions", "roadmap", "framework"}


# Who enters a place only to strike it: their entering is a raid.
RAIDERS = frozenset({"attackers", "assailants", "raiders", "bandits", "kidnappers"})


def _force_subject(tok: Token) -> bool:
    """Whether the verb's subject is a force ("the soldiers", "the UN mission MINUSMA")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    words = {w.lower_ for c in subjects for w in c.subtree}
    if tok.dep_ in {"relcl", "acl"}:
        words.add(tok.head.lower_)  # "the UN mission MINUSMA left", parsed as a clause on "mission"
    return bool(words & (FORCE_NOUNS | FORCE_MOVERS))



CIVIL_OPERATIONS = {"rescue", "humanitarian", "evacuation", "search", "relief", "aid", "peacekeeping", "police",
                    "security", "recovery", "clearance", "demining", "cleanup", "sting", "vaccination", "medical"}
MILITARY_OPERATIONS = {"military", "air", "ground", "joint", "coalition", "offensive", "combat", "counter-terrorism",
                       "counterterrorism", "counterinsurgency", "naval", "airborne", "army", "special", "cross-border",
                       "intelligence", "intelligence-based", "anti-terror", "anti-terrorist", "counter-insurgency"}


def _military_operation(tok: Token) -> bool:
    """ "a Turkish and US-led coalition operation", "a military operation", "killed in an
    operation near Djibo": force used on someone; a rescue or police operation is not."""
    mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    words = {w.lower_ for m in mods for w in m.subtree}
    if mods:  # "counter-terrorism", which the tokenizer splits at its hyphen
        words |= set(tok.doc[min(m.left_edge.i for m in mods):tok.i].text.lower().split())
    if forceful_operation(tok):
        return True  # "a police operation against the Comando Vermelho gang left 14 dead"
    if words & CIVIL_OPERATIONS:
        return False
    if words & MILITARY_OPERATIONS or any(side_of(m.text) for m in mods):
        return True
    # the small model lemmatises "staged" as "stag": the form is checked too
    if tok.dep_ == "dobj" and ({tok.head.lemma_.lower(), tok.head.lower_} & {
            "conduct", "carry", "launch", "mount", "stage", "staged", "undertake"}):
        # "security forces conducted an intelligence based operation in Datta Khel": an
        # operation a force carries out is force used on someone, whatever its label
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in FORCE_NOUNS or subject.lower_ in FORCE_MOVERS
                                    or STATE_FORCE.search(subject_words(subject))):
            return True
    # "23 fighters were killed in the operation": an operation that killed is an attack
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"} and tok.head.head.lemma_.lower() in {
        "kill", "neutralise", "neutralize", "eliminate", "destroy"}


def subject_words(tok: Token) -> str:
    """The words of a subject up to its head noun ("security forces", "the national army")."""
    return tok.doc[tok.left_edge.i: tok.i + 1].text


def _all_of_a_place(tok: Token) -> bool:
    """ "controlled all of Lascahobas", "holds most of the town": a share of a place."""
    return tok.lower_ in {"all", "most", "much", "part", "parts"} and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_a_place(g) for g in c.children) for c in tok.children)


def _took_control(objects: list[Token]) -> bool:
    """ "took control of Babanusa", "seized control of the port": control of a place."""
    return any(o.lower_ == "control" and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
               for o in objects)


def _a_place(tok: Token) -> bool:
    """Whether the word is (in) a place the place stage found in the report."""
    ctx = context_of(tok.doc)
    return any(s <= tok.idx < e for s, e, _ in events_view(ctx).place_mentions(ctx.sent(tok)))


def _people_or_counted(objects: list[Token]) -> bool:
    """Whether what was captured is people, or a number of things that are not places
    ("43 militants", "37 others", "two tanks"): a capture, not a change of territory."""
    for obj in objects:
        if obj.lower_ in PEOPLE_OBJECT_WORDS or obj.ent_type_ in {"PERSON", "NORP"}:
            return True
        counted = any(c.dep_ == "nummod" for c in obj.children) or obj.like_num
        of_what = {g.lower_ for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"}
        if of_what & PLACE_OBJECT_WORDS:
            continue  # "taken 14 of the state's 17 townships": ground, counted
        if counted and obj.lower_ not in PLACE_OBJECT_WORDS and obj.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return True
    return False


def _gunfire(tok: Token) -> bool:
    """ "opened fire", "came under fire", "artillery fire", "sniper fire": shooting."""
    if tok.head.lemma_.lower() in {"open", "return", "exchange"} or (
            tok.head.lower_ in {"under", "with"} and tok.dep_ == "pobj"):
        return True
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in {
        "artillery", "sniper", "gun", "machine", "mortar", "rocket", "tank", "heavy", "small", "arms",
        "automatic", "anti-aircraft", "cross", "enemy", "friendly"} for c in tok.lefts)
