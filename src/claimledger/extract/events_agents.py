"""Who an event's words say did it: the subject, the "by" agent, the owner or modifier
of a noun trigger ("the RSF's capture", "US-led strikes"), the subject of the clause a
trigger hangs on, and whom it was done to. Read from the parse alone; the report's
memory (speakers, forces named before, the report's state) is applied after, in
:mod:`claimledger.extract.events_actors`. Split from that module.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of, tokens_of
from claimledger.extract.events_memo import names_a_group, span_text
from claimledger.extract.events_senses import fell_to
from claimledger.extract.events_targets import a_deadline, a_time, aimed_at, light_verb_of, spent, trimmed
from claimledger.extract.events_view import FORCE_NOUNS, HIT_VERBS, LIGHT_VERBS, events_view
from claimledger.extract.phrases import subtree_text
from claimledger.model import Claim, Party
from claimledger.sides import side_of, side_table

SPEAKING_PRONOUNS = {"it", "we", "they"}
BROKER_WORDS = word_lists("event_extra_words.tsv")["broker_word"]
# past forms the small model misreads as a name's first word: data/event_verb_forms.tsv
VERB_FORMS: dict[str, str] = dict(read_table("event_verb_forms.tsv"))


def misread_verb(tok: Token) -> bool:
    """ "the army retook Awdheegle", "had overrun Lashio": a past form of an event verb the
    tagger glued as a compound onto the unknown name after it is that verb all the same."""
    # ("had overrun three army bases": read as a name's modifier, nmod, before a counted noun;
    # "launched a counter-offensive and retook Diapaga": tagged a verb, glued all the same)
    return tok.pos_ in {"NOUN", "PROPN", "VERB"} and tok.dep_ in {"compound", "nmod"} and tok.lower_ in VERB_FORMS \
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
    name = tok.head
    while name.dep_ in {"nummod", "compound", "amod", "quantmod"} and name.head.i > name.i:
        name = name.head  # "had overrun two border posts": glued onto the number, whose noun is the object
    if name.dep_ in {"dobj", "attr", "pobj"} or name.dep_ == "conj" and name.head.pos_ == "VERB":
        # (a name read as the conjunct of the verb before: "the army launched X and retook Diapaga")
        subject = clause_subject(name.head)
        if subject is not None:
            return Party(name=subject.text, side=None) if subject.pos_ == "PRON" else _party(subject)
    return None

def brokering(tok: Token) -> bool:
    """Whether a word is, or holds, a go-between's word ("Omani-brokered", "US-mediated",
    "brokered by Washington"): who brokers is neither a party nor a place of the act."""
    return any(w.lower_ in BROKER_WORDS for w in tok.subtree)


# a state body whose state is named after it: "the Ministry of Defense of Armenia", "the Government of Sudan"
_STATE_BODIES = {"ministry", "government", "presidency", "cabinet"}


def _party(tok: Token) -> Party:
    force = _force_beside_a_place(tok)
    if force is not None:
        tok = force
    if tok.ent_type_ == "PERSON":
        ent = context_of(tok.doc).ent_at(tok.i)
        if ent is not None:
            return Party(name=ent.text, side=side_of(span_text(tok.doc, max(ent.start - 3, 0), ent.end)))
    text = subtree_text(tok)
    # not the words of a clause about the party ("the EMC, which walked away from talks with the government")
    aside = {t.i for c in tok.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    # "GOMA, Democratic Republic of Congo (Reuters) - M23 rebels shelled": the dateline is no part of the name
    opening = _after_a_dash(tok)
    words = [t for t in tok.subtree if t.i not in aside and t.i >= opening][:12]
    if opening > tok.left_edge.i:
        text = " ".join(t.text for t in words)
    # "troops of the military council's Light Infantry Battalion 542": the owner named inside
    # the "of" phrase is part of the name (it tells whose troops they are)
    short = " ".join(t.text for t in words if t.i <= tok.i or t.dep_ in {"prep", "pobj", "compound"}
                     or t.i > tok.i and _owner_in_phrase(t))
    # the side is read from the party's own words, not from where it went ("troops sent to Russia")
    own = span_text(tok.doc, max(tok.left_edge.i, opening), tok.i + 1)
    side = side_of(own)
    if side is None and (tok.lower_ in FORCE_NOUNS or tok.lower_ in _STATE_BODIES):
        # "the Armed Forces of the Democratic Republic of the Congo (FARDC)": whose they are
        # is said after the noun, in its "of" phrase or its bracketed short name
        for child in tok.rights:
            if child.dep_ == "appos" or child.dep_ == "prep" and child.lower_ == "of":
                side = side or _side_of_a_whole_name(subtree_text(child))
    if side is None:
        side = _listed_side(tok, opening)
    return Party(name=re.sub(r"^(the|a|an)\s+", "", short or text, flags=re.I), side=side)


def _after_a_dash(tok: Token) -> int:
    """The first word of a party's phrase after a spaced dash that opens the story ("GOMA, Congo
    (Reuters) - M23 rebels", "BUNIA — CODECO militiamen"), else its left edge."""
    tokens = tokens_of(tok.doc)  # the report's Token objects: doc[i] makes a new one
    for i in range(tok.i - 1, tok.left_edge.i - 1, -1):
        t = tokens[i]
        if t.text in {"-", "—", "–", "--"} and t.whitespace_ and i > 0 and tokens[i - 1].whitespace_:
            return i + 1
    return tok.left_edge.i


