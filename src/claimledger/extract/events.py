"""Events: what happened, who did it, to whom, where, and how sure the teller is.

A trigger word from ``data/events.tsv`` ("pulled back", "shelling", "captured",
"pact") gives the type; the parse gives the actor (subject, "by" agent, or a
"Turkish"/"US-led" modifier of a noun trigger) and the target; the nearest place in
the trigger's own phrase, else its sentence, gives the place; the claim it is said
in gives the certainty. Types map onto PLOVER and ACLED in :data:`CATEGORIES`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of
from claimledger.extract.events_actors import (
    OTHER_SIDE_WORDS,
    SPEAKING_PRONOUNS,
    VERB_FORMS,
    actor_of,
    clause_subject,
    event_lemma,
    misread_verb,
    state_side,
    target_of,
    with_side,
)
from claimledger.extract.events_view import FORCE_NOUNS, EventsView, events_view
from claimledger.extract.events_where import (
    ANAPHORIC_PLACE,
    SETTLEMENT_NOUNS,
    THEATRE_EVENTS,
    before_the_lead,
    place_of,
    place_referred_to,
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
# Object nouns, light verbs, title words and modals: data/event_words.tsv (see its header).
_WORDS = word_lists("event_words.tsv")
PLACE_OBJECT_WORDS = _WORDS["place_object"]
WEAPON_WORDS = _WORDS["weapon"]
SEIZED_THINGS = _WORDS["seized"]
PEOPLE_OBJECT_WORDS = _WORDS["people_object"]
LIGHT_VERBS = _WORDS["light_verb"]
TITLE_WORDS = _WORDS["title_word"]
MODALS = _WORDS["modal"]
THING_NOUNS = _WORDS["thing_noun"]
_EXTRA = word_lists("event_extra_words.tsv")
SPLIT_PARTICLES = _EXTRA["split_particle"]
SIGNED_PAPERS = _EXTRA["signed_paper"]
# an estimated number does not make the event itself uncertain
CERTAINTY = {"asserted": "asserted", "estimate": "asserted", "probable": "probable", "possible": "possible"}
ACTOR_DEPS = SUBJECT_DEPS


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    return {lemma: kind for lemma, kind in read_table("events.tsv")}


# the one-word triggers of each type, for "the fighting" looking back for a telling
_TYPE_WORDS: dict[str, set[str]] = {}
for _lemma, _kind in read_table("events.tsv"):
    _TYPE_WORDS.setdefault(_kind, set()).add(_lemma.split()[0])


def categories(event_type: str) -> dict[str, str]:
    plover, acled = CATEGORIES.get(event_type, CATEGORIES["other"])
    return {"plover": plover, "acled": acled}


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
    context.theatre_country = theatre.country if theatre is not None else None
    for sent in ctx.sents:
        if ctx.told_elsewhere(sent.start_char, sent.end_char) or _a_run_of_links(ctx, sent) \
                or before_the_lead(ctx, sent.start_char):
            continue  # a caption, a related headline, the page's headline: not the story's events
        for tok in sent:
            kind = trigger_type(tok)
            if kind is None or sent.text.rstrip().endswith("?"):
                continue  # "Are the Russians advancing on Orikhiv?": not told
            negated = _negated(tok)
            if negated and not ctx.claims_holding(tok.idx):
                continue  # "the enemy has not advanced" in the report's own voice: not told
            event = _read_event(tok, kind, sent, claims, places, times or [], context)
            if event is not None:
                if negated:
                    # "the General Staff said Russian troops had not retaken Robotyne": a side
                    # says it did not happen, which the ledger weighs against who says it did
                    event.certainty = "denied"
                events.append(event)
    events += _casualty_reports(ctx, events, times or [])
    for event in events:
        if event.place is None and event.type == "attack" and event.actor is not None and event.actor.name:
            # "23 fighters were killed in northern Syria in a Turkish operation. Turkish artillery
            # hit 33 positions": a side's strike told right after a placed toll or event is there
            event.place = _place_just_before(ctx, event, events)
        if event.place is None and theatre is not None and event.type in THEATRE_EVENTS:
            event.place = theatre.id
    return _fold(events, {p.id: p for p in places})


def _place_just_before(ctx, event: Event, events: list[Event]) -> str | None:
    """The place of the sentence just before the event's, in its paragraph, when that
    sentence told a toll or an event there."""
    k = ctx.sent_index(_token_at(ctx, event.span[0]))
    if k == 0 or ctx.paragraph(ctx.sents[k - 1].start_char) != ctx.paragraph(ctx.sents[k].start_char):
        return None
    before = ctx.sents[k - 1]
    told = [e for e in events if e is not event and e.place and before.start_char <= e.span[0] < before.end_char]
    figures = [f for f in ctx.memory.figures
               if f.quantity in TOLLS and before.start_char <= f.span[0] < before.end_char]
    if told:
        return told[0].place
    if figures:
        place = toll_place(ctx, before, ctx.doc[_token_at(ctx, figures[0].span[0])])
        if place is None:
            mentions = [pl for s, e, pl in events_view(ctx).place_mentions(before) if not ctx.in_speaker(s)]
            place = mentions[0] if mentions else None
        return place.id if place is not None else None
    return None


def _a_run_of_links(ctx, sent: Span) -> bool:
    """ "Trending: Goma airport to reopen? | Coltan prices surge | Uganda sends more troops":
    a line of headlines cut by bars is a menu of other stories, whatever its label."""
    start, end = ctx.paragraph(sent.start_char)
    return ctx.text[start:end].count(" | ") >= 2


TOLLS = {"killed", "wounded", "casualties", "civilians_killed"}


def _casualty_reports(ctx, events: list[Event], times: list[TimeExpr]) -> list[Event]:
    """ "3,000 have been killed or wounded, the agency said": a toll stated by a speaker
    is a casualty report, unless its sentence tells the attack or battle it came from."""
    found: list[Event] = []
    told = {ctx.sent_index(_token_at(ctx, e.span[0])) for e in events if e.type in {"attack", "battle"}}
    by_id = {c.id: c for c in getattr(ctx, "claims", [])}
    for figure in ctx.memory.figures:
        if figure.quantity not in TOLLS:
            continue
        k = ctx.sent_index(_token_at(ctx, figure.span[0]))
        if k in told:
            continue
        sent = ctx.sents[k]
        # "A man was killed and three people were wounded in Kupiansk district, he said": the
        # claim may hold only the first half; the sentence's speaker still tells the second
        claim = by_id.get(figure.claim or "") or next(
            (c for c in getattr(ctx, "claims", []) if sent.start_char <= c.span[0] < sent.end_char), None)
        if claim is None:
            continue
        place = toll_place(ctx, sent, ctx.doc[_token_at(ctx, figure.span[0])])
        found.append(Event(
            type="casualty_report", text=figure.text, span=figure.span, trigger_span=figure.span,
            actor=Party(name=claim.speaker.name, side=claim.speaker.side),
            place=place.id if place is not None else None,
            when=when_of(ctx.doc[_token_at(ctx, figure.span[0])], sent, times),
            certainty=CERTAINTY.get(claim.hedge, "asserted") if claim.polarity != "denied" else "denied",
            claims=[claim.id],
        ))
    return found


def _token_at(ctx, char: int) -> int:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def trigger_type(tok: Token) -> str | None:
    if tok.lower_ == "according" or _in_headline_run(tok):
        return None
    if misread_verb(tok) and VERB_FORMS[tok.lower_] in triggers():
        return _refine(tok, triggers()[VERB_FORMS[tok.lower_]])
    if tok.pos_ not in {"VERB", "NOUN", "PROPN"} or tok.dep_ in {"compound"} and tok.pos_ != "NOUN":
        return None
    lemma = event_lemma(tok)
    table = triggers()
    # "pulled back": the small model parses the particle as prt or as advmod
    # and "pulled out of X" as a preposition
    particle = next((c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.i == tok.i + 1), None)
    if particle and f"{lemma} {particle}" in table:
        return table[f"{lemma} {particle}"]
    # "pulled its armoured units back from", "pulled its contingent out": the object
    # between the verb and its particle
    split = next((c.lower_ for c in tok.rights if c.dep_ in {"prt", "advmod", "prep"} and tok.i + 1 < c.i <= tok.i + 6
                  and c.lower_ in SPLIT_PARTICLES), None)
    if split and f"{lemma} {split}" in table and tok.pos_ == "VERB":
        return table[f"{lemma} {split}"]
    if tok.dep_ == "compound" and f"{lemma} {tok.head.lemma_.lower()}" in table:
        return None  # "air strike": the head noun carries it
    kind = table.get(lemma) or table.get(tok.lower_)
    if kind is None and tok.pos_ == "NOUN":
        kind = _hyphenated(tok, table)  # "a counter-offensive", split by the tokenizer
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
    if kind == "agreement" and tok.pos_ != "VERB" and _background(tok):
        return None
    return _refine(tok, kind)


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


QUOTES = "\"“”‘’'«»"


def _in_a_title(tok: Token) -> bool:
    """ "a programme titled 'We will liberate Goma'", "Operation 'Dawn of Freedom'": a
    trigger inside a quoted name is no event of the report."""
    doc = tok.doc
    sent = context_of(doc).sent(tok)
    opened = [t for t in doc[sent.start:tok.i] if t.text in QUOTES or t.text in ("``", "''")]
    if len(opened) % 2 == 0:
        return False
    quote = opened[-1].i
    before = {t.lower_ for t in doc[max(quote - 3, sent.start):quote]}
    return bool(before & TITLE_WORDS)


def _background(tok: Token) -> bool:
    """ "the 2013 Nairobi agreement", "the Minsk accords": an agreement named or dated
    is background, not one made in the report. "signed the 2013 agreement" too."""
    noun = tok
    if tok.pos_ == "VERB":
        noun = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if noun is None:
            return False
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in AGREEING for c in noun.rights):
        return False  # "the Pretoria agreement signed in November 2022": told as made
    for c in noun.lefts:
        if c.ent_type_ == "DATE" or (c.like_num and len(c.text) == 4):
            return True
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "LAW", ""}:
            return True
    return False


AGREEING = {"sign", "reach", "broker", "conclude", "agree", "strike", "seal", "initial"}


def _in_headline_run(tok: Token) -> bool:
    """Page debris keeps related headlines ("US Missile Attack on Syrian Air Base"):
    a capitalised trigger inside a run of capitalised words is a headline, not prose."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    doc = tok.doc
    window = [t for t in doc[max(tok.i - 3, 0): tok.i + 4] if t.is_alpha and t.i != tok.i and len(t) > 3]
    return len(window) >= 3 and all(t.text[:1].isupper() for t in window)


