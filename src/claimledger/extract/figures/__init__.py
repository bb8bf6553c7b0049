"""Figures: one per mention of a count, bound to what it counts and whose it is.

A number means nothing until we know its noun, its verb and its side. Each number
found by :mod:`claimledger.extract.numbers` is bound through the dependency parse to
its OWN noun phrase ("around 4,000 casualties among the 12,000 soldiers sent to
Russia": 4,000 counts casualties, 12,000 counts soldiers, and "sent" makes them
deployed) and its own predicate ("Sixty-two Syrian soldiers were killed and a hundred
others were injured": killed, then wounded). The parse of a small model is often
wrong in news copy, so each step has a narrow fallback on word order ("35 people
wounded", "Kills Five Injures Seven").

What a noun, verb or adjective says about a count is data: ``data/quantities.tsv``;
words that make a number a distance, a duration, a date, an amount of money or a
name are in ``data/units.tsv``.

Numbers that are not head counts are refused here: the spans another module found to
be times and dates (``excluded``), years, clock times, dates, ages, durations,
ordinals, ids, page debris such as "(200) 0 38", money, weights and calibres, numbers
inside names ("F-16", "Resolution 2254", "Brigade 47"), and counts of things a
conflict report does not count ("68 nations", "a thousand words"). Vague amounts
("dozens", "hundreds") are read but not reported unless asked (``vague=True``): they
are a floor, not a count that a ledger can compare.

Sides come from the counted phrase itself ("North Korean troops"), from whoever loses,
launches or sends what is counted ("Russia lost 9 tanks"), from the count the phrase
refers back to ("a hundred others"), and, for a bare "troops" or "government forces",
from the forces the sentence is about or the state the report is about. Civilians,
people and armed groups get no side unless their own phrase names one.

Checks compare what the text states with what it implies: a fraction against a
stated count ("one-third of 12,000" and "around 4,000"), and a breakdown against its
total ("killed 50 people: 15 civilians and 27 fighters").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimledger.data import read_table
from claimledger.extract.context import context_of, text_of
from claimledger.extract.cues import cues_with
from claimledger.extract.numbers import Number, find_numbers, format_number
from claimledger.model import Check, Figure
from claimledger.sides import GOVERNMENT_WORDS, home_state, side_of, side_table


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, the way the tables read."""
    return frozenset(text.split())


QUANTITIES = (
    "killed", "wounded", "casualties", "captured", "missing", "deserted", "deployed", "displaced",
    "civilians_killed", "equipment", "distance", "other",
)  # fmt: skip
# Noun meanings that are a quantity by themselves ("40 dead", "12 tanks", "17 raids")
_DIRECT = _words("killed wounded casualties captured missing deserted displaced equipment other")
# Noun meanings for people, whose fate a verb tells
_PEOPLE_KINDS = _words("person civilian force armed national")
_KILLED_FAMILY = frozenset({"killed", "civilians_killed"})
# What can happen to people; a name-like noun is kept only when one of these is said of it
_PEOPLE_FATES = _words("killed wounded casualties captured missing")
# Verb meanings that tell what happened to the people counted
_EVENT_MEANINGS = _words("killed wounded casualties captured missing deserted displaced deployed")
# Verb meanings that say where to look, not what happened
_NOT_A_FATE = _words("tally suffer lose launch claim")
# Nouns whose size a number to their right gives: "a contingent of 12,000", "a toll of 20"
_SIZED = _words("killed wounded casualties captured missing deserted displaced force armed")
# Words that make a phrase speak for a state's own forces ("government troops", "the
# army", "pro-government fighters"): their side is the state the report is about
_GOVERNMENT_WORDS = frozenset(GOVERNMENT_WORDS)
_NOT_GOVERNMENT = _words("anti opposition rebel rebels anti-government insurgent insurgents")
# Words between a counted noun and its participle: "five people were reportedly killed"
_BRIDGE = _words(
    "were was are is have has had been being be reportedly also later allegedly all either both "
    "subsequently thought believed feared now still so far to presumed confirmed left found remain "
    "remained remains went gone go apparently likely"
)
_PRONOUNS = _words("they them those these")
# Regular soldiers, as a state's army calls its own (not "fighters", "gunmen", "militants")
_REGULARS = _words("soldier serviceman servicemen conscript")
# Heads of a "to"-infinitive that make what follows an aim, not an event: "threatened to
# kill 10 judges", "plans to kill", "a plot to assassinate", "failed to kill"
_IRREALIS_HEADS = _words(
    "threaten threat vow swear pledge promise plan plot intend intention want wish seek aim hope try "
    "attempt bid effort conspire conspiracy prepare mean decide refuse fail urge call demand warn ultimatum"
)
# Modals that make a verb a possibility or a counterfactual ("could kill", "would have
# killed"); "may" and "might" with "have" hedge a past event instead ("may have been killed")
_IRREALIS_MODALS = _words("would could should can will shall must")
_HEDGING_MODALS = _words("may might")
# Fates an aim or a counterfactual cannot have had yet
_HARMS = _words("killed civilians_killed wounded casualties captured missing")
# Formations: a number before them counts units, not the people in them ("three brigades")
_FORMATIONS = _words(
    "unit battalion brigade regiment division platoon squad squadron detachment contingent corps"
)
# Modifiers that make a vehicle or vessel civilian: "aid trucks", "merchant ships"
_NOT_WEAPONS = _words(
    "aid humanitarian relief food fuel medical commercial civilian merchant cargo passenger"
)
# "Syria's army", "Sudanese government": a state named as a party counts triple towards
# the state a report is about
_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?s?$")  # F-16s, MiG-29, T-72, Su-25
_DIGIT_RUN = re.compile(r"^\d+$")


# ---------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class Lexicon:
    """The tables of ``data/quantities.tsv`` and ``data/units.tsv``."""

    nouns: dict[str, str]
    verbs: dict[str, str]
    adjs: dict[str, str]
    verb_forms: dict[str, str]  # inflected form -> lemma, for tokens the tagger left alone
    units: dict[str, tuple[str, str | None]]  # word -> (kind, unit)


def _inflections(lemma: str) -> set[str]:
    """Regular forms of a verb, enough to read headline-case tokens ("Kills", "Injures")."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    adjs: dict[str, str] = {}
    for word, part, meaning, *_ in read_table("quantities.tsv"):
        {"noun": nouns, "verb": verbs, "adj": adjs}[part][word.lower()] = meaning
    forms: dict[str, str] = {}
    for lemma in verbs:
        for form in _inflections(lemma):
            forms.setdefault(form, lemma)
    units: dict[str, tuple[str, str | None]] = {}
    for row in read_table("units.tsv"):
        units[row[0].lower()] = (row[1], row[2] if len(row) > 2 and row[2] else None)
    return Lexicon(nouns, verbs, adjs, forms, units)


# ---------------------------------------------------------------- sentences
def _sent(tok: Token) -> Span:
    """The token's sentence from the report's one index, not a walk of the Doc."""
    return context_of(tok.doc).sent(tok)


# ---------------------------------------------------------------- small readers
def _noun_key(tok: Token) -> str | None:
    """The lexicon entry of a noun token, by lemma, then by the word as written."""
    nouns = lexicon().nouns
    for key in (tok.lemma_.lower(), tok.lower_, tok.lower_.rstrip("s")):
        if key in nouns:
            return key
    return None


def _verb_lemma(tok: Token) -> str | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    return lemma if lemma in lex.verbs else lex.verb_forms.get(tok.lower_)


def _unit(tok: Token | None) -> tuple[str, str | None] | None:
    return None if tok is None else lexicon().units.get(tok.lower_)


def _unit_kind(tok: Token | None) -> str | None:
    u = _unit(tok)
    return u[0] if u else None


def _is_month(tok: Token) -> bool:
    # "May" and "March" are months only when written as names
    return _unit_kind(tok) == "month" and tok.text[:1].isupper()


def _np_tokens(noun: Token, after: int = -1) -> list[Token]:
    """The noun with the modifiers right before it ("North Korean troops",
    "pro-government fighters", "Russia's forces"): no determiners, numbers or hedges."""
    doc = noun.doc
    inside = {t.i for t in noun.subtree}
    out = [noun]
    k = noun.i - 1
    while k > after and k in inside:
        t = doc[k]
        stop = ("det", "predet", "nummod", "quantmod", "advmod", "cc", "punct", "prep")
        if t.like_num or (t.dep_ in stop and t.text != "-"):
            break
        out.insert(0, t)
        k -= 1
    return out


def _of_phrase(noun: Token) -> list[Token]:
    """A short "of the Syrian army" / "from North Korea" phrase after a noun, when it
    names a force or a state ("members of Syria's National Defence Forces"), not a
    population ("half of Syria's pre-war population")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            toks = [t for t in pobj.subtree if t.i <= pobj.i]
            forces = _noun_meaning(pobj) in ("force", "armed") or pobj.lemma_.lower() in _GOVERNMENT_WORDS
            if len(toks) <= 5 and (forces or child.lower_ == "from" or pobj.pos_ == "PROPN"):
                return [child, *toks]
    return []


def _text(tokens: Sequence[Token]) -> str:
    if not tokens:
        return ""
    if all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:], strict=False)):
        return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(t.text for t in tokens)


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _has_object(verb: Token) -> bool:
    """A real object: not a headline's second count ("Troopers Killed 4 Wounded")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            if c.like_num and c.i + 1 < len(c.doc) and c.nbor(1).lower_ in lexicon().adjs:
                continue
            return True
    return False


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _headline_verb(t: Token) -> bool:
    """A capitalised verb the tagger took for a name: "Kills", "Injures" in a headline."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ in lexicon().verb_forms


