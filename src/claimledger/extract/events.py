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
from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_view import FORCE_NOUNS, HIT_VERBS, EventsView, events_view
from claimledger.extract.phrases import SUBJECT_DEPS, subtree_text, trigger_phrase
from claimledger.model import Claim, Event, Party, Place, TimeExpr
from claimledger.sides import STATE_FORCE, home_side, side_of, side_table

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


ANAPHORIC_NOUNS = _WORDS["anaphoric_place"]
ANAPHORIC_PLACE = re.compile(r"\b(the|this|that) (" + "|".join(sorted(ANAPHORIC_NOUNS)) + r")\b"
                             r"|\bthere\b|\bnearby\b", re.I)
# what "the town", "the camp" point back to: a settlement rather than its province
SETTLEMENT_NOUNS = {"town", "village", "city", "camp", "base", "garrison", "outpost", "compound"}


def find_events(doc: Doc, claims: list[Claim], places: list[Place],
                times: list[TimeExpr] | None = None) -> list[Event]:
    events: list[Event] = []
    ctx = context_of(doc)
    ctx.set_claims(claims)
    ctx.set_places(places)
    ctx.set_times(times or [])
    context = events_view(ctx)
    for sent in ctx.sents:
        if ctx.told_elsewhere(sent.start_char, sent.end_char):
            continue  # a caption, a related headline, the page's headline: not the story's events
        for tok in sent:
            kind = trigger_type(tok)
            if kind is None or sent.text.rstrip().endswith("?"):
                continue  # "Are the Russians advancing on Orikhiv?": asked, not told
            event = _read_event(tok, kind, sent, claims, places, times or [], context)
            if event is not None:
                events.append(event)
    events += _casualty_reports(ctx, events, times or [])
    theatre = _theatre(ctx, places)
    ctx.memory.theatre = [theatre.id] if theatre is not None else []
    for event in events:
        if event.place is None and theatre is not None and event.type in THEATRE_EVENTS:
            event.place = theatre.id
    return _fold(events, {p.id: p for p in places})


# Events that happen where the report is: a withdrawal, a deployment, a toll in a
# report about one front happen on that front unless their sentence says otherwise.
THEATRE_EVENTS = {"withdraw", "deploy", "casualty_report", "battle"}
TOLLS = {"killed", "wounded", "casualties", "civilians_killed"}


def _dateline(ctx, start: int, end: int) -> bool:
    """Whether a place names where the copy was filed: the dateline part, or a name in
    capitals opening a paragraph ("MOGADISHU —", "CAIRO, Jan 19 (AFP) -") that the page
    reading did not mark."""
    if ctx.part_at(start) == "dateline":
        return True
    name = ctx.text[start:end]
    return name.isupper() and len(name) > 2 and start - ctx.paragraph(start)[0] <= 2


def _theatre(ctx, places: list[Place]) -> Place | None:
    """The report's default theatre: the first town or region its lead names, else the
    place of its dateline. A dateline names where the copy was filed ("MAPUTO:" over a
    lead about Macomia district): the lead's own place is where things happen."""
    lead_end = ctx.lead_end()
    first: tuple[int, Place] | None = None
    dateline: Place | None = None
    for place in places:
        if place.kind == "country":
            continue
        for s, e in place.mentions:
            part = ctx.part_at(s)
            if _dateline(ctx, s, e):
                dateline = dateline or place
            elif part == "body" and s < lead_end and not ctx.in_title(s) and (first is None or s < first[0]):
                first = (s, place)
    return first[1] if first else dateline


def _casualty_reports(ctx, events: list[Event], times: list[TimeExpr]) -> list[Event]:
    """ "3,000 have been killed or wounded, the agency said": a toll stated by a speaker
    is a casualty report, unless its sentence tells the attack or battle it came from."""
    found: list[Event] = []
    told = {ctx.sent_index(_token_at(ctx, e.span[0])) for e in events if e.type in {"attack", "battle"}}
    by_id = {c.id: c for c in getattr(ctx, "claims", [])}
    for figure in ctx.memory.figures:
        claim = by_id.get(figure.claim or "")
        if figure.quantity not in TOLLS or claim is None:
            continue
        k = ctx.sent_index(_token_at(ctx, figure.span[0]))
        if k in told:
            continue
        sent = ctx.sents[k]
        place = _toll_place(ctx, sent, ctx.doc[_token_at(ctx, figure.span[0])])
        found.append(Event(
            type="casualty_report", text=figure.text, span=figure.span, trigger_span=figure.span,
            actor=Party(name=claim.speaker.name, side=claim.speaker.side),
            place=place.id if place is not None else None,
            when=_when(ctx.doc[_token_at(ctx, figure.span[0])], sent, times),
            certainty=CERTAINTY.get(claim.hedge, "asserted") if claim.polarity != "denied" else "denied",
            claims=[claim.id],
        ))
    return found


