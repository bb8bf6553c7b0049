"""What a count counts: a measure or a head count, the kind of people or things
counted, and the fate the words around the number give them ("Sixty-two Syrian
soldiers were killed and a hundred others were injured": killed, then wounded)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.figures.binding import _climb
from claimledger.extract.figures.meanings import (
    _among_meaning,
    _combined,
    _fate,
    _noun_meaning,
    _participle_after,
    _role_meaning,
    _suffered,
    _verb_meaning,
)
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import _has_object, _irrealis, _sent, _unit, _unit_kind, _verb_lemma
from claimledger.extract.figures.words import (
    _BRIDGE,
    _DIRECT,
    _EVENT_MEANINGS,
    _FORMATIONS,
    _HARMS,
    _KILLED_FAMILY,
    _NOT_WEAPONS,
    _PEOPLE_FATES,
    _PEOPLE_KINDS,
    _PRONOUNS,
    _family,
    lexicon,
)


def _measure(view: FiguresView, m: Mention) -> bool:
    """Distances and areas: "100 meters", "14 kilometers", "a 1,000-kilometre front",
    "12km", "70 nautical miles", "1,200 square kilometres". True when one is read."""
    doc = view.doc
    nxt = doc[m.span.end] if m.span.end < len(doc) else None
    if nxt is not None and nxt.text == "-" and m.span.end + 1 < len(doc):
        nxt = doc[m.span.end + 1]
    if nxt is None:
        return False
    if nxt.lower_ == "nautical" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_.startswith("mile"):
        m.quantity, m.unit = "distance", "nmi"
        return True
    u = _unit(nxt)
    if not u or u[0] not in ("distance", "area"):
        return False
    if u[0] == "area":
        m.quantity, m.unit = "other", u[1]
        return True
    if nxt.lower_ == "m" and nxt.idx == m.num.num_end and nxt.i + 1 < len(doc):
        after = doc[nxt.i + 1]
        if _noun_meaning(after) in _PEOPLE_KINDS | _DIRECT:
            m.value *= 1_000_000  # "1.5m people": an attached "m" before a counted noun is a million
            m.noun = after
            return False
    m.quantity, m.unit = "distance", u[1]
    return True


def _is_name(noun: Token, m: Mention) -> bool:
    """A counted "noun" that is a proper name or a title-case run of them."""
    if noun.pos_ == "PROPN":
        return True
    if noun.is_sent_start or not noun.text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.text == "-" for t in noun.doc[m.span.end : noun.i + 1])


def _is_whole(view: FiguresView, noun: Token, m: Mention) -> bool:
    """The noun of "of the 12,000 troops" after a part or share of it (another mention)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = view.by_token.get(noun.head.head.i)
    return owner is not None and owner is not m


def _is_civilian(noun: Token | None) -> bool:
    if noun is None:
        return False
    return _noun_meaning(noun) == "civilian" or any(c.lower_ == "civilian" for c in noun.lefts)


def _chain_last(tok: Token) -> Token:
    """The last conjunct of a coordination: "23 civilians ... and 16 combatants dead"
    share the predicate written after the last one."""
    for _ in range(6):
        nxt = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if not nxt:
            break
        tok = nxt[-1]
    return tok


def _participle_for(noun: Token, chain: bool = True) -> str | None:
    """The participle after a noun, or after the last noun coordinated with it; not for
    a noun inside a prepositional phrase ("three children from one family were killed")."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in ("including", "like", "among"):
        return None
    found = _participle_after(noun)
    if found is None and chain:
        last = _chain_last(noun)
        if last != noun and last.pos_ != "NUM":  # a bare number has a predicate of its own
            found = _participle_after(last)
    return found


def _verb_before(doc: Doc, m: Mention) -> Token | None:
    """The lexicon verb right before a number and its qualifiers ("killed at least 20")."""
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1
    return doc[k] if k >= 0 and _verb_lemma(doc[k]) is not None else None


def _prev_verb_meaning(doc: Doc, m: Mention) -> str | None:
    """Headline copy: "Blast Kills 12", "Strike Kills Five Injures Seven", "Mortar
    Attack Kills Injures over 70" (two casualty verbs in a row: casualties)."""
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1  # back over the number's own qualifiers
    found: list[str] = []
    while k >= 0 and len(found) < 2:
        lemma = _verb_lemma(doc[k])
        if lemma is None:
            break
        meaning = lexicon().verbs[lemma].split(":")[-1]
        if meaning in ("tally", "suffer", "claim"):
            break
        found.append("lose" if meaning == "lose" else _fate(meaning) or meaning)
        k -= 1
    if len(found) == 2 and set(found) == {"killed", "wounded"}:
        return "casualties"
    return found[0] if found else None