def _irrealis(verb: Token | None) -> bool:
    """A verb that says what someone threatens, plans or could do, or what would have
    happened, not what happened: "threatened to kill 10 judges", "a plot to kill", "the
    bomb could kill 100", "would have killed 5,000". "May have been killed" is a hedged
    report of an event and stays one."""
    tok = verb
    for _ in range(4):
        if tok is None:
            return False
        kids = list(tok.children)
        modals = [c for c in kids if c.dep_ == "aux" and c.tag_ == "MD"]
        has_have = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)
        for md in modals:
            word = md.lower_.removesuffix("n't")
            if word in _IRREALIS_MODALS and not (word == "could" and has_have):
                return True  # "could have been killed" hedges a past event, like "may have"
            if word in _HEDGING_MODALS and not has_have:
                return True  # "may kill": a possibility, not a report
        head = tok.head
        if tok.dep_ in ("xcomp", "acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            # "managed to kill", "were said to be killed": those heads report an event
            return head.lemma_.lower() in _IRREALIS_HEADS or head.lower_ in _IRREALIS_HEADS
        if tok.dep_ == "conj" and head != tok and not _own_subject(tok):
            tok = head  # "threatened to kill and wound": the first verb's frame
            continue
        return False
    return False


# ---------------------------------------------------------------- what words say
def _noun_meaning(noun: Token) -> str | None:
    """What a noun says it counts: a quantity, or a kind of people ("force", ...)."""
    key = _noun_key(noun)
    meaning = lexicon().nouns.get(key) if key else None
    if meaning == "tally":
        return _tally_meaning(noun)
    if meaning == "container":  # "artillery pieces", "air defence systems"
        modifiers = (c for c in noun.lefts if c.dep_ in ("compound", "amod"))
        return "equipment" if any(_noun_meaning(c) == "equipment" for c in modifiers) else None
    if meaning:
        return meaning
    if _MODEL_NAME.match(noun.text) and any(ch.isdigit() for ch in noun.text):
        return "equipment"  # "two F-16s"
    capitalised_plural = noun.tag_ in ("NNPS", "NNS") and noun.text[:1].isupper() and not noun.is_upper
    demonym_like = noun.tag_ == "NNPS" and noun.lower_.endswith(("ans", "is", "ese"))
    if capitalised_plural and (demonym_like or side_of(_text(_np_tokens(noun)))):
        return "national"  # "12,000 North Koreans", "20 Palestinians", "2 million Gazans"
    return None


def _tally_meaning(noun: Token) -> str | None:
    """ "death toll" -> killed, "casualty figures" -> casualties, "number of dead" -> killed;
    a bare "toll" is a death toll."""
    lex = lexicon()
    for c in noun.lefts:
        if c.dep_ in ("compound", "amod"):
            m = lex.nouns.get(_noun_key(c) or c.lower_) or lex.adjs.get(c.lower_)
            if m in _DIRECT and m != "other":
                return m
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    m = _noun_meaning(p)
                    if m in _DIRECT and m != "other":
                        return m
                    own = _participle_after(p)
                    if own:
                        return own
    return "killed" if noun.lemma_.lower() == "toll" else None


def _verb_meaning(verb: Token) -> str | None:
    """A verb's lexicon meaning, with its particles read ("shot down", "taken prisoner",
    "shot dead", "went missing", "stoned to death")."""
    if verb.lower_ == "missing":
        return "undergo:missing"  # "7 others are missing", tagged as the verb "miss"
    kids = list(verb.children)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "death" for p in c.children):
            return "killed"  # "stoned to death", "tortured to death", "beaten to death"
    lemma = _verb_lemma(verb)
    base = verb.lemma_.lower()
    if base in ("shoot", "gun") or verb.lower_ in ("shot", "shoots"):
        if any(c.lower_ == "dead" for c in kids):
            return "killed"
        if any(c.lower_ == "down" for c in kids):
            return "equipment"
        return "casualties"  # "shot 16 peasants": killed or wounded, the verb does not say
    if base == "beat" and any(c.lower_ in ("back", "off", "out") for c in kids):
        return None  # "beat back two attacks": repelled, not beaten
    if base in ("take", "hold") and any(c.lemma_.lower() in ("prisoner", "captive", "hostage") for c in kids):
        return "captured"
    if base in ("go", "remain", "be", "become", "lie") and lemma in (None, "be"):
        for c in kids:
            if c.dep_ in ("acomp", "attr", "oprd", "advcl", "xcomp") and c.lower_ in lexicon().adjs:
                return _combined(c, lexicon().adjs[c.lower_])  # "remain missing", "are dead or wounded"
    if base == "force" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() == "home" for g in c.subtree)
        for c in kids
    ):
        return "displaced"  # "forced from their homes"
    if lemma is None:
        if verb.lower_ in lexicon().adjs and verb.tag_ in ("VBN", "JJ"):
            return lexicon().adjs[verb.lower_]
        return None
    return lexicon().verbs[lemma]


def _fate(meaning: str | None) -> str | None:
    """A verb meaning as a quantity: "undergo:killed" -> killed, "launch" -> equipment;
    None for meanings that only say where to look."""
    if meaning is None:
        return None
    meaning = meaning.split(":")[-1]
    if meaning == "launch":
        return "equipment"
    return None if meaning in _NOT_A_FATE else meaning


def _combined(verb: Token, meaning: str) -> str:
    """ "were killed or injured" -> casualties: a second casualty verb sharing the subject."""
    if meaning not in ("killed", "wounded"):
        return meaning
    others = [
        c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and not _own_subject(c)
    ]
    if verb.dep_ == "conj" and not _own_subject(verb):
        others.append(verb.head)
    if verb.dep_ in ("acomp", "attr", "oprd"):  # "are dead or wounded" with "wounded" on "are"
        others += [c for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i and not _own_subject(c)]
    for o in others:
        if _has_object(o) or (o.i + 1 < len(o.doc) and o.nbor(1).like_num):
            continue  # "killed five people and injured seven": each verb has its own count
        lo, hi = sorted((o.i, verb.i))
        if any(t.pos_ in ("NOUN", "NUM", "PRON", "ADJ") for t in o.doc[lo + 1 : hi]):
            continue  # "were killed and many more wounded": the second verb has its own subject
        other = (_verb_meaning(o) or "").split(":")[-1]
        if other in ("killed", "wounded") and other != meaning:
            return "casualties"
    return meaning


def _participle_after(noun: Token) -> str | None:
    """ "35 people wounded", "20 civilians dead", "five people were killed": the first
    participle or adjective after the noun, across auxiliaries, adverbs, a bracket and
    an apposed noun ("10 people mostly schoolchildren killed")."""
    doc = noun.doc
    sent_end = _sent(noun).end
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
    while j < sent_end and steps < 5 and (doc[j].lower_ in _BRIDGE or doc[j].tag_ == "RB"):
        j += 1
        steps += 1
    if j + 1 < sent_end and doc[j].tag_ in ("NNS", "NN") and doc[j + 1].lower_ in lexicon().adjs:
        j += 1
    if j >= sent_end:
        return None
    t = doc[j]
    if t.tag_ not in ("VBN", "VBD", "JJ", "NNS", "NN", "NNP", "NNPS", "VBZ") or _has_object(t):
        return None  # "20 gunmen killed 3 villagers": the gunmen are the agents
    if t.lower_ in lexicon().adjs:
        meaning: str | None = lexicon().adjs[t.lower_]
    elif t.tag_ in ("VBN", "VBD"):
        raw = _verb_meaning(t)
        meaning = None if raw is None or raw in _NOT_A_FATE else raw.split(":")[-1]
    else:
        meaning = None
    return _combined(t, meaning) if meaning else None


