"""What a cue's object says: an object that only names a party or a thing ("blamed the
RSF", "rejected the account"), a citation of a source ("citing local officials"), an
idiom that is no cue ("claimed the lives of"). The claims stage (claims.py) asks these
before it makes a claim of a cue and its object."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_quotes import in_quotation
from claimledger.extract.claims_unsaid import label_in_apposition
from claimledger.extract.cues import cue_table
from claimledger.extract.speakers import PRONOUNS, can_speak


def only_a_source(cue: Token) -> bool:
    """"Citing local officials, the agency reported …": "citing" names the source of the
    report, which the reporting cue carries; it says nothing of its own."""
    if cue.lemma_.lower() != "cite":
        return False
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    return bool(objs) and can_speak(objs[0]) and not any(c.dep_ == "prep" for c in objs[0].children
                                                            if c.lower_ not in {"of", "from", "at"})


# what a denial may name alone and still say something: "denied any involvement"
STANDS_FOR_A_CLAIM = {"involvement", "responsibility", "role", "presence", "participation", "link", "links", "ties",
                      "complicity", "knowledge", "existence"}


# nouns for something said, whose bare mention points back to a statement told elsewhere
STATEMENT_NOUNS = {"account", "version", "claim", "allegation", "accusation", "charge", "report", "statement",
                   "narrative", "assertion", "rumour", "rumor", "remark"}


# what is proposed or decided, whose bare mention still tells the speaker's stance on it:
# "welcomed the deal", "endorsed the plan", "rejected the proposal" (claims_stances.py)
PROPOSALS = frozenset({
    "plan", "proposal", "deal", "bill", "law", "legislation", "measure", "resolution", "motion", "amendment",
    "treaty", "accord", "agreement", "pact", "ceasefire", "cease-fire", "truce", "armistice", "initiative",
    "policy", "idea", "ban", "sanction", "embargo", "tax", "tariff", "reform", "referendum", "candidacy", "bid",
    "nomination", "talk", "negotiation", "dialogue", "process", "move", "decision", "ruling", "verdict", "step",
    "approach", "strategy", "stance", "withdrawal", "pullout", "extension", "increase", "cut", "raise", "freeze",
    "package", "budget", "framework", "roadmap", "blueprint", "program", "programme", "scheme", "regulation",
    "rule", "restriction", "moratorium", "transition", "settlement", "solution", "arrangement", "corridor",
    "exchange", "release", "probe", "inquiry", "investigation", "mission", "request", "demand", "call", "appeal",
    "offer", "constitution", "charter", "declaration", "statute", "mandate", "lifting", "easing", "reopening",
    "closure", "suspension", "concession", "compromise", "pause", "halt", "reduction", "approval", "subsidy", "delay",
    "postponement", "draft",
})


def bare_object(obj: Token, cue: Token) -> bool:
    """Whether a cue's object only names a party or a thing ("the Rapid Support Forces",
    "the strike"): no clause, no number, no phrase telling anything of it. Such a claim
    has no statement to show; "blamed X for Y" and "confirmed 12 deaths" do. A denial of
    a thing ("denied the losses") still says it did not happen; of a party, nothing."""
    words = [t for t in obj.subtree if not t.is_punct]
    if obj.lemma_.lower() in STANDS_FOR_A_CLAIM or obj.lower_ in STANDS_FOR_A_CLAIM:
        return False
    if cue.dep_ == "acl":
        return False  # "a statement denouncing the sanctions": the gist a document is named by
    if obj.lemma_.lower() in STATEMENT_NOUNS and len(words) <= 8 and not any(
            t.pos_ in {"VERB", "AUX", "NUM"} or t.dep_ in {"acl", "relcl"} or t.pos_ == "ADP" and t.lower_ != "of"
            for t in words):  # "dismissed the claims as propaganda" says what they are
        return True  # "rejected the RSF's account", "denied Kyiv's version of events": a statement named again
    if any(c.dep_ in {"advcl", "xcomp"} and c.i > obj.i for c in cue.children):
        return False  # "praised the volunteers, citing their speed": the reason follows
    if label_in_apposition(obj):
        return False  # "called her son a hero": the label, read by the parser as an apposition
    entry = cue_table().get(cue.lemma_.lower())
    if entry is not None and entry.polarity == "denied" and not can_speak(obj):
        return False
    if len(words) > 6 or any(t.pos_ in {"VERB", "AUX", "ADP", "NUM", "SCONJ"} or t.like_num or t.tag_ == "VBG"
                             or (t.i < obj.i and t.lower_.endswith("ing") and t.dep_ in {"compound", "amod"})
                             for t in words):
        return False  # an act told ("denied bombing civilians", the gerund parsed as a modifier)
    if obj.lemma_.lower() in PROPOSALS and obj.pos_ == "NOUN" and not modifier_participle(cue):
        return False  # "welcomed the deal", "voted for the resolution": a stance on what is proposed
    if said_of(obj) and not modifier_participle(cue):
        return False  # "praised the medics' courage", "voiced concern": what the speaker holds of something
    return not any(in_quotation(t) for t in words)


def modifier_participle(cue: Token) -> bool:
    """"the pledged delegates", "reported cases" parsed as a verb and its object: a
    participle with no subject and no auxiliary of its own describes; no one speaks."""
    return cue.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"}
                                         for c in cue.children) and cue.dep_ not in {"conj", "advcl", "xcomp"}


# objects that only point at a party: "blamed them", "praised himself"
PARTY_PRONOUNS = {"him", "her", "them", "himself", "herself", "themselves", "itself", "it", "me", "us", "you",
                  "myself", "ourselves", "yourself", "one"}


def said_of(obj: Token) -> bool:
    """Whether a short object tells what the speaker holds of something rather than
    naming a party or a thing: a quality, act or view owned or described ("the medics'
    courage", "the army's conduct", "heavy shelling"), or a bare abstract noun
    ("expressed concern", "vowed revenge"). A party ("the United States", "the RSF",
    "him") or a bare definite thing ("the strike") says nothing of its own."""
    if can_speak(obj) or obj.lower_ in PARTY_PRONOUNS or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    if obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}:
        return False
    # "last week's shootout" is dated, not owned: a time names no holder of a view
    described = any(c.dep_ in {"poss", "amod", "compound", "nummod"} and c.ent_type_ not in {"DATE", "TIME"}
                    for c in obj.children)
    bare_noun = obj.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in obj.children)
    return described or bare_noun


# what a race or a contest gives: "claimed the nomination" wins it
WON = {"nomination", "seat", "title", "crown", "prize", "medal", "presidency", "mandate"}


def _describes_its_object(cue: Token, obj: Token) -> bool:
    """Whether a past form stands between a number or an adjective and the bare plural
    right after it, as a modifier of that noun ("475 pledged delegates", "regular,
    pledged delegates"): "the ministry reported 12 deaths" has its subject before it."""
    doc = cue.doc
    if cue.tag_ not in {"VBN", "VBD"} or obj.i != cue.i + 1 or obj.tag_ != "NNS" or cue.i == 0 \
            or any(c.dep_ in {"det", "poss", "nummod", "amod"} for c in obj.children):
        return False
    before = doc[cue.i - 1]
    if before.text == "," and cue.i > 1:
        before = doc[cue.i - 2]
    return before.pos_ in {"NUM", "ADJ"}


def _won(obj: Token) -> bool:
    return obj.lemma_.lower() in WON or obj.lemma_.lower() == "vote" or any(
        p.lower_ == "of" and any(v.lemma_.lower() in {"vote", "ballot"} for v in p.children) for p in obj.children)


def idiom(cue: Token, obj: Token) -> bool:
    """"The blast claimed the lives of 80 people", "called the shots": the verb is not a cue."""
    if cue.lemma_.lower() == "ask" and (obj.lower_ in PRONOUNS or obj.ent_type_ == "PERSON" or can_speak(obj)) \
            and not any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children) \
            and all(t.is_punct for t in cue.doc[obj.right_edge.i + 1:cue.right_edge.i + 1]):
        return True  # "Todd asked the mogul.": whom was asked, and nothing of what
    if _describes_its_object(cue, obj):
        return True  # "475 pledged delegates", "regular, pledged delegates": a participle the parser made a verb
    if cue.lemma_.lower() == "claim" and any(_won(o) for o in [obj, *cue.children] if o.dep_ == "dobj"):
        return True  # "claimed the nomination", "claiming 41 percent of the vote (to X's 33 percent)": won
    return (cue.lemma_.lower(), obj.lemma_.lower()) in {("claim", "life"), ("claim", "responsibility"),
                                                         ("call", "shot"), ("call", "time"),
                                                         ("say", "goodbye"), ("say", "hello")}
