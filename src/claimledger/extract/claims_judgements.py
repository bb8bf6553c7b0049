"""Judgements a speaker passes on a thing: "Kyiv considers the referendum illegal", "the
ministry deemed the shelling a violation of the truce", "Moscow regards the expansion as a
threat", and with the judge named by "by": "the move was seen by some as a demotion".

To hold X to be Y is a position the holder takes, and the report attributes it as it would
a statement. The verbs are no reporting cues (data/cues.tsv leaves consider, deem, regard and
judge out): "the cabinet is considering a truce plan" weighs a plan and says nothing of it,
and "the town is considered safe" with no one named is the writer's own hedge. So this
reader takes only

* a small clause after the verb: an object and what it is held to be ("the vote a sham",
  "the vote illegal", "the vote as a sham", "the vote to be a sham");
* a holder that can speak and does not fight (claims_holders.speaks): a person, a body, a
  state, "many", "some"; in the passive only the one named by "by";
* an act that is the holder's own: not negated ("does not consider X a threat" would lose
  its "not" in the content), not a condition, not a participle on a noun;
* outside a quotation and outside any other claim (claims_stances.stance_claim asks here
  for verbs no other reader made a claim of).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_holders import speaks, stance_holder
from claimledger.model import Claim

# verbs of holding a thing to be so; "see" and "view" are cues of their own (AS_CUES in
# claims.py) and come here only in the passive, whose "as" the parser hangs elsewhere
JUDGING = frozenset({"consider", "deem", "regard", "judge"})
PASSIVE_JUDGING = JUDGING | {"see", "view"}
# what a predicate after "as" or "to be" must be to say what the thing is held to be
PREDICATES = {"NOUN", "PROPN", "ADJ", "NUM"}


def judgement_claim(verb: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    """The claim of a judgement the verb's holder passes, the thing and the verdict as
    content, or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in PASSIVE_JUDGING:
        return None
    if any(qs <= verb.idx < qe for qs, qe in quotes) or any(c.span[0] <= verb.idx < c.span[1] for c in earlier):
        return None
    if sent.text.rstrip().endswith("?"):
        return None  # "Do you consider him a threat?": a question holds no judgement
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids) or verb.dep_ in {"amod", "compound"}:
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in kids):
        return None  # "if the court deems the vote void": a condition
    if any(c.dep_ == "auxpass" for c in kids) or verb.tag_ == "VBN" and verb.dep_ == "acl":
        return _passive(verb, sent, quotes, places, memory)
    if lemma not in JUDGING or verb.dep_ in {"acl", "pcomp"}:
        return None  # "the options considered", "by considering …": no judgement held
    span = _small_clause(verb)
    if span is None:
        return None
    holder = stance_holder(verb)
    if holder is None:
        return None
    return _claim(verb, holder, span, sent, quotes, places, memory)


def _small_clause(verb: Token) -> tuple[int, int] | None:
    """Token bounds of "X Y" after the verb: the thing and what it is held to be."""
    kids = [c for c in verb.children if c.i > verb.i]
    objects = [c for c in kids if c.dep_ == "dobj"]
    # "considers the referendum illegal": the parser makes the thing the subject of a clause
    clause = next((c for c in kids if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in PREDICATES | {"AUX", "VERB"}
                   and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)
    if clause is not None and not objects:
        if clause.pos_ in {"AUX", "VERB"} and not _to_be(clause):
            return None  # "considered that …", "deemed the army would …": not a small clause
        return clause.left_edge.i, clause.right_edge.i + 1
    if not objects or objects[0].pos_ == "PRON" and objects[0].lower_ in {"it", "this", "that"} and len(objects) == 1:
        return None
    thing = objects[0]
    verdicts = [c for c in kids if c.i > thing.i and (
        c.dep_ in {"oprd", "dobj", "acomp"} or c.dep_ == "prep" and c.lower_ == "as"
        or c.dep_ in {"ccomp", "xcomp"} and (c.pos_ in PREDICATES or _to_be(c) or _participle(c)))]
    verdicts += [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "as"]  # "as" hung on the thing
    if not verdicts:
        return None
    end = max(v.right_edge.i for v in verdicts) + 1
    return thing.left_edge.i, end


def _participle(clause: Token) -> bool:
    """"deemed 300 of the files classified", "considers the matter closed": a participle
    with no subject of its own says what the thing is held to be."""
    return clause.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}
                                            for c in clause.children)


def _to_be(clause: Token) -> bool:
    """"considers the vote to be a sham": an infinitive "be" with a predicate."""
    return clause.lemma_.lower() == "be" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
        and any(c.dep_ in {"attr", "acomp"} for c in clause.children)


def _passive(verb: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"The change was seen by some as a demotion", "the strike was deemed a violation by the
    monitors": the judge named by "by", the thing (the passive's subject) and the verdict."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    judge = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
    if judge is None or not speaks(judge):
        return None  # "the town is considered safe": no one named, the writer's hedge
    thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if thing is None and verb.dep_ == "acl":
        thing = verb.head
    if thing is None or thing.pos_ == "PRON" and thing.lower_ in {"it", "which", "that", "who"}:
        return None
    # the verdict: "as …" on the verb or (a parse of "by some as …") on the judge, or a predicate
    verdict = [c for c in [*verb.children, *judge.children] if c.dep_ == "prep" and c.lower_ == "as"
               or c.dep_ in {"oprd", "xcomp", "attr", "acomp"} and c.i > verb.i]
    if not verdict:
        return None
    start = thing.left_edge.i if thing.i < verb.i else thing.i
    end = max(v.right_edge.i for v in verdict) + 1
    span = _spans(verb, start, thing, end)
    if span is None:
        return None
    return _claim(verb, judge, span, sent, quotes, places, memory)


def _spans(verb: Token, start: int, thing: Token, end: int) -> tuple[int, int] | None:
    """From the thing to the verdict, the thing's own words only when it stands before the verb."""
    if thing.i < verb.i:
        start = thing.left_edge.i
        end = max(end, thing.right_edge.i + 1)
    return start, end


def _claim(verb: Token, holder: Token, bounds: tuple[int, int], sent: Span, quotes, places, memory) -> Claim | None:
    if not speaks(holder):
        return None
    span = trim(verb.doc, *bounds)
    if span is None:
        return None
    speaker = memory.speaker_at(holder, places, span, sent.start_char)
    return make_claim(speaker, verb.text, verb.lemma_.lower(), span, sent, quotes, (verb.idx, verb.idx + len(verb)))
