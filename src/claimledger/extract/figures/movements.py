"""What a count of people's own movement or state tells when the clause's verb alone does
not: people who left, were forced out, were moved to shelters or live in camps are
displaced; people held or freed were captured; a force's members who took part in an
attack or were gathered are its strength; people who became a harm's victims are its
casualties. Split from fates.py, which asks :func:`movement_fate` once the clause is read."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.figures.meanings import fate_of, noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import Mention
from claimledger.extract.figures.states import forced_out, freed, held, in_captivity, refuge_told, sheltering
from claimledger.extract.figures.syntax import has_object
from claimledger.extract.figures.words import ARMED_MEMBERS, ASSEMBLE_VERBS, EXPEL, HOMES, PEOPLE_KINDS, SHELTERS

# verbs by which others move people away from danger ("were moved to shelters", "evacuated to camps")
MOVING_VERBS = {"move", "relocate", "transfer", "evacuate", "resettle", "bus", "ferry", "shift"}
# where people are moved to be safe: "safer areas", "safe locations", "a secure zone"
SAFE_WORDS = {"safe", "safer", "safest", "secure", "secured"}
SAFE_PLACES = {"area", "areas", "place", "places", "location", "locations", "zone", "zones", "ground", "haven",
               "site", "sites"}
# words for an amount before "of" that the tagger may take for a name at a paragraph's start
AMOUNT_WORDS = {"upwards", "upward", "more", "over", "some", "around", "about", "nearly", "almost"}
# whom a hospital or a prison moves: not people displaced by the fighting
KEPT_PEOPLE = {"patient", "prisoner", "detainee", "inmate", "body", "wounded", "injured", "casualty", "soldier",
               "troop", "serviceman", "fighter", "officer"}
# verbs of people quitting a place (with the place as object): "left", "abandoned", "deserted"
LEAVING_VERBS = {"leave", "escape", "evacuate", "abandon", "desert", "flee"}
# an organisation's people, whom it moves or evacuates itself: not displaced by the fighting
STAFF = {"staff", "staffer", "employee", "personnel", "diplomat", "colleague", "volunteer", "contractor",
         "member"}
# who leaves as the displaced do
LEAVERS = {"family", "household", "resident", "villager", "inhabitant", "civilian", "people", "person", "child",
           "woman", "local", "dweller", "citizen", "evacuee"}


def movement_fate(fate: str | None, m: Mention, kind: str | None, climbed: Token, noun: Token | None) -> str | None:
    """The count's fate once its people's movement or state is read (``fate`` as the clause
    told it so far; ``climbed`` the count's argument in the clause, ``noun`` its noun)."""
    if (
        fate in (None, "deserted")
        and kind in ("person", "civilian", "national")
        and climbed.dep_ == "nsubj"
        and climbed.head.lemma_.lower() in LEAVING_VERBS
        and has_object(climbed.head)
    ):
        # "18,000 civilians left the besieged districts", "600 households abandoned the village",
        # "1,000 villagers have deserted their farms": people who quit a place are displaced,
        # not deserters (a force's members desert)
        fate = "displaced"
    who = m.group if m.group is not None else noun
    if fate == "displaced" and who is not None and who.lemma_.lower() in STAFF \
            and climbed.head.lemma_.lower() in MOVING_VERBS:
        fate = "other"  # "MSF evacuated 16 of its staff to Juba": an employer moves its people, none displaced
    if fate in (None, "other") and kind in ("person", "civilian", "national") and forced_out(climbed):
        fate = "displaced"  # "attacks forced about 94,000 people to leave their villages"
    if fate in (None, "other") and kind in ("person", "civilian", "national") and (
            sheltering(climbed) or _driven_from_homes(climbed)):
        fate = "displaced"  # "housed in schools", "forced an estimated 14,000 people from their homes"
    if fate in (None, "other") and kind in ("person", "civilian", "national"):
        # "Many are now sheltering in church compounds, among them some 300 children", "Dozens
        # were killed in the raid, among them 14 children": part of those people, with their fate
        fate = _fate_of_those_among(m) or fate
    if fate in (None, "other") and kind in ("person", "civilian", "national") and _fled_just_before(m, climbed, noun):
        fate = "displaced"  # "Many families have left for Bouna. I would say about 400 people since Tuesday."
    if fate in (None, "other", "deployed") and kind in PEOPLE_KINDS and (
            held(climbed, kind) or (m.group is not None and in_captivity(m.group))):
        fate = "captured"  # "more than 8,000 Ukrainians remain in Russian captivity"
    if fate in (None, "other", "deployed") and (kind in PEOPLE_KINDS or (noun is None and m.group is None)) \
            and freed(climbed):
        fate = "captured"  # "Ukraine brought home 146 servicemen in an exchange": prisoners freed
    if fate == "deployed" and kind in ("person", "civilian") and climbed.head.lemma_.lower() == "arrive" \
            and noun is not None and noun.dep_ != "appos" and noun.lemma_.lower() not in ("man", "men"):
        # not "two more brigades, roughly 3,000 men, arrived": men of a unit are a force
        fate = "displaced"  # "1,200 people had arrived in Kidira": people who arrive somewhere fled there
    if fate == "deployed" and kind == "national" and climbed.dep_ == "nsubj" and refuge_told(climbed):
        fate = "displaced"  # "the refugee agency said 9,500 South Sudanese had arrived at entry points"
    if fate in (None, "other") and kind in ("person", "civilian", "national") and _became_victims(climbed):
        fate = "casualties"  # "393 citizens have become victims of mine explosions": killed or hurt
    armed = kind in ("force", "armed") or (kind == "person" and any(
        c.lower_ in ARMED_MEMBERS for c in climbed.children if c.dep_ in ("compound", "amod")))
    if fate in (None, "other") and armed and _took_part(climbed):
        fate = "deployed"  # "about 150 gang members took part in the assault": the attackers' strength
    if fate in (None, "other") and kind in PEOPLE_KINDS and kind != "civilian" and climbed.dep_ in ("dobj", "obj") \
            and climbed.head.lemma_.lower() in ASSEMBLE_VERBS:
        fate = "deployed"  # "the group had gathered about 800 of its members": a force's strength
    if (
        fate in (None, "other")
        and (kind in ("person", "civilian", "national") or (m.group is not None and m.group.lower_ == "us")
             or (noun is None and m.group is None and _among_the_fleeing(m)))
        and climbed.dep_ in ("nsubj", "dobj")
        and climbed.head.lemma_.lower() in ("move", "relocate", "transfer", "run", "cross", "stream", "pour")
        and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("to", "out", "from", "into") for c in climbed.head.children
        )
    ) or (fate in (None, "other") and kind in ("person", "civilian", "national") and moved_to_safety(climbed, noun)):
        # "1,500 residents have moved to camps", "moved 2,000 residents out of", "3,000 of us
        # ran into the bush", "375,000 people crossed into Syria" (people, not troops); but
        # "moved two more brigades, around 5,000 men, to this direction": men of a unit are a force
        fate = "deployed" if _men_of_a_unit(noun) else "displaced"
    return fate


