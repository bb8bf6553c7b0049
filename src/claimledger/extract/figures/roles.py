"""What the predicate over a counted phrase says happened to it: the subject, object or
prepositional object of a verb ("21 soldiers died", "killed 3 villagers", "the bodies of
44 victims"), the fate in an xcomp or an "among" phrase ("were said to be killed", "were
among the dead"), and the verb inside an event noun ("the killing of")."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.meanings import combined, fate_of, noun_meaning, verb_meaning
from claimledger.extract.figures.syntax import has_object, subject_of
from claimledger.extract.figures.words import DIRECT, EVENT_MEANINGS, PEOPLE_FATES, lexicon


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
