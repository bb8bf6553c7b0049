"""What a verb's particles and phrases add to it: people carried off into the bush, households
leaving for somewhere else, men put out of action or fallen in battle, people listed as
missing, driven from their homes, taken to hospital or treated for wounds. Each reads the
children of one verb; ``meanings.verb_meaning`` asks them in turn."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.words import FALLEN_IN, HOMES, lexicon

# where captors take people: "into the forest", "into the bush", "into captivity"
CAPTIVE_PLACES = {"forest", "bush", "captivity", "jungle", "hills", "mountains", "wilderness", "custody"}
# who leaves as the displaced do: households and residents, not forces
LEAVERS = {"family", "household", "resident", "villager", "inhabitant", "civilian", "people", "person"}
# a death told as a gift of one's life: "laid down their lives", "gave their lives"
LIFE_GIVING = {"give", "lay", "sacrifice", "offer"}
# ... or as the last price paid: "paid the supreme price", "made the ultimate sacrifice"
ULTIMATE_COSTS = {"price", "sacrifice"}
ULTIMATE = {"supreme", "ultimate", "highest"}


def carried_off(verb: Token, kids: list[Token]) -> bool:
    """Whether people are carried off by captors: "taken away", "led off", "taken into the
    bush" (not "taken to hospital", "took part", "took control")."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in kids):
        return any(c.dep_ in ("dobj", "nsubjpass") for c in kids)
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() in CAPTIVE_PLACES for p in c.children)
               for c in kids)


def people_leaving(verb: Token, kids: list[Token]) -> bool:
    """Whether households or residents leave for somewhere else ("300 families left for
    Mpeketoni", "residents moved to camps"): not troops leaving for the front."""
    subject = _relative_antecedent(verb, next((c for c in kids if c.dep_ == "nsubj"), None))
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "About 300 families left for ...", parsed as a phrase
    if subject is None:
        subject = _stranded_subject(verb)
    if subject is None or subject.lemma_.lower() not in LEAVERS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to", "towards", "toward") for c in kids) or any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _LEFT_PLACES or c.lemma_.lower() in HOMES) for c in kids)


# the places people leave when they flee ("left their villages", "left the islands")
_LEFT_PLACES = frozenset({"village", "town", "area", "district", "city", "island", "region", "province", "valley",
                          "settlement", "hamlet", "community", "neighbourhood", "neighborhood", "municipality",
                          "commune", "locality", "county", "quarter", "suburb",
                          # local names for a village or a quarter: Philippine, Ethiopian, Brazilian, Mexican
                          "barangay", "kebele", "favela", "colonia", "sitio"})


def _relative_antecedent(verb: Token, subject: Token | None) -> Token | None:
    """ "80 families who left villages near the front": the relative pronoun stands for
    the noun its clause hangs on."""
    if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subject


def out_of_action(c: Token) -> bool:
    """ "out of action", however the parse hangs it: "out" with "of action" below it."""
    return c.lower_ == "out" and any(g.lower_ == "action" for g in c.subtree)


def _stranded_subject(verb: Token) -> Token | None:
    """ "said between 200 and 300 families had left villages": a range's "between" hung on
    the verb before strands the subject as its object; it is the noun just before the verb."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    t = verb.doc[i] if i >= verb.sent.start else None
    return t if t is not None and t.pos_ == "NOUN" and t.dep_ == "pobj" else None


def households(verb: Token, kids: list[Token]) -> bool:
    """Whether the verb's subject is households ("families", "households"), which move
    together only when they flee."""
    subject = _relative_antecedent(verb, next((c for c in kids if c.dep_ == "nsubj"), None))
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in ("family", "household")


def out_of_homes(kids: list[Token]) -> bool:
    """A "from" or "out of" phrase naming the homes people were driven from."""
    for c in kids:
        if c.lower_ not in ("from", "out") or c.dep_ not in ("prep", "prt", "advmod"):
            continue
        if any(g.lemma_.lower() in HOMES for g in c.subtree):
            return True
    return False


def listed_as(kids: list[Token]) -> str | None:
    """The state an "as" phrase gives: "listed as missing", "registered as displaced"."""
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if g.lower_ in lexicon().adjs:
                    return lexicon().adjs[g.lower_]
    return None


def gave_their_lives(base: str, kids: list[Token]) -> bool:
    """A death told as a gift: "laid down their lives", "gave their lives", "sacrificed their
    lives", "paid the supreme price", "made the ultimate sacrifice" (not "paid a heavy price",
    "made sacrifices", "gave them lifts")."""
    for c in kids:
        if c.dep_ not in ("dobj", "obj"):
            continue
        noun = c.lemma_.lower()
        if noun == "life" and base in LIFE_GIVING:
            return True
        if noun in ULTIMATE_COSTS and any(a.lower_ in ULTIMATE for a in c.children if a.i < c.i):
            return True
    return False


def fell_fighting(kids: list[Token]) -> bool:
    """ "fell in battle", "fell on the battlefield", "fell as martyrs", "fell defending the
    town": a fall in fighting is a death ("the town fell", "fell back", "fell to 12" are not)."""
    if any(c.lower_ in ("back", "behind", "apart") for c in kids):
        return False
    for c in kids:
        if c.dep_ == "prep" and any(g.lemma_.lower() in FALLEN_IN or g.lower_ in FALLEN_IN for g in c.subtree):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("defend", "fight", "resist", "repel"):
            return True
    return False


