"""Who did an event, and for which side: the subject, agent or modifier of the trigger,
resolved through the report (the speaker of the claim it is told in, the forces named
before, the report's state for its army). Split from :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_agents import (  # noqa: F401  (re-exported for the event stage)
    SPEAKING_PRONOUNS,
    VERB_FORMS,
    _party,
    actor_of,
    brokering,
    clause_subject,
    event_lemma,
    misread_verb,
    target_of,
)
from claimledger.extract.events_antecedents import syntactic_teller, told_actor
from claimledger.extract.events_bodies import (
    PROSECUTORS,
    fronted_state,
    institution_side,
    introduced_as,
    law_enforcer,
    theatre_speakers_army,
)
from claimledger.extract.events_interviews import asked_guests_side, in_an_answer, interviewee
from claimledger.extract.events_memo import names_a_group
from claimledger.extract.events_names import (  # noqa: F401  (OTHER_SIDE_WORDS re-exported)
    GENERIC_STATE_WORDS,
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
from claimledger.extract.events_view import FORCE_NOUNS, EventsView
from claimledger.extract.regional_bodies import regional_side
from claimledger.model import Party
from claimledger.sides import FORCE_AFTER, PLAIN_FORCE, STATE_FORCE, home_side, side_of, side_table


def with_side(actor: Party | None, tok: Token, sent: Span, kind: str, context: EventsView) -> Party | None:
    """Give a sideless actor the side the text gave it elsewhere: a leader named with
    his country, or the last forces spoken of ("these forces", "they", "the troops");
    a ruling body's forces and a state force known by its initials are the theatre's state."""
    party = _with_side(actor, tok, sent, kind, context)
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
        named = _the_named_enemy(text_of(tok.doc))
        if named:
            return Party(name=party.name, side=named)  # "enemy troops", after "the Israeli enemy"
    if party is not None and party.side and party.side == _the_named_enemy(text_of(tok.doc)) \
            and _the_enemys_by_default(party, tok):
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
    if party.side and party.side == home != context.theatre_country and not _a_party_at_home(tok, home) \
            and not _named_before(tok, sent, home) and not _force_just_named(tok, sent, home, context):
        # "troops had relocated", "reinforcements were sent", by a junta's spokesman, in a
        # Myanmar report naming China twice (a broker, a port) and no Chinese force; "the
        # army said", in a Mali report whose French forces left in 2022: the theatre's
        return Party(name=party.name, side=context.theatre_country)
    if not party.side and _generic_state_name(party.name):
        # "the Defence and Security Forces (FDS) had retaken Mucojo", said by the defence ministry
        return Party(name=party.name, side=context.theatre_country or home)
    if not party.side and _generic_state_initials(party.name, text_of(tok.doc)):
        # "The Defence and Security Forces (FDS) ... The FDS also arrested": Niger's own
        return Party(name=party.name, side=home or context.theatre_country)
    return party


def _claimed_side(name: str, ctx) -> str | None:
    """The side the claims give a person named as an actor ("Benítez dismissed the report",
    after "Government spokeswoman Lucía Benítez" spoke for the state): one side, from the
    speakers whose name or role holds the actor's surname; none when they disagree."""
    words = name.split()
    last = words[-1] if words else ""
    if len(last) < 3 or not all(w[:1].isupper() for w in words) or names_a_group(name) \
            or {w.lower() for w in words} & (FORCE_NOUNS | OTHER_SIDE_WORDS) or words[0].lower() == "the" \
            or MOVEMENT.search(name) or STATE_SPEAKER.search(name):
        return None  # a body's name ("The Sudan Liberation Movement") is no person's: its own rules read it
    sides = {c.speaker.side for c in getattr(ctx, "claims", [])
             if c.speaker.side and last in " ".join(w or "" for w in (c.speaker.name, c.speaker.role)).split()}
    return sides.pop() if len(sides) == 1 else None


def _officials_side(name: str, tok: Token, context: EventsView) -> str | None:
    """The state a person named as an actor serves, when the report quoted them with a
    state office and no side ("Governor Ricardo Maia ... denied", "the head of the republic,
    Magomed Alibekov"): one state from the speakers that are that person."""
    words = name.split()
    last = words[-1] if words else ""
    if len(last) < 3 or not all(w[:1].isupper() for w in words) or names_a_group(name):
        return None
    sides = {state_side(c.speaker, tok, context) for c in getattr(context_of(tok.doc), "claims", [])
             if c.speaker.kind == "person" and last in (c.speaker.name or "").split()}
    sides.discard(None)
    return sides.pop() if len(sides) == 1 else None