def _kind(view: FiguresView, m: Mention, what: Token) -> str | None | bool:
    """The meaning of the counted noun; False when the mention counts nothing, True
    when a name-like noun was settled here ("the murder of six Jesuits")."""
    kind = _noun_meaning(what)
    if what.lemma_.lower() in _PRONOUNS:
        kind = "person"
    if kind in (None, "other") and m.group is None and _is_name(what, m):
        # "38 Topic US Missile Attack": a name, not a noun, unless a predicate says
        # what happened to it, or a verb just before counts the number ("injured seven
        # Homs Governor ..." in run-on copy)
        found = _role_meaning(_climb(m, what))[0] or _participle_for(what)
        if found in _PEOPLE_FATES:
            m.kind, m.quantity, m.arg = None, found, what
            return True
        prior = _prev_verb_meaning(view.doc, m)
        if prior == "lose":
            prior = _lost_people(view, m)  # "Russia Loses 500 Soldiers"
        if prior not in _PEOPLE_FATES:
            return False
        m.noun, m.kind, m.quantity = None, None, prior
        return True
    if what.ent_type_ in ("DATE", "TIME") or _unit_kind(what) in (
        "time",
        "money",
        "measure",
        "clock",
        "month",
    ):
        return False
    return kind


def _modifier_fate(view: FiguresView, m: Mention, noun: Token, arg: Token, inner_of: bool) -> str | None:
    """What the noun's own modifiers say: "140 injured people", "2 medics among 31
    dead", "12,000 soldiers sent", "41 people who sustained injuries", "35 people
    wounded"."""
    doc = view.doc
    lex = lexicon()
    for t in doc[m.span.end : noun.i]:
        if t.lower_ in lex.adjs and (t.dep_ in ("amod", "compound", "nmod") or t.tag_ in ("VBN", "JJ")):
            return lex.adjs[t.lower_]
    among = _among_meaning(noun)
    if among:
        return among
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl", "amod") or c.i <= noun.i:
            continue
        if any(
            doc[k].like_num and (not _subset_phrase(doc, k) or c.is_ancestor(doc[k]))
            for k in range(noun.i + 1, c.i)
        ):
            # "13 civilians and more than 30 wounded", "20 attackers, 4 of whom died": the
            # participle is the other number's
            continue
        cm = _verb_meaning(c)
        if cm == "suffer":
            suffered = _suffered(c)  # "41 people who sustained injuries"
            if suffered:
                m.verb = c
                return suffered
            continue
        if _has_object(c):
            continue  # "two persons injuring 13 others": an active participle with its own object
        fate = _fate(cm)
        if fate:
            m.verb = c
            return _combined(c, fate)
    if _is_whole(view, noun, m):
        return None
    return _participle_for(arg if inner_of else noun, chain=False)


def _subset_phrase(doc: Doc, k: int) -> bool:
    """ "five of them", "five of whom": a number inside an aside about the noun before it
    ("six Jesuit priests, five of them Spaniards, who were killed")."""
    return k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].pos_ == "PRON"


