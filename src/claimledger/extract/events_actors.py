"""Who did an event, and for which side: the subject, agent or modifier of the trigger,
resolved through the report (the speaker of the claim it is told in, the forces named
before, the report's state for its army). Split from :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_view import FORCE_NOUNS, HIT_VERBS, EventsView, events_view
from claimledger.extract.phrases import subtree_text
from claimledger.model import Claim, Party
from claimledger.sides import FORCE_AFTER, STATE_FORCE, home_side, side_of, side_table

LIGHT_VERBS = word_lists("event_words.tsv")["light_verb"]
# past forms the small model misreads as a name's first word: data/event_verb_forms.tsv
VERB_FORMS: dict[str, str] = dict(read_table("event_verb_forms.tsv"))


def misread_verb(tok: Token) -> bool:
    """ "the army retook Awdheegle", "had overrun Lashio": a past form of an event verb the
    tagger glued as a compound onto the unknown name after it is that verb all the same."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "compound" and tok.lower_ in VERB_FORMS \
        and tok.head.i > tok.i


def event_lemma(tok: Token) -> str:
    """The token's lemma, or the verb's when the model left a rare past form unlemmatised
    ("retook" as its own lemma)."""
    lemma = tok.lemma_.lower()
    return VERB_FORMS.get(lemma, lemma) if lemma == tok.lower_ else lemma


def _misread_actor(tok: Token) -> Party | None:
    """Who did a misread verb: the noun glued before it ("the army retook X", parsed as one
    name), else the subject of the verb its name hangs on ("The MNDAA had overrun X")."""
    glued = [c for c in tok.lefts if c.dep_ == "compound"]
    if glued:
        return _party(glued[-1])
    if tok.head.dep_ in {"dobj", "attr", "pobj"}:
        subject = clause_subject(tok.head.head)
        if subject is not None:
            return Party(name=subject.text, side=None) if subject.pos_ == "PRON" else _party(subject)
    return None