def _refine(tok: Token, kind: str) -> str | None:
    """Words with several senses: decide by their objects."""
    lemma = event_lemma(tok)
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if misread_verb(tok):
        lemma, objects = VERB_FORMS[tok.lower_], [tok.head]  # the name it was glued onto is its object
    if not objects and tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        objects = [tok.head]  # "the stronghold of Jarabulus, which Turkish-led forces captured"
    obj_words = {o.lower_ for o in objects} | {c.lower_ for o in objects for c in o.children}
    # "sent thousands of volunteers", "captured dozens of fighters": the counted noun
    obj_words |= {g.lower_ for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"}
    if lemma == "launch":
        # "launched 40 missiles at Kyiv" is an attack; "launched an offensive" is told by
        # its noun, and "launched an appeal" is none
        return kind if obj_words & WEAPON_WORDS else None
    if lemma in {"capture", "seize", "take"} and objects and _took_control(objects):
        return "territory_change"  # "took control of the town", "seized control of the port"
    if lemma in {"capture", "seize", "take"} and obj_words & SEIZED_THINGS:
        return "capture"  # "seized a cargo ship", "captured two tanks"
    if lemma in {"capture", "seize", "take"} and any(_a_place(o) for o in objects):
        return "territory_change"  # "seized Kidal", whatever the NER took the name for
    if lemma in {"capture", "seize", "take"} and objects and _people_or_counted(objects):
        return "capture"  # "captured 43 militants", "took 37 others prisoner": people, not ground
    if lemma in {"capture", "seize", "take"}:
        if any(o.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects) or obj_words & PLACE_OBJECT_WORDS:
            return "territory_change"
        if tok.pos_ == "NOUN":  # "the capture of six soldiers"; "to avoid capture" tells nothing
            taken = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if any(g.lower_ in PLACE_OBJECT_WORDS or g.ent_type_ in {"GPE", "LOC", "FAC"} or _a_place(g)
                   for g in taken):
                return "territory_change"  # "the RSF's capture of the town"
            told = any(c.dep_ in {"prep", "poss"} and c.lower_ != "to" for c in tok.children)
            return "capture" if told else None
        if lemma == "capture" and obj_words & PEOPLE_OBJECT_WORDS:
            return "capture"
        # "captured" with no object read is too little to tell ground from people
        return "territory_change" if lemma != "take" and objects else None
    if lemma in {"gain", "advance"}:
        if tok.pos_ == "NOUN":  # "the army's advance on X" needs its side or its goal
            told = any(c.dep_ == "prep" and c.lower_ in {"on", "into", "toward", "towards"} for c in tok.children)
            return kind if told or any(side_of(c.text) for c in tok.lefts) else None
        return kind if (obj_words & PLACE_OBJECT_WORDS or lemma == "advance") else None
    if lemma in {"control", "hold"}:
        # "has controlled Goma since January": taken then; "holds talks", "controls the
        # budget" and a hold with no start take nothing
        since = any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
        return kind if since and tok.pos_ == "VERB" and any(_a_place(o) for o in objects) else None
    if lemma in {"keep", "maintain"}:
        # "keeps thousands of soldiers in Somalia"; "kept the road open" moves no one
        return kind if obj_words & (PEOPLE_OBJECT_WORDS | FORCE_NOUNS) else None
    if lemma in {"drive", "push"}:
        # "drove the fighters out of Mogadishu", "was pushed out of Khartoum"; "the convoy
        # drove out of town" takes nothing
        return kind if objects else None
    if lemma in {"send", "station", "dispatch", "move"}:
        return kind if obj_words & (PEOPLE_OBJECT_WORDS | FORCE_NOUNS) or any(
            c.dep_ == "nsubjpass" for c in tok.children) else None
    if lemma in {"hit", "target", "fire", "pound"} and tok.pos_ == "NOUN" and lemma != "fire":
        return None
    if lemma == "fire" and tok.pos_ == "NOUN" and not _gunfire(tok):
        return None  # "causing a large fire": a blaze, not shooting
    if lemma == "arrive":
        # "Burundian troops arrived in the town"; aid or journalists arriving is no deployment
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return kind if any(c.lower_ in FORCE_NOUNS | PEOPLE_OBJECT_WORDS for c in subjects) else None
    if lemma == "operation":
        return kind if _military_operation(tok) else None
    if lemma == "evacuate":
        # "troops evacuated the base" withdraw; "the UN evacuated 140 patients", "residents
        # were evacuated" move people out of harm's way, which is no one's retreat
        movers = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
        if tok.dep_ == "conj" and tok.head.lemma_.lower() in {"wound", "injure", "hurt"}:
            return None  # "two soldiers were wounded and evacuated to Popayan": casualties moved
        if any(m.lower_ in FORCE_NOUNS or m.lower_ in PLACE_OBJECT_WORDS or m.ent_type_ in {"GPE", "LOC", "FAC"}
               for m in movers):
            return kind
        return None if movers else kind
    if lemma in {"set", "establish"}:
        # "set up a permanent post in Cabaret", "established a base near Kidal": a force settles
        if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            return None
        return kind if obj_words & POSTS else None
    if lemma == "inflict":
        # "inflicted fire damage on a brigade": an attack on what follows "on"; "inflicted
        # heavy strikes on" is told by its noun, "inflicted losses of up to 400" by its figure
        on = any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for w in [tok, *objects] for c in w.children)
        return kind if on and not any(o.lemma_.lower() in triggers() for o in objects) else None
    if lemma == "enter":
        # "our units entered Cabaret" deploy there; "rebels entered Walikale" take it; the
        # aid that entered Gaza is neither
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        placed = any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lower_ in PLACE_OBJECT_WORDS or _a_place(o)
                     for o in objects)
        if not placed or not subjects:
            return None
        words = {w.lower_ for c in subjects for w in c.subtree}
        if words & (OTHER_SIDE_WORDS | {"fighters", "gunmen", "militiamen", "paramilitaries"}):
            return "territory_change"
        return kind if words & (FORCE_NOUNS | PEOPLE_OBJECT_WORDS | {"police"}) else None
    if lemma == "leave":
        if not any(c.dep_ == "dobj" for c in tok.children):
            # "the UN mission left at the end of 2023"; "residents left" is no retreat
            return kind if _force_subject(tok) else None
        return kind if obj_words & PLACE_OBJECT_WORDS or any(o.ent_type_ == "GPE" for o in objects) else None
    if lemma == "flee":
        # "the soldiers fled towards Gashena"; fleeing civilians are displaced, not retreating
        return kind if _force_subject(tok) else None
    if lemma == "bring":
        # "the ceasefire brought 2,000 Russian peacekeepers into the region"
        into = any(c.dep_ == "prep" and c.lower_ in {"into", "to", "in"} for c in tok.children)
        return kind if into and obj_words & (FORCE_NOUNS | FORCE_MOVERS) else None
    if lemma in {"sign", "deal"} and tok.pos_ == "VERB" and lemma == "deal":
        return None
    if lemma == "engage":
        # "engaged the enemy", "engaged the rebels near the river"; not "engaged in talks"
        return kind if obj_words & (FORCE_NOUNS | PEOPLE_OBJECT_WORDS | OTHER_SIDE_WORDS | {"enemy"}) else None
    if lemma == "dismiss":
        # "dismissed the claim as untrue", "dismissed the figure as propaganda"; not "dismissed a general"
        said = {"claim", "claims", "report", "reports", "figure", "figures", "accusation", "accusations",
                "allegation", "allegations", "account", "statement", "it", "them", "this", "that"}
        as_what = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
        return kind if obj_words & said or as_what else None
    if lemma == "sign":
        # "signed a pact": the pact is the trigger and "sign" its light verb, one event;
        # "signed a declaration of principles", "signed the Charter": the signing tells it
        signed = {o.lemma_.lower() for o in objects if o.dep_ == "dobj"}
        return kind if signed & SIGNED_PAPERS else None
    return kind


