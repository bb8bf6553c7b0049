"""Armed expulsions: "gunmen drove 40 families from their homes", "settlers forced a family
out of its house at gunpoint", "hundreds of villagers were driven from Djugu by militiamen".
People put out of their homes by armed men are attacked, whether or not a shot is told
(OUTPUT.md has no type for displacement: the act is an attack, the displaced a figure).
Not: a force driven out of a town (ground changing hands, the trigger table's), floods or
fighting that forced families to flee (no doer; "fighting" tells its own battle), a landlord
or the police evicting tenants or vendors unless at gunpoint. Words: data/expulsion_words.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.events_senses import ARMED_KILLERS, FORCE_MOVERS
from claimledger.extract.events_view import FORCE_NOUNS

_WORDS = word_lists("expulsion_words.tsv")
EXPEL_VERBS = _WORDS["expel_verb"]
EXPELLED = _WORDS["expelled"]
HOMES = _WORDS["home_word"]
BY_FORCE = _WORDS["by_force"]
ARMED_DOERS = _WORDS["armed_doer"]
CIVIL = _WORDS["civil_evictor"]
# "forced them to flee", "ordered residents to leave": the verbs of leaving a forcing sends people to
LEAVING = frozenset({"flee", "leave", "vacate", "abandon", "evacuate", "quit"})
# "drove them out", "chased them away": particles of putting out
OUT = frozenset({"out", "away", "off", "from", "into"})


def expelled(tok: Token) -> bool:
    """Whether the verb tells armed men putting people out of their homes or place."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EXPEL_VERBS:
        return False
    people = _people(tok)
    if not people:
        return False
    if not _put_out(tok):
        return False
    if _by_force(tok) or {t.lower_ for t in tok.sent} & {"gunpoint", "forcibly"}:
        return True  # "evicted at gunpoint", "were forcibly removed from their homes": armed, whoever did it
    doers = _doers(tok)
    heads = {d.lower_ for d in doers}
    words = {w.lower_ for d in doers for w in d.subtree}
    if heads & CIVIL:
        return False  # "police evicted 200 families", "floods drove families from their homes"
    # "gunmen", "militiamen", "soldiers"; "armed herders", "armed men", "settlers"
    return bool(heads & (FORCE_NOUNS | FORCE_MOVERS | ARMED_KILLERS)
                or heads & ARMED_DOERS and ("armed" in words or "settlers" in heads))


def _people(tok: Token) -> list[Token]:
    """The civilians put out: the object, or the subject of a passive ("families were driven")."""
    found = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "evicted at gunpoint more than 200 farmers": the object misread into the "at" phrase
    found += [g for c in tok.children if c.dep_ == "prep" and c.lower_ not in OUT for g in c.children
              if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]
    people = []
    for c in found:
        counted = {g.lower_ for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children}
        if (c.lower_ in EXPELLED or counted & EXPELLED) and not counted & (FORCE_NOUNS | FORCE_MOVERS) \
                and c.lower_ not in FORCE_NOUNS:
            people.append(c)
    return people


def _put_out(tok: Token) -> bool:
    """ "from their homes", "out of the village", "into the bush", "forced them to flee",
    "ordered residents to leave": told as put out of a place."""
    for c in _particles(tok):
        places = {g.lower_ for g in c.subtree}
        if c.lower_ in {"out", "away", "off"} or places & HOMES or any(
                g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN" for g in c.subtree):
            return True
    for c in tok.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in LEAVING:
            return True  # "forced hundreds of people to flee", "ordered residents to leave"
    # "forced hundreds of villagers out of their homes": "out" read as the object's modifier
    return any(g.dep_ == "prep" and g.lower_ == "out" for c in tok.children if c.dep_ == "dobj" for g in c.children)


def _particles(tok: Token) -> list[Token]:
    """The verb's "from", "out", "into" words, also those the parse hung on a phrase of it
    ("evicted at gunpoint from the village": "from" on "gunpoint")."""
    found = []
    for c in tok.children:
        if c.dep_ in {"prep", "prt", "advmod"}:
            found += [w for w in c.subtree if w.lower_ in OUT and w.dep_ in {"prep", "prt", "advmod"}
                      and (w is c or w.head.dep_ == "pobj")]
    # "expelled 140 families from the settlement": the parser hangs "from" on the people put out
    found += [g for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for g in c.children
              if g.dep_ == "prep" and g.lower_ in {"from", "out"}]
    return found


def _by_force(tok: Token) -> bool:
    """ "at gunpoint", "by force", "forcibly": the doer's expulsion is armed whoever it is."""
    return any(w.lower_ in {"gunpoint", "forcibly", "violently"} or w.lower_ == "force" and w.head.lower_ == "by"
               for c in tok.children if c.dep_ in {"prep", "advmod"} for w in c.subtree)


def _doers(tok: Token) -> list[Token]:
    """Who put them out: the subject, the "by" agent, or the noun a misread clause hangs on
    ("Armed herders evicted at gunpoint ..." parsed as a clause on "herders")."""
    found = [c for c in tok.children if c.dep_ == "nsubj"]
    found += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and tok.dep_ in {"acl", "relcl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        found = [tok.head]
    if not found and tok.dep_ == "conj":
        found = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return found


def put_out_of(tok: Token) -> bool:
    """Whether the trigger is a verb of expulsion: its "from" phrase is where it happened."""
    return tok.lemma_.lower() in EXPEL_VERBS and tok.lemma_.lower() != "order" and expelled(tok)