def _suffered(verb: Token) -> str | None:
    """ "sustained casualties", "suffered 20 deaths", "inflicted harm on": what the
    object says."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ == "amod" and verb.head.pos_ == "NOUN":
        objs.append(verb.head)  # a parse that made "sustained" a modifier of "casualties"
    for o in objs:
        m = _noun_meaning(o)
        if m in _PEOPLE_FATES:
            return m
    return None


def _np_meaning(tok: Token) -> str | None:
    """What a phrase says about the people in it: "the dead", "those killed",
    "48 people executed by government forces"."""
    m = _noun_meaning(tok)
    if m in _EVENT_MEANINGS:
        return m
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.i > tok.i:
            cm = (_verb_meaning(c) or "").split(":")[-1]
            if cm in _EVENT_MEANINGS:
                return cm
    return None


def _among_meaning(head: Token) -> str | None:
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
            cm = _verb_meaning(c)
            if cm is None and c.lower_ in lexicon().adjs:
                cm = lexicon().adjs[c.lower_]
            cm = (cm or "").split(":")[-1]
            if cm in _EVENT_MEANINGS:
                return _combined(c, cm), c
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
            if meaning in _EVENT_MEANINGS:
                return meaning
    return None


# ---------------------------------------------------------------- the predicate over a count
def _subject_role(arg: Token, h: Token, dep: str) -> tuple[str | None, Token | None, bool]:
    m = _verb_meaning(h)
    says_nothing = m in (None, "tally") or (
        dep == "nsubj"
        and m is not None
        and not m.startswith("undergo:")
        and m not in ("suffer", "lose")
        and _has_object(h)
    )
    if says_nothing:
        # "were said to be killed", "were among the dead", "were identified among those killed"
        xm, xv = _xcomp_meaning(h)
        if xm:
            return xm, xv, False
        am = _among_meaning(h)
        if am:
            return am, h, False
    if dep != "nsubj":  # a passive subject undergoes what the verb says
        fate = _fate(m)
        return (_combined(h, fate) if fate else None), h, False
    if m is None and h.lemma_.lower() in ("have", "receive") and _suffered(h) == "wounded":
        return "wounded", h, False  # "four people have bullet wounds"
    if m is None:
        # "One-third ... had sustained casualties" parsed with "casualties" as root
        return None, (h if h.pos_ in ("VERB", "AUX", "ADJ") else None), False
    if m.startswith("undergo:"):
        return m.split(":")[1], h, False  # "21 soldiers died", "300 troops surrendered"
    if h.lemma_.lower() in ("go", "remain", "be", "become", "lie", "stay") and m in _EVENT_MEANINGS:
        return m, h, False  # "30 others remain missing", "went missing"
    if m == "suffer":
        return _suffered(h), h, False
    if m == "lose":
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in h.children):
            return "killed", h, False  # "20 people lost their lives"
        return None, h, True  # the loser owns what is lost
    if m == "tally":
        adj = next(
            (c for c in h.children if c.dep_ in ("acomp", "attr") and c.lower_ in lexicon().adjs), None
        )
        return (lexicon().adjs[adj.lower_] if adj is not None else None), h, False
    if _has_object(h) or m == "launch":
        # "20 gunmen killed 3 villagers"; "three individuals fired at the car": whoever
        # fires or launches is the attacker, whatever their number
        return None, h, True
    fate = _fate(m)
    if fate and h.tag_ in ("VBN", "VBD", "JJ"):
        return _combined(h, fate), h, False  # "seven others injured"
    return None, h, False


def _object_role(arg: Token, h: Token) -> tuple[str | None, Token | None, bool]:
    for c in h.children:
        if c.dep_ in ("xcomp", "ccomp") and c.i > arg.i:
            cm = _verb_meaning(c) or ""
            if cm.startswith("undergo:"):
                return cm.split(":")[1], c, False  # "forced 13,000 residents to flee"
    m = _verb_meaning(h)
    if m is None:
        return None, h, False
    if m == "tally":
        # "the dead included 20 children", "among the wounded were four members"
        subj = _subject_of(h)
        sm = _np_meaning(subj) if subj is not None else None
        return sm or _among_meaning(h), h, False
    if m == "lose":
        return "lose", h, False
    if m == "claim":
        return ("killed" if _noun_meaning(arg) in ("person", "civilian") else None), h, False
    if m.startswith("undergo:") or m == "suffer":
        return None, h, False  # "fled their homes": the object is not counted
    return _combined(h, m), h, False


def _prep_role(h: Token) -> tuple[str | None, Token | None, bool]:
    p, g = h, h.head
    if p.lower_ == "of" and g.lemma_.lower() == "life":
        return "killed", (g.head if g.head != g else None), False  # "claimed the lives of 80"
    if p.lower_ in ("to", "at", "by") and g.pos_ in ("VERB", "AUX") and _verb_meaning(g) == "tally":
        # "the toll rose to 12", "losses amounting to up to 300 servicemen"
        owners = [c for c in g.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if g.dep_ in ("acl", "relcl") and g.head.pos_ == "NOUN":
            owners.append(g.head)
        for c in owners:
            cm = _noun_meaning(c)
            if cm in _DIRECT and cm not in ("other", "equipment"):
                return cm, g, False
    if p.lower_ in ("on", "upon") and g.pos_ == "VERB" and g.lemma_.lower() in ("inflict", "cause", "deal"):
        sm = _suffered(g)  # "inflicted harm on 200 civilians"
        if sm:
            return sm, g, False
    if p.lower_ == "of" and g.pos_ == "NOUN":
        gm = _noun_meaning(g)
        if gm in _DIRECT and gm not in ("other", "equipment"):
            return gm, None, False  # "the bodies of 44 victims"
        nm = _nominal_meaning(g)
        if nm:
            return nm, None, False  # "the killing of 5,812 civilians"
    if p.lower_ == "against" and g.pos_ == "NOUN" and _nominal_meaning(g) == "killed":
        return "killed", None, False  # "a massacre against 14 civilians"
    return None, None, False


def _role_meaning(arg: Token) -> tuple[str | None, Token | None, bool]:
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


# ---------------------------------------------------------------- mentions
@dataclass(eq=False)  # mentions compare by identity: two mentions of 62 are two mentions
class _Mention:
    num: Number
    span: Span  # the number's own tokens
    root: Token
    sent: Span
    value: float
    noun: Token | None = None  # what is counted: "troops", "others", "casualties"
    group: Token | None = None  # "of the 12,000 troops": what a part or share is of
    left_noun: bool = False  # "a contingent of 12,000", "the toll rose to 12"
    kind: str | None = None  # the noun's meaning: a quantity, or person/civilian/force/...
    quantity: str | None = None
    unit: str | None = None
    verb: Token | None = None
    agent_verb: Token | None = None  # the verb this count is the agent or owner of
    arg: Token | None = None  # the token the predicate was read from, after climbing
    parent: Token | None = None  # the total this is a part of ("including", a colon list)
    part_how: str | None = None  # "including" | "list"
    side: str | None = None
    subject: str | None = None
    out_of: float | None = None
    fraction: float | None = None
    computed: bool = False  # value = fraction x out_of

    @property
    def start(self) -> int:
        return self.num.start


class _DocContext:
    """What every mention of one document shares: its text, mentions by token, the
    state the report is about, sides of force phrases per sentence."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text_of(doc)
        self.by_token: dict[int, _Mention] = {}
        self.ordered: list[_Mention] = []  # classified mentions, in text order
        self._sent_sides: dict[int, set[str]] = {}

    def tokens(self, start: int, end: int) -> Span | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def mention_counting(self, noun: Token) -> _Mention | None:
        """The mention whose number modifies ``noun`` ("the 12,000 troops"), or that is
        ``noun`` itself ("killed 20, including 5 children")."""
        if noun.i in self.by_token:
            return self.by_token[noun.i]
        return next(
            (self.by_token[c.i] for c in noun.children if c.dep_ == "nummod" and c.i in self.by_token), None
        )

    def home_state(self) -> str | None:
        """The state whose "government forces" and "army" a report means."""
        return home_state(self.text)

    def states_named(self, sent: Span) -> set[str]:
        """The states a sentence names as actors: not inside an organisation's name
        ("the Syrian Observatory") nor as a base ("Britain-based")."""
        named = set()
        base = sent.start_char
        for s in side_table().mentions(sent.text):
            tok = self.doc.char_span(base + s.start, base + s.end, alignment_mode="expand")
            if tok is not None and any(t.ent_type_ == "ORG" for t in tok):
                continue
            if self.text[base + s.end : base + s.end + 6].lower() == "-based":
                continue
            named.add(s.side)
        return named

    def sentence_sides(self, sent: Span) -> set[str]:
        """Sides of the force phrases in a sentence that are neither speakers nor agents
        of a transitive verb ("North Korean troops have pulled back")."""
        if sent.start not in self._sent_sides:
            sides: set[str] = set()
            for t in sent:
                if t.pos_ not in ("NOUN", "PROPN") or _noun_meaning(t) not in ("force", "armed", "national"):
                    continue
                if t.dep_ == "nsubj" and (_has_object(t.head) or t.head.lemma_.lower() in cues_with("speaks")):
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in ("by", "against"):
                    continue
                side = side_of(_text(_np_tokens(t) + _of_phrase(t)))
                if side:
                    sides.add(side)
            self._sent_sides[sent.start] = sides
        return self._sent_sides[sent.start]


# ---------------------------------------------------------------- refusals
def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _refuse(ctx: _DocContext, num: Number, span: Span) -> str | None:
    """Why a number is not a head count, or None when it may be one."""
    doc = ctx.doc
    core = ctx.text[num.num_start : num.num_end].strip()
    first, last = span[0], span[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    nxt2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    plain = _DIGIT_RUN.match(core) is not None
    if plain and len(core) > 1 and core.startswith("0"):
        return "clock or id"  # "0600", "07": counts are not written with a leading zero
    if plain and len(core) >= 7:
        return "id"  # phone numbers, ids: counts that large carry separators
    counted_next = nxt is not None and _noun_meaning(nxt) in _PEOPLE_KINDS | _DIRECT
    if plain and 1800 <= num.value <= 2100 and not num.is_range and not counted_next:
        return "year"  # "in 2014"; "2000 troops" stays a count
    if num.is_range and all(1800 <= v <= 2100 for v in (num.low or 0, num.high or 0)) and "," not in core:
        return "years"
    day_month = (
        prev is not None
        and first.i > 1
        and doc[first.i - 2].like_num
        and counted_next
        and nxt is not None
        and nxt.tag_ in ("NNS", "NNPS")
    )
    if any(t is not None and _is_month(t) for t in (prev, nxt)) and not day_month:
        return "date"  # but "on 23 September 28 bodies were found": the date is complete before the count
    if nxt is not None:
        kind = _unit_kind(nxt2 if nxt.text == "-" else nxt)  # "24-hour", "19-year-old", "500-pound"
        if kind in ("clock", "time", "money", "measure"):
            return kind
        if nxt2 is not None and nxt2.lower_ == "old":
            return "age"  # "19 years old"
    if prev is not None:
        kind = _unit_kind(prev)
        if kind == "age":
            return "age"  # "aged 34"
        if kind == "money" or prev.text in ("$", "£", "€", "US$"):
            return "money"
        titled = prev.text[:1].isupper() or prev.lower_ in ("no.", "nos")
        if (kind == "name" and titled) or prev.text.endswith("#"):
            return "name"  # "Resolution 2254", "Brigade 47", "No. 5"
    if prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")":
        return "bracketed count"  # "(200)": a comment counter or page debris
    before = doc[first.i - 2] if first.i > 1 else None
    if (
        prev is not None
        and prev.text == ","
        and before is not None
        # a name, or one person described ("a Colombian citizen, 28,", "the Mexican, 39,")
        and (
            before.ent_type_ in ("PERSON", "NORP")
            or before.pos_ == "PROPN"
            or (before.tag_ == "NN" and lexicon().nouns.get(_noun_key(before) or "") not in _DIRECT | {"tally"})
        )
        and (nxt is None or nxt.text in (",", ".", ")", ";"))
        and num.value < 120
    ):
        return "age"  # "Keith Scott, 43, was killed": a name's age in apposition
    if prev is not None and prev.lower_ == "in" and before is not None and before.like_num:
        return "ratio"  # "1 in 4 residents"
    if prev is not None and prev.lower_ == "not" and prev.idx < num.start:
        return "correction"  # "seven soldiers -- not six -- were wounded": the figure denied
    for t in (prev, nxt):
        if t is not None and _DIGIT_RUN.match(t.text) and t.i not in ctx.by_token:
            return "debris"  # "0 38": numbers side by side with nothing counted
    return None


# ---------------------------------------------------------------- binding a number to its noun
def _bind(ctx: _DocContext, m: _Mention) -> None:
    """Find the noun a number counts: its own noun to the right, the group of a part
    ("4,000 of the 12,000 troops"), or a noun to the left ("a contingent of 12,000")."""
    doc, span, root, sent = ctx.doc, m.span, m.root, m.sent
    after = doc[span.end] if span.end < sent.end else None
    if after is not None and after.lower_ == "of":
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        pobj = pobj or _linear_noun(doc, after.i + 1, sent.end, skip_det=True)
        if pobj is not None:
            if m.num.vague:
                m.noun = pobj  # "dozens of people": the "of" belongs to the amount
            else:
                m.group = pobj  # "4,000 of the 12,000 troops", "one-third of the contingent"
            return
    if m.num.is_share:
        if after is not None and after.lower_ in ("the", "their", "its", "all"):
            m.group = _linear_noun(doc, after.i, sent.end, skip_det=True)  # "half the population"
        return
    h = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and span.end <= h.i <= span.end + 6
        and h.pos_ in ("NOUN", "PROPN", "NUM")
        and _sent(h) == sent
        and not h.like_num
        and not _headline_verb(h)
        and not _blocked(doc, span.end, h.i)
    ):
        m.noun = h  # the parse's own noun, to the right and near
        return
    lin = _linear_noun(doc, span.end, sent.end)
    if lin is not None:
        m.noun = lin
        return
    left = _left_noun(root)
    if left is None:
        k = span.start - 1
        while k >= sent.start and doc[k].idx >= m.num.start:
            k -= 1  # back over the number's own qualifiers
        if k >= sent.start and doc[k].lower_ in ("to", "at", "of") and doc[k].dep_ == "prep":
            # a parse that hung the number elsewhere: read it as the object of the preposition
            left = _left_noun_of_prep(doc[k])
        elif k > sent.start and doc[k].text == ":" and _sized_noun(doc[k - 1]):
            # "Death toll: 27", "Casualties: 300"; not a participle ("20 were killed: 12 in ...")
            left = doc[k - 1]
    if left is not None:
        m.noun, m.left_noun = left, True