def _toll_place(ctx, sent: Span, counted: Token) -> Place | None:
    """The town or region of the toll's own clause: not the dateline's, not one a side
    clause names ("... in the fighting, which spread to the airport, forcing flights to
    be diverted to Misrata")."""
    for s, e, place in events_view(ctx).place_mentions(sent):
        if place.kind == "country" or _dateline(ctx, s, e):
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not _side_clause(span.root, counted) and not _other_clause(span.root, counted):
            return place
    return None


def _token_at(ctx, char: int) -> int:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def trigger_type(tok: Token) -> str | None:
    if tok.lower_ == "according" or _in_headline_run(tok):
        return None
    if tok.pos_ not in {"VERB", "NOUN", "PROPN"} or tok.dep_ in {"compound"} and tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    table = triggers()
    # "pulled back": the small model parses the particle as prt or as advmod
    # and "pulled out of X" as a preposition
    particle = next((c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.i == tok.i + 1), None)
    if particle and f"{lemma} {particle}" in table:
        return table[f"{lemma} {particle}"]
    if tok.dep_ == "compound" and f"{lemma} {tok.head.lemma_.lower()}" in table:
        return None  # "air strike": the head noun carries it
    kind = table.get(lemma) or table.get(tok.lower_)
    if kind is None and tok.pos_ == "NOUN":
        for child in tok.lefts:
            if child.dep_ == "compound" and f"{child.lemma_.lower()} {lemma}" in table:
                return table[f"{child.lemma_.lower()} {lemma}"]
    if kind is None or _in_a_title(tok):
        return None
    if kind == "agreement" and _background(tok):
        return None
    return _refine(tok, kind)


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
    for c in noun.lefts:
        if c.ent_type_ == "DATE" or (c.like_num and len(c.text) == 4):
            return True
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "LAW", ""}:
            return True
    return False


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
    lemma = tok.lemma_.lower()
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
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
    if lemma == "leave":
        return kind if obj_words & PLACE_OBJECT_WORDS or any(o.ent_type_ == "GPE" for o in objects) else None
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
        return kind if obj_words & {"agreement", "deal", "pact", "treaty", "accord", "ceasefire"} else None
    return kind


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
    actor = _actor(tok, said_in)
    if tok.pos_ == "NOUN" and actor is None and _anaphoric(tok) and _told_before(tok, kind):
        return None  # "this deployment", "the withdrawal": an event told before
    actor = _with_side(actor, tok, sent, kind, context)
    target = _target(tok)
    if actor is not None and actor.side and target is not None and target.side == actor.side \
            and not side_of(actor.name) and kind in {"attack", "battle", "capture", "territory_change"}:
        # "drones struck LNA positions", in the LNA's words: a side read from the report, not
        # from the actor's own words, that is the target's own is the wrong one
        actor = Party(name=actor.name, side=None)
    place = _place(tok, sent, places, kind) or _place_referred_to(sent, places)
    when = _when(tok, sent, times)
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




def _told_before(tok: Token, kind: str) -> bool:
    """Whether an event of this type was told in an earlier sentence: "the fighting"
    after "heavy clashes" is that battle again; "during the fighting" in a report that
    told none yet is the first telling of it."""
    ctx = context_of(tok.doc)
    start = ctx.sent(tok).start
    for sent in ctx.sents[:ctx.sent_index(start)]:
        if ctx.told_elsewhere(sent.start_char, sent.end_char):
            continue
        if any(t.lemma_.lower() in _TYPE_WORDS.get(kind, ()) for t in sent):
            return True
    return False


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
    has_args = any(c.dep_ == "prep" for c in tok.rights) or any(c.dep_ in {"amod", "compound"} for c in tok.lefts)
    return bool(dets) and dets[0] in {"this", "that", "these", "those", "the"} and not has_args


