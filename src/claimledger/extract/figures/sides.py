"""Whose people or equipment a count counts: the side its own phrase names ("North
Korean troops"), whoever loses, launches or sends what is counted ("Russia lost 9
tanks"), the count a phrase refers back to ("a hundred others"), the body that reports
"its soldiers", and for a bare "troops" or "government forces", the forces the
sentence is about or the state the report is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from claimledger.extract.events_bodies import STATE_INSTITUTION
from claimledger.extract.figures.binding import bare_tally
from claimledger.extract.figures.counted import continued_count
from claimledger.extract.figures.meanings import noun_meaning, of_phrase, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.owners import owner_side, sender_side
from claimledger.extract.figures.reporters import (
    agent_of,
    claim_side,
    instrument_side,
    is_state_body,
    possessor_side,
    reporter,
    reporter_side,
)
from claimledger.extract.figures.shared_sides import (
    attackers_side,
    enemy_side,
    formation_word,
    friendly_side,
    harm_nominal,
    held_by_a_sideless_body,
    inherited_side,
    lost_lives,
    measured_side,
    named_side,
    pronoun_owner_side,
    senders,
    sibling_verb_side,
)
from claimledger.extract.figures.syntax import np_tokens, phrase_text, subject_of
from claimledger.extract.figures.told_sides import (
    a_state_unit,
    attribute_side,
    lead_toll,
    ours_in_a_claim,
    raised_to_side,
    speaker_state,
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
    quantity_family,
)
from claimledger.extract.guest_side import answer_side
from claimledger.sides import GOVERNMENT_WORDS, names_a_group, side_of, side_table


def _government_side(view: FiguresView, tokens: Sequence[Token]) -> str | None:
    words = {t.lower_ for t in tokens}
    text = " ".join(t.lower_ for t in tokens).replace(" - ", "-")
    if words & NOT_GOVERNMENT or "anti-" in text or names_a_group(" ".join(t.text for t in tokens)):
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
            m.side = prior.side or _side_of_the_dead(view, prior, previous)
            if m.quantity == "killed" and (prior.quantity == "civilians_killed" or prior.kind == "civilian"):
                m.quantity = "civilians_killed"
            return
    attackers = attackers_side(m, what)
    if attackers:
        m.side = attackers
        return
    if _lost_by_the_enemy(m, what):
        return  # "the enemy lost 210 servicemen, a tank ...": the speaker's enemy, read with the claims

    phrase = np_tokens(what) + of_phrase(what)
    if senders(of_phrase(what)) > 1:
        return  # "1,000 police and soldiers from Kenya, Jamaica and Guatemala": no one state's
    side = side_of(phrase_text(phrase)) or measured_side(what) or sender_side(what) or view.acronym_side(phrase) \
        or raised_to_side(what) or unit_side(what)
    if side:
        m.side = side
        return
    if m.group is not None and m.quantity == "equipment":
        m.side = _side_of_the_dead(view, m, previous, things_only=True)  # "476 of the drones"
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
        m.side = possessor_side(what, view.home)
        if m.side:
            return
    if kind == "person" and what.lemma_.lower() not in PRONOUNS:
        # "two police officers", "army officers"; "we lost seventeen brave men", said by a soldier
        m.side = _government_side(view, phrase) or _in_uniform(view, what) or ours_in_a_claim(view, m, what) \
            or _lost_by(view, m, what) or (
            # "the army had sent reinforcements, around 200 men": men a state sends are its force
            owner_side(m, what, view.home or speaker_state(view, m)) if m.quantity == "deployed" else None)
        return  # people belong to no party unless the phrase says so, or a state says it lost or sent them
    if kind == "civilian" and what.lemma_.lower() not in PRONOUNS:
        return  # nor do civilians
    # who sends or loses them ("Kenya sent 400 police") before whose army the words say
    m.side = owner_side(m, what, view.home or speaker_state(view, m)) or (
        _government_side(view, phrase) if kind in PEOPLE_KINDS else None
    )
    if m.side:
        return
    if kind == "equipment" and not _used_by_a_state(m):
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
            and not _harmed_by_the_state(m)
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
            and not _harmed_by_the_state(m)
            and not _told_by_one_side(m, what)
        ):
            # "17 soldiers and 24 fighters of HTS were killed": soldiers, in a report
            # about one state's war and a sentence naming no state, are that state's
            m.side = view.home
        elif not sides and what.lemma_.lower() in REGULARS and _harmed_by_a_group(m):
            named_states = view.report.states_named(m.sent)
            if len(named_states) == 1:
                # "Hezbollah said it had fired rockets at Israeli positions and killed five
                # soldiers": soldiers an armed group harmed are those of the one state named
                m.side = next(iter(named_states))
        if m.side is None:
            m.side = _speakers_own(view, m, what) or sent_on_a_sides_word(view, m, what)
    if m.side is None and kind in ("force", "equipment") and not named:
        m.side = backing_side(view, what) or _conjunct_side(view, m, what, kind) or _opponent_side(view, m) \
            or sibling_verb_side(view, m)
    if m.side is None and kind == "equipment" and not named:
        m.side = _taken_by_a_group(view, m)
    if m.side is None and m.quantity == "captured" and what.lemma_.lower() in TAKEN_PEOPLE:
        # not "hostages", who are as often civilians
        m.side = sibling_verb_side(view, m) or _side_of_the_harmed_before(view, m)
    if m.side is None and kind != "civilian":
        m.side = ours_in_a_claim(view, m, what)
    if m.side is None and kind != "civilian":
        m.side = friendly_side(view, m) or enemy_side(view, m) or inherited_side(view, m, previous)


def _lost_by(view: FiguresView, m: Mention, what: Token) -> str | None:
    """ "Ukraine lost 40 men near Bakhmut", "the army denied it, saying it lost four men":
    men a state loses are its own."""
    if m.verb is None or verb_meaning(m.verb) not in ("lose", "suffer"):
        return None
    return owner_side(m, what, view.home or speaker_state(view, m))


# verbs by which a phrase names who runs or owns what is counted ("vessels operated by a network")
OPERATING = {"operate", "own", "run", "crew", "belong", "use", "fly", "charter"}
# weapons named as what destroyed something, saying nothing of whose they were
WEAPON_AGENTS = {"missile", "rocket", "drone", "strike", "airstrike", "shell", "bomb", "mine", "artillery",
                 "fire", "torpedo", "shelling"}


def _opponent_side(view: FiguresView, m: Mention) -> str | None:
    """ "Ukrainian defenders destroyed nine tanks", "Russian troops killed 20 soldiers": the
    soldiers or weapons a sided force harmed are its opponent's, when the report names one
    other state far more than any third."""
    what = m.noun if m.noun is not None else m.group
    verb = m.verb if m.verb is not None else _verb_past_a_named_agent(what)
    if verb is None or m.quantity not in HARMS | {"equipment"} or m.agent_verb is not None:
        return None
    if what is not None and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in OPERATING for c in what.children):
        return None  # "three vessels operated by a narco-terrorist network": whose they are is told
    meaning = (verb_meaning(verb) or "").split(":")[-1]
    if meaning not in HARMS | {"equipment"} or meaning in ("lose", "suffer"):
        return None
    agent = agent_of(verb)
    side = None
    if agent is not None and agent.pos_ != "PRON":
        words = [t for t in agent.subtree if t.i <= agent.i][-6:]
        if len({s.side for s in side_table().mentions(phrase_text(words))}) > 1:
            return None  # "Russian and Syrian aircraft destroyed 25 vehicles": a coalition's enemy is no one state
        side = side_of(phrase_text(words))
    elif agent is not None and agent.lower_ in ("it", "they", "we"):
        side = reporter_side(agent)  # "Russia's ministry said it had killed 60 servicemen"
        if side is None and agent.lower_ == "we" and hasattr(view.report, "memory"):
            side = answer_side(view.report, m.num.start)  # "— We destroyed 14 vehicles": the guest's
    told = side is not None  # the destroyer's side is in its own words, not read from who speaks
    if side is None and m.quantity == "equipment":
        side = _speaker_as_destroyer(view, m, agent, what)
    if side is None:
        return None
    if m.verb is None and what is not None:
        listed = [what.head.head.head.head]  # the participle's noun: "a HIMARS launcher supplied by ..."
    else:
        listed = [t for t in (what.head, *what.children) if t.dep_ == "conj" or what.dep_ == "conj"] if what else []
    if any(_names_a_party(t) for t in listed):
        return None  # "seven Houthi drones and two missiles": a non-state party in the list
    # the states the story names as parties: not the base of a monitor ("a UK-based group")
    # nor an agency's country ("Xinhua"), which are no one's opponent
    others = [(s, n) for s, n in view.party_counts.most_common() if s != side]
    if not others or (len(others) > 1 and others[0][1] < 3 * others[1][1]):
        return None  # two parties, or one other named far more than any third
    if not told and others[0][1] < 2 and not any(
            p.side == others[0][0] and p.quantity in HARMS for p in view.ordered if p is not m):
        # "the source said the army destroyed five vehicles": a side read from who speaks, against a
        # state named once (an ally's "Russian warplanes" in a story of Syria's army and the rebels),
        # unless the report counts that state's losses ("Ukraine had lost 300 troops")
        return None
    return others[0][0]


def _names_a_party(noun: Token) -> bool:
    """Whether the proper names before a noun name a party ("Houthi drones", "Arakan Army
    trucks"), not a weapon's make ("a HIMARS launcher", "a Leopard tank")."""
    names = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
    if not names:
        return False
    phrase = " ".join(c.text for c in names)
    if side_of(phrase) is not None or names_a_group(phrase):
        return True
    return any(c.ent_type_ in ("NORP", "GPE", "PERSON") for c in names)


def _verb_past_a_named_agent(what: Token | None) -> Token | None:
    """ "destroyed a launcher supplied by the United States and three armoured vehicles": the
    parse joins the count to the state named in the participle's phrase; a count of things
    is no state, so it is the object of the verb the participle's noun is the object of."""
    if what is None or what.dep_ != "conj" or what.head.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    prep = what.head.head if what.head.dep_ == "pobj" else None
    participle = prep.head if prep is not None and prep.dep_ in ("agent", "prep") else None
    if participle is None or participle.dep_ != "acl" or participle.head.dep_ not in ("dobj", "obj"):
        return None
    return participle.head.head


GROUP_NOUNS = frozenset({"group", "militia", "movement", "insurgency", "faction"})


def _taken_by_a_group(view: FiguresView, m: Mention) -> str | None:
    """ "the group said it had seized 14 vehicles" in JNIM's claim, "Al-Shabaab fighters
    destroyed three trucks": weapons an armed group took or destroyed, whose phrase names no
    owner, are the state's it fights: the one state the sentence names, or else the report's."""
    if m.verb is None or (verb_meaning(m.verb) or "").split(":")[-1] not in ("captured", "equipment"):
        return None
    agent = _acting_body(m.verb)
    if agent is None:
        return None
    words = [t for t in agent.subtree if t.i <= agent.i][-6:]
    if not names_a_group(phrase_text(words)) and is_state_body(agent):
        return None  # "the army seized 12 trucks"; not "the Arakan Army seized"
    grouped = names_a_group(phrase_text(words)) or noun_meaning(agent) == "armed" or agent.lemma_.lower() in GROUP_NOUNS
    if not grouped and hasattr(view.report, "claims"):
        claims = view.report.claims_holding(m.num.start, m.num.end)
        grouped = bool(claims) and names_a_group(claims[0].speaker.name or "")
    if not grouped:
        return None
    named = view.report.states_named(m.sent)
    if len(named) == 1:
        return next(iter(named))
    return view.home if not named else None


def _speaker_as_destroyer(view: FiguresView, m: Mention, agent: Token | None, what: Token | None) -> str | None:
    """ "661 aircraft have been destroyed, the ministry said", "air defences shot down 112
    drones, the ministry said": weapons a side's speaker reports destroyed by no one named,
    or by forces it does not name ("air defences", "its units"), were destroyed by that side."""
    if what is None or any(c.dep_ == "poss" for c in what.children):
        return None  # "three of our tanks were destroyed": whose they are is said
    if agent is not None:
        words = [t for t in agent.subtree if t.i <= agent.i][-6:]
        if agent.pos_ == "PRON" and agent.lower_ not in ("it", "they", "we"):
            return None
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in words):
            return None  # a named force did it: "Houthi forces shot down a drone"
        if agent.lemma_.lower() in WEAPON_AGENTS:
            return None  # "two boats were destroyed by missiles": whose missiles is not told
        if {t.lower_ for t in words} & NOT_GOVERNMENT:
            return None
    if not hasattr(view.report, "claims"):
        return None  # the stage run alone, without the claims that come before it
    claims = view.report.claims_holding(m.num.start, m.num.end)
    return claim_side(view, claims[0]) if claims else None


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


