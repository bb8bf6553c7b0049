"""Acts told by words the trigger table cannot type alone: a bomb that blew up or went off,
a crowd that staged a protest, fighters who tried to cross and were driven back, a force
that recovered control of a district. Each needs its subject or object to tell it from a
harmless sense ("the row blew up", "lodged a protest", "recovered the bodies"). Read by
:func:`claimledger.extract.events_triggers.trigger_type` before the table.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import context_of
from claimledger.extract.events_expulsions import EXPEL_VERBS, expelled
from claimledger.extract.events_view import events_view

# what explodes as an attack: a device, a vehicle rigged with one, or a bomber
DEVICES = {"bomb", "bombs", "device", "devices", "ied", "ieds", "vest", "vests", "belt", "mine", "mines", "landmine",
           "grenade", "grenades", "explosive", "explosives", "charge", "car", "cars", "vehicle", "truck", "lorry",
           "motorcycle", "motorbike", "bicycle", "shell", "shells", "rocket", "rockets", "missile", "drone",
           "bomber", "bombers", "attacker", "attackers", "man", "woman", "boy", "teenager", "assailant"}
# who sets off a charge to make it safe, not to kill
DISPOSERS = {"engineers", "sappers", "experts", "technicians", "team", "teams", "squad", "deminers", "police"}
SAFE_WORDS = {"controlled", "unexploded", "safely", "disposal", "abandoned", "old"}
# figurative subjects of "blew up" ("the row blew up")
FIGURATIVE = {"row", "situation", "story", "scandal", "dispute", "argument", "tension", "tensions", "talks", "deal"}

PROTEST_NOUNS = {"protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "sit-in", "sit-ins",
                 "march", "marches"}
# a state lodges a protest with another: diplomacy, not a crowd in the street
DIPLOMATIC = {"lodge", "file", "register", "deliver", "convey", "send", "submit", "issue"}
STREET = {"outside", "in", "at", "against", "over", "near", "on", "through", "across", "along", "demanding"}

STATE_VOICES = {"ministry", "government", "embassy", "foreign", "office", "president", "minister"}

CROSSING = {"cross", "infiltrate", "enter", "penetrate", "breach", "storm", "overrun", "attack", "raid", "seize"}
REPULSED = {"repulse", "repel", "foil", "thwart", "beat", "push", "drive", "fight", "force"}

CONTROL_VERBS = {"recover", "restore", "re-establish", "reestablish", "reassert", "retain"}

# the verbs each sense below is told by
BLAST_VERBS = {"blow", "go", "explode", "detonate"}
THROW_VERBS = {"throw", "hurl", "lob", "toss"}
ARSON_VERBS = {"torch", "burn", "raze", "set"}
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march"}


def act_type(tok: Token) -> str | None:
    """The type of an act these senses tell, or None for every other word."""
    if tok.lemma_.lower() not in ACT_LEMMAS and tok.lower_ not in ACT_FORMS:
        # every word but a few dozen: decided before any sense reads its subjects and objects
        # (this runs on every noun and verb of a report)
        return None
    if blast(tok) or attempted_crossing(tok) or shooting(tok) or thrown(tok) or expelled(tok):
        return "attack"
    burned = arson(tok)
    if burned is not None:
        return burned
    if protest(tok):
        return "other"
    if person_seized(tok):
        return "capture"
    if force_crossing(tok):
        return "deploy"
    if control_recovered(tok):
        return "territory_change"
    if hostilities(tok):
        return "battle"
    return None


def _subjects(tok: Token) -> list[Token]:
    found = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not found and tok.dep_ in {"conj", "xcomp", "advcl"}:
        found = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found


def _words(tokens: list[Token]) -> set[str]:
    return {w.lower_ for t in tokens for w in t.subtree}


def blast(tok: Token) -> bool:
    """ "A suicide bomber blew himself up", "a car packed with explosives blew up outside the
    market", "militants blew up a bridge", "a bomb went off", "an IED exploded under the
    convoy", "he detonated his vest": an explosion someone set off. Engineers detonating old
    ordnance and "the row blew up" are none."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma not in BLAST_VERBS:
        return False
    particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and tok.i < c.i <= tok.i + 3}
    subjects = _subjects(tok)
    heads = {s.lower_ for s in subjects}
    said = _words(subjects) | {w.lower_ for c in tok.children if c.dep_ == "dobj" for w in c.subtree}
    if said & SAFE_WORDS or heads & DISPOSERS:
        return False
    if lemma == "blow" and "up" in particles:
        return not heads & FIGURATIVE
    if lemma == "go" and "off" in particles:
        return bool(heads & DEVICES)
    if lemma == "explode":
        return bool(heads & DEVICES)
    return lemma == "detonate"


