"""What happened to the people or things a count counts, as the words around it tell:
the noun's own modifiers ("140 injured people", "12,000 soldiers sent"), the clause the
counted phrase is an argument of, the count a pronoun refers back to ("half of them"),
a toll a verbless list breaks down, and, in headline copy, the verb right before the
number ("Strike Kills Five Injures Seven")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.figures.binding import climb
from claimledger.extract.figures.meanings import combined, fate_of, noun_meaning, participle_after, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention, sender_after
from claimledger.extract.figures.movements import movement_fate
from claimledger.extract.figures.roles import among_meaning, role_meaning, suffered_fate
from claimledger.extract.figures.states import (
    chain_last,
    death_idiom,
    martyrdom_after,
)
from claimledger.extract.figures.syntax import has_object, noun_key, sentence_of, verb_lemma
from claimledger.extract.figures.wholes import fronted_whole
from claimledger.extract.figures.words import (
    BRIDGE,
    DEATH_IDIOMS,
    ESTIMATE_VERBS,
    EVENT_MEANINGS,
    FORMATIONS,
    HARMS,
    KILLED_FAMILY,
    PEOPLE_KINDS,
    lexicon,
    quantity_family,
)

# words whose presence lets the death idioms be read ("risen as martyrs" too)
_IDIOM_WORDS = DEATH_IDIOMS | frozenset({"martyrs"})


def _is_whole(view: FiguresView, noun: Token, m: Mention) -> bool:
    """The noun of "of the 12,000 troops" after a part or share of it (another mention)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = view.by_token.get(noun.head.head.i)
    return owner is not None and owner is not m


def participle_for(noun: Token, chain: bool = True) -> str | None:
    """The participle after a noun, or after the last noun coordinated with it; not for
    a noun inside a prepositional phrase ("three children from one family were killed")."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in ("including", "like", "among", "between"):
        # "reports of 10,000 people displaced": a participle right after the noun is still its own
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if noun.head.lower_ != "of" or nxt is None or nxt.tag_ not in ("VBN", "VBD", "JJ"):
            return None
    found = participle_after(noun)
    if found is None and chain:
        last = chain_last(noun)
        if last != noun and last.pos_ != "NUM":  # a bare number has a predicate of its own
            found = participle_after(last)
    return found


def _with_wounds(noun: Token) -> bool:
    """People "with injuries", "with gunshot wounds": the wounded (the phrase right after an
    object may hang on its verb in the parse: "treated 35 civilians with shrapnel wounds")."""
    preps = list(noun.children)
    if noun.dep_ in ("dobj", "obj"):
        preps += [c for c in noun.head.children if c.i == noun.i + 1]
    return any(
        c.dep_ == "prep" and c.lower_ == "with"
        and any(p.dep_ == "pobj" and noun_meaning(p) == "wounded" and p.tag_ == "NNS" for p in c.children)
        for c in preps
    )


def relative_fate(noun: Token) -> str | None:
    """ "some 8,000 residents who fled the fighting", "the 40 soldiers who were captured":
    what a relative clause on the counted noun says happened to them (not what they did:
    "300 fighters who killed 20 villagers")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in clause.children):
            continue
        meaning = fate_of(verb_meaning(clause))
        if meaning in EVENT_MEANINGS and (meaning == "displaced" or not has_object(clause)):
            return meaning
    return None


def verb_before(doc: Doc, m: Mention) -> Token | None:
    """The lexicon verb right before a number and its qualifiers ("killed at least 20")."""
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1
    return doc[k] if k >= 0 and verb_lemma(doc[k]) is not None else None


def prev_verb_meaning(doc: Doc, m: Mention) -> str | None:
    """Headline copy: "Blast Kills 12", "Strike Kills Five Injures Seven", "Mortar
    Attack Kills Injures over 70" (two casualty verbs in a row: casualties)."""
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1  # back over the number's own qualifiers
    found: list[str] = []
    while k >= 0 and len(found) < 2:
        lemma = verb_lemma(doc[k])
        if lemma is None:
            break
        meaning = lexicon().verbs[lemma].split(":")[-1]
        if meaning in ("tally", "suffer", "claim"):
            break
        found.append("lose" if meaning == "lose" else fate_of(meaning) or meaning)
        k -= 1
    if len(found) == 2 and set(found) == {"killed", "wounded"}:
        return "casualties"
    return found[0] if found else None


