"""What words say about a count: the meaning of a noun ("casualties", "troops"), of a
verb ("killed", "sent", "lost"), of a participle or a nominal ("the killing of"), and
of the predicate a counted phrase is the subject, object or prepositional object of."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.figures.syntax import (
    has_object,
    noun_key,
    np_tokens,
    own_subject,
    phrase_text,
    sentence_of,
    subject_of,
    verb_lemma,
)
from claimledger.extract.figures.words import (
    BRIDGE,
    DIRECT,
    EVENT_MEANINGS,
    EXPEL,
    FALLEN_IN,
    HOMES,
    LISTING,
    NOT_A_FATE,
    PEOPLE_FATES,
    WEAPON_MODIFIERS,
    lexicon,
)
from claimledger.sides import GOVERNMENT_WORDS, side_of, side_table

_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?s?$")  # F-16s, MiG-29, T-72, Su-25
# Entities a "from" phrase names a sender with: "troops from Chad", "fighters from the north"
_PLACES = ("GPE", "LOC", "NORP")


def noun_meaning(noun: Token) -> str | None:
    """What a noun says it counts: a quantity, or a kind of people ("force", ...)."""
    key = noun_key(noun)
    meaning = lexicon().nouns.get(key) if key else None
    if meaning == "tally":
        return _tally_meaning(noun)
    if meaning == "container":  # "artillery pieces", "air defence systems"
        modifiers = (c for c in noun.lefts if c.dep_ in ("compound", "amod"))
        return "equipment" if any(noun_meaning(c) == "equipment" or c.lower_ in WEAPON_MODIFIERS
                                  for c in modifiers) else None
    if meaning == "person" and noun.lemma_.lower() in ("man", "member") and any(
            c.dep_ == "amod" and c.lower_ in ("armed", "heavily-armed") for c in noun.children):
        return "armed"  # "30 armed members of the MPCP", "200 armed men": as "gunmen", a group's
    if meaning:
        return meaning
    if _MODEL_NAME.match(noun.text) and any(ch.isdigit() for ch in noun.text):
        return "equipment"  # "two F-16s"
    capitalised_plural = noun.tag_ in ("NNPS", "NNS") and noun.text[:1].isupper() and not noun.is_upper
    demonym_like = noun.tag_ == "NNPS" and noun.lower_.endswith(("ans", "is", "ese"))
    if capitalised_plural and (demonym_like or side_of(phrase_text(np_tokens(noun)))):
        return "national"  # "12,000 North Koreans", "20 Palestinians", "2 million Gazans"
    counted = any(c.dep_ == "nummod" for c in noun.children) or (noun.i > 0 and noun.nbor(-1).like_num)
    if counted and noun.text[:1].isupper() and noun.tag_ in ("NNP", "NNPS", "NN", "NNS") and _is_demonym(noun.lower_):
        return "national"  # demonyms without a plural, counted: "2.1 million Burkinabe", "300 Congolese"
    return None


def _is_demonym(word: str) -> bool:
    found = side_table().kind_of.get(word)
    return found is not None and found[1] == "demonym"


def of_phrase(noun: Token) -> list[Token]:
    """A short "of the Syrian army" / "from North Korea" phrase after a noun, when it
    names a force or a state ("members of Syria's National Defence Forces"), not a
    population ("half of Syria's pre-war population")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            toks = [t for t in pobj.subtree if t.i <= pobj.i]
            if any(c.dep_ == "conj" and c.i < child.i for c in noun.children) and side_of(phrase_text(toks)) is None:
                # "63 soldiers and members of the VDP": the parse hangs the phrase on the first noun,
                # but a sideless name after a conjunct is the conjunct's, not the soldiers'
                continue
            forces = noun_meaning(pobj) in ("force", "armed") or pobj.lemma_.lower() in GOVERNMENT_WORDS
            # "from" names where people come from ("troops from Chad"), unless what follows is
            # a thing: "the toll from Israeli air strikes" names the cause, not the dead's side
            sender = child.lower_ == "from" and pobj.ent_type_ in _PLACES
            if len(toks) <= 6 and (forces or sender or pobj.pos_ == "PROPN"):
                return [child, *toks]
    return []