def _the_enemys_by_default(party: Party, tok: Token) -> bool:
    """Whether a side was given to a bare force ("army units", "the troops") by default, not by
    its own words nor by a speaker of that side ("troops near Shebaa", said by the Israeli army)."""
    words = set(party.name.lower().split())
    if side_of(party.name) or "enemy" in words or not words & FORCE_NOUNS or words & {"they", "them", "it", "its",
                                                                                     "their", "these", "those"}:
        return False
    return not any(c.speaker.side == party.side for c in context_of(tok.doc).claims_holding(tok.idx))


@lru_cache(maxsize=64)
def _the_named_enemy(text: str) -> str | None:
    """The side a report names as "the enemy" ("the Israeli enemy", "an Israeli enemy drone"),
    when it names one only: a bare "enemy" later in the same voice is that side."""
    sides = {side_of(m.group(1)) for m in re.finditer(r"\b([A-Z][\w-]+)\s+enemy\b", text)} - {None}
    return sides.pop() if len(sides) == 1 else None


# how far back a force named just before still tells whose an unmarked unit is (a sentence or two)
JUST_NAMED_CHARS = 400


def _force_just_named(tok: Token, sent: Span, state: str, context: EventsView) -> bool:
    """Whether the state's force was named just before ("Burundian soldiers were deployed
    to South Kivu. The unit was withdrawn"): the unit is that force, abroad or not."""
    force = context.last_force(tok.idx, max(0, sent.start_char - JUST_NAMED_CHARS))
    return force is not None and force[1] == state


def _named_before(tok: Token, sent: Span, state: str) -> bool:
    """Whether the state is named in the event's sentence before it ("hundreds of Eritrean
    soldiers are fighting", "the Russian ministry said its troops"): the words give the side."""
    return any(m.side == state for m in side_table().mentions(tok.doc[sent.start:tok.i].text))


# who rules the country a war is fought in; "the military" alone is left to the report's state
RULING = re.compile(r"\b(junta|regime|government|military council|military government)\b")


def _a_party_at_home(tok: Token, state: str) -> bool:
    """Whether the report's most named state is a party with ground of its own in it: it
    is named as a party (its people, forces or bodies: "Ukrainian officials", "the Israeli
    army") and some place of the report lies in it. A state named only as a place ("China
    is building a port", in a Myanmar report) or only by its forces abroad ("French forces
    withdrew in 2022", in a Mali report naming no French place) is not the side of an
    unmarked army there."""
    ctx = context_of(tok.doc)
    return _named_as_a_party(text_of(tok.doc), state) and any(
        p.country == state for p in getattr(ctx, "places", None) or [])


@lru_cache(maxsize=64)
def _named_as_a_party(text: str, state: str) -> bool:
    """Whether the report names the state as more than a country: its people, forces or
    bodies ("Chinese troops", "the Russian Defence Ministry", "China's army")."""
    for m in side_table().mentions(text):
        if m.side == state and (m.kind not in {"country", "capital"} or text[m.end:m.end + 2] in {"'s", "’s"}
                                or FORCE_AFTER.match(text, m.end, m.end + 30)):
            return True
    return False


def ctx_home(tok: Token) -> str | None:
    return context_of(tok.doc).home_state


def _generic_state_name(name: str) -> bool:
    """Whether a force is named by a state force's generic name alone ("the Defence and
    Security Forces", "Defense and Security Forces (FDS)"), which only a state's forces bear."""
    words = re.sub(r"\([^)]*\)", " ", name).lower().split()
    return len(words) >= 3 and "security" in words and set(words) <= GENERIC_STATE_WORDS


