"""Sides a count shares with what it continues or who holds it: the total a part is
listed in, the count "which" or "them" stands for, the sided count a bare number
follows, the "friendly side" of a communique, a sideless body's own troops, weapons
taken beside soldiers a first verb harmed; and the small readers the side rules share
("the deaths of", "lost their lives", a numbered formation, several senders)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.cues import cues_with
from claimledger.extract.figures.interviews import on_answer_line
from claimledger.extract.figures.meanings import noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention, sender_after
from claimledger.extract.figures.reporters import claim_side
from claimledger.extract.figures.syntax import phrase_text, subject_of
from claimledger.extract.figures.words import FORMATION_PARTS, FORMATIONS, HARMS
from claimledger.sides import GOVERNMENT_WORDS, names_a_group, side_of, side_table

# "On the friendly side, the toll is 30 killed", "losses on our side": a communique's own
FRIENDLY = re.compile(
    r"\bfriendly\s+(?:side|forces|troops|units|losses|casualties)\b|\b(?:on|from)\s+our\s+side\b", re.I
)


def senders(phrase: list[Token]) -> int:
    """How many states an "of" or "from" phrase names, with the states listed after its
    first ("from Kenya, Jamaica and Guatemala")."""
    if not phrase:
        return 0
    whole = list(phrase[0].subtree)
    return len({f.side for f in side_table().mentions(phrase_text(whole[:40]))})


def formation_word(t: Token) -> bool:
    if t.lower_ in FORMATIONS | FORMATION_PARTS or t.like_num or t.lower_ in ("th", "st", "nd", "rd"):
        return True
    if any(ch.isdigit() for ch in t.text):  # a model code: "Leopard 1A5", "2A6"
        return True
    return t.ent_type_ == "ORDINAL" or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_))


def friendly_side(view: FiguresView, m: Mention) -> str | None:
    """Counts in a sentence about the "friendly side" are the speaker's own, or the
    report's state's when no sided speaker holds them."""
    if m.quantity not in HARMS or not FRIENDLY.search(m.sent.text):
        return None
    claims = view.report.claims_holding(m.num.start, m.num.end) if hasattr(view.report, "claims") else []
    side = claim_side(view, claims[0]) if claims else None
    return side or view.home


# "wounded on the Georgian side", "On the Armenian side, 40 were killed": a named party's
_NAMED_SIDE = re.compile(r"\b(?:[Oo]n|[Ff]rom)\s+the\s+((?:[A-Z][\w'-]+\s+){1,3})side\b")


def named_side(view: FiguresView, m: Mention) -> str | None:
    """ "1,460 people had been wounded on the Georgian side", "40 were killed on the Armenian
    side and 12 on the Azerbaijani side": a harm told "on the X side" is X's, read in the words
    after the count up to the next number, or in a sentence that opens with it."""
    if m.quantity not in HARMS:
        return None
    after = view.text[m.num.end:m.sent.end_char]
    after = re.split(r"\d", after, maxsplit=1)[0]
    found = _NAMED_SIDE.search(after)
    if found is None:
        opening = _NAMED_SIDE.match(view.text[m.sent.start_char:m.num.start].lstrip(" \"'“"))
        found = opening if opening is not None and "," in view.text[opening.end() + m.sent.start_char:m.num.start] \
            else None
    return side_of(found.group(1)) if found is not None else None


# "On their side we counted 70 bodies", "enemy losses": the other party's
ENEMY = re.compile(r"\b(?:on|from)\s+(?:the\s+)?(?:enemy|their|the\s+other)\s+side\b|\benemy\s+(?:losses|casualties)\b",
                   re.I)


def enemy_side(view: FiguresView, m: Mention) -> str | None:
    """Counts "on their side" told by an armed group's man (named so, or an interview's guest
    with no state side) are the state's the report is about: "A: We lost 14. On their side we
    counted at least 70 bodies." A state's own "enemy losses" are left to the linking stage."""
    if m.quantity not in HARMS or not ENEMY.search(m.sent.text) or not hasattr(view.report, "claims"):
        return None
    claims = view.report.claims_holding(m.num.start, m.num.end)
    if not claims or claims[0].speaker.side is not None:
        return None
    speaker = claims[0].speaker
    words = " ".join(filter(None, (speaker.name, speaker.role, speaker.organization)))
    if names_a_group(words) or on_answer_line(view.text, m.num.start):
        return view.home
    return None