def _with_side(actor: Party | None, tok: Token, sent: Span, kind: str, context: EventsView) -> Party | None:
    """Give a sideless actor the side the text gave it elsewhere: a leader named with
    his country, or the last forces spoken of ("these forces", "they", "the troops")."""
    if actor is not None and actor.side:
        return actor
    ctx = context_of(tok.doc)
    paragraph = ctx.paragraph(tok.idx)[0]
    if actor is not None and actor.name.lower() in SPEAKING_PRONOUNS:
        # "the army said it had recaptured the bridge": the body that speaks acts
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        if claim is not None and claim.speaker.side and (
                claim.speaker.kind in {"organization", "group"} or actor.name.lower() in {"we", "our"}):
            return Party(name=claim.speaker.name, side=claim.speaker.side)
        if claim is not None and actor.name.lower() in {"we", "our"} and context.person_side(claim.speaker.name):
            # "We repelled six assaults", said by a commander of a Ukrainian brigade
            return Party(name=claim.speaker.name, side=context.person_side(claim.speaker.name))
        teller = _syntactic_teller(tok)
        if teller is not None and side_of(teller.text):
            return Party(name=teller.text, side=side_of(teller.text))  # "Russia says it captured X"
    if actor is not None and actor.name.lower().split()[:1] in (["its"], ["their"], ["our"]):
        # "its forces", "our troops" in a claim: the speaker's own, whatever its side
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        if claim is not None:
            # a speaker with no side of its own may still be a state's ("the regime's command")
            # or a person the report said whose they are ("our unit", said by a brigade's captain)
            speaker = claim.speaker
            return Party(name=actor.name, side=speaker.side or home_side(speaker.name, text_of(tok.doc))
                         or context.person_side(speaker.name))
    if actor is not None:
        side = context.person_side(actor.name)
        if side:
            return Party(name=actor.name, side=side)
        words = set(actor.name.lower().split())
        own = _speakers_own(actor, words, tok)
        if own is not None and context.last_force(tok.idx, _previous_paragraph(ctx, paragraph)) is None:
            return own
        if words & (FORCE_NOUNS | {"they", "them", "it"}) and not _owned(actor.name) and not _named(actor.name) \
                and not words & OTHER_SIDE_WORDS:  # "the rebels" are not the state force named before them
            # "they had pulled out", "the unit was withdrawn": the forces the report
            # spoke of last, in this paragraph or the one before
            force = context.last_force(tok.idx, _previous_paragraph(ctx, paragraph))
            if force is not None and not home_side(actor.name, text_of(tok.doc)):
                return Party(name=actor.name if words - {"they", "them", "it"} else force[2], side=force[1])
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        if claim is not None and claim.speaker.side and STATE_FORCE.search(actor.name) and not (
                words & {"they", "them", "it"}):
            # "the army had retaken three villages", said by a Somali government
            # spokesman: the speaker's state's army
            return Party(name=actor.name, side=claim.speaker.side)
        if _proper_name(actor.name):
            return actor  # "Arakan Army", "Rapid Support Forces": a named group, not the state's army
        if _owned(actor.name):
            # "the group's naval forces": the group's; "the military's information team": the state's
            owner = re.split(r"['’]s?\s", actor.name)[0]
            return Party(name=actor.name, side=home_side(owner, text_of(tok.doc)) if STATE_FORCE.fullmatch(
                owner.strip()) else None)
        if STATE_BODY.search(actor.name):
            # "the Defence Ministry denied", "the government acknowledged": the report's state
            return Party(name=actor.name, side=ctx.home_state)
        return Party(name=actor.name, side=home_side(actor.name, text_of(tok.doc)))
    if kind in {"deploy", "withdraw"}:
        # "… 12,000 North Korean troops were deployed", "a withdrawal began": the forces
        # nearest before it
        force = context.last_force(tok.idx, _previous_paragraph(ctx, paragraph))
        if force is not None:
            return Party(name=force[2], side=force[1])
    return None


SPEAKING_PRONOUNS = {"it", "we", "they"}


def _syntactic_teller(tok: Token) -> Token | None:
    """The subject of the speech verb whose complement holds the trigger ("Russia says it
    captured the village"), when the claim stage did not read it as a claim."""
    clause = tok
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in {"say", "claim", "announce", "report"}:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
# words that make a force the other side's, whoever speaks ("enemy forces", "hostile drones")
OTHER_SIDE_WORDS = {"enemy", "hostile", "opposing", "rebel", "rebels", "militant", "militants", "insurgent",
                    "insurgents", "terrorist", "terrorists", "jihadist", "jihadists", "gang", "gangs"}