def _generic_state_initials(name: str, text: str) -> bool:
    """Whether a name is initials the report spelt out as a state force's generic name:
    "the Defence and Security Forces (FDS)" makes "the FDS" a state's forces."""
    initials = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if not re.fullmatch(r"[A-Z]{2,6}", initials):
        return False
    spelt = re.search(r"((?:[A-Z][a-z]+|and|of|the)(?:\s+(?:[A-Z][a-z]+|and|of|the)){1,6})\s*\(\s*" + initials
                      + r"\s*\)", text)
    return spelt is not None and set(spelt.group(1).lower().split()) <= GENERIC_STATE_WORDS


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
            if _non_state(speaker):
                return Party(name=actor.name, side=None)  # "Fano, an Amhara militia, said their fighters"
            arms = ctx.home_state or context.theatre_country if STATE_ARMS.search(speaker.name) else None
            return Party(name=actor.name, side=speaker.side or home_side(speaker.name, text_of(tok.doc))
                         or context.speaker_side(speaker) or arms or state_side(speaker, tok, context))
    if actor is not None:
        side = context.person_side(actor.name) or _claimed_side(actor.name, ctx) \
            or _officials_side(actor.name, tok, context)
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
                and not named_force(actor.name) and law_enforcer(_speakers_words(claim.speaker)) \
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
        if owned(actor.name) and ctx.home_state is None and _plain_force_at_home(actor.name, tok, context) \
                and actor.name.lower().startswith("our ") and not _a_groups_page(ctx):
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
                and (STATE_FORCE.search(actor.name) or _plain_force_at_home(actor.name, tok, context)):
            # "the national army repelled the attack" in a Marib report that names no state
            # often enough: the army of the country the report's events are in
            side = context.theatre_country
        if side is None and AIR_DEFENCE.search(actor.name) and not words & OTHER_SIDE_WORDS:
            # "the air defenses shot down an MQ-9", in the Yemeni Armed Forces' statement: they
            # guard the speaker's own sky, whatever country the report's events are in
            claim = next(iter(ctx.claims_holding(tok.idx)), None)
            told = state_side(claim.speaker, tok, context) if claim and not _non_state(claim.speaker) else None
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
        if claim is not None and not _non_state(claim.speaker) and (side := state_side(claim.speaker, tok, context)):
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
    if claim is None or _non_state(claim.speaker):
        return None
    side = state_side(claim.speaker, tok, context)
    return Party(name=actor.name, side=side) if side else None


ORDINAL_OPENING = re.compile(r"(?:the\s+)?\d+(?:st|nd|rd|th)\b", re.I)


def _speakers_words(speaker) -> str:
    """A speaker's name, role and organisation in one ("Inspector Garry Desrosiers", "National
    Police spokesman"): where the service the speaker commands or speaks for is named."""
    return " ".join(w for w in (speaker.name, speaker.role, speaker.organization) if w)


def _non_state(speaker) -> bool:
    """Whether a speaker is described as an armed group ("Fano, an Amhara militia"):
    whatever side a word in its description gives, it speaks for no state."""
    described = " ".join(w for w in (speaker.role, speaker.organization) if w).lower()
    return bool(set(re.findall(r"[a-z]+", described)) & (NON_STATE_WORDS | OTHER_SIDE_WORDS))


def page_voice(ctx) -> str | None:
    """The side of a state body whose own page the report is: its first line names the
    body ("Ministry of Defence of the Russian Federation", "Ministerio de Defensa Nacional -
    Republica de Colombia") and what the page says without a speaker is that body's word."""
    cached = getattr(ctx.memory, "page_voice", False)
    if cached is not False:
        return cached
    side = None
    # the page's heading lines (the reader may have taken its first line for the title):
    # "Summary of the Ministry of Defence of the Russian Federation on the progress of ..."
    for line in [line.strip() for line in ctx.text.split("\n") if line.strip()][:3]:
        if len(line.split()) <= 25 and not SAYING.search(line) and (
                STATE_SPEAKER.search(line) or re.search(r"\b(ministerio|minist[eè]re)\b", line, re.I)):
            side = side_of(re.sub(r"\s+on\s+.*$", "", line))
            if side:
                break
    ctx.memory.page_voice = side
    return side


def _a_groups_page(ctx) -> bool:
    """Whether the page is an armed group's own ("United League of Arakan / Arakan Army" over
    its statement): "our forces" there are the group's, no state's."""
    cached = getattr(ctx.memory, "groups_page", None)
    if cached is None:
        lines = [line.strip() for line in ctx.text.split("\n") if line.strip()][:3]
        cached = any(len(line.split()) <= 12 and not SAYING.search(line) and not STATE_SPEAKER.search(line)
                     and (MOVEMENT.search(line) or any(proper_force_name(part.strip()) for part in line.split("/")))
                     for line in lines)
        ctx.memory.groups_page = cached
    return cached


# a heading that reports what a body says is a news headline, not the body's own page
SAYING = re.compile(r"\b(says?|said|claims?|claimed|reports?|reported|accuses?|denies|according)\b", re.I)


def _sent_by_no_one(tok: Token) -> bool:
    """ "forces were deployed", "reinforcements were sent": a passive with no "by" agent."""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not has_agent(tok)