def _side_of_a_whole_name(phrase: str) -> str | None:
    """The side an "of" phrase gives, unless the institution it names is the tail of a longer
    name ("of the Sahrawi People's Liberation Army" is no Chinese army)."""
    side = side_of(phrase)
    if side is None:
        return None
    for mention in side_table().mentions(phrase):
        before = phrase[:mention.start].split()
        if mention.side == side and mention.kind not in {"demonym", "country"} and before \
                and before[-1][:1].isupper() and not side_of(before[-1]) and before[-1].lower() not in {"the", "of"}:
            return None
    return side


def _owner_in_phrase(t: Token) -> bool:
    """Whether a word after a party's head noun names the owner of what its "of" phrase
    names ("the military council's" in "troops of the military council's battalion")."""
    owner = t if t.dep_ == "poss" else t.head if t.head.dep_ == "poss" and t.dep_ in {"case", "amod", "compound"} \
        else None
    return owner is not None and owner.head.dep_ == "pobj" and owner.pos_ in {"NOUN", "PROPN"}


def _listed_side(tok: Token, opening: int = 0) -> str | None:
    """ "Aviation, attack drones, missile troops and artillery of the Russian Armed
    Forces": a list of arms whose owner is named once, after its last member (after the
    dateline, if the parse hung one on the party)."""
    sides = set()
    for member in [c for c in tok.subtree if c.dep_ == "conj" and c.i >= opening]:
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



# verbs by which a passive's agent did the act its noun tells ("an attack perpetrated by")
DOING_VERBS = {"perpetrate", "carry", "commit", "launch", "conduct", "stage", "mount", "claim", "execute",
               "undertake", "orchestrate", "organise", "organize", "sign", "conclude"}


def _a_place_word(tok: Token) -> bool:
    """Whether a modifier is (in) a place the place stage found ("the Kidal attack")."""
    ctx = context_of(tok.doc)
    return any(s <= tok.idx < e for s, e, _ in events_view(ctx).place_mentions(ctx.sent(tok)))


def _joined(first: Token, second: Token) -> bool:
    """Whether two subjects of one verb are one coordinated subject: an "and" between them."""
    between = first.doc[first.i + 1:second.left_edge.i]
    return any(t.dep_ == "cc" and t.lower_ in {"and", "&"} and t.head.i == first.i for t in between)


# verbs whose prepositional object is the act their subject does ("resorted to firing")
RESORTING = {"resort", "engage", "indulge", "persist", "participate"}


def _taking_part(word: Token) -> Token | None:
    """The verb whose subject does the act in its "in"/"to" phrase: "resorted (to)", "took part (in)"."""
    if word.lower_ == "part" and word.dep_ == "dobj" and word.head.lemma_.lower() == "take":
        return word.head
    if word.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in word.children):
        return word  # the parser hangs "in the raid" on "took" as often as on "part"
    return word if word.lemma_.lower() in RESORTING else None


def _reduced(tok: Token) -> bool:
    """Whether a verb read as the predicate is a reduced relative of its last subject, the
    real predicate following it without a subject ("X and Rwandan troops deployed under an
    agreement launched an operation": the deployed troops are Rwanda's alone)."""
    return any(c.dep_ in {"advcl", "conj", "ccomp"} and c.tag_ == "VBD" and c.i > tok.i
               and not any(g.dep_ in {"nsubj", "nsubjpass", "mark", "advmod", "cc"} for g in c.children)
               and not any(t.text == "," for t in tok.doc[tok.i:c.i]) for c in tok.children)


