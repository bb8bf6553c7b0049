"""Which words tell an event, and of what type: a trigger from ``data/events.tsv`` read
in its sentence ("captured" a town is a change of territory, "captured" soldiers a
capture; "launched" missiles an attack, "launched" an appeal none), with the object,
subject and modifier checks each sense needs. Split from :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.admissions import taken_in
from claimledger.extract.claims_norms import cited_norm
from claimledger.extract.context import context_of, tokens_of
from claimledger.extract.events_actors import OTHER_SIDE_WORDS, VERB_FORMS, event_lemma, misread_verb
from claimledger.extract.events_acts import act_type
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
    ground_handed,
    positions_taken,
    sent_nowhere,
)
from claimledger.extract.events_senses import (
    EXCHANGES,
    FORCE_MOVERS,
    KILL_VERBS,
    armed_encounter,
    armed_killing,
    came_under,
    exchanged,
    fire_exchanged,
    fire_returned,
    forceful_operation,
    parties_agreeing,
)
from claimledger.extract.events_titles import QUOTES, in_a_title  # noqa: F401  (QUOTES: re-exported)
from claimledger.extract.events_view import FORCE_NOUNS, events_view
from claimledger.extract.events_violations import VIOLATING, breaks_an_agreement, broken_agreement
from claimledger.sides import STATE_FORCE, side_of

_in_a_title = in_a_title  # the name earlier callers read (tests/test_scan_lowered.py)

# Object nouns, light verbs, title words and modals: data/event_words.tsv (see its header).
_WORDS = word_lists("event_words.tsv")
PLACE_OBJECT_WORDS = _WORDS["place_object"]
WEAPON_WORDS = _WORDS["weapon"]
# verbs that send a weapon at a target: an attack when their object is one
WEAPON_SENDING = {"launch", "drop", "throw", "hurl", "lob"}
SEIZED_THINGS = _WORDS["seized"]
PEOPLE_OBJECT_WORDS = _WORDS["people_object"]
TITLE_WORDS = _WORDS["title_word"]
MODALS = _WORDS["modal"]
THING_NOUNS = _WORDS["thing_noun"]
_EXTRA = word_lists("event_extra_words.tsv")
SPLIT_PARTICLES = _EXTRA["split_particle"]
SIGNED_PAPERS = _EXTRA["signed_paper"]
NO_FRONTS = _EXTRA["no_front"]
DUTY_OBJECTS = _EXTRA["duty_object"]
WITHHELD = _EXTRA["withheld"]
UNMADE = _EXTRA["unmade_word"]
UNMADE_VERBS = _EXTRA["unmade_verb"]
FIGHT_BACK = _EXTRA["fight_back"]

# people whose leaving a place is flight, not a force's withdrawal



@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    return {lemma: kind for lemma, kind in read_table("events.tsv")}


# the one-word triggers of each type, for "the fighting" looking back for a telling
TYPE_WORDS: dict[str, set[str]] = {}
for _lemma, _kind in read_table("events.tsv"):
    TYPE_WORDS.setdefault(_kind, set()).add(_lemma.split()[0])


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every word of every trigger: a token whose lemma and form are none of them, and
    that no hyphen joins to the next, tells no event (most tokens, decided at once)."""
    return frozenset(w for lemma in triggers() for w in lemma.split())


