"""Cues and line labels that hold no claim: what a speaker left unsaid or refused to say
("did not say whether …", "declined to comment"), what a question asks about ("Asked
whether the government would …"), being asked, and a dateline the page reading left in
the body that reads like a transcript's speaker label ("YEREVAN: The ministry …").
Read by the claim reader (claims.py) before it looks for a speaker."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.sides import side_table


def says_nothing(cue: Token) -> bool:
    """Whether the cue reports no statement of its speaker."""
    lemma = cue.lemma_.lower()
    children = list(cue.children)  # read once: each pass over Token.children makes new Tokens
    negated = any(c.dep_ == "neg" for c in children)
    if negated and (lemma in SILENT_WHEN_NEGATED or not has_clause(cue)):
        return True  # "Hezbollah did not comment on …", "could not confirm the toll": nothing said
    if lemma in ASKED and (cue.tag_ == "VBN" or cue.dep_ == "advcl" and cue.lower_ == "asked") \
            and not any(c.dep_ == "nsubj" for c in children):
        return True  # "when asked about …", "Questioned about reports that …": the one asked says nothing yet
    if lemma in ASKED and open_question(cue):
        return True  # "a reporter asked whether the bridges were usable": a question holds no claim
    if negated and _nothing_told(cue):
        return True  # "He did not say whether any arrests were made", "did not mention any losses"
    if _in_question(cue):
        return True  # "Asked whether the government would ask for more troops, …": only put to someone
    if _induced(cue):
        return True  # "tricked the judge into thinking …", "make every voter feel that …": a belief caused
    if _asks_your_view(cue, children):
        return True  # "Do you think the front will hold?": the interviewer asks, the guest has not said
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSING:
        return True  # "declined to comment on whether its troops took part", "refused to say if …"
    if lemma == "call" and _summoned(cue):
        return True  # "called in reinforcements", "called up reservists", "called off the talks": no speech
    if lemma == "call" and _phoned(cue):
        return True  # "the premier had called the head of the committee": a telephone call
    if lemma == "call" and _goes_by(cue, children):
        return True  # "a group calling itself the Islamic Resistance": the name it goes by, no statement
    if lemma == "show" and _person_acts(children):
        return True  # "the general showed reporters the wreckage", "showed restraint": an act, not words
    if lemma == "show" and any(c.dep_ == "prt" and c.lower_ in {"off", "around"} for c in children):
        return True  # "showing off the badge", "showed the visitors around": displayed, not said
    if lemma == "point" and _aimed(children):
        return True  # "pointed their rifles at the crowd", "pointing a finger in her face": aimed, not said
    if lemma == "find" and any(c.lower_ in REFLEXIVES and c.dep_ in {"dobj", "nsubj", "nsubjpass"}
                               for c in [*children, *(g for c in children if c.dep_ in {"ccomp", "xcomp", "oprd"}
                                                      for g in c.children)]):
        return True  # "found himself embroiled in controversy", "the garrison found itself cut off": a plight
    if _delivered(cue, children):
        return True  # '"…," she said, stressing those last words', "pointing to his ears": how, not what
    if _nobody_speaks(children):
        return True  # "Nobody asked about the shelling", "no one said a word": no one said anything
    if lemma == "tell" and cue.lower_ == "told" and any(c.dep_ == "nsubj" and c.lower_ == "all" for c in children) \
            and cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == ",":
        return True  # "All told, 40 villages were burned": in all, nobody's word
    if lemma in {"say", "tell"} and not has_clause(cue) and any(
            c.dep_ == "dobj" and c.lower_ in AMOUNT_SAID for c in children):
        return True  # "their smiles said a lot", "the ministry said little": how much, not what
    # "adding to her run of victories": no speech; "we have added 1 million jobs": a count grown
    return lemma == "add" and not has_clause(cue) and (
        any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
        or any(c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
               for c in children))


REFLEXIVES = {"itself", "themselves", "himself", "herself", "themself"}
PERSONAL = {"i", "we", "you", "he", "she", "they"}


def _goes_by(cue: Token, children: list[Token]) -> bool:
    """Whether "call" gives its subject a name ("calls itself the Lions of the Valley"),
    not a quality ("called itself ready for talks", a statement of its own)."""
    own = next((c for c in children if c.dep_ == "dobj" and c.lower_ in REFLEXIVES), None)
    if own is None or own.i + 1 >= len(cue.doc):
        return False
    after = cue.doc[own.i + 1]
    if after.lower_ == "the" and own.i + 2 < len(cue.doc):
        after = cue.doc[own.i + 2]
    return after.text[:1].isupper() or after.text[:1] in {'"', "“", "'", "‘"}


def _person_acts(children: list[Token]) -> bool:
    """Whether "show" has a person as its subject and no "that" clause: a person shows a
    thing or a quality ("showed me the crater", "showed considerable restraint"); what
    shows a statement is a record, an image or a count ("the footage showed …", "polls
    show …"), or a person showing that something is so."""
    from claimledger.extract.speakers import word_class  # speakers reads the claim modules: import late
    that = [c for c in children if c.dep_ == "ccomp"]  # "showed that the figures were inflated"
    that += [g for c in children if c.dep_ == "dobj" for g in c.children if g.dep_ in {"acl", "ccomp"}]
    if any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in that):
        return False  # "showed no sign that he would step down": the sign is of a statement
    return any(c.dep_ == "nsubj" and (c.lower_ in PERSONAL or c.ent_type_ == "PERSON"
                                      or word_class(c) in {"role", "title"}) for c in children)