def actor_of(tok: Token, said_in: list[Claim]) -> Party | None:
    if misread_verb(tok):
        return _misread_actor(tok)
    lemma = tok.lemma_.lower()
    if lemma == "fall" and (taker := fell_to(tok)) is not None:
        return _party(taker)  # "Walikale fell to M23 rebels": who it fell to took it, not the town
    moved = lemma in {"withdraw", "withdrawal", "retreat", "pull", "deploy", "deployment", "send", "dispatch",
                      "station", "leave", "pullout", "pullback", "arrival", "redeploy", "airlift", "fly", "ferry",
                      "rush"}
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"}]
    if (tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"} and not subjects
            and any(c.dep_ == "nsubj" for c in tok.children)):
        return _party(tok.head)  # "Russia, which keeps troops in Armenia": the relative's noun acts
    reduced = _reduced_relative_subject(tok) if not subjects else None
    if reduced is not None:
        return _party(reduced)
    subjecting = _subjecting_force(tok) if not subjects else None
    if subjecting is not None:
        return _party(subjecting)
    lead = subjects[0] if len(subjects) > 1 and _joined(subjects[0], subjects[1]) and not _reduced(tok) else None
    if lead is not None and lead.pos_ != "PRON":
        # "Central African armed forces (FACA) and Russian instructors retook the market",
        # parsed as two subjects: the first named leads, the partner helps
        return _party(lead)
    for child in tok.children:
        if child.dep_ == "nsubj" and len(subjects) > 1 and child.i != subjects[-1].i:
            continue  # "NNA - An Israeli drone struck": an agency's name parsed as a second subject
        if child.dep_ == "agent":
            objs = [t for t in child.children if t.dep_ == "pobj"]
            if objs and not moved and not a_deadline(child):
                return _party(objs[0])  # not "by the end of the week": when, not who
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
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and _taking_part(tok.head.head) is not None:
        # "Indian troops resorted to unprovoked firing", "engaged in heavy shelling", "2,500
        # officers took part in the raid": who resorted fired, who took part raided
        subject = clause_subject(_taking_part(tok.head.head))
        if subject is not None and subject.pos_ != "PRON":
            return _party(subject)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "control":
        # "came under the control of the mujahideen": whose control it is acts
        owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        if owners:
            return _party(owners[0])
    if tok.pos_ == "NOUN":
        mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"}]
        for mod in reversed(mods):
            if brokering(mod):
                continue  # "the Omani-brokered deal": Oman made no deal of its own
            # the side is read up to the trigger ("US-led coalition air strikes" are the
            # coalition's); the name is the modifier's own words ("Russian", not "large Russian")
            side = side_of(tok.doc[mod.left_edge.i: tok.i + 1].text)
            if side:
                return Party(name=tok.doc[mod.left_edge.i: mod.i + 1].text, side=side)
        # "Monday's strike", "last week's raid": a day owns no act, it dates it
        owner = next((m for m in mods if m.dep_ == "poss" and m.pos_ in {"PROPN", "NOUN"}
                      and m.ent_type_ not in {"DATE", "TIME"}), None)
        if owner is not None:
            return _party(owner)  # "the RSF's capture of the town", "Hamas's attack": the owner did it
        group = next((m for m in mods if m.dep_ == "compound" and names_a_group(m.text)
                      and not _a_place_word(m)), None)
        if group is not None:
            return Party(name=group.text, side=None)  # "an ADF attack on Kalunguta", "ISKP bombings": the group's
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
                    # "an attack perpetrated by armed bandits": the passive's agent did it, when the
                    # verb tells the doing ("the ceasefire brokered by the United States": a go-between)
                    agent = grand.dep_ == "agent" and child.lemma_.lower() in DOING_VERBS
                    if (grand.dep_ == "prep" or agent) and grand.lower_ in {"by", "between"}:
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
        accused = _accused(head)
        if accused is not None:
            return _party(accused)  # "accused the army of carrying out a drone strike": the army
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
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    made = _made_to(tok)
    if made is not None:
        return _party(made)  # "attacked a checkpoint, prompting the army to send reinforcements": the army
    if tok.dep_ in {"conj", "xcomp", "advcl"} and head.i != tok.i and head.pos_ == "VERB" and not passive:
        # not "46 soldiers were killed and 19 were captured": a passive's own subject was
        # acted on, and the clause before names no one who acted
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
    told = _subject_read_as_object(tok)
    if told is not None:
        return _party(told)
    accused = _accused(tok)
    if accused is not None:
        return _party(accused)
    if said_in and tok.tag_ == "VBG" and tok.dep_ in {"dobj", "xcomp", "pcomp", "ccomp"} \
            and not (tok.dep_ == "pcomp" and tok.head.head.lemma_.lower() not in TELLING_VERBS):
        # not "civilians were killed in shelling on the market, the monitor said": the
        # shelling hangs on the killing, not on what the speaker announced
        # "the ministry announced regaining control", "confirmed withdrawing": the speaker did it
        speaker = said_in[0].speaker
        return Party(name=speaker.organization or speaker.name, side=speaker.side)
    return None