def trigger_type(tok: Token) -> str | None:
    # called on every word of a report's story: the tag, lemma and form are read once
    # (each read is a lookup in spaCy's string store), and most words leave at the gates
    # (the event stage asks only the words events_gate.trigger_candidates lets pass: keep the two in step)
    pos = tok.pos_
    if pos not in {"VERB", "NOUN", "PROPN"}:
        return None
    word_lemma, form = tok.lemma_.lower(), tok.lower_
    if pos == "VERB" and word_lemma in FIGHT_BACK and _fights_back(tok):
        return "battle"
    if pos == "VERB" and word_lemma in KILL_VERBS and armed_killing(tok):
        return "attack"
    if word_lemma == "return" and fire_returned(tok):
        return "battle"  # "officers returned fire"
    if word_lemma in EXCHANGES and fire_exchanged(tok):
        return "battle"  # "an exchange of gunfire along the border", "the two sides traded fire"
    if pos == "VERB" and word_lemma == "agree" and parties_agreeing(tok):
        return "agreement"  # "Benin and Niger agreed to reopen their border"
    if word_lemma == "control" and pos == "NOUN" and came_under(tok):
        return "territory_change"  # "three posts came under the control of the mujahideen"
    act = act_type(tok)
    if act is not None and not _in_headline_run(tok):
        return act  # "blew himself up", "staged a protest", "recovered control of"
    words = _trigger_words()
    # the word's own lemma suffices here: its event lemma differs only for a form in VERB_FORMS
    if word_lemma not in words and form not in words and form not in VERB_FORMS and not _hyphen_after(tok):
        return None
    lemma = event_lemma(tok)
    if tok.lower_ == "according" or _in_headline_run(tok) or cited_norm(tok):
        return None  # "according to the agreement, …": a treaty cited for its rule is no new agreement
    if misread_verb(tok) and VERB_FORMS[tok.lower_] in triggers():
        return None if _in_a_title(tok) else _refine(tok, triggers()[VERB_FORMS[tok.lower_]])
    if tok.dep_ in {"compound"} and tok.pos_ != "NOUN":
        return None
    table = triggers()
    # "pulled back": the small model parses the particle as prt or as advmod
    # and "pulled out of X" as a preposition
    particle = next((c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.i == tok.i + 1), None)
    if particle and f"{lemma} {particle}" in table:
        if table[f"{lemma} {particle}"] == "territory_change" and _a_duty(tok):
            return "deploy"  # "Mozambican troops have taken over security in Palma": a handover, no ground won
        if f"{lemma} {particle}" == "hand over" and not ground_handed(tok):
            return None  # "handed over 33 hostages", "handed over a letter": no ground given up
        if f"{lemma} {particle}" == "build up" and not forces_massed(tok) \
                or f"{lemma} {particle}" == "take up" and not positions_taken(tok):
            return None  # "built up pressure", "took up arms": no force posted
        return table[f"{lemma} {particle}"]
    # "pulled its armoured units back from", "pulled its contingent out": the object
    # between the verb and its particle
    # ("pulled its fighters back east of the Euphrates": the particle parsed as the adverb's own modifier)
    after = [*tok.rights, *(g for c in tok.rights if c.dep_ == "advmod" for g in c.lefts if g.dep_ == "advmod")]
    split = next((c.lower_ for c in after if c.dep_ in {"prt", "advmod", "prep"} and tok.i + 1 < c.i <= tok.i + 6
                  and c.lower_ in SPLIT_PARTICLES), None) if tok.pos_ == "VERB" else None
    if split and f"{lemma} {split}" in table:
        return table[f"{lemma} {split}"]
    if tok.dep_ == "compound" and f"{lemma} {tok.head.lemma_.lower()}" in table:
        return None  # "air strike": the head noun carries it
    kind = table.get(lemma) or table.get(tok.lower_)
    if kind is None and tok.pos_ == "NOUN":
        kind = _hyphenated(tok, table)  # "a counter-offensive", split by the tokenizer
    if kind in {"deploy", "withdraw"} and tok.dep_ == "amod":
        return None  # "a reinforced border brigade", "a deployed battery": what a unit is, no move told
    if kind is not None and tok.pos_ == "NOUN" and _modifies_a_thing(tok, table):
        return None  # "attack drones", "deployment points", "ceasefire talks": a kind of thing, no event
    if kind is None and tok.pos_ == "NOUN":
        for child in tok.lefts:
            if child.dep_ == "compound" and f"{child.lemma_.lower()} {lemma}" in table:
                return table[f"{child.lemma_.lower()} {lemma}"]
    if kind is None or _in_a_title(tok):
        return None
    if kind == "capture" and tok.dep_ == "amod":
        return None  # "rescued 42 kidnapped women": who they are, not an act told here
    if kind == "agreement" and tok.pos_ != "VERB" and (_background(tok) or _unmade(tok) or broken_agreement(tok)):
        return None  # (a truce "violated" is an old one, broken: events_violations.py)
    return _refine(tok, kind)


def _hyphen_after(tok: Token) -> bool:
    """Whether a hyphen token follows the word ("counter" in "counter-offensive")."""
    tokens = tokens_of(tok.doc)
    return tok.i + 1 < len(tokens) and tokens[tok.i + 1].text == "-"


def _hyphenated(tok: Token, table: dict[str, str]) -> str | None:
    """ "counter-offensive", "counter-attack": the tokenizer splits the word at its
    hyphen and the parser reads its second half as an adjective; the joined word tells."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_ or tok.whitespace_:
        return None
    joined = (tok.lower_ + doc[tok.i + 2].lower_).rstrip("s")
    return table.get(joined)


def _modifies_a_thing(tok: Token, table: dict[str, str]) -> bool:
    """ "attack drones", "assault rifles", "temporary deployment points", "ceasefire talks":
    a trigger noun naming the kind of a thing that is no event is no event either. A noun
    it modifies that is itself a trigger ("air strike", "bomb blast") tells the event."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ in THING_NOUNS:
        return True  # "ceasefire talks", whatever the parser made of "talks"
    if tok.dep_ != "compound" or tok.head.pos_ not in {"NOUN", "PROPN"} or tok.head.i <= tok.i:
        return False
    head = tok.head.lemma_.lower()
    return head not in table and f"{tok.lemma_.lower()} {head}" not in table