def _sized_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and _noun_meaning(tok) in _SIZED


def _blocked(doc: Doc, start: int, end: int) -> bool:
    """A verb, an article or a clause boundary between a number and its noun;
    participles that modify the noun ("government-held villages") do not block."""
    for t in doc[start:end]:
        if t.dep_ in ("amod", "compound", "npadvmod", "nmod") and t.pos_ != "AUX":
            continue
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "DET") or t.text in (",", ";", ":", "(", ")"):
            return True  # "3214 An airstrike": an article starts a new phrase
    return False


def _linear_noun(doc: Doc, start: int, end: int, skip_det: bool = False) -> Token | None:
    """The head of the noun phrase starting at ``start``, by word order: the last noun
    of a run of modifiers and nouns ("27 pro-government fighters", "59 Tomahawk cruise
    missiles"), stopping after a plural and at anything that is not part of a phrase."""
    head = None
    k = start
    while k < end and k - start < 6:
        t = doc[k]
        if t.pos_ == "DET" and k == start:
            if not skip_det:
                return None  # "548 A human rights group": a count does not precede an article
        elif t.text == "-":
            head = None  # "government-held": what came before the hyphen is a modifier
        elif t.pos_ == "ADJ" or (t.tag_ in ("JJ", "VBN") and t.dep_ in ("amod", "compound")):
            if head is not None and t.pos_ != "ADJ":
                break
        elif t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            if _headline_verb(t):
                break  # headline case: "Kills Five Injures Seven"
            if head is not None and (
                t.pos_ == "PROPN" and head.pos_ == "NOUN" or t.ent_type_ in ("DATE", "TIME")
            ):
                break
            head = t
            if t.tag_ in ("NNS", "NNPS"):
                break
        else:
            break
        k += 1
    return head


def _left_noun_of_prep(prep: Token) -> Token | None:
    """ "a contingent of 12,000", "the toll rose to 12": only a force or a tally gives
    its size this way, not "people" ("10 people ... rose to 10" in merged headlines)."""
    h = prep.head
    if prep.lower_ == "of" and h.pos_ in ("NOUN", "PROPN"):
        return h if _noun_meaning(h) in _SIZED and h.lemma_.lower() != "life" else None
    if h.pos_ in ("VERB", "AUX") and _verb_meaning(h) == "tally":
        return next(
            (
                c
                for c in h.children
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _noun_meaning(c) in _SIZED
            ),
            None,
        )
    return None


def _left_noun(root: Token) -> Token | None:
    """ "a contingent of 12,000", "a toll of 20", "casualties numbered 4,000", "the toll
    rose to 12", "troops numbering 12,000"."""
    dep, h = root.dep_, root.head
    if dep == "pobj" and h.lower_ in ("of", "to", "at"):
        return _left_noun_of_prep(h)
    if dep in ("dobj", "attr", "npadvmod") and h.pos_ in ("VERB", "AUX") and _verb_meaning(h) == "tally":
        if h.dep_ == "acl" and h.head.pos_ == "NOUN":
            return h.head  # "troops numbering 12,000"
        subj = _subject_of(h)
        if subj is not None and _noun_meaning(subj) not in (None, "other"):
            return subj  # "casualties numbered 4,000"
    return None


def _subject_in_disguise(arg: Token) -> bool:
    """An "apposition" right before a verb that has no subject of its own is that verb's
    subject: "after the assassination of Galan, the 4,015 judges of the country decided
    ..." (not "the killing of Ellacuria, five other Jesuits and two women")."""
    end = max(t.i for t in arg.subtree) + 1
    doc = arg.doc
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.pos_ == "VERB" and not _own_subject(nxt)


def _first_argument(verb: Token, not_this: Token) -> Token:
    """The counted argument of a verb (its passive subject or object), for a phrase
    attached to the verb rather than to that argument."""
    kids = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN", "NUM") and c != not_this]
    return next((c for dep in ("nsubjpass", "dobj", "nsubj") for c in kids if c.dep_ == dep), not_this)