def _speakers_own(actor: Party, words: set[str], tok: Token) -> Party | None:
    """ "duty air defense forces intercepted 47 drones", said by Russia's ministry: bare
    forces in a state body's words are its own, not the last forces the text named (which
    may be the ones it shot down)."""
    # "Allied Democratic Forces" are a named group; "units of the Battlegroup West" the speaker's units
    head_part = re.split(r"\s+of\s+", actor.name)[0]
    if not words & FORCE_NOUNS or words & OTHER_SIDE_WORDS or _owned(actor.name) or _named(head_part):
        return None
    if words & {"these", "those", "such"} or any(w[:1].isdigit() for w in words):
        return None  # "these forces" point back; "12,000 troops" are counted, not the speaker's own
    claim = next(iter(context_of(tok.doc).claims_holding(tok.idx)), None)
    if claim is None or not claim.speaker.side or claim.speaker.kind not in {"organization", "group", "person"}:
        return None
    return Party(name=actor.name, side=claim.speaker.side)


def _owned(name: str) -> bool:
    """ "the group's naval forces", "Hamas's fighters": forces with an owner named with them."""
    return bool(re.search(r"['’]s?\s|\b(its|their|his|her|our)\b", name, re.I))


def _named(name: str) -> bool:
    """ "Five al-Shabaab fighters", "Wagner mercenaries": forces of a group named with
    them, whose side no earlier force gives."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return any(w[:1].isupper() and not side_of(w) and w.lower() not in FORCE_NOUNS for w in words[1:])


# bodies of a state that speak and act for it (their own name gives no side)
STATE_BODY = re.compile(r"^(the\s+)?(defen[cs]e ministry|ministry of defen[cs]e|government|presidency|general staff)$",
                        re.I)


def _proper_name(name: str) -> bool:
    """Whether a force is named like a group ("Arakan Army", "Rapid Support Forces"):
    a capitalised word besides its force nouns and sides, not at the start."""
    words = name.split()
    if not words or words[-1].lower() not in FORCE_NOUNS:
        return False
    return any(w[:1].isupper() and w.lower() not in FORCE_NOUNS and not side_of(w) for w in words[1:]) or (
        len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in {"the", "a", "an"}
        and not side_of(words[0]) and words[-1].lower() in FORCE_NOUNS and words[-1][:1].isupper())


def _previous_paragraph(ctx, start: int) -> int:
    """Where the paragraph before the one starting at ``start`` begins."""
    return ctx.paragraph(start - 2)[0] if start > 1 else 0


def _place_referred_to(sent: Span, places: list[Place]) -> Place | None:
    """"in the region", "in the area": the last town or region named before."""
    found = ANAPHORIC_PLACE.search(sent.text)
    if not found:
        return None
    settlement = (found.group(2) or "").lower() in SETTLEMENT_NOUNS
    before = sent.start_char + found.start()  # "a trader in Tessit ... overran the town's camp"
    doc = sent.doc
    best: tuple[int, Place] | None = None
    for place in places:
        if place.kind == "country" or settlement and place.kind == "region":
            continue
        for s, e in place.mentions:
            if s < before and (best is None or s > best[0]) and not _goal_or_origin(doc, s, e):
                best = (s, place)
    return best[1] if best else None


def _goal_or_origin(doc: Doc, start: int, end: int) -> bool:
    """ "withdrew towards Gao", "reinforcements from El Obeid": a place gone to or come
    from is not what a later "the camp", "the town" points back to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in {
        "to", "towards", "toward", "from", "into"}