def _acting_body(verb: Token, possessive: bool = True) -> Token | None:
    """Who did what the verb says: its agent, or for "it", "they", "we" (and, with
    ``possessive``, "its forces") whoever reports it."""
    agent = agent_of(verb)
    if agent is None:
        return None
    if (agent.pos_ == "PRON" and agent.lower_ in ("it", "they", "we")) or possessive and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in agent.children
    ):
        return reporter(verb)
    return agent


def _harms_people(m: Mention) -> bool:
    """A count of people something was done to, not people a side says it lost."""
    return m.quantity in HARMS and m.verb is not None and (verb_meaning(m.verb) or "") not in ("lose", "suffer")


def _harmed_by_the_state(m: Mention) -> bool:
    """ "Mali's army said it had killed 25 soldiers", "its forces killed 40 soldiers",
    "the army killed nine troops": soldiers the state (or its reporter) harmed are not
    the state's own; "the RSF said it had captured 45 soldiers" and "the army said it
    had lost five soldiers" are."""
    body = _acting_body(m.verb) if _harms_people(m) else None
    return body is not None and is_state_body(body)


def _used_by_a_state(m: Mention) -> bool:
    """ "the army destroyed 12 military vehicles", "it said it had seized 16 army trucks"
    (said by a state body): weapons a state's forces harmed or used are not its own."""
    body = _acting_body(m.verb, possessive=False) if m.verb is not None else None
    return body is not None and is_state_body(body)


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