def _antecedent_fate(view: FiguresView, m: Mention, climbed: Token) -> str | None:
    """ "Half of them were children": what the count before "them" went through."""
    if m.group is not None and m.group.lower_ in ("which", "whom", "whose"):
        # "25 missiles -- 24 of which were ...": a relative pronoun's antecedent is the
        # count just before it in the same sentence, not a toll further back
        same = [p for p in view.ordered if p.start < m.start and p.sent.start == m.sent.start]
        if not same or same[-1].quantity not in _EVENT_MEANINGS | _KILLED_FAMILY:
            return None
        before = same[-1:]
    else:
        before = [
            p
            for p in view.ordered
            if p.start < m.start
            and p.quantity in _EVENT_MEANINGS | _KILLED_FAMILY
            and p.sent.start >= m.sent.start - 60
        ]
    if not before:
        return None
    fate = "killed" if before[-1].quantity == "civilians_killed" else before[-1].quantity
    attr = (
        next((c for c in climbed.head.children if c.dep_ == "attr"), None)
        if climbed.dep_ == "nsubj"
        else None
    )
    if fate == "killed" and attr is not None and _noun_meaning(attr) == "civilian":
        return "civilians_killed"
    return fate


def _fate_after_number(view: FiguresView, m: Mention) -> str | None:
    """A bare number's own participle or adjective: "20 dead", "4,000 killed or
    wounded", "26,000 arrested", "15 believed killed", "rose to 10 killed"."""
    doc, lex = view.doc, lexicon()
    k = m.span.end
    while k < m.sent.end and k < m.span.end + 3 and doc[k].lower_ in _BRIDGE and doc[k].lower_ != "to":
        k += 1
    if k >= m.sent.end:
        return None
    after = doc[k]
    if after.lower_ in lex.adjs and after.tag_ in ("JJ", "VBN", "VBD", "NN", "NNS"):
        return _combined(after, lex.adjs[after.lower_])
    if after.tag_ in ("VBN", "VBD") and not _has_object(after):
        told = _fate(_verb_meaning(after))
        return told if told in _EVENT_MEANINGS else None
    return None


def _list_after_toll(view: FiguresView, m: Mention) -> str | None:
    """A verbless list after a toll and a colon or semicolon breaks the toll down: "13
    bodies were found in the streets; eight guerrillas, four soldiers and a civilian"."""
    doc, sent = view.doc, m.sent
    k = m.span.start - 1
    while k > sent.start and doc[k].text not in (";", ":"):
        k -= 1
    if k <= sent.start:
        return None
    end = next((j for j in range(m.span.end, sent.end) if doc[j].text in (";", ":")), sent.end)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : end]):
        return None  # a clause of its own says what happened to these
    toll = [
        p
        for p in view.ordered
        if p.sent.start == sent.start and p.start < doc[k].idx and p.quantity in _HARMS and p.value >= m.value
    ]
    return _family(toll[-1].quantity) if toll else None