# what is shot that is no person: pictures, goals
SHOT_THINGS = {"film", "films", "video", "videos", "footage", "photo", "photos", "pictures", "scene", "scenes",
               "goal", "goals", "documentary", "advert"}


def shooting(tok: Token) -> bool:
    """ "Gunmen shot dead a council member", "a soldier was shot and wounded at a checkpoint",
    "police shot two robbers": someone shot at people. "Shot a film", "shot down" (a trigger
    of its own) and "shots were heard" are none."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "shoot":
        return False
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"down", "up"} for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects and tok.dep_ == "conj":
        objects = [c for c in tok.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and not any(o.lower_ in SHOT_THINGS or o.pos_ == "PRON" and o.lower_ == "it"
                                     for o in objects)


THROWN = {"grenade", "grenades", "bomb", "bombs", "explosive", "explosives", "device", "devices", "molotov",
          "cocktail", "cocktails", "dynamite"}
BURNED = {"village", "villages", "house", "houses", "home", "homes", "hut", "huts", "market", "shops", "shop",
          "church", "churches", "mosque", "school", "schools", "vehicle", "vehicles", "truck", "trucks", "bus",
          "station", "office", "offices", "camp", "building", "buildings", "clinic", "hospital", "granary"}
BLAZES = {"fire", "fires", "flames", "blaze", "wildfire", "lightning"}
CROWDS = {"protesters", "demonstrators", "rioters", "crowd", "crowds", "mob", "mobs", "youths"}


def thrown(tok: Token) -> bool:
    """ "a grenade was thrown at a restaurant", "attackers hurled petrol bombs at the police
    post": a weapon thrown is an attack (a stone or a ball is none)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in THROW_VERBS:
        return False
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(_words(objects) & THROWN)


def arson(tok: Token) -> str | None:
    """ "torched the village of Kirindi", "burned down 40 homes", "set fire to the health post":
    an armed band's arson is an attack; a crowd's ("protesters set fire to a police station")
    is unrest, an event of type other. A blaze that burned homes is neither."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if lemma not in ARSON_VERBS:
        return None
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    subjects = {s.lower_ for s in _subjects(tok)}
    if subjects & BLAZES:
        return None
    set_fire = lemma == "set" and any(o.lower_ == "fire" for o in objects) and any(
        c.dep_ == "prep" and c.lower_ == "to" for o in [tok, *objects] for c in o.children)
    burned = lemma in {"burn", "raze"} and bool(_words(objects) & BURNED)
    if not (lemma == "torch" and objects or burned or set_fire):
        return None
    return "other" if subjects & CROWDS else "attack"


def protest(tok: Token) -> bool:
    """ "staged a protest outside the governor's office", "hundreds of traders marched through
    the town", "thousands demonstrated against the curfew", "drivers blocked roads to protest
    against extortion": people taking to the street. "Lodged a protest" with a government,
    "in protest at", "protest leaders" and a "demonstration of force" are none."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.lower_ in PROTEST_NOUNS:
        if tok.lower_.startswith("march") and not any(c.dep_ == "det" for c in tok.children):
            return False  # "in March": the month, whatever the tagger made of it
        if tok.dep_ == "compound" or tok.head.lemma_.lower() in DIPLOMATIC and tok.dep_ == "dobj":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.i == tok.i - 1:
            return False  # "resigned in protest": a motive, no gathering
        # "a demonstration of force", "of the new drone": a show, no gathering
        return not (any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
                    and tok.lower_.startswith("demonstr"))
    if tok.pos_ == "VERB" and lemma in PROTEST_VERBS:
        if any(c.dep_ in {"ccomp", "dobj"} for c in tok.children) and lemma != "protest":
            return False  # "demonstrated its resolve", "marched the prisoners"
        if any(c.dep_ == "ccomp" for c in tok.children):
            return False  # "protested that the vote was rigged": a claim, not a gathering
        subjects = _subjects(tok)
        if _words(subjects) & STATE_VOICES or any(s.ent_type_ == "GPE" for s in subjects):
            return False  # "Pakistan protested the strike", "the ministry protested": a note, not a crowd
        if lemma == "march" and not any(c.dep_ == "prep" and c.lower_ in STREET for c in tok.children):
            return False  # "troops marched": a move, told by its own words
        return any(c.dep_ == "prep" and c.lower_ in STREET for c in tok.children) or not subjects \
            or tok.dep_ in {"xcomp", "advcl"}
    return False


# people taken one by one, by their trade or station ("seized a Chinese engineer")
PERSON_NOUNS = {"engineer", "engineers", "businessman", "businessmen", "businesswoman", "teacher", "teachers",
                "student", "students", "schoolchildren", "pupils", "schoolgirls", "journalist", "reporter", "priest",
                "priests", "nun", "nuns", "pastor", "doctor", "doctors", "nurse", "nurses", "farmer", "farmers",
                "herder", "herders", "trader", "traders", "official", "officials", "elder", "elders", "passengers",
                "tourist", "tourists", "foreigner", "foreigners", "chief", "leader", "leaders", "worker", "man",
                "woman", "boy", "boys", "girl", "girls", "driver", "drivers", "fishermen", "miners", "hostage",
                "workers"}