# how much was said, not what: "said a lot", "said little"
AMOUNT_SAID = {"lot", "little", "much", "nothing", "something", "anything", "everything", "plenty"}
NOBODY = {"nobody", "none"}


def _nobody_speaks(children: list[Token]) -> bool:
    """Whether the cue's subject (among its ``children``) is nobody ("nobody asked", "no one
    said", "none of the officials confirmed")."""
    for subject in (c for c in children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in NOBODY or subject.lower_ == "one" and any(
                d.lower_ == "no" for d in subject.children if d.dep_ == "det"):
            return True
    return False


# a speaker who will not say: what follows is left unsaid
REFUSING = {"decline", "refuse"}
# what makes "call" a way of speaking: "called the strike a crime", "called for a truce", "called on X to"
CALLING = {"oprd", "ccomp", "xcomp", "acomp", "attr", "prt"}


def _phoned(cue: Token) -> bool:
    """Whether "call" has only whom it reached ("called the head of the committee"), no name
    it gives them and nothing it calls for. A quotation after the object is the name it
    gives, however the parser hangs it ('called that "baseless"', 'called the army's
    account "implausible and self-serving"')."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in CALLING or c.dep_ == "prep" and c.lower_ == "for" for c in cue.children):
        return False
    doc, obj = cue.doc, objects[0]
    if label_in_apposition(obj):
        return False  # "called her fallen son a hero": the parser's apposition is the label given
    opening = next((t for t in doc[obj.i + 1:min(obj.right_edge.i + 2, cue.sent.end, obj.i + 12)]
                    if t.text in {'"', "“"}), None)
    if opening is None:
        return True
    if opening.i == obj.i + 1:
        return False  # 'called the system "rigged" in a statement': the label right after the noun
    closing = next((t for t in doc[opening.i + 1:cue.sent.end] if t.text in {'"', "”"}), None)
    # the quotation ends the object ('"implausible"'), not a name inside it ('the head of the "Azov" brigade')
    return closing is not None and closing.i < obj.right_edge.i


# what opens a label the parser reads as an apposition: "called her son a hero", "… his hero"
LABEL_OPENERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "my"})


def label_in_apposition(obj: Token) -> bool:
    """Whether the object has an apposition right after its head, with no comma, opened by
    an article or a possessive: the label it is called ("called her son a hero"), not a
    description set off ("called the head of the committee, a former general")."""
    return any(c.dep_ == "appos" and c.left_edge.i == obj.i + 1 and c.left_edge.lower_ in LABEL_OPENERS
               for c in obj.children)


# where a thing is pointed: "at the crowd", "in her face", "towards the hills"
AIMED_AT = frozenset({"at", "in", "into", "toward", "towards"})


def _aimed(children: list[Token]) -> bool:
    """Whether "point" aims a thing at something ("pointed their rifles at the crowd"),
    not "pointed to", "pointed out" nor the idiom of blame ("pointed the finger at Moscow",
    "pointing fingers at each other")."""
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in {"prt", "ccomp", "xcomp"} for c in children):
        return False
    obj = objects[0]
    if obj.lemma_.lower() == "finger" and (obj.lower_ == "fingers" or any(
            c.dep_ == "det" and c.lower_ == "the" for c in obj.children)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in AIMED_AT for p in [*children, *obj.children])


# what a speaker's delivery bears on: the words themselves, or the speaker's own body
SPOKEN_PARTS = frozenset({"word", "phrase", "syllable"})
# verbs of delivery: "called the long lines 'unacceptable'" is no manner of speaking
DELIVERING = frozenset({"emphasize", "emphasise", "stress", "underline", "underscore", "repeat", "accentuate",
                        "enunciate", "pronounce", "spell"})
BODY_PARTS = frozenset({"ear", "eye", "head", "temple", "forehead", "face", "mouth", "chest", "heart", "hand",
                        "arm", "leg", "shoulder", "neck", "back", "stomach", "scar", "wound", "bandage"})


def _delivered(cue: Token, children: list[Token]) -> bool:
    """Whether the cue tells how words were delivered, not what they said: an object that
    is the words themselves ("emphasizing those last words", "stressing every syllable")
    or a gesture at the speaker's body ("pointing to one ear and then the other"). A
    clause, a quotation or a named thing is still said: "stressed that the truce holds",
    "repeated the words 'no retreat'", "pointed to the casualty figures"."""
    if has_clause(cue):
        return False
    things = [c for c in children if c.dep_ == "dobj"]
    things += [o for p in children if p.dep_ == "prep" and p.lower_ in {"to", "at"}
               for o in p.children if o.dep_ == "pobj"]
    if not things:
        return False
    if any(t.is_quote or t.pos_ == "PROPN" for thing in things for t in thing.subtree):
        return False
    if any(thing.lemma_.lower() in SPOKEN_PARTS for thing in things):
        return cue.lemma_.lower() in DELIVERING  # "stressing each word"; "chose his words carefully" is not
    # "one ear and then the other", "one and then the other of his ears"; not "the head of the militia"
    return cue.lemma_.lower() in {"point", "gesture", "touch", "tap"} and any(
        t.lemma_.lower() in BODY_PARTS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for thing in things for t in thing.subtree)


def has_clause(cue: Token) -> bool:
    return any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children)


# being asked says nothing: "Asked about …", "Questioned about reports that …"
ASKED = {"ask", "question", "query"}
ASKING_OR_WONDERING = ASKED | {"wonder"}
# what opens a question put to someone: "asked whether …", "asked if …"
QUESTION_MARKS = {"whether", "if"}


def open_question(cue: Token) -> bool:
    """Whether the cue's clause is a question ("asked whether the crossing was open",
    "asked if the army would withdraw"), not a statement ("asked that …" is a request)."""
    return any(c.dep_ in {"ccomp", "advcl", "xcomp"} and c.i > cue.i and any(
        m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children) for c in cue.children)


# what follows a negated cue when it tells what was left unsaid ("did not say whether …")
UNSAID = {"whether", "if", "any", "how", "who", "what", "when", "why", "where", "which"}


def _nothing_told(cue: Token) -> bool:
    """Whether a negated cue names only what the speaker left unsaid ("did not say whether
    any arrests had been made", "did not mention any soldiers killed")."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return nxt is not None and nxt.lower_ in UNSAID


def _in_question(cue: Token) -> bool:
    """Whether the cue lies in a question put to someone ("Asked whether the government
    would ask for more troops", "wondered if the army would say …"): what is asked about
    is nobody's statement."""
    tok, hops = cue, 0
    head = tok.head  # read once a step: every ``.head`` makes a new Token
    while head.i != tok.i and hops < 4:
        if head.lemma_.lower() in ASKING_OR_WONDERING and head.i < tok.i and any(
                m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in tok.children):
            return True
        tok, hops = head, hops + 1
        head = tok.head
    return False


CAUSING = {"make", "let", "help"}
# beliefs a cause can put in a mind ("made them believe"); "let me say …" is the speaker's own word
MINDS = {"think", "believe", "feel", "know", "realize", "realise", "understand", "see", "assume", "expect",
         "fear", "doubt"}


def _induced(cue: Token) -> bool:
    """Whether a belief is one the sentence says someone caused: "deceived the court into
    thinking that …", "to make every citizen feel that …" tell what was done to a mind,
    not a view its holder stated."""
    head = cue.head
    if head.i == cue.i:
        return False
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and head.lower_ == "into":
        return True
    return cue.lemma_.lower() in MINDS and cue.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in CAUSING \
        and head.i < cue.i \
        and any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)