def _predicate_fate(view: FiguresView, m: Mention, kind: str | None) -> str | None:
    """What the clause says happened to the counted people or things, trying the
    count's own words first, then the clause, then word order."""
    doc, noun = view.doc, m.noun
    # "a quarter of a million victims", "dozens of people": an "of" inside the amount
    inner_of = (
        noun is not None
        and noun.dep_ == "pobj"
        and (
            m.span.start <= noun.head.i < m.span.end
            or (noun.head.lower_ == "of" and m.span.start <= noun.head.head.i < m.span.end)
        )
    )
    if m.group is not None:
        arg = m.root  # "4,000 of the 12,000 troops were killed": the part is the subject
    elif inner_of and noun is not None:
        # the clause governs the amount's top word, not the noun inside it
        tops = [
            t
            for t in m.span
            if not m.span.start <= t.head.i < m.span.end and noun not in (t.head, t.head.head)
        ]
        arg = tops[0] if tops else noun
    else:
        arg = noun if noun is not None else m.root
    fate = None
    if noun is not None and not m.left_noun:
        fate = _modifier_fate(view, m, noun, arg, inner_of)
    if fate is None and (noun is None or m.left_noun) and m.group is None:
        fate = _fate_after_number(view, m)
    climbed = _climb(m, arg)
    m.arg = climbed
    if fate in ("captured", "missing", "displaced", "deserted"):
        # "the bodies of three missing soldiers", "the death of four students who had been
        # kidnapped": what the clause says happened last outweighs how the noun is described
        told, verb, agent = _role_meaning(climbed)
        if not agent and told in ("killed", "wounded", "casualties"):
            fate, m.verb = told, verb
    if (
        m.parent is None
        and noun is not None
        and m.root.head != noun
        and m.root.dep_ in ("pobj", "conj", "appos")
    ):
        _climb(m, m.root)  # "including 1733 children ...": the number hangs off the list itself
    whole = noun is not None and _is_whole(view, noun, m)
    if fate is None and whole:
        # "4,000 of the 12,000 troops ... were killed": the verb is the part's; the whole
        # keeps what its noun says (troops present, residents counted)
        return "deployed" if kind in ("force", "armed") else "other" if kind else None
    if fate is None:
        fate, verb, agent = _role_meaning(climbed)
        m.verb = m.verb or verb
        if agent:
            m.agent_verb = verb
    if fate is None and noun is not None and not m.left_noun and not whole:
        fate = _participle_for(climbed)  # a predicate after the last of a list
    if (
        fate is None
        and kind in ("person", "civilian", "national")
        and climbed.dep_ == "nsubj"
        and climbed.head.lemma_.lower() in ("leave", "escape", "evacuate")
        and _has_object(climbed.head)
    ):
        fate = "displaced"  # "18,000 civilians left the besieged districts"
    if fate is None and m.group is not None:
        # the group's own predicate: "one-third of the contingent had sustained casualties"
        for t in m.sent:
            if t.i > m.root.i and lexicon().verbs.get(t.lemma_.lower()) == "suffer":
                fate = _suffered(t)
                if fate:
                    m.verb = t
                    break
    if fate is None and m.group is not None and m.group.pos_ == "PRON":
        fate = _antecedent_fate(view, m, climbed)
    if fate is None:
        fate = _list_after_toll(view, m)
    if fate is None and m.parent is not None:
        # a part shares its total's fate: "the killing of 5,812 civilians including 1,733 children"
        total = view.mention_counting(m.parent)
        if total is not None and total.quantity:
            fate = "killed" if total.quantity == "civilians_killed" else total.quantity
    return fate or _prev_verb_meaning(doc, m)


def _settle(
    view: FiguresView, m: Mention, fate: str | None, kind: str | None, what: Token | None
) -> str | None:
    """The quantity from a fate and the noun's kind, or None when nothing is counted."""
    if fate == "lose":
        fate = "equipment" if kind == "equipment" else _lost_people(view, m)
    elif fate == "launch":
        fate = (
            "equipment" if kind in (None, "equipment") else "deployed" if kind in ("force", "armed") else None
        )
    if fate == "equipment" and kind in _PEOPLE_KINDS:
        fate = "killed"  # "destroyed 50 militants" in ministry copy
    elif fate == "equipment" and kind not in (None, "equipment"):
        fate = "other"  # "destroyed 300 homes": buildings are not equipment
    if fate is None:
        if kind == "equipment":
            fate = "equipment"  # "two of its tanks"
        elif kind in ("force", "armed") or (kind == "national" and _beside_forces(view, m)):
            fate = "deployed"  # "60,000 Russian troops and 12,000 North Koreans in the region"
        elif kind is not None:
            fate = "other"
        else:
            return None  # a bare number, or "68 nations", "a thousand words": nothing counted
    if kind is None and what is not None:
        if fate in ("captured", "deployed", "equipment"):
            return None  # "seized 20 Kalashnikovs", "sent 40 convoys": not people, not in the lexicon
        if m.group is None and m.value == 1 and what.tag_ not in ("NNS", "NNPS"):
            return None  # "one reason he's hurting": not a head count
    if fate == "killed" and _is_civilian(what):
        fate = "civilians_killed"
    if fate == "other" and (m.value == 1 or (m.group is not None and m.group.pos_ == "PRON")):
        return None  # "one family", "four of them brothers"
    if what is not None and what.lemma_.lower() in ("force", "side", "party") and m.value < 10:
        return None  # "the two forces", "both sides": parties, not people
    return fate