def _climb(m: _Mention, arg: Token) -> Token:
    """From a conjunct, an apposition or an "including" phrase up to the phrase that
    the verb governs ("killed 15 civilians and 27 fighters": "fighters" -> "civilians"),
    noting the total a part belongs to."""
    for _ in range(8):
        h = arg.head
        if arg.dep_ == "conj" and h.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and h != arg:
            arg = h
            continue
        if (
            arg.dep_ == "conj"
            and h.pos_ == "VERB"
            and arg.pos_ in ("NOUN", "PROPN")
            and not _own_subject(arg)
        ):
            # a flattened list: "lost 1,150 troops, 9 tanks and ..." with "tanks" hung on the verb
            obj = next((c for c in h.children if c.dep_ in ("dobj", "obj") and c.i < arg.i), None)
            if obj is not None:
                arg = obj
                continue
        if h.pos_ == "VERB" and any(
            c.dep_ == "prep"
            and c.lower_ == "among"
            and c.i < arg.i
            and any(p.pos_ == "PRON" for p in c.children)
            for c in arg.children
        ):
            # "killed 165 people, among them 20 children" (not "11 civilians among them ...")
            total = next(
                (
                    c
                    for c in h.children
                    if c.dep_ in ("dobj", "nsubjpass") and c != arg and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if total is not None:
                if m.parent is None:
                    m.parent, m.part_how = total, "including"
                arg = total
                continue
        if (
            arg.dep_ == "pobj"
            and h.lower_ == "with"
            and h.i > 0
            and h.nbor(-1).lower_ in ("along", "together")
        ):
            # "22 children had been killed along with six teachers": the same fate
            g = h.head if h.head.lower_ not in ("along", "together") else h.head.head
            nxt = g if g.pos_ in ("NOUN", "PROPN", "NUM") else _first_argument(g, arg)
            if nxt != arg:
                arg = nxt
                continue
        if arg.dep_ == "appos" and h.pos_ in ("NOUN", "PROPN", "NUM") and not _subject_in_disguise(arg):
            if m.parent is None:
                m.parent, m.part_how = h, "list"  # "killed 50 people: 15 civilians and ..."
            arg = h
            continue
        if arg.dep_ == "pobj" and h.lower_ in ("including", "among", "like"):
            total = h.head
            for _ in range(3):
                if total.pos_ not in ("VERB", "AUX"):
                    break
                # "20 were killed including 13 civilians"; "8.6 million have fled since fighting
                # erupted, including 1.8 million": up the clauses to the counted argument
                counted = next(
                    (
                        c
                        for c in total.children
                        if c.dep_ in ("nsubjpass", "dobj", "nsubj")
                        and c != arg
                        # "12 were wounded, including 3 policemen": a bare number is counted too
                        and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
                    ),
                    None,
                )
                if counted is not None:
                    total = counted
                elif total.dep_ in ("advcl", "conj", "ccomp", "xcomp") and total.head != total:
                    total = total.head
                else:
                    total = _first_argument(total, arg)
            if total.pos_ in ("NOUN", "PROPN", "NUM") and total != arg:
                if m.parent is None:
                    m.parent, m.part_how = total, "including"
                arg = total
                continue
        break
    return arg


# ---------------------------------------------------------------- what a count counts
def _measure(ctx: _DocContext, m: _Mention) -> bool:
    """Distances and areas: "100 meters", "14 kilometers", "a 1,000-kilometre front",
    "12km", "70 nautical miles", "1,200 square kilometres". True when one is read."""
    doc = ctx.doc
    nxt = doc[m.span.end] if m.span.end < len(doc) else None
    if nxt is not None and nxt.text == "-" and m.span.end + 1 < len(doc):
        nxt = doc[m.span.end + 1]
    if nxt is None:
        return False
    if nxt.lower_ == "nautical" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_.startswith("mile"):
        m.quantity, m.unit = "distance", "nmi"
        return True
    u = _unit(nxt)
    if not u or u[0] not in ("distance", "area"):
        return False
    if u[0] == "area":
        m.quantity, m.unit = "other", u[1]
        return True
    if nxt.lower_ == "m" and nxt.idx == m.num.num_end and nxt.i + 1 < len(doc):
        after = doc[nxt.i + 1]
        if _noun_meaning(after) in _PEOPLE_KINDS | _DIRECT:
            m.value *= 1_000_000  # "1.5m people": an attached "m" before a counted noun is a million
            m.noun = after
            return False
    m.quantity, m.unit = "distance", u[1]
    return True


def _is_name(noun: Token, m: _Mention) -> bool:
    """A counted "noun" that is a proper name or a title-case run of them."""
    if noun.pos_ == "PROPN":
        return True
    if noun.is_sent_start or not noun.text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.text == "-" for t in noun.doc[m.span.end : noun.i + 1])


def _is_whole(ctx: _DocContext, noun: Token, m: _Mention) -> bool:
    """The noun of "of the 12,000 troops" after a part or share of it (another mention)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = ctx.by_token.get(noun.head.head.i)
    return owner is not None and owner is not m


def _is_civilian(noun: Token | None) -> bool:
    if noun is None:
        return False
    return _noun_meaning(noun) == "civilian" or any(c.lower_ == "civilian" for c in noun.lefts)


def _chain_last(tok: Token) -> Token:
    """The last conjunct of a coordination: "23 civilians ... and 16 combatants dead"
    share the predicate written after the last one."""
    for _ in range(6):
        nxt = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if not nxt:
            break
        tok = nxt[-1]
    return tok


def _participle_for(noun: Token, chain: bool = True) -> str | None:
    """The participle after a noun, or after the last noun coordinated with it; not for
    a noun inside a prepositional phrase ("three children from one family were killed")."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in ("including", "like", "among"):
        return None
    found = _participle_after(noun)
    if found is None and chain:
        last = _chain_last(noun)
        if last != noun and last.pos_ != "NUM":  # a bare number has a predicate of its own
            found = _participle_after(last)
    return found


def _verb_before(doc: Doc, m: _Mention) -> Token | None:
    """The lexicon verb right before a number and its qualifiers ("killed at least 20")."""
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1
    return doc[k] if k >= 0 and _verb_lemma(doc[k]) is not None else None


def _prev_verb_meaning(doc: Doc, m: _Mention) -> str | None:
    """Headline copy: "Blast Kills 12", "Strike Kills Five Injures Seven", "Mortar
    Attack Kills Injures over 70" (two casualty verbs in a row: casualties)."""
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1  # back over the number's own qualifiers
    found: list[str] = []
    while k >= 0 and len(found) < 2:
        lemma = _verb_lemma(doc[k])
        if lemma is None:
            break
        meaning = lexicon().verbs[lemma].split(":")[-1]
        if meaning in ("tally", "suffer", "claim"):
            break
        found.append("lose" if meaning == "lose" else _fate(meaning) or meaning)
        k -= 1
    if len(found) == 2 and set(found) == {"killed", "wounded"}:
        return "casualties"
    return found[0] if found else None


def _kind(ctx: _DocContext, m: _Mention, what: Token) -> str | None | bool:
    """The meaning of the counted noun; False when the mention counts nothing, True
    when a name-like noun was settled here ("the murder of six Jesuits")."""
    kind = _noun_meaning(what)
    if what.lemma_.lower() in _PRONOUNS:
        kind = "person"
    if kind in (None, "other") and m.group is None and _is_name(what, m):
        # "38 Topic US Missile Attack": a name, not a noun, unless a predicate says
        # what happened to it, or a verb just before counts the number ("injured seven
        # Homs Governor ..." in run-on copy)
        found = _role_meaning(_climb(m, what))[0] or _participle_for(what)
        if found in _PEOPLE_FATES:
            m.kind, m.quantity, m.arg = None, found, what
            return True
        prior = _prev_verb_meaning(ctx.doc, m)
        if prior == "lose":
            prior = _lost_people(ctx, m)  # "Russia Loses 500 Soldiers"
        if prior not in _PEOPLE_FATES:
            return False
        m.noun, m.kind, m.quantity = None, None, prior
        return True
    if what.ent_type_ in ("DATE", "TIME") or _unit_kind(what) in (
        "time",
        "money",
        "measure",
        "clock",
        "month",
    ):
        return False
    return kind


def _modifier_fate(ctx: _DocContext, m: _Mention, noun: Token, arg: Token, inner_of: bool) -> str | None:
    """What the noun's own modifiers say: "140 injured people", "2 medics among 31
    dead", "12,000 soldiers sent", "41 people who sustained injuries", "35 people
    wounded"."""
    doc = ctx.doc
    lex = lexicon()
    for t in doc[m.span.end : noun.i]:
        if t.lower_ in lex.adjs and (t.dep_ in ("amod", "compound", "nmod") or t.tag_ in ("VBN", "JJ")):
            return lex.adjs[t.lower_]
    among = _among_meaning(noun)
    if among:
        return among
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl", "amod") or c.i <= noun.i:
            continue
        if any(
            doc[k].like_num and (not _subset_phrase(doc, k) or c.is_ancestor(doc[k]))
            for k in range(noun.i + 1, c.i)
        ):
            # "13 civilians and more than 30 wounded", "20 attackers, 4 of whom died": the
            # participle is the other number's
            continue
        cm = _verb_meaning(c)
        if cm == "suffer":
            suffered = _suffered(c)  # "41 people who sustained injuries"
            if suffered:
                m.verb = c
                return suffered
            continue
        if _has_object(c):
            continue  # "two persons injuring 13 others": an active participle with its own object
        fate = _fate(cm)
        if fate:
            m.verb = c
            return _combined(c, fate)
    if _is_whole(ctx, noun, m):
        return None
    return _participle_for(arg if inner_of else noun, chain=False)


def _subset_phrase(doc: Doc, k: int) -> bool:
    """ "five of them", "five of whom": a number inside an aside about the noun before it
    ("six Jesuit priests, five of them Spaniards, who were killed")."""
    return k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].pos_ == "PRON"


def _antecedent_fate(ctx: _DocContext, m: _Mention, climbed: Token) -> str | None:
    """ "Half of them were children": what the count before "them" went through."""
    if m.group is not None and m.group.lower_ in ("which", "whom", "whose"):
        # "25 missiles -- 24 of which were ...": a relative pronoun's antecedent is the
        # count just before it in the same sentence, not a toll further back
        same = [p for p in ctx.ordered if p.start < m.start and p.sent.start == m.sent.start]
        if not same or same[-1].quantity not in _EVENT_MEANINGS | _KILLED_FAMILY:
            return None
        before = same[-1:]
    else:
        before = [
            p
            for p in ctx.ordered
            if p.start < m.start
            and p.quantity in _EVENT_MEANINGS | _KILLED_FAMILY
            and p.sent.start >= m.sent.start - 60
        ]
    if not before:
        return None
    fate = "killed" if before[-1].quantity == "civilians_killed" else before[-1].quantity
    attr = (
        next((c for c in climbed.head.children if c.dep_ == "attr"), None)
        if climbed.dep_ == "nsubj"
        else None
    )
    if fate == "killed" and attr is not None and _noun_meaning(attr) == "civilian":
        return "civilians_killed"
    return fate


def _fate_after_number(ctx: _DocContext, m: _Mention) -> str | None:
    """A bare number's own participle or adjective: "20 dead", "4,000 killed or
    wounded", "26,000 arrested", "15 believed killed", "rose to 10 killed"."""
    doc, lex = ctx.doc, lexicon()
    k = m.span.end
    while k < m.sent.end and k < m.span.end + 3 and doc[k].lower_ in _BRIDGE and doc[k].lower_ != "to":
        k += 1
    if k >= m.sent.end:
        return None
    after = doc[k]
    if after.lower_ in lex.adjs and after.tag_ in ("JJ", "VBN", "VBD", "NN", "NNS"):
        return _combined(after, lex.adjs[after.lower_])
    if after.tag_ in ("VBN", "VBD") and not _has_object(after):
        told = _fate(_verb_meaning(after))
        return told if told in _EVENT_MEANINGS else None
    return None


def _list_after_toll(ctx: _DocContext, m: _Mention) -> str | None:
    """A verbless list after a toll and a colon or semicolon breaks the toll down: "13
    bodies were found in the streets; eight guerrillas, four soldiers and a civilian"."""
    doc, sent = ctx.doc, m.sent
    k = m.span.start - 1
    while k > sent.start and doc[k].text not in (";", ":"):
        k -= 1
    if k <= sent.start:
        return None
    end = next((j for j in range(m.span.end, sent.end) if doc[j].text in (";", ":")), sent.end)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : end]):
        return None  # a clause of its own says what happened to these
    toll = [
        p
        for p in ctx.ordered
        if p.sent.start == sent.start and p.start < doc[k].idx and p.quantity in _HARMS and p.value >= m.value
    ]
    return _family(toll[-1].quantity) if toll else None


