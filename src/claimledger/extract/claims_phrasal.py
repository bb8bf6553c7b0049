"""Speech told through a verb and its preposition: "the governor talked about how the
bread ran out in Kadugli", "the envoy spoke of retaking the airport", "the mayor railed
against the looting of the market", "aid groups called for lifting the siege".

The verb says nothing alone ("she spoke at the rally"); with its preposition, what it
is about is what is said, when that is a statement: a topic ("spoke about the weather")
is none. The verbs, their prepositions and kinds are read from ``data/phrasal_cues.tsv``.
The claims stage (claims.py) asks here for a verb no cue reader has made a claim of.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from claimledger.data import read_table
from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_objects import bare_object, said_of
from claimledger.extract.claims_speaker import may_speak, speaker_head
from claimledger.extract.cues import cue_table
from claimledger.extract.speakers import can_speak
from claimledger.model import Claim

# what a preposition's object must not be to be what is said: "spoke on Monday"
NOT_CONTENT_ENTS = {"DATE", "TIME"}
# a pronoun object points back at something said elsewhere: "talked about it"
POINTING = {"it", "this", "that", "them", "those", "these"}


PHRASAL_KINDS = frozenset({"topic", "stance"})


@dataclass(frozen=True)
class Phrasal:
    prepositions: frozenset[str]
    cue: str  # the reporting verb it is read as
    kind: str  # one of PHRASAL_KINDS


@lru_cache(maxsize=1)
def phrasal_cues() -> dict[str, Phrasal]:
    """verb lemma -> its content prepositions, the reporting verb it is read as, its kind."""
    return {verb: Phrasal(frozenset(preps.split(",")), cue, kind)
            for verb, preps, cue, kind in read_table("phrasal_cues.tsv")}


def phrasal_verb(verb: Token) -> bool:
    """Whether the word could be a phrasal cue at all: :func:`phrasal_claim` is None for any
    other, so a caller skips what it would read first (most verbs and adjectives)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in phrasal_cues()


def phrasal_content(verb: Token) -> Token | None:
    """The object of the verb's content preposition ("about the shortages"), or None."""
    entry = phrasal_cues().get(verb.lemma_.lower())
    if entry is None or verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in entry.prepositions or prep.i < verb.i:
            continue
        # the object after the preposition: "what he talked about" fronts it, and says nothing here
        objs = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"} and o.i > prep.i]
        if objs and objs[0].ent_type_ not in NOT_CONTENT_ENTS and objs[0].lower_ not in POINTING:
            return objs[0]
    return None


def _states(content: Token, verb: Token, kind: str) -> bool:
    """Whether the preposition's object says something: a verb of its own ("how the wells
    ran dry", "rebuilding the bridge", "the plan to reopen the port"); for a topic, else
    something owned or described ("the families' hunger", "renewed fears of famine",
    claims_objects.said_of), not a bare thing ("the weather") or party; for a stance,
    anything but a bare party or thing (claims_objects.bare_object)."""
    if _asks(verb, content) or any(t.pos_ in {"VERB", "AUX"} for t in _outside_relative_clauses(content)):
        return True  # "called on X" holds what X is asked to do (_content_end)
    if content.dep_ != "pobj":
        return False
    return not bare_object(content, verb) if kind == "stance" else said_of(content)


def _outside_relative_clauses(content: Token) -> list[Token]:
    """The content's words but those of relative clauses: "the convoy that was attacked on
    Monday", "the arrests that followed" name a topic; the clause only says which one."""
    inside = {word.i for clause in content.subtree if clause.dep_ == "relcl" for word in clause.subtree}
    return [t for t in content.subtree if t.i not in inside]


# verbs that, over a speech verb, say it was not done: "declined to comment on …"
WITHHOLDING = {"decline", "refuse", "fail", "avoid", "hesitate"}


def _withheld(verb: Token, content: Token) -> bool:
    """"Declined to comment on whether its troops took part": nothing said; a question
    ("whether …", "if …") holds no statement either."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING:
        return True
    first = content.doc[content.left_edge.i]
    return first.lower_ in {"whether", "if"}


def _asks(verb: Token, content: Token) -> bool:
    """"Called on X (to …)": the object is whom the call is on, not what it asks."""
    return content.head.lower_ == "on" and verb.lemma_.lower() == "call"


def _content_end(verb: Token, content: Token) -> int | None:
    """Where the content ends. "Called on X" says only whom it asks: the content runs on
    to what X is asked to do ("called on donors to fund the camps"), and without it there is none."""
    if not _asks(verb, content):
        return content.right_edge.i + 1
    task = next((c for c in list(verb.children) + list(content.children)
                 if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.i > content.i), None)
    return None if task is None else max(task.right_edge.i, content.right_edge.i) + 1


def phrasal_claim(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """A claim of the verb's subject whose content is what the verb speaks of. Not inside
    a quotation (the quoted speaker's own words), not negated ("did not talk about the
    losses" says nothing of them), not for a verb a claim already carries."""
    content = phrasal_content(verb)
    if content is None or any(c.dep_ == "neg" for c in verb.children) or _withheld(verb, content):
        return None
    if any(qs <= verb.idx < qe for qs, qe in quotes):
        return None
    if any(c.cue_span == (verb.idx, verb.idx + len(verb)) for c in earlier):
        return None
    entry = phrasal_cues()[verb.lemma_.lower()]
    if not _states(content, verb, entry.kind):
        return None
    speaker_tok = speaker_head(verb)
    lemma = entry.cue
    if speaker_tok is None or not (can_speak(speaker_tok) or may_speak(speaker_tok, lemma)) \
            or _a_ballot(verb, speaker_tok):
        return None
    end = _content_end(verb, content)
    span = trim(verb.doc, content.left_edge.i, end) if end is not None else None
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, verb.text, lemma if lemma in cue_table() else "say", span, sent, quotes,
                      (verb.idx, verb.idx + len(verb)))


# what a people or a place votes in: its result is a count of ballots, not anyone's statement
BALLOTS = frozenset({"referendum", "election", "elections", "ballot", "plebiscite", "poll", "polls", "runoff"})


def _a_ballot(verb: Token, voter: Token) -> bool:
    """"East Timor voted for independence in a referendum", "Scots voted against leaving":
    a territory or its people voting is a ballot cast, where "the senator voted for the bill"
    is a position held."""
    if verb.lemma_.lower() != "vote":
        return False
    return voter.ent_type_ in {"GPE", "LOC", "NORP"} or any(
        g.lower_ in BALLOTS for c in verb.children if c.dep_ == "prep" for g in c.subtree)
