"""Whose people or equipment a count counts: the side its own phrase names ("North
Korean troops"), whoever loses, launches or sends what is counted ("Russia lost 9
tanks"), the count a phrase refers back to ("a hundred others"), the body that reports
"its soldiers", and for a bare "troops" or "government forces", the forces the
sentence is about or the state the report is about. Who harmed or took what is counted
is acting_bodies.py's, the opponent of the force that harmed it opponents.py's, and a
side from the counts told before earlier_counts.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from claimledger.extract.figures.acting_bodies import (
    harmed_by_a_group,
    harmed_by_the_state,
    taken_by_a_group,
    used_by_a_state,
)
from claimledger.extract.figures.binding import bare_tally
from claimledger.extract.figures.counted import continued_count
from claimledger.extract.figures.earlier_counts import conjunct_side, side_of_the_dead, side_of_the_harmed_before
from claimledger.extract.figures.meanings import noun_meaning, of_phrase, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.opponents import opponent_side
from claimledger.extract.figures.outlet_voice import outlets_own_people
from claimledger.extract.figures.owners import owner_side, sender_side
from claimledger.extract.figures.reporters import (
    agent_of,
    instrument_side,
    possessor_side,
    reporter_side,
)
from claimledger.extract.figures.shared_sides import (
    attackers_side,
    enemy_side,
    formation_word,
    friendly_side,
    held_by_a_sideless_body,
    inherited_side,
    measured_side,
    named_side,
    pronoun_owner_side,
    same_weapons_side,
    senders,
    sibling_verb_side,
)
from claimledger.extract.figures.state_bodies import (
    apposed_people,
    apposed_words,
    body_phrase,
    harmed_by_its_own_state,
    state_body_side,
)
from claimledger.extract.figures.syntax import np_tokens, phrase_text, subject_of
from claimledger.extract.figures.told_sides import (
    a_state_unit,
    attribute_side,
    lead_toll,
    ours_in_a_claim,
    raised_to_side,
    speaker_state,
    speakers_own,
    toll_of_a_fate,
)
from claimledger.extract.figures.units import backing_side, sent_on_a_leaders_word, sent_on_a_sides_word, unit_side
from claimledger.extract.figures.verb_frames import prep_with
from claimledger.extract.figures.words import (
    HARMS,
    NOT_GOVERNMENT,
    OWN_PEOPLE,
    PEOPLE_KINDS,
    POLICE_RANKS,
    PRONOUNS,
    REGULARS,
    SERVING,
    TAKEN_PEOPLE,
)
from claimledger.extract.regional_bodies import regional_side
from claimledger.sides import GOVERNMENT_WORDS, STATE_INSTITUTION, names_a_group, side_of


def _government_side(view: FiguresView, tokens: Sequence[Token]) -> str | None:
    words = {t.lower_ for t in tokens}
    text = " ".join(t.lower_ for t in tokens).replace(" - ", "-")
    if words & NOT_GOVERNMENT or "anti-" in text or names_a_group(phrase_text(tokens)):
        return None  # "60 Arakan Army fighters": a named group's army is not the state's
    if words & GOVERNMENT_WORDS or "pro-government" in text or "pro-regime" in text:
        return view.home
    if any(" " in w and w in text for w in GOVERNMENT_WORDS) or STATE_SECURITY.search(text):
        return view.home  # "444 security personnel", "members of the armed forces"
    if STATE_INSTITUTION.search(text):
        return view.home  # "1,500 personnel of the National Guard", "60 gendarmes": bodies only a state has
    return None


def _in_uniform(view: FiguresView, what: Token) -> str | None:
    """ "the bodies of eight men in uniform", "12 people in police uniform": people in uniform,
    in a report about one state's war, are that state's forces."""
    return view.home if prep_with(list(what.children), ("in",), "uniform") else None


# the forces a state sends into its own war: its soldiers and police, its troops and reinforcements
SENT_FORCES = SERVING | {"reinforcement"}

# the state's security services by their usual names ("security personnel", "security men")
STATE_SECURITY = re.compile(r"\bsecurity\s+(?:personnel|officers?|men|agents?|services?|staff)\b")


def _counted_people(view: FiguresView, m: Mention, what: Token) -> Token:
    """ "casualties among the 12,000 soldiers": the people the casualties are among,
    whose number is the whole the casualties are out of."""
    if m.kind not in ("casualties", "killed", "wounded", "captured", "missing"):
        return what
    for c in what.rights:
        if c.dep_ == "prep" and c.lower_ in ("among", "of", "in"):
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and noun_meaning(p) in PEOPLE_KINDS:
                whole = view.mention_counting(p)
                if whole is not None and m.out_of is None and m.group is None:
                    m.out_of = whole.value
                m.subject = phrase_text(np_tokens(p))
                return p
    return what


def resolve_side(view: FiguresView, m: Mention, previous: list[Mention]) -> None:
    """Whose people or equipment a mention counts, and the phrase that says so."""
    what = m.group if m.group is not None else m.noun
    if m.quantity == "distance" or m.unit:
        return
    told = named_side(view, m)  # "wounded on the Georgian side"
    if told and not m.owner_side:
        m.side = told
        return
    if m.owner_side:
        m.side = m.owner_side  # "the army's own losses at 138 dead"
        if m.subject is None and what is not None:
            m.subject = phrase_text(np_tokens(what))
        return
    if what is None:
        # "Two soldiers lost their lives and 7 were wounded", "the toll is 30 killed":
        # a bare number is the side's its sentence says, or the count it continues
        m.side = (friendly_side(view, m) or enemy_side(view, m) or attribute_side(view, m)
                  or inherited_side(view, m, previous))
        return
    what = _counted_people(view, m, what)
    if m.subject is None:
        after = m.span[-1].i if what.i > m.span[-1].i and m.group is None and not m.left_noun else -1
        m.subject = phrase_text(np_tokens(what, after))
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
        whole = view.mention_counting(prior.parent) if prior is not None and prior.parent is not None else None
        if whole is not None and whole is not prior and whole.sent == m.sent:
            prior = whole  # "74 assailants ..., among them 11 Rwandan soldiers, and 5 others": other assailants
        if prior is not None:
            m.side = prior.side or side_of_the_dead(view, prior, previous)
            if m.quantity == "killed" and (prior.quantity == "civilians_killed" or prior.kind == "civilian"):
                m.quantity = "civilians_killed"
            return
    attackers = attackers_side(m, what)
    if attackers:
        m.side = attackers
        return
    if _lost_by_the_enemy(m, what):
        return  # "the enemy lost 210 servicemen, a tank ...": the speaker's enemy, read with the claims

    apposed = apposed_people(m)
    if apposed is not None:
        # "three of them servicemen of the National Guard": the apposed noun says who the part are
        told = side_of(phrase_text(np_tokens(apposed) + of_phrase(apposed))) or state_body_side(
            view, m, apposed, noun_meaning(apposed))
        if told:
            m.side, m.subject = told, phrase_text(apposed_words(apposed) + body_phrase(apposed))
            return
    phrase = np_tokens(what) + of_phrase(what)
    if senders(of_phrase(what)) > 1:
        return  # "1,000 police and soldiers from Kenya, Jamaica and Guatemala": no one state's
    # "7 members of the Somali regional special police": a people's word naming a region is the region's state
    side = regional_side(phrase_text(phrase)) if side_of(phrase_text(phrase)) else None
    side = side or side_of(phrase_text(phrase)) or measured_side(what) or sender_side(what) \
        or view.acronym_side(phrase) or raised_to_side(what) or unit_side(what)
    if side:
        m.side = side
        return
    if harmed_by_its_own_state(view, m, what, noun_meaning(what)):
        return  # "Russian units had killed 40 servicemen of the National Guard": the enemy's, read with the claims
    body = state_body_side(view, m, what, noun_meaning(what))
    if body:
        m.side = body  # "1,500 personnel of the National Guard and internal affairs bodies"
        return
    if m.group is not None and m.quantity == "equipment":
        m.side = side_of_the_dead(view, m, previous, things_only=True)  # "476 of the drones"
        if m.side:
            return
    owner = _tally_owner_side(m)
    if owner:
        m.side = owner
        return
    if m.left_noun and bare_tally(what):
        told = continued_count(view, m) or lead_toll(view, m)
        m.side = told.side if told is not None else None
        return
    if m.left_noun and toll_of_a_fate(what, phrase_text(np_tokens(what))):
        told = continued_count(view, m) or lead_toll(view, m)  # "put the death toll at nine"
        if told is not None and told.side:
            m.side = told.side
            return
    kind = noun_meaning(what)
    if kind == "person" and of_phrase(what):
        m.side = _government_side(view, phrase)  # "125 members of the government's security forces"
        if m.side:
            return
    if kind == "person" and what.lemma_.lower() in OWN_PEOPLE:
        # "losing 12 of its men", "14 of its members had been killed": the reporter's
        # "it said eight of its men were killed": "it" is the body the claims resolved it to
        m.side = possessor_side(what, view.home) or pronoun_owner_side(view, m, what)
        if m.side:
            return
    if kind == "person" and what.lemma_.lower() not in PRONOUNS:
        # "two police officers", "army officers"; "we lost seventeen brave men", said by a soldier
        m.side = _government_side(view, phrase) or _in_uniform(view, what) or ours_in_a_claim(view, m, what) \
            or _lost_by(view, m, what) or (
            # "the army had sent reinforcements, around 200 men": men a state sends are its force
            owner_side(m, what, view.home or speaker_state(view, m)) if m.quantity == "deployed" else None) \
            or outlets_own_people(view, m, what, phrase)  # "Daraa, SANA – Two army personnel were martyred"
        return  # people belong to no party unless the phrase says so, or a state says it lost or sent them
    if kind == "civilian" and what.lemma_.lower() not in PRONOUNS:
        return  # nor do civilians
    # who sends or loses them ("Kenya sent 400 police") before whose army the words say
    m.side = owner_side(m, what, view.home or speaker_state(view, m)) or (
        _government_side(view, phrase) if kind in PEOPLE_KINDS else None
    )
    if m.side:
        return
    if kind == "equipment" and not used_by_a_state(m):
        m.side = _government_side(view, phrase)  # "16 military trucks", "three police armored vehicles"
        if m.side:
            return
    possessor = (
        possessor_side(what, view.home) or instrument_side(m, what) or pronoun_owner_side(view, m, what)
    )
    if possessor:
        m.side = possessor  # "the Turkish military said four of its soldiers were killed"
        return
    # a numbered formation ("of the 29th Brigade", "the 3rd Division") names a unit, not a party
    named = any(
        (t.pos_ == "PROPN" or (t.ent_type_ in ("ORG", "PERSON") and t.pos_ in ("NOUN", "ADJ")))
        and not formation_word(t)
        for t in phrase
        if t != what
    )
    if named and a_state_unit(view, m, what, phrase):
        named = False  # "two jawans of the District Reserve Guard": a unit of the state's own
    if held_by_a_sideless_body(what):
        return  # "the AU mission, which has 11,000 personnel": the mission's, not a state's
    if kind in ("force", "national") and not named:
        # a bare "troops", "soldiers": the forces the sentence is about, or the state's own
        sides = view.sentence_sides(m.sent)
        if len(sides) == 1:
            m.side = next(iter(sides))
        elif (
            not sides
            and (any(t.lower_ in GOVERNMENT_WORDS for t in m.sent if not m.span.start <= t.i < m.span.end)
                 or sent_on_a_leaders_word(m, what))
            and not any(t.lower_ in NOT_GOVERNMENT for t in phrase)
            and not harmed_by_the_state(m)
        ):
            # "captured several army positions and killed nine troops": the state's own,
            # unless the sentence names another state ("Ukraine's military estimates
            # that Russia has 470,000 troops")
            home = view.home
            if home and view.parties_named(m.sent) <= {home}:
                m.side = home
        elif (
            not sides
            and what.lemma_.lower() in REGULARS | POLICE_RANKS
            and not view.parties_named(m.sent)
            and not harmed_by_the_state(m)
            and not _told_by_one_side(m, what)
        ):
            # "17 soldiers and 24 fighters of HTS were killed": soldiers, in a report
            # about one state's war and a sentence naming no state, are that state's
            m.side = view.home
        elif not sides and m.quantity == "deployed" and what.lemma_.lower() in SENT_FORCES \
                and _sent_in_a_clause(what) and not view.parties_named(m.sent) and not _sent_by_a_group(m):
            # "about 400 additional troops had been flown in", "700 personnel were deployed":
            # forces sent into a state's own war, in a sentence naming no state, are its own
            m.side = view.home
        elif not sides and what.lemma_.lower() in REGULARS and harmed_by_a_group(m):
            named_states = view.report.states_named(m.sent)
            if len(named_states) == 1:
                # "Hezbollah said it had fired rockets at Israeli positions and killed five
                # soldiers": soldiers an armed group harmed are those of the one state named
                m.side = next(iter(named_states))
        if m.side is None:
            m.side = speakers_own(view, m, what) or sent_on_a_sides_word(view, m, what)
    if m.side is None and kind in ("force", "equipment") and not named:
        m.side = backing_side(view, what) or conjunct_side(view, m, what, kind) or opponent_side(view, m) \
            or sibling_verb_side(view, m)
    if m.side is None and kind == "equipment" and not named:
        m.side = taken_by_a_group(view, m) or same_weapons_side(m, previous)
    if m.side is None and m.quantity == "captured" and what.lemma_.lower() in TAKEN_PEOPLE:
        # not "hostages", who are as often civilians
        m.side = sibling_verb_side(view, m) or side_of_the_harmed_before(view, m)
    if m.side is None and kind != "civilian":
        m.side = ours_in_a_claim(view, m, what)
    if m.side is None and kind != "civilian":
        m.side = friendly_side(view, m) or enemy_side(view, m) or inherited_side(view, m, previous)
    if m.side is None and kind == "force" and not named:
        m.side = outlets_own_people(view, m, what, phrase)


def _sent_in_a_clause(what: Token) -> bool:
    """Forces a clause sends or moves ("troops had been flown in", "sent 300 soldiers", "the
    deployment of about 700 personnel"), not a table's or a list's label ("| Personnel |
    1,260 |", "MONUSCO troops in North Kivu: about 11,000")."""
    if what.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
        return what.head.pos_ == "VERB"
    return what.dep_ == "pobj" and what.head.lower_ == "of"


def _sent_by_a_group(m: Mention) -> bool:
    """ "the ELN had brought in some 600 reinforcements", "the rebels sent 300 fighters":
    forces an armed group sends are its own, not the state's."""
    agent = agent_of(m.verb) if m.verb is not None else None
    if agent is None:
        return False
    words = [t for t in agent.subtree if t.i <= agent.i][-6:]
    return names_a_group(phrase_text(words)) or bool({t.lower_ for t in words} & NOT_GOVERNMENT)


def _lost_by(view: FiguresView, m: Mention, what: Token) -> str | None:
    """ "Ukraine lost 40 men near Bakhmut", "the army denied it, saying it lost four men":
    men a state loses are its own."""
    if m.verb is None or verb_meaning(m.verb) not in ("lose", "suffer"):
        return None
    return owner_side(m, what, view.home or speaker_state(view, m))


def _tally_owner_side(m: Mention) -> str | None:
    """ "The Ukrainian army's losses amounted to 210 servicemen", "bringing its total
    losses to 72,000 troops": the side of the losses a tally verb brings to the number."""
    verb = m.verb
    if verb is None or verb_meaning(verb) != "tally" or m.quantity not in HARMS:
        return None
    for owner in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        if noun_meaning(owner) not in HARMS:
            continue
        side = side_of(phrase_text([t for t in owner.subtree if t.i <= owner.i][-6:] + of_phrase(owner)))
        if side:
            return side  # "the total number of Russian combat losses"
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in owner.children):
            return reporter_side(owner)
    return None


ENEMY_WORDS = frozenset({"enemy", "adversary", "opponent"})


def _lost_by_the_enemy(m: Mention, what: Token) -> bool:
    """A count "the enemy" lost or suffered, or listed after one it did: whose it is
    depends on who speaks, which the report's linking reads (not the report's state)."""
    head = what
    for _ in range(6):
        if head.dep_ != "conj" or head.head == head:
            break
        head = head.head
    verb = head.head if head.dep_ in ("dobj", "obj") else m.verb
    if verb is None or (verb_meaning(verb) or "") not in ("lose", "suffer"):
        return False
    subj = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in ENEMY_WORDS


def _told_by_one_side(m: Mention, what: Token) -> bool:
    """ "we killed 150 of their soldiers": soldiers whose owner "their" leaves open are not
    the report's state's by default."""
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in what.children)