def _tally_meaning(noun: Token) -> str | None:
    """ "death toll" -> killed, "casualty figures" -> casualties, "number of dead" -> killed;
    a bare "toll" is a death toll."""
    lex = lexicon()
    for c in noun.lefts:
        if c.dep_ in ("compound", "amod"):
            m = lex.nouns.get(noun_key(c) or c.lower_) or lex.adjs.get(c.lower_)
            if m in DIRECT and m != "other":
                return m
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    m = noun_meaning(p)
                    if m in DIRECT and m != "other":
                        return m
                    own = participle_after(p)
                    if own:
                        return own
    return "killed" if noun.lemma_.lower() == "toll" else None


def verb_meaning(verb: Token) -> str | None:
    """A verb's lexicon meaning, with its particles read ("shot down", "taken prisoner",
    "shot dead", "went missing", "stoned to death")."""
    if verb.lower_ == "missing":
        return "undergo:missing"  # "7 others are missing", tagged as the verb "miss"
    kids = list(verb.children)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "death" for p in c.children):
            return "killed"  # "stoned to death", "tortured to death", "beaten to death"
    lemma = verb_lemma(verb)
    base = verb.lemma_.lower()
    if base in ("shoot", "gun") or verb.lower_ in ("shot", "shoots"):
        if any(c.lower_ == "dead" for c in kids) or (verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "dead"):
            return "killed"  # "shot dead two soldiers", with "dead" parsed on the soldiers
        if any(c.lower_ == "down" for c in kids):
            return "equipment"
        return "casualties"  # "shot 16 peasants": killed or wounded, the verb does not say
    if base == "bury" and has_object(verb) and not any(c.lower_ in ("under", "beneath") for c in kids):
        return "killed"  # "we have buried 38 people" (not "buried under the rubble")
    if base in ("put", "knock", "take") and any(_out_of_action(c) for c in kids):
        return "casualties"  # "put out of action 3,000 servicemen": killed or wounded, not told which
    if base == "beat" and any(c.lower_ in ("back", "off", "out") for c in kids):
        return None  # "beat back two attacks": repelled, not beaten
    if base in ("take", "hold") and any(c.lemma_.lower() in ("prisoner", "captive", "hostage") for c in kids):
        return "captured"
    if base in ("seek", "find") and any(c.lemma_.lower() in ("refuge", "shelter", "safety", "asylum") for c in kids):
        return "undergo:displaced"  # "600,000 who had sought refuge there"
    if base == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("refuge", "asylum") for c in kids):
        return "undergo:displaced"  # "some 4,500 others have taken refuge around the base"
    if base in ("take", "carry", "lead", "drag", "march") and _carried_off(verb, kids):
        return "captured"  # "two women were taken into the forest", "gunmen took 14 passengers away"
    if base in ("leave", "relocate", "move") and _people_leaving(verb, kids):
        return "undergo:displaced"  # "about 300 families left for Mpeketoni and Hindi"
    if base in ("reach", "arrive") and _households(verb, kids):
        return "undergo:displaced"  # "more than 8,000 families had reached Tawila": whole households on the move
    if base == "sacrifice" and any(c.lemma_.lower() == "life" for c in kids):
        return "undergo:killed"  # "three members of the security forces sacrificed their lives"
    if base in _HOSPITAL_PREPS and prep_with(kids, _HOSPITAL_PREPS[base], "hospital"):
        return "wounded"  # "87 were taken to hospital", "treated in hospital", "41 remain in hospital"
    care = _in_medical_care(base, kids)
    if care:
        return care  # "treated for shrapnel wounds", "sought medical help"
    if base in ("go", "remain", "be", "become", "lie") and lemma in (None, "be"):
        for c in kids:
            if c.dep_ in ("acomp", "attr", "oprd", "advcl", "xcomp") and c.lower_ in lexicon().adjs:
                return combined(c, lexicon().adjs[c.lower_])  # "remain missing", "are dead or wounded"
    if base in EXPEL and _out_of_homes(kids):
        return "displaced"  # "forced from their homes", "driven out of their villages"
    if base in LISTING:
        listed = _listed_as(kids)
        if listed:
            return listed  # "2,000 servicemen are listed as missing", "declared dead"
    if base in ("leave", "abandon", "desert") and any(
        c.dep_ == "prep"
        and c.lower_ == "without"
        and any(g.lemma_.lower() in ("leave", "permission") for g in c.subtree)
        for c in kids
    ):
        return "undergo:deserted"  # "14,000 soldiers have left their units without leave"
    if base == "fall" and _fell_fighting(kids):
        return "undergo:killed"  # "11 soldiers fell in combat", "fell with arms in hand"
    if lemma is None:
        if verb.lower_ in lexicon().adjs and verb.tag_ in ("VBN", "JJ"):
            return lexicon().adjs[verb.lower_]
        return None
    return lexicon().verbs[lemma]


