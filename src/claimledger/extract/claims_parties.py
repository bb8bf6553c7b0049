"""Positions taken toward a person: "the former governor endorsed Ramos", "the senator
blasted Ortiz", "56 percent would vote for the incumbent", "I support him".

A bare party as a cue's object says nothing (claims_objects.bare_object: "blamed the
RSF", "the Kremlin praised him"), and a stance verb's party is most often material help
in war ("Iran backs the Houthis", "Russia supported Assad's army"). A few acts, though,
are positions by their nature when a *named person* is their object: endorsing a
candidate, voting for or against one, criticising, praising or attacking one in words.
This reader takes those, and nothing else:

* voiced positions (endorse, criticise, blast, praise, condemn, attack in words …): the
  subject is any speaker that does not fight; "attack" and "assail" only with a person
  as subject ("militants attacked the governor's convoy" names no person as object, and
  a state that "attacked" a leader struck him);
* held positions (support, back, favour, prefer, vote for / against): only a person or a
  share of the polled holds one toward a person; "Moscow backs Haftar" stays help given;
* the object is a named person (PERSON), "him" / "her" held by a person, or a word for a
  candidate ("the incumbent", "her challenger"); never a state, a body, an armed group;
* active, not negated, no particle, no means of help ("with weapons")
  (claims_holders.a_speakers_act); a participle ("pastors supporting X") only on people
  who can hold a position; no question ("Do you support X?").

claims_stances.stance_claim asks here first, for every verb no other reader claimed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_holders import a_speakers_act, stance_holder
from claimledger.extract.speakers import word_class
from claimledger.model import Claim

# positions said in words: the object is what the speaker holds, and of whom
VOICED = frozenset({
    "endorse", "criticize", "criticise", "blast", "slam", "lambast", "lambaste", "assail", "denounce", "condemn",
    "praise", "hail", "mock", "ridicule", "deride", "rebuke", "chastise", "berate", "excoriate", "castigate",
    "attack",
})
# voiced positions whose verb also tells violence: only a person attacks a person in words
VIOLENT = frozenset({"attack", "assail"})
# positions held rather than said: only a person, or a polled share, holds one toward a person
HELD = frozenset({"support", "back", "favor", "favour", "prefer", "vote", "agree"})
# held positions told through a preposition: "would vote for Ramos", "agrees with him"
THROUGH = {"vote": {"for", "against"}, "agree": {"with"}}
# words for a candidate that stand for a person: "endorsed the incumbent"
CANDIDATES = frozenset({"candidate", "nominee", "challenger", "incumbent", "frontrunner", "front-runner",
                        "contender", "rival", "opponent", "opponents", "rivals", "candidates"})
# personal pronouns a person speaks through
PERSONAL = frozenset({"i", "we", "he", "she", "you"})
# a share of the polled: "56 percent would vote for Ramos"
POLLED = frozenset({"percent", "%", "majority", "most", "many", "half", "third", "quarter", "minority", "plurality"})
# people polled or counted as voters, who hold a position toward a candidate
VOTERS = frozenset({"respondent", "voter", "supporter", "delegate", "superdelegate", "donor", "independent",
                    "democrat", "republican", "those", "member", "people", "pastor", "evangelical", "elector"})
# soldiers and weapons never hold a political position here: "male troops backed X" is left
FIGHTING = frozenset({"soldier", "fighter", "troop", "militia", "militiaman", "gunman", "rebel", "force", "unit",
                      "brigade", "army", "sniper", "jihadist", "militant", "insurgent", "assailant", "attacker",
                      "mob", "drone", "missile"})


def party_claim(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """The claim of a position taken toward a named person, or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in VOICED and lemma not in HELD:
        return None
    # "pastors supporting Ramos", "donors backing the senator": the noun holds the position
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} \
        and not any(c.dep_ in {"neg", "prt", "agent"} for c in verb.children)
    if not participle and not a_speakers_act(verb) or any(qs <= verb.idx < qe for qs, qe in quotes):
        return None
    if any(c.cue_span == (verb.idx, verb.idx + len(verb)) or c.span[0] <= verb.idx < c.span[1] for c in earlier):
        return None
    if sent.text.rstrip().endswith("?"):
        return None  # "Do you support Ramos?": a question holds no position
    obj = _object(verb, lemma)
    if obj is None or lemma != "agree" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None  # "attacked him with a knife"
    speaker_tok = verb.head if participle else stance_holder(verb)
    if speaker_tok is None or _fights(speaker_tok):
        return None
    person = _a_person(speaker_tok)
    if participle and not person:
        return None  # "a rally blasting Ortiz", "groups backing Ramos": no one named holds it
    if (lemma in HELD or lemma in VIOLENT) and not (person or lemma in HELD and _polled(speaker_tok)):
        return None  # "Moscow backs Haftar", "Israel attacked Nasrallah": help given, a strike
    if not _names_a_person(obj, person or _polled(speaker_tok)):
        return None
    end = obj.right_edge.i + 1
    for sibling in verb.children:
        # "attacked Ortiz for his remarks on pensions": the reason belongs to the position
        if sibling.dep_ == "prep" and sibling.lower_ in {"for", "over"} and sibling.i > obj.i:
            end = max(end, sibling.right_edge.i + 1)
    span = trim(verb.doc, obj.left_edge.i, end)
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    cue = verb.doc[verb.i:obj.i].text if lemma in THROUGH else verb.text
    return make_claim(speaker, cue, "endorse" if lemma == "vote" else lemma, span, sent, quotes,
                      (verb.idx, verb.idx + len(verb)))


def _object(verb: Token, lemma: str) -> Token | None:
    if lemma in THROUGH:  # "would vote for Ramos", "voted against the incumbent", "agree with him"
        return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in THROUGH[lemma]
                     and p.i > verb.i for o in p.children if o.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _names_a_person(obj: Token, held_by_a_person: bool) -> bool:
    if obj.lower_ in {"him", "her"}:
        return held_by_a_person  # "I support him"; not "the Kremlin praised him"
    if obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON":
        return True
    if obj.pos_ == "PROPN" and obj.ent_type_ in {"", "ORG"} and not any(c.dep_ == "det" for c in obj.children):
        # a surname the small model takes for a body ("endorsed Ramos"): a person named so in the report
        return any(e.label_ == "PERSON" and e[-1].text == obj.text for e in obj.doc.ents)
    return obj.lemma_.lower() in CANDIDATES or obj.lower_ in CANDIDATES


def _a_person(subject: Token) -> bool:
    """A person, or people who hold a position as voters do ("respondents", "Republicans")."""
    if subject.lower_ in PERSONAL or subject.ent_type_ in {"PERSON", "NORP"}:
        return True
    if subject.lemma_.lower() in VOTERS or subject.lower_ in VOTERS:
        return True
    return word_class(subject.lemma_.lower()) == "role" or word_class(subject) == "role"


def _polled(subject: Token) -> bool:
    return subject.lemma_.lower() in POLLED or subject.like_num


def _fights(subject: Token) -> bool:
    return subject.lemma_.lower() in FIGHTING or subject.lower_ in FIGHTING
