"""What a count counts: a measure or a head count, the kind of people or things
counted, and the quantity their kind and fate (:mod:`.fates`) make of it ("Sixty-two
Syrian soldiers were killed and a hundred others were injured": killed, then wounded)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.figures.binding import bare_tally, climb
from claimledger.extract.figures.fates import (
    fate_after_number,
    lost_people,
    participle_for,
    predicate_fate,
    prev_verb_meaning,
    said_to_be_civilians,
    verb_before,
)
from claimledger.extract.figures.labels import word_fate
from claimledger.extract.figures.meanings import civilian_tally, fate_of, noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.roles import role_meaning
from claimledger.extract.figures.syntax import counterfactual, irrealis, phrase_text, unit_kind, unit_of
from claimledger.extract.figures.words import (
    AIR_MUNITIONS,
    ARMED_MEMBERS,
    DIRECT,
    EVENT_MEANINGS,
    FORMATIONS,
    HARMS,
    NOT_WEAPONS,
    PEOPLE_FATES,
    PEOPLE_KINDS,
    PLANTED_MUNITIONS,
    PRONOUNS,
    SHELTERS,
    quantity_family,
)
from claimledger.sides import names_a_group


def _measure(view: FiguresView, m: Mention) -> bool:
    """Distances and areas: "100 meters", "14 kilometers", "a 1,000-kilometre front",
    "12km", "70 nautical miles", "1,200 square kilometres". True when one is read."""
    doc = view.doc
    nxt = doc[m.span.end] if m.span.end < len(doc) else None
    if nxt is not None and nxt.text == "-" and m.span.end + 1 < len(doc):
        nxt = doc[m.span.end + 1]
    if nxt is None:
        return False
    if nxt.lower_ == "nautical" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_.startswith("mile"):
        m.quantity, m.unit = "distance", "nmi"
        return True
    u = unit_of(nxt)
    if not u or u[0] not in ("distance", "area"):
        return False
    if u[0] == "area":
        m.quantity, m.unit = "other", u[1]
        return True
    if nxt.lower_ == "m" and nxt.idx == m.num.num_end and nxt.i + 1 < len(doc):
        after = doc[nxt.i + 1]
        if noun_meaning(after) in PEOPLE_KINDS | DIRECT:
            m.value *= 1_000_000  # "1.5m people": an attached "m" before a counted noun is a million
            m.noun = after
            return False
    m.quantity, m.unit = "distance", u[1]
    return True


def _is_name(noun: Token, m: Mention) -> bool:
    """A counted "noun" that is a proper name or a title-case run of them."""
    if noun.pos_ == "PROPN":
        return True
    if noun.is_sent_start or not noun.text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.text == "-" for t in noun.doc[m.span.end : noun.i + 1])


def _is_civilian(noun: Token | None) -> bool:
    if noun is None:
        return False
    return noun_meaning(noun) == "civilian" or any(c.lower_ == "civilian" for c in noun.lefts)


def _kind(view: FiguresView, m: Mention, what: Token) -> str | None | bool:
    """The meaning of the counted noun; False when the mention counts nothing, True
    when a name-like noun was settled here ("the murder of six Jesuits")."""
    kind = noun_meaning(what)
    if what.lemma_.lower() in PRONOUNS:
        kind = "person"
    if kind == "person" and _of_an_armed_group(what):
        kind = "armed"  # "about 80 members of the Comando Vermelho", "200 men of ISWAP": a group's fighters
    if kind in (None, "other") and m.group is None and _is_name(what, m):
        # "38 Topic US Missile Attack": a name, not a noun, unless a predicate says
        # what happened to it, or a verb just before counts the number ("injured seven
        # Homs Governor ..." in run-on copy)
        found = role_meaning(climb(m, what))[0] or participle_for(what)
        if found in PEOPLE_FATES:
            m.kind, m.quantity, m.arg = None, found, what
            return True
        prior = prev_verb_meaning(view.doc, m)
        if prior == "lose":
            prior = lost_people(view, m)  # "Russia Loses 500 Soldiers"
        if prior not in PEOPLE_FATES:
            return False
        m.noun, m.kind, m.quantity = None, None, prior
        return True
    if what.ent_type_ in ("DATE", "TIME") or unit_kind(what) in (
        "time",
        "money",
        "measure",
        "clock",
        "month",
    ):
        return False
    return kind


def _of_an_armed_group(what: Token) -> bool:
    """ "members of the New People's Army", "men of the Barrio 18 gang": people an of-phrase
    makes an armed group's (one the lexicon knows, or one called a gang, militia, rebels)."""
    if what.lemma_.lower() not in _MEMBERS:
        return False
    for prep in (c for c in what.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            name = [t for t in pobj.subtree if t.i <= pobj.i]
            if pobj.lemma_.lower() in ARMED_MEMBERS or names_a_group(phrase_text(name)):
                return True
    return False


def _settle(
    view: FiguresView, m: Mention, fate: str | None, kind: str | None, what: Token | None
) -> str | None:
    """The quantity from a fate and the noun's kind, or None when nothing is counted."""
    if fate == "lose":
        fate = "equipment" if kind == "equipment" else lost_people(view, m)
    elif fate == "launch":
        fate = (
            "equipment" if kind in (None, "equipment") else "deployed" if kind in ("force", "armed") else None
        )
    if fate == "equipment" and m.group is not None and m.group.lower_ in ("them", "which"):
        return fate  # "64 drones, 27 of them over Belgorod": the pronoun stands for the weapons
    if fate == "equipment" and kind in PEOPLE_KINDS:
        fate = "killed"  # "destroyed 50 militants" in ministry copy
    elif fate == "equipment" and kind not in (None, "equipment"):
        fate = "other"  # "destroyed 300 homes": buildings are not equipment
    if fate is None:
        if kind == "equipment":
            fate = "equipment"  # "two of its tanks"
        elif kind in ("force", "armed") or (kind == "national" and _beside_forces(view, m)):
            fate = "deployed"  # "60,000 Russian troops and 12,000 North Koreans in the region"
        elif kind == "person" and what is not None and _a_groups_strength(view, what):
            fate = "deployed"  # "Barrio 18 has some 12,000 members": the gang's strength
        elif kind is not None:
            fate = "other"
        else:
            return None  # a bare number, or "68 nations", "a thousand words": nothing counted
    if kind is None and what is not None:
        if fate == "captured" and _takes_only_people(m):
            return fate  # "detained 42 border violators": only people are arrested, whatever the noun
        if fate in ("captured", "deployed", "equipment"):
            return None  # "seized 20 Kalashnikovs", "sent 40 convoys": not people, not in the lexicon
        if m.group is None and m.value == 1 and what.tag_ not in ("NNS", "NNPS"):
            return None  # "one reason he's hurting": not a head count
    if fate == "killed" and _is_civilian(what):
        fate = "civilians_killed"
    if fate == "other" and (m.value == 1 or (m.group is not None and m.group.pos_ == "PRON")):
        return None  # "one family", "four of them brothers"
    if what is not None and what.lemma_.lower() in ("force", "side", "party") and m.value < 10:
        return None  # "the two forces", "both sides": parties, not people
    return fate


# verbs whose objects can only be people ("arrested 42 smugglers"), unlike "seized" or "took"
_PEOPLE_TAKING = frozenset({"arrest", "detain", "apprehend", "abduct", "kidnap", "imprison", "jail"})


def _takes_only_people(m: Mention) -> bool:
    """Whether the count's own noun is what such a verb takes (its object, or its subject in
    the passive), not a noun of a verb joined after it ("arrested 17 men and seized 20 rifles")."""
    verb, what = m.verb, m.noun
    if verb is None or what is None or m.value <= 1 or verb.lemma_.lower() not in _PEOPLE_TAKING:
        return False
    return what.head == verb and what.dep_ in ("dobj", "obj", "nsubjpass")


# verbs by which a group states its size ("has 12,000 members", "counts 500 men")
_STRENGTH_VERBS = frozenset({"have", "count", "number", "field", "boast"})
_MEMBERS = frozenset({"member", "man", "fighter", "recruit", "combatant"})
# words a report calls an armed group by ("the Barrio 18 gang", "the FLEC rebels")
_GROUP_AFTER = r"\s+(?:gang|group|militia|cartel|rebels?|insurgents?|guerrillas?|movement|faction)\b"


def _a_groups_strength(view: FiguresView, what: Token) -> bool:
    """ "Police estimate that Barrio 18 has some 12,000 members": members an armed group has
    are its strength; a group is one the lexicon knows, or one the report calls a gang,
    a militia, rebels ("members of the Barrio 18 gang") elsewhere."""
    if what.lemma_.lower() not in _MEMBERS or what.dep_ not in ("dobj", "obj"):
        return False
    verb = what.head
    if verb.lemma_.lower() not in _STRENGTH_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    name = " ".join(t.text for t in subj.subtree if t.dep_ != "det")
    if subj.lemma_.lower() in ARMED_MEMBERS or names_a_group(name):
        return True
    return subj.pos_ == "PROPN" and re.search(re.escape(name) + _GROUP_AFTER, view.text, re.I) is not None


# what vehicles or vessels do, or have done to them, when nothing is lost, destroyed or
# delivered: they stay, are registered, tracked or seen
IDLE_VERBS = {"stay", "remain", "sit", "register", "track", "monitor", "spot", "see", "observe", "detect",
              "dock", "moor", "anchor", "park", "wait", "idle", "queue", "line", "count"}


# prepositions that place people in shelters: "sheltering in three schools", "across 12 sites"
_STAY_PREPS = frozenset({"in", "at", "across", "inside", "among", "between"})


def _where_people_stay(what: Token) -> bool:
    """Shelters a count of people is placed in ("registered 3,460 displaced persons in two
    camps", "sheltering in three schools and a church"): where the counted are, not what
    the report counts ("strikes hit two schools" is still counted)."""
    return what.lemma_.lower() in SHELTERS and what.dep_ == "pobj" and what.head.lower_ in _STAY_PREPS


def idle_things(arg: Token | None) -> bool:
    """Whether the clause over counted vehicles or vessels tells only that they stay or are
    watched ("90 boats have stayed ashore", "30 vessels were being tracked", "40 trucks remain
    stuck"): a count of things, not equipment destroyed or delivered."""
    t = arg
    for _ in range(4):
        if t is None or t.head == t:
            return False
        if t.dep_ in ("nsubj", "nsubjpass"):
            verb = t.head
            return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in IDLE_VERBS
        if t.dep_ not in ("pobj", "prep", "nummod", "quantmod", "appos"):
            return False
        t = t.head
    return False


def went_off(arg: Token | None) -> bool:
    """Whether planted munitions are the subject of what they did ("At least 11 bombs and arson
    attacks hit Pattani", "Five roadside bombs struck army convoys", "Twelve IEDs exploded"):
    the attacks are counted. Not bombs an aircraft drops ("guided bombs"), which are delivered,
    nor bombs found, seized or defused (their objects or passive subjects)."""
    if arg is None or arg.dep_ != "nsubj" or arg.head.pos_ != "VERB":
        return False
    if arg.lemma_.lower() not in PLANTED_MUNITIONS:
        return False
    return not any(c.lower_ in AIR_MUNITIONS for c in arg.lefts)


def _beside_forces(view: FiguresView, m: Mention) -> bool:
    """A count of nationals coordinated with a count of troops."""
    noun = m.noun
    if noun is None:
        return False
    if m.arg is not None and m.arg != noun and noun_meaning(m.arg) == "force":
        return True
    for c in [*noun.children, noun.head]:
        other = next((x for x in view.by_token.values() if x.noun == c and x is not m), None)
        if other is not None and other.kind in ("force", "armed"):
            return True
    return False


def classify(view: FiguresView, m: Mention) -> bool:
    """Set kind, quantity, unit and verb. False when the mention counts nothing."""
    if _measure(view, m):
        return True
    what = m.group if m.group is not None else m.noun
    kind: str | None = None
    if what is not None:
        found = _kind(view, m, what)
        if isinstance(found, bool):
            return found
        kind = found
    m.kind = kind
    if m.left_noun and what is not None and bare_tally(what):
        told = continued_count(view, m)  # "lost 1,540 soldiers ..., bringing the total to 719,000"
        m.quantity = told.quantity if told is not None else None
        return m.quantity is not None
    if m.left_noun and kind in DIRECT:
        own = fate_after_number(view, m)  # "casualties stand at 300 dead and 1,200 wounded"
        if own:
            m.quantity = own
            return True
    if kind == "equipment" and what is not None and any(c.lower_ in NOT_WEAPONS for c in what.lefts):
        kind = m.kind = "other"  # "14 aid trucks", "100 merchant ships": not military equipment
    if kind == "wounded" and what is not None and m.group is None and what.lemma_.lower() == "wound":
        return False  # "received three bullet wounds": wounds on one body, not people wounded
    if kind == "other" and m.value == 1 and m.group is None and what is not None and what.tag_ == "NN":
        return False  # "14 civilians died in one strike": one event, as _settle drops "one family"
    if kind == "other" and m.group is None and what is not None and _where_people_stay(what):
        return False  # "registered 3,460 displaced persons in two camps": where they are, not a count
    if kind in DIRECT and not (m.group is not None and kind in ("other", "equipment")):
        m.quantity = kind
        # still read the verb, for sides ("Russia lost 20 tanks") and checks
        m.arg = climb(m, m.noun if m.noun is not None and not m.left_noun else m.root)
        told, m.verb, agent = role_meaning(m.arg)
        if agent:
            m.agent_verb = m.verb
        elif told == "killed" and kind in ("wounded", "captured", "missing"):
            m.quantity = "killed"  # "17 of the wounded died", "killing 19 prisoners of war"
        if m.quantity == "killed" and (said_to_be_civilians(m.arg) or m.left_noun and civilian_tally(what)):
            m.quantity = "civilians_killed"  # "19 of the dead were women and children", "the civilian death toll"
        if kind == "equipment" and idle_things(m.arg):
            m.quantity = "other"  # "20 to 30 more vessels were being tracked": no loss, no delivery
        if kind == "equipment" and went_off(m.arg):
            m.quantity = "other"  # "At least 11 bombs hit Pattani": attacks counted, no loss, no delivery
        return not (kind in HARMS and irrealis(m.verb))
    m.quantity = _settle(view, m, predicate_fate(view, m, kind), kind, what)
    if m.quantity == "equipment" and idle_things(m.arg if m.arg is not None else m.root):
        m.quantity = "other"  # "two-thirds of the 90 boats have stayed ashore"
    if m.quantity in ("captured", "killed") and _others_of_equipment(view, m, what):
        m.quantity = "equipment"  # "destroyed 31 combat vehicles, while seizing 12 others"
    if m.quantity is not None and view.has_conditions and counterfactual(m.root):
        return False
    # only a verb that tells a fate: when the fate was found by word order ("when soldiers
    # murdered 17 fishermen will not be repeated") the governing verb's modal is not its
    told = m.verb if m.verb is not None and verb_meaning(m.verb) is not None else None
    if told is None:
        # a fate read by word order: the verb right before ("it would have killed at least
        # 5,000 [sic] people", "threatened to murder 10 judges" misparsed as a subject)
        told = verb_before(view.doc, m)
    if m.quantity in HARMS and told is not None and irrealis(told):
        return False  # "threatened to kill 10 judges": an aim, not a toll, and not a count of anyone
    if m.quantity is not None and m.quantity != "distance" and _counts_units(m):
        m.quantity = "other"  # "inflicted losses on three brigades": units, not troops
    return m.quantity is not None


def part_of_the_harmed(view: FiguresView, m: Mention) -> None:
    """ "2 of the 7 soldiers killed were officers": a part of a harmed whole with no fate of
    its own is a part of the dead, not a force (read once every count is classified, as the
    whole often comes after the part)."""
    told = fate_of(verb_meaning(m.verb)) if m.verb is not None else None
    if m.quantity != "deployed" or m.group is None or told in EVENT_MEANINGS:
        return
    whole = view.mention_counting(m.group)
    if whole is not None and whole is not m and whole.quantity in HARMS:
        m.quantity = "killed" if whole.quantity == "civilians_killed" else whole.quantity


def part_of_a_harmed_group(view: FiguresView, m: Mention) -> bool:
    """ "23 of the people killed in the strike were civilians", "Of the injured, 38 were
    evacuated", "Of the dead, 12 were women": a part of people harmed, told by its group
    ("the people killed", "the injured") rather than by a count, is harmed alike when its
    own predicate tells no harm (an evacuation or a description does not undo a wound).
    True when it gave the part that fate."""
    if m.quantity in HARMS or m.quantity == "distance" or m.unit:
        return False
    group = m.group
    if group is None and (m.noun is None or noun_meaning(m.noun) in PEOPLE_KINDS):
        group = _fronted_group(view, m)  # not "with 60 beds" later in "Of the injured, 38 were ..."
    if group is None or group.lemma_.lower() in PRONOUNS:
        return False
    harm = word_fate(group) if group.pos_ != "PROPN" else None
    if harm not in HARMS:
        harm = next((f for f in (word_fate(c) for c in group.children if c.dep_ in ("acl", "amod")) if f in HARMS),
                    None)
    if harm not in HARMS:
        return False
    fate = quantity_family(harm)
    arg = m.root if m.root.dep_ == "nsubj" else (m.arg or m.root)
    m.quantity = "civilians_killed" if fate == "killed" and said_to_be_civilians(arg) else fate
    return True


_PART_OPENING = re.compile(
    r"\s*,\s*(?:among\s+them|including|of\s+whom|among\s+whom)\s+(?:at\s+least\s+|some\s+)?$", re.I)


def whole_of_a_harmed_part(view: FiguresView, m: Mention, after: Mention | None) -> None:
    """ "at least 6 civilians, among them two women, were killed" parsed with the whole as the
    object of "said": the whole shares the harm of the part set inside it."""
    if after is None or m.quantity in HARMS or m.noun is None or after.quantity not in HARMS:
        return
    if after.sent.start != m.sent.start or not _PART_OPENING.match(view.text[m.noun.idx + len(m.noun):after.num.start]):
        return
    fate = quantity_family(after.quantity)
    m.quantity = "civilians_killed" if fate == "killed" and m.kind == "civilian" else fate


def _fronted_group(view: FiguresView, m: Mention) -> Token | None:
    """The group of a sentence opening "Of the injured," or "Out of those wounded," before the count."""
    sent, doc = m.sent, view.doc
    first = doc[sent.start]
    if first.lower_ == "out" and sent.start + 1 < sent.end:
        first = doc[sent.start + 1]
    if first.lower_ != "of":
        return None
    comma = next((t for t in doc[first.i:m.span.start] if t.text == ","), None)
    if comma is None or comma.i > first.i + 6 or any(_counts_things(view.by_token.get(t.i))
                                                      for t in doc[comma.i:m.span.start]):
        return None  # not past a count of things ("with 60 beds")
    words = [t for t in doc[first.i + 1:comma.i] if t.is_alpha and t.pos_ not in ("DET", "PRON")]
    return words[-1] if words and not any(t.like_num for t in doc[first.i:comma.i]) else None


def _counts_things(m: Mention | None) -> bool:
    return m is not None and m.noun is not None and noun_meaning(m.noun) not in PEOPLE_KINDS


def _others_of_equipment(view: FiguresView, m: Mention, what: Token | None) -> bool:
    """ "N others" or "N more" right after a count of weapons in its sentence are more weapons."""
    if what is None or what.lower_ not in ("others", "more") or m.group is not None:
        return False
    before = [p for p in view.ordered if p.sent.start == m.sent.start and p.start < m.start and p.noun is not None]
    return bool(before) and before[-1].quantity == "equipment"


def continued_count(view: FiguresView, m: Mention) -> Mention | None:
    """The count a bare "total" continues: the last head count told before it in its sentence."""
    before = [p for p in view.ordered if p.sent.start == m.sent.start and p.start < m.start]
    return next((p for p in reversed(before) if p.quantity in HARMS | {"displaced", "deployed"}), None)


def _counts_units(m: Mention) -> bool:
    """A number before a formation's name counts formations ("three Ukrainian brigades"),
    not people; "a brigade of 3,000" gives the brigade's strength and is not this."""
    noun = m.noun
    if noun is None or m.left_noun or m.group is not None:
        return False
    return noun.lemma_.lower() in FORMATIONS or noun.lower_.removesuffix("s") in FORMATIONS


def is_one_of_nothing(m: Mention) -> bool:
    """ "one of the largest attacks": "one of" counts a person or a force, nothing else."""
    if m.num.text.strip().lower() != "one" or m.group is None:
        return False
    return noun_meaning(m.group) not in PEOPLE_KINDS | {"killed", "wounded", "casualties", "captured"}


def names_one_of_them(m: Mention) -> bool:
    """ "identified one of the dead as a 16-year-old boy": who one of them was, not a count
    (kept while sides are read, for "nine others" after it, then not reported)."""
    return m.num.text.strip().lower() == "one" and m.group is not None and m.root.dep_ in ("dobj", "obj") \
        and m.root.head.lemma_.lower() in ("identify", "name", "describe")


def names_those_of_them(m: Mention) -> bool:
    """ "two of the dead were a father and his son", "three of the victims were a teacher, a
    nurse and a farmer": who some of the people counted before were, one by one, not a count
    (unlike "two of the dead were children", which says what they were)."""
    if m.group is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in m.group.children):
        return False
    verb = m.root.head
    if m.root.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
               for c in verb.children)