# who moves as a force: besides the force nouns, missions and their peacekeepers
FORCE_MOVERS = {"mission", "peacekeepers", "contingent", "soldiers", "troops", "fighters", "militants", "rebels",
                "insurgents", "jihadists", "gunmen", "militiamen", "paramilitaries", "mercenaries", "guerrillas",
                "terrorists", "assailants", "attackers", "bandits", "militia", "militias", "garrison"}


def _force_subject(tok: Token) -> bool:
    """Whether the verb's subject is a force ("the soldiers", "the UN mission MINUSMA")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    words = {w.lower_ for c in subjects for w in c.subtree}
    if tok.dep_ in {"relcl", "acl"}:
        words.add(tok.head.lower_)  # "the UN mission MINUSMA left", parsed as a clause on "mission"
    return bool(words & (FORCE_NOUNS | FORCE_MOVERS))


POSTS = {"post", "posts", "base", "bases", "checkpoint", "checkpoints", "outpost", "outposts", "position", "positions",
         "camp", "camps", "headquarters", "garrison", "presence"}
CIVIL_OPERATIONS = {"rescue", "humanitarian", "evacuation", "search", "relief", "aid", "peacekeeping", "police",
                    "security", "recovery", "clearance", "demining", "cleanup", "sting", "vaccination", "medical"}
MILITARY_OPERATIONS = {"military", "air", "ground", "joint", "coalition", "offensive", "combat", "counter-terrorism",
                       "counterterrorism", "counterinsurgency", "naval", "airborne", "army", "special", "cross-border"}


def _military_operation(tok: Token) -> bool:
    """ "a Turkish and US-led coalition operation", "a military operation", "killed in an
    operation near Djibo": force used on someone; a rescue or police operation is not."""
    mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    words = {w.lower_ for m in mods for w in m.subtree}
    if words & CIVIL_OPERATIONS:
        return False
    if words & MILITARY_OPERATIONS or any(side_of(m.text) for m in mods):
        return True
    # "23 fighters were killed in the operation": an operation that killed is an attack
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"} and tok.head.head.lemma_.lower() in {
        "kill", "neutralise", "neutralize", "eliminate", "destroy"}