def with_side(actor: Party | None, tok: Token, sent: Span, kind: str, context: EventsView) -> Party | None:
    """Give a sideless actor the side the text gave it elsewhere: a leader named with
    his country, or the last forces spoken of ("these forces", "they", "the troops");
    a ruling body's forces and a state force known by its initials are the theatre's state."""
    party = _with_side(actor, tok, sent, kind, context)
    if party is not None and party.name.lower().startswith("your "):
        # "Q: Kinshasa says your forces shelled Mweso": the forces of whoever is asked,
        # not the speaker's nor the report's state
        return Party(name=party.name, side=side_of(party.name))
    if party is None or side_of(party.name) or not context.theatre_country:
        return party
    lowered = party.name.lower()
    if RULING.search(lowered) and not re.search(r"\banti[- ]", lowered) and not _named_group(party.name):
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
    if not party.side and _generic_state_initials(party.name, text_of(tok.doc)):
        # "The Defence and Security Forces (FDS) ... The FDS also arrested": Niger's own
        return Party(name=party.name, side=home or context.theatre_country)
    return party


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
# words of a state force's generic name, that names no group ("Defence and Security Forces")
GENERIC_STATE_WORDS = {"defence", "defense", "and", "security", "forces", "force", "armed", "national", "army",
                       "police", "gendarmerie", "the", "of", "military", "navy", "air", "republican", "guard"}


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
    ctx = context_of(tok.doc)
    paragraph = ctx.paragraph(tok.idx)[0]
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
        if claim is not None and actor.name.lower() in {"we", "our"} and context.person_side(claim.speaker.name):
            # "We repelled six assaults", said by a commander of a Ukrainian brigade
            return Party(name=claim.speaker.name, side=context.person_side(claim.speaker.name))
        teller = _syntactic_teller(tok)
        if teller is not None and side_of(teller.text):
            return Party(name=teller.text, side=side_of(teller.text))  # "Russia says it captured X"
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
                         or context.person_side(speaker.name) or arms)
    if actor is not None:
        side = context.person_side(actor.name)
        if side:
            return Party(name=actor.name, side=side)
        words = set(actor.name.lower().split())
        own = _speakers_own(actor, words, tok, context)
        if own is not None and context.last_force(tok.idx, _previous_paragraph(ctx, paragraph)) is None:
            return own
        if words & (FORCE_NOUNS | {"they", "them", "it"}) and not _owned(actor.name) and not _named(actor.name) \
                and not _proper_name(actor.name) \
                and not words & OTHER_SIDE_WORDS:  # "the rebels" are not the state force named before them
            # "they had pulled out", "the unit was withdrawn": the forces the report
            # spoke of last, in this paragraph or the one before
            force = context.last_force(tok.idx, _previous_paragraph(ctx, paragraph))
            if force is not None and home_side(actor.name, text_of(tok.doc)) in (None, force[1]):
                return Party(name=actor.name if words - {"they", "them", "it"} else force[2], side=force[1])
        claim = next(iter(ctx.claims_holding(tok.idx)), None)
        bare_they = words == {"they"} and context.last_force(tok.idx, _previous_paragraph(ctx, paragraph)) is None
        if claim is None and (words & FORCE_NOUNS or bare_they) and not words & OTHER_SIDE_WORDS \
                and not _owned(actor.name) and not _named(re.split(r"\s+of\s+", actor.name)[0]) and page_voice(ctx):
            # "Units of the Centre Group of Forces liberated Novoukrainka" on the Russian
            # defence ministry's own page: the page speaks, and its units are its own
            return Party(name=actor.name, side=page_voice(ctx))
        if claim is not None and claim.speaker.side and STATE_FORCE.search(actor.name) and not (
                words & {"they", "them", "it"}):
            # "the army had retaken three villages", said by a Somali government
            # spokesman: the speaker's state's army
            return Party(name=actor.name, side=claim.speaker.side)
        if claim is not None and kind == "deploy" and _sent_by_no_one(tok) and not words & OTHER_SIDE_WORDS \
                and state_side(claim.speaker, tok, context):
            # "General Security forces had been deployed to Jableh", the Interior Ministry
            # announced: the state that announces a deployment no one else is said to make, made it
            return Party(name=actor.name, side=state_side(claim.speaker, tok, context))
        if _proper_name(actor.name):
            return actor  # "Arakan Army", "Rapid Support Forces": a named group, not the state's army
        if _owned(actor.name):
            # "the group's naval forces": the group's; "the military's information team": the state's
            owner = re.split(r"['’]s?\s", actor.name)[0]
            return Party(name=actor.name, side=home_side(owner, text_of(tok.doc)) if STATE_FORCE.fullmatch(
                owner.strip()) else None)
        if STATE_BODY.search(actor.name) or STATE_SPEAKER.match(re.sub(r"^the\s+", "", actor.name, flags=re.I)) \
                and not _named_group(actor.name):
            # "the Defence Ministry denied", "the government acknowledged": the report's state
            return Party(name=actor.name, side=ctx.home_state or context.theatre_country)
        side = home_side(actor.name, text_of(tok.doc))
        if side is None and ctx.home_state is None and STATE_FORCE.search(actor.name) \
                and not words & OTHER_SIDE_WORDS and not _named(actor.name):
            # "the national army repelled the attack" in a Marib report that names no state
            # often enough: the army of the country the report's events are in
            side = context.theatre_country
        if side is None and STATE_ARMS.search(actor.name) and not words & OTHER_SIDE_WORDS:
            # "Air force aircraft then struck their columns": only a state has an air force,
            # a navy or a gendarmerie; in a report about one state's war, that state's
            side = ctx.home_state or context.theatre_country
        return Party(name=actor.name, side=side)
    if kind in {"deploy", "withdraw"}:
        # "… 12,000 North Korean troops were deployed", "a withdrawal began": the forces
        # nearest before it
        force = context.last_force(tok.idx, _previous_paragraph(ctx, paragraph))
        if force is not None:
            return Party(name=force[2], side=force[1])
    return None


SPEAKING_PRONOUNS = {"it", "we", "they"}
STATE_ARMS = re.compile(r"\b(air force|navy|gendarmerie|national guard|coast guard)\b", re.I)
# a state's formations, named by their number or honour title ("the 3rd Assault Brigade")
UNIT_WORDS = {"brigade", "battalion", "regiment", "division", "corps", "unit", "squadron", "detachment"}


NON_STATE_WORDS = {"militia", "militias", "group", "movement", "insurgency", "guerrillas"}


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


# a heading that reports what a body says is a news headline, not the body's own page
SAYING = re.compile(r"\b(says?|said|claims?|claimed|reports?|reported|accuses?|denies|according)\b", re.I)