def _subject_read_as_object(tok: Token) -> Token | None:
    """ "Kangye said the troops, acting on credible intelligence, ambushed the bandits": a clause
    whose subject is parted from its verb by commas, which the parser hangs on "said" as its
    object; the force named there does what the clause tells."""
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    force = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if force is None or tok.head.lemma_.lower() not in TELLING_VERBS | {"add", "state", "tell"}:
        return None
    return force if force.lower_ in FORCE_NOUNS or force.lower_ in {"police", "officers", "bandits", "gunmen",
                                                                   "militants", "rebels", "fighters"} else None


TIME_LINKS = {"before", "after", "while", "without", "by"}
# verbs by which a speaker tells its own act ("announced regaining", "admitted to shelling")
TELLING_VERBS = {"announce", "admit", "acknowledge", "confirm", "claim", "report", "deny", "boast", "say"}
# participles that describe a force where it is ("troops deployed alongside the army")
PLACING_VERBS = {"deploy", "station", "base", "post", "send", "position", "dispatch"}


def _subjecting_force(tok: Token) -> Token | None:
    """The force that "subjected to fire the positions of ...", a defence ministry's idiom
    that the parse reads as a participle on the force ("units ..., subjected to fire the
    positions"): the force the participle hangs on, or the verb's own subject, fired."""
    verb = tok.head
    if tok.pos_ != "VERB" or tok.dep_ not in {"advcl", "xcomp"} or verb.lemma_.lower() != "subject":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    subject = clause_subject(verb, frozenset({"nsubj"}))
    if subject is not None:
        return subject
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} else None


def _reduced_relative_subject(tok: Token) -> Token | None:
    """ "after Burundian troops deployed alongside the Congolese army pulled back": the parser
    reads "troops deployed ..." as a clause of its own and leaves the main verb without a
    subject; the force the participle describes is who pulled back."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    for clause in tok.lefts:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in PLACING_VERBS \
                and not any(c.dep_ == "dobj" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in FORCE_NOUNS:
                return subject
    return None


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


# verbs that make their object do what follows ("prompting the army to send", "forced the rebels to withdraw")
MAKING_VERBS = {"prompt", "force", "compel", "push", "lead", "cause", "drive", "oblige", "spur", "provoke",
                "allow", "enable", "permit", "help"}  # and that let it ("enabled its troops to recapture")


def _made_to(tok: Token) -> Token | None:
    """The object a verb made do the event: "prompting the army to send reinforcements",
    "forced the militants to withdraw" (not the subject of the making verb, who did not)."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in MAKING_VERBS:
        return None
    made = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    return made if made is not None and made.pos_ in {"NOUN", "PROPN"} else None


def _orderer(tok: Token) -> Party | None:
    """ "Captain Traore ordered the deployment of a battalion to Djibo": who orders a
    deployment of sideless units makes it."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"announce", "confirm"} and tok.lemma_.lower() == "arrival":
        # "the armed forces announced the arrival of reinforcements": the force's own arrival
        subject = clause_subject(tok.head)
        return _party(subject) if subject is not None and subject.pos_ != "PRON" else None
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
    """Whom the event was done to: its object, else what it was "on" or "against"; what a
    spent weapon was aimed at ("fired missiles at a ship"); never a time (events_targets.py)."""
    found = _target_token(tok)
    if found is None:
        return None
    party = _party(found)
    return Party(name=trimmed(party.name), side=party.side)


# fights whose "with" names the other side ("clashed with rebels"), not a partner
FOUGHT_WITH = {"clash", "skirmish", "battle", "exchange"}


def _target_token(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "dobj":
            # "fired missiles at a ship", "set fire to homes": the weapon is spent, the ship is hit
            return aimed_at(tok) if spent(tok, child) else child
        if child.dep_ == "prep" and (child.lower_ in {"on", "against"}
                                     or child.lower_ == "with" and tok.lemma_.lower() in FOUGHT_WITH):
            objs = [t for t in child.children if t.dep_ == "pobj" and not a_time(t)]
            if objs:
                return objs[0]  # "clashed with NPA rebels": the other side of a fight
    light = light_verb_of(tok)
    if light is not None:
        return aimed_at(light)  # "opened fire on a bus", "launched an attack against a convoy"
    return None