def _took_control(objects: list[Token]) -> bool:
    """ "took control of Babanusa", "seized control of the port": control of a place."""
    return any(o.lower_ == "control" and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
               for o in objects)


def _a_place(tok: Token) -> bool:
    """Whether the word is (in) a place the place stage found in the report."""
    ctx = context_of(tok.doc)
    return any(s <= tok.idx < e for s, e, _ in events_view(ctx).place_mentions(ctx.sent(tok)))


def _people_or_counted(objects: list[Token]) -> bool:
    """Whether what was captured is people, or a number of things that are not places
    ("43 militants", "37 others", "two tanks"): a capture, not a change of territory."""
    for obj in objects:
        if obj.lower_ in PEOPLE_OBJECT_WORDS or obj.ent_type_ in {"PERSON", "NORP"}:
            return True
        counted = any(c.dep_ == "nummod" for c in obj.children) or obj.like_num
        of_what = {g.lower_ for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"}
        if of_what & PLACE_OBJECT_WORDS:
            continue  # "taken 14 of the state's 17 townships": ground, counted
        if counted and obj.lower_ not in PLACE_OBJECT_WORDS and obj.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return True
    return False


def _gunfire(tok: Token) -> bool:
    """ "opened fire", "came under fire", "artillery fire", "sniper fire": shooting."""
    if tok.head.lemma_.lower() in {"open", "return", "exchange"} or (
            tok.head.lower_ in {"under", "with"} and tok.dep_ == "pobj"):
        return True
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in {
        "artillery", "sniper", "gun", "machine", "mortar", "rocket", "tank", "heavy", "small", "arms",
        "automatic", "anti-aircraft", "cross", "enemy", "friendly"} for c in tok.lefts)


