"""Events: what happened, who did it, to whom, where, and how sure the teller is.

A trigger word from ``data/events.tsv`` ("pulled back", "shelling", "captured",
"pact") gives the type; the parse gives the actor (subject, "by" agent, or a
"Turkish"/"US-led" modifier of a noun trigger) and the target; the nearest place in
the trigger's own phrase, else its sentence, gives the place; the claim it is said
in gives the certainty. Types map onto PLOVER and ACLED in :data:`CATEGORIES`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of
from claimledger.extract.events_acled import acled_of
from claimledger.extract.events_actors import with_side
from claimledger.extract.events_acts import struck_a_device
from claimledger.extract.events_agents import SPEAKING_PRONOUNS, actor_of, brokering, clause_subject, target_of
from claimledger.extract.events_committed import committed_move
from claimledger.extract.events_fold import fold_tellings
from claimledger.extract.events_gate import hearsay, trigger_candidates
from claimledger.extract.events_headings import entry_heading
from claimledger.extract.events_memo import span_text
from claimledger.extract.events_modifiers import state_force_modifier
from claimledger.extract.events_passive import passive_state_actor
from claimledger.extract.events_recall import place_told_before, the_storys_attack, unsaid
from claimledger.extract.events_speaker_sides import state_side
from claimledger.extract.events_tallies import a_tally
from claimledger.extract.events_trigger_words import MODALS, TYPE_WORDS
from claimledger.extract.events_triggers import trigger_type
from claimledger.extract.events_unreal import unrealised
from claimledger.extract.events_verdicts import verdict_denials
from claimledger.extract.events_view import LIGHT_VERBS, EventsView, events_view
from claimledger.extract.events_where import (
    ANAPHORIC_PLACE,
    SETTLEMENT_NOUNS,
    THEATRE_EVENTS,
    before_the_lead,
    place_of,
    place_referred_to,
    theatre_country,
    theatre_of,
    toll_place,
    when_of,
)
from claimledger.extract.phrases import SUBJECT_DEPS, trigger_phrase
from claimledger.model import Claim, Event, Party, Place, TimeExpr
from claimledger.sides import side_of

# event.type → (PLOVER event, ACLED event type / sub-event type). Kept in code, as the
# spec asks, so that exports can carry the codebook categories users load directly.
CATEGORIES: dict[str, tuple[str, str]] = {
    "deploy": ("MOBILIZE", "Strategic developments / Headquarters or base established"),
    "withdraw": ("RETREAT", "Strategic developments / Non-violent transfer of territory"),
    "attack": ("ASSAULT", "Explosions/Remote violence / Shelling/artillery/missile attack"),
    "battle": ("FIGHT", "Battles / Armed clash"),
    "territory_change": ("FIGHT", "Battles / Government regains territory or Non-state actor overtakes territory"),
    "agreement": ("AGREE", "Strategic developments / Agreement"),
    "capture": ("COERCE", "Strategic developments / Arrests"),
    "surrender": ("YIELD", "Strategic developments / Other"),
    "casualty_report": ("ASSAULT", "Violence against civilians / Attack"),
    "acknowledge": ("CONCEDE", "Strategic developments / Other"),
    "deny": ("REJECT", "Strategic developments / Other"),
    "other": ("OTHER", "Strategic developments / Other"),
}
# an estimated number does not make the event itself uncertain
CERTAINTY = {"asserted": "asserted", "estimate": "asserted", "probable": "probable", "possible": "possible"}
ACTOR_DEPS = SUBJECT_DEPS


def categories(event_type: str, event: Event | None = None) -> dict[str, str]:
    """PLOVER and ACLED codes of an event type; given the event, ACLED's sub-event read from
    how it was done ("gunmen stormed a village" is no shelling: events_acled.py)."""
    plover, acled = CATEGORIES.get(event_type, CATEGORIES["other"])
    return {"plover": plover, "acled": acled_of(event, acled) if event is not None else acled}


def find_events(doc: Doc, claims: list[Claim], places: list[Place],
                times: list[TimeExpr] | None = None) -> list[Event]:
    events: list[Event] = []
    ctx = context_of(doc)
    ctx.set_claims(claims)
    ctx.set_places(places)
    ctx.set_times(times or [])
    context = events_view(ctx)
    # the theatre is read before the events: a state's army with no side of its own in a
    # report whose sides do not tell its state is the army of the theatre's country
    theatre = theatre_of(ctx, places)
    ctx.memory.theatre = [theatre.id] if theatre is not None else []
    context.theatre_country = theatre_country(ctx, places, theatre)
    # the words trigger_type may type, read once a report: it types every other word None
    candidates = trigger_candidates(ctx)
    context.told = events  # "They pulled out, the army said": the actor told just before (events_antecedents.py)
    told_elsewhere = context.told_elsewhere
    for k, sent in enumerate(ctx.sents):
        first, stop = bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)
        if first == stop:
            continue  # no word of the sentence can tell an event
        if told_elsewhere[k] or _a_run_of_links(ctx, sent) \
                or before_the_lead(ctx, sent.start_char) or entry_heading(ctx, sent.start_char, sent.end_char):
            # a caption, a related headline, the page's headline, a live entry's heading
            # (events_headings.py): not the story's events
            continue
        # "Are the Russians advancing on Orikhiv?": not told (the sentence's text sliced from
        # the report's, as Span.text joins its tokens anew on every call)
        asked = ctx.text[sent.start_char:sent.end_char].rstrip().endswith("?")
        for i in candidates[first:stop]:
            tok = ctx.tokens[i]  # the report's tokens: sent[i] makes new ones
            kind = trigger_type(tok)
            if kind is None or asked:
                continue
            if a_tally(tok, kind):
                continue  # "have arrested 1,140 suspects since January": a count of many acts (events_tallies.py)
            if kind == "deploy" and _purpose_of_a_deployment(tok, events, sent):
                continue  # "the deployment of a battalion to Benue to reinforce the operation": one deployment
            pledged = False
            if _asked_for(tok) or unrealised(tok):
                if _asked_for(tok) or not committed_move(tok, kind):
                    continue  # asked for, vowed, planned, to come, if ... (events_unreal.py): not done
                pledged = True  # "under the deal, troops will pull back": announced, not yet done
            if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
                continue  # "he did not say whether any arrests had been made": none told
            negated = _negated(tok) or (kind == "acknowledge" and _never(tok))
            if negated and kind == "acknowledge":
                # "the Russian side did not admit", "the junta has never acknowledged": an admission
                # not made is no admission, nor a denial (the ledger reads such silences from the text)
                continue
            if negated and (not ctx.claims_holding(tok.idx) or _habitual(tok) or _by_no_one(tok)):
                # "the enemy has not advanced" in the report's own voice: not told; "we do not
                # target civilians", "the army never shells homes": a policy, no happening to deny
                continue
            event = _read_event(tok, kind, sent, claims, places, times or [], context)
            if event is not None:
                if pledged:
                    event.certainty = "possible"
                if negated:
                    # "the General Staff said Russian troops had not retaken Robotyne": a side
                    # says it did not happen, which the ledger weighs against who says it did
                    event.certainty = "denied"
                events.append(event)
    events += _casualty_reports(ctx, events, times or [])
    events += verdict_denials(ctx, events, context)
    for event in events:
        if event.place is None and event.type == "attack" and event.actor is not None and event.actor.name:
            # "23 fighters were killed in northern Syria in a Turkish operation. Turkish artillery
            # hit 33 positions": a side's strike told right after a placed toll or event is there
            event.place = _place_just_before(ctx, event, events)
        if event.place is None:
            event.place = place_told_before(event, events, ctx.text)  # "the attackers also abducted"
        if event.place is None and theatre is not None and (event.type in THEATRE_EVENTS
                                                            or _in_a_district(ctx, event, theatre)
                                                            or _arrest_after_theatre(event, theatre)):
            event.place = theatre.id
    _arm_the_weapons(events, {p.id: p for p in places})
    _the_operation_told_before(ctx, events)
    events = fold_tellings(unsaid(events, ctx.text), {p.id: p for p in places}, ctx.text)
    for event in events:
        if event.place is None and theatre is not None and (_at_home(ctx, event, theatre)
                                                            or the_storys_attack(event, theatre)):
            # after the fold: an unplaced telling folds into a placed one first, and an
            # actorless attack at the theatre's town stays its own
            event.place = theatre.id
    return events


# a part of a town a gazetteer seldom knows ("a shell hit a school in the Al-Rawdha district")
# and the high ground around it ("liberated the Al-Balaq hills"), which a gazetteer seldom knows either
TOWN_PART = re.compile(r"\b(?:district|neighbou?rhoods?|quarters?|suburbs?|localit(?:y|ies)|hamlets?|hills|heights)\b",
                       re.I)


def _arrest_after_theatre(event: Event, theatre: Place) -> bool:
    """ "Soldiers arrested 14 suspects", told after the lead placed the story in Esmeraldas:
    an unplaced capture happens where the story is, once the report has said where that is
    (a town named only after it is no place of it)."""
    return event.type == "capture" and bool(theatre.mentions) and min(theatre.mentions)[0] < event.span[0]


def _in_a_district(ctx, event: Event, theatre: Place) -> bool:
    """Whether an unplaced event's sentence names a district or neighbourhood the place stage
    did not resolve, in a report whose theatre is a town: that part of the town."""
    if theatre.kind != "city":
        return False
    sent = ctx.sents[ctx.sent_index(ctx.token_at(event.span[0]))]
    return bool(TOWN_PART.search(ctx.text[sent.start_char:sent.end_char]))  # Span.text joins its tokens anew


def _at_home(ctx, event: Event, theatre: Place) -> bool:
    """Whether an attack is a state's own operation in its own country, in a report whose
    headline alone names where it is ("security forces conducted an operation in Datta
    Khel", a place the gazetteer does not know, under "... NEUTRALISE 35 KHWARIJ IN KHYBER
    PAKHTUNKHWA"). A theatre the lead names is no place for an attack it does not place."""
    side = event.actor.side if event.actor is not None else None
    return event.type == "attack" and side is not None and side == theatre.country \
        and event.certainty != "denied" and all(_a_heading(ctx, s, e) for s, e in theatre.mentions)


def _a_heading(ctx, start: int, end: int) -> bool:
    """Whether a mention sits in the headline, or in a line of the page that is no sentence
    (a headline under a release's number and dateline, which the page reading kept as body)."""
    if ctx.in_title(start, end):
        return True
    para = ctx.paragraph(start)
    return not re.search(r"[.!?\"”’]\s*$", ctx.text[para[0]:para[1]])


def _place_just_before(ctx, event: Event, events: list[Event]) -> str | None:
    """The place of the sentence just before the event's, in its paragraph, when that
    sentence told a toll or an event there."""
    k = ctx.sent_index(ctx.token_at(event.span[0]))
    if k == 0 or ctx.paragraph(ctx.sents[k - 1].start_char) != ctx.paragraph(ctx.sents[k].start_char):
        return None
    before = ctx.sents[k - 1]
    told = [e for e in events if e is not event and e.place and before.start_char <= e.span[0] < before.end_char]
    figures = [f for f in ctx.memory.figures
               if f.quantity in TOLLS and before.start_char <= f.span[0] < before.end_char]
    if told:
        return told[0].place
    if figures:
        place = toll_place(ctx, before, ctx.doc[ctx.token_at(figures[0].span[0])])
        if place is None:
            mentions = [pl for s, e, pl in events_view(ctx).place_mentions(before) if not ctx.in_speaker(s)]
            place = mentions[0] if mentions else None
        return place.id if place is not None else None
    return None


def _a_run_of_links(ctx, sent: Span) -> bool:
    """ "Trending: Goma airport to reopen? | Coltan prices surge | Uganda sends more troops":
    a line of headlines cut by bars is a menu of other stories, whatever its label."""
    start, end = ctx.paragraph(sent.start_char)
    return ctx.text.count(" | ", start, end) >= 2  # counted in place: no slice of the paragraph


TOLLS = {"killed", "wounded", "casualties", "civilians_killed"}


def _casualty_reports(ctx, events: list[Event], times: list[TimeExpr]) -> list[Event]:
    """ "3,000 have been killed or wounded, the agency said": a toll stated by a speaker
    is a casualty report, unless its sentence tells who made the attack or battle it came from."""
    found: list[Event] = []
    # "30 civilians were killed in shelling on the markets, the network said": an attack told
    # with no one doing it adds no actor to the toll, which is the news
    told = {ctx.sent_index(ctx.token_at(e.span[0])) for e in events if e.type in {"attack", "battle"}
            and e.actor is not None}
    by_id = {c.id: c for c in getattr(ctx, "claims", [])}
    for figure in ctx.memory.figures:
        if figure.quantity not in TOLLS:
            continue
        k = ctx.sent_index(ctx.token_at(figure.span[0]))
        if k in told:
            continue
        sent = ctx.sents[k]
        # "A man was killed and three people were wounded in Kupiansk district, he said": the
        # claim may hold only the first half; the sentence's speaker still tells the second
        claim = by_id.get(figure.claim or "") or next(
            (c for c in getattr(ctx, "claims", []) if sent.start_char <= c.span[0] < sent.end_char), None)
        if claim is None:
            continue
        place = toll_place(ctx, sent, ctx.doc[ctx.token_at(figure.span[0])])
        found.append(Event(
            type="casualty_report", text=figure.text, span=figure.span, trigger_span=figure.span,
            actor=Party(name=claim.speaker.name, side=claim.speaker.side),
            place=place.id if place is not None else None,
            when=when_of(ctx.doc[ctx.token_at(figure.span[0])], sent, times),
            certainty=CERTAINTY.get(claim.hedge, "asserted") if claim.polarity != "denied" else "denied",
            claims=[claim.id],
        ))
    return found


HEARSAY = re.compile(r"\b(allegedly|reportedly|unconfirmed)\b", re.I)


def _read_event(tok: Token, kind: str, sent: Span, claims: list[Claim], places: list[Place],
                times: list[TimeExpr], context: EventsView) -> Event | None:
    doc = tok.doc
    ctx = context_of(doc)
    said_in = ctx.claims_holding(tok.idx)
    # a cue is not an event of its own unless the cue itself is the act ("denied")
    if kind not in {"deny", "acknowledge", "agreement"} and tok.idx in ctx.cue_starts:
        return None
    actor = None if struck_a_device(tok) else _teller(tok, kind, context) or actor_of(tok, said_in)
    if tok.pos_ == "NOUN" and actor is None and _anaphoric(tok) and _told_before(tok, kind):
        return None  # "this deployment", "the withdrawal": an event told before
    actor = with_side(actor, tok, sent, kind, context)
    target = target_of(tok)
    if actor is not None and actor.side and target is not None and target.side == actor.side \
            and not side_of(actor.name) and kind in {"attack", "battle", "capture", "territory_change"}:
        # "drones struck LNA positions", in the LNA's words: a side read from the report, not
        # from the actor's own words, that is the target's own is the wrong one
        actor = Party(name=actor.name, side=None)
    place = place_of(tok, sent, places, kind)
    if place is None or place.kind != "city" and _names_a_settlement(tok):
        # "the RSF's capture of the town", in a sentence naming "En Nahud, West Kordofan":
        # the town before it, not the nearer region
        place = place_referred_to(sent, places, tok.idx) or place
    passive = passive_state_actor(tok, kind, actor, place, context)
    if passive is not None:
        actor = passive  # "43 people had been arrested": the state's police (events_passive.py)
    named = state_force_modifier(tok, kind, actor, place, context)
    if named is not None:
        actor = named  # "a police operation in Cite Soleil": the state's police (events_modifiers.py)
    when = when_of(tok, sent, times)
    certainty = "asserted"
    if said_in:
        claim = said_in[0]
        certainty = "denied" if claim.polarity == "denied" else CERTAINTY.get(claim.hedge, "asserted")
    if certainty == "asserted" and hearsay(ctx, sent.start_char, sent.end_char, HEARSAY):
        certainty = "possible"
    if certainty == "asserted" and _modal(tok):
        certainty = "possible"  # "would continue to target ships", "could strike": not (yet) done
    start, end = trigger_phrase(tok)
    first, last = ctx.tokens[start], ctx.tokens[end - 1]
    span = (first.idx, last.idx + len(last))
    filed = DATELINE_OPENING.match(ctx.text, span[0], tok.idx)
    if filed is not None:
        span = (filed.end(), span[1])  # "CULIACÁN, Sinaloa — The army sent": where it was filed is no telling
    return Event(
        type=kind, text=ctx.text[span[0]:span[1]], span=span,  # the phrase's text, as doc[start:end].text
        trigger_span=(tok.idx, tok.idx + len(tok)), actor=actor, target=target,
        place=place.id if place else None, when=when, certainty=certainty,
        claims=[c.id for c in said_in],
    )


# a dateline the page reading left in the paragraph: a name in capitals, a region or date, an agency, a dash
DATELINE_OPENING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'/-]+(?:,[^—–\n.]{1,40})?\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]+\s+")
WEAPON_NOUNS = word_lists("event_words.tsv")["weapon"] | {"aircraft", "jets", "warplanes", "planes", "uavs", "uav",
                                                           "shaheds", "ballistic"}
# an event told by its own noun as the actor ("the operation also targeted ...")
OPERATION_REACH = 800  # characters back: a paragraph or two, a quotation between
OPERATION_ACTS = {"attack", "territory_change", "capture"}
EVENT_ACTOR_WORDS = {"the", "this", "that", "operation", "strike", "raid", "attack", "offensive", "assault",
                     "campaign", "also"}


def _the_operation_told_before(ctx, events: list[Event]) -> None:
    """ "the operation also targeted a Russian air defence system in Crimea", after the
    Navy's drones struck a ship: an event whose actor is the operation itself is done by
    whoever did the attack told just before (a paragraph or two back)."""
    for k, event in enumerate(events):
        if event.type not in {"attack", "capture"} or event.actor is None or event.actor.side \
                or not set(event.actor.name.lower().split()) <= EVENT_ACTOR_WORDS:
            continue
        # "the army says it has overrun three bases ... the operation had destroyed the camps and
        # seized weapons": the operation is the army's, whether its first act took ground or struck
        before = [e for e in events[:k] if e.type in OPERATION_ACTS and e.actor is not None and e.actor.side
                  and event.span[0] - OPERATION_REACH <= e.span[0] < event.span[0]]
        if before:
            event.actor = Party(name=before[-1].actor.name, side=before[-1].actor.side)


def _arm_the_weapons(events: list[Event], places: dict[str, Place]) -> None:
    """Give an attack told by its weapon alone ("a ballistic missile hit an enterprise in
    Dnipro", "drones damaged port infrastructure in Odesa") the side of the one foreign
    state the report says attacked that country ("Russia attacked Ukraine overnight with
    118 drones"). A country attacked by more than one side, or by its own, gives none."""
    bare = [e for e in events if e.type == "attack" and e.place is not None and _by_a_bare_weapon(e)]
    if not bare:
        return
    # the sides that attacked each country, read once: a long report has hundreds of attacks
    bare_ids = {id(e) for e in bare}
    attackers: dict[str | None, set[str]] = {}
    for e in events:
        if e.type == "attack" and e.actor is not None and e.actor.side and id(e) not in bare_ids \
                and e.certainty != "denied" and e.place:
            attackers.setdefault(places[e.place].country, set()).add(e.actor.side)
    for event in bare:
        country = places[event.place].country
        sides = attackers.get(country, set())
        if country and len(sides) == 1 and country not in sides:
            event.actor = Party(name=event.actor.name if event.actor else "", side=next(iter(sides)))


# an attack's words that tell violence done on the ground, by whoever was there, not a strike from afar
DONE_ON_THE_GROUND = {"burned", "burnt", "torched", "looted", "ransacked", "razed", "pillaged", "vandalised",
                      "vandalized", "arson"}
def _purpose_of_a_deployment(tok: Token, events: list[Event], sent: Span) -> bool:
    """Whether a deploy word is the purpose of a deployment the sentence told before it ("sent
    a battalion to Djibo to reinforce the garrison", "announced the deployment of two companies
    to Kidal to reinforce security"): the same move, said twice, not a second one."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
        e.type == "deploy" and sent.start_char <= e.span[0] < tok.idx for e in events)


# words of a weapon named bare ("a ballistic missile", "drones", "two attack UAVs"), with no owner
BARE_WEAPON_WORDS = {"a", "an", "the", "two", "three", "several", "attack", "strike", "cruise", "kamikaze", "guided"}


def _by_a_bare_weapon(event: Event) -> bool:
    """Whether an attack names no one doing it, or only a weapon with no owner in its own
    words ("a ballistic missile hit", "drones damaged"): whose it is, the report tells elsewhere."""
    if event.actor is None or not event.actor.name:
        # "27 assaults near Orikhiv", "an air strike hit the market": the one foreign attacker's;
        # not "homes were burned", "shops were looted": done on the ground by whoever was there
        return not set(re.findall(r"[a-z]+", event.text.lower())) & DONE_ON_THE_GROUND
    words = set(event.actor.name.lower().split())
    return bool(words & WEAPON_NOUNS) and words <= WEAPON_NOUNS | BARE_WEAPON_WORDS and not side_of(event.actor.name)


def _names_a_settlement(tok: Token) -> bool:
    """Whether the trigger's own phrase points back to a town ("capture of the town")."""
    start, end = trigger_phrase(tok)
    found = ANAPHORIC_PLACE.search(span_text(tok.doc, start, end))
    return bool(found) and (found.group(2) or "").lower() in SETTLEMENT_NOUNS


def _teller(tok: Token, kind: str, context: EventsView) -> Party | None:
    """ "The army said ... and denied that its troops had fled": a denial or admission
    whose cue the claim stage read is made by that claim's speaker, whatever the parse
    hangs the verb on."""
    if kind not in {"deny", "acknowledge"}:
        return None
    claims = getattr(context_of(tok.doc), "claims", [])
    claim = next((c for c in claims if c.cue_span and c.cue_span[0] == tok.idx), None)
    if claim is None or not claim.speaker.name or claim.speaker.name.lower() in SPEAKING_PRONOUNS:
        return None
    subject = clause_subject(tok) or (clause_subject(tok.head) if tok.dep_ == "conj" else None)
    if subject is not None and subject.head is not tok and tok.dep_ == "conj" \
            and _inside_content(tok.head, claim, claims):
        subject = None  # the subject of what the speaker said before, not the speaker's
    if subject is not None and subject.pos_ != "PRON" and not ({w.lower_ for w in subject.subtree} & set(
            claim.speaker.name.lower().split())):
        # "South Sudan's information minister, Michael Makuei, denied": the verb's own subject
        # denies, whoever the claim stage took for the speaker
        party = actor_of(tok, [])
        if party is not None:
            return party
    # "government spokesperson Legesse Tulu denied": a state's voice with no side of its own
    return Party(name=claim.speaker.organization or claim.speaker.name, side=state_side(claim.speaker, tok, context))


def _inside_content(tok: Token, claim: Claim, claims: list[Claim]) -> bool:
    """Whether ``tok`` lies in what another claim of the same speaker says: "The army said
    that its air force had struck X and denied that …" hangs "denied" on "struck", whose
    subject (the air force) is the content's, not the one who denies."""
    return any(other is not claim and other.speaker.name == claim.speaker.name
               and other.span[0] <= tok.idx < other.span[1] for other in claims)


def _habitual(tok: Token) -> bool:
    """Whether a verb is told in the simple present ("we do not target", "never shells"):
    a habit or a policy, not one happening."""
    if tok.pos_ != "VERB":
        return False
    if tok.tag_ in {"VBP", "VBZ"}:
        return True
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBP", "VBZ"}
                                    for c in tok.children)