def _sent_by_no_one(tok: Token) -> bool:
    """ "forces were deployed", "reinforcements were sent": a passive with no "by" agent."""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def state_side(speaker, tok: Token, context: EventsView) -> str | None:
    """The side of a speaker for a state with no side of its own ("the army", "the
    Ministry of Interior", "government spokesperson Legesse Tulu"): the report's state,
    else the country its events are in. Its own side first; a rebel, a monitor, a named
    group gets none."""
    if speaker.side:
        return speaker.side
    words = " ".join(w for w in (speaker.organization, speaker.role, speaker.name) if w)
    body = STATE_FORCE.search(words) or STATE_SPEAKER.search(words)
    if body is None or set(words.lower().split()) & OTHER_SIDE_WORDS or _proper_name(speaker.name or ""):
        return None
    ctx = context_of(tok.doc)
    return home_side(body.group(0), text_of(tok.doc)) or ctx.home_state or context.theatre_country


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
                    "insurgents", "terrorist", "terrorists", "jihadist", "jihadists", "gang", "gangs", "dissident",
                    "dissidents", "bandits"}


def _speakers_own(actor: Party, words: set[str], tok: Token, context: EventsView | None = None) -> Party | None:
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
    if claim is None or claim.speaker.kind not in {"organization", "group", "person"}:
        return None
    # "units of the FDS repelled the attack", said by the army general staff in a Burkina report
    side = claim.speaker.side or (state_side(claim.speaker, tok, context) if context is not None else None)
    return Party(name=actor.name, side=side) if side else None


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
# a state body among a speaker's words ("the Ministry of Interior", "Interior Ministry", "presidency")
STATE_SPEAKER = re.compile(r"\b(ministry|ministries|minister|government|presidency|general staff|cabinet"
                           r"|head of state|president|prime minister)\b", re.I)


def _named_group(name: str) -> bool:
    """Whether a body's name says it is an armed group's ("the Houthi government", "the
    RSF's civil administration"): its ministry is no state's."""
    return bool(set(re.findall(r"[a-z]+", name.lower())) & (OTHER_SIDE_WORDS | NON_STATE_WORDS))


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


def _party(tok: Token) -> Party:
    force = _force_beside_a_place(tok)
    if force is not None:
        tok = force
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
    if side is None:
        side = _listed_side(tok)
    return Party(name=re.sub(r"^(the|a|an)\s+", "", short or text, flags=re.I), side=side)


def _listed_side(tok: Token) -> str | None:
    """ "Aviation, attack drones, missile troops and artillery of the Russian Armed
    Forces": a list of arms whose owner is named once, after its last member."""
    sides = set()
    for member in [c for c in tok.subtree if c.dep_ == "conj"]:
        for child in member.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                found = side_of(subtree_text(child))
                if found:
                    sides.add(found)
    return sides.pop() if len(sides) == 1 else None


def _force_beside_a_place(tok: Token) -> Token | None:
    """ "Latakia, SANA - Units of the Syrian Arab Army repelled ...": an agency's dateline
    the page reading did not cut is parsed as the subject, with the units conjoined to it."""
    if tok.ent_type_ not in {"GPE", "LOC", "ORG"} and tok.pos_ != "PROPN":
        return None
    ctx = context_of(tok.doc)
    if not any(s <= tok.idx < e for s, e, _ in events_view(ctx).place_mentions(ctx.sent(tok))):
        return None
    return next((c for c in tok.children if c.dep_ in {"conj", "appos"} and c.lower_ in FORCE_NOUNS), None)