# where captors take people: "into the forest", "into the bush", "into captivity"
CAPTIVE_PLACES = {"forest", "bush", "captivity", "jungle", "hills", "mountains", "wilderness", "custody"}
# who leaves as the displaced do: households and residents, not forces
LEAVERS = {"family", "household", "resident", "villager", "inhabitant", "civilian", "people", "person"}


def _carried_off(verb: Token, kids: list[Token]) -> bool:
    """Whether people are carried off by captors: "taken away", "led off", "taken into the
    bush" (not "taken to hospital", "took part", "took control")."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in kids):
        return any(c.dep_ in ("dobj", "nsubjpass") for c in kids)
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() in CAPTIVE_PLACES for p in c.children)
               for c in kids)


def _people_leaving(verb: Token, kids: list[Token]) -> bool:
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
                          "settlement"})


def _relative_antecedent(verb: Token, subject: Token | None) -> Token | None:
    """ "80 families who left villages near the front": the relative pronoun stands for
    the noun its clause hangs on."""
    if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _out_of_action(c: Token) -> bool:
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


def _households(verb: Token, kids: list[Token]) -> bool:
    """Whether the verb's subject is households ("families", "households"), which move
    together only when they flee."""
    subject = _relative_antecedent(verb, next((c for c in kids if c.dep_ == "nsubj"), None))
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in ("family", "household")


def _out_of_homes(kids: list[Token]) -> bool:
    """A "from" or "out of" phrase naming the homes people were driven from."""
    for c in kids:
        if c.lower_ not in ("from", "out") or c.dep_ not in ("prep", "prt", "advmod"):
            continue
        if any(g.lemma_.lower() in HOMES for g in c.subtree):
            return True
    return False


def _listed_as(kids: list[Token]) -> str | None:
    """The state an "as" phrase gives: "listed as missing", "registered as displaced"."""
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if g.lower_ in lexicon().adjs:
                    return lexicon().adjs[g.lower_]
    return None


def _fell_fighting(kids: list[Token]) -> bool:
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


def fate_of(meaning: str | None) -> str | None:
    """A verb meaning as a quantity: "undergo:killed" -> killed, "launch" -> equipment;
    None for meanings that only say where to look."""
    if meaning is None:
        return None
    meaning = meaning.split(":")[-1]
    if meaning == "launch":
        return "equipment"
    return None if meaning in NOT_A_FATE else meaning


def combined(verb: Token, meaning: str) -> str:
    """ "were killed or injured" -> casualties: a second casualty verb sharing the subject."""
    if meaning not in ("killed", "wounded"):
        return meaning
    others = [
        c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and not own_subject(c)
    ]
    if verb.dep_ == "conj" and not own_subject(verb):
        others.append(verb.head)
    if verb.dep_ in ("acomp", "attr", "oprd"):  # "are dead or wounded" with "wounded" on "are"
        others += [c for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i and not own_subject(c)]
    for o in others:
        if has_object(o) or (o.i + 1 < len(o.doc) and o.nbor(1).like_num):
            continue  # "killed five people and injured seven": each verb has its own count
        lo, hi = sorted((o.i, verb.i))
        if any(t.pos_ in ("NOUN", "NUM", "PRON", "ADJ") for t in o.doc[lo + 1 : hi]):
            continue  # "were killed and many more wounded": the second verb has its own subject
        other = (verb_meaning(o) or "").split(":")[-1]
        if other in ("killed", "wounded") and other != meaning:
            return "casualties"
    return meaning


def participle_after(noun: Token) -> str | None:
    """ "35 people wounded", "20 civilians dead", "five people were killed": the first
    participle or adjective after the noun, across auxiliaries, adverbs, a bracket and
    an apposed noun ("10 people mostly schoolchildren killed")."""
    doc = noun.doc
    sent_end = sentence_of(noun).end
    j = noun.i + 1
    closing = {"(": ")", "[": "]", "--": "--", "—": "—", "–": "–"}
    if j < sent_end and doc[j].text in closing:
        # "24 Daesh terrorists (a group banned in Russia) were killed", "10 other people
        # [not further identified] were also injured", "two children -- aged 4 and 1 -- died"
        end_mark = closing[doc[j].text]
        close = next((k for k in range(j + 1, min(sent_end, j + 15)) if doc[k].text == end_mark), None)
        if close is not None:
            j = close + 1
    steps = 0
    while j < sent_end and steps < 5 and (doc[j].lower_ in BRIDGE or doc[j].tag_ == "RB"):
        j += 1
        steps += 1
    if j + 1 < sent_end and doc[j].tag_ in ("NNS", "NN") and doc[j + 1].lower_ in lexicon().adjs:
        j += 1
    if j >= sent_end:
        return None
    t = doc[j]
    if t.tag_ not in ("VBN", "VBD", "JJ", "NNS", "NN", "NNP", "NNPS", "VBZ"):
        return None
    if t.lower_ in lexicon().adjs:
        meaning: str | None = lexicon().adjs[t.lower_]
    elif t.tag_ in ("VBN", "VBD"):
        raw = verb_meaning(t)
        meaning = None if raw is None or raw in NOT_A_FATE else raw.split(":")[-1]
    else:
        meaning = None
    if has_object(t) and meaning != "displaced":
        return None  # "20 gunmen killed 3 villagers": the gunmen are the agents ("had fled villages" is a fate)
    return combined(t, meaning) if meaning else None


def suffered_fate(verb: Token) -> str | None:
    """ "sustained casualties", "suffered 20 deaths", "inflicted harm on": what the
    object says."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ == "amod" and verb.head.pos_ == "NOUN":
        objs.append(verb.head)  # a parse that made "sustained" a modifier of "casualties"
    for o in objs:
        m = noun_meaning(o)
        if m in PEOPLE_FATES:
            return m
    return None