def _negated(tok: Token) -> bool:
    """ "the enemy has not advanced", "no troops were withdrawn": told as not done. A
    denial says so through its cue ("denied that troops had fled"), not here."""
    if tok.lemma_.lower() in {"deny", "denial", "refute", "reject", "dismiss"}:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if _by_no_one(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "talks ended without any agreement", "the town fell without a fight"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS \
            and any(c.dep_ == "neg" for c in tok.head.children):
        return True  # "the two sides did not reach any agreement", "has not launched an offensive"
    # "failed to agree on a truce", "refused to sign a ceasefire", "talks failed to produce a deal"
    verb = tok.head if tok.dep_ in {"dobj", "pobj"} else tok
    verb = verb.head if verb.dep_ == "prep" else verb
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILED


def _by_no_one(tok: Token) -> bool:
    """ "Nobody has been arrested", "no one claimed the attack": nothing done, nothing denied
    either (a side that says no arrest was made disputes no one's telling)."""
    return tok.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} and _no_one(c) for c in tok.children)


def _no_one(subject: Token) -> bool:
    """ "nobody", "no one", "none of the groups": a subject that names no one."""
    return subject.lower_ in {"nobody", "none", "no-one"} or subject.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _never(tok: Token) -> bool:
    """ "has never admitted", "has yet to acknowledge": a verb told as not (yet) done."""
    if any(c.lower_ == "never" for c in tok.children if c.dep_ in ("advmod", "neg")):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() == "have" and any(c.lower_ == "yet" for c in head.children)


