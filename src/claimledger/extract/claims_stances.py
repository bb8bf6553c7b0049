"""Stances toward a thing: "Turkey supports the ceasefire plan", "two parties opposed the
draft constitution", "the opposition leader backs holding elections next year".

The verbs (data/cues.tsv, role ``stance``) say what a speaker holds of a proposal or an
act, and so are claims with their object as content; but in war reporting the same verbs
far more often tell material or military help: "Russian-backed forces", "backed by air
support", "troops supporting the offensive", "Iran backs the Houthis with weapons". So a
stance verb is no reporting cue (claims_speaker.is_cue leaves it out: it never cuts a
content nor lends its speech), and is read here only when

* it has a subject of its own that can speak (a person, a body, a state), and no
  soldiers, units or weapons: "the brigade supported the assault";
* it is active, finite or an infinitive under a verb of its speaker ("decided to back"),
  not a participle describing a noun ("troops supporting …", "the militia backed by …");
* it has no particle ("back up the unit") and no means of its own ("with artillery");
* its object is a proposal or an act (PROPOSALS, a gerund, a nominalised act "the
  withdrawal of …"), never a party ("backs Kyiv") nor a military operation or force.

The claims stage (claims.py) asks here for every verb no other reader made a claim of.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_copular import copular_claim
from claimledger.extract.claims_holders import MILITARY, a_speakers_act, speaks, stance_holder
from claimledger.extract.claims_intentions import intention_claim
from claimledger.extract.claims_judgements import judgement_claim
from claimledger.extract.claims_objects import PROPOSALS
from claimledger.extract.claims_parties import party_claim
from claimledger.extract.claims_quotes import in_quotation
from claimledger.extract.cues import cues_with
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

# acts and states of affairs a stance may be held about, besides proposals ("opposed the war")
HELD = frozenset({
    "war", "invasion", "occupation", "blockade", "siege", "boycott", "protest", "tribunal", "court", "peace",
    "unification", "reunification", "separation", "secession", "federalism", "sovereignty", "independence",
    "autonomy", "annexation", "expansion", "deployment", "use", "return", "intervention", "aid", "relief",
    "funding", "recognition", "partition", "handover", "merger", "dissolution", "ouster", "removal",
    "resignation", "impeachment", "recount", "election", "vote", "cause", "right",
})
def stance_verb(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cues_with("stance")


def stance_claim(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """A position the verb's subject holds: toward a named person ("endorsed Ramos",
    claims_parties.py), a proposal or an act (below), or an intention of a person ("plans
    to close the market", claims_intentions.py); None when it holds none."""
    return party_claim(verb, sent, quotes, places, memory, earlier) \
        or _stance_claim(verb, sent, quotes, places, memory, earlier) \
        or intention_claim(verb, sent, quotes, places, memory, earlier) \
        or judgement_claim(verb, sent, quotes, places, memory, earlier)


def _stance_claim(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """The claim of a stance verb's subject, its object as content, or None."""
    if not stance_verb(verb):
        return _in_favour(verb, sent, quotes, places, memory, earlier)
    if not a_speakers_act(verb):
        return _passive_stance(verb, sent, quotes, places, memory)
    if any(qs <= verb.idx < qe for qs, qe in quotes):
        return None  # inside a quotation: the quoted speaker's own words
    if verb.dep_ == "relcl" and verb.tag_ in {"VBZ", "VBP"} and verb.left_edge.i > 0 \
            and verb.doc[verb.left_edge.i - 1].text == ",":
        # "The BLA, which wants independence for the province, …": what the body stands for,
        # in the present, is the writer's background ("Belarus, which backed the invasion," is an act)
        return None
    if any(c.cue_span == (verb.idx, verb.idx + len(verb)) for c in earlier):
        return None
    obj = _stance_object(verb)
    if obj is None:
        return None
    speaker_tok = stance_holder(verb)
    if speaker_tok is None:
        return None
    span = trim(verb.doc, obj.left_edge.i, _object_end(verb, obj))
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, verb.text, verb.lemma_.lower(), span, sent, quotes, (verb.idx, verb.idx + len(verb)))


def _passive_stance(verb: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"The plan was backed by France", "a truce proposal supported by twelve members":
    the agent holds the stance when what is backed is a proposal or an act (never "rebels
    backed by Rwanda", "an offensive supported by drones")."""
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if agent is None or verb.tag_ != "VBN" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        thing = verb.head  # "the ceasefire plan backed by Qatar"
    else:
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if thing is not None and thing.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            thing = verb.head  # "the draft, which was opposed by Russia"
    if thing is None or thing.pos_ != "NOUN" or not held_about(thing) or not speaks(agent) \
            or agent.pos_ == "PRON" or any(qs <= verb.idx < qe for qs, qe in quotes):
        return None
    end = verb.i if verb.dep_ == "acl" else thing.right_edge.i + 1
    span = trim(verb.doc, thing.left_edge.i, min(end, thing.right_edge.i + 1))
    if span is None:
        return None
    speaker = memory.speaker_at(agent, places, span, sent.start_char)
    return make_claim(speaker, verb.text, verb.lemma_.lower(), span, sent, quotes, (verb.idx, verb.idx + len(verb)))


# "voted in favour of the bill", "came out in support of the plan": the stance is the noun's
FAVOUR = {"favor", "favour", "support"}


def _in_favour(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """"Parliament voted in favour of the extension", "the party came out in support of
    the deal": a verb's "in favour of X" with a speaker as subject holds a stance on X."""
    if verb.pos_ != "VERB":
        return None
    children = list(verb.children)  # read once: each pass over Token.children makes new Tokens
    # the "in favour of" first: most verbs have none, and the tests after it need no second pass
    noun = next((o for p in children if p.dep_ == "prep" and p.lower_ == "in" and p.i > verb.i
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in FAVOUR), None)
    if noun is None or any(c.dep_ in {"neg", "nsubjpass", "auxpass"} for c in children) \
            or verb.dep_ in {"amod", "acl", "compound"}:
        return None
    of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    about = next((o for o in of.children if o.dep_ in {"pobj", "pcomp"}), None) if of is not None else None
    if about is None or not (held_about(about) or about.tag_ == "VBG"):
        return None  # "flew in support of the ground offensive", "rallied in support of the president"
    if any(qs <= verb.idx < qe for qs, qe in quotes) or any(c.span[0] <= about.idx < c.span[1] for c in earlier):
        return None
    speaker_tok = stance_holder(verb)
    if speaker_tok is None:
        return None
    span = trim(verb.doc, about.left_edge.i, about.right_edge.i + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    # the words from the verb to "of": "came out in support of"
    cue = verb.doc[verb.i:of.i + 1].text if of.i - verb.i <= 6 else f"{verb.text} in {noun.text} of"
    return make_claim(speaker, cue, verb.lemma_.lower(), span, sent, quotes, (verb.idx, verb.idx + len(verb)))


def _stance_object(verb: Token) -> Token | None:
    """The object when it names a proposal or an act: "the ceasefire plan", "holding
    elections", "the use of cluster munitions"; None for a party, a force, an operation."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.tag_ == "VBG" and child.i > verb.i:
            return child  # "supports holding elections next year"
        if child.dep_ == "dobj" and child.i > verb.i:
            return child if held_about(child) else None
    return None


def held_about(obj: Token) -> bool:
    """Whether a noun names what a stance can be held about: a proposal or an act, not a
    party, a pronoun pointing at one, a force or a military operation."""
    if obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "DATE", "TIME"} or obj.pos_ in {"PRON", "PROPN"}:
        return False  # a party, or a pronoun pointing at one
    lemma = obj.lemma_.lower()
    if lemma in MILITARY:
        return False  # "backed the offensive", "supported the troops"
    if lemma in PROPOSALS or lemma in HELD:
        return True  # a document word too ("the resolution", "the release of prisoners")
    if can_speak(obj):
        return False  # a party: "supported the government in Aden"
    if obj.tag_ == "VBG" or any(in_quotation(t) for t in obj.subtree):
        return True
    # "the withdrawal of French troops", "the deployment of observers": an act
    return lemma.endswith(("tion", "sion", "ment")) and any(c.dep_ == "prep" and c.lower_ == "of"
                                                           for c in obj.children)


# nouns of a stance and the preposition naming what it is held about: "China's support for
# the plan", "the EU's opposition to the deal", "Kyiv's criticism of the proposal"
STANCE_NOUNS = {"support": {"for"}, "backing": {"for", "of"}, "opposition": {"to"}, "endorsement": {"of"},
                "criticism": {"of"}, "condemnation": {"of"}, "rejection": {"of"}}
# verbs through which a subject voices a stance noun: "Washington voiced support for …"
VOICING = {"voice", "express", "reiterate", "repeat", "signal", "pledge", "declare", "announce", "lend",
           "state", "reaffirm", "restate", "affirm"}


def noun_stance(noun: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """A stance named by a noun, with its holder (a possessor, or the subject of a verb
    that voices it) and what it is held about: "China's support for the peace plan". Not
    "Iran's support for the Houthis" (a party), nor "air support" (no holder). Also a line
    told after the copula: "Israel's position is that …" (claims_copular.py)."""
    if (told := copular_claim(noun, sent, quotes, places, memory, earlier)) is not None:
        return told
    preps = STANCE_NOUNS.get(noun.lemma_.lower())
    if preps is None or noun.pos_ != "NOUN" or any(c.span[0] <= noun.idx < c.span[1] for c in earlier):
        return None
    if any(qs <= noun.idx < qe for qs, qe in quotes):
        return None
    about = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps and p.i > noun.i
                  for o in p.children if o.dep_ == "pobj"), None)
    if about is None or not held_about(about):
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING:
        voicer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if holder is None or holder.pos_ == "PRON" and voicer is not None:
            holder = voicer  # "the minister reiterated his opposition to …"
    if holder is None or holder.pos_ == "PRON" or not speaks(holder):
        return None  # "its support for …" alone: whose, the noun reader leaves to no guess
    span = trim(noun.doc, about.left_edge.i, about.right_edge.i + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(holder, places, span, sent.start_char)
    return make_claim(speaker, noun.text, noun.lemma_.lower(), span, sent, quotes, (noun.idx, noun.idx + len(noun)))


def _object_end(verb: Token, obj: Token) -> int:
    return obj.right_edge.i + 1