def _np_meaning(tok: Token) -> str | None:
    """What a phrase says about the people in it: "the dead", "those killed",
    "48 people executed by government forces"."""
    m = noun_meaning(tok)
    if m in EVENT_MEANINGS:
        return m
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.i > tok.i:
            cm = (verb_meaning(c) or "").split(":")[-1]
            if cm in EVENT_MEANINGS:
                return cm
    return None


def among_meaning(head: Token) -> str | None:
    """ "were among the dead", "were identified among those killed", "2 medics among 31 dead"."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            for p in c.children:
                pm = _np_meaning(p) if p.dep_ == "pobj" else None
                if pm:
                    return pm
    return None


def _xcomp_meaning(verb: Token) -> tuple[str | None, Token | None]:
    """ "were said to be killed", "are believed to have died", "reported killed"."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "oprd", "acomp") and c.i > verb.i:
            cm = verb_meaning(c)
            if cm is None and c.lower_ in lexicon().adjs:
                cm = lexicon().adjs[c.lower_]
            cm = (cm or "").split(":")[-1]
            if cm in EVENT_MEANINGS:
                return combined(c, cm), c
    return None, None


def _nominal_meaning(noun: Token) -> str | None:
    """The verb inside an event noun: "the killing of", "the deployment of", "the
    evacuation of", "the abduction of"."""
    lex = lexicon()
    word = noun.lower_
    base = word[:-1] if word.endswith("s") else word
    candidates = [lex.verb_forms.get(word), noun.lemma_.lower()]
    if base.endswith("ment"):
        candidates.append(base[:-4])
    if base.endswith("ion"):
        candidates += [base[:-3], base[:-3] + "e"]
    if base.endswith("er"):
        # "the killers of", "the murderers of", "the kidnappers of" (a doubled consonant)
        candidates += [base[:-2], base[:-3]]
    candidates.append(base + "ate")  # "the assassins of"
    for c in candidates:
        if c and c in lex.verbs:
            meaning = lex.verbs[c].split(":")[-1]
            if meaning in EVENT_MEANINGS:
                return meaning
    return None