SEIZING = {"seize", "capture", "snatch", "grab"}
TAKERS = {"kidnappers", "abductors", "kidnapper", "abductor"}


def person_seized(tok: Token) -> bool:
    """ "Kidnappers seized a Chinese engineer near Bukavu", "gunmen snatched two aid workers":
    people taken, not ground, though the table reads "seize" as territory won."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SEIZING:
        return False
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if _words(_subjects(tok)) & TAKERS and objects:
        return True
    return any(o.lower_ in PERSON_NOUNS or o.ent_type_ == "PERSON" and not _a_place(o) for o in objects)


def _a_place(tok: Token) -> bool:
    """Whether a word is (in) a place the place stage found ("captured Moqokori", which the
    NER may take for a person)."""
    ctx = context_of(tok.doc)
    return any(s <= tok.idx < e for s, e, _ in events_view(ctx).place_mentions(ctx.sent(tok)))


FORCE_WORDS = {"troops", "soldiers", "forces", "army", "units", "battalion", "battalions", "contingent", "tanks"}


def force_crossing(tok: Token) -> bool:
    """ "Ugandan troops crossed into Congo's Ituri province to pursue the rebels": a force sent
    over a border deploys there (what it does there is told by its own verbs)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "cross":
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"attempt", "try", "seek"}:
        return False  # an attempt, told by attempted_crossing when driven back
    if any(c.dep_ == "neg" or c.lower_ in {"ever", "never"} for c in tok.children):
        return False  # "denied that its forces had ever crossed into Thai territory": no crossing told
    into = any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)
    return into and bool({s.lower_ for s in _subjects(tok)} & FORCE_WORDS)


def attempted_crossing(tok: Token) -> bool:
    """ "About 15 fighters attempted to cross into Uganda but were repulsed", "gunmen tried
    to storm the post before troops drove them back": an attack that failed is still an attack
    by those who tried (the force that drove them back fights, told by its own verb)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CROSSING or tok.dep_ != "xcomp":
        return False
    if tok.head.lemma_.lower() not in {"attempt", "try", "seek"}:
        return False
    sent = tok.sent
    return any(t.lemma_.lower() in REPULSED and t.i > tok.i and (
        t.lemma_.lower() in {"repulse", "repel", "foil", "thwart"}
        or any(c.lower_ in {"back", "off"} for c in t.children)) for t in sent)


PAUSES = {"cessation", "end", "halt", "suspension", "pause", "ending", "stop"}


def hostilities(tok: Token) -> bool:
    """ "Hostilities resumed in Kalehe on Sunday", "fresh hostilities broke out near the
    border": fighting. "The cessation of hostilities" is an agreement's name, no battle."""
    if tok.pos_ != "NOUN" or tok.lower_ != "hostilities":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PAUSES:
        return False
    return tok.dep_ != "compound" and tok.head.lower_ not in PAUSES


# what a vehicle or a patrol strikes that strikes back: the device did it, not the vehicle
DEVICE_HIT = {"bomb", "mine", "landmine", "ied", "device", "explosive", "explosives"}


def struck_a_device(tok: Token) -> bool:
    """ "their vehicle hit a roadside bomb", "a patrol struck a landmine": the subject is the
    target, and whoever laid the device is the (unnamed) actor."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"hit", "strike", "run"}:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"over", "into"}
                for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in DEVICE_HIT for o in objects)


def control_recovered(tok: Token) -> bool:
    """ "troops had recovered full control of 50 Casas", "the army restored control over the
    town": ground taken back, told by its noun "control" and not by the verb."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CONTROL_VERBS:
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lower_ == "control" and any(c.dep_ == "prep" and c.lower_ in {"of", "over"} for c in obj.children):
            return True
    # "recovered 'full control' of": the quotes may cut the parse; the words still follow
    after = [t.lower_ for t in tok.doc[tok.i + 1: tok.i + 6]]
    return "control" in after and any(w in {"of", "over"} for w in after[after.index("control") + 1:])


# every lemma and word form a sense above tells an act by (a sense that reads a new word adds it here)
ACT_LEMMAS = frozenset(BLAST_VERBS | CROSSING | {"shoot"} | THROW_VERBS | ARSON_VERBS | PROTEST_VERBS | SEIZING
                       | {"cross"} | CONTROL_VERBS | EXPEL_VERBS)
ACT_FORMS = frozenset(PROTEST_NOUNS | {"hostilities"})
