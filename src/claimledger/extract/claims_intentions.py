"""Intentions a person holds: "the senator wants to run again", "the mayor plans to close
the market", "he refused to sign the decree", "she decided to withdraw her candidacy".

What a person wants, plans, seeks, refuses or decides to do is a position they hold, and
the report attributes it to them, as it would a belief. But the same words, written by
a reporter of an armed group or a state ("the militia seeks to capture the airport",
"Russia wants to take the whole region", "soldiers want to go home"), are the writer's
reading of a force's aims, not anything its speakers said. So this reader takes only

* a person as holder: a name, a personal pronoun, or a word for a civilian role
  ("the governor", "a lawmaker"); never a state, a body, an armed group, a soldier or a
  commander;
* a verb of intention with an infinitive of its own ("wants to run"), active, not
  negated, not a condition ("if he wanted to …"), not a participle on a noun;
* outside a quotation, and yielding to every other reader (claims_stances.stance_claim
  asks here last).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_holders import MILITARY, a_speakers_act, stance_holder
from claimledger.extract.cues import cues_with
from claimledger.extract.speakers import word_class
from claimledger.model import Claim
from claimledger.sides import names_a_group, side_of

INTEND = frozenset({"want", "plan", "intend", "hope", "aim", "seek", "refuse", "decide", "wish", "offer", "agree",
                    "prefer"})
PERSONAL = frozenset({"i", "we", "he", "she"})
# people whose intentions are an armed force's aims: "the commander plans to retake the town"
MILITARY_ROLES = frozenset({"commander", "soldier", "fighter", "officer", "general", "colonel", "pilot",
                            "sniper", "gunman", "militant", "rebel", "insurgent", "jihadist", "warlord"})

# what an army does: its aim is read by the writer, not said by the holder
WAR_ACTS = frozenset({
    "capture", "seize", "retake", "recapture", "conquer", "occupy", "annex", "invade", "attack", "strike",
    "bomb", "shell", "destroy", "defeat", "crush", "kill", "encircle", "besiege", "storm", "overrun", "advance",
    "escalate", "mobilize", "mobilise", "deploy", "arm", "fight", "liberate", "wipe",
})

# what an army does to a place: "take the whole of Donetsk" (but "take office", "take the bill to a vote")
PLACE_ACTS = frozenset({"take", "hold", "control", "enter", "reach", "cross", "clear", "surround", "secure"})

# verbs of a plan that a body announces (a refusal or a decision of a body is an act reported)
PLANNING = frozenset({"want", "plan", "intend", "hope", "aim", "seek"})
CIVIL_BODIES = frozenset({
    "ministry", "government", "agency", "office", "council", "committee", "department", "administration",
    "parliament", "cabinet", "commission", "campaign", "party", "union", "court", "panel", "tribunal",
    "organization", "organisation", "foundation", "bank", "company", "firm", "congress", "senate", "assembly",
    "legislature", "board", "fund", "charity", "ngo",
})
FIGHTING_BODIES = frozenset({"army", "military", "junta", "police", "command", "force", "forces", "brigade",
                             "battalion", "regiment", "unit", "militia", "group", "movement", "coalition",
                             "alliance", "front", "faction", "rebel", "insurgency"})


def intention_claim(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """The claim of a person's intention, its infinitive as content, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTEND or not a_speakers_act(verb):
        return None
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "people who occupied the land and want to sell it": the relative clause's second verb
    if first.dep_ in {"advcl", "relcl", "pcomp"} and verb.lemma_.lower() in {"want", "wish", "hope"} and not (
            first.dep_ == "relcl" and first.head.ent_type_ == "PERSON" and first.head.pos_ == "PROPN"):
        # "if you want to …", "those who want to …", "hoping to …": a condition or a description;
        # but "Ortiz, who wants to cut the tax, …" names whose want it is
        return None
    if any(qs <= verb.idx < qe for qs, qe in quotes) or any(c.span[0] <= verb.idx < c.span[1] for c in earlier):
        return None
    if sent.text.rstrip().endswith("?"):
        return None  # "Do you support Ramos?": a question holds no position
    todo = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)
    if todo is None:
        return None
    if todo.lemma_.lower() in cues_with("closing") | cues_with("speaks"):
        return None  # "wants to say …", "plans to announce …": what is said is the cue readers' to find
    if _a_military_aim(todo):
        return None  # "Putin wants to capture Kyiv", "plans to expand the offensive": a war aim, the writer's reading
    holder = stance_holder(verb)
    if holder is None or not (_a_person(holder) or verb.lemma_.lower() in PLANNING and _a_civil_body(holder)):
        return None
    span = trim(verb.doc, todo.left_edge.i, todo.right_edge.i + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(holder, places, span, sent.start_char)
    return make_claim(speaker, verb.text, verb.lemma_.lower(), span, sent, quotes, (verb.idx, verb.idx + len(verb)))


def _a_military_aim(todo: Token) -> bool:
    if todo.lemma_.lower() in WAR_ACTS:
        return True
    # "take the whole of Donetsk", "expand the offensive", "launch an assault": a place or an operation
    # the object, or a town the parser hangs on the verb otherwise ("take Bakhmut" read as an adverb)
    return any(c.i > todo.i and (c.dep_ == "dobj" and c.lemma_.lower() in MILITARY or c.dep_ in {
        "dobj", "advmod", "npadvmod"} and todo.lemma_.lower() in PLACE_ACTS and _a_place(c)) for c in todo.children)


def _a_place(obj: Token) -> bool:
    """"Donetsk", "the whole of Donetsk"; not "the talks in Mombasa"."""
    places = {"GPE", "LOC", "FAC"}
    if obj.pos_ == "PROPN" and obj.ent_type_ not in {"PERSON", "ORG", "NORP"}:
        return True  # a town the small model leaves untagged: "take Bakhmut"
    return obj.ent_type_ in places or any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.ent_type_ in places for o in p.children) for p in obj.children)


def _a_civil_body(holder: Token) -> bool:
    """A body that plans in the open and is no force: "the ministry plans to reopen schools",
    "the Fed wants to raise rates slowly"; not a state ("Russia wants …") nor an armed group."""
    if holder.ent_type_ in {"GPE", "NORP", "LOC"} or holder.lemma_.lower() in FIGHTING_BODIES:
        return False
    if holder.pos_ == "PROPN":
        name = holder.doc[holder.left_edge.i:holder.i + 1].text
        return holder.ent_type_ == "ORG" and not names_a_group(name) and side_of(name) is None
    return holder.lemma_.lower() in CIVIL_BODIES


def _a_person(holder: Token) -> bool:
    lemma = holder.lemma_.lower()
    if lemma in MILITARY_ROLES or holder.lower_ in MILITARY_ROLES:
        return False
    if holder.lower_ in PERSONAL or holder.ent_type_ == "PERSON" and holder.pos_ == "PROPN":
        return True
    return word_class(lemma) == "role" and word_class(holder) in {"role", None}