def _background(tok: Token) -> bool:
    """ "the 2013 Nairobi agreement", "the Minsk accords": an agreement named or dated
    is background, not one made in the report. "signed the 2013 agreement" too."""
    noun = tok
    if tok.pos_ == "VERB":
        noun = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if noun is None:
            return False
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in AGREEING for c in noun.rights):
        return False  # "the Pretoria agreement signed in November 2022": told as made
    for c in noun.lefts:
        if c.lower_ in DURATION_WORDS and c.i > 0 and c.doc[c.i - 1].text == "-":
            continue  # "a 30-day truce": how long it runs, not when it was made
        if c.ent_type_ == "DATE" or (c.like_num and len(c.text) == 4):
            return True
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "LAW", ""}:
            return True
    return False


def _unmade(tok: Token) -> bool:
    """ "a security agreement has been described as close, though nothing has been signed",
    "a proposed ceasefire", "a deal is expected": an agreement not (yet) made is no event."""
    if any(c.dep_ == "amod" and c.lower_ in UNMADE for c in tok.lefts):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in UNMADE_VERBS:
        return True  # "Washington and Riyadh have proposed a new humanitarian truce"
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is not None:
        said = {verb.lower_} | {c.lower_ for c in verb.children if c.dep_ in {"acomp", "oprd", "attr", "advmod"}}
        said |= {g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree}
        if said & UNMADE:
            return True
    sent = context_of(tok.doc).sent(tok)
    # "... though nothing has been signed", "no deal has been signed yet"
    return any(t.lemma_.lower() == "sign" and any(c.lower_ in {"nothing", "not", "yet", "never"} for c in t.children)
               for t in sent)


DURATION_WORDS = {"day", "week", "month", "year", "hour"}
AGREEING = {"sign", "reach", "broker", "conclude", "agree", "strike", "seal", "initial"}


def _in_headline_run(tok: Token) -> bool:
    """Page debris keeps related headlines ("US Missile Attack on Syrian Air Base"):
    a capitalised trigger inside a run of capitalised words is a headline, not prose."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    tokens = tokens_of(tok.doc)  # the report's own Token objects: doc[a:b] makes new ones
    window = [t for t in tokens[max(tok.i - 3, 0): tok.i + 4] if t.is_alpha and t.i != tok.i and len(t) > 3]
    return len(window) >= 3 and all(t.text[:1].isupper() for t in window)


def _refine(tok: Token, kind: str) -> str | None:
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
        # "the ceasefire brought 2,000 Russian peacekeepers into the region"
        into = any(c.dep_ == "prep" and c.lower_ in {"into", "to", "in"} for c in tok.children)
        return kind if into and obj_words & (FORCE_NOUNS | FORCE_MOVERS) else None
    if lemma in {"sign", "deal"} and tok.pos_ == "VERB" and lemma == "deal":
        return None
    if lemma == "admit" and taken_in(tok):
        return None  # "seven wounded people were admitted to hospital": taken in, nothing acknowledged
    if lemma == "fight":
        if tok.lower_ in triggers() and tok.lower_ != "fight":
            return triggers()[tok.lower_]  # "Fighting between two armed groups killed 14": the form's own entry
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


def _a_duty(tok: Token) -> bool:
    """Whether what the verb takes over is a duty ("security in Palma", "the defence of the town")."""
    return any(c.dep_ in {"dobj", "pobj"} and c.lower_ in DUTY_OBJECTS
               for w in [tok, *tok.children] for c in w.children)


def subject_words(tok: Token) -> str:
    """The words of a subject up to its head noun ("security forces", "the national army")."""
    return tok.doc[tok.left_edge.i: tok.i + 1].text


def _fights_back(tok: Token) -> bool:
    """ "Our valiant soldiers reacted vigorously", "the troops retaliated": a force answering
    an attack fights; "the ministry responded to questions", "markets reacted" do not."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "conj":
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in FORCE_NOUNS | FORCE_MOVERS | {"fds", "fama", "units"}:
        return False
    # "responded to the attack", "reacted vigorously": not "responded to questions", "to criticism"
    answered = {g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree}
    return not answered or bool(answered & {"attack", "attacks", "ambush", "assault", "fire", "offensive", "raid"})


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