def moved_to_safety(climbed: Token, noun: Token | None) -> bool:
    """ "18,000 residents had been moved to temporary shelters", "2,400 villagers were
    relocated to safer areas", "authorities evacuated 3,500 people to camps": people others
    moved to a shelter or a safe place are displaced; a hospital's patients or a prison's
    inmates moved elsewhere, and troops, are not."""
    amount = climbed.head.head
    if climbed.dep_ == "pobj" and climbed.head.lower_ == "of" and (
            amount.pos_ in ("ADJ", "ADV", "NUM") or amount.lower_ in AMOUNT_WORDS):
        climbed = climbed.head.head  # "Upwards of 18,000 people were evacuated": the amount is the subject
    verb = climbed.head
    if climbed.dep_ not in ("nsubjpass", "dobj", "obj") or verb.lemma_.lower() not in MOVING_VERBS:
        return False
    if noun is not None and noun.lemma_.lower() in KEPT_PEOPLE:
        return False
    goals = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards")
             for p in c.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() in SHELTERS or (p.lower_ in SAFE_PLACES and any(
            a.lower_ in SAFE_WORDS for a in p.children)) for p in goals):
        return True
    # "residents were evacuated from the border villages": the evacuation of a place's people
    return noun is not None and noun.lemma_.lower() in LEAVERS and verb.lemma_.lower() == "evacuate"


def _driven_from_homes(climbed: Token) -> bool:
    """ "forced an estimated 14,000 people from their homes", "3,000 residents were driven
    out of their villages", with the "from" phrase read on the people, not on the verb."""
    if climbed.dep_ not in ("dobj", "obj", "nsubjpass") or climbed.head.lemma_.lower() not in EXPEL:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("from", "out") and any(g.lemma_.lower() in HOMES for g in c.subtree)
               for c in climbed.children)