def _harmed_by_a_group(m: Mention) -> bool:
    """Soldiers killed, wounded or taken by a party that is no state: the group itself
    ("Al-Shabaab killed"), or "it" or "its fighters" said of by one."""
    agent = _acting_body(m.verb) if _harms_people(m) else None
    if agent is None:
        return False
    words = [t for t in agent.subtree if t.i <= agent.i][-6:]
    return not is_state_body(agent) and any(t.pos_ == "PROPN" for t in words)


def _side_of_the_dead(
    view: FiguresView, part: Mention, previous: list[Mention], things_only: bool = False
) -> str | None:
    """ "At least 31 Palestinians were killed ... 19 of the dead were women": "the dead"
    are the people of the toll told just before (in this or the two sentences before), and
    "476 of the drones" are the drones counted before."""
    group = part.group
    if group is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in group.children):
        return None
    if any(c.dep_ == "nummod" for c in group.children):
        return None
    told = noun_meaning(group) in HARMS  # "the dead", "the wounded": the toll told before
    if told and things_only:
        return None
    here = view.report.sent_index(part.sent.start)
    family = quantity_family(part.quantity)
    for p in reversed(previous):
        if p is part or p.start >= part.start:
            continue
        if here - view.report.sent_index(p.sent.start) > 2:
            return None
        if p.group is not None:
            continue
        if told and quantity_family(p.quantity) == family:
            return p.side
        if not told and p.noun is not None and p.noun.lemma_.lower() == group.lemma_.lower():
            return p.side  # "539 drones ... shot down 476 of the drones": the same drones
    return None


