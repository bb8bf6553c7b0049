"""Who did an event, and for which side: the subject, agent or modifier of the trigger,
resolved through the report (the speaker of the claim it is told in, the forces named
before, the report's state for its army). Split from :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimledger.extract.authorities import authority_side
from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_agents import SPEAKING_PRONOUNS
from claimledger.extract.events_antecedents import syntactic_teller, told_actor
from claimledger.extract.events_bodies import fronted_state, law_enforcer, theatre_speakers_army
from claimledger.extract.events_home_forces import (
    a_party_at_home,
    ctx_home,
    force_just_named,
    generic_state_initials,
    generic_state_name,
    named_before,
    plain_force_at_home,
    the_enemys_by_default,
    the_named_enemy,
)
from claimledger.extract.events_interviews import asked_guests_side, in_an_answer, interviewee
from claimledger.extract.events_names import (
    NON_STATE_WORDS,
    OTHER_SIDE_WORDS,
    group_body,
    named_force,
    owned,
    proper_first_word,
    proper_force_name,
)
from claimledger.extract.events_passive import agentless_operation, has_agent
from claimledger.extract.events_referents import referent_party
from claimledger.extract.events_regional import regional_party
from claimledger.extract.events_speaker_sides import (
    RULING,
    STATE_BODY,
    STATE_SPEAKER,
    a_groups_page,
    body_side,
    claimed_side,
    non_state,
    officials_side,
    page_voice,
    speakers_words,
    state_side,
)
from claimledger.extract.events_view import FORCE_NOUNS, EventsView
from claimledger.extract.regional_bodies import regional_side
from claimledger.model import Party
from claimledger.sides import STATE_FORCE, home_side, side_of


def with_side(actor: Party | None, tok: Token, sent: Span, kind: str, context: EventsView) -> Party | None:
    """Give a sideless actor the side the text gave it elsewhere: a leader named with
    his country, or the last forces spoken of ("these forces", "they", "the troops");
    a ruling body's forces and a state force known by its initials are the theatre's state."""
    party = _with_side(actor, tok, sent, kind, context)
    if party is not None and not party.side and (authority := authority_side(party.name)):
        return Party(name=party.name, side=authority)  # "Taliban forces": Afghanistan's de facto authorities
    if party is not None and (region := regional_side(party.name, {context.theatre_country} - {None})):
        return Party(name=party.name, side=region)  # "forces of the Somali regional state": Ethiopia's
    if party is not None and not party.side and (regional := regional_party(party, tok, context)):
        party = regional  # "Sindh Rangers raided", "the Bavarian police said they had arrested"
    if party is not None and party.side and (STATE_FORCE.search(party.name) or STATE_SPEAKER.search(party.name)) \
            and not side_of(party.name) and (fronted := fronted_state(sent.text)):
        # "In neighbouring Burkina Faso, the army denied": the army of the state the sentence opens on
        return Party(name=party.name, side=fronted)
    if party is not None and party.name.lower().startswith("your "):
        # "Q: Kinshasa says your forces shelled Mweso": the forces of whoever is asked (the
        # guest, with the side the standfirst gave them), not the speaker's nor the report's state
        asked = asked_guests_side(context_of(tok.doc), context, tok.idx)
        return Party(name=party.name, side=asked or side_of(party.name))
    if party is not None and not party.side and re.search(r"\benemy\b", party.name, re.I):
        named = the_named_enemy(text_of(tok.doc))
        if named:
            return Party(name=party.name, side=named)  # "enemy troops", after "the Israeli enemy"
    if party is not None and party.side and party.side == the_named_enemy(text_of(tok.doc)) \
            and the_enemys_by_default(party, tok):
        # "army units deployed in the area", in the Lebanese army's statement on "the Israeli
        # enemy": a bare army in the voice that names the enemy is its own, never that enemy's
        side = context.theatre_country if context.theatre_country != party.side else None
        return Party(name=party.name, side=side)
    if party is None or side_of(party.name) or not context.theatre_country:
        return party
    lowered = party.name.lower()
    if RULING.search(lowered) and not re.search(r"\banti[- ]", lowered) and not group_body(party.name):
        # "junta soldiers", "Government forces said they retook", in a report whose events
        # are in Myanmar or Yemen: the rulers there, however often China or the US is named
        return Party(name=party.name, side=context.theatre_country)
    home = ctx_home(tok)
    if party.side and party.side == home != context.theatre_country and not a_party_at_home(tok, home) \
            and not named_before(tok, sent, home) and not force_just_named(tok, sent, home, context):
        # "troops had relocated", "reinforcements were sent", by a junta's spokesman, in a
        # Myanmar report naming China twice (a broker, a port) and no Chinese force; "the
        # army said", in a Mali report whose French forces left in 2022: the theatre's
        return Party(name=party.name, side=context.theatre_country)
    if not party.side and generic_state_name(party.name):
        # "the Defence and Security Forces (FDS) had retaken Mucojo", said by the defence ministry
        return Party(name=party.name, side=context.theatre_country or home)
    if not party.side and generic_state_initials(party.name, text_of(tok.doc)):
        # "The Defence and Security Forces (FDS) ... The FDS also arrested": Niger's own
        return Party(name=party.name, side=home or context.theatre_country)
    return party


def _with_side(actor: Party | None, tok: Token, sent: Span, kind: str, context: EventsView) -> Party | None:
    if actor is not None and actor.side:
        return actor
    if (told := told_actor(actor, tok, context.told)) is not None:
        return told  # "... stormed a base. They pulled out, the army said": the stormers (events_antecedents.py)
    referent = referent_party(actor, tok, context)
    if referent is not None:
        return referent  # "The officer denied ...": the spokesman named before (events_referents.py)
    ctx = context_of(tok.doc)
    paragraph = ctx.paragraph(tok.idx)[0]
    guest = _guests_own(actor, tok, context)
    if guest is not None:
        return guest
    if actor is not None and actor.name.lower() in SPEAKING_PRONOUNS:
        # "the army said it had recaptured the bridge": the body that speaks acts; "Q: The
        # army says it has sent reinforcements": the innermost claim's speaker, not the asker
        claim = min(ctx.claims_holding(tok.idx), key=lambda c: c.span[1] - c.span[0], default=None)
        if claim is not None and not claim.speaker.side and claim.speaker.kind in {"organization", "group"} \
                and actor.name.lower() == "it" and state_side(claim.speaker, tok, context):
            # "the army says it has sent reinforcements", in a Sudan report: the state's army
            return Party(name=claim.speaker.name, side=state_side(claim.speaker, tok, context))
        if claim is not None and claim.speaker.side and (
                claim.speaker.kind in {"organization", "group"} or actor.name.lower() in {"we", "our"}):
            return Party(name=claim.speaker.name, side=claim.speaker.side)
        if claim is not None and actor.name.lower() in {"we", "our"} and context.speaker_side(claim.speaker):
            # "We repelled six assaults", said by a commander of a Ukrainian brigade
            return Party(name=claim.speaker.name, side=context.speaker_side(claim.speaker))
        if claim is not None and actor.name.lower() == "we" and claim.speaker.kind == "person" \
                and state_side(claim.speaker, tok, context):
            # "We withdrew the soldiers from the schools", said by the head of the police's
            # anti-gang directorate: the state whose service the speaker heads
            return Party(name=claim.speaker.name, side=state_side(claim.speaker, tok, context))
        teller = syntactic_teller(tok)
        if teller is not None and side_of(teller.text):
            return Party(name=teller.text, side=side_of(teller.text))  # "Russia says it captured X"
        if teller is not None and teller.ent_type_ != "PERSON" and actor.name.lower() in {"it", "they"}:
            return Party(name=teller.text, side=None)  # "The SDF said it had pulled its fighters back": the SDF
        if claim is not None and actor.name.lower() == "it" and claim.speaker.kind in {"organization", "group"} \
                and set(claim.speaker.name.lower().split()) & UNIT_WORDS:
            # "the 3rd Assault Brigade said it had withdrawn": the unit that speaks, whose side
            # the report did not give, never the enemy forces named last
            return Party(name=claim.speaker.name, side=None)
    if actor is not None and actor.name.lower().split()[:1] in (["its"], ["their"], ["our"]):
        # "its forces", "our troops" in a claim: the speaker's own, whatever its side
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        if claim is not None:
            # a speaker with no side of its own may still be a state's ("the regime's command")
            # or a person the report said whose they are ("our unit", said by a brigade's captain)
            speaker = claim.speaker
            if non_state(speaker):
                return Party(name=actor.name, side=None)  # "Fano, an Amhara militia, said their fighters"
            arms = ctx.home_state or context.theatre_country if STATE_ARMS.search(speaker.name) else None
            return Party(name=actor.name, side=speaker.side or home_side(speaker.name, text_of(tok.doc))
                         or context.speaker_side(speaker) or arms or state_side(speaker, tok, context))
    if actor is not None:
        side = context.person_side(actor.name) or claimed_side(actor.name, ctx) \
            or officials_side(actor.name, tok, context)
        if side:
            return Party(name=actor.name, side=side)
        words = set(actor.name.lower().split())
        if proper_first_word(actor.name, text_of(tok.doc)) and not words & OTHER_SIDE_WORDS:
            return Party(name=actor.name, side=None)  # "Sahrawi army units": a people no side table knows
        own = _speakers_own(actor, words, tok, context)
        if own is not None and context.last_force(tok.idx, _previous_paragraph(ctx, paragraph)) is None:
            return own
        if (unit := _numbered_unit(actor, words, tok, context)) is not None:
            return unit  # "the 22nd Infantry Division had repelled an RSF assault", said by the army's spokesman
        if (home_army := theatre_speakers_army(actor, words, ctx.claims_holding(tok.idx), context)) is not None:
            return home_army  # "Somali government spokesman X said the army had retaken three villages"
        if words & (FORCE_NOUNS | {"they", "them", "it"}) and not owned(actor.name) and not named_force(actor.name) \
                and not proper_force_name(actor.name) and not proper_first_word(actor.name, text_of(tok.doc)) \
                and not words & OTHER_SIDE_WORDS:  # "the rebels" are not the state force named before them
            # "they had pulled out", "the unit was withdrawn": the forces the report
            # spoke of last, in this paragraph or the one before
            force = context.last_force(tok.idx, _previous_paragraph(ctx, paragraph))
            if force is not None and home_side(actor.name, text_of(tok.doc)) in (None, force[1]):
                return Party(name=actor.name if words - {"they", "them", "it"} else force[2], side=force[1])
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        bare_they = words == {"they"} and context.last_force(tok.idx, _previous_paragraph(ctx, paragraph)) is None
        if claim is None and (words & FORCE_NOUNS or bare_they) and not words & OTHER_SIDE_WORDS \
                and not owned(actor.name) and not named_force(re.split(r"\s+of\s+", actor.name)[0]) and page_voice(ctx):
            # "Units of the Centre Group of Forces liberated Novoukrainka" on the Russian
            # defence ministry's own page: the page speaks, and its units are its own
            return Party(name=actor.name, side=page_voice(ctx))
        if claim is not None and claim.speaker.side and STATE_FORCE.search(actor.name) and not (
                words & ({"they", "them", "it"} | OTHER_SIDE_WORDS)):
            # "the army had retaken three villages", said by a Somali government
            # spokesman: the speaker's state's army
            return Party(name=actor.name, side=claim.speaker.side)
        if claim is not None and words & SERVING_WORDS and not words & OTHER_SIDE_WORDS \
                and not named_force(actor.name) and law_enforcer(speakers_words(claim.speaker)) \
                and (claim.speaker.side or state_side(claim.speaker, tok, context)):
            # "officers had arrested 14 gang members", said by a country's police or by its
            # spokesman ("police spokesman Inspector X said officers withdrew"): that police's
            return Party(name=actor.name, side=claim.speaker.side or state_side(claim.speaker, tok, context))
        if claim is not None and kind == "deploy" and (_sent_by_no_one(tok) or _counted_arrival(tok, words)) \
                and not words & OTHER_SIDE_WORDS and state_side(claim.speaker, tok, context):
            # "General Security forces had been deployed to Jableh", the Interior Ministry
            # announced; "600 additional troops would arrive in Tierra Caliente", the Defence
            # Ministry said: the state that announces a deployment no one else is said to make, made it
            return Party(name=actor.name, side=state_side(claim.speaker, tok, context))
        if claim is None and kind == "deploy" and _sent_by_no_one(tok) and words & FORCE_NOUNS \
                and not words & OTHER_SIDE_WORDS and ctx.home_state is None and context.theatre_country \
                and context.last_force(tok.idx) is None and not named_force(actor.name):
            # "Reinforcements were immediately dispatched to the area", in a communique about an
            # ambush in Niger naming no other force: the theatre's state sends them
            return Party(name=actor.name, side=context.theatre_country)
        if proper_force_name(actor.name):
            return actor  # "Arakan Army", "Rapid Support Forces": a named group, not the state's army
        if owned(actor.name) and ctx.home_state is None and plain_force_at_home(actor.name, tok, context) \
                and actor.name.lower().startswith("our ") and not a_groups_page(ctx):
            return Party(name=actor.name, side=context.theatre_country)  # "Our valiant soldiers reacted"
        if owned(actor.name):
            # "the group's naval forces": the group's; "the military's information team": the state's
            owner = re.split(r"['’]s?\s", actor.name)[0]
            if STATE_FORCE.fullmatch(owner.strip()):
                return Party(name=actor.name, side=home_side(owner, text_of(tok.doc)))
            # "TNI's operations command", after "the Indonesian military (TNI)": the state's
            return Party(name=actor.name, side=None if words & OTHER_SIDE_WORDS else body_side(owner, tok, context))
        if STATE_BODY.search(actor.name) or STATE_SPEAKER.match(re.sub(r"^the\s+", "", actor.name, flags=re.I)) \
                and not group_body(actor.name):
            # "the Defence Ministry denied", "the government acknowledged": the report's state
            return Party(name=actor.name, side=ctx.home_state or context.theatre_country)
        side = home_side(actor.name, text_of(tok.doc))
        if side is None and ctx.home_state is None and not words & OTHER_SIDE_WORDS and not named_force(actor.name) \
                and (STATE_FORCE.search(actor.name) or plain_force_at_home(actor.name, tok, context)):
            # "the national army repelled the attack" in a Marib report that names no state
            # often enough: the army of the country the report's events are in
            side = context.theatre_country
        if side is None and AIR_DEFENCE.search(actor.name) and not words & OTHER_SIDE_WORDS:
            # "the air defenses shot down an MQ-9", in the Yemeni Armed Forces' statement: they
            # guard the speaker's own sky, whatever country the report's events are in
            claim = next(iter(ctx.claims_holding(tok.idx)), None)
            told = state_side(claim.speaker, tok, context) if claim and not non_state(claim.speaker) else None
            side = told or page_voice(ctx) or ctx.home_state or context.theatre_country
        if side is None and STATE_ARMS.search(actor.name) and not words & OTHER_SIDE_WORDS:
            # "Air force aircraft then struck their columns": only a state has an air force,
            # a navy or a gendarmerie; in a report about one state's war, that state's
            side = ctx.home_state or context.theatre_country
        if side is None and not words & OTHER_SIDE_WORDS and not QUOTED.search(actor.name):
            # "The PSNI acknowledged", "the Foreign Office denied": the name's head, not a target
            # after it ("an attack by gunmen against an FAA post")
            side = body_side(AFTER_HEAD.split(actor.name)[0], tok, context)
        return Party(name=actor.name, side=side)
    if kind == "attack" and agentless_operation(tok):
        # "An intelligence-based operation was conducted in Datta Khel", in the military's
        # statement: the operation the state's force or police tells is its own
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        if claim is not None and not non_state(claim.speaker) and (side := state_side(claim.speaker, tok, context)):
            return Party(name=claim.speaker.name, side=side)
    if kind in {"deploy", "withdraw"}:
        # "… 12,000 North Korean troops were deployed", "a withdrawal began": the forces
        # nearest before it
        force = context.last_force(tok.idx, _previous_paragraph(ctx, paragraph))
        if force is not None:
            return Party(name=force[2], side=force[1])
    return None


# what follows a body's name and is no part of it: "against an FAA post", "in the municipality of"
AFTER_HEAD = re.compile(r"\s+(?:against|in|at|near|on|by|from|to|into|with|toward|towards|inside)\s+", re.I)
QUOTED = re.compile(r"[\"“”«»]")
AIR_DEFENCE = re.compile(r"\bair defen[cs]es?\b", re.I)
STATE_ARMS = re.compile(r"\b(air force|navy|gendarmerie|national guard|coast guard)\b", re.I)
# a force's or police's own people, named without their service ("officers", "agents")
SERVING_WORDS = {"officers", "officer", "policemen", "policeman", "agents", "gendarmes", "constables", "personnel"}
# a state's formations, named by their number or honour title ("the 3rd Assault Brigade")
UNIT_WORDS = {"brigade", "battalion", "regiment", "division", "corps", "unit", "squadron", "detachment"}


def _numbered_unit(actor: Party, words: set[str], tok: Token, context: EventsView) -> Party | None:
    """A formation named by its number alone ("the 22nd Infantry Division", "20th Infantry
    Battalion") in the words of a state's speaker: that state's own unit, as a unit of the
    other side is named with its owner ("Ukraine's 47th Brigade", "the RSF's 5th Division")."""
    if not words & UNIT_WORDS or words & OTHER_SIDE_WORDS or owned(actor.name) \
            or not ORDINAL_OPENING.match(actor.name):
        return None
    claim = next(iter(context_of(tok.doc).claims_holding(tok.idx)), None)
    if claim is None or non_state(claim.speaker):
        return None
    side = state_side(claim.speaker, tok, context)
    return Party(name=actor.name, side=side) if side else None


ORDINAL_OPENING = re.compile(r"(?:the\s+)?\d+(?:st|nd|rd|th)\b", re.I)


def _sent_by_no_one(tok: Token) -> bool:
    """ "forces were deployed", "reinforcements were sent": a passive with no "by" agent."""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not has_agent(tok)


def _counted_arrival(tok: Token, words: set[str]) -> bool:
    """ "600 additional troops would arrive in Tierra Caliente": a counted force with no owner
    named arriving, the figure of an announcement (the passive's "were sent" said actively)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return tok.lemma_.lower() in {"arrive", "reach"} and subject is not None and bool(words & FORCE_NOUNS) \
        and any(c.dep_ == "nummod" or c.like_num for c in subject.children) and not owned(" ".join(words))


def _speakers_own(actor: Party, words: set[str], tok: Token, context: EventsView | None = None) -> Party | None:
    """ "duty air defense forces intercepted 47 drones", said by Russia's ministry: bare
    forces in a state body's words are its own, not the last forces the text named (which
    may be the ones it shot down)."""
    # "Allied Democratic Forces" are a named group; "units of the Battlegroup West" the speaker's units
    # "troops near Shebaa": a place after the force names no group
    head_part = re.split(r"\s+(?:of|near|in|at|around|outside)\s+", actor.name)[0]
    if not words & FORCE_NOUNS or words & OTHER_SIDE_WORDS or owned(actor.name) or named_force(head_part):
        return None
    if words & NON_STATE_WORDS or proper_first_word(actor.name, text_of(tok.doc)):
        # "fighters of the Fano militia", "Sahrawi army units", in a ministry's words: the
        # militia's, the named people's, not the state the ministry may be taken for
        return None
    if words & {"these", "those", "such"} or any(w[:1].isdigit() for w in words):
        return None  # "these forces" point back; "12,000 troops" are counted, not the speaker's own
    claim = next(iter(context_of(tok.doc).claims_holding(tok.idx)), None)
    if claim is None or claim.speaker.kind not in {"organization", "group", "person"} and not (
            claim.speaker.kind == "unnamed" and claim.speaker.side):
        return None  # "a UPDF officer, speaking on condition of anonymity": unnamed, yet a side's
    # "units of the FDS repelled the attack", said by the army general staff in a Burkina report
    side = claim.speaker.side or (state_side(claim.speaker, tok, context) if context is not None else None)
    return Party(name=actor.name, side=side) if side else None


def _guests_own(actor: Party | None, tok: Token, context: EventsView) -> Party | None:
    """ "— We still hold Rivne.", "— Our drones hit them": in a Q&A whose answers carry no
    name (so no claim holds them), "we" and "our" are the guest's, with the guest's side."""
    if actor is None or not actor.name or actor.name.lower().split()[0] not in {"we", "our", "us"}:
        return None
    ctx = context_of(tok.doc)
    if not in_an_answer(ctx, tok.idx):
        return None
    guest = interviewee(ctx, context)
    if guest is None or not guest.side:
        return None
    # a claim that holds the answer speaks for whoever it names; the guest's own claim
    # with no side of its own ("Andriy Kovalenko: we withdrew") still speaks for the guest
    if any(c.speaker.side or not _names_guest(c.speaker.name, guest.name) for c in ctx.claims_holding(tok.idx)):
        return None
    return Party(name=guest.name if actor.name.lower() == "we" else actor.name, side=guest.side)


def _names_guest(speaker: str | None, guest: str) -> bool:
    """Whether a claim's speaker is the interview's guest (the name, or its last word)."""
    said = {w.lower() for w in (speaker or "").split()}
    return bool(said) and guest.split()[-1].lower() in said


def _previous_paragraph(ctx, start: int) -> int:
    """Where the paragraph before the one starting at ``start`` begins."""
    return ctx.paragraph(start - 2)[0] if start > 1 else 0


