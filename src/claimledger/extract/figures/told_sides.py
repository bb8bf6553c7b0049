"""Sides told through the report rather than beside the count: a force raised to a new
strength by "its" owner ("raised its contingent to some 4,000 personnel"), a speaker's own
people in their quoted words ("We lost seventeen brave men"), and a toll that revises the
report's first one ("had put the death toll at nine", after "killing at least 17 soldiers"),
and soldiers a state's body reports harmed ("gunmen killed six soldiers, the army said")."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.meanings import of_phrase, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.owners import home_forces
from claimledger.extract.figures.reporters import agent_of, claim_side, reporter_side
from claimledger.extract.figures.shared_sides import harm_nominal, lost_lives
from claimledger.extract.figures.syntax import np_tokens, phrase_text
from claimledger.extract.figures.words import HARMS, NOT_GOVERNMENT, REGULARS, SERVING, lexicon
from claimledger.sides import names_a_group, side_of

# verbs that bring a force to a new strength: "raised its contingent to some 4,000 personnel"
_RAISING = frozenset({"raise", "increase", "boost", "bring", "expand", "double", "triple", "grow", "reinforce"})


def raised_to_side(what: Token) -> str | None:
    """ "Rwanda first sent 1,000 soldiers and has since raised its contingent to some 4,000
    personnel": the new strength of "its" force is the raising subject's."""
    prep = what.head
    if what.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in _RAISING:
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return None
    return reporter_side(what)


def ours_in_a_claim(view: FiguresView, m: Mention, what: Token) -> str | None:
    """ "We lost seventeen brave men", "our men", in a speaker's quoted words: the speaker's own
    people, with the side the speaker speaks for (see reporters.claim_side)."""
    if m.quantity not in HARMS or not hasattr(view.report, "claims"):
        return None
    ours = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in what.children)
    verb = what.head if what.dep_ in ("dobj", "obj") else None
    if not ours and (verb is None or (verb_meaning(verb) or "").split(":")[-1] not in ("lose", "suffer")
                     or not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)):
        return None
    claims = view.report.claims_holding(m.num.start, m.num.end)
    return claim_side(view, claims[0]) if claims else None


def lead_toll(view: FiguresView, m: Mention) -> Mention | None:
    """ "An earlier army statement had put the death toll at nine", paragraphs after "killing at
    least 17 soldiers": a bare toll with no count before it in its sentence revises the
    report's first toll of the same kind, and counts the same people."""
    toll = m.noun
    if toll is not None and any(c.dep_ == "prep" for c in toll.children):
        return None  # "the death toll from Israeli air strikes on villages in the south": its own event
    if view.report.states_named(m.sent):
        return None  # "In Lebanon, the death toll has risen to 21": another theatre's toll
    return next((p for p in view.ordered if p.start < m.start and p.quantity == m.quantity
                 and (p.noun is not None or p.group is not None)), None)


def toll_of_a_fate(what: Token, words: str) -> bool:
    """ "the death toll": a tally noun whose modifier says the fate but not whose people."""
    return what.pos_ == "NOUN" and lexicon().nouns.get(what.lemma_.lower()) == "tally" and side_of(words) is None


def attribute_side(view: FiguresView, m: Mention) -> str | None:
    """ "Of the 40 dead, 12 were Malian soldiers", "five were members of the security forces",
    "three were soldiers": a bare count's own predicate says whose people it counts; a bare
    "soldiers" is the report's state's when the sentence names no other state."""
    root = m.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None:
        return None
    phrase = np_tokens(attr) + of_phrase(attr)
    side = side_of(phrase_text(phrase)) or home_forces(phrase, view.home)
    if side:
        return side
    if attr.lemma_.lower() in REGULARS and view.home and view.parties_named(m.sent) <= {view.home}:
        return view.home
    return None


def a_state_unit(view: FiguresView, m: Mention, what: Token, phrase: list[Token]) -> bool:
    """ "Two jawans of the District Reserve Guard (DRG)", "three soldiers of the Special
    Command": regular soldiers of a named unit that is no armed group nor international
    body, in a sentence naming no state but the report's, are the state's own."""
    if what.lemma_.lower() not in SERVING or not view.home:
        return False
    text = phrase_text(phrase)
    if {t.lower_ for t in phrase} & NOT_GOVERNMENT or names_a_group(text):
        return False
    return view.parties_named(m.sent) <= {view.home}


def speaker_state(view: FiguresView, m: Mention) -> str | None:
    """The state whose body says the count, for a report that is about no one state: "the
    58th Army had also lost four aircraft", told by Russia's General Staff."""
    if not hasattr(view.report, "claims"):
        return None
    claims = view.report.claims_holding(m.num.start, m.num.end)
    return claim_side(view, claims[0]) if claims else None


def speakers_own(view: FiguresView, m: Mention, what: Token) -> str | None:
    """ "Israeli strikes killed four soldiers, Iran's army said": soldiers a state's body
    reports killed, wounded or taken are its own ("gunmen killed six soldiers, the army
    said"), unless its own side, "it" or "its forces" did it (then they are the enemy's,
    which the report's linking reads)."""
    if m.quantity not in HARMS or what.lemma_.lower() not in SERVING:
        return None
    # the verb the count is the subject of, when the fate was read from its participle
    verb = m.verb or (what.head if what.dep_ in ("nsubjpass", "nsubj") and what.head != what else None)
    if verb is None and not harm_nominal(what):
        return None  # "losses amounted to 210 servicemen": whose is the tally's owner's to say
    if verb is not None and (verb_meaning(verb) or "").split(":")[-1] not in HARMS and not lost_lives(verb):
        return None
    if not hasattr(view.report, "claims"):
        return None  # the stage run alone, without the claims that come before it
    claims = view.report.claims_holding(m.num.start, m.num.end)
    side = claim_side(view, claims[0]) if claims else None
    if side is None:
        return None
    if verb is not None and (verb_meaning(verb) or "") in ("lose", "suffer") and not lost_lives(verb):
        return None  # "the enemy lost 120 servicemen": the subject owns them
    agent = agent_of(verb) if verb is not None else None
    if agent is not None:
        if agent.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in agent.children):
            return None  # "it had killed 300 soldiers", "its forces killed ...": the enemy's
        if side_of(phrase_text([t for t in agent.subtree if t.i <= agent.i][-6:])) == side:
            return None  # the speaker's own side did it
    return side
