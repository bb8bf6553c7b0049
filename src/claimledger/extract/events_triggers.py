"""Which words tell an event, and of what type: a trigger from ``data/events.tsv`` read
in its sentence ("captured" a town is a change of territory, "captured" soldiers a
capture; "launched" missiles an attack, "launched" an appeal none): the gates every word
passes, the phrasal and split verbs, the compounds and the senses read before the table.
The senses decided by a word's objects live in :mod:`claimledger.extract.events_object_senses`,
the words and tables in :mod:`claimledger.extract.events_trigger_words`. Split from
:mod:`claimledger.extract.events`.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_norms import cited_norm
from claimledger.extract.context import tokens_of
from claimledger.extract.events_acts import act_type
from claimledger.extract.events_agents import VERB_FORMS, event_lemma, misread_verb
from claimledger.extract.events_agreement_senses import agreement_in_background, agreement_unmade
from claimledger.extract.events_moves import (
    forces_massed,
    ground_handed,
    positions_taken,
)
from claimledger.extract.events_object_senses import refine
from claimledger.extract.events_senses import (
    EXCHANGES,
    FORCE_MOVERS,
    KILL_VERBS,
    armed_killing,
    came_under,
    fell_to,
    fire_exchanged,
    fire_returned,
    parties_agreeing,
)
from claimledger.extract.events_titles import (
    QUOTES,  # noqa: F401  (re-exported: tests/test_scan_lowered.py)
    in_a_title,
)
from claimledger.extract.events_trigger_words import (
    DUTY_OBJECTS,
    FIGHT_BACK,
    SPLIT_PARTICLES,
    THING_NOUNS,
    TITLE_WORDS,  # noqa: F401  (re-exported: tests/test_scan_lowered.py)
    trigger_words,
    triggers,
)
from claimledger.extract.events_view import FORCE_NOUNS
from claimledger.extract.events_violations import broken_agreement

_in_a_title = in_a_title  # the name earlier callers read (tests/test_scan_lowered.py)


def trigger_type(tok: Token) -> str | None:
    # called on every word of a report's story: the tag, lemma and form are read once
    # (each read is a lookup in spaCy's string store), and most words leave at the gates
    # (the event stage asks only the words events_gate.trigger_candidates lets pass: keep the two in step)
    pos = tok.pos_
    if pos not in {"VERB", "NOUN", "PROPN"}:
        return None
    word_lemma, form = tok.lemma_.lower(), tok.lower_
    if pos == "VERB" and word_lemma in FIGHT_BACK and _fights_back(tok):
        return "battle"
    if pos == "VERB" and word_lemma in KILL_VERBS and armed_killing(tok):
        return "attack"
    if word_lemma == "return" and fire_returned(tok):
        return "battle"  # "officers returned fire"
    if word_lemma in EXCHANGES and fire_exchanged(tok):
        return "battle"  # "an exchange of gunfire along the border", "the two sides traded fire"
    if pos == "VERB" and word_lemma == "agree" and parties_agreeing(tok):
        return "agreement"  # "Benin and Niger agreed to reopen their border"
    if word_lemma == "fall" and pos == "VERB" and fell_to(tok) is not None:
        return "territory_change"  # "Walikale fell to M23 rebels", "the base had fallen to the resistance"
    if word_lemma == "control" and pos == "NOUN" and came_under(tok):
        return "territory_change"  # "three posts came under the control of the mujahideen"
    act = act_type(tok)
    if act is not None and not _in_headline_run(tok):
        return act  # "blew himself up", "staged a protest", "recovered control of"
    words = trigger_words()
    # the word's own lemma suffices here: its event lemma differs only for a form in VERB_FORMS
    if word_lemma not in words and form not in words and form not in VERB_FORMS and not _hyphen_after(tok):
        return None
    lemma = event_lemma(tok)
    if tok.lower_ == "according" or _in_headline_run(tok) or cited_norm(tok):
        return None  # "according to the agreement, …": a treaty cited for its rule is no new agreement
    if misread_verb(tok) and VERB_FORMS[tok.lower_] in triggers():
        return None if _in_a_title(tok) else refine(tok, triggers()[VERB_FORMS[tok.lower_]])
    if tok.dep_ in {"compound"} and tok.pos_ != "NOUN":
        return None
    table = triggers()
    # "pulled back": the small model parses the particle as prt or as advmod
    # and "pulled out of X" as a preposition
    particle = next((c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.i == tok.i + 1), None)
    if particle and f"{lemma} {particle}" in table:
        if table[f"{lemma} {particle}"] == "territory_change" and _a_duty(tok):
            return "deploy"  # "Mozambican troops have taken over security in Palma": a handover, no ground won
        if f"{lemma} {particle}" == "hand over" and not ground_handed(tok):
            return None  # "handed over 33 hostages", "handed over a letter": no ground given up
        if f"{lemma} {particle}" == "build up" and not forces_massed(tok) \
                or f"{lemma} {particle}" == "take up" and not positions_taken(tok):
            return None  # "built up pressure", "took up arms": no force posted
        return table[f"{lemma} {particle}"]
    # "pulled its armoured units back from", "pulled its contingent out": the object
    # between the verb and its particle
    # ("pulled its fighters back east of the Euphrates": the particle parsed as the adverb's own modifier)
    after = [*tok.rights, *(g for c in tok.rights if c.dep_ == "advmod" for g in c.lefts if g.dep_ == "advmod")]
    split = next((c.lower_ for c in after if c.dep_ in {"prt", "advmod", "prep"} and tok.i + 1 < c.i <= tok.i + 6
                  and c.lower_ in SPLIT_PARTICLES), None) if tok.pos_ == "VERB" else None
    if split and f"{lemma} {split}" in table:
        return table[f"{lemma} {split}"]
    if tok.dep_ == "compound" and f"{lemma} {tok.head.lemma_.lower()}" in table:
        return None  # "air strike": the head noun carries it
    kind = table.get(lemma) or table.get(tok.lower_)
    if kind is None and tok.pos_ == "NOUN":
        kind = _hyphenated(tok, table)  # "a counter-offensive", split by the tokenizer
    if kind in {"deploy", "withdraw"} and tok.dep_ == "amod":
        return None  # "a reinforced border brigade", "a deployed battery": what a unit is, no move told
    if kind is not None and tok.pos_ == "NOUN" and _modifies_a_thing(tok, table):
        return None  # "attack drones", "deployment points", "ceasefire talks": a kind of thing, no event
    if kind is None and tok.pos_ == "NOUN":
        for child in tok.lefts:
            if child.dep_ == "compound" and f"{child.lemma_.lower()} {lemma}" in table:
                return table[f"{child.lemma_.lower()} {lemma}"]
    if kind is None or _in_a_title(tok):
        return None
    if kind == "capture" and tok.dep_ == "amod":
        return None  # "rescued 42 kidnapped women": who they are, not an act told here
    if kind == "agreement" and tok.pos_ != "VERB" and (
            agreement_in_background(tok) or agreement_unmade(tok) or broken_agreement(tok)):
        return None  # (a truce "violated" is an old one, broken: events_violations.py)
    return refine(tok, kind)


def _hyphen_after(tok: Token) -> bool:
    """Whether a hyphen token follows the word ("counter" in "counter-offensive")."""
    tokens = tokens_of(tok.doc)
    return tok.i + 1 < len(tokens) and tokens[tok.i + 1].text == "-"


def _hyphenated(tok: Token, table: dict[str, str]) -> str | None:
    """ "counter-offensive", "counter-attack": the tokenizer splits the word at its
    hyphen and the parser reads its second half as an adjective; the joined word tells."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_ or tok.whitespace_:
        return None
    joined = (tok.lower_ + doc[tok.i + 2].lower_).rstrip("s")
    return table.get(joined)