def _counted_arrival(tok: Token, words: set[str]) -> bool:
    """ "600 additional troops would arrive in Tierra Caliente": a counted force with no owner
    named arriving, the figure of an announcement (the passive's "were sent" said actively)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return tok.lemma_.lower() in {"arrive", "reach"} and subject is not None and bool(words & FORCE_NOUNS) \
        and any(c.dep_ == "nummod" or c.like_num for c in subject.children) and not owned(" ".join(words))


def body_side(name: str, tok: Token, context: EventsView) -> str | None:
    """The side of a state body named without its country (events_bodies.py): the report's
    state, else the country its events are in; initials read once per report."""
    ctx = context_of(tok.doc)
    memory = getattr(ctx.memory, "initials", None)
    if memory is None:
        memory = ctx.memory.initials = {}
    return institution_side(name, ctx.text, ctx.home_state or context.theatre_country, memory)


def state_side(speaker, tok: Token, context: EventsView) -> str | None:
    """The side of a speaker for a state with no side of its own ("the army", "the
    Ministry of Interior", "government spokesperson Legesse Tulu"): the report's state,
    else the country its events are in. Its own side first; a rebel, a monitor, a named
    group gets none, nor a party or movement named after its country ("the Communist
    Party of the Philippines", "the Sudan Liberation Movement")."""
    if named_movement(" ".join(w for w in (speaker.organization, speaker.name) if w)):
        return None
    if speaker.side:
        return speaker.side
    words = " ".join(w for w in (speaker.organization, speaker.role, speaker.name) if w)
    if speaker.role and speaker.organization:
        words += f" {speaker.role} of the {speaker.organization}"  # "the head of the republic", read in two fields
    if speaker.kind == "person" and not speaker.role and not speaker.organization:
        # "ADESINA: We have deployed ...", under "an interview with the Benue State Commissioner of
        # Police, CP Emmanuel Adesina": the office the report named the person with
        words += " " + introduced_as(text_of(tok.doc), speaker.name or "")
    if side_of(words):
        return side_of(words)  # "The Ministry of Defense of Armenia denied": the state its name says
    body = STATE_FORCE.search(words) or STATE_SPEAKER.search(words) or PROSECUTORS.search(words)
    ctx = context_of(tok.doc)
    if body is None and not set(words.lower().split()) & OTHER_SIDE_WORDS:
        # "Navy spokesman Commodore X", "the Defence Headquarters", "the PSNI": a body only a state has
        return body_side(words, tok, context)
    if body is None or set(words.lower().split()) & OTHER_SIDE_WORDS or proper_force_name(speaker.name or ""):
        return None
    # "In neighbouring Burkina Faso, the army's information service denied": the state the sentence opens on
    return fronted_state(tok.sent.text) or home_side(body.group(0), text_of(tok.doc)) or ctx.home_state \
        or context.theatre_country


# the head words of a party or movement's name, which a country in the name does not make a state's
MOVEMENT = re.compile(r"\b(party|movement|front|liberation|resistance|alliance|brotherhood|league|insurgency)\b", re.I)


def named_movement(name: str) -> bool:
    """Whether a name is a party's or movement's, not a state body's ("Communist Party of
    the Philippines"; not "the Ministry of Defence", nor "the ruling party's government")."""
    return bool(MOVEMENT.search(name)) and not STATE_SPEAKER.search(name) and not RULING.search(name.lower())


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


# bodies of a state that speak and act for it (their own name gives no side)
STATE_BODY = re.compile(r"^(the\s+)?(defen[cs]e ministry|ministry of defen[cs]e|government|presidency|general staff)$",
                        re.I)
# a state body among a speaker's words ("the Ministry of Interior", "Interior Ministry", "presidency")
STATE_SPEAKER = re.compile(r"\b(ministry|ministries|minister|government|presidency|general staff|cabinet"
                           r"|head of state|president|prime minister|governor|prefect|head of the republic"
                           r"|regional commissioner|district commissioner)\b", re.I)


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


def _plain_force_at_home(name: str, tok: Token, context: EventsView) -> bool:
    """Whether plain "troops" or "own troops" are the forces of the country the report's
    events are in: no force with a side was named before them, and that state is named as a
    party ("Security forces of Pakistan", "Pakistani aircraft"), as in a military's own
    release about an operation at home."""
    state = context.theatre_country
    # "Our valiant soldiers reacted", in a government's communique no claim attributes: its own
    own = name.lower().startswith("our ")
    return bool(state) and bool(PLAIN_FORCE.search(name)) and context.last_force(tok.idx) is None \
        and (own or _named_as_a_party(text_of(tok.doc), state))


def _previous_paragraph(ctx, start: int) -> int:
    """Where the paragraph before the one starting at ``start`` begins."""
    return ctx.paragraph(start - 2)[0] if start > 1 else 0


