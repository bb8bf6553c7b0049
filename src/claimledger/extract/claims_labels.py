"""Labels a speaker puts on someone or something: "state television referred to the
soldiers as neo-Nazis", "the junta branded the protesters terrorists".

"Refer to" alone only says whom a speaker meant ("she said, referring to the
governor"): the writer's gloss, no claim. With "as" it says what the speaker holds the
thing to be, as "described X as Y" does, and is read as that cue. A labelling cue
("brand", "label", "dub", "term") whose label the parser read as a second object is
the object and its label together; the object alone ("branded the protesters") would
say nothing. A pronoun object says something only with its label ("critics call it a
siege") or the charge laid on it ("accused it of shelling the plant").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_speaker import may_speak, speaker_head
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

REFERRING = frozenset({"refer"})
# cues whose second object is the label they give the first: "branded the protesters terrorists"
LABELLING = frozenset({"brand", "label", "dub", "term", "call"})


def _object_of(prep: Token | None) -> Token | None:
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def referred_as(verb: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"X referred to Y as Z": a claim of X whose content is "Y as Z", read as "describe".
    Not negated, not inside a quotation (the quoted speaker's own words)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REFERRING or any(c.dep_ == "neg" for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    thing = _object_of(to)
    if thing is None or thing.i < verb.i:
        return None  # "what the army refers to as …": the thing is named before, not referred to here
    # "as" hangs on the verb, or on the thing referred to
    label_prep = next((c for c in [*verb.children, *thing.children] if c.dep_ == "prep" and c.lower_ == "as"
                       and c.i > thing.i), None)
    label = _object_of(label_prep)
    if label is None or any(qs <= verb.idx < qe for qs, qe in quotes):
        return None
    speaker_tok = speaker_head(verb)
    if speaker_tok is None or not (can_speak(speaker_tok) or may_speak(speaker_tok, "describe")):
        return None
    span = trim(verb.doc, thing.left_edge.i, max(label.right_edge.i, label_prep.right_edge.i) + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, verb.text, "describe", span, sent, quotes, (verb.idx, verb.idx + len(verb)))


def label_end(cue: Token, obj: Token) -> int | None:
    """Where "branded the protesters terrorists" ends: after the label the parser made a
    second object, written right after the first (or after a quotation mark that opens
    it); None when there is none."""
    if cue.lemma_.lower() not in LABELLING:
        return None
    doc = cue.doc
    # the label may open a quotation the parser hangs on the cue: 'calling him "a disgrace"'
    second = next((c for c in cue.children if c.dep_ == "dobj" and c.i > obj.i
                   and c.left_edge.i > obj.right_edge.i
                   and all(t.is_quote for t in doc[obj.right_edge.i + 1:c.left_edge.i])), None)
    return None if second is None else second.right_edge.i + 1


# what a charge or a praise is for: "accused it of shelling the plant", "blamed it for the blast"
# (only cues that lay one: "denied it for hours", "said it for the cameras" lay none)
CHARGE_PREPOSITIONS = frozenset({"of", "for", "over"})
CHARGING = frozenset({"accuse", "blame", "praise", "criticize", "criticise", "condemn", "thank", "congratulate",
                      "slam", "blast", "fault", "rebuke", "chide", "scold", "berate", "castigate", "chastise",
                      "excoriate", "denounce", "commend", "hail", "applaud", "laud", "lambast", "lambaste", "credit"})


def labelled_pronoun(cue: Token, obj: Token) -> bool:
    """"Critics call it a siege", "Kyiv describes it as a terrorist act": a pronoun object
    with the label the speaker gives it says what the speaker holds it to be; so does the
    charge laid on it ("accusing it of militarizing the waters", "blamed it for the blast")."""
    charging = cue.lemma_.lower() in CHARGING
    return any(c.i > obj.i and (c.dep_ == "oprd" or c.dep_ == "prep" and (
        c.lower_ == "as" or charging and c.lower_ in CHARGE_PREPOSITIONS
        and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))) for c in cue.children)


# a clause after a charge's object that tells what it is laid for: "as a strike kills 12", "after the blast"
OCCASION_MARKS = frozenset({"as", "after", "following", "over", "when", "while"})
# the cues that lay blame on a party, whose headline names the party alone ("Army blames BRN insurgents")
BLAMING = frozenset({"blame", "accuse", "fault"})


def charge_occasion(cue: Token, clause: Token) -> bool:
    """"Kyiv blames Moscow as strike on Odesa kills 12", "the junta accused the AA after a
    market in Sittwe was shelled": a clause of its own after a charge's object tells what
    the charge is laid for, as "for the blast" would."""
    return cue.lemma_.lower() in CHARGING and clause.dep_ == "advcl" and clause.i > cue.i and any(
        c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in clause.children)


def headline_charge(cue: Token, obj: Token, end: int) -> bool:
    """"Army blames BRN insurgents", "Government blames RSF; UN urges calm": a headline's
    charge that names only the party blamed lays on it what the page reports; its content
    is the cue with its object ("blames RSF"), where a sentence's "blamed the RSF." says
    nothing (claims_objects.bare_object). A headline ends with no stop."""
    if cue.lemma_.lower() not in BLAMING or end != obj.right_edge.i + 1 or obj.i < cue.i:
        return False
    last = next((t for t in reversed(cue.sent) if not t.is_space), None)
    return last is not None and not (last.is_punct and last.text in {".", "!", "?", '"', "”", "’", "'"})