def _modifier_fate(view: FiguresView, m: Mention, noun: Token, arg: Token, inner_of: bool) -> str | None:
    """What the noun's own modifiers say: "140 injured people", "2 medics among 31
    dead", "12,000 soldiers sent", "41 people who sustained injuries", "35 people
    wounded"."""
    doc = view.doc
    lex = lexicon()
    for t in doc[m.span.end : noun.i]:
        if t.lower_ in lex.adjs and (t.dep_ in ("amod", "compound", "nmod") or t.tag_ in ("VBN", "JJ")):
            return lex.adjs[t.lower_]
    among = among_meaning(noun)
    if among:
        return among
    if _with_wounds(noun):
        return "wounded"  # "more than 600 patients with war-related injuries"
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
        if c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," \
                and fate_of(role_meaning(noun)[0]) in EVENT_MEANINGS:
            continue  # "displaced some 3,200 people, who arrived in Macomia": the verb over them tells
        cm = verb_meaning(c)
        if cm == "suffer":
            suffered = suffered_fate(c)  # "41 people who sustained injuries"
            if suffered:
                m.verb = c
                return suffered
            continue
        if has_object(c):
            continue  # "two persons injuring 13 others": an active participle with its own object
        fate = fate_of(cm)
        if fate:
            m.verb = c
            return combined(c, fate)
    if _is_whole(view, noun, m):
        return None
    return participle_for(arg if inner_of else noun, chain=False)


def _subset_phrase(doc: Doc, k: int) -> bool:
    """ "five of them", "five of whom": a number inside an aside about the noun before it
    ("six Jesuit priests, five of them Spaniards, who were killed")."""
    return k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].pos_ == "PRON"