def _asks_your_view(cue: Token, children: list[Token]) -> bool:
    """Whether the cue's subject is "you" in a question ("How do you think he will …?",
    "Would you say the talks failed?"): what the one asked holds is not yet said."""
    you = next((c for c in children if c.dep_ == "nsubj" and c.lower_ == "you"), None)
    if you is None or not any(c.dep_ == "aux" and c.i < you.i for c in children):
        return False  # "you might be asking, …?" states; "do you think …?", "would you say …?" ask
    sent = cue.sent
    end = next((t for t in cue.doc[cue.i:sent.end] if t.text in {"?", ".", "!"}), None)
    return end is not None and end.text == "?"


# cues that, negated, report that nothing was said ("did not comment on the claim that …")
SILENT_WHEN_NEGATED = {"comment", "respond", "reply", "answer", "elaborate", "specify", "disclose"}


# a headline's own attribution after its place label ("Erbil: Peshmerga ministry says …")
HEADLINE_SAYS = re.compile(r"\b(?:says?|said|claims?|reports?|warns?|denies)\b")


def filed_from(label: str, labels: dict[int, tuple[str, int]], line: str = "") -> bool:
    """Whether a capitalised "YEREVAN:" or "BAMENDA:" is a dateline the page reading left in
    the body (it opens a story under a long masthead, or an interview's introduction), or a
    title-case "Erbil:" a place a short headline is about ("Erbil: Peshmerga ministry says
    …", "Baghdad: interior ministry briefing on border security"): a town or city named
    once as a label. A
    transcript's speakers ("RUSSIA:", "UMEROV:", "HERALD:") are countries, people or
    mastheads that open many lines."""
    if sum(1 for name, _ in labels.values() if name == label) > 1:
        return False
    headline = len(line.split()) <= 20 and (HEADLINE_SAYS.search(line) or not line.rstrip().endswith(
        (".", "?", "!", '"', "”")))
    if not label.isupper() and not headline:
        return False
    if side_table().kind_of.get(label.lower(), ("", ""))[1] == "country":
        return False
    from claimledger.extract.gazetteer import gazetteer  # loads once, on first use
    return bool(gazetteer().lookup(label.title()))