def actor_of(tok: Token, said_in: list[Claim]) -> Party | None:
    if misread_verb(tok):
        return _misread_actor(tok)
    lemma = tok.lemma_.lower()
    moved = lemma in {"withdraw", "withdrawal", "retreat", "pull", "deploy", "deployment", "send", "dispatch",
                      "station", "leave", "pullout", "pullback"}
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"}]
    if (tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"} and not subjects
            and any(c.dep_ == "nsubj" for c in tok.children)):
        return _party(tok.head)  # "Russia, which keeps troops in Armenia": the relative's noun acts
    for child in tok.children:
        if child.dep_ == "nsubj" and len(subjects) > 1 and child.i != subjects[-1].i:
            continue  # "NNA - An Israeli drone struck": an agency's name parsed as a second subject
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
        owner = next((m for m in mods if m.dep_ == "poss" and m.pos_ in {"PROPN", "NOUN"}), None)
        if owner is not None:
            return _party(owner)  # "the RSF's capture of the town", "Hamas's attack": the owner did it
        for child in tok.rights:
            # "a pact between X and Y", "the withdrawal of X"
            preps = {"by", "between", "of"} if moved else {"by", "between"}
            if child.dep_ == "prep" and child.lower_ in preps:
                objs = [t for t in child.children if t.dep_ == "pobj"]
                if objs:
                    party = _party(objs[0])
                    orderer = _orderer(tok) if moved and not party.side else None
                    return orderer or party
            if child.dep_ == "acl":
                for grand in child.children:  # "the pact signed between X and Y"
                    if grand.dep_ == "prep" and grand.lower_ in {"by", "between"}:
                        objs = [t for t in grand.children if t.dep_ == "pobj"]
                        if objs:
                            return _party(objs[0])
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" \
            and head.head.head.lemma_.lower() in LIGHT_VERBS:
        # "jets launched a wave of airstrikes", "carried out a series of raids": the measure
        # word is the light verb's object, the event hangs on it
        tok, head = head.head, head.head.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        # "troops launched a counteroffensive", "jets carried out four strikes"; "it had
        # launched an offensive": the pronoun is resolved through the report, as a verb's is
        for child in head.children:
            if child.dep_ == "nsubj" and child.lower_ not in {"which", "that", "who"}:
                return Party(name=child.text, side=None) if child.pos_ == "PRON" else _party(child)
        if head.dep_ in {"xcomp", "ccomp", "pcomp"} and not any(c.dep_ == "nsubj" for c in head.children):
            # "the army acknowledged carrying out strikes", "vowed to launch an offensive",
            # "defended it before making a tactical withdrawal": the subject of the verb above does it
            above = head.head.head if head.head.dep_ == "prep" and head.head.lower_ in TIME_LINKS else head.head
            subject = clause_subject(above)
            if subject is not None and subject.pos_ != "PRON":
                return _party(subject)
    if tok.dep_ in {"conj", "xcomp", "advcl"} and head.i != tok.i and head.pos_ == "VERB":
        subject = clause_subject(head)
        if subject is not None and subject.pos_ != "PRON":
            return _party(subject)
        if subject is not None and tok.dep_ == "conj" and subject.lower_ in SPEAKING_PRONOUNS:
            # "they repelled the attacks and retook two hilltops": the same "they", resolved
            # through the report as the first verb's is
            return Party(name=subject.text, side=None)
    if (tok.dep_ == "pcomp" and head.lower_ in TIME_LINKS or tok.dep_ == "pobj" and head.lower_ == "with") \
            and head.head.pos_ == "VERB":
        # "searched houses and detained two men before withdrawing", "the regime responded
        # with air strikes": who does the verb the clause hangs on does it
        subject = clause_subject(head.head, frozenset({"nsubj"}))
        if subject is not None:
            return Party(name=subject.text, side=None) if subject.pos_ == "PRON" else _party(subject)
    if tok.dep_ == "pobj" and head.lower_ in {"in", "during"} and head.head.lemma_.lower() in HIT_VERBS | {"kill"}:
        # "they had killed 18 insurgents in a counter-attack": who killed, attacked
        subject = clause_subject(head.head, frozenset({"nsubj"}))
        if subject is not None:
            return Party(name=subject.text, side=None) if subject.pos_ == "PRON" else _party(subject)
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


TIME_LINKS = {"before", "after", "while", "without", "by"}


def clause_subject(verb: Token, deps: frozenset[str] = frozenset({"nsubj", "nsubjpass"})) -> Token | None:
    """The subject of a verb, or of the first verb of its run ("a force entered the
    village, searched houses and detained two men": the force for all three)."""
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ in deps and c.lower_ not in {"which", "that", "who"}), None)
        if subject is None and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return None  # "27 were killed in the strikes": the killed did not strike
        # "..., killing five" and a misparsed "Insurgents linked to IS killed ...": a clause
        # with no subject of its own is done by the subject of the clause it hangs on
        if subject is not None or verb.dep_ not in {"conj", "advcl"} or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _orderer(tok: Token) -> Party | None:
    """ "Captain Traore ordered the deployment of a battalion to Djibo": who orders a
    deployment of sideless units makes it."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in {"order", "approve", "authorize", "authorise"}:
        return None
    subject = clause_subject(tok.head)
    return _party(subject) if subject is not None and subject.pos_ != "PRON" else None


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


def target_of(tok: Token) -> Party | None:
    for child in tok.children:
        if child.dep_ == "dobj":
            return _party(child)
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            objs = [t for t in child.children if t.dep_ == "pobj"]
            if objs:
                return _party(objs[0])
    return None