def _read_event(tok: Token, kind: str, sent: Span, claims: list[Claim], places: list[Place],
                times: list[TimeExpr], context: EventsView) -> Event | None:
    doc = tok.doc
    ctx = context_of(doc)
    said_in = ctx.claims_holding(tok.idx)
    # a cue is not an event of its own unless the cue itself is the act ("denied")
    if kind not in {"deny", "acknowledge"} and tok.idx in ctx.cue_starts:
        return None
    actor = _teller(tok, kind, context) or actor_of(tok, said_in)
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
    when = when_of(tok, sent, times)
    certainty = "asserted"
    if said_in:
        claim = said_in[0]
        certainty = "denied" if claim.polarity == "denied" else CERTAINTY.get(claim.hedge, "asserted")
    if re.search(r"\b(allegedly|reportedly|unconfirmed)\b", sent.text, re.I) and certainty == "asserted":
        certainty = "possible"
    if certainty == "asserted" and _modal(tok):
        certainty = "possible"  # "would continue to target ships", "could strike": not (yet) done
    start, end = trigger_phrase(tok)
    return Event(
        type=kind, text=doc[start:end].text, span=(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])),
        trigger_span=(tok.idx, tok.idx + len(tok)), actor=actor, target=target,
        place=place.id if place else None, when=when, certainty=certainty,
        claims=[c.id for c in said_in],
    )