def inherited_side(view: FiguresView, m: Mention, previous: list[Mention]) -> str | None:
    """The side of the count a count continues: the total a part is listed in ("killed
    929,000 troops, including 1,180 over the past day"), the count "which" or "them"
    stands for ("88 drones, of which 51 were shot down"), or, for a bare number, the
    sided count of its own sentence it follows in the same family (people or weapons)."""
    sender = sender_after(m)
    if sender:
        return sender  # "10,000 peacekeepers, including around 1,000 from Italy"
    if m.parent is not None:
        total = view.mention_counting(m.parent)
        if total is not None and total is not m:
            return total.side
    family = _count_family(m.quantity)
    if family is None:
        return None
    pronoun = m.group is not None and m.group.lower_ in ("which", "whom", "them")
    if not pronoun and (m.noun is not None or m.group is not None):
        return None
    for p in reversed(previous):
        if p.sent.start != m.sent.start or p.start >= m.start:
            continue
        p_family = _count_family(p.quantity)
        if p_family != family or p.kind == "civilian":
            return None  # the count just before is of another kind: it is not the one continued
        return p.side
    return None


def same_weapons_side(m: Mention, previous: list[Mention]) -> str | None:
    """ "Russia launched 87 Shahed-type drones ...; 61 drones were shot down": weapons named
    again by the same noun, no more of them, after a count of its sentence with a side, are
    a part of those weapons and share their side."""
    if m.noun is None or m.quantity != "equipment":
        return None
    lemma = m.noun.lemma_.lower()
    for p in reversed(previous):
        if p.sent.start != m.sent.start or p.start >= m.start or p.quantity != "equipment":
            continue
        if p.noun is not None and p.noun.lemma_.lower() == lemma and p.side and p.value >= m.value:
            return p.side
    return None


def _count_family(quantity: str | None) -> str | None:
    """What a bare number may continue a count of: people harmed, weapons, or forces sent
    ("1,500 soldiers are being sent, with the first 600 arriving tonight")."""
    if quantity == "equipment" or quantity == "deployed":
        return quantity
    return "people" if quantity in HARMS else None