def _modifies_a_thing(tok: Token, table: dict[str, str]) -> bool:
    """ "attack drones", "assault rifles", "temporary deployment points", "ceasefire talks":
    a trigger noun naming the kind of a thing that is no event is no event either. A noun
    it modifies that is itself a trigger ("air strike", "bomb blast") tells the event."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ in THING_NOUNS:
        return True  # "ceasefire talks", whatever the parser made of "talks"
    if tok.dep_ != "compound" or tok.head.pos_ not in {"NOUN", "PROPN"} or tok.head.i <= tok.i:
        return False
    head = tok.head.lemma_.lower()
    return head not in table and f"{tok.lemma_.lower()} {head}" not in table


def _in_headline_run(tok: Token) -> bool:
    """Page debris keeps related headlines ("US Missile Attack on Syrian Air Base"):
    a capitalised trigger inside a run of capitalised words is a headline, not prose."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    tokens = tokens_of(tok.doc)  # the report's own Token objects: doc[a:b] makes new ones
    window = [t for t in tokens[max(tok.i - 3, 0): tok.i + 4] if t.is_alpha and t.i != tok.i and len(t) > 3]
    return len(window) >= 3 and all(t.text[:1].isupper() for t in window)


def _a_duty(tok: Token) -> bool:
    """Whether what the verb takes over is a duty ("security in Palma", "the defence of the town")."""
    return any(c.dep_ in {"dobj", "pobj"} and c.lower_ in DUTY_OBJECTS
               for w in [tok, *tok.children] for c in w.children)


def _fights_back(tok: Token) -> bool:
    """ "Our valiant soldiers reacted vigorously", "the troops retaliated": a force answering
    an attack fights; "the ministry responded to questions", "markets reacted" do not."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "conj":
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in FORCE_NOUNS | FORCE_MOVERS | {"fds", "fama", "units"}:
        return False
    # "responded to the attack", "reacted vigorously": not "responded to questions", "to criticism"
    answered = {g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree}
    return not answered or bool(answered & {"attack", "attacks", "ambush", "assault", "fire", "offensive", "raid"})
