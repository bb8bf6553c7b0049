"""Acts told by words the trigger table cannot type alone: a bomb that blew up or went off,
a crowd that staged a protest, fighters who tried to cross and were driven back, a force
that recovered control of a district. Each needs its subject or object to tell it from a
harmless sense ("the row blew up", "lodged a protest", "recovered the bodies"). Read by
:func:`claimledger.extract.events_triggers.trigger_type` before the table.
"""

from __future__ import annotations

from spacy.tokens import Token

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


def act_type(tok: Token) -> str | None:
    """The type of an act these senses tell, or None for every other word."""
    if blast(tok) or attempted_crossing(tok):
        return "attack"
    if protest(tok):
        return "other"
    if control_recovered(tok):
        return "territory_change"
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
    if tok.pos_ == "VERB" and lemma in {"protest", "demonstrate", "rally", "march"}:
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
