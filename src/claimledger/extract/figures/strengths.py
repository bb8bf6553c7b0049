"""Counts that give the size of a body of people rather than what befell them: a unit sent
("2 additional companies were sent to Kidal", "two more battalions were moved to the front",
"an additional battalion of 600 men", "fresh reinforcements, 1,200 men, reached the city")
is a deployment, and a crowd's size ("police estimated the crowd at 5,000", "a crowd of about
10,000", "the rally drew 20,000 supporters") is counted as ``other`` (the record has no crowd
quantity) with the crowd as its subject, not as the police who estimated it.

A number before a formation's name counts formations, not troops (counted.py keeps "losses
on three brigades" ``other``); moved by a verb of sending, the formations are a force sent,
which the record counts as ``deployed`` whatever it is counted in. "Companies" are read as
units only when a verb of sending moves them: a business is never flown in."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.meanings import noun_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import np_tokens, phrase_text
from claimledger.extract.figures.words import FORMATIONS, HARMS
from claimledger.extract.gazetteer import gazetteer
from claimledger.sides import names_a_group, side_of

# verbs (lemmas) that move a force somewhere: its formations are then a force sent
_SENDING = frozenset({"send", "deploy", "redeploy", "dispatch", "move", "transfer", "fly", "airlift", "rush",
                      "station", "post", "bring", "ferry", "ship", "reinforce", "commit", "mobilize",
                      "mobilise", "add", "arrive", "reach", "enter", "pour"})
# formations besides the lexicon's, which a number before them counts when they are sent
_SENT_FORMATIONS = FORMATIONS | {"company", "companies", "battery", "batteries"}
# bodies whose size an "of" phrase or an apposition gives ("a battalion of 600 men")
_UNITS = FORMATIONS | {"company", "reinforcement", "reinforcements", "force", "column", "convoy", "deployment", "squad",
                       "contingent", "detachment", "platoon"}
# people by their plain names, whom a unit's "of" phrase makes troops ("600 men", "300 members")
_PLAIN_PEOPLE = frozenset({"man", "men", "member", "person", "people", "individual", "volunteer"})
# a crowd, a rally or a march, whose size a number gives
_GATHERINGS = frozenset({"crowd", "crowds", "rally", "protest", "demonstration", "march", "gathering", "sit-in",
                         "procession", "throng", "turnout", "vigil"})
# people a gathering is made of
_GATHERED = frozenset({"protester", "demonstrator", "marcher", "supporter", "participant", "mourner"})
# the words between a gathering and the "at" of its estimate ("estimated the crowd at", "put
# the number of protesters at"): a few
_REACH = 8


def sized_body(view: FiguresView, m: Mention) -> bool:
    """Give a count the quantity of the body it sizes: a unit sent, or a crowd. True when it did."""
    if m.quantity in HARMS or m.quantity in ("distance", "displaced", "equipment") or m.labelled or m.unit:
        return False
    return _formations_sent(m) or _unit_of_people(m) or _armed_people(m) or _force_held(m) or _crowd(view, m)


def _formations_sent(m: Mention) -> bool:
    """ "2 additional companies were sent", "the army moved two more battalions to the front",
    "dispatched 3 battalions of gendarmes": formations sent are a deployment."""
    noun = m.noun
    if noun is None or m.left_noun or m.group is not None:
        return False
    if noun.lemma_.lower() not in _SENT_FORMATIONS and noun.lower_ not in _SENT_FORMATIONS:
        return False
    verb = _governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in _SENDING:
        return False
    if verb.lemma_.lower() in ("add", "bring") and not _to_or_in(verb):
        return False  # "added two companies to its portfolio" is no deployment; "brought in" is
    m.quantity, m.kind = "deployed", "force"
    m.owner_side = m.owner_side or area_force_side(noun)
    return True


# words that make a name a state's armed or police body ("the Sindh Police", "the Assam Police
# Battalion", "the Provincial Armed Constabulary")
_FORCE_NAMES = frozenset({"police", "constabulary", "rifles", "rangers", "battalion", "gendarmerie", "guard"})


def area_force_side(noun: Token) -> str | None:
    """ "two companies of the Assam Police Battalion", "four platoons of the Sindh Police": a
    police or armed body named after a province or state is that country's own (a province
    keeps no army of a side of its own); the area must lie in one country only."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    words = [t for t in of.subtree if t.i > of.i]
    force = next((k for k, t in enumerate(words) if t.lower_ in _FORCE_NAMES and t.text[:1].isupper()), None)
    if force is None:
        return None
    first = next((k for k, t in enumerate(words[:force]) if t.text[:1].isupper()), None)
    if first is None or not all(t.text[:1].isupper() for t in words[first:force]):
        return None  # the capitalised name runs up to the force word: "Uttar Pradesh Provincial Armed Constabulary"
    doc = noun.doc
    for end in range(min(force, first + 3), first, -1):  # the longest area name that opens it
        areas = gazetteer().lookup_region(doc[words[first].i:words[end - 1].i + 1].text)
        countries = {a.country for a in areas if a.kind == "region" and a.admin1 is not None}
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def _unit_of_people(m: Mention) -> bool:
    """ "an additional battalion of 600 men", "reinforcements, 1,200 men, reached the city", "25
    members of a mobile squad": people a unit is made of are its strength."""
    noun = m.noun
    if noun is None or m.group is not None or m.quantity not in (None, "other"):
        return False
    if noun.lemma_.lower() not in _PLAIN_PEOPLE and noun.lower_ not in _PLAIN_PEOPLE:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        unit = head.head
    elif noun.dep_ == "appos":
        unit = head
    elif (beside := unit_before_comma(noun)) is not None:
        unit = beside  # "deployed a battalion, around 450 men, to …": the parser's slip
    else:
        # "a further 25 members of a mobile squad were expected": people of a unit are its strength
        unit = next((p for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
        if unit is None or unit.lemma_.lower() in ("company", "force"):
            return False  # a company is a business too; "members of the force" is state_bodies' reading
    if unit.lemma_.lower() not in _UNITS and unit.lower_ not in _UNITS:
        return False
    m.quantity, m.kind = "deployed", "force"
    m.owner_side = m.owner_side or _sender_side(unit)  # "Chad sent a battalion of 600 men": Chad's
    return True


# words of approximation the parser may read as a preposition ("around 600 men" as "around" + object)
_ABOUT = frozenset({"around", "about", "some", "approximately", "nearly", "roughly", "over"})


def unit_before_comma(noun: Token) -> Token | None:
    """ "we have deployed an extra battalion, around 450 men, to the region": the parser hangs the
    people set off by commas on the verb (as a bare noun phrase, or as the object of "around"),
    not on the unit they size; the unit is the verb's object that ends just before the comma
    opening their phrase."""
    phrase = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in _ABOUT and noun.head.dep_ in ("prep", "advmod"):
        phrase = noun.head
    elif noun.dep_ != "npadvmod":
        return None
    first = min(t.i for t in phrase.subtree)
    doc = noun.doc
    if first < 2 or doc[first - 1].text != ",":
        return None
    unit = doc[first - 2]
    verb = phrase.head
    if verb.dep_ == "prep" and phrase.dep_ == "advmod":
        verb = verb.head  # "around" read as a modifier of the "to" that follows: the verb is above it
    if unit.dep_ not in ("dobj", "obj", "nsubjpass") or unit.head != verb:
        return None
    return unit


# bodies of people that, sized by an "of" phrase, are an armed force ("a mob of 300 people", "a gang
# of 12 men"); a plain "group" only when armed ("an armed group of 9 persons")
_ARMED_BODIES = frozenset({"mob", "gang", "band", "posse"})


def _armed_people(m: Mention) -> bool:
    """ "300 people armed with machetes", "a mob of 300 people", "an armed group of 9 persons":
    the strength of those who attack, counted as ``deployed`` with no state's side (a crowd
    that marches is counted by ``_crowd``). A fate the clause gives ("40 men armed with rifles
    were killed") was read first: ``sized_body`` only sees counts nothing befell."""
    noun = m.noun
    if noun is None or m.group is not None or m.quantity not in (None, "other"):
        return False
    if noun.lemma_.lower() not in _PLAIN_PEOPLE and noun.lower_ not in _PLAIN_PEOPLE:
        return False
    armed = any(c.dep_ in ("acl", "amod") and c.i > noun.i and c.lower_ == "armed"
                and any(p.lower_ == "with" for p in c.children) for c in noun.children)
    if not armed and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        body = noun.head.head
        armed = body.lemma_.lower() in _ARMED_BODIES or (
            body.lemma_.lower() in ("group", "unit", "party", "detachment")
            and any(c.dep_ == "amod" and c.lower_ in ("armed", "heavily-armed") for c in body.children))
    if not armed:
        return False
    m.quantity, m.kind = "deployed", "armed"
    return True


# verbs (lemmas) by which a force has or is its men: "we are 3,000 men", "Wagner had 1,500 men in Mali"
_HOLDING = frozenset({"be", "have", "number", "count", "field", "keep", "maintain", "muster", "station"})
# subjects that speak of themselves as a force in an interview's answer
_WE = frozenset({"we"})


def _force_held(m: Mention) -> bool:
    """ "We are about 3,000 men", "Wagner had some 1,500 men in Mali", "the brigade has 2,000 men":
    the men a force has or is are its strength, counted as ``deployed``. The holder must be a
    force: the speaker's "we" (an interview's answer), a named body, or a unit; "the victims were
    30 men" sizes no force. Only "men": "people" a town has are its residents."""
    noun = m.noun
    if noun is None or m.group is not None or m.quantity not in (None, "other") or noun.lower_ != "men":
        return False
    verb = noun.head
    if noun.dep_ not in ("attr", "dobj", "obj") or verb.lemma_.lower() not in _HOLDING:
        return False
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if holder is None:
        return False
    # a named body, not a town ("Kidal had 300 men of fighting age"), which NER may not tag
    named = holder.pos_ == "PROPN" and (holder.ent_type_ in ("ORG", "NORP") or (
        holder.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON", "DATE") and not gazetteer().lookup(holder.text)))
    if not (holder.lower_ in _WE or named or holder.lemma_.lower() in _UNITS or holder.lower_ in _UNITS):
        return False
    m.quantity, m.kind = "deployed", "force"
    return True


def _sender_side(unit: Token) -> str | None:
    """The state that sends a unit, when the sending verb's subject names one."""
    verb = _governing_verb(unit)
    if verb is None or verb.lemma_.lower() not in _SENDING or unit.dep_ not in ("dobj", "obj"):
        return None
    sender = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if sender is None or sender.pos_ == "PRON":
        return None
    words = phrase_text(np_tokens(sender))
    return None if names_a_group(words) else side_of(words)


def _crowd(view: FiguresView, m: Mention) -> bool:
    """ "police estimated the crowd at 5,000", "organisers put the number of marchers at
    15,000", "a crowd of about 10,000": the crowd's size, counted as other, with the crowd as
    its subject (not the police who estimated it)."""
    crowd = _estimated_gathering(view, m) or _gathering_of(m)
    if crowd is None:
        return False
    m.quantity, m.kind = "other", None
    if m.noun is not None and noun_meaning(m.noun) in ("force", "armed"):
        m.noun = None  # "police put the number at 4,000": the police estimate, the crowd is counted
    m.subject = phrase_text(np_tokens(crowd))
    return True


def _estimated_gathering(view: FiguresView, m: Mention) -> Token | None:
    """The gathering an estimate's "at" gives the size of: "the crowd at 5,000", "the number of
    protesters at 4,000", "turnout at 20,000"."""
    doc = view.doc
    k = m.span.start - 1
    while k >= m.sent.start and doc[k].idx >= m.num.start:
        k -= 1
    if k < m.sent.start or doc[k].lower_ != "at":
        return None
    for t in reversed(doc[max(m.sent.start, k - _REACH):k]):
        if t.i in view.by_token or t.lower_ == "at":
            return None
        if t.pos_ == "NOUN" and (t.lemma_.lower() in _GATHERINGS or t.lemma_.lower() in _GATHERED):
            return t
        if t.pos_ == "NOUN" and t.lemma_.lower() == "number" and _about_a_gathering(m.sent):
            # "put the number of protesters at 4,000", "police put the number at 4,000" after "joined the march"
            return next((c for c in t.subtree if c.lemma_.lower() in _GATHERED), None) or next(
                (c for c in m.sent if c.pos_ == "NOUN" and c.lemma_.lower() in _GATHERINGS), t)
    return None


def _gathering_of(m: Mention) -> Token | None:
    """ "a crowd of about 10,000", "a rally of 5,000 people": the gathering an "of" phrase sizes."""
    top = m.noun if m.noun is not None and not m.left_noun else m.root
    if top.dep_ == "nummod":
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "of":
        return None
    gathering = top.head.head
    return gathering if gathering.lemma_.lower() in _GATHERINGS else None


def _about_a_gathering(sent) -> bool:
    return any(t.lemma_.lower() in _GATHERINGS or t.lemma_.lower() in _GATHERED
               or t.lemma_.lower() in ("protest", "demonstrate", "rally", "march", "gather") for t in sent)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a counted noun is the object or passive subject of, over a conjunct ("sent two
    companies and a battery"); an active subject moves itself ("two battalions arrived")."""
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and t.head.pos_ in ("VERB", "AUX"):
        verb = t.head
        if t.dep_ == "nsubj" and verb.lemma_.lower() not in ("arrive", "reach", "enter", "pour", "move"):
            return None
        return verb
    return None


def _to_or_in(verb: Token) -> bool:
    return any(c.lower_ in ("in", "into", "to") and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)