# verbs by which a speaker only puts a number on what the sentence before told ("I would say
# about 400 people", "we estimate some 2,000 people so far")
_PUTTING_VERBS = {"say", "estimate", "guess", "think", "reckon", "count", "put"}


def _fled_just_before(m: Mention, climbed: Token, noun: Token | None) -> bool:
    """A count of people that a speaker only puts a number on, right after a sentence of
    households or residents leaving ("Many families have left for Bouna and Doropo. I would
    say about 400 people since Tuesday."): the count is of those who left."""
    if noun is None or noun.lemma_.lower() not in LEAVERS or climbed.dep_ not in ("dobj", "obj", "ROOT") or (
            climbed.dep_ != "ROOT" and climbed.head.lemma_.lower() not in _PUTTING_VERBS):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "relcl", "acl") for c in climbed.children):
        return False  # "400 people who live there": the count has a predicate of its own
    before = _sentence_before(m)
    return before is not None and any(t.pos_ == "VERB" and fate_of(verb_meaning(t)) == "displaced" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in LEAVERS for c in t.children) for t in before)


# words for an uncounted crowd as a clause's subject ("Many are sheltering", "Dozens were killed")
_CROWDS = {"many", "most", "some", "dozens", "hundreds", "thousands", "scores", "others", "they", "several"}


def _fate_of_those_among(m: Mention) -> str | None:
    """The fate of the people a count is tacked on to with "among them" ("Many are now
    sheltering in church compounds, among them some 300 children": displaced; "Dozens were
    killed when the market was shelled, among them 14 children": killed), from the subject
    and verb of the clause the "among" phrase hangs on, or of the clause that one depends on."""
    doc = m.sent.doc
    window = doc[max(m.sent.start, m.span.start - 3):m.span.start]
    among = next((t for t in window if t.lower_ == "among"), None)
    if among is None or not any(t.lower_ in ("them", "whom") for t in window):
        return None
    verb = among.head
    if verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head  # "among them" parsed on the counted children, whose verb tells
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.lower_ in _CROWDS or noun_meaning(subject) in PEOPLE_KINDS):
            if subject.dep_ == "nsubj" and sheltering(subject):
                return "displaced"
            fate = fate_of(verb_meaning(verb))
            return fate if fate in ("displaced", "killed", "wounded", "casualties", "captured", "missing") else None
        if verb.dep_ not in ("advcl", "conj", "relcl") or verb.head == verb:
            return None
        verb = verb.head  # "Dozens were killed when the market was shelled, among them ..."
    return None


def _took_part(subject: Token) -> bool:
    """ "took part in", "participated in": a force's part in an attack is its strength there."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb == subject:
        return False
    lemma = verb.lemma_.lower()
    return lemma == "participate" or (lemma == "take" and any(c.lower_ == "part" for c in verb.children))


def _men_of_a_unit(noun: Token | None) -> bool:
    """Whether the counted people stand in apposition to a force or its units
    ("two more brigades, around 5,000 men")."""
    if noun is None or noun.dep_ != "appos" or noun.head == noun:
        return False
    return noun_meaning(noun.head) == "force"


def _became_victims(noun: Token) -> bool:
    """ "393 citizens have become victims of mine explosions", "40 people were victims of the
    shelling": people who are or became the victims of a harm are its casualties."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() not in ("be", "become"):
        return False
    return any(c.dep_ in ("attr", "acomp", "oprd") and c.lemma_.lower() == "victim"
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
               for c in noun.head.children)


def _among_the_fleeing(m: Mention) -> bool:
    """Whether a bare count's sentence, or the one before it in its paragraph, tells of people
    fleeing ("Most have fled south, while some 6,000 crossed into Nampula"; "8,000 people had
    fled Ulang. Some 2,300 had crossed the border into Ethiopia"): the count is of those who fled."""
    if any(t.pos_ == "VERB" and fate_of(verb_meaning(t)) == "displaced" for t in m.sent if t not in m.span):
        return True
    before = _sentence_before(m)
    return before is not None and any(t.pos_ == "VERB" and fate_of(verb_meaning(t)) == "displaced" for t in before)


def _sentence_before(m: Mention) -> Span | None:
    """The sentence before the count's, when both are in one paragraph."""
    start = m.sent.start
    if start == 0:
        return None
    last = m.sent.doc[start - 1]
    if "\n" in last.whitespace_ or "\n" in last.text:
        return None
    return last.sent