# what people are treated for, and the care they seek or receive: the count is of the wounded
_TREATED_FOR = frozenset({"wound", "wounds", "injury", "injuries", "burn", "burns", "shrapnel", "gunshot",
                          "fracture", "fractures", "trauma"})
_CARE = frozenset({"treatment", "care", "attention", "help", "aid", "assistance"})


# the verbs that put people in a hospital, or keep them there, with the prepositions they take
_INTO = ("to", "into")
HOSPITAL_PREPS = {"take": _INTO, "rush": _INTO, "admit": _INTO, "bring": _INTO, "send": _INTO, "transfer": _INTO,
                   "fly": _INTO, "airlift": _INTO, "ferry": _INTO,
                   "evacuate": _INTO, "treat": ("in", "at"), "remain": ("in",), "be": ("in",), "lie": ("in",),
                   "stay": ("in",)}


def prep_with(kids: list, preps: tuple[str, ...], lemma: str) -> bool:
    """Whether a child is one of ``preps`` governing ``lemma`` ("to hospital", "in uniform")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(p.lemma_.lower() == lemma for p in c.children)
               for c in kids)


def in_medical_care(base: str, kids: list) -> str | None:
    """People in care after violence, told without "wounded" or a hospital: "were treated for
    shrapnel wounds", "sought medical help", "received treatment" ("sought refuge" is read
    above as displaced; "aid" or "help" needs "medical")."""
    if base == "treat":
        treated = any(c.dep_ == "prep" and c.lower_ == "for"
                      and any(t.lower_ in _TREATED_FOR for t in c.subtree) for c in kids)
        return "wounded" if treated else None
    if base in ("seek", "receive", "need", "require", "get"):
        for c in kids:
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CARE:
                medical = any(m.lower_ in ("medical", "hospital") for m in c.children)
                if medical or c.lemma_.lower() in ("treatment", "care") and base != "need":
                    return "undergo:wounded"  # the subject is cared for, whatever the object
    return None


# what state media send enemies to ("sent 17 khwarij to hell"): a killing, not a deployment
_AFTERLIFE = frozenset({"hell", "grave", "graves", "afterlife"})
# verbs that carry people in ("a further 400 were flown in", "300 soldiers were ferried to Goma")
_CARRY_IN = frozenset({"fly", "ferry", "helicopter", "bus", "truck", "ship", "helicopt"})
# verbs that put people out of a place whatever the place: "1,500 villagers were expelled"
_OUSTING = frozenset({"expel", "evict", "deport"})


def killed_off(base: str, kids: list[Token]) -> bool:
    """State media's words for enemies killed: "wiped out 40 militants", "took out 14
    terrorists", "sent 17 khwarij to hell"."""
    if base == "wipe":
        return any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in kids)
    if base == "take":
        # "took out 14 terrorists", never "took out a loan" nor "took 40 people out of the rubble"
        return any(c.lower_ == "out" and c.dep_ == "prt" for c in kids) and any(
            c.dep_ in ("dobj", "nsubjpass") and lexicon().nouns.get(c.lemma_.lower()) == "armed" for c in kids)
    if base == "send":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ in _AFTERLIFE for p in c.children)
                   for c in kids)
    return False


def carried_in(base: str, kids: list[Token]) -> bool:
    """People flown or ferried in or to a place are a force sent there ("a further 400 were
    flown in overnight"), unless taken to hospital (the wounded)."""
    if base not in _CARRY_IN:
        return False
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in ("hospital", "clinic") for g in c.subtree) for c in kids):
        return False
    return any(c.lower_ in ("in", "into", "to") and c.dep_ in ("prt", "prep", "advmod") for c in kids)


def ousted(base: str, kids: list[Token]) -> bool:
    """ "1,500 villagers were expelled by the rebels", "the army evicted 45 families from the
    hamlet": people expelled, evicted or deported are displaced, whatever they were put out of
    (the words that only say so with a home, "driven", "forced", "pushed", are out_of_homes's)."""
    return base in _OUSTING and any(c.dep_ in ("dobj", "nsubjpass") and
                                    lexicon().nouns.get(c.lemma_.lower()) in ("person", "civilian", "national")
                                    for c in kids)