def _predicate_fate(ctx: _DocContext, m: _Mention, kind: str | None) -> str | None:
    """What the clause says happened to the counted people or things, trying the
    count's own words first, then the clause, then word order."""
    doc, noun = ctx.doc, m.noun
    # "a quarter of a million victims", "dozens of people": an "of" inside the amount
    inner_of = (
        noun is not None
        and noun.dep_ == "pobj"
        and (
            m.span.start <= noun.head.i < m.span.end
            or (noun.head.lower_ == "of" and m.span.start <= noun.head.head.i < m.span.end)
        )
    )
    if m.group is not None:
        arg = m.root  # "4,000 of the 12,000 troops were killed": the part is the subject
    elif inner_of and noun is not None:
        # the clause governs the amount's top word, not the noun inside it
        tops = [
            t
            for t in m.span
            if not m.span.start <= t.head.i < m.span.end and noun not in (t.head, t.head.head)
        ]
        arg = tops[0] if tops else noun
    else:
        arg = noun if noun is not None else m.root
    fate = None
    if noun is not None and not m.left_noun:
        fate = _modifier_fate(ctx, m, noun, arg, inner_of)
    if fate is None and (noun is None or m.left_noun) and m.group is None:
        fate = _fate_after_number(ctx, m)
    climbed = _climb(m, arg)
    m.arg = climbed
    if fate in ("captured", "missing", "displaced", "deserted"):
        # "the bodies of three missing soldiers", "the death of four students who had been
        # kidnapped": what the clause says happened last outweighs how the noun is described
        told, verb, agent = _role_meaning(climbed)
        if not agent and told in ("killed", "wounded", "casualties"):
            fate, m.verb = told, verb
    if (
        m.parent is None
        and noun is not None
        and m.root.head != noun
        and m.root.dep_ in ("pobj", "conj", "appos")
    ):
        _climb(m, m.root)  # "including 1733 children ...": the number hangs off the list itself
    whole = noun is not None and _is_whole(ctx, noun, m)
    if fate is None and whole:
        # "4,000 of the 12,000 troops ... were killed": the verb is the part's; the whole
        # keeps what its noun says (troops present, residents counted)
        return "deployed" if kind in ("force", "armed") else "other" if kind else None
    if fate is None:
        fate, verb, agent = _role_meaning(climbed)
        m.verb = m.verb or verb
        if agent:
            m.agent_verb = verb
    if fate is None and noun is not None and not m.left_noun and not whole:
        fate = _participle_for(climbed)  # a predicate after the last of a list
    if (
        fate is None
        and kind in ("person", "civilian", "national")
        and climbed.dep_ == "nsubj"
        and climbed.head.lemma_.lower() in ("leave", "escape", "evacuate")
        and _has_object(climbed.head)
    ):
        fate = "displaced"  # "18,000 civilians left the besieged districts"
    if fate is None and m.group is not None:
        # the group's own predicate: "one-third of the contingent had sustained casualties"
        for t in m.sent:
            if t.i > m.root.i and lexicon().verbs.get(t.lemma_.lower()) == "suffer":
                fate = _suffered(t)
                if fate:
                    m.verb = t
                    break
    if fate is None and m.group is not None and m.group.pos_ == "PRON":
        fate = _antecedent_fate(ctx, m, climbed)
    if fate is None:
        fate = _list_after_toll(ctx, m)
    if fate is None and m.parent is not None:
        # a part shares its total's fate: "the killing of 5,812 civilians including 1,733 children"
        total = ctx.mention_counting(m.parent)
        if total is not None and total.quantity:
            fate = "killed" if total.quantity == "civilians_killed" else total.quantity
    return fate or _prev_verb_meaning(doc, m)


def _settle(
    ctx: _DocContext, m: _Mention, fate: str | None, kind: str | None, what: Token | None
) -> str | None:
    """The quantity from a fate and the noun's kind, or None when nothing is counted."""
    if fate == "lose":
        fate = "equipment" if kind == "equipment" else _lost_people(ctx, m)
    elif fate == "launch":
        fate = (
            "equipment" if kind in (None, "equipment") else "deployed" if kind in ("force", "armed") else None
        )
    if fate == "equipment" and kind in _PEOPLE_KINDS:
        fate = "killed"  # "destroyed 50 militants" in ministry copy
    elif fate == "equipment" and kind not in (None, "equipment"):
        fate = "other"  # "destroyed 300 homes": buildings are not equipment
    if fate is None:
        if kind == "equipment":
            fate = "equipment"  # "two of its tanks"
        elif kind in ("force", "armed") or (kind == "national" and _beside_forces(ctx, m)):
            fate = "deployed"  # "60,000 Russian troops and 12,000 North Koreans in the region"
        elif kind is not None:
            fate = "other"
        else:
            return None  # a bare number, or "68 nations", "a thousand words": nothing counted
    if kind is None and what is not None:
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


def _lost_people(ctx: _DocContext, m: _Mention) -> str:
    """People a side "lost" are its casualties, killed and wounded alike ("the enemy lost
    up to 120 servicemen"), unless the count is one more term of a death toll told in the
    same or the previous sentence ("... killed 15 civilians and 27 fighters. ISIS also
    lost 15 fighters")."""
    harms = {"killed", "wounded", "casualties"}
    previous = _sent(ctx.doc[m.sent.start - 1]).start if m.sent.start > 0 else m.sent.start
    own: set[str | None] = set()
    before: set[str | None] = set()
    for p in reversed(ctx.ordered):  # classified in text order: the latest first, back to the previous sentence
        if p.sent.start < previous:
            break
        (own if p.sent.start == m.sent.start else before).add(_family(p.quantity))
    for fates in (own & harms, before & harms):  # the count's own sentence decides when it has a toll
        if fates:
            return "killed" if fates == {"killed"} else "casualties"
    return "casualties"


def _beside_forces(ctx: _DocContext, m: _Mention) -> bool:
    """A count of nationals coordinated with a count of troops."""
    noun = m.noun
    if noun is None:
        return False
    if m.arg is not None and m.arg != noun and _noun_meaning(m.arg) == "force":
        return True
    for c in [*noun.children, noun.head]:
        other = next((x for x in ctx.by_token.values() if x.noun == c and x is not m), None)
        if other is not None and other.kind in ("force", "armed"):
            return True
    return False


def _classify(ctx: _DocContext, m: _Mention) -> bool:
    """Set kind, quantity, unit and verb. False when the mention counts nothing."""
    if _measure(ctx, m):
        return True
    what = m.group if m.group is not None else m.noun
    kind: str | None = None
    if what is not None:
        found = _kind(ctx, m, what)
        if isinstance(found, bool):
            return found
        kind = found
    m.kind = kind
    if m.left_noun and kind in _DIRECT:
        own = _fate_after_number(ctx, m)  # "casualties stand at 300 dead and 1,200 wounded"
        if own:
            m.quantity = own
            return True
    if kind == "equipment" and what is not None and any(c.lower_ in _NOT_WEAPONS for c in what.lefts):
        kind = m.kind = "other"  # "14 aid trucks", "100 merchant ships": not military equipment
    if kind == "wounded" and what is not None and m.group is None and what.lemma_.lower() == "wound":
        return False  # "received three bullet wounds": wounds on one body, not people wounded
    if kind in _DIRECT and not (m.group is not None and kind in ("other", "equipment")):
        m.quantity = kind
        # still read the verb, for sides ("Russia lost 20 tanks") and checks
        m.arg = _climb(m, m.noun if m.noun is not None and not m.left_noun else m.root)
        _, m.verb, agent = _role_meaning(m.arg)
        if agent:
            m.agent_verb = m.verb
        return not (kind in _HARMS and _irrealis(m.verb))
    m.quantity = _settle(ctx, m, _predicate_fate(ctx, m, kind), kind, what)
    # only a verb that tells a fate: when the fate was found by word order ("when soldiers
    # murdered 17 fishermen will not be repeated") the governing verb's modal is not its
    told = m.verb if m.verb is not None and _verb_meaning(m.verb) is not None else None
    if told is None:
        # a fate read by word order: the verb right before ("it would have killed at least
        # 5,000 [sic] people", "threatened to murder 10 judges" misparsed as a subject)
        told = _verb_before(ctx.doc, m)
    if m.quantity in _HARMS and told is not None and _irrealis(told):
        return False  # "threatened to kill 10 judges": an aim, not a toll, and not a count of anyone
    if m.quantity is not None and m.quantity != "distance" and _counts_units(m):
        m.quantity = "other"  # "inflicted losses on three brigades": units, not troops
    return m.quantity is not None


def _counts_units(m: _Mention) -> bool:
    """A number before a formation's name counts formations ("three Ukrainian brigades"),
    not people; "a brigade of 3,000" gives the brigade's strength and is not this."""
    noun = m.noun
    if noun is None or m.left_noun or m.group is not None:
        return False
    return noun.lemma_.lower() in _FORMATIONS or noun.lower_.removesuffix("s") in _FORMATIONS


def _is_one_of_nothing(m: _Mention) -> bool:
    """ "one of the largest attacks": "one of" counts a person or a force, nothing else."""
    if m.num.text.strip().lower() != "one" or m.group is None:
        return False
    return _noun_meaning(m.group) not in _PEOPLE_KINDS | {"killed", "wounded", "casualties", "captured"}


# ---------------------------------------------------------------- sides
def _government_side(ctx: _DocContext, tokens: Sequence[Token]) -> str | None:
    words = {t.lower_ for t in tokens}
    text = " ".join(t.lower_ for t in tokens).replace(" - ", "-")
    if words & _NOT_GOVERNMENT or "anti-" in text:
        return None
    if words & _GOVERNMENT_WORDS or "pro-government" in text or "pro-regime" in text:
        return ctx.home_state()
    return None


def _owner_side(m: _Mention, what: Token) -> str | None:
    """The side of whoever loses, launches or sends what is counted: "Russia lost 9
    tanks", "the US launched 59 missiles", "45 drones launched by Russia", "Pyongyang
    sent 12,000 troops"."""
    if m.quantity == "other":
        return None
    verbs = [v for v in (m.verb, m.agent_verb) if v is not None]
    verbs += [c for c in what.children if c.dep_ in ("acl", "relcl") and c.i > what.i]
    if what.dep_ in ("dobj", "obj"):
        verbs.append(what.head)  # "Russia has 470,000 troops deployed"
    for verb in verbs:
        vm = _verb_meaning(verb) or ""
        holds = m.quantity == "deployed" and (
            vm == "deployed" or verb.lemma_.lower() in ("have", "keep", "maintain")
        )
        if not (vm in ("lose", "suffer", "launch") or holds):
            continue  # "Russia has around 470,000 troops": who holds them
        subj = _subject_of(verb)
        if subj is None or subj.dep_ == "nsubjpass" or subj == what:
            # a passive or a participle: the agent of "launched by Russia"
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None and subj != what:
            side = side_of(_text([t for t in subj.subtree if t.i <= subj.i][-6:]))
            if side:
                return side
    return None


