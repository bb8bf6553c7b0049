"""Events not told as done: a vow, a plan, a threat, a future, a condition, a cause.

"The army chief vowed to retake Kidal", "the ministry will deploy 2,000 troops", "if the
rebels surrender", "the Houthis warned they would strike any ship", "Kyiv intends to launch
a counteroffensive", "farmers are fighting for a piece of land", "a battle for survival": the
trigger word is there, the happening is not. A real event needs a realis trigger, so the
trigger's clause is read up its chain of heads (the verb a noun is the object of, the verb
whose "to" complement it is, the verb a bare conjunct shares its auxiliary with) until a
clause that stands on its own (a relative clause, a reported clause, the root).

Told as done all the same: "may have captured" (a past, unsure), "the town the rebels
captured last year, which the army vowed to retake" (its own relative clause), "began to
withdraw", "continued to shell" (under way). The words are data (``data/unreal_words.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.events_view import FORCE_NOUNS

_WORDS = word_lists("unreal_words.tsv")
INTENT_VERBS = _WORDS["intent_verb"]
INTENT_ADJECTIVES = _WORDS["intent_adjective"]
INTENT_NOUNS = _WORDS["intent_noun"]
APPROVING_VERBS = _WORDS["approving_verb"]
UNMADE_OBJECT_VERBS = _WORDS["unmade_object_verb"]
DEADLINES = _WORDS["deadline_noun"]
FUTURE = _WORDS["future_aux"]
REPORTED_FUTURE = _WORDS["reported_future_aux"]
POSSIBLE = _WORDS["possible_aux"]
CONDITIONS = _WORDS["condition_mark"]
NEAR = _WORDS["near_adjective"]
CAUSES = _WORDS["cause_noun"]
FIGURE_BATTLES = _WORDS["figure_battle"]
LETTING_VERBS = _WORDS["letting_verb"]

# the words of a fight: a fight for a cause or a legal battle is no armed clash
FIGHT_LEMMAS = frozenset({"fight", "fighting", "battle", "struggle", "war", "combat"})
# who fights for ground, not for a cause, when they fight "for every metre"
FIGHTERS = FORCE_NOUNS | _WORDS["ground_fighter"]
# marks of a clause of time, whose happening is its head's unless told in the past
TIME_MARKS = frozenset({"until", "till", "before", "after", "once", "when", "as"})
# how far up the chain of heads the reading goes (a clause is seldom deeper)
DEPTH = 8


def unrealised(tok: Token) -> bool:
    """Whether the trigger is only meant, promised, threatened, to come, under a condition,
    or a fight for a cause: not told as having happened."""
    return _figurative_fight(tok) or _meant(tok)


def _aux(node: Token) -> list[str]:
    return [c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}]


def _perfect_or_ongoing(node: Token, auxes: list[str]) -> bool:
    """ "may have captured", "could be withdrawing": a past or a present told unsure."""
    return "have" in auxes or "'ve" in auxes or node.tag_ == "VBG" and "be" in auxes


def _conditional(node: Token) -> bool:
    """ "if the rebels surrender", "unless the army withdraws", "should the talks fail"."""
    if node.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if marks & CONDITIONS:
        return True
    subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # "Should the talks fail", "Had the troops stayed": the auxiliary before its subject
    return subject is not None and any(c.dep_ == "aux" and c.lower_ in {"should", "had", "were"} and c.i < subject.i
                                       for c in node.children)


def _meant(tok: Token) -> bool:
    node = tok
    if tok.pos_ != "VERB":
        if _meant_noun(tok):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in NEAR:
            return True  # "the two sides were close to a deal": not yet made
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            node = tok.head.head  # "called for the deployment of troops", "plans for an offensive"
        elif tok.dep_ in {"dobj", "nsubjpass", "attr"}:
            node = tok.head  # "launch a counteroffensive", "promised a withdrawal"
        else:
            return False
        if node.lemma_.lower() in INTENT_VERBS | APPROVING_VERBS | UNMADE_OBJECT_VERBS and tok.dep_ == "dobj":
            return True  # "promised a full withdrawal", "approved the deployment", "fear an attack"
        if node.pos_ not in {"VERB", "AUX"}:
            # "preparations for an assault", "fears of an offensive", "the threat of an attack"
            return node.lower_ in INTENT_NOUNS and tok.dep_ == "pobj"
    for depth in range(DEPTH):
        auxes = _aux(node)
        if set(auxes) & FUTURE or "going" in auxes:
            return True  # "will deploy", "shall withdraw"
        if set(auxes) & POSSIBLE and not _perfect_or_ongoing(node, auxes) and depth == 0 and node.tag_ == "VB":
            return True  # "could strike", "may be deployed": what may come
        if set(auxes) & REPORTED_FUTURE and node.dep_ in {"ccomp", "advcl", "conj"} and not (
                node.dep_ == "conj" and not _reported(node)):
            return True  # "said it would deploy troops", "warned they would strike any ship"
        if _conditional(node) or any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return True  # (and "declined to comment on whether forces would be deployed": asked, not told)
        head = node.head
        if "to" in auxes and node.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in LETTING_VERBS:
            # "the operation had allowed officers to retake control": done, if the letting was
            # ("the deal will allow the rebels to withdraw" is read on the letting verb)
            if head.tag_ not in {"VBD", "VBN"}:
                return True  # "the truce allows the army to deploy": permitted, not done
            node = head
            continue
        if node.tag_ == "VB" and node.dep_ in {"ROOT", "ccomp"} and "to" in auxes \
                and any(c.dep_ == "nsubj" for c in node.children):
            return True  # "Kenya to send 1,000 police officers to Haiti, says Ruto": a headline's future
        if head.i == node.i:
            return False
        if node.dep_ == "xcomp" or node.dep_ == "advcl" and any(c.lower_ == "to" for c in node.children
                                                                if c.dep_ == "aux"):
            if head.lemma_.lower() in INTENT_VERBS or head.lower_ in INTENT_ADJECTIVES:
                return True  # "vowed to retake", "is preparing to deploy", "ready to withdraw"
            if head.lemma_.lower() == "give" and any(c.dep_ == "dobj" and c.lower_ in DEADLINES
                                                     for c in head.children):
                return True  # "gave the army 48 hours to withdraw": an ultimatum
            if head.pos_ in {"NOUN", "PROPN"}:
                return head.lower_ in INTENT_NOUNS
        elif node.dep_ == "acl" and head.lower_ in INTENT_NOUNS and any(c.lower_ == "to" for c in node.children):
            return True  # "a plan to deploy", "its threat to attack"
        elif node.dep_ == "conj" and node.tag_ == "VB" and not auxes:
            pass  # "will withdraw and hand over its posts": the bare conjunct shares the future
        elif node.dep_ in {"prep", "pcomp", "advmod"}:
            if head.dep_ == "pobj" and head.lower_ in INTENT_NOUNS:
                return True  # "on the verge of capturing the town", "calls for withdrawing"
        elif node.dep_ == "advcl" and node.tag_ != "VBD" and {c.lower_ for c in node.children
                                                              if c.dep_ in {"mark", "advmod"}} & TIME_MARKS:
            # (the parser may hang "once" as an adverb: "would hold talks once all rifles had been handed in")
            pass  # "vowed to fight until every foreign soldier had left": as meant as its head
        else:
            return False  # a clause of its own: the root, a relative or reported clause
        node = head
    return False


def _reported(node: Token) -> bool:
    """Whether a conjunct belongs to a reported clause ("said they would regroup and attack")."""
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in {"ccomp", "advcl"}


def _meant_noun(tok: Token) -> bool:
    """ "the planned deployment", "a proposed withdrawal": a noun named as only meant."""
    return any(c.dep_ == "amod" and c.lower_ in {"planned", "proposed", "promised", "threatened", "intended",
                                                  "expected", "possible", "potential", "future", "impending",
                                                  "looming", "imminent", "anticipated"} for c in tok.lefts)


def _figurative_fight(tok: Token) -> bool:
    """ "fighting for a piece of land", "a fight for justice", "a legal battle", "the battle
    against poverty": a fight for or against a cause, by no force, is no armed clash."""
    if tok.lemma_.lower() not in FIGHT_LEMMAS and tok.lower_ not in FIGHT_LEMMAS:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in FIGURE_BATTLES for c in tok.lefts):
        return True
    fought = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.lower_ in CAUSES or o.lemma_.lower() in FIGHT_LEMMAS and _figurative_fight(o) for o in fought):
        return True  # "fighting corruption", "is fighting a legal battle over the detentions"
    aims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "against", "over", "with"}
            for g in c.children if g.dep_ == "pobj"]
    if not aims or not any(g.lower_ in CAUSES for g in aims):
        return False
    if any(g.lower_ in {"piece", "inch", "metre", "meter", "yard"} for g in aims) and _by_fighters(tok):
        return False  # "our troops are fighting for every metre": ground, by a force
    return not any(c.dep_ == "prep" and c.lower_ in {"in", "near", "around", "at", "between"} for c in tok.children)


def _by_fighters(tok: Token) -> bool:
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(w.lower_ in FIGHTERS for s in subjects for w in s.subtree)