FAILED = {"fail", "refuse", "decline"}
DEMAND_VERBS = word_lists("event_extra_words.tsv")["demand_verb"]
# verbs whose object, not only their complement, is what they ask for ("demanded the withdrawal of
# troops"); "called a truce" declares one
DEMAND_OBJECT_VERBS = {"demand", "urge", "ask", "beg", "implore"}


def _asked_for(tok: Token) -> bool:
    """Whether the trigger is what someone asks others to do: the verb a verb of demanding
    governs ("urged Rwanda to pull its troops out", "calls on the sponsors to compel the enemy
    to stop its attacks and withdraw"), what is called or appealed for ("called for an
    immediate ceasefire") or demanded ("demanded the withdrawal"). What the asked verb acts
    on is told as real ("urged Israel to halt its offensive", "return to the terms of the
    truce agreed in 2022"), and a clause with a subject of its own ("called for calm after
    rebels attacked the town") is told as done."""
    node = tok
    if tok.pos_ != "VERB":
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in DEMAND_VERBS \
                or tok.dep_ == "dobj" and head.lemma_.lower() in DEMAND_OBJECT_VERBS:
            return True
        if tok.dep_ != "dobj" or head.lemma_.lower() not in LIGHT_VERBS:
            return False
        node = head  # "asked both sides to sign a truce": the truce is made by the verb asked for
    for _ in range(6):
        head = node.head
        if head.i == node.i or node.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False
        if head.lemma_.lower() in DEMAND_VERBS and (node.dep_ == "xcomp" or node.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            return True  # "to compel ..." read as a clause of purpose is what is asked all the same
        if node.dep_ not in {"xcomp", "advcl", "conj"} or node.dep_ == "conj" and head.lemma_.lower() in DEMAND_VERBS:
            return False  # "urged calm and deployed troops": the one who asks also acts
        node = head
    return False


def _told_before(tok: Token, kind: str) -> bool:
    """Whether an event of this type was told in an earlier sentence: "the fighting"
    after "heavy clashes" is that battle again; "during the fighting" in a report that
    told none yet is the first telling of it."""
    ctx = context_of(tok.doc)
    first = events_view(ctx).first_told(TYPE_WORDS).get(kind)
    return first is not None and first < ctx.sent_index(tok.i)


def _modal(tok: Token) -> bool:
    """Whether the trigger, or the verb it hangs on, is under a modal or a future."""
    for verb in (tok, tok.head):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True
        if verb.dep_ not in {"xcomp", "pcomp", "dobj"}:
            break
    return False


def _anaphoric(tok: Token) -> bool:
    dets = [c.lower_ for c in tok.lefts if c.dep_ in {"det", "poss"}]
    # "the ceasefire they signed with the junta in Kunming": its own clause tells which one
    # "killed in the strikes and the raid, including a teenager": "including" lists the dead, no argument
    # "the Omani-brokered deal" after "a truce between Washington and the Houthis": who
    # brokered it does not make it another one
    has_args = any(c.dep_ in {"prep", "relcl"} and c.lower_ not in {"including", "among"} for c in tok.rights) or any(
        c.dep_ in {"amod", "compound"} and not brokering(c) for c in tok.lefts)
    return bool(dets) and dets[0] in {"this", "that", "these", "those", "the"} and not has_args