# what a unit calls in: help summoned, not words ("called in air strikes to back up the platoon")
SUMMONED = {"reinforcement", "backup", "airstrike", "strike", "artillery", "support", "troop", "police", "army",
            "help", "helicopter", "jet", "drone", "medic", "ambulance", "fire", "reservist", "force"}


def _summoned(cue: Token) -> bool:
    """"Called in reinforcements", "called up reservists", "called off the offensive": the
    verb with its particle summons or cancels; nothing is said."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is None:
        return False
    if nxt.dep_ == "prt" and nxt.head.i == cue.i and nxt.lower_ in {"in", "up", "off"}:
        return True
    return nxt.lower_ == "in" and nxt.head.i == cue.i and any(
        o.dep_ == "pobj" and o.lemma_.lower() in SUMMONED for o in nxt.children)


# a line that is only a count or a share: "Sanders: 1,501.", "Killed: 45", "Turnout: 61.5%"
BARE_FIGURE = re.compile(r"^\s*[~≈]?\d[\d,.]*\s*%?\s*[.;]?\s*$")


def tally_row(line: str) -> bool:
    """Whether the words under a line's label are only a figure: a tally's row ("Clinton:
    2,316.", "Pledged: 781.", "RSF: 12", "Turnout: 61.5%") counts something, and no one
    says it. (A headline's "Milbank: Republicans 'Waving The Flag …'" stays the label's
    claim, as PolNeAR and readers take it.)"""
    return bool(BARE_FIGURE.match(line))