def _subject_role(arg: Token, h: Token, dep: str) -> tuple[str | None, Token | None, bool]:
    m = verb_meaning(h)
    says_nothing = m in (None, "tally") or (
        dep == "nsubj"
        and m is not None
        and not m.startswith("undergo:")
        and m not in ("suffer", "lose")
        and has_object(h)
    )
    if says_nothing:
        # "were said to be killed", "were among the dead", "were identified among those killed"
        xm, xv = _xcomp_meaning(h)
        if xm:
            return xm, xv, False
        am = among_meaning(h)
        if am:
            return am, h, False
    if dep != "nsubj":  # a passive subject undergoes what the verb says
        fate = fate_of(m)
        return (combined(h, fate) if fate else None), h, False
    if m is None and h.lemma_.lower() in ("have", "receive") and suffered_fate(h) == "wounded":
        return "wounded", h, False  # "four people have bullet wounds"
    if m is None:
        # "One-third ... had sustained casualties" parsed with "casualties" as root
        return None, (h if h.pos_ in ("VERB", "AUX", "ADJ") else None), False
    if m.startswith("undergo:"):
        return m.split(":")[1], h, False  # "21 soldiers died", "300 troops surrendered"
    if h.lemma_.lower() in ("go", "remain", "be", "become", "lie", "stay") and m in EVENT_MEANINGS:
        return m, h, False  # "30 others remain missing", "went missing"
    if m == "suffer":
        return suffered_fate(h), h, False
    if m == "lose":
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in h.children):
            return "killed", h, False  # "20 people lost their lives"
        return None, h, True  # the loser owns what is lost
    if m == "tally":
        adj = next(
            (c for c in h.children if c.dep_ in ("acomp", "attr") and c.lower_ in lexicon().adjs), None
        )
        return (lexicon().adjs[adj.lower_] if adj is not None else None), h, False
    if has_object(h) or m == "launch":
        # "20 gunmen killed 3 villagers"; "three individuals fired at the car": whoever
        # fires or launches is the attacker, whatever their number
        return None, h, True
    fate = fate_of(m)
    if fate and h.tag_ in ("VBN", "VBD", "JJ"):
        return combined(h, fate), h, False  # "seven others injured"
    return None, h, False


def _object_role(arg: Token, h: Token) -> tuple[str | None, Token | None, bool]:
    for c in h.children:
        if c.dep_ in ("xcomp", "ccomp") and c.i > arg.i:
            cm = verb_meaning(c) or ""
            if cm.startswith("undergo:"):
                return cm.split(":")[1], c, False  # "forced 13,000 residents to flee"
    m = verb_meaning(h)
    if m is None:
        return None, h, False
    if m == "tally":
        # "the dead included 20 children", "among the wounded were four members"
        subj = subject_of(h)
        sm = _np_meaning(subj) if subj is not None else None
        return sm or among_meaning(h), h, False
    if m == "lose":
        return "lose", h, False
    if m == "claim":
        return ("killed" if noun_meaning(arg) in ("person", "civilian") else None), h, False
    if m.startswith("undergo:") or m == "suffer":
        return None, h, False  # "fled their homes": the object is not counted
    return combined(h, m), h, False