def _speakers_own(view: FiguresView, m: Mention, what: Token) -> str | None:
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


def _conjunct_side(view: FiguresView, m: Mention, what: Token, kind: str | None) -> str | None:
    """ "Eleven soldiers and four volunteers lost their lives", "eliminated 420 Ukrainian
    servicemen, two tanks and 11 guns": a bare force or piece of equipment in a list
    with a sided count before it is on that count's side (people are not: "10 Israeli
    soldiers and 5 Hamas fighters")."""
    first = what
    for _ in range(6):
        if first.dep_ != "conj" or first.head == first:
            break
        first = first.head
    chain = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i < what.i)]
    for tok in chain:
        if tok.i >= what.i:
            continue
        other = view.mention_counting(tok)
        if other is None or other is m or not other.side:
            continue
        if kind == "force" and other.kind == "force" or kind == "equipment" and other.kind in ("force", "equipment"):
            return other.side
    return None


def _side_of_the_harmed_before(view: FiguresView, m: Mention) -> str | None:
    """ "his fighters had killed at least 120 soldiers, seized nine trucks and taken some 40
    prisoners": prisoners taken in the sentence that tells of one side's soldiers killed or
    wounded by the same fighters are that side's, when the parse loses the verbs' chain."""
    harmed = {p.side for p in view.ordered
              if p.sent.start == m.sent.start and p.start < m.start and p.kind in ("force", "national")
              and p.quantity in ("killed", "wounded", "casualties") and p.root.dep_ in ("nummod", "dobj", "obj")
              and (p.noun is None or p.noun.dep_ in ("dobj", "obj"))}
    return harmed.pop() if len(harmed) == 1 and None not in harmed else None
