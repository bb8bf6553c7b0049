"""What words say about a count: the meaning of a noun ("casualties", "troops"), of a
verb ("killed", "sent", "lost", with what its particles add: verb_frames.py), and of a
participle after a counted noun ("35 people wounded"). What the predicate over a counted
phrase says happened to it is roles.py's."""

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
    verb_lemma,
)
from claimledger.extract.figures.token_memo import per_token
from claimledger.extract.figures.verb_frames import (
    HOSPITAL_PREPS,
    carried_in,
    carried_off,
    fell_fighting,
    gave_their_lives,
    households,
    in_medical_care,
    killed_off,
    listed_as,
    ousted,
    out_of_action,
    out_of_homes,
    people_leaving,
    prep_with,
)
from claimledger.extract.figures.words import (
    BRIDGE,
    DIRECT,
    EXPEL,
    LISTING,
    NOT_A_FATE,
    WEAPON_MODIFIERS,
    lexicon,
)
from claimledger.sides import GOVERNMENT_WORDS, side_of, side_table

_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?s?$")  # F-16s, MiG-29, T-72, Su-25
# Entities a "from" phrase names a sender with: "troops from Chad", "fighters from the north"
_PLACES = ("GPE", "LOC", "NORP")


@per_token
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


@per_token
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
    if base in ("put", "knock", "take") and any(out_of_action(c) for c in kids):
        return "casualties"  # "put out of action 3,000 servicemen": killed or wounded, not told which
    if base == "beat" and any(c.lower_ in ("back", "off", "out") for c in kids):
        return None  # "beat back two attacks": repelled, not beaten
    if base in ("take", "hold") and any(c.lemma_.lower() in ("prisoner", "captive", "hostage") for c in kids):
        return "captured"
    if base in ("seek", "find") and any(c.lemma_.lower() in ("refuge", "shelter", "safety", "asylum") for c in kids):
        return "undergo:displaced"  # "600,000 who had sought refuge there"
    if base == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("refuge", "asylum") for c in kids):
        return "undergo:displaced"  # "some 4,500 others have taken refuge around the base"
    if base in ("take", "carry", "lead", "drag", "march") and carried_off(verb, kids):
        return "captured"  # "two women were taken into the forest", "gunmen took 14 passengers away"
    if base in ("leave", "relocate", "move") and people_leaving(verb, kids):
        return "undergo:displaced"  # "about 300 families left for Mpeketoni and Hindi"
    if base in ("reach", "arrive") and households(verb, kids):
        return "undergo:displaced"  # "more than 8,000 families had reached Tawila": whole households on the move
    if gave_their_lives(base, kids):
        return "undergo:killed"  # "three members of the security forces sacrificed their lives"
    if base in HOSPITAL_PREPS and prep_with(kids, HOSPITAL_PREPS[base], "hospital"):
        return "wounded"  # "87 were taken to hospital", "treated in hospital", "41 remain in hospital"
    care = in_medical_care(base, kids)
    if care:
        return care  # "treated for shrapnel wounds", "sought medical help"
    if base in ("go", "remain", "be", "become", "lie") and lemma in (None, "be"):
        for c in kids:
            if c.dep_ in ("acomp", "attr", "oprd", "advcl", "xcomp") and c.lower_ in lexicon().adjs:
                return combined(c, lexicon().adjs[c.lower_])  # "remain missing", "are dead or wounded"
    if (base in EXPEL and out_of_homes(kids)) or ousted(base, kids):
        return "displaced"  # "forced from their homes", "driven out of their villages", "were expelled"
    if killed_off(base, kids):
        return "killed"  # "wiped out 40 militants", "sent 17 khwarij to hell"
    if carried_in(base, kids):
        return "deployed"  # "a further 400 were flown in"
    if base in LISTING:
        listed = listed_as(kids)
        if listed:
            return listed  # "2,000 servicemen are listed as missing", "declared dead"
    if base in ("leave", "abandon", "desert") and any(
        c.dep_ == "prep"
        and c.lower_ == "without"
        and any(g.lemma_.lower() in ("leave", "permission") for g in c.subtree)
        for c in kids
    ):
        return "undergo:deserted"  # "14,000 soldiers have left their units without leave"
    if base == "fall" and fell_fighting(kids):
        return "undergo:killed"  # "11 soldiers fell in combat", "fell with arms in hand"
    if lemma is None:
        if verb.lower_ in lexicon().adjs and verb.tag_ in ("VBN", "JJ"):
            return lexicon().adjs[verb.lower_]
        return None
    return lexicon().verbs[lemma]


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


def civilian_tally(noun: Token) -> bool:
    """A tally of civilians: "the civilian death toll", "the number of civilians killed",
    "the toll among civilians"."""
    if noun_meaning(noun) != "killed" or lexicon().nouns.get(noun.lemma_.lower()) != "tally":
        return False
    if any(c.dep_ in ("compound", "amod") and (c.lower_ == "civilian" or noun_meaning(c) == "civilian")
           for c in noun.lefts):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("of", "among") and any(
        p.dep_ == "pobj" and noun_meaning(p) == "civilian" for p in c.children) for c in noun.rights)