def _prep_role(h: Token) -> tuple[str | None, Token | None, bool]:
    p, g = h, h.head
    if p.lower_ == "between" and g.pos_ in ("VERB", "AUX") and p.i > g.i:
        # "Police said between 10 and 12 of the gunmen died": hung on the reporting verb, the
        # range is the subject of the clause it says
        g = next((c for c in g.children if c.dep_ == "ccomp" and c.i > p.i), g)
    if p.lower_ == "between" and g.pos_ in ("VERB", "AUX") and p.i < g.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children):
        # "Between 15 and 20 of the attackers were killed": the parser hangs the range on the
        # verb as a preposition; it is the verb's subject all the same
        passive = any(c.dep_ == "auxpass" for c in g.children)
        return _subject_role(p, g, "nsubjpass" if passive else "nsubj")
    if p.lower_ == "to":
        # "bringing its losses since the start of hostilities to 72,000 troops", with "to"
        # hung on a noun of the phrase in between: the tally verb above it
        for _ in range(4):
            if g.pos_ in ("VERB", "AUX") or g.head == g:
                break
            g = g.head
    if p.lower_ == "of" and g.lemma_.lower() == "life":
        return "killed", (g.head if g.head != g else None), False  # "claimed the lives of 80"
    if p.lower_ in ("to", "at", "by") and g.pos_ in ("VERB", "AUX") and verb_meaning(g) == "tally":
        # "the toll rose to 12", "losses amounting to up to 300 servicemen"
        owners = [c for c in g.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if g.dep_ in ("acl", "relcl") and g.head.pos_ == "NOUN":
            owners.append(g.head)
        for c in owners:
            cm = noun_meaning(c)
            if cm in DIRECT and cm not in ("other", "equipment"):
                return cm, g, False
    if p.lower_ in ("on", "upon") and g.pos_ == "VERB" and g.lemma_.lower() in ("inflict", "cause", "deal"):
        sm = suffered_fate(g)  # "inflicted harm on 200 civilians"
        if sm:
            return sm, g, False
    if p.lower_ == "of" and g.pos_ == "NOUN":
        gm = noun_meaning(g)
        if gm in DIRECT and gm not in ("other", "equipment"):
            return gm, None, False  # "the bodies of 44 victims"
        nm = _nominal_meaning(g)
        if nm:
            return nm, None, False  # "the killing of 5,812 civilians"
    if p.lower_ == "against" and g.pos_ == "NOUN" and _nominal_meaning(g) == "killed":
        return "killed", None, False  # "a massacre against 14 civilians"
    return None, None, False


def role_meaning(arg: Token) -> tuple[str | None, Token | None, bool]:
    """What the predicate over ``arg`` (a counted noun or a bare number) says happened
    to it: (meaning, verb, arg is the agent or owner)."""
    h, dep = arg.head, arg.dep_
    if h == arg:
        return None, None, False
    if h.dep_ in ("aux", "auxpass") and h.head != h:
        h = h.head  # "60,000 are missing" parsed with the auxiliary as the head
    if dep in ("nsubjpass", "csubjpass", "nsubj"):
        return _subject_role(arg, h, dep)
    if dep in ("dobj", "obj", "attr", "oprd", "dative"):
        return _object_role(arg, h)
    if dep == "pobj":
        return _prep_role(h)
    return None, None, False


# what people are treated for, and the care they seek or receive: the count is of the wounded
_TREATED_FOR = frozenset({"wound", "wounds", "injury", "injuries", "burn", "burns", "shrapnel", "gunshot",
                          "fracture", "fractures", "trauma"})
_CARE = frozenset({"treatment", "care", "attention", "help", "aid", "assistance"})


# the verbs that put people in a hospital, or keep them there, with the prepositions they take
_INTO = ("to", "into")
_HOSPITAL_PREPS = {"take": _INTO, "rush": _INTO, "admit": _INTO, "bring": _INTO, "send": _INTO, "transfer": _INTO,
                   "evacuate": _INTO, "treat": ("in", "at"), "remain": ("in",), "be": ("in",), "lie": ("in",),
                   "stay": ("in",)}


def prep_with(kids: list, preps: tuple[str, ...], lemma: str) -> bool:
    """Whether a child is one of ``preps`` governing ``lemma`` ("to hospital", "in uniform")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(p.lemma_.lower() == lemma for p in c.children)
               for c in kids)


def _in_medical_care(base: str, kids: list) -> str | None:
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