def _counted_people(ctx: _DocContext, m: _Mention, what: Token) -> Token:
    """ "casualties among the 12,000 soldiers": the people the casualties are among,
    whose number is the whole the casualties are out of."""
    if m.kind not in ("casualties", "killed", "wounded", "captured", "missing"):
        return what
    for c in what.rights:
        if c.dep_ == "prep" and c.lower_ in ("among", "of", "in"):
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and _noun_meaning(p) in _PEOPLE_KINDS:
                whole = ctx.mention_counting(p)
                if whole is not None and m.out_of is None and m.group is None:
                    m.out_of = whole.value
                m.subject = _text(_np_tokens(p))
                return p
    return what


def _resolve_side(ctx: _DocContext, m: _Mention, previous: list[_Mention]) -> None:
    """Whose people or equipment a mention counts, and the phrase that says so."""
    what = m.group if m.group is not None else m.noun
    if what is None or m.quantity == "distance" or m.unit:
        return
    what = _counted_people(ctx, m, what)
    if m.subject is None:
        after = m.span[-1].i if what.i > m.span[-1].i and m.group is None and not m.left_noun else -1
        m.subject = _text(_np_tokens(what, after))
    if what.lower_ in ("others", "more"):
        # "a hundred others": the same people as the count before it
        prior = next(
            (
                p
                for p in reversed(previous)
                if p.sent == m.sent
                and p.quantity != "distance"
                and (p.noun is not None or p.group is not None)
            ),
            None,
        )
        if prior is not None:
            m.side = prior.side
            if m.quantity == "killed" and (prior.quantity == "civilians_killed" or prior.kind == "civilian"):
                m.quantity = "civilians_killed"
            return
    phrase = _np_tokens(what) + _of_phrase(what)
    side = side_of(_text(phrase))
    if side:
        m.side = side
        return
    kind = _noun_meaning(what)
    if kind in ("civilian", "person") and what.lemma_.lower() not in _PRONOUNS:
        return  # civilians and people belong to no party unless the phrase says so
    m.side = (_government_side(ctx, phrase) if kind in _PEOPLE_KINDS else None) or _owner_side(m, what)
    if m.side:
        return
    possessor = _possessor_side(what)
    if possessor:
        m.side = possessor  # "the Turkish military said four of its soldiers were killed"
        return
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") for t in phrase if t != what)
    if kind in ("force", "national") and not named:
        # a bare "troops", "soldiers": the forces the sentence is about, or the state's own
        sides = ctx.sentence_sides(m.sent)
        if len(sides) == 1:
            m.side = next(iter(sides))
        elif (
            not sides
            and any(t.lower_ in _GOVERNMENT_WORDS for t in m.sent if not m.span.start <= t.i < m.span.end)
            and not any(t.lower_ in _NOT_GOVERNMENT for t in phrase)
        ):
            # "captured several army positions and killed nine troops": the state's own,
            # unless the sentence names another state ("Ukraine's military estimates
            # that Russia has 470,000 troops")
            home = ctx.home_state()
            if home and ctx.states_named(m.sent) <= {home}:
                m.side = home
        elif not sides and what.lemma_.lower() in _REGULARS and not ctx.states_named(m.sent):
            # "17 soldiers and 24 fighters of HTS were killed": soldiers, in a report
            # about one state's war and a sentence naming no state, are that state's
            m.side = ctx.home_state()


def _possessor_side(what: Token) -> str | None:
    """ "its soldiers", "their troops": the side of the body that reports them, the
    subject of the reporting verb the phrase is said under."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in what.children):
        return None
    tok = what
    for _ in range(8):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in cues_with("speaks"):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            return side_of(_text([t for t in subj.subtree if t.i <= subj.i][-6:]))
    return None


# ---------------------------------------------------------------- sides read through the report
# "Out of some 9,000 troops…, 800 had been killed", "Of the 3,000 casualties, around 700…":
# a fronted whole whose part follows in the same sentence
_FRONTED_WHOLE = re.compile(r"^\W*(?:out\s+)?of\s+(?:the\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+)*$", re.I)


def _sides_through_the_report(ctx: _DocContext, mentions: list[_Mention]) -> None:
    """Sides a sentence leaves open and the report gives: the part of a fronted whole
    takes the whole's side, troops "sent from Eritrea" are Eritrea's, and a bare toll
    ("approximately 1,500 killed or wounded") right after a sided contingent counts it."""
    for k, m in enumerate(mentions):
        if m.side is not None:
            continue
        what = m.group if m.group is not None else m.noun
        if what is not None and m.quantity == "deployed":
            m.side = _sent_from_side(what)
        if m.side is not None or what is not None or m.quantity not in _HARMS:
            continue
        whole = _fronted_whole(ctx, m, mentions[:k])
        if whole is not None:
            m.side = whole.side
            if m.out_of is None and whole.value > m.value:
                m.out_of = whole.value
            continue
        contingent = _contingent_before(ctx, m, mentions[:k])
        if contingent is not None:
            m.side = contingent.side


def _fronted_whole(ctx: _DocContext, m: _Mention, before: list[_Mention]) -> _Mention | None:
    for p in reversed(before):
        if p.sent.start != m.sent.start:
            return None
        if _FRONTED_WHOLE.match(ctx.text[p.sent.start_char:p.num.num_start]):
            return p if p.side is not None or p.quantity in _HARMS else None
    return None


def _sent_from_side(what: Token) -> str | None:
    """ "troops sent from Eritrea", "soldiers dispatched from Chad": the sender's side."""
    for verb in (c for c in what.children if c.dep_ in ("acl", "relcl")):
        if _verb_meaning(verb) != "deployed":
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                side = side_of(_text(_np_tokens(pobj)))
                if side:
                    return side
    return None


def _contingent_before(ctx: _DocContext, m: _Mention, before: list[_Mention]) -> _Mention | None:
    """The sided force counted in the sentence before a bare toll, when the toll's own
    sentence names no other state."""
    report = context_of(ctx.doc)
    here = report.sent_index(m.sent.start)
    for p in reversed(before):
        gap = here - report.sent_index(p.sent.start)
        if gap > 1:
            return None
        if p.side is None or p.quantity not in ("deployed", *_HARMS) or _noun_meaning(p.noun or p.root) not in (
                "force", "armed", "national", None) and p.quantity != "deployed":
            continue
        if ctx.states_named(m.sent) - {p.side}:
            return None
        return p
    return None


# ---------------------------------------------------------------- parts and shares
def _resolve_share(ctx: _DocContext, m: _Mention, mentions: list[_Mention]) -> bool:
    """Value and out_of of a part or a share. False when a share's whole is unknown."""
    g = m.group
    if g is None:
        return not m.num.is_share
    whole = ctx.mention_counting(g) or ctx.by_token.get(g.i)  # "of the 12,000 troops", "of 200"
    if whole is not None:
        m.out_of = whole.value
    elif m.num.is_share:
        m.out_of = _whole_elsewhere(m, mentions)
    if m.num.is_share:
        if m.out_of is None:
            return False
        m.fraction = m.num.fraction
        m.value = round((m.num.fraction or 0) * m.out_of)
        m.computed = True
    return True


def _whole_elsewhere(m: _Mention, mentions: list[_Mention]) -> float | None:
    """ "one-third of the North Korean contingent": the contingent's size stated in
    another sentence (a deployed count of the same side), or, for "half of them", the
    count just before."""
    g = m.group
    assert g is not None
    if g.lemma_.lower() in _PRONOUNS:
        prior = [
            p
            for p in mentions
            if p.start < m.start
            and p.quantity not in ("distance", None)
            and not p.num.is_share
            and p.sent.start >= m.sent.start - 80
        ]
        return prior[-1].value if prior else None
    side = side_of(_text(_np_tokens(g) + _of_phrase(g)))
    if side is None:
        return None
    same = [
        p
        for p in mentions
        if p.quantity == "deployed" and p.side == side and not p.num.is_share and not p.num.vague
    ]
    if not same:
        return None
    before = [p for p in same if p.start < m.start]
    return (before[-1] if before else same[0]).value


# ---------------------------------------------------------------- the figures of a document
def _extent(m: _Mention) -> tuple[int, int]:
    """The figure's text: the number with its qualifiers and, when it follows, its noun."""
    start, end = m.num.start, m.num.end
    tail = m.group if m.group is not None else m.noun
    if tail is not None and not m.left_noun and m.span.end <= tail.i <= m.span.end + 8:
        end = max(end, tail.idx + len(tail.text))
    return start, end


def find_figures(
    doc: Doc, excluded: Sequence[tuple[int, int]] = (), *, vague: bool = False
) -> tuple[list[Figure], list[Check]]:
    """Every mention of a count in ``doc``, typed and bound to its side, and the checks
    that compare fractions and breakdowns with the counts they are built from.

    ``excluded`` are character spans (times, dates) another module has claimed.
    ``vague`` also reports "dozens", "hundreds of thousands" (value = order of
    magnitude, approximate)."""
    return _find_figures(doc, excluded, vague)