def pronoun_owner_side(view: FiguresView, m: Mention, what: Token) -> str | None:
    """ "It said two of its soldiers were killed": "its" stands for the reporter, and a
    reporter written as a pronoun is the speaker the claims resolved it to."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "our", "my") for c in what.children):
        return None
    reporter = what
    for _ in range(8):
        if reporter.head == reporter:
            return None
        reporter = reporter.head
        if reporter.pos_ == "VERB" and reporter.lemma_.lower() in cues_with("speaks"):
            break
    else:
        return None
    subj = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or not hasattr(view.report, "claims"):
        return None
    claims = view.report.claims_holding(m.num.start, m.num.end)
    return claim_side(view, claims[0]) if claims else None


def measured_side(what: Token) -> str | None:
    """ "put the Rwandan presence at 3,000 troops", "estimate the Russian force at 50,000
    soldiers": a count given "at" for a verb's object counts that object, and has its side."""
    if what.dep_ != "pobj" or what.head.lower_ != "at" or what.head.head.pos_ != "VERB":
        return None
    obj = next((c for c in what.head.head.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ == "PRON":
        return None
    return side_of(phrase_text([t for t in obj.subtree if t.i <= obj.i][-6:]))


def held_by_a_sideless_body(what: Token) -> bool:
    """Troops a body with no state side has, keeps or deploys ("the African Union
    mission, which has around 11,000 personnel", "the UN-backed mission, which is meant to
    have 2,500 personnel"): another state named later in the sentence is not their owner."""
    if what.dep_ not in ("dobj", "obj"):
        return False
    verb = what.head
    if verb.lemma_.lower() not in ("have", "keep", "maintain", "field", "number") and verb_meaning(verb) != "deployed":
        return False
    if verb.dep_ == "xcomp" and subject_of(verb) is None:
        verb = verb.head  # "which is meant to have 2,500 personnel"
    holder = subject_of(verb)
    if holder is not None and holder.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        holder = verb.head
    if holder is None or holder.pos_ == "PRON":
        return False
    words = [t for t in holder.subtree if t.i <= holder.i][-6:]
    return not ({t.lower_ for t in words} & GOVERNMENT_WORDS or side_of(phrase_text(words)))


def sibling_verb_side(view: FiguresView, m: Mention) -> str | None:
    """ "captured 150 federal soldiers and seized 16 trucks", "captured more than 400
    soldiers ... and seized 8 artillery guns": weapons taken by a second verb are the side's
    whose soldiers the first verb harmed."""
    if m.verb is None:
        return None
    if m.quantity in HARMS and m.kind == "force":
        return _crews_side(view, m)
    if m.quantity not in ("equipment", "captured"):
        return None  # "killed over 100 of your soldiers and took 40 prisoners": the same side's
    verb = m.verb
    for v in _conjoined_verbs(verb):
        if _own_agent(verb) is not None and _own_agent(verb) != _own_agent(v):
            continue  # "two soldiers were killed …, and troops had shot down four drones": not one doer's acts
        for other in view.ordered:
            if other is m or other.sent.start != m.sent.start or not _object_of(other, v):
                continue
            if other.side and other.kind in ("force", "national") and other.quantity in HARMS:
                return other.side
    return None


def _own_agent(verb: Token) -> Token | None:
    """The active subject of a verb ("troops had shot down"), or of the verb it is joined to
    when it has none ("destroyed three tanks and killed 11 soldiers"); None for a passive
    verb ("two soldiers were killed"), which tells no doer."""
    for _ in range(6):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head == verb:
            return subject
        verb = verb.head
    return None


def _crews_side(view: FiguresView, m: Mention) -> str | None:
    """ "sank three Sri Lankan navy boats and killed 25 sailors": soldiers harmed by a verb
    joined to one that destroyed a side's weapons are that side's (not weapons launched:
    "fired 12 missiles and killed three sailors" says nothing of whose the sailors were)."""
    for v in _conjoined_verbs(m.verb):
        if (verb_meaning(v) or "").split(":")[-1] in ("launch", "deployed"):
            continue
        for other in view.ordered:
            if other is m or other.sent.start != m.sent.start or not _object_of(other, v):
                continue
            if other.side and other.quantity == "equipment":
                return other.side
    return None


def _conjoined_verbs(verb: Token) -> list[Token]:
    """Every other verb of the coordination a verb is in: "destroyed three tanks and killed or
    wounded 11 soldiers" joins "destroyed", "killed" and "wounded"."""
    top = verb
    for _ in range(6):
        if top.dep_ != "conj" or top.head == top or top.head.pos_ not in ("VERB", "AUX"):
            break
        top = top.head
    found, todo = [], [top]
    while todo and len(found) < 12:
        v = todo.pop()
        found.append(v)
        todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return [v for v in found if v != verb]


def _object_of(m: Mention, verb: Token) -> bool:
    """Whether the count is the verb's object, or a qualified one ("killed over 100 of")."""
    tok = m.root
    for _ in range(3):
        if tok.head == verb:
            # "17 soldiers were killed ... and the militants seized four technicals": the harmed
            # may be the first verb's passive subject too
            return tok.dep_ in ("dobj", "obj", "nsubjpass") or (tok.dep_ == "prep" and tok.i < m.span.end)
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def harm_nominal(what: Token) -> bool:
    """ "confirmed the deaths of eight soldiers", "the killing of 12 troops": the count is
    what a harm noun tells of."""
    if what.dep_ != "pobj" or what.head.lower_ != "of" or what.head.head == what.head:
        return False
    nominal = what.head.head
    return nominal.pos_ == "NOUN" and (noun_meaning(nominal) in HARMS or nominal.lemma_.lower() in ("killing", "death"))


def lost_lives(verb: Token) -> bool:
    """ "seven security personnel lost their lives": the subject died, it owns nothing lost."""
    return verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def attackers_side(m: Mention, what: Token) -> str | None:
    """ "repelled an attack by the Sudanese army ..., killing 170 of the attackers": the
    attackers are whoever the sentence says made the attack."""
    if what.lemma_.lower() not in ("attacker", "assailant", "raider") or m.quantity not in HARMS:
        return None
    for t in m.sent:
        if t.lemma_.lower() not in ("attack", "assault", "offensive", "raid") or t.pos_ != "NOUN":
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "by"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                side = side_of(phrase_text([x for x in pobj.subtree if x.i <= pobj.i][-6:]))
                if side:
                    return side
    return None