def _party(tok: Token) -> Party:
    if tok.ent_type_ == "PERSON":
        ent = context_of(tok.doc).ent_at(tok.i)
        if ent is not None:
            return Party(name=ent.text, side=side_of(tok.doc[max(ent.start - 3, 0): ent.end].text))
    text = subtree_text(tok)
    # not the words of a clause about the party ("the EMC, which walked away from talks with the government")
    aside = {t.i for c in tok.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    words = [t for t in tok.subtree if t.i not in aside][:12]
    short = " ".join(t.text for t in words if t.i <= tok.i or t.dep_ in {"prep", "pobj", "compound"})
    # the side is read from the party's own words, not from where it went ("troops sent to Russia")
    own = tok.doc[tok.left_edge.i: tok.i + 1].text
    side = side_of(own)
    if side is None and tok.lower_ in FORCE_NOUNS:
        # "the Armed Forces of the Democratic Republic of the Congo (FARDC)": whose they are
        # is said after the noun, in its "of" phrase or its bracketed short name
        for child in tok.rights:
            if child.dep_ == "appos" or child.dep_ == "prep" and child.lower_ == "of":
                side = side or side_of(subtree_text(child))
    return Party(name=re.sub(r"^(the|a|an)\s+", "", short or text, flags=re.I), side=side)


def _actor(tok: Token, said_in: list[Claim]) -> Party | None:
    lemma = tok.lemma_.lower()
    moved = lemma in {"withdraw", "withdrawal", "retreat", "pull", "deploy", "deployment", "send", "dispatch",
                      "station", "leave", "pullout", "pullback"}
    for child in tok.children:
        if child.dep_ == "agent":
            objs = [t for t in child.children if t.dep_ == "pobj"]
            if objs and not moved:
                return _party(objs[0])
        if child.dep_ == "nsubj" and child.lower_ not in {"which", "that", "who"}:
            if child.pos_ == "PRON":
                return Party(name=child.text, side=None)  # "it", "they": resolved through the report
            return _party(child)
        if child.dep_ == "nsubjpass" and moved:
            if child.pos_ == "PRON":
                return Party(name=child.text, side=None)
            return _party(child)  # "troops were deployed": the troops move
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"} and moved:
        return _party(tok.head)  # "the 12,000 troops deployed to Russia"
    if tok.pos_ == "NOUN":
        mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"}]
        for mod in reversed(mods):
            # the side is read up to the trigger ("US-led coalition air strikes" are the
            # coalition's); the name is the modifier's own words ("Russian", not "large Russian")
            side = side_of(tok.doc[mod.left_edge.i: tok.i + 1].text)
            if side:
                return Party(name=tok.doc[mod.left_edge.i: mod.i + 1].text, side=side)
        for child in tok.rights:
            # "a pact between X and Y", "the withdrawal of X"
            preps = {"by", "between", "of"} if moved else {"by", "between"}
            if child.dep_ == "prep" and child.lower_ in preps:
                objs = [t for t in child.children if t.dep_ == "pobj"]
                if objs:
                    return _party(objs[0])
            if child.dep_ == "acl":
                for grand in child.children:  # "the pact signed between X and Y"
                    if grand.dep_ == "prep" and grand.lower_ in {"by", "between"}:
                        objs = [t for t in grand.children if t.dep_ == "pobj"]
                        if objs:
                            return _party(objs[0])
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        # "troops launched a counteroffensive", "jets carried out four strikes"
        for child in head.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return _party(child)
        if head.dep_ in {"xcomp", "ccomp", "pcomp"} and not any(c.dep_ == "nsubj" for c in head.children):
            # "the army acknowledged carrying out strikes", "vowed to launch an offensive":
            # the subject of the verb above does it
            for child in head.head.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON":
                    return _party(child)
    if tok.dep_ in {"conj", "xcomp", "advcl"} and head.i != tok.i and head.pos_ == "VERB":
        for child in head.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return _party(child)
    if tok.dep_ == "pobj" and head.lower_ in {"in", "during"} and head.head.lemma_.lower() in HIT_VERBS | {"kill"}:
        # "they had killed 18 insurgents in a counter-attack": who killed, attacked
        for child in head.head.children:
            if child.dep_ == "nsubj" and child.lower_ not in {"which", "that", "who"}:
                return Party(name=child.text, side=None) if child.pos_ == "PRON" else _party(child)
    responsible = _claimed_by(tok)
    if responsible is not None:
        return _party(responsible)
    accused = _accused(tok)
    if accused is not None:
        return _party(accused)
    if said_in and tok.tag_ == "VBG" and tok.dep_ in {"dobj", "xcomp", "pcomp", "ccomp"}:
        # "the ministry announced regaining control": the speaker did it
        speaker = said_in[0].speaker
        return Party(name=speaker.organization or speaker.name, side=speaker.side)
    return None


def _claimed_by(tok: Token) -> Token | None:
    """ "the Houthis claimed responsibility for a drone attack": who claims it did it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lower_ != "responsibility":
        return None
    verb = prep.head.head
    if verb.lemma_.lower() not in {"claim", "admit", "accept"}:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _accused(tok: Token) -> Token | None:
    """"accused Moscow of targeting homes": the accused did it, not the accuser."""
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.lower_ in {"of", "for"} and prep.head.lemma_.lower() in {
            "accuse", "blame", "charge", "condemn", "criticize", "criticise"}:
        objs = [c for c in prep.head.children if c.dep_ == "dobj"]
        return objs[0] if objs else None
    return None


def _target(tok: Token) -> Party | None:
    for child in tok.children:
        if child.dep_ == "dobj":
            return _party(child)
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            objs = [t for t in child.children if t.dep_ == "pobj"]
            if objs:
                return _party(objs[0])
    return None


def _place(tok: Token, sent: Span, places: list[Place], kind: str = "") -> Place | None:
    """The place the trigger's own phrase names, else the nearest in its sentence that
    is not told by another clause ("… rockets which were preparing to attack Turkey")."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    if tok.pos_ == "VERB":
        lo, hi = sent.start_char, hi
    best: tuple[int, Place] | None = None
    doc = tok.doc
    ctx = context_of(doc)
    for s, e, place in events_view(ctx).place_mentions(sent):
        if _dateline(ctx, s, e):
            continue  # "SANAA/DUBAI (AP) —": where the copy was filed, not where it happened
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or _is_party(text_of(doc), span, place) or _other_clause(span.root, tok) \
                or _side_clause(span.root, tok):
            continue
        if kind in {"attack", "battle", "deploy"} and span.root.head.lower_ == "from" \
                or span.root.head.head.lower_ == "from" and span.root.head.pos_ == "VERB":
            continue  # "rocket attacks from (neighbouring) Syria": where they came from
        inside = lo <= s and e <= hi
        distance = abs(s - tok.idx) + (0 if inside else 10_000) + (500 if place.kind == "country" else 0)
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


def _is_party(text: str, span: Span, place: Place) -> bool:
    """"Russia's Defense Ministry", "US-led", "Ukraine has gained": a state acting, not a place."""
    if text[span.end_char:span.end_char + 2] in {"'s", "’s"} or text[span.end_char:span.end_char + 1] == "-":
        return True
    if span.root.head.lemma_.lower() in {"accuse", "blame", "say", "condemn", "urge", "warn", "tell"}:
        return True  # "accused Moscow of …": spoken of, not a place where it happened
    listed = span.root
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head  # "between Armenia and Azerbaijan": the second party too
    if listed.dep_ == "pobj" and listed.head.lower_ in {"between", "with"} \
            and listed.head.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "a ceasefire between Israel and Hamas", "a deal with Russia": a party
    if span.root.dep_ not in {"nsubj", "nsubjpass", "poss", "agent", "compound"}:
        return False
    # a country, or a capital standing for its government ("the Kyiv regime", "Moscow said")
    return place.kind == "country" or side_table().kind_of.get(span.text.lower(), ("", ""))[1] == "capital"


def _other_clause(token: Token, trigger: Token) -> bool:
    """Whether a word sits in a clause of its own below the trigger (a relative or
    complement clause with its own verb), rather than in the trigger's phrase."""
    node = token
    for _ in range(12):
        if node.i == trigger.i or node.head.i == node.i:
            return False
        if node.dep_ in {"relcl", "ccomp", "advcl", "acl"} and node.pos_ in {"VERB", "AUX"} \
                and any(a.i == trigger.i for a in node.ancestors):
            # "air strikes killed 19 people in northern Gaza": what the attack did, where; "an
            # attack launched by the militia on positions in Raghwan": the attack itself
            return node.lemma_.lower() not in HIT_VERBS | LIGHT_VERBS
        node = node.head
    return False


def _side_clause(token: Token, trigger: Token) -> bool:
    """Whether a word sits in a clause or apposition that modifies something else than
    the trigger's own phrase: "Rwandan troops, deployed in the province since 2021,
    said they killed 18 in a counter-attack" - the province and 2021 are the
    deployment's, not the counter-attack's."""
    above = {a.i for a in trigger.ancestors} | {trigger.i}
    node = token
    for _ in range(12):
        if node.i in above or node.head.i == node.i:
            return False
        if node.dep_ == "appos" or node.dep_ in {"relcl", "acl", "advcl"} and node.pos_ in {"VERB", "AUX"}:
            # a clause below the trigger ("the strike, which came on Monday") is its own
            return not any(a.i == trigger.i for a in node.ancestors)
        node = node.head
    return False


def _when(tok: Token, sent: Span, times: list[TimeExpr]) -> TimeExpr | None:
    doc = tok.doc
    inside = []
    for t in context_of(doc).times_in(sent):
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None or not _side_clause(span.root, tok):
            inside.append(t)
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span[0] - tok.idx))


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
                and _within(k.place, event.place, places)]
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