def _find_figures(
    doc: Doc, excluded: Sequence[tuple[int, int]], vague: bool
) -> tuple[list[Figure], list[Check]]:
    ctx = _DocContext(doc)
    report = context_of(doc)
    mentions: list[_Mention] = []
    for num in find_numbers(ctx.text):
        if (excluded and _overlaps(num.num_start, num.num_end, excluded)) or (num.vague and not vague):
            continue
        if report.told_elsewhere(num.num_start, num.num_end):
            continue  # a count in a caption, a footer or a headline is not the story's own
        span = ctx.tokens(num.num_start, num.num_end)
        if span is None or _refuse(ctx, num, span):
            continue
        roots = [t for t in span if not span.start <= t.head.i < span.end or t.head == t]
        root = roots[-1] if roots else span[-1]
        m = _Mention(num=num, span=span, root=root, sent=_sent(root), value=num.value)
        mentions.append(m)
        for t in span:
            ctx.by_token[t.i] = m
    kept: list[_Mention] = []
    for m in mentions:
        _bind(ctx, m)
        if (
            m.num.value == 0
            and m.noun is None
            and m.group is None
            and m.num.text.lower().strip()
            not in (
                "no one",
                "nobody",
            )
        ):
            continue  # "zero" or "no" with nothing counted
        if _is_one_of_nothing(m) or not _classify(ctx, m):
            continue
        kept.append(m)
        ctx.ordered.append(m)
    # parts and shares of a stated whole first; a share of a whole stated elsewhere
    # ("one-third of the North Korean contingent") waits until sides are known
    pending = [m for m in kept if not _resolve_share(ctx, m, kept)]
    done: list[_Mention] = []
    for m in kept:
        _resolve_side(ctx, m, done)
        done.append(m)
    kept = [m for m in kept if m not in pending or _resolve_share(ctx, m, kept)]
    _sides_through_the_report(ctx, kept)
    figures = []
    for m in kept:
        s, e = _extent(m)
        figures.append(
            Figure(
                value=float(m.value),
                quantity=m.quantity or "other",
                text=ctx.text[s:e],
                span=(s, e),
                low=m.num.low,
                high=m.num.high,
                approximate=m.num.approximate,
                unit=m.unit,
                subject=m.subject,
                side=m.side,
                out_of=m.out_of,
                fraction=round(m.fraction, 4) if m.fraction is not None else None,
            )
        )
    return figures, _fraction_checks(kept) + _sum_checks(ctx, kept)


# ---------------------------------------------------------------- checks
def _agrees(stated: _Mention, value: float) -> bool:
    tol = 0.1 if stated.num.approximate else 0.02
    return abs(stated.value - value) <= max(1.0, tol * max(abs(stated.value), abs(value)))


def _fraction_checks(mentions: list[_Mention]) -> list[Check]:
    """A share of a whole against the same count stated plainly nearby."""
    checks = []
    for m in mentions:
        if not m.computed or m.out_of is None or (m.group is not None and m.group.pos_ == "PRON"):
            continue  # "half of them were children": a subset, not a count stated twice
        stated = [
            p
            for p in mentions
            if p is not m
            and not p.computed
            and p.quantity == m.quantity
            and p.side == m.side
            and not p.num.vague
            and p.value != m.out_of
            and 0.5 * m.value <= p.value <= 2 * m.value  # of the same order, else another count
        ]
        if not stated:
            continue
        near = min(stated, key=lambda p: abs(p.start - m.start))
        if m.num.bound == "min":
            ok = near.value >= 0.98 * m.value  # "more than one-third of 12,000"
        elif m.num.bound == "max" and not any(q in (m.num.qualifier or "") for q in _NEAR):
            ok = near.value <= 1.02 * m.value
        else:
            ok = _agrees(near, m.value)
        detail = (
            f"{m.num.text.strip()} of {format_number(m.out_of)} = {format_number(m.value)} "
            f"{'agrees with' if ok else 'disagrees with'} the {format_number(near.value)} "
            f'stated in "{near.num.text.strip()}"'
        )
        checks.append(Check(kind="fraction", ok=ok, detail=detail))
    return checks


def _family(quantity: str | None) -> str | None:
    return "killed" if quantity in _KILLED_FAMILY else quantity


# The counts a breakdown adds up: people's fates
_SUMMED = _words("killed wounded casualties captured missing")
# Bounds that say "close to" rather than "no more than"
_NEAR = ("nearly", "almost", "close to", "just under")


def _sum_ok(total: _Mention, parts_sum: float, subset: bool) -> bool:
    t = total.value
    if subset:
        return parts_sum <= (t * 1.1 if total.num.approximate else t)
    if total.num.bound == "min":
        return parts_sum >= t
    if total.num.bound == "max" and not any(q in (total.num.qualifier or "") for q in _NEAR):
        return parts_sum <= t  # "up to 50", "fewer than 50"
    if total.num.approximate:
        return abs(parts_sum - t) <= max(1.0, 0.1 * t)
    return parts_sum == t


def _sum_check(total: _Mention, parts: list[_Mention], subset: bool) -> Check:
    s = sum(p.value for p in parts)
    ok = _sum_ok(total, s, subset)
    terms = " + ".join(format_number(p.value) for p in parts)
    if subset:
        verdict = "fits within" if ok else "exceeds"
    else:
        verdict = "agrees with" if ok else "does not add up to"
    stated = total.num.text.strip()
    if total.subject:
        stated += f" {total.subject}"
    return Check(
        kind="sum", ok=ok, detail=f"{terms} = {format_number(s)} {verdict} the {stated} stated as the total"
    )


def _is_total(m: _Mention) -> bool:
    """A count another sentence may break down: of people in general ("more than 50
    people", "the dead", "killed 40"), not of one kind of them ("11 civilians")."""
    generic = (
        m.noun is None
        or m.noun.lemma_.lower() in ("people", "person")
        or _noun_meaning(m.noun)
        in (
            "killed",
            "wounded",
            "casualties",
        )
    )
    return m.quantity in _SUMMED | _KILLED_FAMILY and not m.computed and m.group is None and generic


_ADDED = ("another", "a further", "an additional", "additional", "an extra")


def _is_part(m: _Mention) -> bool:
    """A count that may be a term of a sum: not itself a share or a part of a part,
    and not one added to the total ("... including six children, and another 23")."""
    return m.group is None and not m.computed and not any(q in (m.num.qualifier or "") for q in _ADDED)


def _sum_checks(ctx: _DocContext, mentions: list[_Mention]) -> list[Check]:
    """Breakdowns against their totals, in one sentence ("killed 50 people: 15
    civilians and 27 fighters", "30 villagers including 12 women and 5 children") or
    across two ("ISIS killed more than 50 people ..." / "the attack killed 15
    civilians and 27 fighters with another 10 bodies ...")."""
    checks: list[Check] = []
    used: set[int] = set()
    by_parent: dict[int, list[_Mention]] = {}
    for m in mentions:
        if m.parent is not None:
            by_parent.setdefault(m.parent.i, []).append(m)
    for head_i, parts in by_parent.items():
        total = ctx.mention_counting(ctx.doc[head_i])
        if total is None or total not in mentions or _family(total.quantity) not in _SUMMED:
            continue  # breakdowns of people's fates only; "517 homes three zones 240 areas" is a list
        # only parts of the same kind of count: "13 civilians and more than 30 wounded"
        parts = [p for p in parts if _family(p.quantity) == _family(total.quantity) and _is_part(p)]
        if len(parts) < 2:
            used.add(id(total))
            continue
        if any(p.part_how == "list" for p in parts) and not _announced(total, parts[0]):
            continue  # "11 women nine children" in comma-less copy: a list, not a breakdown
        subset = all(p.part_how == "including" for p in parts) or _announced(
            total, parts[0], ("among", "including")
        )
        if subset and total.kind == "civilian" and any(p.kind in ("force", "armed") for p in parts):
            continue  # fighters "including" in a count of civilians: a misread list, not a sum
        checks.append(_sum_check(total, parts, subset))
        used.add(id(total))
    sents = context_of(ctx.doc).sents
    sent_index = {s.start: k for k, s in enumerate(sents)}
    for m in mentions:
        if (
            id(m) in used
            or not _is_total(m)
            or m.verb is None
            or m.noun is not None
            and m.noun.i in by_parent
        ):
            continue
        k = sent_index.get(m.sent.start)
        if k is None or k + 1 >= len(sents):
            continue
        if any(
            p.sent.start == m.sent.start
            and p is not m
            and p.quantity in _KILLED_FAMILY | {"wounded", "casualties"}
            for p in mentions
        ):
            continue  # the sentence already breaks its own counts down
        parts = _breakdown(mentions, sents[k + 1], m)
        if len(parts) >= 2:
            checks.append(_sum_check(m, parts, subset=False))
            used.add(id(m))
    return checks


def _breakdown(mentions: list[_Mention], sent: Span, total: _Mention) -> list[_Mention]:
    """Counts in ``sent`` governed by one verb of the total's lemma, and the "another N"
    phrases hanging off them."""
    assert total.verb is not None
    family = _KILLED_FAMILY if total.quantity in _KILLED_FAMILY else {total.quantity}
    lemma = total.verb.lemma_.lower()
    for v in sent:
        if v.lemma_.lower() != lemma or v.pos_ != "VERB":
            continue
        # the terms: counts under the verb, not the subsets of them ("49 militants
        # including seven commanders")
        chain = [
            m
            for m in mentions
            if m.verb == v and m.sent.start == sent.start and m.parent is None and _is_part(m)
        ]
        extra = [
            m
            for m in mentions
            if m not in chain
            and m.sent.start == sent.start
            and m.noun is not None
            and m.noun.dep_ == "pobj"
            and m.noun.head.lower_ in ("with", "plus")
            and any(m.noun.head.head == x.noun for x in chain)
            and m.quantity in family
        ]
        parts = [m for m in chain if m.quantity in family] + extra
        if len(parts) >= 2:
            return sorted(parts, key=lambda p: p.start)
    return []


def _announced(total: _Mention, first: _Mention, words: tuple[str, ...] = (":", "-", "–", "—")) -> bool:
    """A colon or a dash between a total and its first term: "50 people: 15 civilians";
    with ``words``, one of those ("11 civilians - among them four women ...")."""
    if total.noun is None:
        return False
    doc = total.noun.doc
    return any(t.lower_ in words for t in doc[total.noun.i + 1 : first.span.start])


__all__ = ["QUANTITIES", "Lexicon", "find_figures", "lexicon"]