def _antecedent_fate(view: FiguresView, m: Mention, climbed: Token) -> str | None:
    """ "Half of them were children": what the count before "them" went through."""
    if m.group is not None and m.group.lower_ in ("us", "we"):
        return None  # "3,000 of us ran": the speaker's people, not a count told before
    if m.group is not None and m.group.lower_ in ("those", "these"):
        # "only six of those killed were its members": the participle says which people, not a count before
        told = next((fate_of(verb_meaning(c)) for c in m.group.children if c.dep_ in ("acl", "amod")
                     and fate_of(verb_meaning(c)) in KILLED_FAMILY | EVENT_MEANINGS), None)
        if told is not None:
            return told
    same = [p for p in view.ordered if p.start < m.start and p.sent.start == m.sent.start]
    if m.group is not None and (m.group.lower_ in ("which", "whom", "whose") or same):
        # "25 missiles -- 24 of which were ...", "260,000 civilians, half of them children,
        # remain trapped": the antecedent is the count just before it in the same sentence,
        # not a toll further back
        if not same or same[-1].quantity not in EVENT_MEANINGS | KILLED_FAMILY | {"equipment"}:
            return None
        if same[-1].quantity == "equipment":
            return "equipment"  # "intercepted 64 drones, 27 of them over Belgorod"
        before = same[-1:]
    elif m.group is not None and m.group.lower_ == "them" and _their_own_subject(view, m):
        return None  # "They came around midnight, maybe fifteen of them": the comers, not a toll before
    else:
        before = [
            p
            for p in view.ordered
            if p.start < m.start
            and p.quantity in EVENT_MEANINGS | KILLED_FAMILY
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
    if fate == "killed" and attr is not None and noun_meaning(attr) == "civilian":
        return "civilians_killed"
    after = m.group.i + 1 if m.group is not None else len(view.doc)
    if fate == "killed" and after < m.sent.end and noun_meaning(view.doc[after]) == "civilian":
        return "civilians_killed"  # "224 dead, 90 percent of them civilians"
    return fate


def _their_own_subject(view: FiguresView, m: Mention) -> bool:
    """Whether "them" in "N of them" is the subject "they" of its own sentence, told
    before the count ("They came at night, about thirty of them"): those people counted."""
    count = m.span.root
    # not "They said seven of them were women": a count inside what they said counts others
    return any(t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass")
               and not any(a.dep_ == "ccomp" and a.head.i == t.head.i for a in count.ancestors)
               for t in view.doc[m.sent.start:m.span.start])


def _listed_after(view: FiguresView, m: Mention) -> Mention | None:
    """ "killing at least 30 people, among them two health workers": by word order, a
    count right after a comma and "among them" or "including" is a part of the toll told
    last in its sentence, whatever the parse hung it on."""
    doc, k = view.doc, m.span.start
    if k >= 2 and doc[k - 2].lower_ == "among" and doc[k - 1].lower_ in ("them", "whom"):
        k -= 2
    elif k >= 1 and doc[k - 1].lower_ == "including":
        k -= 1
    else:
        return None
    if k < 1 or doc[k - 1].text != ",":
        return None
    before = [p for p in view.ordered if p.sent.start == m.sent.start and p.start < m.start]
    if not before or before[-1].quantity not in HARMS:
        return None
    return before[-1]  # "1,018 people had been killed in two days of clashes ..., including 745"


def _listed_under_verb(m: Mention) -> str | None:
    """ "detained dozens of residents, among them 17 health workers": a part listed with
    "among them" or "including" under a verb whose whole is no count of its own (a vague
    "dozens") shares what the verb says happened to the whole."""
    what = m.noun if m.noun is not None and not m.left_noun else m.root
    if what.dep_ != "pobj" or what.head.lower_ not in ("among", "including"):
        return None
    verb = what.head.head
    if verb.pos_ != "VERB" or not has_object(verb):
        return None
    told = fate_of(verb_meaning(verb))
    return told if told in HARMS else None


def _conjunct_count_fate(view: FiguresView, m: Mention) -> str | None:
    """ "27 of them over the Belgorod region and 15 over the Kursk region": a bare number
    coordinated with a count takes that count's quantity."""
    if m.noun is not None or m.group is not None or m.root.dep_ != "conj":
        return None
    other = view.by_token.get(m.root.head.i)
    if other is None or other is m or other.sent.start != m.sent.start:
        return None
    return other.quantity if other.quantity in EVENT_MEANINGS | KILLED_FAMILY | {"equipment"} else None


def _fate_after_conjoined(view: FiguresView, m: Mention) -> str | None:
    """ "312 security personnel and 190 civilians were killed" parsed with no subject for
    "killed": a count followed by counts joined to it, then a passive participle of harm,
    shares that harm (read by word order, as the parse lost the clause)."""
    noun, doc = m.noun, view.doc
    if noun is None or m.group is not None or m.left_noun:
        return None
    k, end = noun.i + 1, min(m.sent.end, noun.i + 10)
    if k >= end or doc[k].lower_ not in ("and", ","):
        return None
    if (noun.dep_ == "pobj" and noun.head.lower_ not in ("that", "whether")) or noun_meaning(noun) not in PEOPLE_KINDS:
        # not "according to two security sources, and some 40 were wounded"; but "said ... and that
        # nine soldiers and five VDP had been killed" parsed with "that" as a preposition is a clause
        return None
    joined = False
    while k < end and doc[k].pos_ not in ("AUX", "VERB"):
        other = view.by_token.get(k)
        if other is not None and not (other.span.end < end and doc[other.span.end].pos_ in ("NOUN", "PROPN", "ADJ")):
            return None  # a bare count opens a clause of its own ("and some 40 were wounded")
        joined = joined or other is not None
        k += 1
    if not joined:
        return None
    while k < end and (doc[k].pos_ == "AUX" or doc[k].lower_ in BRIDGE):
        k += 1
    if k >= end or doc[k].tag_ != "VBN":
        return None
    fate = fate_of(verb_meaning(doc[k]))
    return fate if fate in HARMS else None


def said_to_be_civilians(arg: Token) -> bool:
    """ "19 of the dead were women and children", "19 were children": the predicate noun
    says the people counted were civilians; so does an "as" phrase on the verb that names
    them ("identified seven of the dead as residents", "nine were identified as villagers")."""
    head = arg.head
    if arg.dep_ == "nsubj" and head.lemma_.lower() == "be":
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        return attr is not None and noun_meaning(attr) == "civilian"
    if arg.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "VERB":
        return False
    named = (g for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj")
    return any(noun_meaning(g) == "civilian" for g in named)


def _fronted_part_fate(view: FiguresView, m: Mention, climbed: Token) -> str | None:
    """ "Of the 47 civilians killed, 19 were children": a bare number after a fronted
    toll is a part of it and shares its fate."""
    before = [p for p in view.ordered if p.sent.start == m.sent.start and p.start < m.start]
    whole = fronted_whole(view, m, before)
    if whole is None or whole.quantity not in HARMS:
        return None
    fate = quantity_family(whole.quantity)
    return "civilians_killed" if fate == "killed" and said_to_be_civilians(climbed) else fate


def fate_after_number(view: FiguresView, m: Mention) -> str | None:
    """A bare number's own participle or adjective: "20 dead", "4,000 killed or
    wounded", "26,000 arrested", "15 believed killed", "rose to 10 killed"."""
    doc, lex = view.doc, lexicon()
    k = m.span.end
    while k < m.sent.end and k < m.span.end + 3 and doc[k].lower_ in BRIDGE and doc[k].lower_ != "to":
        k += 1
    if k >= m.sent.end:
        return None
    after = doc[k]
    if after.lower_ in lex.adjs and after.tag_ in ("JJ", "VBN", "VBD", "VBG", "NN", "NNS"):  # "left 105 missing"
        return combined(after, lex.adjs[after.lower_])
    if after.tag_ in ("VBN", "VBD") and not has_object(after):
        told = fate_of(verb_meaning(after))
        return told if told in EVENT_MEANINGS else None
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
        if p.sent.start == sent.start and p.start < doc[k].idx and p.quantity in HARMS and p.value >= m.value
    ]
    return quantity_family(toll[-1].quantity) if toll else None


def predicate_fate(view: FiguresView, m: Mention, kind: str | None) -> str | None:
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
    idiom = (death_idiom(arg) or martyrdom_after(arg, m.sent.end)) if view.says_any(_IDIOM_WORDS) else None
    if idiom:
        m.arg = arg
        owned = m.group if m.group is not None else arg
        if idiom == "own" and noun_meaning(arg) != "civilian" and not any(c.dep_ == "poss" for c in owned.children):
            # not "two of its fighters had risen as martyrs", said by a group: "its" says whose
            m.owner_side = view.home  # "three brave sons of soil embraced shahadat": the army's own
        return "killed"  # "17 khwarij were sent to hell", "three soldiers embraced shahadat"
    fate = None
    if noun is not None and not m.left_noun:
        fate = _modifier_fate(view, m, noun, arg, inner_of)
    if fate is None and (noun is None or m.left_noun) and m.group is None:
        fate = fate_after_number(view, m)
    climbed = climb(m, arg)
    m.arg = climbed
    listed = _listed_after(view, m)
    if fate is None and listed is not None:
        return quantity_family(listed.quantity)
    if fate is None:
        fate = _listed_under_verb(m)
    if fate in ("captured", "missing", "displaced", "deserted"):
        # "the bodies of three missing soldiers", "the death of four students who had been
        # kidnapped": what the clause says happened last outweighs how the noun is described
        told, verb, agent = role_meaning(climbed)
        if not agent and told in ("killed", "wounded", "casualties"):
            fate, m.verb = told, verb
    if (
        m.parent is None
        and noun is not None
        and m.root.head != noun
        and m.root.dep_ in ("pobj", "conj", "appos")
    ):
        climb(m, m.root)  # "including 1733 children ...": the number hangs off the list itself
    whole = noun is not None and _is_whole(view, noun, m)
    if fate is None and whole:
        # "4,000 of the 12,000 troops ... were killed": the verb is the part's; the whole
        # keeps what its noun says (troops present, residents counted)
        return "deployed" if kind in ("force", "armed") else "other" if kind else None
    if fate is None:
        fate, verb, agent = role_meaning(climbed)
        m.verb = m.verb or verb
        if agent:
            m.agent_verb = verb
    if fate is None and noun is not None and not m.left_noun and not whole:
        fate = participle_for(climbed) or relative_fate(noun)  # a predicate after the last of a list
    if fate in (None, "deployed") and noun is not None and not m.left_noun:
        # "six servicemen of the army who were wounded in earlier incidents returned to their
        # units": what befell them outweighs that they are back with a force
        told = relative_fate(noun) or _relative_past_of(noun)
        if told in ("killed", "wounded", "casualties", "captured", "missing"):
            fate = told
    fate = movement_fate(fate, m, kind, climbed, noun)
    if fate is None and m.group is not None:
        # the group's own predicate: "one-third of the contingent had sustained casualties"
        for t in m.sent:
            if t.i > m.root.i and lexicon().verbs.get(t.lemma_.lower()) == "suffer":
                fate = suffered_fate(t)
                if fate:
                    m.verb = t
                    break
    if fate is None and m.group is not None and m.group.pos_ == "PRON":
        fate = _antecedent_fate(view, m, climbed)
    if fate is None and m.noun is None and m.group is None:
        fate = (_fronted_part_fate(view, m, climbed) or relative_fate(m.root)  # "600,000 who had sought refuge"
                or _attribute_fate(m))
    if fate is None:
        fate = _list_after_toll(view, m) or _stranded_on_a_date(m)
    if fate is None:
        fate = _conjunct_count_fate(view, m) or _fate_after_conjoined(view, m)
    if fate is None and sender_after(m) and any(
        p.quantity == "deployed" for p in view.ordered if p.sent.start == m.sent.start and p.start < m.start
    ):
        fate = "deployed"  # "10,000 peacekeepers, including around 1,000 from Italy"
    if fate is None and m.parent is not None:
        # a part shares its total's fate: "the killing of 5,812 civilians including 1,733 children"
        total = view.mention_counting(m.parent)
        if total is not None and total.quantity:
            fate = "killed" if total.quantity == "civilians_killed" else total.quantity
    if fate is None and kind in PEOPLE_KINDS and noun is not None:
        fate = _estimated_strength(noun)
    return fate or prev_verb_meaning(doc, m)


def _attribute_fate(m: Mention) -> str | None:
    """ "the remaining 19 were villagers killed in a fake encounter": a bare count said to be
    people to whom something happened has that fate (villagers killed are civilians)."""
    root = m.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or noun_meaning(attr) not in ("person", "civilian"):
        return None
    fate = participle_after(attr)
    if fate == "killed" and noun_meaning(attr) == "civilian":
        return "civilians_killed"
    return fate


def _stranded_on_a_date(m: Mention) -> str | None:
    """ "Russia said on Wednesday 74 of its servicemen had been killed": a number the parse hung
    on the date before it is the subject the verb after it lacks."""
    root = m.root
    if root.dep_ != "nummod" or root.head.i > root.i or root.head.ent_type_ not in ("DATE", "TIME"):
        return None
    for t in root.doc[m.span.end:m.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return None
            m.verb = t
            return fate_of(verb_meaning(t))
    return None


def _estimated_strength(noun: Token) -> str | None:
    """ "a group of armed terrorists estimated at more than 200 individuals", "put the
    column at about 500 men": a force's estimated size is its strength."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in ESTIMATE_VERBS:
        return None
    if verb.dep_ == "acl":
        measured = verb.head
    else:
        measured = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if measured is None:
        return None
    inner = [p for c in measured.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    forces = [t for t in (measured, *inner) if noun_meaning(t) in ("force", "armed")]
    return "deployed" if forces or measured.lemma_.lower() in FORMATIONS | {"column"} else None


def lost_people(view: FiguresView, m: Mention) -> str:
    """People a side "lost": one more term of a toll told in the same or the previous sentence
    ("... killed 15 civilians and 27 fighters. ISIS also lost 15 fighters": killed), a count
    set apart from the wounded told after it, a handful lost in a fight ("lost 15 men": its
    dead); else, as in a ministry's daily tally ("the enemy lost up to 120 servicemen"), its
    casualties, killed and wounded alike."""
    harms = {"killed", "wounded", "casualties"}
    previous = sentence_of(view.doc[m.sent.start - 1]).start if m.sent.start > 0 else m.sent.start
    own: set[str | None] = set()
    before: set[str | None] = set()
    for p in reversed(view.ordered):  # classified in text order: the latest first, back to the previous sentence
        if p.sent.start < previous:
            break
        (own if p.sent.start == m.sent.start else before).add(quantity_family(p.quantity))
    for fates in (own & harms, before & harms):  # the count's own sentence decides when it has a toll
        if fates:
            return "killed" if fates == {"killed"} else "casualties"
    if _wounded_told_after(m):
        return "killed"  # "we lost two men, and nine of our soldiers were wounded": the wounded are apart
    if m.value < _FEW_LOST and m.num.bound != "max" and not m.num.vague:
        # "the army had lost at least 15 men in the fighting", "we lost two men": a handful lost
        # in one fight are its dead; a ministry's "up to 120 servicemen" or "1,260 troops" a day
        # are its killed and wounded together
        return "killed"
    return "casualties"


# below this, people a side "lost" are its dead; from it on, a tally of its losses
_FEW_LOST = 100


def _wounded_told_after(m: Mention) -> bool:
    """Whether the count's sentence goes on to tell of people wounded, after the count."""
    lex = lexicon()
    return any(
        t.i >= m.span.end and (lex.adjs.get(t.lower_) == "wounded" or fate_of(verb_meaning(t)) == "wounded"
                               or (t.pos_ == "NOUN" and lex.nouns.get(noun_key(t) or "") == "wounded"))
        for t in m.sent
        if t.pos_ in ("VERB", "ADJ", "NOUN")
    )  # "we lost four soldiers, while seven others sustained injuries": the injured are apart


def _relative_past_of(noun: Token) -> str | None:
    """A relative clause the parse hangs on the force after "of" ("six servicemen of the
    Azerbaijan Army who were wounded"): it tells of the people counted, not of the army."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or noun_meaning(obj) != "force" and obj.ent_type_ != "ORG":
        return None
    return relative_fate(obj)