def _names_a_settlement(tok: Token) -> bool:
    """Whether the trigger's own phrase points back to a town ("capture of the town")."""
    start, end = trigger_phrase(tok)
    found = ANAPHORIC_PLACE.search(tok.doc[start:end].text)
    return bool(found) and (found.group(2) or "").lower() in SETTLEMENT_NOUNS


def _teller(tok: Token, kind: str, context: EventsView) -> Party | None:
    """ "The army said ... and denied that its troops had fled": a denial or admission
    whose cue the claim stage read is made by that claim's speaker, whatever the parse
    hangs the verb on."""
    if kind not in {"deny", "acknowledge"}:
        return None
    ctx = context_of(tok.doc)
    claim = next((c for c in getattr(ctx, "claims", []) if c.cue_span and c.cue_span[0] == tok.idx), None)
    if claim is None or not claim.speaker.name or claim.speaker.name.lower() in SPEAKING_PRONOUNS:
        return None
    subject = clause_subject(tok) or (clause_subject(tok.head) if tok.dep_ == "conj" else None)
    if subject is not None and subject.pos_ != "PRON" and not ({w.lower_ for w in subject.subtree} & set(
            claim.speaker.name.lower().split())):
        # "South Sudan's information minister, Michael Makuei, denied": the verb's own subject
        # denies, whoever the claim stage took for the speaker
        party = actor_of(tok, [])
        if party is not None:
            return party
    # "government spokesperson Legesse Tulu denied": a state's voice with no side of its own
    return Party(name=claim.speaker.organization or claim.speaker.name, side=state_side(claim.speaker, tok, context))