def _lost_people(view: FiguresView, m: Mention) -> str:
    """People a side "lost" are its casualties, killed and wounded alike ("the enemy lost
    up to 120 servicemen"), unless the count is one more term of a death toll told in the
    same or the previous sentence ("... killed 15 civilians and 27 fighters. ISIS also
    lost 15 fighters")."""
    harms = {"killed", "wounded", "casualties"}
    previous = _sent(view.doc[m.sent.start - 1]).start if m.sent.start > 0 else m.sent.start
    own: set[str | None] = set()
    before: set[str | None] = set()
    for p in reversed(view.ordered):  # classified in text order: the latest first, back to the previous sentence
        if p.sent.start < previous:
            break
        (own if p.sent.start == m.sent.start else before).add(_family(p.quantity))
    for fates in (own & harms, before & harms):  # the count's own sentence decides when it has a toll
        if fates:
            return "killed" if fates == {"killed"} else "casualties"
    return "casualties"


def _beside_forces(view: FiguresView, m: Mention) -> bool:
    """A count of nationals coordinated with a count of troops."""
    noun = m.noun
    if noun is None:
        return False
    if m.arg is not None and m.arg != noun and _noun_meaning(m.arg) == "force":
        return True
    for c in [*noun.children, noun.head]:
        other = next((x for x in view.by_token.values() if x.noun == c and x is not m), None)
        if other is not None and other.kind in ("force", "armed"):
            return True
    return False


def _classify(view: FiguresView, m: Mention) -> bool:
    """Set kind, quantity, unit and verb. False when the mention counts nothing."""
    if _measure(view, m):
        return True
    what = m.group if m.group is not None else m.noun
    kind: str | None = None
    if what is not None:
        found = _kind(view, m, what)
        if isinstance(found, bool):
            return found
        kind = found
    m.kind = kind
    if m.left_noun and kind in _DIRECT:
        own = _fate_after_number(view, m)  # "casualties stand at 300 dead and 1,200 wounded"
        if own:
            m.quantity = own
            return True
    if kind == "equipment" and what is not None and any(c.lower_ in _NOT_WEAPONS for c in what.lefts):
        kind = m.kind = "other"  # "14 aid trucks", "100 merchant ships": not military equipment
    if kind == "wounded" and what is not None and m.group is None and what.lemma_.lower() == "wound":
        return False  # "received three bullet wounds": wounds on one body, not people wounded
    if kind in _DIRECT and not (m.group is not None and kind in ("other", "equipment")):
        m.quantity = kind
        # still read the verb, for sides ("Russia lost 20 tanks") and checks
        m.arg = _climb(m, m.noun if m.noun is not None and not m.left_noun else m.root)
        _, m.verb, agent = _role_meaning(m.arg)
        if agent:
            m.agent_verb = m.verb
        return not (kind in _HARMS and _irrealis(m.verb))
    m.quantity = _settle(view, m, _predicate_fate(view, m, kind), kind, what)
    # only a verb that tells a fate: when the fate was found by word order ("when soldiers
    # murdered 17 fishermen will not be repeated") the governing verb's modal is not its
    told = m.verb if m.verb is not None and _verb_meaning(m.verb) is not None else None
    if told is None:
        # a fate read by word order: the verb right before ("it would have killed at least
        # 5,000 [sic] people", "threatened to murder 10 judges" misparsed as a subject)
        told = _verb_before(view.doc, m)
    if m.quantity in _HARMS and told is not None and _irrealis(told):
        return False  # "threatened to kill 10 judges": an aim, not a toll, and not a count of anyone
    if m.quantity is not None and m.quantity != "distance" and _counts_units(m):
        m.quantity = "other"  # "inflicted losses on three brigades": units, not troops
    return m.quantity is not None


def _counts_units(m: Mention) -> bool:
    """A number before a formation's name counts formations ("three Ukrainian brigades"),
    not people; "a brigade of 3,000" gives the brigade's strength and is not this."""
    noun = m.noun
    if noun is None or m.left_noun or m.group is not None:
        return False
    return noun.lemma_.lower() in _FORMATIONS or noun.lower_.removesuffix("s") in _FORMATIONS


def _is_one_of_nothing(m: Mention) -> bool:
    """ "one of the largest attacks": "one of" counts a person or a force, nothing else."""
    if m.num.text.strip().lower() != "one" or m.group is None:
        return False
    return _noun_meaning(m.group) not in _PEOPLE_KINDS | {"killed", "wounded", "casualties", "captured"}