def _negated(tok: Token) -> bool:
    """ "the enemy has not advanced", "no troops were withdrawn": told as not done. A
    denial says so through its cue ("denied that troops had fled"), not here."""
    if tok.lemma_.lower() in {"deny", "denial", "refute", "reject", "dismiss"}:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    # "failed to agree on a truce", "refused to sign a ceasefire", "talks failed to produce a deal"
    verb = tok.head if tok.dep_ in {"dobj", "pobj"} else tok
    verb = verb.head if verb.dep_ == "prep" else verb
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILED


FAILED = {"fail", "refuse", "decline"}


def _told_before(tok: Token, kind: str) -> bool:
    """Whether an event of this type was told in an earlier sentence: "the fighting"
    after "heavy clashes" is that battle again; "during the fighting" in a report that
    told none yet is the first telling of it."""
    ctx = context_of(tok.doc)
    first = events_view(ctx).first_told(_TYPE_WORDS).get(kind)
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
    has_args = any(c.dep_ in {"prep", "relcl"} for c in tok.rights) or any(
        c.dep_ in {"amod", "compound"} for c in tok.lefts)
    return bool(dets) and dets[0] in {"this", "that", "these", "those", "the"} and not has_args


def _within(a: str | None, b: str | None, places: dict[str, Place]) -> bool:
    """Whether place a lies in place b or b in a (a town in its country), or one is unknown."""
    if a is None or b is None or a == b:
        return True
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None or pa.country != pb.country:
        return False
    return "country" in {pa.kind, pb.kind}


def _fold(events: list[Event], places: dict[str, Place]) -> list[Event]:
    """One event per (type, actor side, place): a report tells the same event often.
    A telling without a place folds into one with a place (it adds no new where)."""
    kept: list[Event] = []
    for event in events:
        side = event.actor.side if event.actor else None
        same = [k for k in kept if k.type == event.type and (k.actor.side if k.actor else None) == side
                and _within(k.place, event.place, places) and not _apart_in_time(k, event)]
        if same:
            first = same[0]
            first.claims = sorted(set(first.claims) | set(event.claims))
            if first.place is None or (event.place and places[first.place].kind == "country"):
                first.place = event.place or first.place
            if first.actor is None and event.actor is not None:
                first.actor = event.actor
            continue
        kept.append(event)
    return _fold_bare(kept, places)


def _apart_in_time(a: Event, b: Event) -> bool:
    """Whether two tellings are dated months apart ("in September 2023" and "on Sunday",
    in a 2025 report): the same kind of act by the same side twice, not one act told twice."""
    days = [_day(e.when.start) if e.when else None for e in (a, b)]
    return None not in days and abs(days[0] - days[1]) > 45


def _day(iso: str | None) -> int | None:
    """Days since year 0 of an ISO date ("2023", "2023-09", "2023-09-14"), or None."""
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
    if not found:
        return None
    year, month, day = (int(g) if g else 1 for g in found.groups())
    return year * 365 + (month - 1) * 30 + day


def _fold_bare(events: list[Event], places: dict[str, Place]) -> list[Event]:
    """A telling with no actor ("after relentless air strikes on the town") adds nothing
    to another event of its type the report tells at the same place, or anywhere when it
    names no place finer than a country: it is one more telling of it."""
    def vague(e: Event) -> bool:
        return e.place is None or places[e.place].kind == "country"

    def same(k: Event, e: Event) -> bool:
        return k.place == e.place or vague(e) and _within(k.place, e.place, places)

    kept: list[Event] = []
    for event in events:
        other = next((k for k in events if k is not event and k.type == event.type and k.actor is not None
                      and same(k, event)), None)
        if event.actor is None and other is not None:
            other.claims = sorted(set(other.claims) | set(event.claims))
            continue
        kept.append(event)
    return kept
